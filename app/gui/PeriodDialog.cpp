#include "PeriodDialog.h"

#include "Format.h"
#include "LunarCalendar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace DutyDesk {

PeriodDialog::PeriodDialog(const QList<DutyPeriod> &earlier, const QDate &today, QWidget *parent)
    : QDialog(parent)
    , m_year(new QSpinBox(this))
    , m_holiday(new QComboBox(this))
    , m_title(new QLineEdit(this))
    , m_first(new QDateEdit(this))
    , m_last(new QDateEdit(this))
    , m_copyFrom(new QComboBox(this))
    , m_copyAssignments(new QCheckBox(tr("Also copy the assignments, day by day"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("periodDialog"));
    setWindowTitle(tr("New Duty Period"));
    Format::translateButtons(m_buttons);

    m_year->setObjectName(QStringLiteral("periodYearSpin"));
    m_year->setRange(1900, 2100);
    m_year->setValue(today.year());
    m_holiday->setObjectName(QStringLiteral("periodHolidayCombo"));
    m_title->setObjectName(QStringLiteral("periodTitleEdit"));
    for (QDateEdit *edit : {m_first, m_last}) {
        edit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
        edit->setCalendarPopup(true);
        edit->setDate(today);
    }
    m_first->setObjectName(QStringLiteral("periodFirstDayEdit"));
    m_last->setObjectName(QStringLiteral("periodLastDayEdit"));
    m_copyFrom->setObjectName(QStringLiteral("periodCopyFromCombo"));
    m_copyFrom->addItem(tr("Nothing: the usual shifts and duty roles"), NoId);
    for (const DutyPeriod &p : earlier)
        m_copyFrom->addItem(
            tr("%1 (%2 – %3)").arg(p.title, Format::date(p.firstDay), Format::date(p.lastDay)),
            p.id);
    m_copyAssignments->setObjectName(QStringLiteral("periodCopyAssignmentsCheck"));
    m_copyAssignments->setChecked(true);
    m_copyAssignments->setEnabled(false);

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Year:"), m_year);
    form->addRow(tr("&Holiday:"), m_holiday);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&First day:"), m_first);
    form->addRow(tr("&Last day:"), m_last);
    form->addRow(tr("&Copy from:"), m_copyFrom);
    form->addRow(QString(), m_copyAssignments);
    form->addRow(m_buttons);

    connect(m_year, &QSpinBox::valueChanged, this, &PeriodDialog::fillHolidays);
    connect(m_holiday, &QComboBox::currentIndexChanged, this, &PeriodDialog::applyHoliday);
    connect(m_title, &QLineEdit::textChanged, this, &PeriodDialog::updateButtons);
    connect(m_first, &QDateEdit::dateChanged, this, &PeriodDialog::updateButtons);
    connect(m_last, &QDateEdit::dateChanged, this, &PeriodDialog::updateButtons);
    connect(m_copyFrom, &QComboBox::currentIndexChanged, this,
            [this] { m_copyAssignments->setEnabled(copySourceId() != NoId); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    fillHolidays();
    // Propose the next holiday to come.
    for (int i = 0; i < m_holidays.size(); ++i) {
        if (!m_holidays.at(i).proposedDays.isEmpty()
            && m_holidays.at(i).proposedDays.last() >= today) {
            m_holiday->setCurrentIndex(i + 1);
            break;
        }
    }
    resize(560, sizeHint().height());
    updateButtons();
}

QString PeriodDialog::proposedTitle(const Holidays::Holiday &h)
{
    // Printed on the official roster: Vietnamese whatever the interface speaks.
    const int year = h.date.year();
    switch (h.kind) {
    case Holidays::Kind::NewYear:
        return QStringLiteral("Nghỉ Tết Dương lịch %1").arg(year);
    case Holidays::Kind::Tet:
        return QStringLiteral("Nghỉ Tết Nguyên đán %1").arg(LunarCalendar::canChi(year));
    case Holidays::Kind::HungKings:
        return QStringLiteral("Nghỉ lễ Giỗ Tổ Hùng Vương %1").arg(year);
    case Holidays::Kind::Reunification:
    case Holidays::Kind::LabourDay:
        return QStringLiteral("Nghỉ lễ 30/4 – 01/5/%1").arg(year);
    case Holidays::Kind::NationalDay:
        return QStringLiteral("Nghỉ lễ Quốc khánh 2/9/%1").arg(year);
    }
    return {};
}

QList<Shift> PeriodDialog::defaultShifts()
{
    return {
        {NoId, NoId, QStringLiteral("Ca ngày"), QTime(7, 30), QTime(17, 0), 1},
        {NoId, NoId, QStringLiteral("Ca đêm"), QTime(17, 0), QTime(7, 30), 2},
    };
}

QList<DutyRole> PeriodDialog::defaultRoles()
{
    // Places per kind: Department, agency office, district office, school,
    // centre, affiliated, external (agency offices rely on the Department's
    // officer and technician; external partners staff nothing).
    struct Spec
    {
        const char16_t *name;
        bool leader;
        int counts[7];
    };
    static const Spec specs[] = {
        {u"Lãnh đạo trực", true, {1, 1, 1, 1, 1, 1, 0}},
        {u"Cán bộ trực", false, {1, 0, 1, 1, 1, 1, 0}},
        {u"Trực kỹ thuật/ATTT", false, {1, 0, 1, 1, 1, 0, 0}},
        {u"Bảo vệ", false, {0, 0, 0, 1, 1, 0, 0}},
    };
    QList<DutyRole> roles;
    int order = 1;
    for (const Spec &spec : specs) {
        DutyRole role;
        role.name = QString::fromUtf16(spec.name);
        role.leaderRole = spec.leader;
        role.sortOrder = order++;
        for (int k = 0; k < 7; ++k)
            role.requirements << RoleRequirement {UnitKind(k), spec.counts[k]};
        roles << role;
    }
    return roles;
}

void PeriodDialog::fillHolidays()
{
    m_holidays = Holidays::forYear(m_year->value());
    const QSignalBlocker blocker(m_holiday);
    m_holiday->clear();
    m_holiday->addItem(tr("None: enter the days by hand"));
    for (const Holidays::Holiday &h : std::as_const(m_holidays)) {
        const QString days = h.proposedDays.isEmpty()
            ? QString()
            : tr("%1 – %2").arg(Format::date(h.proposedDays.first()),
                                Format::date(h.proposedDays.last()));
        m_holiday->addItem(tr("%1: %2").arg(Holidays::kindName(h.kind), days));
    }
}

void PeriodDialog::applyHoliday()
{
    const int i = m_holiday->currentIndex() - 1;
    if (i < 0 || i >= m_holidays.size())
        return;
    const Holidays::Holiday &h = m_holidays.at(i);
    m_title->setText(proposedTitle(h));
    if (!h.proposedDays.isEmpty()) {
        m_first->setDate(h.proposedDays.first());
        m_last->setDate(h.proposedDays.last());
    }
}

void PeriodDialog::updateButtons()
{
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(!m_title->text().trimmed().isEmpty() && m_first->date() <= m_last->date());
}

DutyPeriod PeriodDialog::period() const
{
    DutyPeriod p;
    p.title = m_title->text().trimmed();
    p.firstDay = m_first->date();
    p.lastDay = m_last->date();
    return p;
}

Id PeriodDialog::copySourceId() const
{
    return m_copyFrom->currentData().toLongLong();
}

bool PeriodDialog::copyAssignments() const
{
    return m_copyAssignments->isChecked();
}

} // namespace DutyDesk
