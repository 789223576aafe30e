#pragma once
// The studio's profile views working together: the runs browser asks for runs, the
// loader reads them in the background, and they are shown in the compare view (two or
// more), the layer report (one) and as a heat map on the open model's graph. The main
// window puts the widgets in docks and the actions in its menus.

#include "compare_view.h"
#include "heat_map.h"
#include "layer_report_view.h"
#include "run_loader.h"
#include "runs_browser.h"

#include <QObject>

#include <optional>

namespace fusebox::studio {

class GraphScene;
class HeatLegend;
class ProfileDatabase;
class StudioDocument;

class ProfileViews : public QObject {
    Q_OBJECT

public:
    // `scene` and `document` are the window's; the legend goes on `graphViewport`. The
    // runs are `database`'s: the browser follows its path and reloads when runs are stored.
    ProfileViews(StudioDocument* document, ProfileDatabase* database, GraphScene* scene, QWidget* graphViewport,
                 QWidget* parent);

    RunsBrowser* browser() const { return browser_; }
    CompareView* compareView() const { return compare_; }
    LayerReportView* reportView() const { return report_; }
    HeatLegend* legend() const { return legend_; }
    RunLoader* loader() const { return loader_; }
    bool isBusy() const { return loader_->isBusy(); }

    void compare(const QList<store::RunId>& ids);
    void inspect(store::RunId id);
    // None: device colours. Ratio needs two runs (the last shown against the first).
    void setHeatMetric(std::optional<HeatMetric> metric);
    std::optional<HeatMetric> heatMetric() const { return metric_; }
    const LoadedRuns& shown() const { return shown_; }

signals:
    void modelWanted(const QString& modelPath);
    void comparisonShown();
    void reportShown();
    void message(const QString& text);

private:
    void onLoaded(const LoadedRuns& runs);
    void updateHeat();

    StudioDocument* document_;
    ProfileDatabase* database_;
    GraphScene* scene_;
    RunsBrowser* browser_;
    CompareView* compare_;
    LayerReportView* report_;
    RunLoader* loader_;
    HeatLegend* legend_;
    LoadedRuns shown_;
    std::optional<HeatMetric> metric_;
};

} // namespace fusebox::studio
