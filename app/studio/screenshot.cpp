#include "screenshot.h"

#include "graph_view.h"
#include "main_window.h"

#include <QEventLoop>
#include <QTextStream>
#include <QTimer>

namespace fusebox::studio {
namespace {

constexpr QSize kScreenshotSize(1600, 1000);
constexpr int kTimeoutMs = 120000;

// Runs the event loop until the window's partition and layout are done; false on timeout.
bool waitForIdle(MainWindow& window) {
    if (!window.isBusy()) return true;
    QEventLoop loop;
    QObject::connect(&window, &MainWindow::idle, &loop, &QEventLoop::quit);
    QTimer::singleShot(kTimeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    return !window.isBusy();
}

} // namespace

int renderScreenshot(const ScreenshotRequest& request, QTextStream& errors) {
    const auto fail = [&errors](int code, const QString& message) {
        errors << message << Qt::endl;
        return code;
    };
    MainWindow window;
    window.resize(kScreenshotSize);
    window.show();
    window.setFusedView(request.fused);
    if (!window.openModel(request.modelPath, request.configPath)) {
        return fail(2, window.lastError());
    }
    if (!waitForIdle(window)) return fail(1, MainWindow::tr("partition and layout did not finish in time"));
    if (!window.document()->session()) return fail(2, window.lastError());
    if (request.zoomPercent > 0) {
        window.view()->resetZoom();
        window.view()->scale(request.zoomPercent / 100.0, request.zoomPercent / 100.0);
    } else {
        window.view()->fit();
    }
    if (!request.selectNodes.isEmpty() && !window.selectNodeNames(request.selectNodes)) {
        return fail(2, MainWindow::tr("--select: no node named %1").arg(request.selectNodes.join(QStringLiteral(", "))));
    }
    waitForIdle(window);
    if (!window.grab().save(request.imagePath, "PNG")) {
        return fail(1, MainWindow::tr("%1: cannot write the image").arg(request.imagePath));
    }
    return 0;
}

} // namespace fusebox::studio
