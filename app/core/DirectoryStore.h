#pragma once

#include "Database.h"
#include "Domain.h"
#include "Result.h"

#include <QCoreApplication>

namespace DutyDesk {

/// The directory: the unit tree, people with their phone numbers, hotlines.
/// Every change is validated, runs in one transaction and is audited.
/// Phone numbers may be given in any written form; they are stored as E.164.
class DirectoryStore
{
    Q_DECLARE_TR_FUNCTIONS(DutyDesk::DirectoryStore)
public:
    explicit DirectoryStore(Database &database);

    // Units
    Result<Unit> unit(Id id) const;
    /// All units, parents before children is not guaranteed; ordered by sort order then id.
    Result<QList<Unit>> units() const;
    Result<QList<Unit>> children(Id parentId) const;
    /// The chain of parents of a unit, nearest first.
    Result<QList<Unit>> ancestors(Id unitId) const;
    Result<Unit> addUnit(Unit unit);
    /// Saves `unit`; refused when it was changed elsewhere since it was read
    /// (its `version` differs). On success `unit.version` is the new version.
    Status updateUnit(Unit &unit);
    Status moveUnit(Id unitId, Id newParentId);
    /// Deletes a unit with its sub-units, people, hotlines, chain and slots.
    Status deleteUnit(Id unitId);

    // People
    Result<Person> person(Id id) const;
    /// People of one unit, or of all units for NoId, with their numbers.
    Result<QList<Person>> people(Id unitId = NoId) const;
    Result<Person> addPerson(Person person);
    Status updatePerson(Person &person);
    Status deletePerson(Id personId);
    /// Deletes a person on their request (personal data law): the person,
    /// their numbers, their slots and chain steps, and their name and numbers
    /// in the audit history, which is redacted. Cannot be undone; backups that
    /// still hold the data age out with the backup rotation.
    Status erasePerson(Id personId);

    // Hotlines
    Result<Hotline> hotline(Id id) const;
    /// Every hotline (global and per unit).
    Result<QList<Hotline>> hotlines() const;
    /// The hotlines of one unit; NoId gives the global ones.
    Result<QList<Hotline>> hotlinesOf(Id unitId) const;
    Result<Hotline> addHotline(Hotline hotline);
    Status updateHotline(Hotline &hotline);
    Status deleteHotline(Id hotlineId);

private:
    Status validate(Unit &unit) const;
    Status validate(Person &person) const;
    Status validate(Hotline &hotline) const;
    Status writePhones(const Person &person);
    Result<QList<Person>> queryPeople(const QString &where, const QVariantList &values) const;
    Result<QList<Hotline>> queryHotlines(const QString &where, const QVariantList &values) const;

    Database &m_db;
};

} // namespace DutyDesk
