#include "DirectoryStore.h"

#include "DomainJson.h"
#include "DomainNames.h"
#include "PhoneNumber.h"
#include "StoreSupport.h"
#include "VietnameseText.h"

#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

namespace DutyDesk {

namespace {

const QString unitColumns = QStringLiteral(
    "id, parent_id, kind, name, short_name, code, address, sort_order, active, version");

Unit readUnit(const QSqlQuery &q)
{
    Unit unit;
    unit.id = q.value(0).toLongLong();
    unit.parentId = q.value(1).toLongLong();
    unit.kind = DomainNames::unitKindFromKey(q.value(2).toString()).value_or(UnitKind::School);
    unit.name = q.value(3).toString();
    unit.shortName = q.value(4).toString();
    unit.code = q.value(5).toString();
    unit.address = q.value(6).toString();
    unit.sortOrder = q.value(7).toInt();
    unit.active = q.value(8).toBool();
    unit.version = q.value(9).toInt();
    return unit;
}

const QString hotlineColumns
    = QStringLiteral("id, unit_id, label, number, hours, source_note, sort_order, version");

Hotline readHotline(const QSqlQuery &q)
{
    Hotline hotline;
    hotline.id = q.value(0).toLongLong();
    hotline.unitId = q.value(1).toLongLong();
    hotline.label = q.value(2).toString();
    hotline.number = q.value(3).toString();
    hotline.hours = q.value(4).toString();
    hotline.sourceNote = q.value(5).toString();
    hotline.sortOrder = q.value(6).toInt();
    hotline.version = q.value(7).toInt();
    return hotline;
}

} // namespace

DirectoryStore::DirectoryStore(Database &database)
    : m_db(database)
{
}

// ---- units ----------------------------------------------------------------

Result<Unit> DirectoryStore::unit(Id id) const
{
    Database::Statement q = m_db.statement(QStringLiteral("SELECT ") + unitColumns
                                           + QStringLiteral(" FROM units WHERE id = ?"));
    q->addBindValue(id);
    if (const Status s = m_db.exec(q); !s)
        return s.error();
    if (!q->next())
        return Error(Error::Code::NotFound, tr("There is no unit with id %1.").arg(id));
    return readUnit(*q);
}

Result<QList<Unit>> DirectoryStore::units() const
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT ") + unitColumns
                               + QStringLiteral(" FROM units ORDER BY sort_order, id"));
    if (const Status s = m_db.exec(q); !s)
        return s.error();
    QList<Unit> result;
    while (q.next())
        result << readUnit(q);
    return result;
}

Result<QList<Unit>> DirectoryStore::unitsById(const QList<Id> &ids) const
{
    QList<Id> wanted = ids;
    std::sort(wanted.begin(), wanted.end());
    wanted.erase(std::unique(wanted.begin(), wanted.end()), wanted.end());
    QList<Unit> result;
    // In slices, well below SQLite's limit of bound values.
    constexpr qsizetype Slice = 500;
    for (qsizetype from = 0; from < wanted.size(); from += Slice) {
        const QList<Id> slice = wanted.mid(from, Slice);
        QStringList marks(slice.size(), QStringLiteral("?"));
        QSqlQuery q = m_db.prepare(QStringLiteral("SELECT ") + unitColumns
                                   + QStringLiteral(" FROM units WHERE id IN (")
                                   + marks.join(QLatin1Char(',')) + QLatin1Char(')'));
        for (const Id id : slice)
            q.addBindValue(id);
        if (const Status s = m_db.exec(q); !s)
            return s.error();
        while (q.next())
            result << readUnit(q);
    }
    return result;
}

Result<DirectoryStore::Counts> DirectoryStore::counts() const
{
    QSqlQuery q = m_db.prepare(
        QStringLiteral("SELECT (SELECT count(*) FROM units), (SELECT count(*) FROM people)"));
    if (const Status s = m_db.exec(q); !s)
        return s.error();
    if (!q.next())
        return Counts {};
    return Counts {q.value(0).toInt(), q.value(1).toInt()};
}

Result<QList<Unit>> DirectoryStore::children(Id parentId) const
{
    QSqlQuery q = m_db.prepare(
        QStringLiteral("SELECT ") + unitColumns
        + (parentId == NoId
               ? QStringLiteral(" FROM units WHERE parent_id IS NULL ORDER BY sort_order, id")
               : QStringLiteral(" FROM units WHERE parent_id = ? ORDER BY sort_order, id")));
    if (parentId != NoId)
        q.addBindValue(parentId);
    if (const Status s = m_db.exec(q); !s)
        return s.error();
    QList<Unit> result;
    while (q.next())
        result << readUnit(q);
    return result;
}

Result<QList<Unit>> DirectoryStore::ancestors(Id unitId) const
{
    QList<Unit> chain;
    Result<Unit> current = unit(unitId);
    if (!current)
        return current.error();
    QSet<Id> seen {unitId};
    Id parent = current->parentId;
    while (parent != NoId && !seen.contains(parent)) {
        seen.insert(parent);
        Result<Unit> next = unit(parent);
        if (!next)
            return next.error();
        chain << next.value();
        parent = next->parentId;
    }
    return chain;
}

Status DirectoryStore::validate(Unit &unit) const
{
    unit.name = VietnameseText::normalize(unit.name);
    unit.shortName = VietnameseText::normalize(unit.shortName);
    unit.code = unit.code.trimmed();
    unit.address = VietnameseText::normalize(unit.address);
    if (unit.name.isEmpty())
        return Error(Error::Code::Invalid, tr("A unit needs a name."));
    if (unit.parentId != NoId) {
        if (unit.parentId == unit.id)
            return Error(Error::Code::Invalid, tr("A unit cannot be its own parent."));
        const Result<Unit> parent = this->unit(unit.parentId);
        if (!parent)
            return Error(Error::Code::Invalid,
                         tr("The parent unit (id %1) does not exist.").arg(unit.parentId));
        if (unit.id != NoId) {
            const Result<QList<Unit>> above = ancestors(unit.parentId);
            if (!above)
                return above.error();
            for (const Unit &ancestor : above.value()) {
                if (ancestor.id == unit.id)
                    return Error(Error::Code::Invalid,
                                 tr("“%1” cannot be moved under “%2”: a unit cannot be its own "
                                    "ancestor.")
                                     .arg(unit.name, parent->name));
            }
        }
    }
    return {};
}

Result<Unit> DirectoryStore::addUnit(Unit unit)
{
    unit.id = NoId;
    if (const Status s = validate(unit); !s)
        return s.error();
    const Status status = m_db.transaction([&]() -> Status {
        QSqlQuery q = m_db.prepare(QStringLiteral(
            "INSERT INTO units (parent_id, kind, name, short_name, code, address, sort_order, "
            "active) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
        q.addBindValue(StoreSupport::nullableId(unit.parentId));
        q.addBindValue(DomainNames::key(unit.kind));
        q.addBindValue(unit.name);
        q.addBindValue(unit.shortName);
        q.addBindValue(unit.code);
        q.addBindValue(unit.address);
        q.addBindValue(unit.sortOrder);
        q.addBindValue(unit.active);
        if (const Status s = StoreSupport::execReturningId(m_db, q, unit.id); !s)
            return s;
        unit.version = 1;
        return m_db.audit(QStringLiteral("insert"), QStringLiteral("units"), unit.id, {},
                          DomainJson::text(DomainJson::toJson(unit)));
    });
    if (!status)
        return status.error();
    return unit;
}

Status DirectoryStore::updateUnit(Unit &unit)
{
    if (const Status s = validate(unit); !s)
        return s;
    return m_db.transaction([&]() -> Status {
        const Result<Unit> before = this->unit(unit.id);
        if (!before)
            return before.error();
        QSqlQuery q = m_db.prepare(QStringLiteral(
            "UPDATE units SET parent_id = ?, kind = ?, name = ?, short_name = ?, code = ?, "
            "address = ?, sort_order = ?, active = ?, version = version + 1 "
            "WHERE id = ? AND (? = 0 OR version = ?)"));
        q.addBindValue(StoreSupport::nullableId(unit.parentId));
        q.addBindValue(DomainNames::key(unit.kind));
        q.addBindValue(unit.name);
        q.addBindValue(unit.shortName);
        q.addBindValue(unit.code);
        q.addBindValue(unit.address);
        q.addBindValue(unit.sortOrder);
        q.addBindValue(unit.active);
        q.addBindValue(unit.id);
        q.addBindValue(unit.version);
        q.addBindValue(unit.version);
        if (const Status s = m_db.exec(q); !s)
            return s;
        if (q.numRowsAffected() != 1)
            return StoreSupport::staleError(unit.name);
        unit.version = before->version + 1;
        return m_db.audit(QStringLiteral("update"), QStringLiteral("units"), unit.id,
                          DomainJson::text(DomainJson::toJson(before.value())),
                          DomainJson::text(DomainJson::toJson(unit)));
    });
}

Status DirectoryStore::moveUnit(Id unitId, Id newParentId)
{
    Result<Unit> current = unit(unitId);
    if (!current)
        return current.error();
    Unit moved = current.value();
    moved.parentId = newParentId;
    return updateUnit(moved);
}

Status DirectoryStore::deleteUnit(Id unitId)
{
    return m_db.transaction([&]() -> Status {
        const Result<Unit> before = unit(unitId);
        if (!before)
            return before.error();
        // The schema deletes the sub-units, people and hotlines with the unit;
        // each is audited too, so no record disappears unrecorded.
        QList<Unit> gone {before.value()};
        QSet<Id> seen {unitId};
        for (qsizetype i = 0; i < gone.size(); ++i) {
            const Result<QList<Unit>> below = children(gone.at(i).id);
            if (!below)
                return below.error();
            for (const Unit &child : below.value()) {
                if (!seen.contains(child.id)) {
                    seen.insert(child.id);
                    gone << child;
                }
            }
        }
        for (const Unit &u : std::as_const(gone)) {
            if (const Status s = m_db.audit(QStringLiteral("delete"), QStringLiteral("units"), u.id,
                                            DomainJson::text(DomainJson::toJson(u)));
                !s)
                return s;
            const Result<QList<Person>> people = this->people(u.id);
            if (!people)
                return people.error();
            for (const Person &p : people.value()) {
                if (const Status s = m_db.audit(QStringLiteral("delete"), QStringLiteral("people"),
                                                p.id, DomainJson::text(DomainJson::toJson(p)));
                    !s)
                    return s;
            }
            const Result<QList<Hotline>> lines = hotlinesOf(u.id);
            if (!lines)
                return lines.error();
            for (const Hotline &h : lines.value()) {
                if (const Status s
                    = m_db.audit(QStringLiteral("delete"), QStringLiteral("hotlines"), h.id,
                                 DomainJson::text(DomainJson::toJson(h)));
                    !s)
                    return s;
            }
        }
        return m_db.exec(QStringLiteral("DELETE FROM units WHERE id = ?"), {unitId});
    });
}

// ---- people ---------------------------------------------------------------

Result<QList<Person>> DirectoryStore::queryPeople(const QString &where,
                                                  const QVariantList &values) const
{
    Database::Statement q = m_db.statement(
        QStringLiteral("SELECT id, unit_id, full_name, position, is_leader, is_it_security, "
                       "email, notes, active, version FROM people ")
        + where + QStringLiteral(" ORDER BY unit_id, id"));
    for (const QVariant &value : values)
        q->addBindValue(value);
    if (const Status s = m_db.exec(q); !s)
        return s.error();
    QList<Person> result;
    QHash<Id, qsizetype> index;
    while (q->next()) {
        Person p;
        p.id = q->value(0).toLongLong();
        p.unitId = q->value(1).toLongLong();
        p.fullName = q->value(2).toString();
        p.position = q->value(3).toString();
        p.leader = q->value(4).toBool();
        p.itSecurity = q->value(5).toBool();
        p.email = q->value(6).toString();
        p.notes = q->value(7).toString();
        p.active = q->value(8).toBool();
        p.version = q->value(9).toInt();
        index.insert(p.id, result.size());
        result << p;
    }
    if (result.isEmpty())
        return result;

    // The numbers of the same people, in one query.
    Database::Statement phones = m_db.statement(
        QStringLiteral("SELECT pn.id, pn.person_id, pn.kind, pn.e164 FROM phone_numbers pn "
                       "WHERE pn.person_id IN (SELECT id FROM people ")
        + where + QStringLiteral(") ORDER BY pn.person_id, pn.sort_order, pn.id"));
    for (const QVariant &value : values)
        phones->addBindValue(value);
    if (const Status s = m_db.exec(phones); !s)
        return s.error();
    while (phones->next()) {
        const auto it = index.constFind(phones->value(1).toLongLong());
        if (it == index.constEnd())
            continue;
        PhoneEntry entry;
        entry.id = phones->value(0).toLongLong();
        entry.kind = DomainNames::phoneKindFromKey(phones->value(2).toString())
                         .value_or(PhoneKind::Mobile);
        entry.e164 = phones->value(3).toString();
        result[it.value()].phones << entry;
    }
    return result;
}

Result<Person> DirectoryStore::person(Id id) const
{
    const Result<QList<Person>> found = queryPeople(QStringLiteral("WHERE id = ?"), {id});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error(Error::Code::NotFound, tr("There is no person with id %1.").arg(id));
    return found->first();
}

Result<QList<Person>> DirectoryStore::people(Id unitId) const
{
    if (unitId == NoId)
        return queryPeople(QString(), {});
    return queryPeople(QStringLiteral("WHERE unit_id = ?"), {unitId});
}

Status DirectoryStore::validate(Person &person) const
{
    person.fullName = VietnameseText::normalize(person.fullName);
    person.position = VietnameseText::normalize(person.position);
    person.email = person.email.trimmed();
    if (person.fullName.isEmpty())
        return Error(Error::Code::Invalid, tr("A person needs a full name."));
    if (person.unitId == NoId || !unit(person.unitId))
        return Error(Error::Code::Invalid,
                     tr("“%1” must belong to an existing unit.").arg(person.fullName));
    QList<PhoneEntry> phones;
    QStringList seen;
    for (const PhoneEntry &entry : std::as_const(person.phones)) {
        if (entry.e164.trimmed().isEmpty())
            continue;
        const Result<PhoneNumber> parsed = PhoneNumber::parse(entry.e164);
        if (!parsed)
            return Error(Error::Code::Invalid, tr("%1: %2").arg(person.fullName, parsed.message()));
        if (seen.contains(parsed->e164()))
            continue;
        seen << parsed->e164();
        PhoneEntry normalised = entry;
        normalised.e164 = parsed->e164();
        phones << normalised;
    }
    person.phones = phones;
    return {};
}

Status DirectoryStore::writePhones(const Person &person)
{
    if (const Status s
        = m_db.exec(QStringLiteral("DELETE FROM phone_numbers WHERE person_id = ?"), {person.id});
        !s)
        return s;
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "INSERT INTO phone_numbers (person_id, kind, e164, sort_order) VALUES (?, ?, ?, ?)"));
    int order = 0;
    for (const PhoneEntry &entry : person.phones) {
        q.bindValue(0, person.id);
        q.bindValue(1, DomainNames::key(entry.kind));
        q.bindValue(2, entry.e164);
        q.bindValue(3, order++);
        if (const Status s = m_db.exec(q); !s)
            return s;
    }
    return {};
}

Result<Person> DirectoryStore::addPerson(Person person)
{
    person.id = NoId;
    if (const Status s = validate(person); !s)
        return s.error();
    const Status status
        = m_db.transaction([&]() -> Status { return PersonInserter(m_db).insert(person); });
    if (!status)
        return status.error();
    return person;
}

DirectoryStore::PersonInserter::PersonInserter(Database &database)
    : m_db(database)
{
}

void DirectoryStore::PersonInserter::finish()
{
    for (std::optional<QSqlQuery> *query : {&m_person, &m_phone, &m_audit}) {
        if (*query)
            (*query)->finish();
    }
}

Status DirectoryStore::PersonInserter::insert(Person &person)
{
    if (!m_person) {
        m_person = m_db.prepare(QStringLiteral(
            "INSERT INTO people (unit_id, full_name, position, is_leader, is_it_security, email, "
            "notes, active) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
        m_phone = m_db.prepare(QStringLiteral(
            "INSERT INTO phone_numbers (person_id, kind, e164, sort_order) VALUES (?, ?, ?, ?)"));
        m_audit = m_db.prepare(
            QStringLiteral("INSERT INTO audit_log (at, os_user, action, table_name, row_id, "
                           "before_json, after_json) VALUES (?, ?, ?, ?, ?, ?, ?)"));
        m_user = Database::currentUser();
    }
    QSqlQuery &q = *m_person;
    q.bindValue(0, person.unitId);
    q.bindValue(1, person.fullName);
    q.bindValue(2, person.position);
    q.bindValue(3, person.leader);
    q.bindValue(4, person.itSecurity);
    q.bindValue(5, person.email);
    q.bindValue(6, person.notes);
    q.bindValue(7, person.active);
    if (const Status s = StoreSupport::execReturningId(m_db, q, person.id); !s)
        return s;
    person.version = 1;
    QSqlQuery &phone = *m_phone;
    for (int order = 0; order < person.phones.size(); ++order) {
        phone.bindValue(0, person.id);
        phone.bindValue(1, DomainNames::key(person.phones.at(order).kind));
        phone.bindValue(2, person.phones.at(order).e164);
        phone.bindValue(3, order);
        if (const Status s = m_db.exec(phone); !s)
            return s;
    }
    QSqlQuery &audit = *m_audit;
    audit.bindValue(0, QDateTime::currentDateTime().toString(Qt::ISODate));
    audit.bindValue(1, m_user);
    audit.bindValue(2, QStringLiteral("insert"));
    audit.bindValue(3, QStringLiteral("people"));
    audit.bindValue(4, person.id);
    audit.bindValue(5, QStringLiteral(""));
    audit.bindValue(6, DomainJson::text(DomainJson::toJson(person)));
    return m_db.exec(audit);
}

Status DirectoryStore::updatePerson(Person &person)
{
    if (const Status s = validate(person); !s)
        return s;
    return m_db.transaction([&]() -> Status {
        const Result<Person> before = this->person(person.id);
        if (!before)
            return before.error();
        QSqlQuery q = m_db.prepare(QStringLiteral(
            "UPDATE people SET unit_id = ?, full_name = ?, position = ?, is_leader = ?, "
            "is_it_security = ?, email = ?, notes = ?, active = ?, version = version + 1 "
            "WHERE id = ? AND (? = 0 OR version = ?)"));
        q.addBindValue(person.unitId);
        q.addBindValue(person.fullName);
        q.addBindValue(person.position);
        q.addBindValue(person.leader);
        q.addBindValue(person.itSecurity);
        q.addBindValue(person.email);
        q.addBindValue(person.notes);
        q.addBindValue(person.active);
        q.addBindValue(person.id);
        q.addBindValue(person.version);
        q.addBindValue(person.version);
        if (const Status s = m_db.exec(q); !s)
            return s;
        if (q.numRowsAffected() != 1)
            return StoreSupport::staleError(person.fullName);
        person.version = before->version + 1;
        if (const Status s = writePhones(person); !s)
            return s;
        const Result<Person> after = this->person(person.id);
        if (!after)
            return after.error();
        person.phones = after->phones;
        return m_db.audit(QStringLiteral("update"), QStringLiteral("people"), person.id,
                          DomainJson::text(DomainJson::toJson(before.value())),
                          DomainJson::text(DomainJson::toJson(person)));
    });
}

Status DirectoryStore::deletePerson(Id personId)
{
    return m_db.transaction([&]() -> Status {
        const Result<Person> before = person(personId);
        if (!before)
            return before.error();
        if (const Status s
            = m_db.exec(QStringLiteral("DELETE FROM people WHERE id = ?"), {personId});
            !s)
            return s;
        return m_db.audit(QStringLiteral("delete"), QStringLiteral("people"), personId,
                          DomainJson::text(DomainJson::toJson(before.value())));
    });
}

Status DirectoryStore::erasePerson(Id personId)
{
    return m_db.transaction([&]() -> Status {
        const Result<Person> before = person(personId);
        if (!before)
            return before.error();
        if (const Status s
            = m_db.exec(QStringLiteral("DELETE FROM people WHERE id = ?"), {personId});
            !s)
            return s;
        // Every audit record that names the person or one of their numbers
        // loses its details; the record that something happened stays.
        const QString redacted = QStringLiteral("{\"redacted\":true}");
        if (const Status s
            = m_db.exec(QStringLiteral("UPDATE audit_log SET before_json = ?, after_json = ? "
                                       "WHERE table_name = 'people' AND row_id = ?"),
                        {redacted, redacted, personId});
            !s)
            return s;
        QStringList needles {before->fullName};
        for (const PhoneEntry &phone : before->phones)
            needles << phone.e164;
        for (const QString &needle : std::as_const(needles)) {
            if (const Status s = m_db.exec(
                    QStringLiteral("UPDATE audit_log SET before_json = ?, after_json = ? "
                                   "WHERE instr(before_json, ?) > 0 OR instr(after_json, ?) > 0"),
                    {redacted, redacted, needle, needle});
                !s)
                return s;
        }
        return m_db.audit(QStringLiteral("erase"), QStringLiteral("people"), personId);
    });
}

// ---- hotlines -------------------------------------------------------------

Result<QList<Hotline>> DirectoryStore::queryHotlines(const QString &where,
                                                     const QVariantList &values) const
{
    Database::Statement q = m_db.statement(QStringLiteral("SELECT ") + hotlineColumns
                                           + QStringLiteral(" FROM hotlines ") + where
                                           + QStringLiteral(" ORDER BY unit_id, sort_order, id"));
    for (const QVariant &value : values)
        q->addBindValue(value);
    if (const Status s = m_db.exec(q); !s)
        return s.error();
    QList<Hotline> result;
    while (q->next())
        result << readHotline(*q);
    return result;
}

Result<Hotline> DirectoryStore::hotline(Id id) const
{
    const Result<QList<Hotline>> found = queryHotlines(QStringLiteral("WHERE id = ?"), {id});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error(Error::Code::NotFound, tr("There is no hotline with id %1.").arg(id));
    return found->first();
}

Result<QList<Hotline>> DirectoryStore::hotlines() const
{
    return queryHotlines(QString(), {});
}

Result<QList<Hotline>> DirectoryStore::hotlinesOf(Id unitId) const
{
    if (unitId == NoId)
        return queryHotlines(QStringLiteral("WHERE unit_id IS NULL"), {});
    return queryHotlines(QStringLiteral("WHERE unit_id = ?"), {unitId});
}

Status DirectoryStore::validate(Hotline &hotline) const
{
    hotline.label = VietnameseText::normalize(hotline.label);
    hotline.hours = hotline.hours.trimmed();
    if (hotline.label.isEmpty())
        return Error(Error::Code::Invalid, tr("A hotline needs a label."));
    const Result<PhoneNumber> number = PhoneNumber::parse(hotline.number);
    if (!number)
        return Error(Error::Code::Invalid, tr("%1: %2").arg(hotline.label, number.message()));
    hotline.number = number->e164();
    if (hotline.unitId != NoId && !unit(hotline.unitId))
        return Error(Error::Code::Invalid,
                     tr("The unit of hotline “%1” does not exist.").arg(hotline.label));
    return {};
}

Result<Hotline> DirectoryStore::addHotline(Hotline hotline)
{
    hotline.id = NoId;
    if (const Status s = validate(hotline); !s)
        return s.error();
    const Status status = m_db.transaction([&]() -> Status {
        QSqlQuery q = m_db.prepare(
            QStringLiteral("INSERT INTO hotlines (unit_id, label, number, hours, source_note, "
                           "sort_order) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"));
        q.addBindValue(StoreSupport::nullableId(hotline.unitId));
        q.addBindValue(hotline.label);
        q.addBindValue(hotline.number);
        q.addBindValue(hotline.hours);
        q.addBindValue(hotline.sourceNote);
        q.addBindValue(hotline.sortOrder);
        if (const Status s = StoreSupport::execReturningId(m_db, q, hotline.id); !s)
            return s;
        hotline.version = 1;
        return m_db.audit(QStringLiteral("insert"), QStringLiteral("hotlines"), hotline.id, {},
                          DomainJson::text(DomainJson::toJson(hotline)));
    });
    if (!status)
        return status.error();
    return hotline;
}

Status DirectoryStore::updateHotline(Hotline &hotline)
{
    if (const Status s = validate(hotline); !s)
        return s;
    return m_db.transaction([&]() -> Status {
        const Result<Hotline> before = this->hotline(hotline.id);
        if (!before)
            return before.error();
        QSqlQuery q = m_db.prepare(QStringLiteral(
            "UPDATE hotlines SET unit_id = ?, label = ?, number = ?, hours = ?, source_note = ?, "
            "sort_order = ?, version = version + 1 WHERE id = ? AND (? = 0 OR version = ?)"));
        q.addBindValue(StoreSupport::nullableId(hotline.unitId));
        q.addBindValue(hotline.label);
        q.addBindValue(hotline.number);
        q.addBindValue(hotline.hours);
        q.addBindValue(hotline.sourceNote);
        q.addBindValue(hotline.sortOrder);
        q.addBindValue(hotline.id);
        q.addBindValue(hotline.version);
        q.addBindValue(hotline.version);
        if (const Status s = m_db.exec(q); !s)
            return s;
        if (q.numRowsAffected() != 1)
            return StoreSupport::staleError(hotline.label);
        hotline.version = before->version + 1;
        return m_db.audit(QStringLiteral("update"), QStringLiteral("hotlines"), hotline.id,
                          DomainJson::text(DomainJson::toJson(before.value())),
                          DomainJson::text(DomainJson::toJson(hotline)));
    });
}

Status DirectoryStore::deleteHotline(Id hotlineId)
{
    return m_db.transaction([&]() -> Status {
        const Result<Hotline> before = hotline(hotlineId);
        if (!before)
            return before.error();
        if (const Status s
            = m_db.exec(QStringLiteral("DELETE FROM hotlines WHERE id = ?"), {hotlineId});
            !s)
            return s;
        return m_db.audit(QStringLiteral("delete"), QStringLiteral("hotlines"), hotlineId,
                          DomainJson::text(DomainJson::toJson(before.value())));
    });
}

} // namespace DutyDesk
