#include "UnitDialog.h"

#include "DomainNames.h"
#include "Format.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace DutyDesk {

UnitDialog::UnitDialog(const Unit &unit, QWidget *parent)
    : QDialog(parent)
    , m_unit(unit)
    , m_name(new QLineEdit(unit.name, this))
    , m_shortName(new QLineEdit(unit.shortName, this))
    , m_kind(new QComboBox(this))
    , m_code(new QLineEdit(unit.code, this))
    , m_address(new QLineEdit(unit.address, this))
    , m_sortOrder(new QSpinBox(this))
    , m_active(new QCheckBox(tr("Active"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("unitDialog"));
    setWindowTitle(unit.id == NoId ? tr("New Unit") : tr("Edit Unit"));
    m_name->setObjectName(QStringLiteral("unitNameEdit"));
    m_shortName->setObjectName(QStringLiteral("unitShortNameEdit"));
    m_kind->setObjectName(QStringLiteral("unitKindCombo"));
    m_code->setObjectName(QStringLiteral("unitCodeEdit"));
    m_address->setObjectName(QStringLiteral("unitAddressEdit"));
    m_sortOrder->setObjectName(QStringLiteral("unitSortOrderSpin"));
    m_active->setObjectName(QStringLiteral("unitActiveCheck"));
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    for (UnitKind kind : DomainNames::allUnitKinds())
        m_kind->addItem(DomainNames::displayName(kind), int(kind));
    m_kind->setCurrentIndex(m_kind->findData(int(unit.kind)));
    m_sortOrder->setRange(-100000, 100000);
    m_sortOrder->setValue(unit.sortOrder);
    m_active->setChecked(unit.active);
    m_name->setPlaceholderText(tr("e.g. Trường THPT Ngô Quyền"));

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("S&hort name:"), m_shortName);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Code:"), m_code);
    form->addRow(tr("&Address:"), m_address);
    form->addRow(tr("&Sort order:"), m_sortOrder);
    form->addRow(QString(), m_active);
    form->addRow(m_buttons);
    Format::translateButtons(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &UnitDialog::updateOk);
    updateOk();
    resize(480, sizeHint().height());
}

void UnitDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_name->text().trimmed().isEmpty());
}

Unit UnitDialog::unit() const
{
    Unit unit = m_unit;
    unit.name = m_name->text();
    unit.shortName = m_shortName->text();
    unit.kind = UnitKind(m_kind->currentData().toInt());
    unit.code = m_code->text();
    unit.address = m_address->text();
    unit.sortOrder = m_sortOrder->value();
    unit.active = m_active->isChecked();
    return unit;
}

} // namespace DutyDesk
