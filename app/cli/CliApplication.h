#pragma once

#include <QStringList>

namespace DutyDesk {

/// `dutydesk-cli`: the command line on the same core as the application.
class CliApplication
{
public:
    int run(const QStringList &arguments);
};

} // namespace DutyDesk
