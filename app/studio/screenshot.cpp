#include "screenshot.h"

#include "graph_view.h"
#include "main_window.h"
#include "profile_views.h"

#include <QTextStream>

namespace fusebox::studio {
namespace {

constexpr QSize kScreenshotSize(1600, 1000);
constexpr int kTimeoutMs = 120000;

int fail(int code, const QString& message) {
    QTextStream(stderr) << message << Qt::endl;
    return code;
}

int save(QWidget& widget, const QString& path) {
    if (!widget.grab().save(path, "PNG")) return fail(1, MainWindow::tr("%1: cannot write the image").arg(path));
    return 0;
}

// Loads the runs into the window's profile views; an error text, empty when loaded.
QString loadRuns(MainWindow& window, const ScreenshotRequest& request) {
    ProfileViews* profiles = window.profileViews();
    QString error;
    QObject::connect(profiles, &ProfileViews::message, &window, [&error](const QString& text) { error = text; });
    if (request.runs.size() == 1) profiles->inspect(request.runs.first());
    else profiles->compare(request.runs);
    if (!window.waitUntilIdle(kTimeoutMs)) return MainWindow::tr("the runs did not load in time");
    if (profiles->shown().ids != request.runs) return error.isEmpty() ? MainWindow::tr("the runs could not be read") : error;
    return {};
}

int renderProfileView(MainWindow& window, const ScreenshotRequest& request) {
    const qsizetype needed = request.view == ScreenshotView::Compare ? 2 : 1;
    if (request.runs.size() < needed || (request.view == ScreenshotView::Report && request.runs.size() != 1)) {
        return fail(2, request.view == ScreenshotView::Compare ? MainWindow::tr("--view compare needs --runs with two or more run ids")
                                                               : MainWindow::tr("--view report and heat need --run ID"));
    }
    if (!request.database.isEmpty()) window.setProfileDatabase(request.database);
    if (const QString error = loadRuns(window, request); !error.isEmpty()) return fail(2, error);
    ProfileViews* profiles = window.profileViews();
    if (request.view == ScreenshotView::Compare) {
        CompareView view;
        view.resize(kScreenshotSize);
        view.showRuns(profiles->shown());
        view.show();
        return save(view, request.imagePath);
    }
    if (request.view == ScreenshotView::Report) {
        LayerReportView view;
        view.resize(kScreenshotSize);
        view.showRun(profiles->shown().reports.front());
        view.show();
        return save(view, request.imagePath);
    }
    profiles->setHeatMetric(request.runs.size() >= 2 ? HeatMetric::Ratio : HeatMetric::Time);
    window.waitUntilIdle(kTimeoutMs);
    return save(window, request.imagePath);
}

} // namespace

bool parseScreenshotView(const QString& name, ScreenshotView* view) {
    const QList<std::pair<QString, ScreenshotView>> names = {{QStringLiteral("graph"), ScreenshotView::Graph},
                                                             {QStringLiteral("compare"), ScreenshotView::Compare},
                                                             {QStringLiteral("heat"), ScreenshotView::Heat},
                                                             {QStringLiteral("report"), ScreenshotView::Report}};
    for (const auto& [text, value] : names) {
        if (name == text) {
            *view = value;
            return true;
        }
    }
    return false;
}

bool parseRunIds(const QString& text, QList<store::RunId>* ids) {
    ids->clear();
    for (const QString& item : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const qlonglong id = item.trimmed().toLongLong(&ok);
        if (!ok || id <= 0) return false;
        ids->append(id);
    }
    return !ids->isEmpty();
}

int renderScreenshot(const ScreenshotRequest& request) {
    MainWindow window;
    window.resize(kScreenshotSize);
    window.show();
    window.setFusedView(request.fused);
    if (!window.openModel(request.modelPath, request.configPath)) {
        return fail(2, MainWindow::tr("cannot open %1 with config '%2'").arg(request.modelPath, request.configPath));
    }
    if (!window.waitUntilIdle(kTimeoutMs)) return fail(1, MainWindow::tr("partition and layout did not finish in time"));
    if (!window.document()->session()) return fail(2, MainWindow::tr("the model could not be partitioned; see the log"));
    if (request.zoomPercent > 0) {
        window.view()->resetZoom();
        window.view()->scale(request.zoomPercent / 100.0, request.zoomPercent / 100.0);
    } else {
        window.view()->fit();
    }
    if (!request.selectNodes.isEmpty() && !window.selectNodeNames(request.selectNodes)) {
        return fail(2, MainWindow::tr("--select: no node named %1").arg(request.selectNodes.join(QStringLiteral(", "))));
    }
    if (request.view != ScreenshotView::Graph) return renderProfileView(window, request);
    window.waitUntilIdle(kTimeoutMs);
    return save(window, request.imagePath);
}

} // namespace fusebox::studio
