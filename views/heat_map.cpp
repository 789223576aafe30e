#include "heat_map.h"

#include "compare_view.h"
#include "heat_scale.h"
#include "node_alignment_model.h"

#include <cmath>
#include <limits>

namespace fusebox::studio {
namespace {

constexpr double kMillisecondsFromUs = 10000; // times from here on read as ms

QString where(const store::LayerRow& row) {
    const QString device = QString::fromStdString(row.device);
    return row.subgraph ? HeatMap::tr("%1 sg %2").arg(device).arg(*row.subgraph) : device;
}

QString rowText(const store::LayerRow& row) {
    QString text = HeatMap::tr("%1 (%2) on %3").arg(QString::fromStdString(row.node), QString::fromStdString(row.opType), where(row));
    if (row.medianUs) text += HeatMap::tr("\n%1 µs, %2% of the per-layer sum").arg(*row.medianUs, 0, 'f', 1).arg(row.share * 100, 0, 'f', 1);
    else text += QLatin1Char('\n') + timeNoteLabel(row.note);
    if (row.gflopsPerSecond) text += HeatMap::tr("\n%1 GFLOP/s").arg(*row.gflopsPerSecond, 0, 'f', 2);
    return text;
}

QHash<int, double> subgraphUs(const store::StoredRun& run) {
    QHash<int, double> us;
    for (const store::ItemTiming& step : run.results.subgraphs) {
        if (step.subgraph && step.stats.samples > 0) us.insert(*step.subgraph, step.stats.medianMs * 1000.0);
    }
    return us;
}

void addAccuracy(HeatMap& heat, const store::StoredRun& run, const Graph& graph) {
    for (const store::OutputAccuracy& output : run.results.accuracy) {
        const auto value = graph.findValue(output.output);
        if (!value || graph.value(*value).producer == kNoNode) continue;
        QString& text = heat.accuracy[graph.value(*value).producer];
        if (!text.isEmpty()) text += QLatin1Char('\n');
        text += HeatMap::tr("%1: cos %2, max abs %3")
                    .arg(QString::fromStdString(output.output))
                    .arg(output.accuracy.cosine, 0, 'f', 6)
                    .arg(output.accuracy.maxAbsError, 0, 'g', 3);
    }
}

} // namespace

double HeatMap::valueOf(const HeatFigure& figure) const {
    if (metric != HeatMetric::Ratio) return figure.a;
    return figure.a > 0 ? figure.b / figure.a : std::numeric_limits<double>::quiet_NaN();
}

QColor HeatMap::colorOf(double value, double max) const {
    if (std::isnan(value)) return QColor(0xdd, 0xdd, 0xdd);
    if (metric == HeatMetric::Ratio) return ratioColor(value);
    return sequentialColor(max > 0 ? value / max : 0);
}

QString HeatMap::formatValue(double value) const {
    switch (metric) {
    case HeatMetric::Time:
        return value >= kMillisecondsFromUs ? tr("%1 ms").arg(value / 1000, 0, 'f', 1) : tr("%1 µs").arg(value, 0, 'f', 1);
    case HeatMetric::Share: return tr("%1%").arg(value * 100, 0, 'f', 1);
    case HeatMetric::Ratio: return tr("%1×").arg(value, 0, 'f', 2);
    }
    return {};
}

HeatMap heatOfRun(const store::StoredRun& run, const RunReport& report, const Graph& graph, HeatMetric metric) {
    HeatMap heat;
    heat.metric = metric;
    heat.title = (metric == HeatMetric::Share ? HeatMap::tr("Share of %1") : HeatMap::tr("Time of %1")).arg(runName(run.summary));
    const double layerSumUs = report.report.layerSumMs * 1000.0;
    for (auto [id, us] : subgraphUs(run).asKeyValueRange()) {
        heat.subgraphs.insert(id, {metric == HeatMetric::Share ? (layerSumUs > 0 ? us / layerSumUs : 0) : us, 0});
    }
    for (const store::LayerRow& row : report.report.rows) {
        const auto id = graph.findNode(row.node);
        if (!id) continue;
        heat.tooltips.insert(*id, rowText(row));
        if (row.medianUs) heat.nodes.insert(*id, {metric == HeatMetric::Share ? row.share : *row.medianUs, 0});
    }
    addAccuracy(heat, run, graph);
    return heat;
}

HeatMap heatOfRatio(const store::StoredRun& a, const RunReport& reportA, const store::StoredRun& b, const RunReport& reportB,
                    const Graph& graph) {
    HeatMap heat;
    heat.metric = HeatMetric::Ratio;
    heat.title = HeatMap::tr("Time of %1 / %2").arg(runName(b.summary), runName(a.summary));
    QHash<QString, const store::LayerRow*> rowsB;
    for (const store::LayerRow& row : reportB.report.rows) rowsB.insert(QString::fromStdString(row.node), &row);
    for (const store::LayerRow& row : reportA.report.rows) {
        const auto id = graph.findNode(row.node);
        const store::LayerRow* other = rowsB.value(QString::fromStdString(row.node));
        if (!id || !other) continue;
        QString text = runName(a.summary) + QLatin1Char(' ') + rowText(row) + QLatin1Char('\n') + runName(b.summary) + QLatin1Char(' ') +
                       rowText(*other);
        if (row.medianUs && other->medianUs) {
            heat.nodes.insert(*id, {*row.medianUs, *other->medianUs});
            if (*row.medianUs > 0) text += HeatMap::tr("\nratio %1×").arg(*other->medianUs / *row.medianUs, 0, 'f', 2);
        }
        heat.tooltips.insert(*id, text);
    }
    addAccuracy(heat, b, graph);
    return heat;
}

} // namespace fusebox::studio
