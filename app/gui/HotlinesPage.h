#pragma once

#include <QWidget>

class QTableView;

namespace DutyDesk {

class HotlineModel;
class Session;

/// Every hotline, global and per unit, with add, edit and delete.
class HotlinesPage : public QWidget
{
    Q_OBJECT
public:
    explicit HotlinesPage(Session &session, QWidget *parent = nullptr);

    HotlineModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void add();
    void edit();
    void remove();

    Session &m_session;
    HotlineModel *m_model;
    QTableView *m_view;
};

} // namespace DutyDesk
