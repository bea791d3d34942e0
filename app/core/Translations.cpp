#include "Translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QTranslator>

namespace DutyDesk {

namespace {
QList<QTranslator *> s_translators;
QString s_current = QStringLiteral("en");
} // namespace

QStringList Translations::availableLanguages()
{
    return {QStringLiteral("vi"), QStringLiteral("en")};
}

bool Translations::install(const QString &language)
{
    auto *app = QCoreApplication::instance();
    if (!app || !availableLanguages().contains(language))
        return false;
    for (QTranslator *translator : std::as_const(s_translators)) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    s_translators.clear();
    // DutyDesk's own texts, then Qt's standard ones (buttons, context menus).
    const QStringList files = {QStringLiteral(":/i18n/dutydesk_%1.qm").arg(language),
                               QStringLiteral(":/i18n/qtbase_%1.qm").arg(language)};
    bool loaded = false;
    for (const QString &file : files) {
        if (!QFile::exists(file))
            continue;
        auto *translator = new QTranslator(app);
        if (!translator->load(file)) {
            delete translator;
            continue;
        }
        QCoreApplication::installTranslator(translator);
        s_translators << translator;
        loaded = true;
    }
    if (loaded)
        s_current = language;
    return loaded;
}

QString Translations::current()
{
    return s_current;
}

} // namespace DutyDesk
