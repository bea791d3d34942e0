#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace DutyDesk {

/// The options of the `dutydesk` executable.
struct GuiOptions
{
    QString database; ///< --database FILE
    QString language; ///< --lang vi|en; empty: the saved choice
    QString screenshot; ///< --screenshot FILE: render the window to a PNG and quit
    QString view; ///< --view NAME: the page to show
    QString unit; ///< --unit NAME: the unit to show (directory, roster and Now)
    QString period; ///< --period P: the duty period the roster shows
    QDateTime at; ///< --at "YYYY-MM-DD HH:MM": the moment Now answers for
    bool readOnly = false; ///< --read-only: the duty desk mode, only the duty log is written
    bool help = false;
    bool version = false;
    QString helpText;
};

/// Reads the GUI's command line.
class CommandLineOptions
{
    Q_DECLARE_TR_FUNCTIONS(DutyDesk::CommandLineOptions)
public:
    static Result<GuiOptions> parse(const QStringList &arguments);
};

} // namespace DutyDesk
