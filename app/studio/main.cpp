// fusebox-studio [MODEL] [--config CFG] [--db DB] [--view compare|heat|report --runs ID,ID,... | --run ID]
// fusebox-studio --screenshot FILE.png MODEL [--config CFG] [--select NODE] [--zoom PERCENT] [--fused]
//                [--db DB] [--view graph|compare|heat|report] [--runs ID,ID,... | --run ID]
#include "main_window.h"
#include "profile_database.h"
#include "profile_views.h"
#include "screenshot.h"
#include "studio_settings.h"
#include "version.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTextStream>

#include <cstdlib>
#include <cstring>

namespace {

bool wantsScreenshot(int argc, char** argv) {
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--screenshot") == 0 || std::strncmp(argv[i], "--screenshot=", 13) == 0) return true;
    }
    return false;
}

// A variable set to "" names no display either.
bool hasDisplay() {
    for (const char* name : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"}) {
        const char* value = std::getenv(name);
        if (value && *value) return true;
    }
    return false;
}

} // namespace

int main(int argc, char** argv) {
    using namespace fusebox::studio;
    // A screenshot needs no display; without one, Qt would abort before we can explain.
    const bool screenshotOnly = wantsScreenshot(argc, argv);
    const bool noDisplay = !screenshotOnly && !hasDisplay();
    if (screenshotOnly || noDisplay) qputenv("QT_QPA_PLATFORM", "offscreen");

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("fusebox-studio"));
    QApplication::setOrganizationName(QStringLiteral("fusebox"));
    QApplication::setApplicationVersion(QStringLiteral(FUSEBOX_VERSION));
    installTranslation(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Fusebox Studio: see and edit how a model is partitioned across devices."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("MODEL"), QApplication::translate("main", "The ONNX model to open."));
    const QCommandLineOption config(QStringLiteral("config"), QApplication::translate("main", "The partition config (TOML)."), QStringLiteral("CFG"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        QApplication::translate("main", "Render the main window offscreen to a PNG file and exit."),
                                        QStringLiteral("FILE.png"));
    const QCommandLineOption select(QStringLiteral("select"), QApplication::translate("main", "Select this node (repeatable)."), QStringLiteral("NODE"));
    const QCommandLineOption zoom(QStringLiteral("zoom"), QApplication::translate("main", "Screenshot zoom in percent (default: fit)."),
                                  QStringLiteral("PERCENT"));
    const QCommandLineOption fused(QStringLiteral("fused"), QApplication::translate("main", "Screenshot of the fused view (one box per subgraph)."));
    const QCommandLineOption db(QStringLiteral("db"), QApplication::translate("main", "The profile database (default: the one the fusebox CLI uses)."),
                                QStringLiteral("FILE"));
    const QCommandLineOption view(QStringLiteral("view"),
                                  QApplication::translate("main", "Screenshot of: graph (default), compare, heat or report."),
                                  QStringLiteral("VIEW"));
    const QCommandLineOption runs(QStringLiteral("runs"), QApplication::translate("main", "Stored run ids for --view, comma-separated."),
                                  QStringLiteral("IDS"));
    const QCommandLineOption run(QStringLiteral("run"), QApplication::translate("main", "One stored run id for --view."), QStringLiteral("ID"));
    parser.addOptions({config, screenshot, select, zoom, fused, db, view, runs, run});
    parser.process(app);
    const QStringList models = parser.positionalArguments();
    QTextStream err(stderr);

    if (parser.isSet(screenshot)) {
        if (models.size() != 1) {
            err << QApplication::translate("main", "--screenshot needs exactly one MODEL") << Qt::endl;
            return 2;
        }
        ScreenshotRequest request{parser.value(screenshot), models.first(), parser.value(config), parser.values(select),
                                  parser.value(zoom).toInt(), parser.isSet(fused), parser.value(db), ScreenshotView::Graph, {}};
        if (parser.isSet(view) && !parseScreenshotView(parser.value(view), &request.view)) {
            err << QApplication::translate("main", "--view %1: expected graph, compare, heat or report").arg(parser.value(view)) << Qt::endl;
            return 2;
        }
        const QString ids = parser.isSet(runs) ? parser.value(runs) : parser.value(run);
        if ((parser.isSet(runs) || parser.isSet(run)) && !parseRunIds(ids, &request.runs)) {
            err << QApplication::translate("main", "--runs %1: expected run ids such as 1,2,3").arg(ids) << Qt::endl;
            return 2;
        }
        return renderScreenshot(request, err);
    }
    if (noDisplay) {
        err << QApplication::translate("main",
                                       "fusebox-studio: no display found (DISPLAY and WAYLAND_DISPLAY are not set).\n"
                                       "Run it under a virtual display:  xvfb-run -a fusebox-studio MODEL --config CFG\n"
                                       "or render a picture:             fusebox-studio --screenshot out.png MODEL --config CFG")
            << Qt::endl;
        return 1;
    }
    MainWindow window;
    if (parser.isSet(db)) window.profileDatabase()->setPath(parser.value(db));
    window.show();
    if (!models.isEmpty()) window.openModel(models.first(), parser.value(config));
    // --view compare --runs 1,2,3 (or report/heat --run 2) opens on those runs.
    QList<fusebox::store::RunId> shown;
    if (parseRunIds(parser.isSet(runs) ? parser.value(runs) : parser.value(run), &shown)) {
        if (shown.size() == 1) window.profileViews()->inspect(shown.first());
        else window.profileViews()->compare(shown);
        if (parser.value(view) == QLatin1String("heat")) {
            window.profileViews()->setHeatMetric(shown.size() == 1 ? HeatMetric::Time : HeatMetric::Ratio);
        }
    }
    return app.exec();
}
