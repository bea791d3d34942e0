#include "UnavailabilityCommand.h"

#include "Format.h"
#include "Session.h"

namespace DutyDesk {

UnavailabilityCommand::UnavailabilityCommand(Session &session, Action action,
                                             const Unavailability &entry, const QString &personName)
    : EditCommand(session,
                  action == Action::Add
                      ? tr("Unavailable: %1, %2 – %3")
                            .arg(personName, entry.firstDay.toString(QStringLiteral("dd/MM/yyyy")),
                                 entry.lastDay.toString(QStringLiteral("dd/MM/yyyy")))
                      : tr("Remove the unavailability of %1").arg(personName))
    , m_action(action)
    , m_entry(entry)
{
}

Status UnavailabilityCommand::add()
{
    const Result<Unavailability> added = m_session.periods().addUnavailability(m_entry);
    if (!added)
        return added.error();
    m_entry = added.value();
    return {};
}

Status UnavailabilityCommand::remove()
{
    return m_session.periods().deleteUnavailability(m_entry.id);
}

Status UnavailabilityCommand::doRedo()
{
    return m_action == Action::Add ? add() : remove();
}

Status UnavailabilityCommand::doUndo()
{
    return m_action == Action::Add ? remove() : add();
}

} // namespace DutyDesk
