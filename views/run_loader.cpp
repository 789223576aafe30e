#include "run_loader.h"

#include "store/profile_store.h"

#include <QtConcurrent/QtConcurrentRun>

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

void RunLoader::request(const QString& database, const QList<store::RunId>& ids) {
    const quint64 generation = ++generation_;
    ++running_;
    // The continuation runs on this object's thread, and not at all once it is gone.
    QtConcurrent::run(loadRuns, database, ids).then(this, [this, generation](const LoadedRuns& runs) {
        --running_;
        if (generation == generation_) emit loaded(runs);
    });
}

} // namespace fusebox::studio
