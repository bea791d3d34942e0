#pragma once

#include "Database.h"
#include "Domain.h"
#include "Result.h"

#include <QCoreApplication>

namespace DutyDesk {

/// The escalation chain of each unit: ordered steps, each with a target, a
/// wait before the next step and an instruction.
class EscalationStore
{
    Q_DECLARE_TR_FUNCTIONS(DutyDesk::EscalationStore)
public:
    explicit EscalationStore(Database &database);

    /// The unit's own steps, in order (not the inherited ones).
    Result<QList<EscalationStep>> steps(Id unitId) const;
    Result<EscalationStep> step(Id stepId) const;
    /// Appends a step at the end of the unit's chain (or at `position` when > 0).
    Result<EscalationStep> addStep(EscalationStep step);
    Status updateStep(EscalationStep &step);
    Status removeStep(Id stepId);
    /// Moves a step to a new 1-based position in its chain.
    Status moveStep(Id stepId, int newPosition);
    /// Replaces the unit's whole chain in one transaction (reorder, undo).
    Status setChain(Id unitId, QList<EscalationStep> steps);

private:
    Status validate(EscalationStep &step) const;
    Status renumber(Id unitId, const QList<Id> &order);
    Status insertStep(EscalationStep &step);

    Database &m_db;
};

} // namespace DutyDesk
