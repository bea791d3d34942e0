#pragma once

#include "Domain.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QSpinBox;
class QCheckBox;

namespace DutyDesk {

/// Edits a unit's properties (new or existing): name, short name, kind, code,
/// address, sort order, active.
class UnitDialog : public QDialog
{
    Q_OBJECT
public:
    explicit UnitDialog(const Unit &unit, QWidget *parent = nullptr);
    Unit unit() const;

private:
    void updateOk();

    Unit m_unit;
    QLineEdit *m_name;
    QLineEdit *m_shortName;
    QComboBox *m_kind;
    QLineEdit *m_code;
    QLineEdit *m_address;
    QSpinBox *m_sortOrder;
    QCheckBox *m_active;
    QDialogButtonBox *m_buttons;
};

} // namespace DutyDesk
