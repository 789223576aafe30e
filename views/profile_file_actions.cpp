#include "profile_file_actions.h"

#include "core/file_io.h"
#include "profile_database.h"
#include "store/chrome_trace.h"
#include "store/model_explorer_data.h"
#include "store/profile_store.h"
#include "studio_document.h"
#include "workflow/ort_import.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>

namespace fusebox::studio {
namespace {

struct Imported {
    store::RunId run = 0;
    std::size_t nodes = 0;
    std::size_t inferences = 0;
    int unmatched = 0;
    std::string modelName;
};

Result<Imported> importJob(const OrtImportRequest& request, const std::string& databasePath) {
    auto import = readOrtImport(request);
    if (!import) return import.error();
    auto store = store::ProfileStore::open(databasePath, store::Access::Write);
    if (!store) return store.error();
    auto id = storeOrtImport(*import, *store);
    if (!id) return id.error();
    return Imported{*id, import->results.nodes.size(), import->inferences, import->unmatched, import->header.model.name};
}

QString runLine(const store::RunSummary& run) {
    return ProfileFileActions::tr("Run %1: %2 on %3 (%4, %5)")
        .arg(run.id)
        .arg(QString::fromStdString(run.model), QString::fromStdString(run.label),
             QString::fromLatin1(store::runStatusName(run.status)), QString::fromStdString(run.startedAt));
}

} // namespace

QString exportStoredRun(const QString& databasePath, qint64 run, RunExport format, const QString& path) {
    auto store = store::ProfileStore::open(databasePath.toStdString(), store::Access::Read);
    if (!store) return QString::fromStdString(store.error().message());
    auto stored = store->loadRun(run);
    if (!stored) return QString::fromStdString(stored.error().message());
    const std::string text =
        format == RunExport::ModelExplorerNodeData ? store::modelExplorerNodeDataJson(*stored) : store::chromeTraceJson(*stored);
    const Status written = writeFileAtomically(path.toStdString(), text);
    return written ? QString() : QString::fromStdString(written.error().message());
}

ProfileFileActions::ProfileFileActions(StudioDocument* document, ProfileDatabase* database, QWidget* dialogParent)
    : QObject(dialogParent), document_(document), database_(database), dialogParent_(dialogParent),
      runner_(new JobRunner(JobRunner::Where::Pool, this)) {
    connect(runner_, &JobRunner::failed, this, [this](quint64, const QString& why) { emit message(tr("Import failed: %1").arg(why)); });
}

void ProfileFileActions::addTo(QMenu* menu) {
    QMenu* profiles = menu->addMenu(tr("&Profiles"));
    profiles->addAction(tr("Profile &Database…"), this, &ProfileFileActions::chooseDatabase);
    profiles->addSeparator();
    profiles->addAction(tr("Export Run as &Model Explorer Node Data…"), this,
                        [this] { exportDialog(RunExport::ModelExplorerNodeData); });
    profiles->addAction(tr("Export Run as &Perfetto Trace…"), this, [this] { exportDialog(RunExport::PerfettoTrace); });
    profiles->addAction(tr("&Import ONNX Runtime Profile…"), this, &ProfileFileActions::importDialog);
}

void ProfileFileActions::chooseDatabase() {
    const QString path = QFileDialog::getSaveFileName(dialogParent_, tr("Profile Database"), database_->path(),
                                                      tr("Profile databases (*.sqlite);;All files (*)"), nullptr,
                                                      QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty()) return;
    database_->setPath(path);
    emit message(tr("Profile database: %1").arg(database_->path()));
}

void ProfileFileActions::exportDialog(RunExport format) {
    auto store = store::ProfileStore::open(database_->path().toStdString(), store::Access::Read);
    auto runs = store ? store->listRuns() : Result<std::vector<store::RunSummary>>(store.error());
    if (!runs || runs->empty()) {
        const QString why = runs ? tr("No runs stored yet.") : QString::fromStdString(runs.error().message());
        QMessageBox::information(dialogParent_, tr("Export Run"), tr("%1\nDatabase: %2").arg(why, database_->path()));
        return;
    }
    QStringList items;
    for (const store::RunSummary& run : *runs) items.append(runLine(run));
    bool chosen = false;
    const QString item = QInputDialog::getItem(dialogParent_, tr("Export Run"), tr("Run:"), items, 0, false, &chosen);
    if (!chosen) return;
    const store::RunSummary& run = (*runs)[static_cast<std::size_t>(items.indexOf(item))];
    const bool nodeData = format == RunExport::ModelExplorerNodeData;
    const QString base = QFileInfo(QString::fromStdString(run.model)).completeBaseName() +
                         QStringLiteral("-run%1%2").arg(run.id).arg(nodeData ? QStringLiteral(".node_data.json") : QStringLiteral(".trace.json"));
    const QString path = QFileDialog::getSaveFileName(dialogParent_, tr("Export Run"), base, tr("JSON (*.json)"));
    if (path.isEmpty()) return;
    const QString error = exportStoredRun(database_->path(), run.id, format, path);
    if (!error.isEmpty()) {
        QMessageBox::warning(dialogParent_, tr("Export Run"), error);
        return;
    }
    emit message(tr("Exported run %1 to %2").arg(run.id).arg(path));
}

void ProfileFileActions::importDialog() {
    const QString path = QFileDialog::getOpenFileName(dialogParent_, tr("Import ONNX Runtime Profile"), QString(),
                                                      tr("ONNX Runtime profiles (*.json);;All files (*)"));
    if (!path.isEmpty()) importOrtProfile(path);
}

bool ProfileFileActions::importOrtProfile(const QString& profilePath) {
    if (document_->modelPath().isEmpty()) {
        emit message(tr("Open the model that was profiled first: the profile is stored as a run of it."));
        return false;
    }
    const OrtImportRequest request{document_->modelPath().toStdString(), profilePath.toStdString(), {}, {}};
    const std::string databasePath = database_->path().toStdString();
    emit message(tr("Importing %1…").arg(profilePath));
    runner_->start(
        this, [request, databasePath](const JobContext&) { return importJob(request, databasePath); },
        [this](Result<Imported> imported) {
            if (!imported) {
                emit message(tr("Import failed: %1").arg(QString::fromStdString(imported.error().message())));
                emit importFinished(false);
                return;
            }
            emit message(tr("Stored run %1: %2 nodes, %3 inferences").arg(imported->run).arg(imported->nodes).arg(imported->inferences));
            if (imported->unmatched > 0) {
                emit message(tr("%1 profiled nodes are not in %2 (fused or renamed by ONNX Runtime's graph optimizations)")
                                 .arg(imported->unmatched)
                                 .arg(QString::fromStdString(imported->modelName)));
            }
            database_->notifyRunsStored();
            emit importFinished(true);
        });
    return true;
}

} // namespace fusebox::studio
