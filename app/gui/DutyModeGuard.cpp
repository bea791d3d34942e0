#include "DutyModeGuard.h"

#include <QAbstractButton>
#include <QAction>
#include <QActionGroup>

namespace DutyDesk {

namespace {

// What QAction shows as its tool tip when none was set: the text without its
// mnemonic ampersands.
QString plainText(QString text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('&'))
            text.remove(i, 1);
    }
    return text.trimmed();
}

} // namespace

DutyModeGuard::DutyModeGuard(QObject *parent)
    : QObject(parent)
    , m_group(new QActionGroup(this))
{
    // A disabled group keeps its actions disabled whatever the pages set, and
    // gives them back the state the pages asked for when it is enabled again.
    m_group->setObjectName(QStringLiteral("dutyModeGuardedActions"));
    m_group->setExclusionPolicy(QActionGroup::ExclusionPolicy::None);
}

QString DutyModeGuard::reason(const QString &what)
{
    return tr("Read-only duty desk: “%1” is not available here. Only the duty log can be "
              "written; the directory and the rosters are changed at the office's desk.")
        .arg(plainText(what));
}

QString DutyModeGuard::checkingReason(const QString &what)
{
    return tr("“%1” is available once DutyDesk has checked this file, in a few seconds.")
        .arg(plainText(what));
}

QString DutyModeGuard::why(const QString &what) const
{
    return m_why == Why::Checking ? checkingReason(what) : reason(what);
}

void DutyModeGuard::addActions(const QList<QAction *> &actions)
{
    for (QAction *action : actions) {
        if (!action || m_group->actions().contains(action))
            continue;
        m_group->addAction(action);
        // An action may rename itself ("Deactivate" / "Reactivate"): keep the
        // reason in step. Setting the same tips again emits nothing.
        connect(action, &QAction::changed, this, [this, action] {
            if (m_active)
                explain(action);
        });
        if (m_active)
            explain(action);
    }
}

void DutyModeGuard::addButton(QWidget *button)
{
    m_buttons.append({button, button->isEnabled(), button->toolTip()});
    if (m_active) {
        button->setEnabled(false);
        if (auto *b = qobject_cast<QAbstractButton *>(button))
            button->setToolTip(why(b->text()));
    }
}

void DutyModeGuard::addItemView(QAbstractItemView *view)
{
    m_views.append({view, view->editTriggers(), view->dragDropMode()});
    if (m_active) {
        view->setEditTriggers(QAbstractItemView::NoEditTriggers);
        view->setDragDropMode(QAbstractItemView::NoDragDrop);
    }
}

QList<QAction *> DutyModeGuard::actions() const
{
    return m_group->actions();
}

void DutyModeGuard::explain(QAction *action)
{
    if (!m_tips.contains(action)) {
        const QString tip = action->toolTip();
        m_tips.insert(action, {tip, action->statusTip(), tip == plainText(action->text())});
    }
    const QString text = why(action->text());
    action->setToolTip(text);
    action->setStatusTip(text);
}

void DutyModeGuard::setActive(bool active, Why why)
{
    if (active && m_active && why != m_why) {
        // Still off, for another reason: only the explanations change.
        m_why = why;
        for (QAction *action : m_group->actions())
            explain(action);
        for (ButtonState &state : m_buttons) {
            if (auto *b = qobject_cast<QAbstractButton *>(state.button.data()))
                b->setToolTip(this->why(b->text()));
        }
        return;
    }
    if (active == m_active)
        return;
    m_active = active;
    m_why = why;
    m_group->setEnabled(!active);
    const QList<QAction *> actions = m_group->actions();
    for (QAction *action : actions) {
        if (active) {
            explain(action);
        } else if (m_tips.contains(action)) {
            const Tips tips = m_tips.take(action);
            // A tool tip that was only the text follows the text again.
            action->setToolTip(tips.computedToolTip ? QString() : tips.toolTip);
            action->setStatusTip(tips.statusTip);
        }
    }
    for (ButtonState &state : m_buttons) {
        if (!state.button)
            continue;
        if (active) {
            state.enabled = state.button->isEnabled();
            state.toolTip = state.button->toolTip();
            state.button->setEnabled(false);
            if (auto *b = qobject_cast<QAbstractButton *>(state.button.data()))
                state.button->setToolTip(this->why(b->text()));
        } else {
            state.button->setEnabled(state.enabled);
            state.button->setToolTip(state.toolTip);
        }
    }
    for (ViewState &state : m_views) {
        if (!state.view)
            continue;
        if (active) {
            state.triggers = state.view->editTriggers();
            state.dragDrop = state.view->dragDropMode();
            state.view->setEditTriggers(QAbstractItemView::NoEditTriggers);
            state.view->setDragDropMode(QAbstractItemView::NoDragDrop);
        } else {
            state.view->setEditTriggers(state.triggers);
            state.view->setDragDropMode(state.dragDrop);
            // NoDragDrop turned both off; InternalMove and the rest need them back.
            const bool drags = state.dragDrop != QAbstractItemView::NoDragDrop;
            state.view->setDragEnabled(drags && state.dragDrop != QAbstractItemView::DropOnly);
            state.view->setAcceptDrops(drags && state.dragDrop != QAbstractItemView::DragOnly);
        }
    }
}

} // namespace DutyDesk
