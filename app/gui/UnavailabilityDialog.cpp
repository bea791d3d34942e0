#include "UnavailabilityDialog.h"

#include "MessageBox.h"
#include "Session.h"
#include "UnavailabilityCommand.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace DutyDesk {

UnavailabilityDialog::UnavailabilityDialog(Session &session, const Person &person, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_person(person)
    , m_list(new QListWidget(this))
    , m_from(new QDateEdit(QDate::currentDate(), this))
    , m_to(new QDateEdit(QDate::currentDate(), this))
    , m_reason(new QLineEdit(this))
    , m_remove(new QPushButton(tr("&Remove"), this))
{
    setObjectName(QStringLiteral("unavailabilityDialog"));
    setWindowTitle(tr("Unavailability of %1").arg(person.fullName));
    m_list->setObjectName(QStringLiteral("unavailabilityList"));
    m_from->setObjectName(QStringLiteral("unavailabilityFrom"));
    m_to->setObjectName(QStringLiteral("unavailabilityTo"));
    m_reason->setObjectName(QStringLiteral("unavailabilityReason"));
    m_remove->setObjectName(QStringLiteral("removeUnavailability"));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    }
    m_reason->setPlaceholderText(tr("Leave, business trip, training…"));
    auto *add = new QPushButton(tr("&Add"), this);
    add->setObjectName(QStringLiteral("addUnavailability"));

    auto *form = new QFormLayout;
    form->addRow(tr("&From:"), m_from);
    form->addRow(tr("&To:"), m_to);
    form->addRow(tr("R&eason:"), m_reason);
    auto *row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(add);
    row->addWidget(m_remove);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Days on which %1 cannot be on duty:").arg(person.fullName)));
    layout->addWidget(m_list);
    layout->addLayout(form);
    layout->addLayout(row);
    layout->addWidget(buttons);

    connect(add, &QPushButton::clicked, this, &UnavailabilityDialog::addEntry);
    connect(m_remove, &QPushButton::clicked, this, &UnavailabilityDialog::removeSelected);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::currentRowChanged, this,
            [this](int row) { m_remove->setEnabled(row >= 0); });
    connect(&m_session, &Session::changed, this, &UnavailabilityDialog::reload);
    reload();
}

void UnavailabilityDialog::reload()
{
    const Result<QList<Unavailability>> entries = m_session.periods().unavailability(m_person.id);
    m_entries = entries ? entries.value() : QList<Unavailability>();
    m_list->clear();
    for (const Unavailability &u : std::as_const(m_entries)) {
        m_list->addItem(tr("%1 – %2: %3")
                            .arg(u.firstDay.toString(QStringLiteral("dd/MM/yyyy")),
                                 u.lastDay.toString(QStringLiteral("dd/MM/yyyy")), u.reason));
    }
    m_remove->setEnabled(m_list->currentRow() >= 0);
}

void UnavailabilityDialog::addEntry()
{
    Unavailability entry;
    entry.personId = m_person.id;
    entry.firstDay = m_from->date();
    entry.lastDay = m_to->date();
    entry.reason = m_reason->text();
    if (const Status s = m_session.push(new UnavailabilityCommand(
            m_session, UnavailabilityCommand::Action::Add, entry, m_person.fullName));
        !s) {
        MessageBox::warning(this, windowTitle(), s.message());
        return;
    }
    m_reason->clear();
    reload();
}

void UnavailabilityDialog::removeSelected()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_entries.size())
        return;
    if (const Status s
        = m_session.push(new UnavailabilityCommand(m_session, UnavailabilityCommand::Action::Remove,
                                                   m_entries.at(row), m_person.fullName));
        !s)
        MessageBox::warning(this, windowTitle(), s.message());
    reload();
}

} // namespace DutyDesk
