#pragma once
// N >= 2 runs of one model side by side: the totals of each run (end-to-end median next
// to its per-layer sum, the difference shown), stacked bars of the time per subgraph and
// per op type (one bar per run, Qt Charts), and the per-node table aligned on the
// model's nodes. Every figure comes from the store through the engine's functions.

#include "run_loader.h"
#include "store/run_breakdown.h"

#include <QWidget>

class QChartView;
class QLabel;
class QStackedBarSeries;
class QTableView;

namespace fusebox::studio {

class NodeAlignmentModel;

// One QBarSet per part (first seen order), one value per run: the run's slice of that part, 0 when it has none.
QStackedBarSeries* stackedSeries(const std::vector<std::vector<store::TimeSlice>>& slicesPerRun);

// "#2 onednn" (and the user's label when there is one).
QString runName(const store::RunSummary& run);

class CompareView : public QWidget {
    Q_OBJECT

public:
    explicit CompareView(QWidget* parent = nullptr);

    void showRuns(const LoadedRuns& runs);

    QStackedBarSeries* subgraphSeries() const { return subgraphSeries_; }
    QStackedBarSeries* opTypeSeries() const { return opTypeSeries_; }
    NodeAlignmentModel* nodeModel() const { return nodes_; }
    QString totalsText() const;

private:
    QLabel* totals_;
    QChartView* subgraphChart_;
    QChartView* opTypeChart_;
    QStackedBarSeries* subgraphSeries_ = nullptr;
    QStackedBarSeries* opTypeSeries_ = nullptr;
    NodeAlignmentModel* nodes_;
    QTableView* table_;
};

} // namespace fusebox::studio
