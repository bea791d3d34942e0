#include "MainWindow.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    DutyDesk::MainWindow window;
    window.show();
    return app.exec();
}
