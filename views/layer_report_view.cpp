#include "layer_report_view.h"

#include "core/file_io.h"
#include "layer_report_model.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace fusebox::studio {

LayerReportView::LayerReportView(QWidget* parent)
    : QWidget(parent), summary_(new QLabel(this)), model_(new LayerReportModel(this)), table_(new QTableView(this)) {
    summary_->setTextFormat(Qt::RichText);
    summary_->setWordWrap(true);
    summary_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    table_->setModel(model_);
    table_->verticalHeader()->hide();
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->horizontalHeader()->setStretchLastSection(true);
    auto* exportButton = new QPushButton(tr("Export CSV…"), this);
    connect(exportButton, &QPushButton::clicked, this, &LayerReportView::exportDialog);
    auto* top = new QHBoxLayout;
    top->addWidget(summary_, 1);
    top->addWidget(exportButton, 0, Qt::AlignTop);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(table_, 1);
}

void LayerReportView::showRun(const RunReport& run) {
    const store::LayerReport& r = run.report;
    QStringList devices;
    for (const auto& [device, count] : r.nodesPerDevice) devices.append(QStringLiteral("%1 %2").arg(QString::fromStdString(device)).arg(count));
    QString text = tr("<b>Run %1</b> (%2) of %3 on %4<br>"
                      "Latency %5 ms end to end (median), %6 ms per-layer sum (%7 ms between layers)<br>"
                      "Nodes %8 in %n subgraph(s)",
                      nullptr, r.subgraphs)
                       .arg(r.run)
                       .arg(QString::fromStdString(r.label).toHtmlEscaped(), QString::fromStdString(r.model).toHtmlEscaped(),
                            QString::fromStdString(r.devices).toHtmlEscaped())
                       .arg(r.endToEndMs, 0, 'f', 3)
                       .arg(r.layerSumMs, 0, 'f', 3)
                       .arg(r.endToEndMs - r.layerSumMs, 0, 'f', 3)
                       .arg(devices.join(QStringLiteral(", ")));
    if (r.layoutConversions) text += tr("<br>%n layout conversion(s) at subgraph boundaries", nullptr, *r.layoutConversions);
    if (r.peakBytes) text += tr("<br>Peak memory %1 KiB of intermediate tensors").arg(double(*r.peakBytes) / 1024, 0, 'f', 1);
    for (const Fallback& f : r.fallbacks) text += QStringLiteral("<br>") + QString::fromStdString(fallbackText(f)).toHtmlEscaped();
    if (!run.note.empty()) {
        text += tr("<br>Note: %1: no shapes, FLOPs or bytes").arg(QString::fromStdString(run.note).toHtmlEscaped());
    }
    summary_->setText(text);
    model_->setReport(r);
}

QString LayerReportView::summaryText() const { return summary_->text(); }

QString LayerReportView::exportCsv(const QString& path) const {
    const Status status = writeFileAtomically(path.toStdString(), store::layerReportCsv(model_->report()));
    return status ? QString() : QString::fromStdString(status.error().message());
}

void LayerReportView::exportDialog() {
    const QString base = QStringLiteral("run-%1.csv").arg(model_->report().run);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Layer Report"), base, tr("CSV (*.csv)"));
    if (path.isEmpty()) return;
    if (const QString error = exportCsv(path); !error.isEmpty()) QMessageBox::warning(this, tr("Export"), error);
}

} // namespace fusebox::studio
