#include "MainWindow.h"

namespace DutyDesk {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("DutyDesk"));
}

} // namespace DutyDesk
