#pragma once
// `fusebox-studio --screenshot FILE.png MODEL`: the main window rendered offscreen at a
// fixed size, for tests, docs and machines without a display.

#include <QString>
#include <QStringList>

class QTextStream;

namespace fusebox::studio {

struct ScreenshotRequest {
    QString imagePath;
    QString modelPath;
    QString configPath;
    QStringList selectNodes;
    int zoomPercent = 0; // 0: fit the graph to the view
    bool fused = false;  // each subgraph as one box
};

// The exit code: 0 written, 1 the work failed, 2 bad input; on failure the error itself
// (the file, line and what was wrong) goes to `errors`.
int renderScreenshot(const ScreenshotRequest& request, QTextStream& errors);

} // namespace fusebox::studio
