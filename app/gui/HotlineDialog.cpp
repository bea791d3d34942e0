#include "HotlineDialog.h"

#include "Format.h"
#include "PhoneNumber.h"
#include "VietnameseText.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

#include <algorithm>

namespace DutyDesk {

HotlineDialog::HotlineDialog(const Hotline &hotline, const QList<Unit> &units, QWidget *parent)
    : QDialog(parent)
    , m_hotline(hotline)
    , m_label(new QLineEdit(hotline.label, this))
    , m_number(
          new QLineEdit(hotline.number.isEmpty() ? QString() : Format::phone(hotline.number), this))
    , m_reason(new QLabel(this))
    , m_hours(new QLineEdit(hotline.hours, this))
    , m_source(new QLineEdit(hotline.sourceNote, this))
    , m_unit(new QComboBox(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("hotlineDialog"));
    setWindowTitle(hotline.id == NoId ? tr("New Hotline") : tr("Edit Hotline"));
    m_label->setObjectName(QStringLiteral("hotlineLabelEdit"));
    m_number->setObjectName(QStringLiteral("hotlineNumberEdit"));
    m_reason->setObjectName(QStringLiteral("hotlineReasonLabel"));
    m_hours->setObjectName(QStringLiteral("hotlineHoursEdit"));
    m_hours->setPlaceholderText(tr("e.g. 24/7 or 07:00–22:00"));
    m_source->setObjectName(QStringLiteral("hotlineSourceEdit"));
    m_unit->setObjectName(QStringLiteral("hotlineUnitCombo"));
    m_buttons->setObjectName(QStringLiteral("buttonBox"));

    QList<Unit> sorted = units;
    std::sort(sorted.begin(), sorted.end(), [](const Unit &a, const Unit &b) {
        return VietnameseText::compare(a.name, b.name) < 0;
    });
    m_unit->addItem(tr("All units (global)"), qint64(NoId));
    for (const Unit &unit : std::as_const(sorted))
        m_unit->addItem(unit.name, qint64(unit.id));
    m_unit->setCurrentIndex(qMax(0, m_unit->findData(qint64(hotline.unitId))));

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Label:"), m_label);
    form->addRow(tr("&Number:"), m_number);
    form->addRow(QString(), m_reason);
    form->addRow(tr("&Hours:"), m_hours);
    form->addRow(tr("&Unit:"), m_unit);
    form->addRow(tr("&Source:"), m_source);
    form->addRow(m_buttons);
    Format::translateButtons(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_label, &QLineEdit::textChanged, this, &HotlineDialog::check);
    connect(m_number, &QLineEdit::textChanged, this, &HotlineDialog::check);
    check();
    resize(520, sizeHint().height());
}

void HotlineDialog::check()
{
    const QString text = m_number->text().trimmed();
    bool ok = !m_label->text().trimmed().isEmpty() && !text.isEmpty();
    if (text.isEmpty()) {
        m_reason->clear();
    } else if (const Result<PhoneNumber> parsed = PhoneNumber::parse(text); parsed) {
        m_reason->setStyleSheet(QString());
        m_reason->setText(tr("✓ %1").arg(parsed->display()));
    } else {
        m_reason->setStyleSheet(QStringLiteral("color: #b00020;"));
        m_reason->setText(parsed.message());
        ok = false;
    }
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

Hotline HotlineDialog::hotline() const
{
    Hotline hotline = m_hotline;
    hotline.label = m_label->text();
    const Result<PhoneNumber> parsed = PhoneNumber::parse(m_number->text().trimmed());
    hotline.number = parsed ? parsed->e164() : m_number->text();
    hotline.hours = m_hours->text();
    hotline.sourceNote = m_source->text();
    hotline.unitId = m_unit->currentData().toLongLong();
    return hotline;
}

} // namespace DutyDesk
