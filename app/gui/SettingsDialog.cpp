#include "SettingsDialog.h"

#include "Format.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace DutyDesk {

SettingsDialog::SettingsDialog(const OrganisationSettings &organisation, const QString &language,
                               QWidget *parent)
    : QDialog(parent)
    , m_organisation(organisation)
    , m_parentAgency(new QLineEdit(organisation.parentAgency, this))
    , m_issuingAgency(new QLineEdit(organisation.issuingAgency, this))
    , m_symbol(new QLineEdit(organisation.documentSymbol, this))
    , m_place(new QLineEdit(organisation.placeName, this))
    , m_signerAuthority(new QLineEdit(organisation.signerAuthority, this))
    , m_signerTitle(new QLineEdit(organisation.signerTitle, this))
    , m_signerName(new QLineEdit(organisation.signerName, this))
    , m_recipients(new QPlainTextEdit(organisation.recipients.join(QLatin1Char('\n')), this))
    , m_language(new QComboBox(this))
    , m_dutyDesk(new QCheckBox(tr("Duty desk: read-&only"), this))
    , m_dutyDeskNote(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    m_parentAgency->setObjectName(QStringLiteral("parentAgencyEdit"));
    m_parentAgency->setPlaceholderText(tr("e.g. UBND THÀNH PHỐ HẢI PHÒNG"));
    m_issuingAgency->setObjectName(QStringLiteral("issuingAgencyEdit"));
    m_issuingAgency->setPlaceholderText(tr("e.g. SỞ GIÁO DỤC VÀ ĐÀO TẠO"));
    m_symbol->setObjectName(QStringLiteral("documentSymbolEdit"));
    m_symbol->setPlaceholderText(tr("e.g. SGDĐT-VP"));
    m_place->setObjectName(QStringLiteral("placeNameEdit"));
    m_signerAuthority->setObjectName(QStringLiteral("signerAuthorityEdit"));
    m_signerAuthority->setPlaceholderText(tr("e.g. KT. GIÁM ĐỐC"));
    m_signerTitle->setObjectName(QStringLiteral("signerTitleEdit"));
    m_signerTitle->setPlaceholderText(tr("e.g. PHÓ GIÁM ĐỐC"));
    m_signerName->setObjectName(QStringLiteral("signerNameEdit"));
    m_recipients->setObjectName(QStringLiteral("recipientsEdit"));
    m_recipients->setTabChangesFocus(true);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->addItem(QStringLiteral("Tiếng Việt"), QStringLiteral("vi"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(qMax(0, m_language->findData(language)));
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    Format::translateButtons(m_buttons);

    m_organisationBox = new QGroupBox(tr("Organisation (printed on every document)"), this);
    m_organisationBox->setObjectName(QStringLiteral("organisationBox"));
    auto *form = new QFormLayout(m_organisationBox);
    form->addRow(tr("&Parent agency:"), m_parentAgency);
    form->addRow(tr("&Issuing agency:"), m_issuingAgency);
    form->addRow(tr("Document s&ymbol:"), m_symbol);
    form->addRow(tr("P&lace name:"), m_place);
    form->addRow(tr("Signer's &authority:"), m_signerAuthority);
    form->addRow(tr("Signer's &title:"), m_signerTitle);
    form->addRow(tr("Signer's &name:"), m_signerName);
    form->addRow(tr("Default &recipients\n(one per line):"), m_recipients);

    auto *interfaceBox = new QGroupBox(tr("Interface"), this);
    auto *interfaceForm = new QFormLayout(interfaceBox);
    interfaceForm->addRow(tr("&Language:"), m_language);
    interfaceForm->addRow(new QLabel(tr("A new language applies from the next start."), this));

    auto *deskBox = new QGroupBox(tr("This computer"), this);
    auto *deskLayout = new QVBoxLayout(deskBox);
    m_dutyDesk->setObjectName(QStringLiteral("dutyDeskReadOnlyCheck"));
    m_dutyDeskNote->setObjectName(QStringLiteral("dutyDeskNoteLabel"));
    m_dutyDeskNote->setWordWrap(true);
    m_dutyDeskNote->setText(
        tr("A duty officer's desk: searching, the Now page, printing, exporting and the duty "
           "log work; the directory, the rosters and the settings of the organisation cannot be "
           "changed here. Applies at once."));
    deskLayout->addWidget(m_dutyDesk);
    deskLayout->addWidget(m_dutyDeskNote);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_organisationBox);
    layout->addWidget(interfaceBox);
    layout->addWidget(deskBox);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(560, sizeHint().height());
}

OrganisationSettings SettingsDialog::organisation() const
{
    OrganisationSettings s = m_organisation;
    s.parentAgency = m_parentAgency->text().trimmed();
    s.issuingAgency = m_issuingAgency->text().trimmed();
    s.documentSymbol = m_symbol->text().trimmed();
    s.placeName = m_place->text().trimmed();
    s.signerAuthority = m_signerAuthority->text().trimmed();
    s.signerTitle = m_signerTitle->text().trimmed();
    s.signerName = m_signerName->text().trimmed();
    s.recipients.clear();
    const QStringList lines = m_recipients->toPlainText().split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (!line.trimmed().isEmpty())
            s.recipients << line.trimmed();
    }
    return s;
}

QString SettingsDialog::language() const
{
    return m_language->currentData().toString();
}

void SettingsDialog::setDutyDeskReadOnly(bool readOnly, const QString &fixedReason)
{
    m_dutyDesk->setChecked(readOnly);
    m_dutyDesk->setEnabled(fixedReason.isEmpty());
    if (!fixedReason.isEmpty()) {
        m_dutyDesk->setToolTip(fixedReason);
        m_dutyDeskNote->setText(fixedReason);
    }
}

bool SettingsDialog::dutyDeskReadOnly() const
{
    return m_dutyDesk->isChecked();
}

void SettingsDialog::setOrganisationReadOnly(const QString &reason)
{
    for (QLineEdit *edit : {m_parentAgency, m_issuingAgency, m_symbol, m_place, m_signerAuthority,
                            m_signerTitle, m_signerName})
        edit->setReadOnly(true);
    m_recipients->setReadOnly(true);
    auto *note = new QLabel(reason, m_organisationBox);
    note->setObjectName(QStringLiteral("organisationReadOnlyLabel"));
    note->setWordWrap(true);
    qobject_cast<QFormLayout *>(m_organisationBox->layout())->insertRow(0, note);
    m_organisationBox->setToolTip(reason);
}

} // namespace DutyDesk
