#include "run_loader.h"

#include "store/profile_store.h"

#include "background_job.h"

namespace fusebox::studio {

LoadedRuns loadRuns(const QString& database, const QList<store::RunId>& ids) {
    LoadedRuns loaded;
    loaded.ids = ids;
    auto store = store::ProfileStore::open(database.toStdString(), store::Access::Read);
    if (!store) {
        loaded.error = QString::fromStdString(store.error().message());
        return loaded;
    }
    for (store::RunId id : ids) {
        auto run = store->loadRun(id);
        if (!run) {
            loaded = LoadedRuns{ids, {}, {}, QString::fromStdString(run.error().message())};
            return loaded;
        }
        loaded.runs.push_back(std::move(*run));
    }
    for (const store::StoredRun& run : loaded.runs) loaded.reports.push_back(reportOfRun(run));
    return loaded;
}

RunLoader::RunLoader(QObject* parent) : QObject(parent), jobs_(new JobRunner(JobRunner::Where::Pool, this)) {}

bool RunLoader::isBusy() const { return jobs_->isBusy(); }

void RunLoader::request(const QString& database, const QList<store::RunId>& ids) {
    jobs_->start(this, [database, ids](const JobContext&) { return loadRuns(database, ids); },
                 [this](LoadedRuns runs) { emit loaded(runs); });
}

} // namespace fusebox::studio
