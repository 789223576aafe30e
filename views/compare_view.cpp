#include "compare_view.h"

#include "node_alignment_model.h"
#include "partition/plan_dot.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QStackedBarSeries>
#include <QTableView>
#include <QValueAxis>
#include <QVBoxLayout>

#include <array>
#include <map>

namespace fusebox::studio {
namespace {

// Distinct colours for op types (Tableau 20, dark shades first), cycled.
constexpr std::array<QRgb, 20> kPalette{0x1f77b4, 0xff7f0e, 0x2ca02c, 0xd62728, 0x9467bd, 0x8c564b, 0xe377c2, 0x7f7f7f,
                                        0xbcbd22, 0x17becf, 0xaec7e8, 0xffbb78, 0x98df8a, 0xff9896, 0xc5b0d5, 0xc49c94,
                                        0xf7b6d2, 0xc7c7c7, 0xdbdb8d, 0x9edae5};

// The parts that are not a step or an op type are greys; "onednn sg 2" takes its device's
// colour, a shade per subgraph; the rest the palette.
QColor partColor(const QString& part, int index) {
    if (part == QLatin1String(store::kBetweenStepsPart)) return QColor(0xd9, 0xd9, 0xd9);
    if (part == QLatin1String(store::kWholeSubgraphsPart)) return QColor(0x96, 0x96, 0x96);
    if (part == QLatin1String(store::kHostNodesPart)) return QColor(QString::fromStdString(deviceColor(kHostDevice)));
    const QStringList words = part.split(QLatin1Char(' '));
    if (words.size() == 3 && words[1] == QLatin1String("sg")) {
        const QColor device(QString::fromStdString(deviceColor(words[0].toStdString())));
        return words[2].toInt() % 2 ? device.darker(100 + 15 * (words[2].toInt() % 4)) : device.lighter(100 + 12 * (words[2].toInt() % 4));
    }
    return QColor(kPalette[std::size_t(index) % kPalette.size()]);
}

QChart* makeChart(const QString& title, QStackedBarSeries* series, const QStringList& runs) {
    auto* chart = new QChart;
    chart->setTitle(title);
    chart->addSeries(series);
    auto* categories = new QBarCategoryAxis(chart);
    categories->append(runs);
    chart->addAxis(categories, Qt::AlignBottom);
    series->attachAxis(categories);
    auto* values = new QValueAxis(chart);
    values->setTitleText(CompareView::tr("median ms"));
    values->setLabelFormat(QStringLiteral("%.1f"));
    chart->addAxis(values, Qt::AlignLeft);
    series->attachAxis(values);
    chart->legend()->setAlignment(Qt::AlignRight);
    chart->setAnimationOptions(QChart::NoAnimation);
    return chart;
}

void replaceChart(QChartView* view, QChart* chart) {
    QChart* old = view->chart();
    view->setChart(chart);
    delete old;
}

} // namespace

QStackedBarSeries* stackedSeries(const std::vector<std::vector<store::TimeSlice>>& slicesPerRun) {
    auto* series = new QStackedBarSeries;
    std::map<std::string, QBarSet*> sets;
    for (std::size_t run = 0; run < slicesPerRun.size(); ++run) {
        for (const store::TimeSlice& slice : slicesPerRun[run]) {
            auto [it, added] = sets.try_emplace(slice.part, nullptr);
            if (added) {
                const QString part = QString::fromStdString(slice.part);
                it->second = new QBarSet(part);
                it->second->setColor(partColor(part, int(sets.size() - 1)));
                it->second->setBorderColor(Qt::white);
                for (std::size_t i = 0; i < slicesPerRun.size(); ++i) it->second->append(0.0);
                series->append(it->second);
            }
            it->second->replace(int(run), it->second->at(int(run)) + slice.ms);
        }
    }
    return series;
}

QString runName(const store::RunSummary& run) {
    QString name = QStringLiteral("#%1 %2").arg(run.id).arg(QString::fromStdString(run.label));
    if (!run.userLabel.empty()) name += QStringLiteral(" (%1)").arg(QString::fromStdString(run.userLabel));
    return name;
}

CompareView::CompareView(QWidget* parent)
    : QWidget(parent), totals_(new QLabel(this)), subgraphChart_(new QChartView(this)), opTypeChart_(new QChartView(this)),
      nodes_(new NodeAlignmentModel(this)), table_(new QTableView(this)) {
    totals_->setTextFormat(Qt::RichText);
    totals_->setWordWrap(true);
    for (QChartView* view : {subgraphChart_, opTypeChart_}) {
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumHeight(240);
    }
    table_->setModel(nodes_);
    table_->verticalHeader()->hide();
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto* charts = new QWidget(this);
    auto* chartRow = new QHBoxLayout(charts);
    chartRow->setContentsMargins(0, 0, 0, 0);
    chartRow->addWidget(subgraphChart_);
    chartRow->addWidget(opTypeChart_);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(charts);
    splitter->addWidget(table_);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(totals_);
    layout->addWidget(splitter, 1);
}

void CompareView::showRuns(const LoadedRuns& loaded) {
    if (!loaded.error.isEmpty()) {
        totals_->setText(loaded.error.toHtmlEscaped());
        return;
    }
    QStringList names;
    std::vector<std::vector<store::TimeSlice>> bySubgraph, byOpType;
    std::vector<store::LayerReport> reports;
    QString rows;
    for (std::size_t i = 0; i < loaded.runs.size(); ++i) {
        const store::StoredRun& run = loaded.runs[i];
        const store::LayerReport& report = loaded.reports[i].report;
        names.append(runName(run.summary));
        bySubgraph.push_back(store::timeBySubgraph(run));
        byOpType.push_back(store::timeByOpType(run));
        reports.push_back(report);
        rows += tr("<tr><td><b>%1</b></td><td>%2</td><td align=right>%3 ms</td><td align=right>%4 ms</td>"
                   "<td align=right>%5 ms</td></tr>")
                    .arg(names.last().toHtmlEscaped(), QString::fromStdString(run.summary.devices).toHtmlEscaped())
                    .arg(report.endToEndMs, 0, 'f', 3)
                    .arg(report.layerSumMs, 0, 'f', 3)
                    .arg(report.endToEndMs - report.layerSumMs, 0, 'f', 3);
    }
    totals_->setText(tr("<table cellspacing=6><tr><th align=left>run</th><th align=left>devices</th><th>end to end (median)</th>"
                        "<th>per-layer sum</th><th>difference</th></tr>%1</table>")
                         .arg(rows));
    subgraphSeries_ = stackedSeries(bySubgraph);
    opTypeSeries_ = stackedSeries(byOpType);
    replaceChart(subgraphChart_, makeChart(tr("Time per subgraph"), subgraphSeries_, names));
    replaceChart(opTypeChart_, makeChart(tr("Time per op type"), opTypeSeries_, names));

    std::vector<std::string> folded, foldedOps;
    for (const RunReport& report : loaded.reports) {
        if (!report.model) continue;
        folded = report.model->folded();
        foldedOps = report.model->foldedOpTypes();
        break;
    }
    nodes_->setRows(store::alignNodes(reports, folded, foldedOps), names);
}

QString CompareView::totalsText() const { return totals_->text(); }

} // namespace fusebox::studio
