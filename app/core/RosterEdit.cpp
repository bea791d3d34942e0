#include "RosterEdit.h"

#include "DomainJson.h"
#include "StoreSupport.h"
#include "VietnameseText.h"

#include <QSqlQuery>

namespace DutyDesk {

namespace {

QString dmy(const QDate &day)
{
    return day.toString(QStringLiteral("dd/MM/yyyy"));
}

void takeHolder(Assignment &slot, const Assignment &from)
{
    slot.personId = from.personId;
    slot.freeName = from.freeName;
    slot.freePhone = from.freePhone;
}

bool sameHolder(const Assignment &a, const Assignment &b)
{
    if (a.personId != NoId || b.personId != NoId)
        return a.personId == b.personId;
    return a.freeName == b.freeName && a.freePhone == b.freePhone;
}

} // namespace

RosterEdit::RosterEdit(Database &database)
    : m_db(database)
{
}

Result<Assignment> RosterEdit::replace(Id assignmentId, Id newPersonId, const QString &reason,
                                       ConflictPolicy policy)
{
    const QString why = VietnameseText::normalize(reason);
    if (why.isEmpty())
        return Error(Error::Code::Invalid, tr("Give a reason for changing the person on duty."));
    if (newPersonId == NoId)
        return Error(Error::Code::Invalid, tr("Choose the person who takes over the slot."));
    PeriodStore store(m_db);
    Assignment changed;
    const Status status = m_db.transaction([&]() -> Status {
        const Result<Assignment> before = store.assignment(assignmentId);
        if (!before)
            return before.error();
        if (before->personId == newPersonId)
            return Error(Error::Code::Invalid, tr("That person already holds this slot."));
        changed = before.value();
        changed.personId = newPersonId;
        changed.freeName.clear();
        changed.freePhone.clear();
        // PeriodStore applies the rules: period editable, person exists, and
        // with Refuse no leave and no overlapping duty.
        if (const Status s = store.updateAssignment(changed, policy); !s)
            return s;
        return record(before.value(), why);
    });
    if (!status)
        return status.error();
    return changed;
}

Result<QList<Assignment>> RosterEdit::swap(Id assignmentIdA, Id assignmentIdB,
                                           const QString &reason, ConflictPolicy policy)
{
    const QString why = VietnameseText::normalize(reason);
    if (why.isEmpty())
        return Error(Error::Code::Invalid, tr("Give a reason for changing the person on duty."));
    if (assignmentIdA == assignmentIdB)
        return Error(Error::Code::Invalid, tr("A slot cannot be swapped with itself."));
    PeriodStore store(m_db);
    QList<Assignment> result;
    const Status status = m_db.transaction([&]() -> Status {
        const Result<Assignment> a = store.assignment(assignmentIdA);
        if (!a)
            return a.error();
        const Result<Assignment> b = store.assignment(assignmentIdB);
        if (!b)
            return b.error();
        if (sameHolder(a.value(), b.value()))
            return Error(Error::Code::Invalid,
                         tr("Both slots are held by the same person; there is nothing to swap."));
        Assignment newA = a.value();
        Assignment newB = b.value();
        takeHolder(newA, b.value());
        takeHolder(newB, a.value());
        // Each new holder leaves the other slot, so that one is no clash.
        if (policy == ConflictPolicy::Refuse) {
            if (const Status s = checkConflicts(newA, newB.id); !s)
                return s;
            if (const Status s = checkConflicts(newB, newA.id); !s)
                return s;
        }
        if (const Status s = store.updateAssignment(newA, ConflictPolicy::Allow); !s)
            return s;
        if (const Status s = store.updateAssignment(newB, ConflictPolicy::Allow); !s)
            return s;
        if (const Status s = record(a.value(), why); !s)
            return s;
        if (const Status s = record(b.value(), why); !s)
            return s;
        result = {newA, newB};
        return {};
    });
    if (!status)
        return status.error();
    return result;
}

Status RosterEdit::checkConflicts(const Assignment &changed, Id ignoredAssignmentId) const
{
    if (changed.personId == NoId)
        return {};
    PeriodStore store(m_db);
    QSqlQuery person = m_db.prepare(QStringLiteral("SELECT full_name FROM people WHERE id = ?"));
    person.addBindValue(changed.personId);
    if (const Status s = m_db.exec(person); !s)
        return s;
    const QString name = person.next() ? person.value(0).toString() : QString();

    const Result<QList<Unavailability>> away
        = store.unavailabilityOn(changed.personId, changed.day);
    if (!away)
        return away.error();
    if (!away->isEmpty()) {
        const Unavailability &u = away->first();
        return Error(Error::Code::Conflict,
                     tr("%1 is unavailable from %2 to %3 (%4).")
                         .arg(name, dmy(u.firstDay), dmy(u.lastDay), u.reason));
    }
    const Result<QList<Assignment>> clashes = store.overlapping(changed);
    if (!clashes)
        return clashes.error();
    for (const Assignment &other : clashes.value()) {
        if (other.id == ignoredAssignmentId)
            continue;
        QSqlQuery where = m_db.prepare(QStringLiteral(
            "SELECT u.name, s.name FROM units u, shifts s WHERE u.id = ? AND s.id = ?"));
        where.addBindValue(other.unitId);
        where.addBindValue(other.shiftId);
        if (const Status s = m_db.exec(where); !s)
            return s;
        const bool found = where.next();
        return Error(Error::Code::Conflict,
                     tr("%1 is already on duty at that time: %2, %3, %4.")
                         .arg(name, found ? where.value(0).toString() : QString(), dmy(other.day),
                              found ? where.value(1).toString() : QString()));
    }
    return {};
}

Status RosterEdit::record(const Assignment &former, const QString &reason)
{
    AssignmentHistoryEntry entry;
    entry.assignmentId = former.id;
    entry.personId = former.personId;
    entry.freeName = former.freeName;
    entry.replacedAt = QDateTime::currentDateTime();
    entry.reason = reason;
    entry.osUser = Database::currentUser();
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "INSERT INTO assignment_history (assignment_id, person_id, free_name, replaced_at, "
        "reason, os_user) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(entry.assignmentId);
    q.addBindValue(StoreSupport::nullableId(entry.personId));
    q.addBindValue(entry.freeName);
    q.addBindValue(entry.replacedAt.toString(Qt::ISODate));
    q.addBindValue(entry.reason);
    q.addBindValue(entry.osUser);
    if (const Status s = StoreSupport::execReturningId(m_db, q, entry.id); !s)
        return s;
    return m_db.audit(QStringLiteral("insert"), QStringLiteral("assignment_history"), entry.id, {},
                      DomainJson::text(toJson(entry)));
}

Result<QList<AssignmentHistoryEntry>> RosterEdit::history(Id assignmentId) const
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "SELECT h.id, h.assignment_id, h.person_id, h.free_name, h.replaced_at, h.reason, "
        "h.os_user, p.full_name FROM assignment_history h "
        "LEFT JOIN people p ON p.id = h.person_id WHERE h.assignment_id = ? ORDER BY h.id"));
    q.addBindValue(assignmentId);
    if (const Status s = m_db.exec(q); !s)
        return s.error();
    QList<AssignmentHistoryEntry> result;
    while (q.next()) {
        AssignmentHistoryEntry e;
        e.id = q.value(0).toLongLong();
        e.assignmentId = q.value(1).toLongLong();
        e.personId = q.value(2).toLongLong();
        e.freeName = q.value(3).toString();
        e.replacedAt = QDateTime::fromString(q.value(4).toString(), Qt::ISODate);
        e.reason = q.value(5).toString();
        e.osUser = q.value(6).toString();
        e.personName = e.personId != NoId ? q.value(7).toString() : e.freeName;
        result << e;
    }
    return result;
}

QJsonObject RosterEdit::toJson(const AssignmentHistoryEntry &entry)
{
    return {{QStringLiteral("id"), entry.id},
            {QStringLiteral("assignment_id"), entry.assignmentId},
            {QStringLiteral("person_id"),
             entry.personId == NoId ? QJsonValue() : QJsonValue(entry.personId)},
            {QStringLiteral("free_name"), entry.freeName},
            {QStringLiteral("replaced_at"), entry.replacedAt.toString(Qt::ISODate)},
            {QStringLiteral("reason"), entry.reason},
            {QStringLiteral("os_user"), entry.osUser}};
}

} // namespace DutyDesk
