#pragma once
// The studio's own settings: the language override (main() reads it too) and the
// graph overview's switch.

#include <QString>

class QCoreApplication;

namespace fusebox::studio {

// "" follows the system locale; else a translation's locale name ("en", "zh_CN").
QString languageSetting();
void setLanguageSetting(const QString& language);

// Whether the graph's overview (minimap) is switched on; on by default.
bool overviewSetting();
void setOverviewSetting(bool on);

// Loads the studio's translation for the setting (or the system locale) into `app`.
void installTranslation(QCoreApplication& app);

} // namespace fusebox::studio
