#pragma once

#include "Domain.h"
#include "EditCommand.h"

namespace DutyDesk {

/// Replaces a unit's escalation chain: adding, editing, removing and
/// reordering steps are all this one command with the chain before and after.
class SetChainCommand : public EditCommand
{
public:
    SetChainCommand(Session &session, const QString &text, Id unitId,
                    const QList<EscalationStep> &before, const QList<EscalationStep> &after);

protected:
    Status doRedo() override;
    Status doUndo() override;

private:
    Id m_unitId;
    QList<EscalationStep> m_before;
    QList<EscalationStep> m_after;
};

} // namespace DutyDesk
