// The main window's profile part: the Runs and Profile docks and the Profile menu.
#include "main_window.h"

#include "graph_view.h"
#include "profile_views.h"
#include "store/profile_store.h"

#include <QActionGroup>
#include <QDockWidget>
#include <QFileDialog>
#include <QMenuBar>
#include <QStatusBar>
#include <QTabWidget>

namespace fusebox::studio {

void MainWindow::createProfileViews() {
    profiles_ = new ProfileViews(document_, scene_, view_->viewport(), this);
    auto* results = new QTabWidget(this);
    results->addTab(profiles_->compareView(), tr("Compare"));
    results->addTab(profiles_->reportView(), tr("Layer Report"));
    auto* runsDock = new QDockWidget(tr("Runs"), this);
    runsDock->setObjectName(QStringLiteral("RunsDock"));
    runsDock->setWidget(profiles_->browser());
    auto* resultsDock = new QDockWidget(tr("Profile Results"), this);
    resultsDock->setObjectName(QStringLiteral("ProfileResultsDock"));
    resultsDock->setWidget(results);
    addDockWidget(Qt::BottomDockWidgetArea, runsDock);
    addDockWidget(Qt::BottomDockWidgetArea, resultsDock);
    tabifyDockWidget(findChild<QDockWidget*>(QStringLiteral("PartitionDock")), runsDock);
    tabifyDockWidget(findChild<QDockWidget*>(QStringLiteral("LogDock")), resultsDock);

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
    menu->addAction(tr("Open Profile &Database…"), this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open Profile Database"), profiles_->database(),
                                                          tr("Profile databases (*.sqlite *.db);;All files (*)"));
        if (!path.isEmpty()) setProfileDatabase(path);
    });
    menu->addAction(tr("&Reload Runs"), QKeySequence(Qt::Key_F5), profiles_->browser(), &RunsBrowser::reload);
    menu->addAction(tr("&Inspect Selected Run"), profiles_->browser(), &RunsBrowser::inspectSelected);
    menu->addAction(tr("&Compare Selected Runs"), profiles_->browser(), &RunsBrowser::compareSelected);
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
    setProfileDatabase(QString::fromStdString(store::defaultDatabasePath()));
}

void MainWindow::setProfileDatabase(const QString& path) {
    profiles_->setDatabase(path);
    statusBar()->showMessage(tr("Profile database: %1").arg(path));
}

} // namespace fusebox::studio
