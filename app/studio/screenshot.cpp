#include "screenshot.h"

#include "graph_view.h"
#include "main_window.h"
#include "profile_database.h"
#include "profile_views.h"

#include <QTextStream>

namespace fusebox::studio {
namespace {

constexpr QSize kScreenshotSize(1600, 1000);
constexpr int kTimeoutMs = 120000;

// Runs the event loop until the window's partition, layout and run loading are done;
// false on timeout.
class Screenshot {
public:
    Screenshot(const ScreenshotRequest& request, QTextStream& errors) : request_(request), errors_(errors) {}

    int render() {
        window_.resize(kScreenshotSize);
        window_.show();
        if (!request_.database.isEmpty()) window_.profileDatabase()->setPath(request_.database);
        if (!window_.openModel(request_.modelPath, request_.configPath)) return fail(2, window_.lastError());
        if (request_.fused) window_.setFusedView(true); // else the model's size decides

        if (!waitForIdle(window_, kTimeoutMs)) return fail(1, MainWindow::tr("partition and layout did not finish in time"));
        if (!window_.document()->session()) return fail(2, window_.lastError());
        if (request_.zoomPercent > 0) {
            window_.view()->resetZoom();
            window_.view()->scale(request_.zoomPercent / 100.0, request_.zoomPercent / 100.0);
        } else {
            window_.view()->fit();
        }
        if (!request_.selectNodes.isEmpty() && !window_.selectNodeNames(request_.selectNodes)) {
            return fail(2, MainWindow::tr("--select: no node named %1").arg(request_.selectNodes.join(QStringLiteral(", "))));
        }
        if (request_.view != ScreenshotView::Graph) return renderProfileView();
        waitForIdle(window_, kTimeoutMs);
        return save(window_);
    }

private:
    int fail(int code, const QString& message) {
        errors_ << message << Qt::endl;
        return code;
    }

    int save(QWidget& widget) {
        if (!widget.grab().save(request_.imagePath, "PNG")) {
            return fail(1, MainWindow::tr("%1: cannot write the image").arg(request_.imagePath));
        }
        return 0;
    }

    // Loads the runs into the window's profile views; an error text, empty when loaded.
    QString loadRuns() {
        ProfileViews* profiles = window_.profileViews();
        QString error;
        QObject::connect(profiles, &ProfileViews::message, &window_, [&error](const QString& text) { error = text; });
        if (request_.runs.size() == 1) profiles->inspect(request_.runs.first());
        else profiles->compare(request_.runs);
        if (!waitForIdle(window_, kTimeoutMs)) return MainWindow::tr("the runs did not load in time");
        if (profiles->shown().ids != request_.runs) return error.isEmpty() ? MainWindow::tr("the runs could not be read") : error;
        return {};
    }

    int renderProfileView() {
        const qsizetype needed = request_.view == ScreenshotView::Compare ? 2 : 1;
        if (request_.runs.size() < needed || (request_.view == ScreenshotView::Report && request_.runs.size() != 1)) {
            return fail(2, request_.view == ScreenshotView::Compare
                               ? MainWindow::tr("--view compare needs --runs with two or more run ids")
                               : MainWindow::tr("--view report and heat need --run ID"));
        }
        if (const QString error = loadRuns(); !error.isEmpty()) return fail(2, error);
        ProfileViews* profiles = window_.profileViews();
        if (request_.view == ScreenshotView::Compare) {
            CompareView view;
            view.resize(kScreenshotSize);
            view.showRuns(profiles->shown());
            view.show();
            return save(view);
        }
        if (request_.view == ScreenshotView::Report) {
            LayerReportView view;
            view.resize(kScreenshotSize);
            view.showRun(profiles->shown().reports.front());
            view.show();
            return save(view);
        }
        profiles->setHeatMetric(request_.runs.size() >= 2 ? HeatMetric::Ratio : HeatMetric::Time);
        waitForIdle(window_, kTimeoutMs);
        return save(window_);
    }

    const ScreenshotRequest& request_;
    QTextStream& errors_;
    MainWindow window_;
};

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

int renderScreenshot(const ScreenshotRequest& request, QTextStream& errors) { return Screenshot(request, errors).render(); }

} // namespace fusebox::studio
