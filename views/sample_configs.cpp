#include "sample_configs.h"

#include <QDir>

namespace fusebox::studio {

QStringList sampleConfigPaths() {
    QDir folder(QStringLiteral(FUSEBOX_SOURCE_CONFIGS));
    if (!folder.exists()) folder.setPath(QStringLiteral(FUSEBOX_INSTALLED_CONFIGS));
    QStringList paths;
    for (const QString& name : folder.entryList({QStringLiteral("*.toml")}, QDir::Files, QDir::Name)) paths.append(folder.filePath(name));
    return paths;
}

} // namespace fusebox::studio
