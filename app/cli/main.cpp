#include "CliApplication.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <memory>

int main(int argc, char *argv[])
{
    // Documents are drawn with QPainter, which needs a QGuiApplication; the
    // offscreen platform lets it run without a display. Other commands keep
    // the lighter QCoreApplication.
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    std::unique_ptr<QCoreApplication> app;
    if (DutyDesk::CliApplication::needsGui(arguments)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("dutydesk-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DUTYDESK_VERSION));
    return DutyDesk::CliApplication().run(QCoreApplication::arguments());
}
