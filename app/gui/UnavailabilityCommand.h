#pragma once

#include "Domain.h"
#include "EditCommand.h"

namespace DutyDesk {

/// Records that a person is unavailable for some days, or removes such a
/// record; undoing does the opposite.
class UnavailabilityCommand : public EditCommand
{
    Q_DECLARE_TR_FUNCTIONS(DutyDesk::UnavailabilityCommand)
public:
    enum class Action { Add, Remove };

    UnavailabilityCommand(Session &session, Action action, const Unavailability &entry,
                          const QString &personName);

    Id entryId() const { return m_entry.id; }

protected:
    Status doRedo() override;
    Status doUndo() override;

private:
    Status add();
    Status remove();

    Action m_action;
    Unavailability m_entry;
};

} // namespace DutyDesk
