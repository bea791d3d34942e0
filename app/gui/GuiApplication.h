#pragma once

namespace DutyDesk {

/// Starts the desktop application: command line, language, main window.
class GuiApplication
{
public:
    static int run(int &argc, char **argv);
};

} // namespace DutyDesk
