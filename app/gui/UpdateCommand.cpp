#include "UpdateCommand.h"

namespace DutyDesk {

Result<Unit> loadRecord(Session &session, const Unit &unit)
{
    return session.directory().unit(unit.id);
}

Result<Person> loadRecord(Session &session, const Person &person)
{
    return session.directory().person(person.id);
}

Result<Hotline> loadRecord(Session &session, const Hotline &hotline)
{
    return session.directory().hotline(hotline.id);
}

bool sameContent(const Unit &a, const Unit &b)
{
    return a.id == b.id && a.parentId == b.parentId && a.kind == b.kind && a.name == b.name
        && a.shortName == b.shortName && a.code == b.code && a.address == b.address
        && a.sortOrder == b.sortOrder && a.active == b.active;
}

bool sameContent(const Person &a, const Person &b)
{
    if (a.id != b.id || a.unitId != b.unitId || a.fullName != b.fullName || a.position != b.position
        || a.leader != b.leader || a.itSecurity != b.itSecurity || a.email != b.email
        || a.notes != b.notes || a.active != b.active || a.phones.size() != b.phones.size())
        return false;
    // Phone rows get new ids on every save: compare what they say.
    for (qsizetype i = 0; i < a.phones.size(); ++i) {
        if (a.phones.at(i).kind != b.phones.at(i).kind
            || a.phones.at(i).e164 != b.phones.at(i).e164)
            return false;
    }
    return true;
}

bool sameContent(const Hotline &a, const Hotline &b)
{
    return a.id == b.id && a.unitId == b.unitId && a.label == b.label && a.number == b.number
        && a.hours == b.hours && a.sourceNote == b.sourceNote && a.sortOrder == b.sortOrder;
}

Status saveRecord(Session &session, Unit &unit)
{
    return session.directory().updateUnit(unit);
}

Status saveRecord(Session &session, Person &person)
{
    return session.directory().updatePerson(person);
}

Status saveRecord(Session &session, Hotline &hotline)
{
    return session.directory().updateHotline(hotline);
}

Error changedElsewhere(const QString &what)
{
    return Error(Error::Code::Conflict,
                 QCoreApplication::translate("DutyDesk::UpdateCommand",
                                             "“%1” cannot be applied: the record was changed "
                                             "elsewhere in the meantime.")
                     .arg(what));
}

} // namespace DutyDesk
