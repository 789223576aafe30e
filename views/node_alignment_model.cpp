#include "node_alignment_model.h"

#include "heat_scale.h"

namespace fusebox::studio {

QString timeNoteLabel(store::TimeNote note) {
    switch (note) {
    case store::TimeNote::Measured: return {};
    case store::TimeNote::InSubgraph: return NodeAlignmentModel::tr("timed with its subgraph");
    case store::TimeNote::FusedNoTime: return NodeAlignmentModel::tr("fused into its producer");
    case store::TimeNote::NotMeasured: return NodeAlignmentModel::tr("not measured");
    }
    return {};
}

NodeAlignmentModel::NodeAlignmentModel(QObject* parent) : QAbstractTableModel(parent) {}

void NodeAlignmentModel::setRows(std::vector<store::AlignedNode> rows, const QStringList& runNames) {
    beginResetModel();
    rows_ = std::move(rows);
    runNames_ = runNames;
    endResetModel();
}

int NodeAlignmentModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(rows_.size()); }

int NodeAlignmentModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : FirstRunColumn + int(runNames_.size()) * ColumnsPerRun;
}

QVariant NodeAlignmentModel::cellData(const store::AlignedNode& node, int run, PerRun what, int role) const {
    const store::AlignedCell& cell = node.cells[static_cast<std::size_t>(run)];
    if (role == Qt::ToolTipRole) {
        if (node.folded) return tr("Folded into a constant before partitioning: no run executes it.");
        if (!cell.present) return tr("Not in this run.");
        const QString note = timeNoteLabel(cell.note);
        return QString(QString::fromStdString(cell.where) + (note.isEmpty() ? QString() : QStringLiteral(" · ") + note));
    }
    if (role == Qt::BackgroundRole) return what == Ratio && cell.ratio ? QVariant(ratioColor(*cell.ratio)) : QVariant();
    if (role == Qt::TextAlignmentRole) return int(Qt::AlignRight | Qt::AlignVCenter);
    std::optional<double> value;
    if (what == TimeUs) value = cell.us;
    else if (what == Share && cell.us) value = cell.share;
    else if (what == Ratio) value = cell.ratio;
    if (role == ValueRole) return value ? QVariant(*value) : QVariant();
    if (role != Qt::DisplayRole) return {};
    if (value) {
        if (what == TimeUs) return QString::number(*value, 'f', 1);
        if (what == Share) return QString(QString::number(*value * 100, 'f', 1) + QLatin1Char('%'));
        return QString(QString::number(*value, 'f', 2) + QStringLiteral("×"));
    }
    if (what != TimeUs) return {};
    if (node.folded) return tr("folded");
    if (!cell.present) return tr("absent");
    return timeNoteLabel(cell.note);
}

QVariant NodeAlignmentModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) return {};
    const store::AlignedNode& node = row(index.row());
    if (index.column() >= FirstRunColumn) {
        const int offset = index.column() - FirstRunColumn;
        return cellData(node, offset / ColumnsPerRun, PerRun(offset % ColumnsPerRun), role);
    }
    if (role != Qt::DisplayRole) return {};
    return QString::fromStdString(index.column() == Node ? node.node : node.opType);
}

QVariant NodeAlignmentModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    if (section == Node) return tr("Node");
    if (section == OpType) return tr("Op");
    const int offset = section - FirstRunColumn;
    if (offset < 0 || offset >= runNames_.size() * ColumnsPerRun) return {};
    const QString& run = runNames_[offset / ColumnsPerRun];
    switch (PerRun(offset % ColumnsPerRun)) {
    case TimeUs: return tr("%1 µs").arg(run);
    case Share: return tr("%1 share").arg(run);
    case Ratio: return tr("%1 ratio").arg(run);
    case ColumnsPerRun: break;
    }
    return {};
}

} // namespace fusebox::studio
