#include "profile_database.h"

#include "store/profile_store.h"

namespace fusebox::studio {

ProfileDatabase::ProfileDatabase(QObject* parent)
    : QObject(parent), path_(QString::fromStdString(store::databasePathOrDefault({}))) {}

void ProfileDatabase::setPath(const QString& path) {
    const QString chosen = QString::fromStdString(store::databasePathOrDefault(path.toStdString()));
    if (chosen == path_) return;
    path_ = chosen;
    emit pathChanged(path_);
}

} // namespace fusebox::studio
