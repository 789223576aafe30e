#pragma once
// The compare view's per-node table: one row per node of the model as written (see
// store::alignNodes), and per run its time (µs), share and ratio to the first run, with
// a speed-up colour on the ratio; a node without a time of its own says why.

#include "store/node_alignment.h"

#include <QAbstractTableModel>

namespace fusebox::studio {

class NodeAlignmentModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Node, OpType };
    static constexpr int FirstRunColumn = OpType + 1; // then ColumnsPerRun columns per run
    enum PerRun { TimeUs, Share, Ratio, ColumnsPerRun };
    static constexpr int ValueRole = Qt::UserRole + 1; // the figure as a double; invalid when none

    explicit NodeAlignmentModel(QObject* parent = nullptr);

    // `runNames` label the runs' columns ("#2 onednn"), one per cell of each row.
    void setRows(std::vector<store::AlignedNode> rows, const QStringList& runNames);
    const store::AlignedNode& row(int r) const { return rows_[static_cast<std::size_t>(r)]; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant cellData(const store::AlignedNode& node, int run, PerRun what, int role) const;

    std::vector<store::AlignedNode> rows_;
    QStringList runNames_;
};

// Why a node has no time of its own, as the tables say it ("" when it has one).
QString timeNoteLabel(store::TimeNote note);

} // namespace fusebox::studio
