#pragma once
// The per-layer report of one run as an item model: one row per executed node, the
// columns of `fusebox report --csv` (store::layerReportCsv is the one CSV writer).

#include "store/layer_report.h"

#include <QAbstractTableModel>

namespace fusebox::studio {

class LayerReportModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Order, Node, OpType, Device, Subgraph, Precision, Inputs, Outputs, TimeUs, Share, Flops, Gflops, Bytes, Note, ColumnCount };
    static constexpr int ValueRole = Qt::UserRole + 1; // numbers as numbers; invalid when none

    explicit LayerReportModel(QObject* parent = nullptr);

    void setReport(store::LayerReport report);
    const store::LayerReport& report() const { return report_; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant value(const store::LayerRow& row, int column) const;

    store::LayerReport report_;
};

} // namespace fusebox::studio
