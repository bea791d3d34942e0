#pragma once

#include <QMainWindow>

namespace DutyDesk {

/// The DutyDesk main window.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
};

} // namespace DutyDesk
