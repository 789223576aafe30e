#pragma once
// `fusebox-studio --screenshot FILE.png MODEL`: the main window rendered offscreen at a
// fixed size, for tests, docs and machines without a display; with --db and --view, the
// profile views of stored runs (compare view, heat map on the graph, layer report).

#include "store/run_record.h"

#include <QList>
#include <QString>
#include <QStringList>

class QTextStream;

namespace fusebox::studio {

enum class ScreenshotView { Graph, Compare, Heat, Report };

struct ScreenshotRequest {
    QString imagePath;
    QString modelPath;
    QString configPath;
    QStringList selectNodes;
    int zoomPercent = 0; // 0: fit the graph to the view
    bool fused = false;  // the fused view also for a model small enough to open node by node
    QString database = {}; // the profile database (empty: the default one)
    ScreenshotView view = ScreenshotView::Graph;
    QList<store::RunId> runs = {}; // compare: two or more; report: one; heat: one (time) or two (ratio)
};

// The exit code: 0 written, 1 the work failed, 2 bad input; on failure the error itself
// (the file, line and what was wrong) goes to `errors`.
int renderScreenshot(const ScreenshotRequest& request, QTextStream& errors);

// "compare" etc.; false for an unknown name.
bool parseScreenshotView(const QString& name, ScreenshotView* view);
// "1,2,3" -> {1, 2, 3}; false when an item is not a positive integer.
bool parseRunIds(const QString& text, QList<store::RunId>* ids);

} // namespace fusebox::studio
