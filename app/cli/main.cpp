#include "CliApplication.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("dutydesk-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DUTYDESK_VERSION));
    return DutyDesk::CliApplication().run(QCoreApplication::arguments());
}
