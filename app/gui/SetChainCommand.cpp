#include "SetChainCommand.h"

#include "Session.h"

namespace DutyDesk {

SetChainCommand::SetChainCommand(Session &session, const QString &text, Id unitId,
                                 const QList<EscalationStep> &before,
                                 const QList<EscalationStep> &after)
    : EditCommand(session, text)
    , m_unitId(unitId)
    , m_before(before)
    , m_after(after)
{
}

Status SetChainCommand::doRedo()
{
    return m_session.escalation().setChain(m_unitId, m_after);
}

Status SetChainCommand::doUndo()
{
    return m_session.escalation().setChain(m_unitId, m_before);
}

} // namespace DutyDesk
