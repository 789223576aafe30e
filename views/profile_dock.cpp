#include "profile_dock.h"

#include "measurement_gate.h"
#include "profile_database.h"
#include "runtime/device_availability.h"
#include "store/profile_store.h"
#include "studio_document.h"
#include "workflow/profile_workflow.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <climits>

namespace fusebox::studio {
namespace {

constexpr int kMaxThreads = 1024;
constexpr int kMaxIterations = 1000000;
constexpr int kReasonRole = Qt::UserRole + 1; // why a device cannot run here; empty when it can
constexpr qint64 kProgressIntervalMs = 40;

QSpinBox* makeSpinBox(int minimum, int maximum, int value, QWidget* parent) {
    auto* box = new QSpinBox(parent);
    box->setRange(minimum, maximum);
    box->setValue(value);
    return box;
}

using Outcomes = Result<std::vector<ProfileOutcome>>;

// The profile on a worker: opens the database there (a connection per thread) and
// reports iterations as overall progress (iterations of all runs so far) and progress
// lines as text. The first and last iteration of each run are always reported, others
// at most every kProgressIntervalMs: sub-millisecond iterations would otherwise flood
// the UI thread with events faster than it can paint them.
Outcomes profileJob(ProfileRequest request, const std::string& databasePath, const JobContext& job) {
    auto store = store::ProfileStore::open(databasePath, store::Access::Write);
    if (!store) return store.error();
    int done = 0;
    int total = 0;
    QElapsedTimer sinceReport;
    sinceReport.start();
    request.settings.cancel = job.cancelFlag();
    request.onIteration = [&](int run, int runs, int iteration, int iterations) {
        done = run * iterations + iteration;
        total = runs * iterations;
        const bool firstOrLast = iteration == 1 || iteration == iterations;
        if (!firstOrLast && sinceReport.elapsed() < kProgressIntervalMs) return;
        sinceReport.restart();
        job.reportProgress(done, total);
    };
    return profileModel(request, *store, [&](const std::string& line) { job.reportProgress(done, total, QString::fromStdString(line)); });
}

QString outcomeLine(const ProfileOutcome& o) {
    const QString label = QString::fromStdString(o.label);
    switch (o.kind) {
    case ProfileOutcomeKind::Stored:
        return ProfileDock::tr("Run %1 (%2): median %3 ms, speed-up %4x")
            .arg(*o.runId)
            .arg(label)
            .arg(o.total.medianMs, 0, 'f', 3)
            .arg(o.speedup.value_or(0), 0, 'f', 2);
    case ProfileOutcomeKind::Failed: return ProfileDock::tr("%1 failed: %2").arg(label, QString::fromStdString(o.message));
    case ProfileOutcomeKind::Skipped: return ProfileDock::tr("%1 skipped: %2").arg(label, QString::fromStdString(o.message));
    }
    return label;
}

} // namespace

ProfileDock::ProfileDock(StudioDocument* document, ProfileDatabase* database, QWidget* parent)
    : QWidget(parent), document_(document), database_(database), runner_(new JobRunner(JobRunner::Where::Pool, this)),
      target_(new QLabel(this)), devices_(new QListWidget(this)), threads_(makeSpinBox(0, kMaxThreads, 0, this)),
      warmup_(makeSpinBox(0, kMaxIterations, ProfileSettings{}.warmup, this)),
      iterations_(makeSpinBox(1, kMaxIterations, ProfileSettings{}.iterations, this)), seed_(makeSpinBox(0, INT_MAX, 0, this)),
      databaseLabel_(new QLabel(this)), run_(new QPushButton(tr("Run Profile"), this)), cancel_(new QPushButton(tr("Cancel"), this)),
      runProgress_(new QProgressBar(this)), iterationProgress_(new QProgressBar(this)), status_(new QLabel(this)) {
    threads_->setSpecialValueText(tr("all cores"));
    target_->setWordWrap(true);
    databaseLabel_->setWordWrap(true);
    databaseLabel_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    status_->setWordWrap(true);
    iterationProgress_->setFormat(tr("Iteration %v of %m"));

    auto* settings = new QFormLayout;
    settings->addRow(tr("Threads"), threads_);
    settings->addRow(tr("Warm-up runs"), warmup_);
    settings->addRow(tr("Timed runs"), iterations_);
    settings->addRow(tr("Input seed"), seed_);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(run_);
    buttons->addWidget(cancel_);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(target_);
    layout->addWidget(new QLabel(tr("Devices (host always runs as the baseline):"), this));
    layout->addWidget(devices_, 1);
    layout->addLayout(settings);
    layout->addWidget(databaseLabel_);
    layout->addLayout(buttons);
    layout->addWidget(runProgress_);
    layout->addWidget(iterationProgress_);
    layout->addWidget(status_);

    buildDeviceList();
    const auto showDatabase = [this] { databaseLabel_->setText(tr("Database: %1").arg(database_->path())); };
    showDatabase();
    connect(database_, &ProfileDatabase::pathChanged, this, showDatabase);
    connect(document_, &StudioDocument::planChanged, this, [this] {
        preselectConfigTargets();
        updateButtons();
    });
    connect(run_, &QPushButton::clicked, this, &ProfileDock::start);
    connect(cancel_, &QPushButton::clicked, this, &ProfileDock::cancel);
    connect(runner_, &JobRunner::progress, this, [this](quint64, int done, int total, const QString& text) { onProgress(done, total, text); });
    connect(runner_, &JobRunner::cancelled, this, [this] {
        onDone(false, tr("Profile cancelled: the finished runs are stored, the run being measured stays incomplete."));
    });
    connect(runner_, &JobRunner::failed, this, [this](quint64, const QString& why) { onDone(false, tr("Profile failed: %1").arg(why)); });
    updateButtons();
}

// The shipped device profiles, each probed as `fusebox devices` does.
void ProfileDock::buildDeviceList() {
    devices_->clear();
    auto profiles = loadDeviceProfiles(defaultProfilesDirectory());
    if (!profiles) {
        auto* item = new QListWidgetItem(QString::fromStdString(profiles.error().message()), devices_);
        item->setFlags(Qt::NoItemFlags);
        return;
    }
    for (const DeviceProfile& profile : *profiles) {
        if (profile.name == kHostDevice) continue;
        const AdapterProbe probe = probeDevice(profile);
        const QString name = QString::fromStdString(profile.name);
        const QString reason = QString::fromStdString(probe.reason);
        auto* item = new QListWidgetItem(probe.available ? name : tr("%1 (%2)").arg(name, reason), devices_);
        item->setData(Qt::UserRole, name);
        item->setData(kReasonRole, probe.available ? QString() : reason);
        item->setToolTip(probe.available ? QString::fromStdString(probe.version) : reason);
        item->setFlags(probe.available ? Qt::ItemIsEnabled | Qt::ItemIsUserCheckable : Qt::NoItemFlags);
        item->setCheckState(Qt::Unchecked);
    }
}

QStringList ProfileDock::listedDevices() const {
    QStringList names;
    for (int row = 0; row < devices_->count(); ++row) {
        const QString name = devices_->item(row)->data(Qt::UserRole).toString();
        if (!name.isEmpty()) names.append(name);
    }
    return names;
}

QStringList ProfileDock::availableDevices() const {
    QStringList names;
    for (const QString& name : listedDevices()) {
        if (unavailableReason(name).isEmpty()) names.append(name);
    }
    return names;
}

QString ProfileDock::unavailableReason(const QString& device) const {
    for (int row = 0; row < devices_->count(); ++row) {
        const QListWidgetItem* item = devices_->item(row);
        if (item->data(Qt::UserRole).toString() == device) return item->data(kReasonRole).toString();
    }
    return tr("no device profile");
}

QStringList ProfileDock::selectedDevices() const {
    QStringList names;
    for (int row = 0; row < devices_->count(); ++row) {
        const QListWidgetItem* item = devices_->item(row);
        if (item->checkState() == Qt::Checked) names.append(item->data(Qt::UserRole).toString());
    }
    return names;
}

void ProfileDock::setSelectedDevices(const QStringList& devices) {
    for (int row = 0; row < devices_->count(); ++row) {
        QListWidgetItem* item = devices_->item(row);
        const bool wanted = devices.contains(item->data(Qt::UserRole).toString()) && item->data(kReasonRole).toString().isEmpty();
        item->setCheckState(wanted ? Qt::Checked : Qt::Unchecked);
    }
}

// A newly opened model or config starts with its targets chosen; later plans of the same
// pair keep what the user picked.
void ProfileDock::preselectConfigTargets() {
    const QString opened = document_->modelPath() + QLatin1Char('\n') + document_->configPath();
    if (opened == preselectedFor_) return;
    preselectedFor_ = opened;
    QStringList targets;
    for (const std::string& target : document_->config().targets) targets.append(QString::fromStdString(target));
    setSelectedDevices(targets);
}

ProfileSettings ProfileDock::settings() const {
    return {threads_->value(), warmup_->value(), iterations_->value(), seed_->value()};
}

void ProfileDock::setSettings(const ProfileSettings& settings) {
    threads_->setValue(settings.threads);
    warmup_->setValue(settings.warmup);
    iterations_->setValue(settings.iterations);
    seed_->setValue(settings.seed);
}

bool ProfileDock::start() {
    if (isRunning()) {
        emit message(tr("A profile is running; cancel it first."));
        return false;
    }
    if (document_->modelPath().isEmpty() || document_->configPath().isEmpty()) {
        emit message(tr("Open a model and save its config first: a profile stores the config file as written."));
        return false;
    }
    if (QString why; gate_ && !gate_->acquire(this, tr("a profile run"), &why)) {
        status_->setText(why);
        emit message(why);
        return false;
    }
    const ProfileSettings s = settings();
    ProfileRequest request;
    request.modelPath = document_->modelPath().toStdString();
    request.configPath = document_->configPath().toStdString();
    request.devices = {kHostDevice}; // never empty, which would mean the config's targets
    runLabels_ = {QString::fromLatin1(kHostDevice)};
    for (const QString& device : selectedDevices()) {
        request.devices.push_back(device.toStdString());
        runLabels_.append(device);
    }
    runLabels_.append(QStringLiteral("config"));
    request.settings.threads = s.threads;
    request.settings.warmup = s.warmup;
    request.settings.iters = s.iterations;
    request.settings.seed = static_cast<uint64_t>(s.seed);
    iterationsPerRun_ = s.warmup + s.iterations;

    runProgress_->setRange(0, int(runLabels_.size()));
    runProgress_->setValue(0);
    runProgress_->setFormat(tr("Run 1 of %1: %2").arg(runLabels_.size()).arg(runLabels_.first()));
    iterationProgress_->setRange(0, iterationsPerRun_);
    iterationProgress_->setValue(0);
    status_->setText(tr("Profiling %1 on %2…").arg(QFileInfo(document_->modelPath()).fileName(), runLabels_.join(QStringLiteral(", "))));
    const std::string databasePath = database_->path().toStdString();
    runner_->start(
        this, [request, databasePath](const JobContext& job) { return profileJob(request, databasePath, job); },
        [this](Outcomes outcomes) {
            if (!outcomes) {
                onDone(false, tr("Profile failed: %1").arg(QString::fromStdString(outcomes.error().message())));
                return;
            }
            int stored = 0;
            for (const ProfileOutcome& o : *outcomes) {
                emit message(outcomeLine(o));
                if (o.kind == ProfileOutcomeKind::Stored) ++stored;
            }
            onDone(true, tr("Profile finished: %1 of %2 runs stored in %3.").arg(stored).arg(outcomes->size()).arg(database_->path()));
        });
    updateButtons();
    return true;
}

void ProfileDock::cancel() { runner_->cancel(); }

void ProfileDock::onProgress(int done, int total, const QString& text) {
    if (!text.isEmpty()) {
        status_->setText(text);
        emit message(text);
        return;
    }
    if (done <= 0 || total <= 0) return;
    const int run = (done - 1) / iterationsPerRun_;
    const int iteration = done - run * iterationsPerRun_;
    const int runs = total / iterationsPerRun_;
    runProgress_->setValue(run);
    runProgress_->setFormat(tr("Run %1 of %2: %3").arg(run + 1).arg(runs).arg(runLabels_.value(run)));
    iterationProgress_->setValue(iteration);
    emit progressed(run, runs, iteration, iterationsPerRun_);
}

void ProfileDock::setMeasurementGate(MeasurementGate* gate) {
    gate_ = gate;
    connect(gate_, &MeasurementGate::changed, this, &ProfileDock::updateButtons);
    updateButtons();
}

void ProfileDock::onDone(bool completed, const QString& summary) {
    if (gate_) gate_->release(this);
    if (completed) runProgress_->setValue(runProgress_->maximum());
    status_->setText(summary);
    emit message(summary);
    updateButtons();
    database_->notifyRunsStored();
    emit finished(completed);
}

// Run stays enabled while idle: start() says what is missing (a config saved under a
// new name sends no signal to follow).
void ProfileDock::updateButtons() {
    const bool ready = !document_->modelPath().isEmpty() && !document_->configPath().isEmpty();
    const QString waiting = gate_ ? gate_->waitingText(this) : QString();
    run_->setEnabled(!isRunning() && waiting.isEmpty());
    run_->setToolTip(waiting);
    cancel_->setEnabled(isRunning());
    target_->setText(ready ? tr("Model %1 with %2 (the saved file)")
                                 .arg(QFileInfo(document_->modelPath()).fileName(), QFileInfo(document_->configPath()).fileName())
                           : tr("No model with a saved config is open."));
}

} // namespace fusebox::studio
