#include "profile_views.h"

#include "graph_scene.h"
#include "heat_legend.h"
#include "profile_database.h"
#include "studio_document.h"

namespace fusebox::studio {

ProfileViews::ProfileViews(StudioDocument* document, ProfileDatabase* database, GraphScene* scene, QWidget* graphViewport,
                           QWidget* parent)
    : QObject(parent), document_(document), database_(database), scene_(scene), browser_(new RunsBrowser(parent)), compare_(new CompareView(parent)),
      report_(new LayerReportView(parent)), loader_(new RunLoader(this)), legend_(new HeatLegend(scene, graphViewport)) {
    connect(browser_, &RunsBrowser::modelWanted, this, &ProfileViews::modelWanted);
    connect(browser_, &RunsBrowser::compareRequested, this, &ProfileViews::compare);
    connect(browser_, &RunsBrowser::inspectRequested, this, &ProfileViews::inspect);
    connect(loader_, &RunLoader::loaded, this, &ProfileViews::onLoaded);
    connect(database_, &ProfileDatabase::pathChanged, browser_, &RunsBrowser::setDatabase);
    connect(database_, &ProfileDatabase::runsStored, browser_, &RunsBrowser::reload);
    browser_->setDatabase(database_->path());
    connect(document_, &StudioDocument::planChanged, this, [this] {
        const auto session = document_->session();
        browser_->setCurrentModelHash(session ? QString::fromStdString(session->session->modelHash()) : QString());
        updateHeat(); // the graph's node ids are the new plan's
    });
}

void ProfileViews::compare(const QList<store::RunId>& ids) { loader_->request(database_->path(), ids); }

void ProfileViews::inspect(store::RunId id) { loader_->request(database_->path(), {id}); }

void ProfileViews::onLoaded(const LoadedRuns& runs) {
    if (!runs.error.isEmpty()) {
        emit message(runs.error);
        return;
    }
    shown_ = runs;
    if (runs.runs.size() >= 2) {
        compare_->showRuns(runs);
        emit comparisonShown();
    } else if (!runs.runs.empty()) {
        report_->showRun(runs.reports.front());
        emit reportShown();
    }
    for (const RunReport& report : runs.reports) {
        if (!report.note.empty()) emit message(QString::fromStdString(report.note));
    }
    updateHeat();
}

void ProfileViews::setHeatMetric(std::optional<HeatMetric> metric) {
    metric_ = metric;
    updateHeat();
}

void ProfileViews::updateHeat() {
    const auto session = document_->session();
    if (!metric_ || !session || shown_.runs.empty()) {
        scene_->setHeatMap(nullptr);
        return;
    }
    const Graph& graph = session->model().graph;
    if (*metric_ == HeatMetric::Ratio) {
        if (shown_.runs.size() < 2) {
            emit message(tr("A ratio heat map needs two runs: compare them first."));
            scene_->setHeatMap(nullptr);
            return;
        }
        scene_->setHeatMap(std::make_shared<HeatMap>(
            heatOfRatio(shown_.runs.front(), shown_.reports.front(), shown_.runs.back(), shown_.reports.back(), graph)));
        return;
    }
    scene_->setHeatMap(std::make_shared<HeatMap>(heatOfRun(shown_.runs.front(), shown_.reports.front(), graph, *metric_)));
}

} // namespace fusebox::studio
