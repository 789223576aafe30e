#pragma once
// The studio's main window: the graph in the centre; inspector, config editor,
// partition table, undo history and log in docks whose layout is remembered; menus and
// settings. Graph edits are the GraphEditController's; the window only hands it the
// selection.

#include "fused_view_state.h"
#include "graph_scene.h"
#include "studio_document.h"

#include <QMainWindow>
#include <QMessageBox>

#include <functional>

class QLineEdit;
class QPlainTextEdit;
class QTableView;
class QToolButton;
class QDockWidget;
class QUndoStack;
class QMenu;

namespace fusebox::studio {

class ConfigEditor;
class DeviceTotalsModel;
class GraphEditController;
class GraphLayouter;
class GraphView;
class JobStatusWidget;
class NodeInspector;
class ProfileDatabase;
class ProfileDock;
class ProfileViews;
class SubgraphTableModel;
class TunePanel;

class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    // Asked before unsaved config edits are dropped (quit, close, another model):
    // Save, Discard or Cancel.
    using UnsavedChangesPrompt = std::function<QMessageBox::StandardButton(QWidget* parent)>;

    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    bool openModel(const QString& modelPath, const QString& configPath = {});
    // Why the last open or partition failed (empty when it did not).
    QString lastError() const { return lastError_; }
    // A partition or a layout is running or pending; idle() says when none is.
    bool isBusy() const;
    // The fused view draws subgraphs and runs of host nodes as boxes (double-click expands
    // one); models of more than GraphHierarchy::kFusedViewAbove nodes open in it. A choice
    // made here holds until another model is opened.
    void setFusedView(bool fused);
    bool isFusedView() const { return fused_; }

    // The graph's context menu for the current selection (null when nothing is selected).
    QMenu* createGraphContextMenu(QWidget* parent);
    void setUnsavedChangesPrompt(UnsavedChangesPrompt prompt) { unsavedChangesPrompt_ = std::move(prompt); }
    // True when there are no unsaved edits, or the user saved or discarded them.
    bool confirmDiscardChanges();

    // Selects nodes by name; false when one is not in the graph.
    bool selectNodeNames(const QStringList& names);
    QList<NodeId> selectedNodes() const;
    QStringList selectedNodeNames() const;
    // Searches for the regular expression and selects the first match; the number of matches.
    int search(const QString& pattern);
    void findNext();
    void findPrevious();

    StudioDocument* document() const { return document_; }
    GraphScene* scene() const { return scene_; }
    GraphView* view() const { return view_; }
    ConfigEditor* configEditor() const { return editor_; }
    GraphEditController* editController() const { return edits_; }
    NodeInspector* inspector() const { return inspector_; }
    QUndoStack* undoStack() const { return undo_; }
    SubgraphTableModel* subgraphModel() const { return subgraphs_; }
    DeviceTotalsModel* totalsModel() const { return totals_; }
    QTableView* subgraphTable() const { return subgraphTable_; }
    QDockWidget* partitionDock() const { return partitionDock_; }
    void restoreDefaultLayout();

    // Profiles (main_window_profiles.cpp): the database, the Profile and Tune docks that
    // run profiles and searches, and the runs browser, compare view, layer report and heat
    // map.
    ProfileDatabase* profileDatabase() const { return profileDatabase_; }
    ProfileDock* profileDock() const { return profileDock_; }
    ProfileViews* profileViews() const { return profiles_; }
    // The Tune dock: tuning and accuracy bisection of the open model (Profile menu).
    TunePanel* tunePanel() const { return tunePanel_; }

signals:
    void idle();

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void emitIdleWhenIdle(); // idle() once neither the document, the layout nor the run loader is busy
    void createDocks();
    void createActions();
    void createEditMenu();
    void createProfiling(QMenu* file);
    QDockWidget* makeDock(const QString& title, const QString& objectName, QWidget* content);
    void createProfileViews();
    void restoreSettings();
    void applyDefaultDockSizes();

    void onPlanChanged();
    void onPartitionFailed(const ConfigError& error);
    void requestLayout();
    void onLayoutFinished(const LayoutResult& layout);
    void onSceneSelectionChanged();
    void onTableRowActivated(const QModelIndex& index);
    void showSelection(const QList<NodeId>& nodes, bool centre);
    void showGraphContextMenu(const QPoint& globalPos);
    void showDeviceMenuAtCursor();
    void useSampleConfig(const QString& path);
    void selectMatch(int index);

    void openDialog();
    void openFile(const QString& path);
    void openRecent(const QString& model, const QString& config);
    bool saveConfig();
    bool saveConfigAs();
    void importPaddleDialog();
    void exportDialog(const QString& filter, const QString& suffix);
    void addRecentFile(const QString& model, const QString& config);
    void updateRecentMenu();
    void updateTitle();
    void log(const QString& message);
    void showMessage(const QString& message);

    StudioDocument* document_;
    GraphScene* scene_;
    GraphView* view_;
    GraphLayouter* layouter_;
    NodeInspector* inspector_ = nullptr;
    ConfigEditor* editor_ = nullptr;
    SubgraphTableModel* subgraphs_;
    DeviceTotalsModel* totals_;
    QTableView* subgraphTable_ = nullptr;
    QPlainTextEdit* log_ = nullptr;
    QUndoStack* undo_;
    GraphEditController* edits_;
    QDockWidget* configDock_ = nullptr;
    QDockWidget* inspectorDock_ = nullptr;
    QDockWidget* historyDock_ = nullptr;
    QDockWidget* partitionDock_ = nullptr;
    QDockWidget* logDock_ = nullptr;
    QMenu* deviceMenu_ = nullptr;
    QLineEdit* searchField_ = nullptr;
    JobStatusWidget* layoutStatus_ = nullptr;
    QMenu* recentMenu_ = nullptr;
    QMenu* viewMenu_ = nullptr;
    QAction* fusedAction_ = nullptr;
    ProfileDatabase* profileDatabase_ = nullptr;
    ProfileDock* profileDock_ = nullptr;
    ProfileViews* profiles_ = nullptr;
    TunePanel* tunePanel_ = nullptr;
    QDockWidget* tuneDock_ = nullptr;

    GraphPicture picture_;
    bool fused_ = false;
    bool fusedChosen_ = false; // the fused view was switched on or off for this model (else: by its size)
    FusedViewState fusedState_;
    QStringList selectionNames_; // kept across re-layouts
    QList<NodeId> matches_;
    int matchIndex_ = -1;
    QByteArray defaultState_;
    QString lastError_;
    UnsavedChangesPrompt unsavedChangesPrompt_;
    bool syncing_ = false; // guards selection echo between views
};

// Runs the event loop until `window` is idle (partition, layout and run loading done) or
// `timeoutMs` have passed; true when idle. For the screenshot mode, tests and benchmarks.
bool waitForIdle(MainWindow& window, int timeoutMs);

} // namespace fusebox::studio
