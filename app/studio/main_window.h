#pragma once
// The studio's main window: the graph in the centre; inspector, config editor,
// partition table and log in docks whose layout is remembered.

#include "graph_scene.h"
#include "studio_document.h"

#include <QMainWindow>

class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QTableView;
class QToolButton;
class QUndoStack;
class QMenu;

namespace fusebox::studio {

class ConfigEditor;
class DeviceTotalsModel;
class GraphLayouter;
class GraphView;
class NodeInspector;
class ProfileViews;
class SubgraphTableModel;

class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    bool openModel(const QString& modelPath, const QString& configPath = {});
    // True once no partition, no layout is running or pending; false on timeout.
    bool waitUntilIdle(int timeoutMs);
    bool isBusy() const;
    // The fused view draws each subgraph as one box (double-click expands it).
    void setFusedView(bool fused);

    // Graph edits on the selected nodes: each appends a rule to the config text through
    // the undo stack.
    void runSelectionOn(const QString& device);
    void keepSelectionOnHost();
    void groupSelection();
    bool importPaddleConfig(const QString& path, QString* error);
    // The graph's context menu for the current selection (null when nothing is selected).
    QMenu* createGraphContextMenu(QWidget* parent);

    // Selects nodes by name; false when one is not in the graph.
    bool selectNodeNames(const QStringList& names);
    QList<NodeId> selectedNodes() const;
    // Searches for the regular expression and selects the first match; the number of matches.
    int search(const QString& pattern);
    void findNext();
    void findPrevious();

    StudioDocument* document() const { return document_; }
    GraphScene* scene() const { return scene_; }
    GraphView* view() const { return view_; }
    ConfigEditor* configEditor() const { return editor_; }
    NodeInspector* inspector() const { return inspector_; }
    QUndoStack* undoStack() const { return undo_; }
    SubgraphTableModel* subgraphModel() const { return subgraphs_; }
    DeviceTotalsModel* totalsModel() const { return totals_; }
    QTableView* subgraphTable() const { return subgraphTable_; }

    // Profiles (main_window_profiles.cpp): the runs browser, compare view, layer report
    // and heat map of the profile database.
    ProfileViews* profileViews() const { return profiles_; }
    void setProfileDatabase(const QString& path);

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createDocks();
    void createActions();
    void createProfileViews();
    void restoreSettings();
    void restoreDefaultLayout();

    void onPlanChanged();
    void onPartitionFailed(const ConfigError& error);
    void requestLayout();
    void onLayoutFinished(const LayoutResult& layout);
    void onSceneSelectionChanged();
    void onTableRowActivated(const QModelIndex& index);
    void showSelection(const QList<NodeId>& nodes, bool centre);
    void showGraphContextMenu(const QPoint& globalPos);
    void applyConfigEdit(const QString& newText, const QString& label);
    QStringList selectedNodeNames() const;
    void selectMatch(int index);

    void openDialog();
    void openFile(const QString& path);
    bool saveConfig();
    bool saveConfigAs();
    void importPaddleDialog();
    void exportDialog(const QString& filter, const QString& suffix);
    void addRecentFile(const QString& model, const QString& config);
    void updateRecentMenu();
    void updateTitle();
    void log(const QString& message);

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
    QLineEdit* searchField_ = nullptr;
    QProgressBar* progress_ = nullptr;
    QToolButton* cancelLayout_ = nullptr;
    QMenu* recentMenu_ = nullptr;
    QMenu* viewMenu_ = nullptr;
    QAction* fusedAction_ = nullptr;
    ProfileViews* profiles_ = nullptr;

    GraphPicture picture_;
    bool fused_ = false;
    QSet<int> expanded_;
    QStringList selectionNames_; // kept across re-layouts
    QList<NodeId> matches_;
    int matchIndex_ = -1;
    QByteArray defaultState_;
    bool syncing_ = false; // guards selection echo between views
};

} // namespace fusebox::studio
