#pragma once
// Settings shared by main() and the main window: the language override.

#include <QString>

class QCoreApplication;

namespace fusebox::studio {

// "" follows the system locale; else a translation's locale name ("en", "zh_CN").
QString languageSetting();
void setLanguageSetting(const QString& language);

// Loads the studio's translation for the setting (or the system locale) into `app`.
void installTranslation(QCoreApplication& app);

} // namespace fusebox::studio
