#pragma once

#include "DeletionSnapshot.h"
#include "Domain.h"
#include "EditCommand.h"

#include <functional>
#include <optional>

namespace DutyDesk {

/// Creates or deletes a unit, a person or a hotline. Deleting keeps a
/// DeletionSnapshot of everything that goes with the record, so undoing puts
/// it all back with the same ids; undoing a creation deletes the record the
/// same way, so a redo brings back the very same id that later edits use.
class PresenceCommand : public EditCommand
{
    Q_DECLARE_TR_FUNCTIONS(DutyDesk::PresenceCommand)
public:
    enum class Kind { Unit, Person, Hotline };

    static PresenceCommand *addUnit(Session &session, const Unit &unit);
    static PresenceCommand *addPerson(Session &session, const Person &person);
    static PresenceCommand *addHotline(Session &session, const Hotline &hotline);
    static PresenceCommand *remove(Session &session, Kind kind, Id id, const QString &name);

    /// The record's id (known once a creation was applied).
    Id recordId() const { return m_id; }

protected:
    Status doRedo() override;
    Status doUndo() override;

private:
    PresenceCommand(Session &session, const QString &text, Kind kind, bool creates);
    Status create();
    Status destroy();

    Kind m_kind;
    bool m_creates;
    Id m_id = NoId;
    std::function<Result<Id>()> m_firstCreate;
    std::optional<DeletionSnapshot> m_snapshot;
};

} // namespace DutyDesk
