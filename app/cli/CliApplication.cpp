#include "CliApplication.h"

#include <QTextStream>

namespace DutyDesk {

int CliApplication::run(const QStringList &arguments)
{
    Q_UNUSED(arguments)
    QTextStream(stdout) << "dutydesk-cli " DUTYDESK_VERSION "\n";
    return 0;
}

} // namespace DutyDesk
