#include "CommandLineOptions.h"

#include "MainWindow.h"
#include "Translations.h"

#include <QCommandLineParser>

namespace DutyDesk {

Result<GuiOptions> CommandLineOptions::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("DutyDesk: holiday duty rosters, hotlines and escalation chains."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  tr("Show this help and quit."));
    const QCommandLineOption version({QStringLiteral("v"), QStringLiteral("version")},
                                     tr("Show the version and quit."));
    const QCommandLineOption database(QStringLiteral("database"),
                                      tr("Open FILE (created when missing)."), tr("FILE"));
    const QCommandLineOption language(QStringLiteral("lang"), tr("Interface language: vi or en."),
                                      tr("LANG"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        tr("Save a picture of the window to FILE (PNG) and quit."),
                                        tr("FILE"));
    const QCommandLineOption view(
        QStringLiteral("view"),
        tr("Show a page: %1.").arg(MainWindow::viewKeys().join(QStringLiteral(", "))), tr("NAME"));
    const QCommandLineOption unit(QStringLiteral("unit"),
                                  tr("Show a unit, by id or name (diacritics optional)."),
                                  tr("UNIT"));
    const QCommandLineOption period(QStringLiteral("period"),
                                    tr("Show a duty period in the roster, by id or title."),
                                    tr("PERIOD"));
    const QCommandLineOption at(QStringLiteral("at"),
                                tr("The moment the Now page answers for (\"YYYY-MM-DD HH:MM\")."),
                                tr("TIME"));
    const QCommandLineOption readOnly(
        QStringLiteral("read-only"),
        tr("Read-only duty desk: search, answer and print; only the duty log can be written."));
    parser.addOptions(
        {help, version, database, language, screenshot, view, unit, period, at, readOnly});
    if (!parser.parse(arguments))
        return Error(Error::Code::Invalid, parser.errorText());

    GuiOptions options;
    options.help = parser.isSet(help);
    options.version = parser.isSet(version);
    // Without a running application the parser cannot know the program's name.
    options.helpText = parser.helpText().replace(QStringLiteral("<executable_name>"),
                                                 QStringLiteral("dutydesk"));
    options.database = parser.value(database);
    options.language = parser.value(language);
    if (!options.language.isEmpty()
        && !Translations::availableLanguages().contains(options.language))
        return Error(Error::Code::Invalid,
                     tr("Unknown language “%1”: use vi or en.").arg(options.language));
    options.screenshot = parser.value(screenshot);
    options.view = parser.value(view);
    if (!options.view.isEmpty() && !MainWindow::viewFromKey(options.view))
        return Error(Error::Code::Invalid,
                     tr("Unknown page “%1”: use %2.")
                         .arg(options.view, MainWindow::viewKeys().join(QStringLiteral(", "))));
    options.unit = parser.value(unit);
    options.period = parser.value(period);
    options.readOnly = parser.isSet(readOnly);
    if (parser.isSet(at)) {
        options.at = QDateTime::fromString(parser.value(at), QStringLiteral("yyyy-MM-dd HH:mm"));
        if (!options.at.isValid())
            return Error(Error::Code::Invalid,
                         tr("“%1” is not a moment like 2023-04-30 20:00.").arg(parser.value(at)));
    }
    if (!parser.positionalArguments().isEmpty())
        return Error(Error::Code::Invalid,
                     tr("Unexpected argument “%1”.").arg(parser.positionalArguments().first()));
    return options;
}

} // namespace DutyDesk
