#pragma once
// A run's figures painted on the graph: per node its time, its share of the run, or the
// ratio of two runs' times; the accuracy of each output on the node that produces it.
// Built once per run in O(nodes) (names are looked up in the graph's hash), so the scene
// colours a 10k-node graph in one pass.

#include "run_loader.h"
#include "ir/graph.h"

#include <QColor>
#include <QCoreApplication>
#include <QHash>
#include <QString>

namespace fusebox::studio {

enum class HeatMetric { Time, Share, Ratio };

// What one node or box contributes: `a` is the time (µs) or share of the (first) run;
// `b` the second run's time, for ratios. Boxes add up their members' figures.
struct HeatFigure {
    double a = 0;
    double b = 0;
    HeatFigure& operator+=(const HeatFigure& other) {
        a += other.a;
        b += other.b;
        return *this;
    }
};

struct HeatMap {
    Q_DECLARE_TR_FUNCTIONS(fusebox::studio::HeatMap)

public:
    HeatMetric metric = HeatMetric::Time;
    QString title;                      // what the colours mean, for the legend
    QHash<NodeId, HeatFigure> nodes;    // nodes with a time of their own
    QHash<int, HeatFigure> subgraphs;   // the run's subgraphs by id, for boxes whose nodes have no own time (one run only)
    QHash<NodeId, QString> tooltips;    // the figures, one line each
    QHash<NodeId, QString> accuracy;    // on the producer of each checked output

    // The figure shown: time or share as is, ratio b / a (NaN when a is 0).
    double valueOf(const HeatFigure& figure) const;
    // The colour of a value on a scale from 0 to `max` (ratios: the fixed diverging scale).
    QColor colorOf(double value, double max) const;
    QString formatValue(double value) const;
};

// Time or Share of one run, from its layer report.
HeatMap heatOfRun(const store::StoredRun& run, const RunReport& report, const Graph& graph, HeatMetric metric);
// The time of `b` against `a` (ratio below 1: b is faster).
HeatMap heatOfRatio(const store::StoredRun& a, const RunReport& reportA, const store::StoredRun& b, const RunReport& reportB,
                    const Graph& graph);

} // namespace fusebox::studio
