#include "partition_models.h"

#include "devices/device_profile.h"
#include "partition/plan_dot.h"

#include <QColor>
#include <QLocale>

#include <map>

namespace fusebox::studio {
namespace {

QVariant deviceBackground(const std::string& device) { return QColor(QString::fromStdString(deviceColor(device))); }

QString milliseconds(double ms) { return QString::number(ms, 'f', 3); }

} // namespace

SubgraphTableModel::SubgraphTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void SubgraphTableModel::setSession(std::shared_ptr<const PartitionedModel> session) {
    beginResetModel();
    session_ = std::move(session);
    endResetModel();
}

bool SubgraphTableModel::isHostRow(int row) const { return session_ && row == int(session_->plan.subgraphs.size()); }

int SubgraphTableModel::rowCount(const QModelIndex& parent) const {
    if (parent.isValid() || !session_) return 0;
    const PartitionPlan& plan = session_->plan;
    return int(plan.subgraphs.size()) + (plan.hostNodes.empty() ? 0 : 1);
}

int SubgraphTableModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QList<NodeId> SubgraphTableModel::nodesOfRow(int row) const {
    if (!session_ || row < 0 || row >= rowCount()) return {};
    const std::vector<NodeId>& nodes = isHostRow(row) ? session_->plan.hostNodes : session_->plan.subgraphs[row].nodes;
    return QList<NodeId>(nodes.begin(), nodes.end());
}

int SubgraphTableModel::rowOfNode(NodeId node) const {
    if (!session_) return -1;
    const int subgraph = session_->plan.subgraphOf(node);
    if (subgraph >= 0) return subgraph;
    return session_->plan.decisions.contains(node) && !session_->plan.hostNodes.empty() ? int(session_->plan.subgraphs.size()) : -1;
}

QVariant SubgraphTableModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !session_) return {};
    const PartitionPlan& plan = session_->plan;
    if (isHostRow(index.row())) {
        if (role == Qt::BackgroundRole && index.column() == Device) return deviceBackground(kHostDevice);
        if (role != Qt::DisplayRole) return {};
        switch (index.column()) {
        case Id: return tr("host");
        case Device: return QString::fromLatin1(kHostDevice);
        case Nodes: return int(plan.hostNodes.size());
        case EstimatedMs: return milliseconds(plan.estimatedMsByDevice.count(kHostDevice) ? plan.estimatedMsByDevice.at(kHostDevice) : 0);
        default: return {};
        }
    }
    const SubgraphOp& op = plan.subgraphs[index.row()];
    if (role == Qt::BackgroundRole && index.column() == Device) return deviceBackground(op.device);
    if (role == Qt::TextAlignmentRole && index.column() != Device && index.column() != Group) {
        return int(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole) return {};
    switch (index.column()) {
    case Id: return op.id;
    case Device: return QString::fromStdString(op.device);
    case Nodes: return int(op.nodes.size());
    case Inputs: return int(op.inputs.size());
    case Outputs: return int(op.outputs.size());
    case BoundaryBytes: return QLocale().formattedDataSize(op.boundaryBytes);
    case EstimatedMs: return milliseconds(op.estimatedMs);
    case Group: return QString::fromStdString(op.group);
    default: return {};
    }
}

QVariant SubgraphTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case Id: return tr("Subgraph");
    case Device: return tr("Device");
    case Nodes: return tr("Nodes");
    case Inputs: return tr("Inputs");
    case Outputs: return tr("Outputs");
    case BoundaryBytes: return tr("Boundary");
    case EstimatedMs: return tr("Est. ms");
    case Group: return tr("Group");
    default: return {};
    }
}

DeviceTotalsModel::DeviceTotalsModel(QObject* parent) : QAbstractTableModel(parent) {}

void DeviceTotalsModel::setSession(const std::shared_ptr<const PartitionedModel>& session) {
    beginResetModel();
    totals_.clear();
    if (session) {
        const PartitionPlan& plan = session->plan;
        std::map<std::string, Total> byDevice;
        for (const SubgraphOp& op : plan.subgraphs) {
            Total& total = byDevice[op.device];
            ++total.subgraphs;
            total.nodes += int(op.nodes.size());
        }
        byDevice[kHostDevice].nodes += int(plan.hostNodes.size());
        Total all{tr("total"), 0, 0, plan.estimatedMs};
        for (auto& [device, total] : byDevice) {
            total.device = QString::fromStdString(device);
            const auto ms = plan.estimatedMsByDevice.find(device);
            total.estimatedMs = ms == plan.estimatedMsByDevice.end() ? 0 : ms->second;
            all.subgraphs += total.subgraphs;
            all.nodes += total.nodes;
            totals_.append(total);
        }
        totals_.append(all);
    }
    endResetModel();
}

int DeviceTotalsModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(totals_.size()); }

int DeviceTotalsModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant DeviceTotalsModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const Total& total = totals_[index.row()];
    const bool isTotal = index.row() == totals_.size() - 1;
    if (role == Qt::BackgroundRole && index.column() == Device && !isTotal) return deviceBackground(total.device.toStdString());
    if (role != Qt::DisplayRole) return {};
    switch (index.column()) {
    case Device: return total.device;
    case Subgraphs: return total.subgraphs;
    case Nodes: return total.nodes;
    case EstimatedMs: return milliseconds(total.estimatedMs);
    default: return {};
    }
}

QVariant DeviceTotalsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case Device: return tr("Device");
    case Subgraphs: return tr("Subgraphs");
    case Nodes: return tr("Nodes");
    case EstimatedMs: return tr("Est. ms");
    default: return {};
    }
}

} // namespace fusebox::studio
