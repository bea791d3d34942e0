#pragma once

#include "Domain.h"
#include "EditCommand.h"

namespace DutyDesk {

/// Changes the organisation texts printed on every document.
class SetOrganisationCommand : public EditCommand
{
    Q_DECLARE_TR_FUNCTIONS(DutyDesk::SetOrganisationCommand)
public:
    SetOrganisationCommand(Session &session, const OrganisationSettings &before,
                           const OrganisationSettings &after);

protected:
    Status doRedo() override;
    Status doUndo() override;

private:
    OrganisationSettings m_before;
    OrganisationSettings m_after;
};

} // namespace DutyDesk
