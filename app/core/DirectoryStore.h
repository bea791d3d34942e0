#pragma once

#include "Database.h"
#include "Domain.h"
#include "Result.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <optional>

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
    /// The units of `ids` that exist, in no particular order: what a list
    /// naming a few units reads instead of the whole directory.
    Result<QList<Unit>> unitsById(const QList<Id> &ids) const;
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

    /// Writes new people (their numbers and audit records too) inside the
    /// caller's transaction, its statements prepared once: addPerson() for
    /// one person, an import for a hundred thousand. The person is taken as
    /// valid and its numbers as E.164; `insert` sets its id and version.
    class PersonInserter
    {
    public:
        explicit PersonInserter(Database &database);
        Status insert(Person &person);
        /// Lets the statements go, before the transaction commits.
        void finish();

    private:
        Database &m_db;
        std::optional<QSqlQuery> m_person;
        std::optional<QSqlQuery> m_phone;
        std::optional<QSqlQuery> m_audit;
        QString m_user;
    };
    Status updatePerson(Person &person);
    Status deletePerson(Id personId);
    /// Deletes a person on their request (personal data law): the person,
    /// their numbers, their slots and chain steps, and their name and numbers
    /// in the audit history, which is redacted. Cannot be undone; backups that
    /// still hold the data age out with the backup rotation.
    Status erasePerson(Id personId);

    /// How many units and people there are, without reading them.
    struct Counts
    {
        int units = 0;
        int people = 0;
    };
    Result<Counts> counts() const;

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
