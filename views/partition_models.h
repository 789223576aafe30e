#pragma once
// Item models of the partition table: one row per subgraph (plus one for the nodes that
// run on host), and the totals per device.

#include "workflow/model_session.h"

#include <QAbstractTableModel>

#include <memory>

namespace fusebox::studio {

class SubgraphTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Id, Device, Nodes, Inputs, Outputs, BoundaryBytes, EstimatedMs, Group, ColumnCount };

    explicit SubgraphTableModel(QObject* parent = nullptr);

    void setSession(std::shared_ptr<const PartitionedModel> session);
    // The graph nodes a row stands for.
    QList<NodeId> nodesOfRow(int row) const;
    // The row that holds `node`, or -1.
    int rowOfNode(NodeId node) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    bool isHostRow(int row) const;

    std::shared_ptr<const PartitionedModel> session_;
};

class DeviceTotalsModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Device, Subgraphs, Nodes, EstimatedMs, ColumnCount };

    explicit DeviceTotalsModel(QObject* parent = nullptr);

    void setSession(const std::shared_ptr<const PartitionedModel>& session);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Total {
        QString device;
        int subgraphs = 0;
        int nodes = 0;
        double estimatedMs = 0;
    };
    QList<Total> totals_; // by device name, then one "total" row
};

} // namespace fusebox::studio
