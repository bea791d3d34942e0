#include "CliApplication.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    return DutyDesk::CliApplication().run(QCoreApplication::arguments());
}
