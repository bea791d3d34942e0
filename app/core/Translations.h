#pragma once

#include <QString>
#include <QStringList>

namespace DutyDesk {

/// Loads the interface language shared by the application and the command line.
/// Vietnamese is the default; English on request.
class Translations
{
public:
    static QString defaultLanguage() { return QStringLiteral("vi"); }
    static QStringList availableLanguages();

    /// Installs the translator for `language` ("vi" or "en") on the running
    /// application, replacing one installed earlier. Returns false for an
    /// unknown language (the untranslated English text is then shown).
    static bool install(const QString &language);

    /// The language currently installed.
    static QString current();
};

} // namespace DutyDesk
