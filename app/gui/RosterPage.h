#pragma once

#include <QWidget>

class QStandardItemModel;
class QTreeView;

namespace DutyDesk {

class Session;

/// "Lịch trực": the duty periods with their days and shifts. The roster grid
/// and its editing come with the roster work; this page lists what exists.
class RosterPage : public QWidget
{
    Q_OBJECT
public:
    explicit RosterPage(Session &session, QWidget *parent = nullptr);

private:
    void reload();

    Session &m_session;
    QStandardItemModel *m_model;
    QTreeView *m_view;
};

} // namespace DutyDesk
