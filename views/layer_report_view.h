#pragma once
// The per-layer report of one run: the network summary (end-to-end latency, per-layer
// sum, nodes per device, subgraphs, boundary conversions, peak memory, fallbacks) above
// the table of executed nodes, with an export to the CSV `fusebox report --csv` prints.

#include "run_loader.h"

#include <QWidget>

class QLabel;
class QTableView;

namespace fusebox::studio {

class LayerReportModel;

class LayerReportView : public QWidget {
    Q_OBJECT

public:
    explicit LayerReportView(QWidget* parent = nullptr);

    void showRun(const RunReport& report);
    LayerReportModel* model() const { return model_; }
    QString summaryText() const;
    // Writes the report as CSV; the error text, empty when written.
    QString exportCsv(const QString& path) const;

private:
    void exportDialog();

    QLabel* summary_;
    LayerReportModel* model_;
    QTableView* table_;
};

} // namespace fusebox::studio
