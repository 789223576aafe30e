#pragma once
// The File menu's profile entries: choose the profile database; export a stored run as
// Model Explorer node data or as a Chrome/Perfetto trace; import an ONNX Runtime profile
// of the open model as a run (a background job, like every open of a model).

#include "background_job.h"

#include <QObject>
#include <QString>

class QMenu;
class QWidget;

namespace fusebox::studio {

class ProfileDatabase;
class StudioDocument;

enum class RunExport { ModelExplorerNodeData, PerfettoTrace };

// Writes run `run` of the database at `databasePath` to `path`; empty on success, else
// the error naming the database or the file.
QString exportStoredRun(const QString& databasePath, qint64 run, RunExport format, const QString& path);

class ProfileFileActions : public QObject {
    Q_OBJECT

public:
    // Dialogs open over `dialogParent`.
    ProfileFileActions(StudioDocument* document, ProfileDatabase* database, QWidget* dialogParent);

    void addTo(QMenu* menu);

    // Stores `profilePath` as a run of the open model in the background; false, with the
    // reason on message(), when no model is open.
    bool importOrtProfile(const QString& profilePath);
    bool isBusy() const { return runner_->isBusy(); }

signals:
    void message(const QString& text);
    void importFinished(bool stored);

private:
    void chooseDatabase();
    void exportDialog(RunExport format);
    void importDialog();

    StudioDocument* document_;
    ProfileDatabase* database_;
    QWidget* dialogParent_;
    JobRunner* runner_;
};

} // namespace fusebox::studio
