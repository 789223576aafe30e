#include "tune_panel.h"

#include "config_text_command.h"
#include "measurement_gate.h"
#include "studio_document.h"

#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace fusebox::studio {
namespace {

constexpr int kMaxBudget = 1000;
constexpr int kMaxIterations = 1000000;
constexpr int kCosineDecimals = 6;
constexpr double kCosineStep = 0.0001;

QSpinBox* makeSpinBox(int minimum, int maximum, int value, QWidget* parent) {
    auto* box = new QSpinBox(parent);
    box->setRange(minimum, maximum);
    box->setValue(value);
    return box;
}

} // namespace

TunePanel::TunePanel(StudioDocument* document, ProfileDatabase* database, QUndoStack* undoStack, QWidget* parent)
    : QWidget(parent), document_(document), undo_(undoStack), job_(new TuneJob(document, database, this)),
      minCosine_(new QDoubleSpinBox(this)), budget_(makeSpinBox(1, kMaxBudget, SearchSettings{}.budget, this)),
      warmup_(makeSpinBox(0, kMaxIterations, SearchSettings{}.warmup, this)),
      iterations_(makeSpinBox(1, kMaxIterations, SearchSettings{}.iterations, this)), tune_(new QPushButton(tr("Tune"), this)),
      bisect_(new QPushButton(tr("Find Accuracy Culprit"), this)), cancel_(new QPushButton(tr("Cancel"), this)),
      progress_(new QProgressBar(this)), status_(new QLabel(this)), summary_(new QLabel(this)), culprits_(new QListWidget(this)),
      applyBest_(new QPushButton(tr("Apply Best Config"), this)), applyFix_(new QPushButton(tr("Apply Fix"), this)) {
    minCosine_->setRange(0, 1);
    minCosine_->setDecimals(kCosineDecimals);
    minCosine_->setSingleStep(kCosineStep);
    minCosine_->setValue(SearchSettings{}.minCosine);
    status_->setWordWrap(true);
    summary_->setWordWrap(true);
    summary_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    culprits_->setToolTip(tr("Culprit nodes: their move to host restores the bound. Activate one to select it."));

    auto* form = new QFormLayout;
    form->addRow(tr("Lowest cosine against host"), minCosine_);
    form->addRow(tr("Budget (runs, tuning)"), budget_);
    form->addRow(tr("Warm-up runs"), warmup_);
    form->addRow(tr("Timed runs"), iterations_);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(tune_);
    buttons->addWidget(bisect_);
    auto* running = new QHBoxLayout; // Cancel beside the bar it stops, so the dock stays narrow
    running->addWidget(progress_, 1);
    running->addWidget(cancel_);
    auto* applies = new QHBoxLayout;
    applies->addWidget(applyBest_);
    applies->addWidget(applyFix_);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addLayout(running);
    layout->addWidget(status_);
    layout->addWidget(summary_);
    layout->addWidget(culprits_, 1);
    layout->addLayout(applies);

    connect(tune_, &QPushButton::clicked, this, &TunePanel::startTune);
    connect(bisect_, &QPushButton::clicked, this, &TunePanel::startBisect);
    connect(cancel_, &QPushButton::clicked, this, &TunePanel::cancel);
    connect(applyBest_, &QPushButton::clicked, this, &TunePanel::applyBestConfig);
    connect(applyFix_, &QPushButton::clicked, this, &TunePanel::applyFix);
    connect(culprits_, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) { emit nodesWanted({item->text()}); });
    connect(job_, &TuneJob::progressed, this, &TunePanel::onProgress);
    connect(job_, &TuneJob::finished, this, &TunePanel::onFinished);
    updateButtons();
}

SearchSettings TunePanel::settings() const {
    SearchSettings s;
    s.minCosine = minCosine_->value();
    s.budget = budget_->value();
    s.warmup = warmup_->value();
    s.iterations = iterations_->value();
    s.confirmRounds = confirmRounds_;
    return s;
}

void TunePanel::setSettings(const SearchSettings& settings) {
    minCosine_->setValue(settings.minCosine);
    budget_->setValue(settings.budget);
    warmup_->setValue(settings.warmup);
    iterations_->setValue(settings.iterations);
    confirmRounds_ = settings.confirmRounds;
}

void TunePanel::setMeasurementGate(MeasurementGate* gate) {
    gate_ = gate;
    connect(gate_, &MeasurementGate::changed, this, &TunePanel::updateButtons);
    updateButtons();
}

// Takes the measurement gate for the job `what` describes (kept while a job of ours runs).
bool TunePanel::claimGate(const QString& what, QString* why) {
    return !gate_ || job_->isRunning() || gate_->acquire(this, what, why);
}

bool TunePanel::startTune() {
    QString why;
    const bool ok = claimGate(tr("a tuning job"), &why) && job_->startTune(settings(), &why);
    return started(ok, why, tr("Tuning (%1)…"));
}

bool TunePanel::startBisect() {
    QString why;
    const bool ok = claimGate(tr("an accuracy bisection"), &why) && job_->startBisect(settings(), &why);
    return started(ok, why, tr("Bisecting (%1)…"));
}

// `what` names the job as %1.
bool TunePanel::started(bool ok, const QString& why, const QString& what) {
    if (!ok) {
        if (gate_ && !job_->isRunning()) gate_->release(this);
        status_->setText(why);
        emit message(why);
        return false;
    }
    const bool tuning = job_->kind() == TuneJob::Kind::Tune;
    progress_->setRange(0, tuning ? budget_->value() : 0); // a bisection's probe count is not known in advance
    progress_->setValue(0);
    progress_->setFormat(tr("%v of %m runs"));
    status_->setText(what.arg(job_->jobName()));
    summary_->clear();
    culprits_->clear();
    emit message(status_->text());
    updateButtons();
    return true;
}

void TunePanel::onProgress(int done, int total, const QString& text) {
    if (total > 0) progress_->setValue(std::min(done, total));
    if (text.isEmpty()) return;
    status_->setText(text);
    emit message(text);
}

void TunePanel::onFinished(bool completed, const QString& summary) {
    if (gate_) gate_->release(this);
    progress_->setRange(0, 1);
    progress_->setValue(completed ? 1 : 0);
    progress_->setFormat(completed ? tr("Done") : tr("Stopped"));
    status_->setText(tr("Runs stored under “%1”.").arg(job_->jobName()));
    summary_->setText(summary);
    emit message(summary);
    const QStringList culprits = job_->culpritNames();
    culprits_->addItems(culprits);
    if (!culprits.isEmpty()) emit nodesWanted(culprits);
    updateButtons();
    emit finished(completed);
}

bool TunePanel::applyBestConfig() { return apply(job_->tunedConfigText(), tr("Apply tuned config")); }

bool TunePanel::applyFix() { return apply(job_->fixedConfigText(), tr("Run accuracy culprits on host")); }

// A result is a config of the model it measured: another model open meanwhile keeps its own.
bool TunePanel::apply(const QString& text, const QString& label) {
    if (text.isEmpty()) return false;
    if (job_->modelPath() != document_->modelPath()) {
        const QString why = tr("The search measured %1; open it again to apply its result.").arg(job_->modelPath());
        status_->setText(why);
        emit message(why);
        return false;
    }
    pushConfigText(undo_, document_, text, label, ConfigTextCommand::Kind::GraphEdit);
    return true;
}

QString TunePanel::statusText() const { return status_->text(); }
QString TunePanel::summaryText() const { return summary_->text(); }

QStringList TunePanel::listedCulprits() const {
    QStringList names;
    for (int row = 0; row < culprits_->count(); ++row) names.append(culprits_->item(row)->text());
    return names;
}

void TunePanel::updateButtons() {
    const bool running = job_->isRunning();
    const QString waiting = gate_ ? gate_->waitingText(this) : QString();
    tune_->setEnabled(!running && waiting.isEmpty());
    bisect_->setEnabled(!running && waiting.isEmpty());
    tune_->setToolTip(waiting);
    bisect_->setToolTip(waiting);
    cancel_->setEnabled(running);
    applyBest_->setEnabled(!running && !job_->tunedConfigText().isEmpty());
    applyFix_->setEnabled(!running && !job_->fixedConfigText().isEmpty());
}

} // namespace fusebox::studio
