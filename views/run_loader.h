#pragma once
// Stored runs read for the compare view, the layer report and the heat map: the runs
// and their per-layer reports, which open the model file again (a background job: the
// store read is quick, the model import is not). Only the newest request's result is
// delivered (generation counter), as StudioDocument does for partitions.

#include "workflow/run_report.h"

#include <QList>
#include <QObject>
#include <QString>

#include <vector>

namespace fusebox::studio {

struct LoadedRuns {
    QList<store::RunId> ids;
    std::vector<store::StoredRun> runs;
    std::vector<RunReport> reports; // one per run
    QString error;                  // the store's; the runs are empty then
};

// Reads the runs in the given order; safe to call from any thread.
LoadedRuns loadRuns(const QString& database, const QList<store::RunId>& ids);

class RunLoader : public QObject {
    Q_OBJECT

public:
    using QObject::QObject;

    void request(const QString& database, const QList<store::RunId>& ids);
    bool isBusy() const { return running_ > 0; }

signals:
    void loaded(const fusebox::studio::LoadedRuns& runs);

private:
    quint64 generation_ = 0;
    int running_ = 0;
};

} // namespace fusebox::studio
