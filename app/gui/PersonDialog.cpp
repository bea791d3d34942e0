#include "PersonDialog.h"

#include "DomainNames.h"
#include "Format.h"
#include "PhoneNumber.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace DutyDesk {

PersonDialog::PersonDialog(const Person &person, QWidget *parent)
    : QDialog(parent)
    , m_person(person)
    , m_name(new QLineEdit(person.fullName, this))
    , m_position(new QLineEdit(person.position, this))
    , m_leader(new QCheckBox(tr("&Leader"), this))
    , m_itSecurity(new QCheckBox(tr("&IT/security staff"), this))
    , m_email(new QLineEdit(person.email, this))
    , m_notes(new QPlainTextEdit(person.notes, this))
    , m_active(new QCheckBox(tr("Acti&ve"), this))
    , m_phoneLayout(new QVBoxLayout)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("personDialog"));
    setWindowTitle(person.id == NoId ? tr("New Person") : tr("Edit Person"));
    m_name->setObjectName(QStringLiteral("fullNameEdit"));
    m_name->setPlaceholderText(tr("Family, middle and given name, e.g. Phạm Đức Tính"));
    m_position->setObjectName(QStringLiteral("positionEdit"));
    m_leader->setObjectName(QStringLiteral("leaderCheck"));
    m_itSecurity->setObjectName(QStringLiteral("itSecurityCheck"));
    m_email->setObjectName(QStringLiteral("emailEdit"));
    m_notes->setObjectName(QStringLiteral("notesEdit"));
    m_notes->setMaximumHeight(70);
    m_notes->setTabChangesFocus(true);
    m_active->setObjectName(QStringLiteral("personActiveCheck"));
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    m_leader->setChecked(person.leader);
    m_itSecurity->setChecked(person.itSecurity);
    m_active->setChecked(person.active);

    auto *flags = new QHBoxLayout;
    flags->addWidget(m_leader);
    flags->addWidget(m_itSecurity);
    flags->addWidget(m_active);
    flags->addStretch();

    auto *addPhone = new QPushButton(tr("Add &number"), this);
    addPhone->setObjectName(QStringLiteral("addPhoneButton"));
    connect(addPhone, &QPushButton::clicked, this, [this] { addPhoneRow()->setFocus(); });
    auto *phones = new QVBoxLayout;
    phones->addLayout(m_phoneLayout);
    phones->addWidget(addPhone, 0, Qt::AlignLeft);

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Full name:"), m_name);
    form->addRow(tr("&Position:"), m_position);
    form->addRow(QString(), flags);
    form->addRow(tr("Phone numbers:"), phones);
    form->addRow(tr("&E-mail:"), m_email);
    form->addRow(tr("N&otes:"), m_notes);
    form->addRow(m_buttons);
    Format::translateButtons(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &PersonDialog::updateOk);

    for (const PhoneEntry &entry : person.phones)
        addPhoneRow(entry);
    if (m_phones.isEmpty())
        addPhoneRow();
    updateOk();
    resize(560, sizeHint().height());
}

QLineEdit *PersonDialog::addPhoneRow(const PhoneEntry &entry)
{
    auto *widget = new QWidget(this);
    auto *kind = new QComboBox(widget);
    kind->setObjectName(QStringLiteral("phoneKindCombo"));
    for (PhoneKind k : {PhoneKind::Mobile, PhoneKind::Office, PhoneKind::Home})
        kind->addItem(DomainNames::displayName(k), int(k));
    kind->setCurrentIndex(kind->findData(int(entry.kind)));
    auto *number
        = new QLineEdit(entry.e164.isEmpty() ? QString() : Format::phone(entry.e164), widget);
    number->setObjectName(QStringLiteral("phoneEdit"));
    number->setPlaceholderText(tr("e.g. 0904 185 683"));
    auto *remove = new QToolButton(widget);
    remove->setObjectName(QStringLiteral("removePhoneButton"));
    remove->setText(tr("Remove"));
    remove->setToolTip(tr("Remove this number"));
    auto *reason = new QLabel(widget);
    reason->setObjectName(QStringLiteral("phoneReasonLabel"));
    reason->setWordWrap(true);

    auto *grid = new QGridLayout(widget);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(kind, 0, 0);
    grid->addWidget(number, 0, 1);
    grid->addWidget(remove, 0, 2);
    grid->addWidget(reason, 1, 1, 1, 2);
    m_phoneLayout->addWidget(widget);
    m_phones << PhoneRow {widget, kind, number, reason};

    connect(number, &QLineEdit::textChanged, this, [this, number] {
        for (PhoneRow &row : m_phones) {
            if (row.number == number)
                checkPhone(row);
        }
        updateOk();
    });
    connect(remove, &QToolButton::clicked, this, [this, widget] {
        for (int i = 0; i < m_phones.size(); ++i) {
            if (m_phones[i].widget == widget) {
                m_phones.removeAt(i);
                break;
            }
        }
        widget->deleteLater();
        updateOk();
    });
    checkPhone(m_phones.last());
    return number;
}

void PersonDialog::checkPhone(PhoneRow &row)
{
    const QString text = row.number->text().trimmed();
    if (text.isEmpty()) {
        row.reason->clear();
        row.reason->setVisible(false);
        return;
    }
    const Result<PhoneNumber> parsed = PhoneNumber::parse(text);
    row.reason->setVisible(true);
    if (parsed) {
        row.reason->setStyleSheet(QString());
        row.reason->setText(tr("✓ %1").arg(parsed->display()));
    } else {
        row.reason->setStyleSheet(QStringLiteral("color: #b00020;"));
        row.reason->setText(parsed.message());
    }
}

void PersonDialog::updateOk()
{
    bool ok = !m_name->text().trimmed().isEmpty();
    for (const PhoneRow &row : std::as_const(m_phones)) {
        const QString text = row.number->text().trimmed();
        if (!text.isEmpty() && !PhoneNumber::parse(text))
            ok = false;
    }
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

Person PersonDialog::person() const
{
    Person person = m_person;
    person.fullName = m_name->text();
    person.position = m_position->text();
    person.leader = m_leader->isChecked();
    person.itSecurity = m_itSecurity->isChecked();
    person.email = m_email->text();
    person.notes = m_notes->toPlainText();
    person.active = m_active->isChecked();
    person.phones.clear();
    for (const PhoneRow &row : m_phones) {
        const Result<PhoneNumber> parsed = PhoneNumber::parse(row.number->text().trimmed());
        if (!parsed)
            continue;
        PhoneEntry entry;
        entry.kind = PhoneKind(row.kind->currentData().toInt());
        entry.e164 = parsed->e164();
        person.phones << entry;
    }
    return person;
}

} // namespace DutyDesk
