#include "SetOrganisationCommand.h"

#include "Session.h"

namespace DutyDesk {

SetOrganisationCommand::SetOrganisationCommand(Session &session, const OrganisationSettings &before,
                                               const OrganisationSettings &after)
    : EditCommand(session, tr("Change Organisation Settings"))
    , m_before(before)
    , m_after(after)
{
}

Status SetOrganisationCommand::doRedo()
{
    return m_session.settings().setOrganisation(m_after);
}

Status SetOrganisationCommand::doUndo()
{
    return m_session.settings().setOrganisation(m_before);
}

} // namespace DutyDesk
