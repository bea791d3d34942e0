#include "GuiApplication.h"

#include "AppInfo.h"
#include "AppSettings.h"
#include "CommandLineOptions.h"
#include "DirectoryPage.h"
#include "Lookup.h"
#include "MainWindow.h"
#include "NowPage.h"
#include "RosterPage.h"
#include "Session.h"
#include "Translations.h"

#include <QApplication>
#include <QFileInfo>
#include <QIcon>
#include <QImage>
#include <QLocale>
#include <QTimer>

#include <cstdio>

namespace DutyDesk {

int GuiApplication::run(int &argc, char **argv)
{
    // Help, version and mistakes are answered before any window system is
    // needed, so they work on a server without a display.
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    const Result<GuiOptions> parsed = CommandLineOptions::parse(arguments);
    if (!parsed) {
        std::fprintf(stderr, "dutydesk: %s\n", qPrintable(parsed.message()));
        return 2;
    }
    const GuiOptions &options = parsed.value();
    if (options.help) {
        std::fprintf(stdout, "%s", qPrintable(options.helpText));
        return 0;
    }
    if (options.version) {
        std::fprintf(stdout, "dutydesk %s\n", DUTYDESK_VERSION);
        return 0;
    }

    QApplication app(argc, argv);
    QApplication::setApplicationName(QString::fromLatin1(AppInfo::ApplicationName));
    QApplication::setOrganizationName(QString::fromLatin1(AppInfo::Organisation));
    QApplication::setOrganizationDomain(QString::fromLatin1(AppInfo::OrganisationDomain));
    QGuiApplication::setDesktopFileName(QString::fromLatin1(AppInfo::ApplicationId));
    QApplication::setWindowIcon(
        QIcon::fromTheme(QString::fromLatin1(AppInfo::ApplicationId),
                         QIcon(QStringLiteral(":/icons/vn.dutydesk.DutyDesk-256.png"))));
    QApplication::setApplicationVersion(QStringLiteral(DUTYDESK_VERSION));

    AppSettings settings;
    const QString language = options.language.isEmpty() ? settings.language() : options.language;
    Translations::install(language);
    QLocale::setDefault(language == QLatin1String("vi")
                            ? QLocale(QLocale::Vietnamese, QLocale::Vietnam)
                            : QLocale(QLocale::English, QLocale::UnitedKingdom));

    MainWindow window(settings);
    if (options.readOnly)
        window.setDutyMode(true, true);
    const bool screenshot = !options.screenshot.isEmpty();
    // A screenshot never stops at a question: with no database it shows the sample.
    window.startUp(options.database, !screenshot);
    if (const auto view = MainWindow::viewFromKey(options.view))
        window.showView(*view);
    if (options.at.isValid())
        window.nowPage()->setMoment(options.at);
    if (!options.unit.isEmpty() && window.session()->isOpen()) {
        const Result<Unit> unit = Lookup::unit(window.session()->database(), options.unit);
        if (unit) {
            window.directoryPage()->showUnit(unit->id);
            window.nowPage()->showUnit(unit->id);
            window.rosterPage()->showUnit(unit->id);
        } else {
            std::fprintf(stderr, "dutydesk: %s\n", qPrintable(unit.message()));
        }
    }
    if (!options.period.isEmpty() && window.session()->isOpen()) {
        const Result<DutyPeriod> period
            = Lookup::period(window.session()->database(), options.period);
        if (period)
            window.rosterPage()->showPeriod(period->id);
        else
            std::fprintf(stderr, "dutydesk: %s\n", qPrintable(period.message()));
    }
    window.show();

    if (screenshot) {
        QTimer::singleShot(500, &window, [&window, &options] {
            const bool saved = window.grab().toImage().save(options.screenshot, "PNG");
            if (!saved)
                std::fprintf(stderr, "dutydesk: cannot write %s\n", qPrintable(options.screenshot));
            QApplication::exit(saved ? 0 : 1);
        });
    }
    return app.exec();
}

} // namespace DutyDesk
