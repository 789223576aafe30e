#include "studio_settings.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace fusebox::studio {
namespace {

const QString kLanguageKey = QStringLiteral("language");
const QString kOverviewKey = QStringLiteral("view/overview");

} // namespace

QString languageSetting() { return QSettings().value(kLanguageKey).toString(); }

void setLanguageSetting(const QString& language) { QSettings().setValue(kLanguageKey, language); }

bool overviewSetting() { return QSettings().value(kOverviewKey, true).toBool(); }

void setOverviewSetting(bool on) { QSettings().setValue(kOverviewKey, on); }

void installTranslation(QCoreApplication& app) {
    const QString language = languageSetting();
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    auto* translator = new QTranslator(&app);
    // qt_add_translations embeds the .qm files under :/i18n.
    if (translator->load(locale, QStringLiteral("fusebox"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(translator);
    }
}

} // namespace fusebox::studio
