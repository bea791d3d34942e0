#pragma once

#include "Domain.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QSpinBox;
class QStackedWidget;

namespace DutyDesk {

class Session;

/// Edits one step of a unit's escalation chain: its target (a duty role of
/// the unit, a person, a hotline, or the parent's chain), the wait before the
/// next step and a short instruction.
class EscalationStepDialog : public QDialog
{
    Q_OBJECT
public:
    EscalationStepDialog(Session &session, Id unitId, const EscalationStep &step,
                         QWidget *parent = nullptr);
    EscalationStep step() const;

private:
    void updateTarget();

    EscalationStep m_step;
    QComboBox *m_target;
    QStackedWidget *m_targetPages;
    QComboBox *m_role;
    QComboBox *m_person;
    QComboBox *m_hotline;
    QSpinBox *m_wait;
    QLineEdit *m_instruction;
    QDialogButtonBox *m_buttons;
};

} // namespace DutyDesk
