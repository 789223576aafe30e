#include "main_window.h"

#include "config_editor.h"
#include "graph_edit_controller.h"
#include "graph_layout.h"
#include "graph_overview.h"
#include "graph_view.h"
#include "job_status_widget.h"
#include "node_inspector.h"
#include "node_search.h"
#include "partition_models.h"
#include "sample_configs.h"
#include "profile_views.h"
#include "studio_settings.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QCursor>
#include <QDateTime>
#include <QEventLoop>
#include <QTimer>
#include <QDockWidget>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QUndoStack>
#include <QUndoView>

namespace fusebox::studio {
namespace {

constexpr QSize kFirstRunSize(1280, 800);
// The default layout as shares of the window, so the graph keeps most of it at any size.
constexpr double kSideDockShare = 0.22;      // config (left) and inspector (right), each
constexpr double kBottomDockShare = 0.27;    // partition table and log
constexpr double kPartitionTableShare = 0.7; // of the bottom row; the log gets the rest
constexpr double kHistoryShare = 0.3;        // of the right column, under the inspector

QTableView* makeTable(QAbstractItemModel* model, QWidget* parent) {
    auto* table = new QTableView(parent);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    return table;
}

// Every binding of the platform's key plus `extra`, each once: an action with the same
// key twice makes Qt call the shortcut ambiguous and ignore it.
QList<QKeySequence> uniqueKeys(QKeySequence::StandardKey key, const QList<QKeySequence>& extra) {
    QList<QKeySequence> keys = QKeySequence::keyBindings(key);
    for (const QKeySequence& sequence : extra) {
        if (!keys.contains(sequence)) keys.append(sequence);
    }
    return keys;
}

QMessageBox::StandardButton askAboutUnsavedChanges(QWidget* parent) {
    return QMessageBox::warning(parent, MainWindow::tr("Unsaved Config"),
                                MainWindow::tr("The config has changes that are not saved. Save them?"),
                                QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
}

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent), document_(new StudioDocument(this)), scene_(new GraphScene(this)),
      view_(new GraphView(scene_, this)), layouter_(new GraphLayouter(this)), subgraphs_(new SubgraphTableModel(this)),
      totals_(new DeviceTotalsModel(this)), undo_(new QUndoStack(this)), edits_(new GraphEditController(document_, undo_, this)),
      unsavedChangesPrompt_(askAboutUnsavedChanges) {
    setObjectName(QStringLiteral("MainWindow"));
    setAcceptDrops(true);
    setCentralWidget(view_);
    createDocks();
    createActions();
    createProfileViews();
    defaultState_ = saveState();
    restoreSettings();
    updateTitle();

    connect(undo_, &QUndoStack::cleanChanged, this, [this](bool clean) { setWindowModified(!clean); });
    connect(edits_, &GraphEditController::message, this, &MainWindow::showMessage);
    connect(editor_, &ConfigEditor::sampleConfigChosen, this, &MainWindow::useSampleConfig);
    connect(view_, &GraphView::filesDropped, this, [this](const QStringList& paths) {
        for (const QString& path : paths) openFile(path);
    });

    connect(document_, &StudioDocument::planChanged, this, &MainWindow::onPlanChanged);
    connect(document_, &StudioDocument::partitionFailed, this, &MainWindow::onPartitionFailed);
    connect(document_, &StudioDocument::partitionStarted, this, [this] { statusBar()->showMessage(tr("Partitioning…")); });
    connect(layouter_, &GraphLayouter::finished, this, &MainWindow::onLayoutFinished);
    connect(layouter_->jobs(), &JobRunner::cancelled, this, [this] { log(tr("Layout cancelled.")); });
    connect(layouter_->jobs(), &JobRunner::failed, this, [this](quint64, const QString& why) { log(tr("Layout failed: %1").arg(why)); });
    connect(document_, &StudioDocument::idle, this, &MainWindow::emitIdleWhenIdle);
    connect(layouter_->jobs(), &JobRunner::idle, this, &MainWindow::emitIdleWhenIdle);
    connect(scene_, &QGraphicsScene::selectionChanged, this, &MainWindow::onSceneSelectionChanged);
    connect(view_, &GraphView::contextMenuWanted, this, &MainWindow::showGraphContextMenu);
    connect(view_, &GraphView::groupActivated, this, [this](quint64 key) {
        if (const auto session = document_->session(); session && fusedState_.toggle(session, key)) requestLayout();
    });
}

MainWindow::~MainWindow() {
    // The scene and the document outlive this object's members while QObject deletes
    // the children; their last signals must not reach a half-destroyed window.
    disconnect(scene_, nullptr, this, nullptr);
    disconnect(document_, nullptr, this, nullptr);
    disconnect(layouter_, nullptr, this, nullptr);
    disconnect(layouter_->jobs(), nullptr, this, nullptr);
    disconnect(undo_, nullptr, this, nullptr);
}

void MainWindow::createDocks() {
    inspector_ = new NodeInspector(this);
    editor_ = new ConfigEditor(document_, undo_, this);
    subgraphTable_ = makeTable(subgraphs_, this);
    auto* totalsTable = makeTable(totals_, this);
    auto* tables = new QSplitter(Qt::Vertical, this);
    tables->addWidget(subgraphTable_);
    tables->addWidget(totalsTable);
    log_ = new QPlainTextEdit(this);
    log_->setReadOnly(true);
    log_->setMaximumBlockCount(2000);

    auto* history = new QUndoView(undo_, this);
    history->setEmptyLabel(tr("<opened>"));

    inspectorDock_ = makeDock(tr("Inspector"), QStringLiteral("InspectorDock"), inspector_);
    configDock_ = makeDock(tr("Config"), QStringLiteral("ConfigDock"), editor_);
    partitionDock_ = makeDock(tr("Partition"), QStringLiteral("PartitionDock"), tables);
    logDock_ = makeDock(tr("Log"), QStringLiteral("LogDock"), log_);
    historyDock_ = makeDock(tr("Undo History"), QStringLiteral("HistoryDock"), history);
    addDockWidget(Qt::RightDockWidgetArea, inspectorDock_);
    addDockWidget(Qt::LeftDockWidgetArea, configDock_);
    addDockWidget(Qt::BottomDockWidgetArea, partitionDock_);
    addDockWidget(Qt::BottomDockWidgetArea, logDock_);
    splitDockWidget(inspectorDock_, historyDock_, Qt::Vertical);

    connect(subgraphTable_, &QTableView::clicked, this, &MainWindow::onTableRowActivated);
    connect(subgraphTable_, &QTableView::activated, this, &MainWindow::onTableRowActivated);

    layoutStatus_ = new JobStatusWidget(layouter_->jobs(), tr("Layout"), this);
    statusBar()->addPermanentWidget(layoutStatus_);
}

void MainWindow::createActions() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Open Model…"), QKeySequence::Open, this, &MainWindow::openDialog);
    recentMenu_ = file->addMenu(tr("Open &Recent"));
    file->addSeparator();
    file->addAction(tr("&Save Config"), QKeySequence::Save, this, &MainWindow::saveConfig);
    file->addAction(tr("Save Config &As…"), QKeySequence::SaveAs, this, &MainWindow::saveConfigAs);
    file->addAction(tr("&Import Paddle Lite Config…"), this, &MainWindow::importPaddleDialog);
    QMenu* exports = file->addMenu(tr("&Export"));
    exports->addAction(tr("View as PNG…"), this, [this] { exportDialog(tr("PNG image (*.png)"), QStringLiteral("png")); });
    exports->addAction(tr("View as SVG…"), this, [this] { exportDialog(tr("SVG image (*.svg)"), QStringLiteral("svg")); });
    exports->addAction(tr("Plan as DOT…"), this, [this] { exportDialog(tr("Graphviz DOT (*.dot)"), QStringLiteral("dot")); });
    exports->addAction(tr("Plan as JSON…"), this, [this] { exportDialog(tr("JSON (*.json)"), QStringLiteral("json")); });
    createProfiling(file);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    createEditMenu();

    viewMenu_ = menuBar()->addMenu(tr("&View"));
    viewMenu_->addAction(tr("Zoom &In"), QKeySequence(Qt::CTRL | Qt::Key_Equal), view_, &GraphView::zoomIn);
    viewMenu_->addAction(tr("Zoom &Out"), QKeySequence(Qt::CTRL | Qt::Key_Minus), view_, &GraphView::zoomOut);
    viewMenu_->addAction(tr("&Fit"), QKeySequence(Qt::CTRL | Qt::Key_0), view_, &GraphView::fit);
    viewMenu_->addAction(tr("Actual &Size"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_0), view_, &GraphView::resetZoom);
    auto* overview = new GraphOverview(view_);
    QAction* overviewAction = viewMenu_->addAction(tr("O&verview"));
    overviewAction->setCheckable(true);
    overviewAction->setChecked(overviewSetting());
    overview->setSwitchedOn(overviewAction->isChecked());
    connect(overviewAction, &QAction::toggled, this, [overview](bool on) {
        overview->setSwitchedOn(on);
        setOverviewSetting(on);
    });
    fusedAction_ = viewMenu_->addAction(tr("F&used Subgraphs"));
    fusedAction_->setCheckable(true);
    fusedAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_U));
    connect(fusedAction_, &QAction::toggled, this, [this](bool on) {
        fused_ = on;
        fusedChosen_ = true;
        fusedState_.closeAll();
        requestLayout();
    });
    viewMenu_->addSeparator();
    int number = 1;
    for (QDockWidget* dock : {configDock_, inspectorDock_, historyDock_, partitionDock_, logDock_}) {
        QAction* toggle = dock->toggleViewAction();
        toggle->setShortcut(QKeySequence(Qt::ALT | (Qt::Key_0 + number++)));
        viewMenu_->addAction(toggle);
    }
    viewMenu_->addAction(tr("Restore &Default Layout"), this, &MainWindow::restoreDefaultLayout);
    viewMenu_->addSeparator();
    QMenu* language = viewMenu_->addMenu(tr("&Language"));
    const QList<std::pair<QString, QString>> languages = {
        {tr("System"), QString()}, {QStringLiteral("English"), QStringLiteral("en")}, {QStringLiteral("简体中文"), QStringLiteral("zh_CN")}};
    for (const auto& [label, code] : languages) {
        QAction* choice = language->addAction(label);
        choice->setCheckable(true);
        choice->setChecked(languageSetting() == code);
        connect(choice, &QAction::triggered, this, [this, code] {
            setLanguageSetting(code);
            QMessageBox::information(this, tr("Language"), tr("The language changes when the studio starts again."));
        });
    }

    QToolBar* toolbar = addToolBar(tr("Search"));
    toolbar->setObjectName(QStringLiteral("SearchToolBar"));
    searchField_ = new QLineEdit(this);
    searchField_->setPlaceholderText(tr("Find node, op or tensor (regex)"));
    searchField_->setClearButtonEnabled(true);
    searchField_->setMaximumWidth(320);
    toolbar->addWidget(searchField_);
    connect(searchField_, &QLineEdit::returnPressed, this, [this] {
        if (matches_.isEmpty()) search(searchField_->text());
        else findNext();
    });
    connect(searchField_, &QLineEdit::textEdited, this, [this] { matches_.clear(); });
    toolbar->addAction(tr("Previous"), this, &MainWindow::findPrevious);
    toolbar->addAction(tr("Next"), this, &MainWindow::findNext);
    updateRecentMenu();
}

void MainWindow::createEditMenu() {
    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = undo_->createUndoAction(this, tr("&Undo"));
    undo->setShortcuts(uniqueKeys(QKeySequence::Undo, {QKeySequence(Qt::CTRL | Qt::Key_Z)}));
    QAction* redo = undo_->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts(uniqueKeys(QKeySequence::Redo, {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)}));
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    deviceMenu_ = edit->addMenu(tr("Run on &Device"));
    connect(deviceMenu_, &QMenu::aboutToShow, this, [this] { edits_->fillDeviceMenu(deviceMenu_, selectedNodeNames()); });
    edit->addAction(tr("Choose &Device for Selection…"), QKeySequence(Qt::CTRL | Qt::Key_D), this, &MainWindow::showDeviceMenuAtCursor);
    edit->addAction(tr("Keep Selection on &Host"), QKeySequence(Qt::CTRL | Qt::Key_H), this,
                    [this] { edits_->keepOnHost(selectedNodeNames()); });
    edit->addAction(tr("&Group Selection"), QKeySequence(Qt::CTRL | Qt::Key_G), this, [this] { edits_->group(selectedNodeNames()); });
    edit->addSeparator();
    edit->addAction(tr("&Find…"), QKeySequence::Find, this, [this] {
        searchField_->setFocus();
        searchField_->selectAll();
    });
    // F3 rather than the platform's FindNext, which is Ctrl+G (our group) on GNOME.
    edit->addAction(tr("Find &Next"), QKeySequence(Qt::Key_F3), this, &MainWindow::findNext);
    edit->addAction(tr("Find &Previous"), QKeySequence(Qt::SHIFT | Qt::Key_F3), this, &MainWindow::findPrevious);
}

void MainWindow::restoreSettings() {
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray())) resize(kFirstRunSize);
    if (!restoreState(settings.value(QStringLiteral("window/state")).toByteArray())) applyDefaultDockSizes();
}

// Sizes from the window's size now, not from when the state was saved: the partition
// table gets room for its columns and the graph keeps the middle.
void MainWindow::applyDefaultDockSizes() {
    const int sideWidth = int(width() * kSideDockShare);
    const int bottomHeight = int(height() * kBottomDockShare);
    const int partitionWidth = int(width() * kPartitionTableShare);
    resizeDocks({configDock_, inspectorDock_}, {sideWidth, sideWidth}, Qt::Horizontal);
    resizeDocks({partitionDock_, logDock_}, {partitionWidth, width() - partitionWidth}, Qt::Horizontal);
    resizeDocks({partitionDock_, logDock_}, {bottomHeight, bottomHeight}, Qt::Vertical);
    const int historyHeight = int((height() - bottomHeight) * kHistoryShare);
    resizeDocks({inspectorDock_, historyDock_}, {height() - bottomHeight - historyHeight, historyHeight}, Qt::Vertical);
    subgraphTable_->resizeColumnsToContents();
}

void MainWindow::restoreDefaultLayout() {
    restoreState(defaultState_);
    for (QDockWidget* dock : findChildren<QDockWidget*>()) dock->show();
    applyDefaultDockSizes();
}

bool MainWindow::confirmDiscardChanges() {
    if (undo_->isClean()) return true;
    switch (unsavedChangesPrompt_(this)) {
    case QMessageBox::Save: return saveConfig();
    case QMessageBox::Discard: return true;
    default: return false;
    }
}

void MainWindow::closeEvent(QCloseEvent* event) {
    if (!confirmDiscardChanges()) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    layouter_->cancel();
    event->accept();
}

bool MainWindow::openModel(const QString& modelPath, const QString& configPath) {
    QString error;
    lastError_.clear();
    undo_->clear();
    fusedState_.closeAll();
    fusedChosen_ = false;
    selectionNames_.clear();
    scene_->clearPicture(); // the next layout is the first of this model, so it is fitted
    if (!document_->open(modelPath, configPath, &error)) {
        lastError_ = error;
        showMessage(error);
        return false;
    }
    addRecentFile(modelPath, configPath);
    updateTitle();
    log(tr("Opened %1").arg(modelPath));
    editor_->offerSampleConfigs(configPath.isEmpty() ? sampleConfigPaths() : QStringList());
    return true;
}

void MainWindow::setFusedView(bool fused) {
    fusedChosen_ = true;
    fusedAction_->setChecked(fused); // a change lays the graph out again
}

bool MainWindow::isBusy() const { return document_->isBusy() || layouter_->isBusy() || profiles_->isBusy(); }

void MainWindow::emitIdleWhenIdle() {
    if (!isBusy()) emit idle();
}

void MainWindow::onPlanChanged() {
    lastError_.clear();
    const auto session = document_->session();
    subgraphs_->setSession(session);
    totals_->setSession(session);
    const PartitionPlan& plan = session->plan;
    const QString summary = tr("%1 nodes: %2 subgraphs, %3 on host, estimated %4 ms")
                                .arg(session->model().graph.nodeCount())
                                .arg(plan.subgraphs.size())
                                .arg(plan.hostNodes.size())
                                .arg(plan.estimatedMs, 0, 'f', 3);
    log(summary);
    if (!fusedChosen_) { // big graphs open in the fused view: node by node they take minutes to lay out
        const QSignalBlocker blocker(fusedAction_);
        fused_ = session->model().graph.nodeCount() > GraphHierarchy::kFusedViewAbove;
        fusedAction_->setChecked(fused_);
    }
    if (document_->configText().trimmed().isEmpty()) {
        statusBar()->showMessage(tr("No config: every node runs on host. The Config dock offers the sample configs."));
    } else {
        statusBar()->showMessage(summary);
    }
    requestLayout();
}

void MainWindow::onPartitionFailed(const ConfigError& error) {
    lastError_ = error.line > 0 ? tr("%1:%2:%3: %4").arg(document_->configLabel()).arg(error.line).arg(error.column).arg(error.message)
                                : error.message;
    statusBar()->showMessage(tr("Config error: %1").arg(error.message));
    log(lastError_);
}

void MainWindow::requestLayout() {
    const auto session = document_->session();
    if (!session) return;
    picture_ = fused_ ? fusedState_.picture(session, scene_->font()) : buildPicture(*session, scene_->font());
    layouter_->request(picture_.request);
}

void MainWindow::onLayoutFinished(const LayoutResult& layout) {
    if (!layout.error.isEmpty()) {
        log(layout.error);
        return;
    }
    log(tr("Layout of %n node(s): %1 ms", nullptr, int(picture_.nodes.size())).arg(layout.elapsedMs));
    const bool firstLayout = scene_->items().isEmpty();
    // Not a QSignalBlocker: the view must hear of the new scene rect before it centres.
    syncing_ = true; // the old items' deselection is no user's choice
    scene_->showLayout(picture_, layout);
    syncing_ = false;
    if (firstLayout) view_->fit();
    // Keep the selection across a new plan: nodes are matched by name.
    const QStringList names = selectionNames_;
    if (!names.isEmpty()) selectNodeNames(names);
}

QStringList MainWindow::selectedNodeNames() const {
    QStringList names;
    const auto session = document_->session();
    if (!session) return names;
    for (NodeId id : scene_->selectedNodes()) names.append(QString::fromStdString(session->model().graph.node(id).name));
    return names;
}

QList<NodeId> MainWindow::selectedNodes() const { return scene_->selectedNodes(); }

void MainWindow::onSceneSelectionChanged() {
    if (syncing_) return;
    selectionNames_ = selectedNodeNames();
    showSelection(scene_->selectedNodes(), false);
}

// Shows the nodes in the inspector and the partition table (and centres the graph on them).
void MainWindow::showSelection(const QList<NodeId>& nodes, bool centre) {
    const auto session = document_->session();
    if (!session) return;
    syncing_ = true;
    if (nodes.isEmpty()) inspector_->showNothing();
    else inspector_->showNode(*session, nodes.first());
    const int row = nodes.isEmpty() ? -1 : subgraphs_->rowOfNode(nodes.first());
    if (row >= 0) subgraphTable_->selectRow(row);
    else subgraphTable_->clearSelection();
    if (centre) {
        const QRectF area = scene_->selectNodes(nodes);
        if (!area.isEmpty()) view_->centerOn(area.center());
    }
    syncing_ = false;
}

bool MainWindow::selectNodeNames(const QStringList& names) {
    const auto session = document_->session();
    if (!session) return false;
    QList<NodeId> nodes;
    bool all = true;
    for (const QString& name : names) {
        const auto id = session->model().graph.findNode(name.toStdString());
        if (id) nodes.append(*id);
        else all = false;
    }
    selectionNames_ = names;
    showSelection(nodes, true);
    return all;
}

void MainWindow::onTableRowActivated(const QModelIndex& index) {
    if (syncing_ || !index.isValid()) return;
    const QList<NodeId> nodes = subgraphs_->nodesOfRow(index.row());
    selectionNames_.clear();
    const auto session = document_->session();
    for (NodeId id : nodes) selectionNames_.append(QString::fromStdString(session->model().graph.node(id).name));
    showSelection(nodes, true);
}

int MainWindow::search(const QString& pattern) {
    const auto session = document_->session();
    matches_.clear();
    matchIndex_ = -1;
    if (!session) return 0;
    const QRegularExpression expression(pattern, QRegularExpression::CaseInsensitiveOption);
    if (!expression.isValid()) {
        statusBar()->showMessage(tr("Invalid regular expression: %1").arg(expression.errorString()));
        return 0;
    }
    matches_ = findNodes(session->model().graph, expression);
    statusBar()->showMessage(tr("%n match(es)", nullptr, int(matches_.size())));
    if (!matches_.isEmpty()) selectMatch(0);
    return int(matches_.size());
}

void MainWindow::selectMatch(int index) {
    if (matches_.isEmpty()) return;
    matchIndex_ = (index + int(matches_.size())) % int(matches_.size());
    const auto session = document_->session();
    const NodeId match = matches_[matchIndex_];
    // A match inside a box: open the boxes on the way, the selection follows the new layout.
    if (fused_ && fusedState_.reveal(session, match)) requestLayout();
    selectNodeNames({QString::fromStdString(session->model().graph.node(match).name)});
    statusBar()->showMessage(tr("Match %1 of %2").arg(matchIndex_ + 1).arg(matches_.size()));
}

void MainWindow::findNext() {
    if (matches_.isEmpty()) search(searchField_->text());
    else selectMatch(matchIndex_ + 1);
}

void MainWindow::findPrevious() {
    if (matches_.isEmpty()) search(searchField_->text());
    else selectMatch(matchIndex_ - 1);
}

void MainWindow::showGraphContextMenu(const QPoint& globalPos) {
    QMenu* menu = createGraphContextMenu(this);
    if (!menu) return;
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(globalPos);
}

QMenu* MainWindow::createGraphContextMenu(QWidget* parent) { return edits_->createContextMenu(selectedNodeNames(), parent); }

void MainWindow::showDeviceMenuAtCursor() {
    if (selectedNodeNames().isEmpty()) {
        showMessage(tr("Select nodes to run on a device."));
        return;
    }
    edits_->fillDeviceMenu(deviceMenu_, selectedNodeNames());
    deviceMenu_->popup(QCursor::pos());
}

void MainWindow::updateTitle() {
    const QString model = document_->modelPath().isEmpty() ? tr("no model") : QFileInfo(document_->modelPath()).fileName();
    setWindowTitle(tr("%1[*] — Fusebox Studio").arg(model));
    setWindowModified(!undo_->isClean());
}

void MainWindow::log(const QString& message) {
    log_->appendPlainText(QDateTime::currentDateTime().toString(QStringLiteral("HH:mm:ss ")) + message);
}

void MainWindow::showMessage(const QString& message) {
    statusBar()->showMessage(message);
    log(message);
}

QDockWidget* MainWindow::makeDock(const QString& title, const QString& objectName, QWidget* content) {
    auto* dock = new QDockWidget(title, this);
    dock->setObjectName(objectName); // saveState() needs it
    dock->setWidget(content);
    return dock;
}

bool waitForIdle(MainWindow& window, int timeoutMs) {
    if (!window.isBusy()) return true;
    QEventLoop loop;
    QObject::connect(&window, &MainWindow::idle, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    return !window.isBusy();
}

} // namespace fusebox::studio
