#include "layer_report_model.h"

#include "node_alignment_model.h"

namespace fusebox::studio {
namespace {

template <typename T>
QVariant optional(const std::optional<T>& value) {
    return value ? QVariant::fromValue(*value) : QVariant();
}

QString joined(const std::vector<std::string>& parts) {
    QStringList list;
    for (const std::string& part : parts) list.append(QString::fromStdString(part));
    return list.join(QStringLiteral(", "));
}

} // namespace

LayerReportModel::LayerReportModel(QObject* parent) : QAbstractTableModel(parent) {}

void LayerReportModel::setReport(store::LayerReport report) {
    beginResetModel();
    report_ = std::move(report);
    endResetModel();
}

int LayerReportModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(report_.rows.size()); }

int LayerReportModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant LayerReportModel::value(const store::LayerRow& row, int column) const {
    switch (column) {
    case Order: return row.order;
    case Node: return QString::fromStdString(row.node);
    case OpType: return QString::fromStdString(row.opType);
    case Device: return QString::fromStdString(row.device);
    case Subgraph: return optional(row.subgraph);
    case Precision: return QString::fromStdString(row.precision);
    case Inputs: return joined(row.inputShapes);
    case Outputs: return joined(row.outputShapes);
    case TimeUs: return optional(row.medianUs);
    case Share: return row.medianUs ? QVariant(row.share) : QVariant();
    case Flops: return row.flops ? QVariant(qlonglong(*row.flops)) : QVariant();
    case Gflops: return optional(row.gflopsPerSecond);
    case Bytes: return row.bytes ? QVariant(qlonglong(*row.bytes)) : QVariant();
    case Note: return timeNoteLabel(row.note);
    }
    return {};
}

QVariant LayerReportModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) return {};
    const store::LayerRow& row = report_.rows[static_cast<std::size_t>(index.row())];
    const QVariant v = value(row, index.column());
    if (role == ValueRole) return v;
    if (role == Qt::TextAlignmentRole && index.column() >= TimeUs && index.column() <= Bytes) {
        return int(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole || !v.isValid()) return {};
    switch (index.column()) {
    case TimeUs: return QString::number(v.toDouble(), 'f', 1);
    case Share: return QString(QString::number(v.toDouble() * 100, 'f', 1) + QLatin1Char('%'));
    case Gflops: return QString::number(v.toDouble(), 'f', 2);
    default: return v;
    }
}

QVariant LayerReportModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case Order: return tr("#");
    case Node: return tr("Node");
    case OpType: return tr("Op");
    case Device: return tr("Device");
    case Subgraph: return tr("Subgraph");
    case Precision: return tr("Precision");
    case Inputs: return tr("Input shapes");
    case Outputs: return tr("Output shapes");
    case TimeUs: return tr("Time µs");
    case Share: return tr("Share");
    case Flops: return tr("FLOPs");
    case Gflops: return tr("GFLOP/s");
    case Bytes: return tr("Bytes");
    case Note: return tr("Note");
    }
    return {};
}

} // namespace fusebox::studio
