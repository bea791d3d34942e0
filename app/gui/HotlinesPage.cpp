#include "HotlinesPage.h"

#include "HotlineDialog.h"
#include "HotlineModel.h"
#include "MessageBox.h"
#include "PresenceCommand.h"
#include "Session.h"
#include "UpdateCommand.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace DutyDesk {

HotlinesPage::HotlinesPage(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new HotlineModel(session, this))
    , m_view(new QTableView(this))
{
    setObjectName(QStringLiteral("hotlinesPage"));
    m_view->setObjectName(QStringLiteral("hotlinesView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->resizeSection(HotlineModel::LabelColumn, 280);
    m_view->horizontalHeader()->resizeSection(HotlineModel::NumberColumn, 140);
    m_view->horizontalHeader()->resizeSection(HotlineModel::UnitColumn, 260);

    auto *add = new QPushButton(tr("&Add…"), this);
    add->setObjectName(QStringLiteral("addHotlineButton"));
    auto *edit = new QPushButton(tr("&Edit…"), this);
    edit->setObjectName(QStringLiteral("editHotlineButton"));
    auto *remove = new QPushButton(tr("&Delete…"), this);
    remove->setObjectName(QStringLiteral("deleteHotlineButton"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(edit);
    buttons->addWidget(remove);
    buttons->addStretch();

    auto *title = new QLabel(tr("Every hotline: the global ones and those of each unit."), this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    connect(add, &QPushButton::clicked, this, &HotlinesPage::add);
    connect(edit, &QPushButton::clicked, this, &HotlinesPage::edit);
    connect(remove, &QPushButton::clicked, this, &HotlinesPage::remove);
    // Through the button, so that a disabled button (read-only desk) opens nothing.
    connect(m_view, &QTableView::activated, edit, &QPushButton::click);
    // Every hotline of a national directory is read when the page shows.
    connect(&m_session, &Session::opened, this,
            [this] { m_model->setHeld(m_session.isLarge() && !isVisible()); });
}

void HotlinesPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_model->setHeld(false);
}

void HotlinesPage::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_model->setHeld(m_session.isLarge());
}

void HotlinesPage::add()
{
    const Result<QList<Unit>> units = m_session.directory().units();
    HotlineDialog dialog(Hotline(), units ? units.value() : QList<Unit>(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (const Status s = m_session.push(PresenceCommand::addHotline(m_session, dialog.hotline()));
        !s)
        MessageBox::warning(this, tr("Hotlines"), s.message());
}

void HotlinesPage::edit()
{
    const QModelIndex current = m_view->currentIndex();
    const Hotline *hotline = m_model->hotline(current.isValid() ? current.row() : -1);
    if (!hotline)
        return;
    const Hotline before = *hotline;
    const Result<QList<Unit>> units = m_session.directory().units();
    HotlineDialog dialog(before, units ? units.value() : QList<Unit>(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (const Status s = m_session.push(new UpdateCommand<Hotline>(
            m_session, tr("Edit Hotline “%1”").arg(before.label), before, dialog.hotline()));
        !s)
        MessageBox::warning(this, tr("Hotlines"), s.message());
}

void HotlinesPage::remove()
{
    const QModelIndex current = m_view->currentIndex();
    const Hotline *hotline = m_model->hotline(current.isValid() ? current.row() : -1);
    if (!hotline)
        return;
    const Hotline h = *hotline;
    if (MessageBox::question(this, tr("Delete Hotline"),
                             tr("Delete the hotline “%1”?").arg(h.label),
                             MessageBox::Delete | MessageBox::Cancel, MessageBox::Cancel)
        != MessageBox::Delete)
        return;
    if (const Status s = m_session.push(
            PresenceCommand::remove(m_session, PresenceCommand::Kind::Hotline, h.id, h.label));
        !s)
        MessageBox::warning(this, tr("Hotlines"), s.message());
}

} // namespace DutyDesk
