#pragma once

#include "Domain.h"
#include "Holidays.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLineEdit;
class QSpinBox;

namespace DutyDesk {

/// A new duty period: from a holiday's proposed days off (Holidays::forYear:
/// pick the holiday, the title and days are filled in, the user adjusts them)
/// or by hand; with the default shifts and roles, or with the shifts, roles
/// and (optionally) the assignments of an earlier period.
class PeriodDialog : public QDialog
{
    Q_OBJECT
public:
    PeriodDialog(const QList<DutyPeriod> &earlier, const QDate &today, QWidget *parent = nullptr);

    DutyPeriod period() const;
    /// The period to copy from; NoId for the default shifts and roles.
    Id copySourceId() const;
    bool copyAssignments() const;

    /// The title a holiday's period gets by default (Vietnamese: it is printed).
    static QString proposedTitle(const Holidays::Holiday &holiday);
    /// Ca ngày 07:30–17:00 and Ca đêm 17:00–07:30.
    static QList<Shift> defaultShifts();
    /// Lãnh đạo trực, Cán bộ trực, Trực kỹ thuật/ATTT, Bảo vệ with the usual
    /// number of people for each kind of unit.
    static QList<DutyRole> defaultRoles();

private:
    void fillHolidays();
    void applyHoliday();
    void updateButtons();

    QSpinBox *m_year;
    QComboBox *m_holiday;
    QLineEdit *m_title;
    QDateEdit *m_first;
    QDateEdit *m_last;
    QComboBox *m_copyFrom;
    QCheckBox *m_copyAssignments;
    QDialogButtonBox *m_buttons;
    QList<Holidays::Holiday> m_holidays;
};

} // namespace DutyDesk
