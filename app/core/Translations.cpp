#include "Translations.h"

#include <QCoreApplication>
#include <QTranslator>

namespace DutyDesk {

namespace {
QTranslator *s_translator = nullptr;
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
    if (s_translator) {
        QCoreApplication::removeTranslator(s_translator);
        delete s_translator;
        s_translator = nullptr;
    }
    auto *translator = new QTranslator(app);
    if (!translator->load(QStringLiteral(":/i18n/dutydesk_%1.qm").arg(language))) {
        delete translator;
        return false;
    }
    QCoreApplication::installTranslator(translator);
    s_translator = translator;
    s_current = language;
    return true;
}

QString Translations::current()
{
    return s_current;
}

} // namespace DutyDesk
