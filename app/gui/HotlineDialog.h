#pragma once

#include "Domain.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace DutyDesk {

/// Edits a hotline: label, number (checked as typed), hours, source note and
/// the unit it belongs to (or none: a global hotline).
class HotlineDialog : public QDialog
{
    Q_OBJECT
public:
    HotlineDialog(const Hotline &hotline, const QList<Unit> &units, QWidget *parent = nullptr);
    Hotline hotline() const;

private:
    void check();

    Hotline m_hotline;
    QLineEdit *m_label;
    QLineEdit *m_number;
    QLabel *m_reason;
    QLineEdit *m_hours;
    QLineEdit *m_source;
    QComboBox *m_unit;
    QDialogButtonBox *m_buttons;
};

} // namespace DutyDesk
