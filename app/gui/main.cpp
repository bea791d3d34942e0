#include "GuiApplication.h"

int main(int argc, char *argv[])
{
    return DutyDesk::GuiApplication::run(argc, argv);
}
