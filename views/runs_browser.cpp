#include "runs_browser.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <set>

namespace fusebox::studio {
namespace {

const QDate kAnyDate(2000, 1, 1); // the date filter's "any date" value

QString storeError(const Error& error) { return QString::fromStdString(error.message()); }

} // namespace

RunsBrowser::RunsBrowser(QWidget* parent)
    : QWidget(parent), model_(new RunsModel(this)), filter_(new RunsFilter(this)), table_(new QTableView(this)),
      modelChoice_(new QComboBox(this)), deviceFilter_(new QLineEdit(this)), configFilter_(new QLineEdit(this)),
      jobFilter_(new QLineEdit(this)), fromFilter_(new QDateEdit(this)), statusChoice_(new QComboBox(this)), inspect_(new QPushButton(tr("Inspect"), this)),
      compare_(new QPushButton(tr("Compare"), this)), delete_(new QPushButton(tr("Delete"), this)), message_(new QLabel(this)) {
    filter_->setSourceModel(model_);
    filter_->setSortRole(Qt::EditRole);
    table_->setModel(filter_);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::ExtendedSelection);
    table_->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    table_->verticalHeader()->hide();
    table_->horizontalHeader()->setStretchLastSection(true);
    table_->setSortingEnabled(false); // newest first, as the store lists them

    deviceFilter_->setPlaceholderText(tr("device"));
    configFilter_->setPlaceholderText(tr("config hash"));
    jobFilter_->setPlaceholderText(tr("job"));
    fromFilter_->setCalendarPopup(true);
    fromFilter_->setMinimumDate(kAnyDate);
    fromFilter_->setSpecialValueText(tr("any date"));
    fromFilter_->setDate(kAnyDate);
    statusChoice_->addItem(tr("any status"), -1);
    statusChoice_->addItem(tr("complete"), int(store::RunStatus::Complete));
    statusChoice_->addItem(tr("incomplete"), int(store::RunStatus::Incomplete));
    statusChoice_->addItem(tr("failed"), int(store::RunStatus::Failed));
    message_->setWordWrap(true);

    auto* filters = new QHBoxLayout;
    filters->addWidget(modelChoice_, 2);
    filters->addWidget(deviceFilter_, 1);
    filters->addWidget(configFilter_, 1);
    filters->addWidget(jobFilter_, 1);
    filters->addWidget(new QLabel(tr("from"), this));
    filters->addWidget(fromFilter_);
    filters->addWidget(statusChoice_);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(inspect_);
    buttons->addWidget(compare_);
    buttons->addWidget(delete_);
    buttons->addWidget(message_, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addLayout(filters);
    layout->addWidget(table_, 1);
    layout->addLayout(buttons);

    connect(modelChoice_, &QComboBox::currentIndexChanged, this,
            [this] { filter_->setModelName(modelChoice_->currentData().toString()); });
    connect(deviceFilter_, &QLineEdit::textChanged, filter_, &RunsFilter::setDevice);
    connect(configFilter_, &QLineEdit::textChanged, filter_, &RunsFilter::setConfigHash);
    connect(jobFilter_, &QLineEdit::textChanged, filter_, &RunsFilter::setJob);
    connect(fromFilter_, &QDateEdit::dateChanged, this,
            [this](const QDate& date) { filter_->setStartedFrom(date == kAnyDate ? QDate() : date); });
    connect(statusChoice_, &QComboBox::currentIndexChanged, this, [this] {
        const int status = statusChoice_->currentData().toInt();
        filter_->setStatus(status < 0 ? std::nullopt : std::optional(store::RunStatus(status)));
    });
    connect(table_->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RunsBrowser::updateButtons);
    connect(table_, &QTableView::activated, this, [this] { inspectSelected(); });
    connect(inspect_, &QPushButton::clicked, this, &RunsBrowser::inspectSelected);
    connect(compare_, &QPushButton::clicked, this, &RunsBrowser::compareSelected);
    connect(delete_, &QPushButton::clicked, this, [this] {
        const int count = int(selectedRuns().size());
        if (count && QMessageBox::question(this, tr("Delete Runs"), tr("Delete %n run(s) and their figures?", nullptr, count)) ==
                         QMessageBox::Yes) {
            deleteSelected();
        }
    });
    connect(model_, &RunsModel::labelFailed, this, &RunsBrowser::say);
    model_->setLabelWriter([this](store::RunId id, const QString& label) {
        auto store = store::ProfileStore::open(database_.toStdString(), store::Access::Write);
        if (!store) return storeError(store.error());
        const Status status = store->setUserLabel(id, label.toStdString());
        return status ? QString() : storeError(status.error());
    });
    updateButtons();
}

void RunsBrowser::setDatabase(const QString& path) {
    database_ = path;
    reload();
}

bool RunsBrowser::reload() {
    const QList<store::RunId> selected = selectedRuns();
    auto store = store::ProfileStore::open(database_.toStdString(), store::Access::Read);
    auto runs = store ? store::listRunOverviews(*store) : Result<std::vector<store::RunOverview>>(store.error());
    if (!runs) {
        model_->setRuns({});
        updateModelChoices();
        say(storeError(runs.error()));
        return false;
    }
    model_->setRuns(std::move(*runs));
    updateModelChoices();
    selectRuns(selected);
    say(tr("%n run(s) in %1", nullptr, model_->rowCount()).arg(database_));
    return true;
}

void RunsBrowser::updateModelChoices() {
    const QString current = modelChoice_->currentData().toString();
    std::set<QString> names;
    for (int row = 0; row < model_->rowCount(); ++row) names.insert(QString::fromStdString(model_->run(row).summary.model));
    const QSignalBlocker blocker(modelChoice_);
    modelChoice_->clear();
    modelChoice_->addItem(tr("all models"), QString());
    for (const QString& name : names) modelChoice_->addItem(name, name);
    modelChoice_->setCurrentIndex(std::max(0, modelChoice_->findData(current)));
    filter_->setModelName(modelChoice_->currentData().toString());
}

QList<store::RunId> RunsBrowser::selectedRuns() const {
    QList<store::RunId> ids;
    QModelIndexList rows = table_->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    for (const QModelIndex& index : rows) ids.append(index.data(RunsModel::RunIdRole).toLongLong());
    return ids;
}

void RunsBrowser::selectRuns(const QList<store::RunId>& ids) {
    QItemSelection selection;
    for (store::RunId id : ids) {
        const int row = model_->rowOfRun(id);
        if (row < 0) continue;
        const QModelIndex index = filter_->mapFromSource(model_->index(row, 0));
        if (index.isValid()) selection.select(index, index);
    }
    table_->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

// True when the runs are of the open model, or its model was asked for.
bool RunsBrowser::askForModelOf(const QList<store::RunId>& ids) {
    const store::RunOverview& first = model_->run(model_->rowOfRun(ids.first()));
    for (store::RunId id : ids) {
        if (model_->run(model_->rowOfRun(id)).modelHash != first.modelHash) {
            say(tr("Runs of different models cannot be compared."));
            return false;
        }
    }
    if (QString::fromStdString(first.modelHash) != currentModelHash_) emit modelWanted(QString::fromStdString(first.modelPath));
    return true;
}

bool RunsBrowser::inspectSelected() {
    const QList<store::RunId> ids = selectedRuns();
    if (ids.size() != 1) {
        say(tr("Select one run to inspect."));
        return false;
    }
    if (!askForModelOf(ids)) return false;
    emit inspectRequested(ids.first());
    return true;
}

bool RunsBrowser::compareSelected() {
    const QList<store::RunId> ids = selectedRuns();
    if (ids.size() < 2) {
        say(tr("Select two or more runs to compare."));
        return false;
    }
    if (!askForModelOf(ids)) return false;
    emit compareRequested(ids);
    return true;
}

bool RunsBrowser::deleteSelected() {
    const QList<store::RunId> ids = selectedRuns();
    if (ids.isEmpty()) return false;
    auto store = store::ProfileStore::open(database_.toStdString(), store::Access::Write);
    if (!store) {
        say(storeError(store.error()));
        return false;
    }
    for (store::RunId id : ids) {
        if (Status status = store->deleteRun(id); !status) {
            say(storeError(status.error()));
            reload();
            return false;
        }
    }
    reload();
    emit runsDeleted(ids);
    return true;
}

void RunsBrowser::updateButtons() {
    const qsizetype count = table_->selectionModel()->selectedRows().size();
    inspect_->setEnabled(count == 1);
    compare_->setEnabled(count >= 2);
    delete_->setEnabled(count >= 1);
}

void RunsBrowser::say(const QString& message) { message_->setText(message); }

} // namespace fusebox::studio
