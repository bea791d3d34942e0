#include "PresenceCommand.h"

#include "Session.h"

namespace DutyDesk {

PresenceCommand::PresenceCommand(Session &session, const QString &text, Kind kind, bool creates)
    : EditCommand(session, text)
    , m_kind(kind)
    , m_creates(creates)
{
}

PresenceCommand *PresenceCommand::addUnit(Session &session, const Unit &unit)
{
    auto *command
        = new PresenceCommand(session, tr("Add Unit “%1”").arg(unit.name), Kind::Unit, true);
    command->m_firstCreate = [&session, unit]() -> Result<Id> {
        const Result<Unit> added = session.directory().addUnit(unit);
        if (!added)
            return added.error();
        return added->id;
    };
    return command;
}

PresenceCommand *PresenceCommand::addPerson(Session &session, const Person &person)
{
    auto *command = new PresenceCommand(session, tr("Add Person “%1”").arg(person.fullName),
                                        Kind::Person, true);
    command->m_firstCreate = [&session, person]() -> Result<Id> {
        const Result<Person> added = session.directory().addPerson(person);
        if (!added)
            return added.error();
        return added->id;
    };
    return command;
}

PresenceCommand *PresenceCommand::addHotline(Session &session, const Hotline &hotline)
{
    auto *command = new PresenceCommand(session, tr("Add Hotline “%1”").arg(hotline.label),
                                        Kind::Hotline, true);
    command->m_firstCreate = [&session, hotline]() -> Result<Id> {
        const Result<Hotline> added = session.directory().addHotline(hotline);
        if (!added)
            return added.error();
        return added->id;
    };
    return command;
}

PresenceCommand *PresenceCommand::remove(Session &session, Kind kind, Id id, const QString &name)
{
    QString text;
    switch (kind) {
    case Kind::Unit:
        text = tr("Delete Unit “%1”").arg(name);
        break;
    case Kind::Person:
        text = tr("Delete Person “%1”").arg(name);
        break;
    case Kind::Hotline:
        text = tr("Delete Hotline “%1”").arg(name);
        break;
    }
    auto *command = new PresenceCommand(session, text, kind, false);
    command->m_id = id;
    return command;
}

Status PresenceCommand::doRedo()
{
    return m_creates ? create() : destroy();
}

Status PresenceCommand::doUndo()
{
    return m_creates ? destroy() : create();
}

Status PresenceCommand::create()
{
    if (m_snapshot)
        return m_snapshot->restore(m_session.database());
    const Result<Id> created = m_firstCreate();
    if (!created)
        return created.error();
    m_id = created.value();
    return {};
}

Status PresenceCommand::destroy()
{
    Database &db = m_session.database();
    DirectoryStore &directory = m_session.directory();
    // The snapshot and the deletion in one transaction: nothing can slip in between.
    return db.transaction([&]() -> Status {
        Result<DeletionSnapshot> snapshot = Error(Error::Code::Invalid, QString());
        switch (m_kind) {
        case Kind::Unit:
            snapshot = DeletionSnapshot::ofUnit(db, m_id);
            break;
        case Kind::Person:
            snapshot = DeletionSnapshot::ofPerson(db, m_id);
            break;
        case Kind::Hotline:
            snapshot = DeletionSnapshot::ofHotline(db, m_id);
            break;
        }
        if (!snapshot)
            return snapshot.error();
        m_snapshot = snapshot.value();
        switch (m_kind) {
        case Kind::Unit:
            return directory.deleteUnit(m_id);
        case Kind::Person:
            return directory.deletePerson(m_id);
        case Kind::Hotline:
            return directory.deleteHotline(m_id);
        }
        return {};
    });
}

} // namespace DutyDesk
