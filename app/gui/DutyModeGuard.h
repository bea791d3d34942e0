#pragma once

#include <QAbstractItemView>
#include <QHash>
#include <QObject>
#include <QPointer>

class QAction;
class QActionGroup;

namespace DutyDesk {

/// Read-only duty mode in the window: while it is on, the editing actions,
/// buttons and item views it was given offer no edit, and each action and
/// button says why in its tool tip and status tip. The core refuses such
/// edits anyway; this keeps the window from offering them.
class DutyModeGuard : public QObject
{
    Q_OBJECT
public:
    explicit DutyModeGuard(QObject *parent = nullptr);

    void addActions(const QList<QAction *> &actions);
    void addButton(QWidget *button);
    /// In-place editing and dragging stop while the mode is on.
    void addItemView(QAbstractItemView *view);

    /// Why the editing actions are off: a read-only duty desk, or a large
    /// file still being checked after it opened (Session::isChecking()).
    enum class Why { DutyDesk, Checking };
    void setActive(bool active, Why why = Why::DutyDesk);
    bool isActive() const { return m_active; }
    QList<QAction *> actions() const;

    /// "Read-only duty desk: …" for the action or button called `what`.
    static QString reason(const QString &what);
    /// "The file is still being checked: …" for `what`.
    static QString checkingReason(const QString &what);

private:
    struct Tips
    {
        QString toolTip;
        QString statusTip;
        bool computedToolTip = true;
    };
    struct ButtonState
    {
        QPointer<QWidget> button;
        bool enabled = true;
        QString toolTip;
    };
    struct ViewState
    {
        QPointer<QAbstractItemView> view;
        QAbstractItemView::EditTriggers triggers;
        QAbstractItemView::DragDropMode dragDrop = QAbstractItemView::NoDragDrop;
    };

    void explain(QAction *action);
    QString why(const QString &what) const;

    QActionGroup *m_group;
    QHash<QAction *, Tips> m_tips;
    QList<ButtonState> m_buttons;
    QList<ViewState> m_views;
    bool m_active = false;
    Why m_why = Why::DutyDesk;
};

} // namespace DutyDesk
