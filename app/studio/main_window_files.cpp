// The main window's files: open (dialog, recent list, drops, the importer by extension),
// save the config, the sample configs, Paddle Lite import and the exports.
#include "main_window.h"

#include "config_editor.h"
#include "core/file_io.h"
#include "exports.h"
#include "graph_edit_controller.h"
#include "graph_view.h"
#include "sample_configs.h"
#include "studio_settings.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMimeData>
#include <QSettings>
#include <QUndoStack>

namespace fusebox::studio {
namespace {

constexpr int kMaxRecentFiles = 8;
constexpr QChar kRecentSeparator = QLatin1Char('\t'); // "model<TAB>config" in the recent list

} // namespace

void MainWindow::useSampleConfig(const QString& path) {
    auto text = readTextFile(path.toStdString());
    if (!text) {
        showMessage(QString::fromStdString(text.error().message()));
        return;
    }
    edits_->replaceConfigText(QString::fromStdString(*text), tr("Use sample %1").arg(QFileInfo(path).fileName()));
}

void MainWindow::openDialog() {
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Model"), QString(),
                                                      tr("ONNX models (*.onnx);;Partition configs (*.toml);;All files (*)"));
    if (!path.isEmpty()) openFile(path);
}

// A model opens with an empty config; a .toml opens as the config of the open model.
void MainWindow::openFile(const QString& path) {
    const bool hasModel = !document_->modelPath().isEmpty();
    if (path.endsWith(QStringLiteral(".txt"), Qt::CaseInsensitive) && hasModel) {
        QString error;
        if (!edits_->importPaddleConfig(path, &error)) QMessageBox::warning(this, tr("Import"), error);
        return;
    }
    if (!confirmDiscardChanges()) return;
    if (path.endsWith(QStringLiteral(".toml"), Qt::CaseInsensitive) && hasModel) openModel(document_->modelPath(), path);
    else openModel(path);
}

void MainWindow::openRecent(const QString& model, const QString& config) {
    if (confirmDiscardChanges()) openModel(model, config);
}

bool MainWindow::saveConfig() {
    if (document_->configPath().isEmpty()) return saveConfigAs();
    const Status status = writeFileAtomically(document_->configPath().toStdString(), document_->configText().toStdString());
    if (!status) {
        QMessageBox::warning(this, tr("Save"), QString::fromStdString(status.error().message()));
        return false;
    }
    undo_->setClean();
    log(tr("Saved %1").arg(document_->configPath()));
    return true;
}

bool MainWindow::saveConfigAs() {
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Config"), document_->configPath(), tr("Partition configs (*.toml)"));
    if (path.isEmpty()) return false;
    document_->setConfigPath(path);
    updateTitle();
    return saveConfig();
}

void MainWindow::importPaddleDialog() {
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Paddle Lite Config"), QString(), tr("Paddle Lite configs (*.txt);;All files (*)"));
    if (path.isEmpty()) return;
    QString error;
    if (!edits_->importPaddleConfig(path, &error)) QMessageBox::warning(this, tr("Import"), error);
}

void MainWindow::exportDialog(const QString& filter, const QString& suffix) {
    const auto session = document_->session();
    if (!session) return;
    const QString base = QFileInfo(document_->modelPath()).completeBaseName() + QLatin1Char('.') + suffix;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export"), base, filter);
    if (path.isEmpty()) return;
    QString error;
    if (suffix == QLatin1String("png")) error = exportScenePng(*scene_, path);
    else if (suffix == QLatin1String("svg")) error = exportSceneSvg(*scene_, path);
    else if (suffix == QLatin1String("dot")) error = exportPlanDot(*session, path);
    else error = exportPlanJson(*session, path);
    if (error.isEmpty()) log(tr("Exported %1").arg(path));
    else QMessageBox::warning(this, tr("Export"), error);
}

void MainWindow::addRecentFile(const QString& model, const QString& config) {
    QSettings settings;
    QStringList recent = settings.value(QStringLiteral("recentFiles")).toStringList();
    const QString entry = model + kRecentSeparator + config;
    recent.removeAll(entry);
    recent.prepend(entry);
    settings.setValue(QStringLiteral("recentFiles"), recent.mid(0, kMaxRecentFiles));
    updateRecentMenu();
}

void MainWindow::updateRecentMenu() {
    recentMenu_->clear();
    const QStringList recent = QSettings().value(QStringLiteral("recentFiles")).toStringList();
    for (const QString& entry : recent) {
        const QStringList parts = entry.split(kRecentSeparator);
        const QString model = parts.value(0);
        const QString config = parts.value(1);
        const QString label = config.isEmpty() ? model : tr("%1 with %2").arg(model, QFileInfo(config).fileName());
        recentMenu_->addAction(label, this, [this, model, config] { openRecent(model, config); });
    }
    recentMenu_->setEnabled(!recent.isEmpty());
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event) {
    if (event->mimeData()->hasUrls()) event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event) {
    for (const QUrl& url : event->mimeData()->urls()) {
        if (url.isLocalFile()) openFile(url.toLocalFile());
    }
    event->acceptProposedAction();
}

} // namespace fusebox::studio
