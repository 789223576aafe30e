#include "runs_model.h"

#include <QColor>
#include <QDateTime>
#include <QTimeZone>

namespace fusebox::studio {
namespace {

constexpr int kShortHash = 8; // characters of a config hash shown

QString text(const std::string& s) { return QString::fromStdString(s); }

QString statusText(store::RunStatus status) {
    switch (status) {
    case store::RunStatus::Complete: return RunsModel::tr("complete");
    case store::RunStatus::Incomplete: return RunsModel::tr("incomplete");
    case store::RunStatus::Failed: return RunsModel::tr("failed");
    }
    return {};
}

QDateTime startedAt(const store::RunOverview& run) {
    QDateTime time = QDateTime::fromString(text(run.summary.startedAt), Qt::ISODateWithMs);
    time.setTimeZone(QTimeZone::utc());
    return time;
}

QVariant milliseconds(const std::optional<double>& ms) {
    return ms ? QVariant(QString::number(*ms, 'f', 3)) : QVariant();
}

QString unstableTip(const TimingStats& total) {
    const QString cv = total.cv ? QString::number(*total.cv, 'f', 2) : RunsModel::tr("not stored");
    return RunsModel::tr("Unstable timings: p90/median %1, cv %2 (min %3 ms, max %4 ms). The machine was busy while "
                         "this run was measured; measure it again (docs/benchmarks.md, Getting stable figures).")
        .arg(*store::p90OverMedian(total), 0, 'f', 2)
        .arg(cv)
        .arg(total.minMs, 0, 'f', 3)
        .arg(total.maxMs, 0, 'f', 3);
}

} // namespace

RunsModel::RunsModel(QObject* parent) : QAbstractTableModel(parent) {}

void RunsModel::setRuns(std::vector<store::RunOverview> runs) {
    beginResetModel();
    runs_ = std::move(runs);
    endResetModel();
}

int RunsModel::rowOfRun(store::RunId id) const {
    for (std::size_t row = 0; row < runs_.size(); ++row) {
        if (runs_[row].summary.id == id) return int(row);
    }
    return -1;
}

int RunsModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(runs_.size()); }

int RunsModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant RunsModel::display(const store::RunOverview& run, int column) const {
    const store::RunSummary& s = run.summary;
    switch (column) {
    case Id: return QVariant::fromValue(qlonglong(s.id));
    case Model: return text(s.model);
    case Run: return text(s.label);
    case Label: return text(s.userLabel);
    case Devices: return text(s.devices);
    case Status: return statusText(s.status);
    case Started: return startedAt(run).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case MedianMs: return milliseconds(s.medianMs);
    case P90Ms: return run.total.samples > 0 ? milliseconds(run.total.p90Ms) : QVariant();
    case Speedup: return run.speedup ? QVariant(tr("%1×").arg(*run.speedup, 0, 'f', 2)) : QVariant();
    case WorstAccuracy:
        if (!run.worstAccuracy) return {};
        return tr("cos %1, max abs %2").arg(run.worstAccuracy->cosine, 0, 'f', 6).arg(run.worstAccuracy->maxAbsError, 0, 'g', 3);
    case Config: return text(run.configHash.substr(0, kShortHash));
    case Job: return text(s.job);
    }
    return {};
}

QVariant RunsModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) return {};
    const store::RunOverview& r = run(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole: return display(r, index.column());
    case Qt::ToolTipRole:
        if (index.column() == MedianMs && r.unstable()) return unstableTip(r.total);
        if (index.column() == Status && !r.summary.message.empty()) return text(r.summary.message);
        if (index.column() == Speedup && r.baseline) return tr("against host run %1").arg(*r.baseline);
        return {};
    case Qt::ForegroundRole:
        if (index.column() == MedianMs && r.unstable()) return QColor(0xc0, 0x39, 0x2b);
        return {};
    case Qt::DecorationRole:
        if (index.column() == MedianMs && r.unstable()) return QColor(0xe6, 0x7e, 0x22);
        return {};
    case RunIdRole: return QVariant::fromValue(qlonglong(r.summary.id));
    case ModelPathRole: return text(r.modelPath);
    case ModelNameRole: return text(r.summary.model);
    case ConfigHashRole: return text(r.configHash);
    case StatusRole: return int(r.summary.status);
    case StartedRole: return startedAt(r);
    case UnstableRole: return r.unstable();
    }
    return {};
}

bool RunsModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || index.column() != Label || role != Qt::EditRole) return false;
    store::RunOverview& r = runs_[static_cast<std::size_t>(index.row())];
    const QString label = value.toString().trimmed();
    if (writeLabel_) {
        if (const QString error = writeLabel_(r.summary.id, label); !error.isEmpty()) {
            emit labelFailed(error);
            return false;
        }
    }
    r.summary.userLabel = label.toStdString();
    emit dataChanged(index, index, {Qt::DisplayRole, Qt::EditRole});
    return true;
}

Qt::ItemFlags RunsModel::flags(const QModelIndex& index) const {
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == Label) flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant RunsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case Id: return tr("Id");
    case Model: return tr("Model");
    case Run: return tr("Run");
    case Label: return tr("Label");
    case Devices: return tr("Devices");
    case Status: return tr("Status");
    case Started: return tr("Started (UTC)");
    case MedianMs: return tr("Median ms");
    case P90Ms: return tr("p90 ms");
    case Speedup: return tr("Speed-up");
    case WorstAccuracy: return tr("Worst accuracy");
    case Config: return tr("Config");
    case Job: return tr("Job");
    }
    return {};
}

void RunsFilter::setModelName(const QString& name) {
    model_ = name;
    invalidateFilter();
}

void RunsFilter::setDevice(const QString& device) {
    device_ = device.trimmed();
    invalidateFilter();
}

void RunsFilter::setConfigHash(const QString& prefix) {
    config_ = prefix.trimmed();
    invalidateFilter();
}

void RunsFilter::setJob(const QString& part) {
    job_ = part.trimmed();
    invalidateFilter();
}

void RunsFilter::setStartedFrom(const QDate& from) {
    from_ = from;
    invalidateFilter();
}

void RunsFilter::setStatus(std::optional<store::RunStatus> status) {
    status_ = status;
    invalidateFilter();
}

bool RunsFilter::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!model_.isEmpty() && index.data(RunsModel::ModelNameRole).toString() != model_) return false;
    if (!device_.isEmpty()) {
        const QString devices = sourceModel()->index(sourceRow, RunsModel::Devices, sourceParent).data().toString();
        if (!devices.split(QLatin1Char(',')).contains(device_, Qt::CaseInsensitive)) return false;
    }
    if (!config_.isEmpty() && !index.data(RunsModel::ConfigHashRole).toString().startsWith(config_, Qt::CaseInsensitive)) return false;
    if (!job_.isEmpty()) {
        const QString job = sourceModel()->index(sourceRow, RunsModel::Job, sourceParent).data().toString();
        if (!job.contains(job_, Qt::CaseInsensitive)) return false;
    }
    if (from_.isValid() && index.data(RunsModel::StartedRole).toDateTime().date() < from_) return false;
    if (status_ && index.data(RunsModel::StatusRole).toInt() != int(*status_)) return false;
    return true;
}

} // namespace fusebox::studio
