#pragma once
// Stored runs read for the compare view, the layer report and the heat map: the runs
// and their per-layer reports, which open the model file again (a background job: the
// store read is quick, the model import is not), on a JobRunner: only the newest
// request's result is delivered.

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

class JobRunner;

class RunLoader : public QObject {
    Q_OBJECT

public:
    explicit RunLoader(QObject* parent = nullptr);

    void request(const QString& database, const QList<store::RunId>& ids);
    bool isBusy() const;
    JobRunner* jobs() const { return jobs_; }

signals:
    void loaded(const fusebox::studio::LoadedRuns& runs);

private:
    JobRunner* jobs_;
};

} // namespace fusebox::studio
