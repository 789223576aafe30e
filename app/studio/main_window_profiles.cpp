// The main window's profile part: the Profile dock (runs profiles), the Tune dock (tuning
// and accuracy bisection), File → Profiles, the Runs and Profile Results docks and the
// Profile menu, all on one ProfileDatabase.
#include "main_window.h"

#include "graph_view.h"
#include "measurement_gate.h"
#include "profile_database.h"
#include "profile_dock.h"
#include "profile_file_actions.h"
#include "profile_views.h"
#include "tune_panel.h"

#include <QActionGroup>
#include <QDockWidget>
#include <QFileDialog>
#include <QMenuBar>
#include <QScrollArea>
#include <QStatusBar>
#include <QTabWidget>

namespace fusebox::studio {
namespace {

// The profile panels need more height than a dock row has on a laptop screen; in a
// scroll area they no longer force the window to grow (1600×1000 stayed 1007 px high).
QScrollArea* scrollable(QWidget* content, QWidget* parent) {
    auto* area = new QScrollArea(parent);
    area->setWidget(content);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    return area;
}

} // namespace

// The profile dock (beside the inspector), its database and the File menu's Profiles entries.
void MainWindow::createProfiling(QMenu* file) {
    profileDatabase_ = new ProfileDatabase(this);
    profileDock_ = new ProfileDock(document_, profileDatabase_, this);
    auto* actions = new ProfileFileActions(document_, profileDatabase_, this);
    actions->addTo(file);
    QDockWidget* dock = makeDock(tr("Profile"), QStringLiteral("ProfileDock"), scrollable(profileDock_, this));
    addDockWidget(Qt::RightDockWidgetArea, dock);
    tabifyDockWidget(inspectorDock_, dock);
    inspectorDock_->raise(); // the inspector stays the tab in front
    connect(profileDock_, &ProfileDock::message, this, &MainWindow::log);
    connect(actions, &ProfileFileActions::message, this, &MainWindow::log);

    tunePanel_ = new TunePanel(document_, profileDatabase_, undo_, this);
    tuneDock_ = makeDock(tr("Tune"), QStringLiteral("TuneDock"), scrollable(tunePanel_, this));
    addDockWidget(Qt::RightDockWidgetArea, tuneDock_);
    tabifyDockWidget(dock, tuneDock_);
    inspectorDock_->raise(); // still the tab in front
    connect(tunePanel_, &TunePanel::message, this, &MainWindow::log);
    connect(tunePanel_, &TunePanel::nodesWanted, this, &MainWindow::selectNodeNames);

    auto* gate = new MeasurementGate(this); // one measurement at a time
    profileDock_->setMeasurementGate(gate);
    tunePanel_->setMeasurementGate(gate);
}

void MainWindow::createProfileViews() {
    profiles_ = new ProfileViews(document_, profileDatabase_, scene_, view_->viewport(), this);
    connect(profiles_->loader()->jobs(), &JobRunner::idle, this, &MainWindow::emitIdleWhenIdle);
    connect(profiles_->loader()->jobs(), &JobRunner::failed, this,
            [this](quint64, const QString& why) { log(tr("Reading the runs failed: %1").arg(why)); });
    auto* results = new QTabWidget(this);
    results->addTab(profiles_->compareView(), tr("Compare"));
    results->addTab(profiles_->reportView(), tr("Layer Report"));
    QDockWidget* runsDock = makeDock(tr("Runs"), QStringLiteral("RunsDock"), profiles_->browser());
    QDockWidget* resultsDock = makeDock(tr("Profile Results"), QStringLiteral("ProfileResultsDock"), scrollable(results, this));
    addDockWidget(Qt::BottomDockWidgetArea, runsDock);
    addDockWidget(Qt::BottomDockWidgetArea, resultsDock);
    tabifyDockWidget(partitionDock_, runsDock);
    tabifyDockWidget(logDock_, resultsDock);
    partitionDock_->raise(); // the partition table and the log stay the tabs in front
    logDock_->raise();

    connect(profiles_, &ProfileViews::modelWanted, this, [this](const QString& path) { openModel(path); });
    connect(profiles_, &ProfileViews::message, this, [this](const QString& text) { log(text); });
    connect(profiles_, &ProfileViews::comparisonShown, this, [results, resultsDock] {
        resultsDock->show();
        resultsDock->raise();
        results->setCurrentIndex(0);
    });
    connect(profiles_, &ProfileViews::reportShown, this, [results, resultsDock] {
        resultsDock->show();
        resultsDock->raise();
        results->setCurrentIndex(1);
    });

    QMenu* menu = menuBar()->addMenu(tr("&Profile"));
    menu->addAction(tr("&Reload Runs"), QKeySequence(Qt::Key_F5), profiles_->browser(), &RunsBrowser::reload);
    menu->addAction(tr("&Inspect Selected Run"), profiles_->browser(), &RunsBrowser::inspectSelected);
    menu->addAction(tr("&Compare Selected Runs"), profiles_->browser(), &RunsBrowser::compareSelected);
    menu->addSeparator();
    // Both start at once with the Tune dock's bound and budget, and show the dock.
    const auto showTuneDock = [this] {
        tuneDock_->show();
        tuneDock_->raise();
    };
    menu->addAction(tr("&Tune Partition"), this, [this, showTuneDock] {
        showTuneDock();
        tunePanel_->startTune();
    });
    menu->addAction(tr("Find &Accuracy Culprit"), this, [this, showTuneDock] {
        showTuneDock();
        tunePanel_->startBisect();
    });
    menu->addSeparator();
    QMenu* heat = menu->addMenu(tr("&Heat Map"));
    auto* choices = new QActionGroup(this);
    const QList<std::pair<QString, std::optional<HeatMetric>>> metrics = {{tr("Off"), std::nullopt},
                                                                          {tr("Time"), HeatMetric::Time},
                                                                          {tr("Share"), HeatMetric::Share},
                                                                          {tr("Ratio of Two Runs"), HeatMetric::Ratio}};
    for (const auto& [label, metric] : metrics) {
        QAction* choice = heat->addAction(label);
        choice->setCheckable(true);
        choice->setChecked(!metric);
        choices->addAction(choice);
        connect(choice, &QAction::triggered, this, [this, metric] { profiles_->setHeatMetric(metric); });
    }
    menu->addSeparator();
    menu->addAction(runsDock->toggleViewAction());
    menu->addAction(resultsDock->toggleViewAction());
    menu->addAction(tuneDock_->toggleViewAction());
}

} // namespace fusebox::studio
