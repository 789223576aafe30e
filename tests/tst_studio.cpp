// The studio's window (app/studio), offscreen: the selection followed by inspector and
// table, one undo stack behind Edit → Undo/Redo and the Undo History, shortcuts without
// ambiguity, the unsaved-changes prompt and the modified marker, the first-run and
// default layouts, the overview's switch, and --screenshot. The views without a window
// are tested in tst_views.
#include "config_editor.h"
#include "graph_edit_controller.h"
#include "graph_layout.h"
#include "graph_overview.h"
#include "graph_view.h"
#include "main_window.h"
#include "node_inspector.h"
#include "partition_models.h"
#include "screenshot.h"
#include "studio_settings.h"
#include "support/studio_samples.h"

#include <QApplication>
#include <QDockWidget>
#include <QFile>
#include <QHeaderView>
#include <QImage>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <QUndoView>
#include <QRegularExpression>
#include <QStatusBar>
#include <QTextStream>

using namespace fusebox;
using namespace fusebox::studio;

namespace {

constexpr int kIdleTimeoutMs = test::kStudioIdleTimeoutMs;
using test::studioSampleConfig;
using test::studioSampleModel;

// The first node of an op type in the open model.
std::string firstNodeOf(const MainWindow& window, const std::string& opType) {
    const Graph& graph = window.document()->session()->model().graph;
    for (NodeId id : graph.nodeIds()) {
        if (graph.node(id).opType == opType) return graph.node(id).name;
    }
    return {};
}

bool waitForIdle(MainWindow& window) { return studio::waitForIdle(window, kIdleTimeoutMs); }

// The window's action with this text in any menu of the menu bar.
QAction* findAction(const QMainWindow& window, const QString& text) {
    for (QAction* action : window.findChildren<QAction*>()) {
        if (action->text() == text) return action;
    }
    return nullptr;
}

} // namespace

class TstStudio : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<MainWindow> openSample(const QString& config = studioSampleConfig()) {
        auto window = std::make_unique<MainWindow>();
        window->document()->setDebounceMs(10);
        window->resize(1200, 800);
        window->show();
        if (!window->openModel(studioSampleModel(), config)) return nullptr;
        if (!waitForIdle(*window)) return nullptr;
        return window;
    }

private slots:
    // Without a display the studio says what to do and exits 1, where Qt would abort;
    // a variable set to "" names no display either.
    void withoutADisplayTheStudioExplainsAndExits_data() {
        QTest::addColumn<bool>("emptyDisplay");
        QTest::newRow("DISPLAY unset") << false;
        QTest::newRow("DISPLAY empty") << true;
    }

    void withoutADisplayTheStudioExplainsAndExits() {
        QFETCH(bool, emptyDisplay);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const char* name : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"}) environment.remove(QString::fromLatin1(name));
        if (emptyDisplay) environment.insert(QStringLiteral("DISPLAY"), QString());
        QProcess studio;
        studio.setProcessEnvironment(environment);
        studio.start(QStringLiteral(FUSEBOX_STUDIO_EXE), {test::studioSampleModel()});
        QVERIFY(studio.waitForFinished(60000));
        const QString err = QString::fromUtf8(studio.readAllStandardError());
        QCOMPARE(studio.exitStatus(), QProcess::NormalExit);
        QCOMPARE(studio.exitCode(), 1);
        QVERIFY2(err.contains(QStringLiteral("no display found")) && err.contains(QStringLiteral("xvfb-run")), qPrintable(err));
    }

    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true); // QSettings away from the user's
        QCoreApplication::setOrganizationName(QStringLiteral("fusebox-tests"));
        GraphLayouter::setHelperPath(QStringLiteral(FUSEBOX_LAYOUT_HELPER)); // not next to this binary
        QVERIFY2(QFile::exists(studioSampleModel()), "the build writes the sample models");
    }

    void searchFindsAndSelects() {
        auto window = openSample();
        QVERIFY(window);
        const std::string gemm = firstNodeOf(*window, "Gemm");
        QCOMPARE(window->search(QStringLiteral("^gem")), 1); // op type, case-insensitive regex
        const auto selected = window->selectedNodes();
        QCOMPARE(selected.size(), 1);
        QCOMPARE(window->document()->session()->model().graph.node(selected.first()).name, gemm);
        QVERIFY(window->inspector()->toPlainText().contains(QString::fromStdString(gemm)));
        QVERIFY(window->inspector()->toPlainText().contains(QStringLiteral("xnnpack")));
        // The partition table follows the selection.
        const auto session = window->document()->session();
        QCOMPARE(window->subgraphTable()->currentIndex().row(),
                 window->subgraphModel()->rowOfNode(selected.first()));

        const int convs = window->search(QStringLiteral("Conv"));
        QVERIFY(convs > 2);
        const NodeId first = window->selectedNodes().first();
        window->findNext();
        QVERIFY(window->selectedNodes().first() != first);
        window->findPrevious();
        QCOMPARE(window->selectedNodes().first(), first);
        QCOMPARE(window->search(QStringLiteral("no_such_node_xyz")), 0);
    }

    void tableRowSelectsSubgraph() {
        auto window = openSample();
        QVERIFY(window);
        const QModelIndex row = window->subgraphModel()->index(0, 0);
        emit window->subgraphTable()->clicked(row);
        const auto selected = window->selectedNodes();
        QCOMPARE(selected.size(), qsizetype(window->document()->session()->plan.subgraphs[0].nodes.size()));
    }

    void chineseTranslationIsComplete() {
        QFile file(QStringLiteral(FUSEBOX_SOURCE_DIR "/translations/fusebox_zh_CN.ts"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.count("<message") > 100);
        QCOMPARE(text.count("type=\"unfinished\""), 0);
        QCOMPARE(text.count("type=\"vanished\"") + text.count("type=\"obsolete\""), 0);
    }

    void screenshotWritesTheWindow() {
        QTemporaryDir dir;
        const QString image = dir.filePath(QStringLiteral("shot.png"));
        QString errors;
        QTextStream stream(&errors);
        const int code = renderScreenshot({image, studioSampleModel(), studioSampleConfig(), {}, 0, false}, stream);
        QCOMPARE(code, 0);
        QVERIFY(errors.isEmpty());
        const QImage picture(image);
        QCOMPARE(picture.size(), QSize(1600, 1000));
        QCOMPARE(renderScreenshot({image, studioSampleModel(), studioSampleConfig(), {QStringLiteral("no_such_node")}, 0, false}, stream), 2);
        QVERIFY2(errors.contains(QStringLiteral("no_such_node")), qPrintable(errors));
    }

    // The error itself, with its file and line, not a pointer to a log.
    void screenshotFailurePrintsTheError() {
        QTemporaryDir dir;
        const QString config = dir.filePath(QStringLiteral("bad.toml"));
        QVERIFY(test::writeTestFile(config, "[partition]\ntargets = [\"onednn\"]\nmin_subgraph_size = 0\n"));
        QString errors;
        QTextStream stream(&errors);
        QCOMPARE(renderScreenshot({dir.filePath(QStringLiteral("shot.png")), studioSampleModel(), config, {}, 0, false}, stream), 2);
        QVERIFY2(errors.contains(config + QStringLiteral(":3:21:")) && errors.contains(QStringLiteral("min_subgraph_size is 0")), qPrintable(errors));
        errors.clear();
        QCOMPARE(renderScreenshot({dir.filePath(QStringLiteral("shot.png")), studioSampleModel(), dir.filePath(QStringLiteral("none.toml")), {}, 0, false}, stream), 2);
        QVERIFY2(errors.contains(QStringLiteral("none.toml")), qPrintable(errors));
    }

    // Ctrl+Z, Ctrl+Y and Ctrl+Shift+Z reach the one stack from the config editor too, and
    // the Undo History lists typing and graph edits alike.
    void oneUndoHistoryBehindTheKeys() {
        QTest::failOnWarning(QRegularExpression(QStringLiteral("[Aa]mbiguous")));
        auto window = openSample();
        QVERIFY(window);
        QPlainTextEdit* edit = window->configEditor()->textEdit();
        const QString original = window->document()->configText();
        window->activateWindow();
        edit->setFocus();
        edit->moveCursor(QTextCursor::End);
        QTest::keyClicks(edit, QStringLiteral("#x"));
        const QString typed = original + QStringLiteral("#x");
        QVERIFY(window->selectNodeNames({QString::fromStdString(firstNodeOf(*window, "Gemm"))}));
        QAction* keep = findAction(*window, QStringLiteral("Keep Selection on &Host"));
        QVERIFY(keep);
        keep->trigger();
        const QString edited = window->document()->configText();
        QVERIFY(edited.startsWith(typed) && edited.size() > typed.size());
        QCOMPARE(window->undoStack()->count(), 2);
        auto* history = window->findChild<QUndoView*>();
        QVERIFY(history);
        QCOMPARE(history->model()->rowCount(), 3); // the opened state, the typing, the graph edit
        QCOMPARE(history->model()->index(1, 0).data().toString(), QStringLiteral("Type “#x”"));
        QCOMPARE(history->model()->index(2, 0).data().toString(), window->undoStack()->text(1));
        QVERIFY2(window->undoStack()->text(1).contains(QStringLiteral("on host")), qPrintable(window->undoStack()->text(1)));

        edit->setFocus();
        QTest::keyClick(edit, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(window->document()->configText(), typed);
        QTest::keyClick(edit, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(window->document()->configText(), original);
        QTest::keyClick(edit, Qt::Key_Y, Qt::ControlModifier);
        QCOMPARE(window->document()->configText(), typed);
        QTest::keyClick(edit, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(window->document()->configText(), edited);
        QVERIFY(waitForIdle(*window));
    }

    void shortcutsAreUnambiguous() {
        auto window = openSample();
        QVERIFY(window);
        QHash<QKeySequence, QString> owners;
        for (QAction* action : window->findChildren<QAction*>()) {
            for (const QKeySequence& key : action->shortcuts()) {
                QVERIFY2(!owners.contains(key), qPrintable(key.toString() + QStringLiteral(": ") + owners.value(key) + QStringLiteral(" and ") + action->text()));
                owners.insert(key, action->text());
            }
        }
        QCOMPARE(owners.value(QKeySequence(Qt::CTRL | Qt::Key_Y)), QStringLiteral("&Redo"));
        QCOMPARE(owners.value(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)), QStringLiteral("&Redo"));
        QCOMPARE(owners.value(QKeySequence(Qt::CTRL | Qt::Key_Z)), QStringLiteral("&Undo"));
        QCOMPARE(owners.value(QKeySequence(Qt::CTRL | Qt::Key_D)), QStringLiteral("Choose &Device for Selection…"));
        QVERIFY(findAction(*window, QStringLiteral("Run on &Device")));
    }

    void unsavedEditsAskBeforeClosing() {
        auto window = openSample();
        QVERIFY(window);
        int asked = 0;
        QMessageBox::StandardButton answer = QMessageBox::Cancel;
        window->setUnsavedChangesPrompt([&](QWidget*) {
            ++asked;
            return answer;
        });
        QVERIFY(window->windowTitle().contains(QStringLiteral("[*]")));
        QVERIFY(!window->isWindowModified());
        QVERIFY(window->editController()->keepOnHost({QString::fromStdString(firstNodeOf(*window, "Gemm"))}));
        QVERIFY(window->isWindowModified());
        QVERIFY(!window->close()); // Cancel keeps the window and the edit
        QCOMPARE(asked, 1);
        QVERIFY(window->isVisible());
        QCOMPARE(window->undoStack()->count(), 1);
        window->undoStack()->undo(); // back to the saved text: nothing to ask
        QVERIFY(!window->isWindowModified());
        QVERIFY(window->close());
        QCOMPARE(asked, 1);
        window->show();
        window->undoStack()->redo();
        answer = QMessageBox::Discard;
        QVERIFY(window->close());
        QCOMPARE(asked, 2);
        QVERIFY(waitForIdle(*window));
    }

    void modelWithoutConfigOffersSamples() {
        auto window = openSample(QString());
        QVERIFY(window);
        QVERIFY(window->configEditor()->isOfferingSamples());
        QVERIFY(window->statusBar()->currentMessage().contains(QStringLiteral("No config")));
        emit window->configEditor()->sampleConfigChosen(studioSampleConfig());
        QFile sample(studioSampleConfig());
        QVERIFY(sample.open(QIODevice::ReadOnly));
        QCOMPARE(window->document()->configText(), QString::fromUtf8(sample.readAll()));
        QCOMPARE(window->undoStack()->count(), 1);
        QVERIFY(!window->configEditor()->isOfferingSamples());
        QVERIFY(waitForIdle(*window));
        QCOMPARE(int(window->document()->session()->plan.subgraphs.size()), 2);
    }

    void dropOnTheGraphOpensTheFile() {
        auto window = openSample(QString());
        QVERIFY(window);
        emit window->view()->filesDropped({studioSampleConfig()}); // a .toml opens as the model's config
        QCOMPARE(window->document()->configPath(), studioSampleConfig());
        QVERIFY(waitForIdle(*window));
        QCOMPARE(int(window->document()->session()->plan.subgraphs.size()), 2);
    }

    void firstRunAndDefaultLayoutsGiveTheGraphRoom() {
        QSettings().clear(); // a first run
        MainWindow window;
        QCOMPARE(window.size(), QSize(1280, 800));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openModel(studioSampleModel(), studioSampleConfig()));
        QVERIFY(waitForIdle(window));
        const auto checkLayout = [&] {
            QVERIFY2(window.view()->width() > window.width() / 2, qPrintable(QString::number(window.view()->width())));
            QVERIFY(window.view()->height() > window.height() / 2);
            // Every column of the partition table is in view.
            const QHeaderView* header = window.subgraphTable()->horizontalHeader();
            const int last = SubgraphTableModel::ColumnCount - 1;
            const int rightEdge = header->sectionViewportPosition(last) + header->sectionSize(last);
            QVERIFY2(rightEdge <= header->viewport()->width(),
                     qPrintable(QStringLiteral("%1 > %2").arg(rightEdge).arg(header->viewport()->width())));
        };
        checkLayout();
        window.partitionDock()->setFloating(true);
        window.restoreDefaultLayout();
        QCoreApplication::processEvents();
        QVERIFY(!window.partitionDock()->isFloating());
        checkLayout();
    }

    void overviewSwitchIsRemembered() {
        QSettings().clear();
        {
            MainWindow window;
            QAction* action = findAction(window, QStringLiteral("O&verview"));
            QVERIFY(action);
            auto* overview = window.view()->findChild<GraphOverview*>();
            QVERIFY(overview);
            QVERIFY(action->isChecked()); // on by default
            QVERIFY(overview->isSwitchedOn());
            action->setChecked(false);
            QVERIFY(!overview->isSwitchedOn());
            QCOMPARE(overviewSetting(), false);
        }
        MainWindow again;
        QVERIFY(!findAction(again, QStringLiteral("O&verview"))->isChecked());
        QVERIFY(!again.view()->findChild<GraphOverview*>()->isSwitchedOn());
        QSettings().clear();
    }
};

QTEST_MAIN(TstStudio)
#include "tst_studio.moc"
