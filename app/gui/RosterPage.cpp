#include "RosterPage.h"

#include "DomainNames.h"
#include "Format.h"
#include "Session.h"

#include <QHeaderView>
#include <QLabel>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace DutyDesk {

RosterPage::RosterPage(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new QStandardItemModel(this))
    , m_view(new QTreeView(this))
{
    setObjectName(QStringLiteral("rosterPage"));
    m_view->setObjectName(QStringLiteral("periodsView"));
    m_view->setModel(m_model);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto *note = new QLabel(tr("Duty periods and their shifts. Editing the roster grid comes in a "
                               "later version; the Now page already answers from it."),
                            this);
    note->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addWidget(m_view, 1);
    connect(&m_session, &Session::changed, this, &RosterPage::reload);
    reload();
}

void RosterPage::reload()
{
    // A short, read-only list: a QStandardItemModel is enough here.
    m_model->clear();
    m_model->setHorizontalHeaderLabels({tr("Period"), tr("Days"), tr("Status")});
    if (!m_session.isOpen())
        return;
    const Result<QList<DutyPeriod>> periods = m_session.periods().periods();
    if (!periods)
        return;
    for (const DutyPeriod &p : periods.value()) {
        auto *title = new QStandardItem(p.title);
        const QString days = tr("%1 – %2").arg(Format::dateWithWeekday(p.firstDay),
                                               Format::dateWithWeekday(p.lastDay));
        if (const Result<QList<Shift>> shifts = m_session.periods().shifts(p.id); shifts) {
            for (const Shift &s : shifts.value()) {
                title->appendRow(
                    {new QStandardItem(s.name),
                     new QStandardItem(tr("%1–%2").arg(Format::time(s.start), Format::time(s.end))),
                     new QStandardItem()});
            }
        }
        m_model->appendRow({title, new QStandardItem(days),
                            new QStandardItem(DomainNames::displayName(p.status))});
    }
    m_view->expandAll();
    m_view->header()->resizeSection(0, 320);
    m_view->header()->resizeSection(1, 360);
}

} // namespace DutyDesk
