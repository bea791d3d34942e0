#include "PeriodStore.h"

#include "DomainJson.h"
#include "DomainNames.h"
#include "PhoneNumber.h"
#include "StoreSupport.h"
#include "VietnameseText.h"

#include <QSqlQuery>

namespace DutyDesk {

namespace {

QString iso(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

QDate fromIso(const QVariant &value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

QString hhmm(const QTime &time)
{
    return time.toString(QStringLiteral("HH:mm"));
}

QTime fromHhmm(const QVariant &value)
{
    return QTime::fromString(value.toString(), QStringLiteral("HH:mm"));
}

const QString periodColumns = QStringLiteral(
    "id, title, first_day, last_day, status, document_number, document_date, version");

DutyPeriod readPeriod(const QSqlQuery &q)
{
    DutyPeriod p;
    p.id = q.value(0).toLongLong();
    p.title = q.value(1).toString();
    p.firstDay = fromIso(q.value(2));
    p.lastDay = fromIso(q.value(3));
    p.status
        = DomainNames::periodStatusFromKey(q.value(4).toString()).value_or(PeriodStatus::Draft);
    p.documentNumber = q.value(5).toString();
    p.documentDate = fromIso(q.value(6));
    p.version = q.value(7).toInt();
    return p;
}

const QString assignmentColumns = QStringLiteral(
    "a.id, a.period_id, a.unit_id, a.day, a.shift_id, a.role_id, a.person_id, a.free_name, "
    "a.free_phone, a.note, a.version");

Assignment readAssignment(const QSqlQuery &q)
{
    Assignment a;
    a.id = q.value(0).toLongLong();
    a.periodId = q.value(1).toLongLong();
    a.unitId = q.value(2).toLongLong();
    a.day = fromIso(q.value(3));
    a.shiftId = q.value(4).toLongLong();
    a.roleId = q.value(5).toLongLong();
    a.personId = q.value(6).toLongLong();
    a.freeName = q.value(7).toString();
    a.freePhone = q.value(8).toString();
    a.note = q.value(9).toString();
    a.version = q.value(10).toInt();
    return a;
}

} // namespace

PeriodStore::PeriodStore(Database &database)
    : m_db(database)
{
}

// ---- periods --------------------------------------------------------------

Result<DutyPeriod> PeriodStore::period(Id id) const
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT ") + periodColumns
                               + QStringLiteral(" FROM duty_periods WHERE id = ?"));
    q.addBindValue(id);
    if (const Status s = m_db.exec(q); !s)
        return s.error();
    if (!q.next())
        return Error(Error::Code::NotFound, tr("There is no duty period with id %1.").arg(id));
    return readPeriod(q);
}

Result<QList<DutyPeriod>> PeriodStore::periods() const
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT ") + periodColumns
                               + QStringLiteral(" FROM duty_periods ORDER BY first_day, id"));
    if (const Status s = m_db.exec(q); !s)
        return s.error();
    QList<DutyPeriod> result;
    while (q.next())
        result << readPeriod(q);
    return result;
}

Result<QList<DutyPeriod>> PeriodStore::periodsAround(const QDate &day) const
{
    // A night shift of the day before may still be running.
    Database::Statement q = m_db.statement(
        QStringLiteral("SELECT ") + periodColumns
        + QStringLiteral(" FROM duty_periods WHERE first_day <= ? AND last_day >= ? "
                         "ORDER BY first_day DESC, id DESC"));
    q->addBindValue(iso(day));
    q->addBindValue(iso(day.addDays(-1)));
    if (const Status s = m_db.exec(q); !s)
        return s.error();
    QList<DutyPeriod> result;
    while (q->next())
        result << readPeriod(*q);
    return result;
}

Status PeriodStore::validate(DutyPeriod &period) const
{
    period.title = VietnameseText::normalize(period.title);
    period.documentNumber = period.documentNumber.trimmed();
    if (period.title.isEmpty())
        return Error(Error::Code::Invalid, tr("A duty period needs a title."));
    if (!period.firstDay.isValid() || !period.lastDay.isValid())
        return Error(
            Error::Code::Invalid,
            tr("The duty period “%1” needs a valid first and last day.").arg(period.title));
    if (period.firstDay > period.lastDay)
        return Error(Error::Code::Invalid,
                     tr("The first day of “%1” (%2) is after its last day (%3).")
                         .arg(period.title, period.firstDay.toString(QStringLiteral("dd/MM/yyyy")),
                              period.lastDay.toString(QStringLiteral("dd/MM/yyyy"))));
    if (period.firstDay.daysTo(period.lastDay) > 366)
        return Error(Error::Code::Invalid,
                     tr("The duty period “%1” is longer than a year.").arg(period.title));
    return {};
}

Result<DutyPeriod> PeriodStore::addPeriod(DutyPeriod period)
{
    period.id = NoId;
    if (const Status s = validate(period); !s)
        return s.error();
    const Status status = m_db.transaction([&]() -> Status {
        QSqlQuery q = m_db.prepare(QStringLiteral(
            "INSERT INTO duty_periods (title, first_day, last_day, status, document_number, "
            "document_date) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"));
        q.addBindValue(period.title);
        q.addBindValue(iso(period.firstDay));
        q.addBindValue(iso(period.lastDay));
        q.addBindValue(DomainNames::key(period.status));
        q.addBindValue(period.documentNumber);
        q.addBindValue(period.documentDate.isValid() ? iso(period.documentDate) : QString());
        if (const Status s = StoreSupport::execReturningId(m_db, q, period.id); !s)
            return s;
        period.version = 1;
        return m_db.audit(QStringLiteral("insert"), QStringLiteral("duty_periods"), period.id, {},
                          DomainJson::text(DomainJson::toJson(period)));
    });
    if (!status)
        return status.error();
    return period;
}

Status PeriodStore::updatePeriod(DutyPeriod &period)
{
    if (const Status s = validate(period); !s)
        return s;
    return m_db.transaction([&]() -> Status {
        const Result<DutyPeriod> before = this->period(period.id);
        if (!before)
            return before.error();
        QSqlQuery q = m_db.prepare(QStringLiteral(
            "UPDATE duty_periods SET title = ?, first_day = ?, last_day = ?, status = ?, "
            "document_number = ?, document_date = ?, version = version + 1 "
            "WHERE id = ? AND (? = 0 OR version = ?)"));
        q.addBindValue(period.title);
        q.addBindValue(iso(period.firstDay));
        q.addBindValue(iso(period.lastDay));
        q.addBindValue(DomainNames::key(period.status));
        q.addBindValue(period.documentNumber);
        q.addBindValue(period.documentDate.isValid() ? iso(period.documentDate) : QString());
        q.addBindValue(period.id);
        q.addBindValue(period.version);
        q.addBindValue(period.version);
        if (const Status s = m_db.exec(q); !s)
            return s;
        if (q.numRowsAffected() != 1)
            return StoreSupport::staleError(period.title);
        period.version = before->version + 1;
        return m_db.audit(QStringLiteral("update"), QStringLiteral("duty_periods"), period.id,
                          DomainJson::text(DomainJson::toJson(before.value())),
                          DomainJson::text(DomainJson::toJson(period)));
    });
}

Status PeriodStore::deletePeriod(Id periodId)
{
    return m_db.transaction([&]() -> Status {
        const Result<DutyPeriod> before = period(periodId);
        if (!before)
            return before.error();
        if (const Status s
            = m_db.exec(QStringLiteral("DELETE FROM duty_periods WHERE id = ?"), {periodId});
            !s)
            return s;
        return m_db.audit(QStringLiteral("delete"), QStringLiteral("duty_periods"), periodId,
                          DomainJson::text(DomainJson::toJson(before.value())));
    });
}

Status PeriodStore::publish(Id periodId)
{
    return m_db.transaction([&]() -> Status {
        const Result<DutyPeriod> p = period(periodId);
        if (!p)
            return p.error();
        if (p->status == PeriodStatus::Published)
            return {};
        DutyPeriod changed = p.value();
        changed.status = PeriodStatus::Published;
        return updatePeriod(changed);
    });
}

Status PeriodStore::reopen(Id periodId)
{
    return m_db.transaction([&]() -> Status {
        const Result<DutyPeriod> p = period(periodId);
        if (!p)
            return p.error();
        if (p->status == PeriodStatus::Draft)
            return {};
        DutyPeriod changed = p.value();
        changed.status = PeriodStatus::Draft;
        return updatePeriod(changed);
    });
}

Status PeriodStore::ensureEditable(Id periodId) const
{
    const Result<DutyPeriod> p = period(periodId);
    if (!p)
        return p.error();
    if (p->status == PeriodStatus::Published)
        return Error(Error::Code::Invalid,
                     tr("“%1” is published and locked; reopen it to make changes.").arg(p->title));
    return {};
}

// ---- shifts ---------------------------------------------------------------

Result<QList<Shift>> PeriodStore::shifts(Id periodId) const
{
    Database::Statement q = m_db.statement(
        QStringLiteral("SELECT id, period_id, name, start_time, end_time, sort_order FROM shifts "
                       "WHERE period_id = ? ORDER BY sort_order, start_time, id"));
    q->addBindValue(periodId);
    if (const Status s = m_db.exec(q); !s)
        return s.error();
    QList<Shift> result;
    while (q->next()) {
        Shift shift;
        shift.id = q->value(0).toLongLong();
        shift.periodId = q->value(1).toLongLong();
        shift.name = q->value(2).toString();
        shift.start = fromHhmm(q->value(3));
        shift.end = fromHhmm(q->value(4));
        shift.sortOrder = q->value(5).toInt();
        result << shift;
    }
    return result;
}

Result<Shift> PeriodStore::shift(Id shiftId) const
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT period_id FROM shifts WHERE id = ?"));
    q.addBindValue(shiftId);
    if (const Status s = m_db.exec(q); !s)
        return s.error();
    if (!q.next())
        return Error(Error::Code::NotFound, tr("There is no shift with id %1.").arg(shiftId));
    const Result<QList<Shift>> all = shifts(q.value(0).toLongLong());
    if (!all)
        return all.error();
    for (const Shift &s : all.value()) {
        if (s.id == shiftId)
            return s;
    }
    return Error(Error::Code::NotFound, tr("There is no shift with id %1.").arg(shiftId));
}

Status PeriodStore::validate(Shift &shift) const
{
    shift.name = VietnameseText::normalize(shift.name);
    if (shift.name.isEmpty())
        return Error(Error::Code::Invalid, tr("A shift needs a name."));
    if (!shift.start.isValid() || !shift.end.isValid())
        return Error(Error::Code::Invalid,
                     tr("The shift “%1” needs a start and an end time.").arg(shift.name));
    // Minutes only: the stored form is HH:mm.
    shift.start = QTime(shift.start.hour(), shift.start.minute());
    shift.end = QTime(shift.end.hour(), shift.end.minute());
    if (shift.start == shift.end)
        return Error(Error::Code::Invalid,
                     tr("The shift “%1” starts and ends at the same time.").arg(shift.name));
    return ensureEditable(shift.periodId);
}

Result<Shift> PeriodStore::addShift(Shift shift)
{
    shift.id = NoId;
    if (const Status s = validate(shift); !s)
        return s.error();
    const Status status = m_db.transaction([&]() -> Status {
        QSqlQuery q = m_db.prepare(
            QStringLiteral("INSERT INTO shifts (period_id, name, start_time, end_time, sort_order) "
                           "VALUES (?, ?, ?, ?, ?) RETURNING id"));
        q.addBindValue(shift.periodId);
        q.addBindValue(shift.name);
        q.addBindValue(hhmm(shift.start));
        q.addBindValue(hhmm(shift.end));
        q.addBindValue(shift.sortOrder);
        if (const Status s = StoreSupport::execReturningId(m_db, q, shift.id); !s)
            return s;
        return m_db.audit(QStringLiteral("insert"), QStringLiteral("shifts"), shift.id, {},
                          DomainJson::text(DomainJson::toJson(shift)));
    });
    if (!status)
        return status.error();
    return shift;
}

Status PeriodStore::updateShift(Shift &shift)
{
    if (const Status s = validate(shift); !s)
        return s;
    return m_db.transaction([&]() -> Status {
        const Result<Shift> before = this->shift(shift.id);
        if (!before)
            return before.error();
        if (const Status s = m_db.exec(
                QStringLiteral("UPDATE shifts SET name = ?, start_time = ?, end_time = ?, "
                               "sort_order = ? WHERE id = ?"),
                {shift.name, hhmm(shift.start), hhmm(shift.end), shift.sortOrder, shift.id});
            !s)
            return s;
        return m_db.audit(QStringLiteral("update"), QStringLiteral("shifts"), shift.id,
                          DomainJson::text(DomainJson::toJson(before.value())),
                          DomainJson::text(DomainJson::toJson(shift)));
    });
}

Status PeriodStore::deleteShift(Id shiftId)
{
    return m_db.transaction([&]() -> Status {
        const Result<Shift> before = shift(shiftId);
        if (!before)
            return before.error();
        if (const Status s = ensureEditable(before->periodId); !s)
            return s;
        if (const Status s
            = m_db.exec(QStringLiteral("DELETE FROM shifts WHERE id = ?"), {shiftId});
            !s)
            return s;
        return m_db.audit(QStringLiteral("delete"), QStringLiteral("shifts"), shiftId,
                          DomainJson::text(DomainJson::toJson(before.value())));
    });
}

// ---- roles ----------------------------------------------------------------

Result<QList<DutyRole>> PeriodStore::roles(Id periodId) const
{
    QSqlQuery q = m_db.prepare(
        QStringLiteral("SELECT id, period_id, name, is_leader_role, sort_order FROM duty_roles "
                       "WHERE period_id = ? ORDER BY sort_order, id"));
    q.addBindValue(periodId);
    if (const Status s = m_db.exec(q); !s)
        return s.error();
    QList<DutyRole> result;
    while (q.next()) {
        DutyRole role;
        role.id = q.value(0).toLongLong();
        role.periodId = q.value(1).toLongLong();
        role.name = q.value(2).toString();
        role.leaderRole = q.value(3).toBool();
        role.sortOrder = q.value(4).toInt();
        result << role;
    }
    QSqlQuery r = m_db.prepare(QStringLiteral(
        "SELECT rr.role_id, rr.unit_kind, rr.person_count FROM role_requirements rr "
        "JOIN duty_roles dr ON dr.id = rr.role_id WHERE dr.period_id = ? ORDER BY rr.unit_kind"));
    r.addBindValue(periodId);
    if (const Status s = m_db.exec(r); !s)
        return s.error();
    while (r.next()) {
        const Id roleId = r.value(0).toLongLong();
        const auto kind = DomainNames::unitKindFromKey(r.value(1).toString());
        if (!kind)
            continue;
        for (DutyRole &role : result) {
            if (role.id == roleId)
                role.requirements << RoleRequirement {*kind, r.value(2).toInt()};
        }
    }
    return result;
}

Result<DutyRole> PeriodStore::role(Id roleId) const
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT period_id FROM duty_roles WHERE id = ?"));
    q.addBindValue(roleId);
    if (const Status s = m_db.exec(q); !s)
        return s.error();
    if (!q.next())
        return Error(Error::Code::NotFound, tr("There is no duty role with id %1.").arg(roleId));
    const Result<QList<DutyRole>> all = roles(q.value(0).toLongLong());
    if (!all)
        return all.error();
    for (const DutyRole &r : all.value()) {
        if (r.id == roleId)
            return r;
    }
    return Error(Error::Code::NotFound, tr("There is no duty role with id %1.").arg(roleId));
}

Status PeriodStore::validate(DutyRole &role) const
{
    role.name = VietnameseText::normalize(role.name);
    if (role.name.isEmpty())
        return Error(Error::Code::Invalid, tr("A duty role needs a name."));
    for (const RoleRequirement &requirement : std::as_const(role.requirements)) {
        if (requirement.count < 0 || requirement.count > 20)
            return Error(Error::Code::Invalid,
                         tr("The duty role “%1” asks for %2 people; give a number from 0 to 20.")
                             .arg(role.name)
                             .arg(requirement.count));
    }
    return ensureEditable(role.periodId);
}

Status PeriodStore::writeRequirements(const DutyRole &role)
{
    if (const Status s
        = m_db.exec(QStringLiteral("DELETE FROM role_requirements WHERE role_id = ?"), {role.id});
        !s)
        return s;
    for (const RoleRequirement &requirement : role.requirements) {
        if (const Status s = m_db.exec(
                QStringLiteral("INSERT INTO role_requirements (role_id, unit_kind, person_count) "
                               "VALUES (?, ?, ?) ON CONFLICT (role_id, unit_kind) DO UPDATE "
                               "SET person_count = excluded.person_count"),
                {role.id, DomainNames::key(requirement.unitKind), requirement.count});
            !s)
            return s;
    }
    return {};
}

Result<DutyRole> PeriodStore::addRole(DutyRole role)
{
    role.id = NoId;
    if (const Status s = validate(role); !s)
        return s.error();
    const Status status = m_db.transaction([&]() -> Status {
        QSqlQuery q = m_db.prepare(
            QStringLiteral("INSERT INTO duty_roles (period_id, name, is_leader_role, sort_order) "
                           "VALUES (?, ?, ?, ?) RETURNING id"));
        q.addBindValue(role.periodId);
        q.addBindValue(role.name);
        q.addBindValue(role.leaderRole);
        q.addBindValue(role.sortOrder);
        if (const Status s = StoreSupport::execReturningId(m_db, q, role.id); !s)
            return s;
        if (const Status s = writeRequirements(role); !s)
            return s;
        return m_db.audit(QStringLiteral("insert"), QStringLiteral("duty_roles"), role.id, {},
                          DomainJson::text(DomainJson::toJson(role)));
    });
    if (!status)
        return status.error();
    return role;
}

Status PeriodStore::updateRole(DutyRole &role)
{
    if (const Status s = validate(role); !s)
        return s;
    return m_db.transaction([&]() -> Status {
        const Result<DutyRole> before = this->role(role.id);
        if (!before)
            return before.error();
        if (const Status s = ensureEditable(before->periodId); !s)
            return s;
        QSqlQuery q = m_db.prepare(QStringLiteral(
            "UPDATE duty_roles SET name = ?, is_leader_role = ?, sort_order = ? WHERE id = ?"));
        q.addBindValue(role.name);
        q.addBindValue(role.leaderRole);
        q.addBindValue(role.sortOrder);
        q.addBindValue(role.id);
        if (const Status s = m_db.exec(q); !s)
            return s;
        if (q.numRowsAffected() != 1)
            return StoreSupport::staleError(role.name);
        if (const Status s = writeRequirements(role); !s)
            return s;
        return m_db.audit(QStringLiteral("update"), QStringLiteral("duty_roles"), role.id,
                          DomainJson::text(DomainJson::toJson(before.value())),
                          DomainJson::text(DomainJson::toJson(role)));
    });
}

Status PeriodStore::deleteRole(Id roleId)
{
    return m_db.transaction([&]() -> Status {
        const Result<DutyRole> before = role(roleId);
        if (!before)
            return before.error();
        if (const Status s = ensureEditable(before->periodId); !s)
            return s;
        if (const Status s
            = m_db.exec(QStringLiteral("DELETE FROM duty_roles WHERE id = ?"), {roleId});
            !s)
            return s;
        return m_db.audit(QStringLiteral("delete"), QStringLiteral("duty_roles"), roleId,
                          DomainJson::text(DomainJson::toJson(before.value())));
    });
}

// ---- assignments ----------------------------------------------------------

Result<QList<Assignment>> PeriodStore::queryAssignments(const QString &where,
                                                        const QVariantList &values) const
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT ") + assignmentColumns
                               + QStringLiteral(" FROM assignments a ") + where
                               + QStringLiteral(" ORDER BY a.day, a.shift_id, a.role_id, a.slot"));
    for (const QVariant &value : values)
        q.addBindValue(value);
    if (const Status s = m_db.exec(q); !s)
        return s.error();
    QList<Assignment> result;
    while (q.next())
        result << readAssignment(q);
    return result;
}

Result<Assignment> PeriodStore::assignment(Id id) const
{
    const Result<QList<Assignment>> found
        = queryAssignments(QStringLiteral("WHERE a.id = ?"), {id});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error(Error::Code::NotFound, tr("There is no assignment with id %1.").arg(id));
    return found->first();
}

Result<QList<Assignment>> PeriodStore::assignments(Id periodId, Id unitId, const QDate &day) const
{
    QString where = QStringLiteral("WHERE a.period_id = ?");
    QVariantList values {periodId};
    if (unitId != NoId) {
        where += QStringLiteral(" AND a.unit_id = ?");
        values << unitId;
    }
    if (day.isValid()) {
        where += QStringLiteral(" AND a.day = ?");
        values << iso(day);
    }
    return queryAssignments(where, values);
}

Result<QList<PeriodStore::DayCoverage>> PeriodStore::coverage(Id periodId, const QDate &day) const
{
    const Result<QList<DutyRole>> periodRoles = roles(periodId);
    if (!periodRoles)
        return periodRoles.error();
    QHash<QPair<Id, QString>, int> required; // (role, unit kind) -> holders
    for (const DutyRole &r : periodRoles.value()) {
        for (const RoleRequirement &req : r.requirements)
            required.insert({r.id, DomainNames::key(req.unitKind)}, req.count);
    }

    const QString dayFilter = day.isValid() ? QStringLiteral(" AND a.day = ?") : QString();
    // Holders per unit and day in roles its kind must staff; the index on
    // (period, day, unit, …) or the unique one on (period, unit, day, …) keeps
    // the scan in index order.
    QSqlQuery counts = m_db.prepare(
        QStringLiteral("SELECT a.unit_id, a.day, count(*) FROM assignments a "
                       "JOIN units u ON u.id = a.unit_id "
                       "JOIN role_requirements r ON r.role_id = a.role_id AND r.unit_kind = u.kind "
                       "AND r.person_count > 0 WHERE a.period_id = ?")
        + dayFilter + QStringLiteral(" GROUP BY a.unit_id, a.day"));
    counts.addBindValue(periodId);
    if (day.isValid())
        counts.addBindValue(iso(day));
    if (const Status s = m_db.exec(counts); !s)
        return s.error();
    QList<DayCoverage> result;
    QHash<QPair<Id, QString>, qsizetype> rowOf;
    while (counts.next()) {
        const QString dayText = counts.value(1).toString();
        const Id unitId = counts.value(0).toLongLong();
        rowOf.insert({unitId, dayText}, result.size());
        result.append({unitId, QDate::fromString(dayText, Qt::ISODate), counts.value(2).toInt()});
    }

    // A slot with more holders than the role asks for counts only as many as
    // it asks for; such slots are rare, so only they are looked at.
    QSqlQuery excess = m_db.prepare(
        QStringLiteral("SELECT a.unit_id, a.day, a.role_id, u.kind, count(*) AS n "
                       "FROM assignments a JOIN units u ON u.id = a.unit_id WHERE a.period_id = ?")
        + dayFilter
        + QStringLiteral(" GROUP BY a.unit_id, a.day, a.shift_id, a.role_id HAVING n > 1"));
    excess.addBindValue(periodId);
    if (day.isValid())
        excess.addBindValue(iso(day));
    if (const Status s = m_db.exec(excess); !s)
        return s.error();
    while (excess.next()) {
        const int n = excess.value(4).toInt();
        const int wanted
            = required.value({excess.value(2).toLongLong(), excess.value(3).toString()});
        const qsizetype row
            = rowOf.value({excess.value(0).toLongLong(), excess.value(1).toString()}, -1);
        if (row >= 0 && wanted > 0 && n > wanted)
            result[row].held -= n - wanted;
    }
    return result;
}

Result<QList<Assignment>> PeriodStore::assignmentsAt(Id unitId, const QDate &day, Id shiftId) const
{
    return queryAssignments(QStringLiteral("WHERE a.unit_id = ? AND a.day = ? AND a.shift_id = ?"),
                            {unitId, iso(day), shiftId});
}

Error PeriodStore::clashWith(const QString &name, const Assignment &other) const
{
    QSqlQuery where = m_db.prepare(
        QStringLiteral("SELECT u.name, s.name FROM units u, shifts s WHERE u.id = ? AND s.id = ?"));
    where.addBindValue(other.unitId);
    where.addBindValue(other.shiftId);
    QString unitName, shiftName;
    if (m_db.exec(where) && where.next()) {
        unitName = where.value(0).toString();
        shiftName = where.value(1).toString();
    }
    return Error(
        Error::Code::Conflict,
        tr("%1 is already on duty at that time: %2, %3, %4.")
            .arg(name, unitName, other.day.toString(QStringLiteral("dd/MM/yyyy")), shiftName));
}

Result<QList<Assignment>> PeriodStore::overlapping(const Assignment &assignment) const
{
    if (assignment.personId == NoId)
        return QList<Assignment>();
    const Result<Shift> mine = shift(assignment.shiftId);
    if (!mine)
        return mine.error();
    const QDateTime start = mine->startOn(assignment.day);
    const QDateTime end = mine->endOn(assignment.day);

    // Shifts last at most a day: only neighbouring days can overlap.
    QSqlQuery q = m_db.prepare(
        QStringLiteral("SELECT ") + assignmentColumns
        + QStringLiteral(", s.start_time, s.end_time FROM assignments a "
                         "JOIN shifts s ON s.id = a.shift_id "
                         "WHERE a.person_id = ? AND a.day BETWEEN ? AND ? AND a.id <> ?"));
    q.addBindValue(assignment.personId);
    q.addBindValue(iso(assignment.day.addDays(-1)));
    q.addBindValue(iso(assignment.day.addDays(1)));
    q.addBindValue(assignment.id);
    if (const Status s = m_db.exec(q); !s)
        return s.error();
    QList<Assignment> result;
    while (q.next()) {
        const Assignment other = readAssignment(q);
        Shift otherShift;
        otherShift.start = fromHhmm(q.value(11));
        otherShift.end = fromHhmm(q.value(12));
        if (otherShift.startOn(other.day) < end && start < otherShift.endOn(other.day))
            result << other;
    }
    return result;
}

Status PeriodStore::validate(Assignment &assignment, ConflictPolicy policy) const
{
    const Result<DutyPeriod> p = period(assignment.periodId);
    if (!p)
        return p.error();
    if (p->status == PeriodStatus::Published)
        return Error(Error::Code::Invalid,
                     tr("“%1” is published and locked; reopen it to make changes.").arg(p->title));
    if (!assignment.day.isValid() || assignment.day < p->firstDay || assignment.day > p->lastDay)
        return Error(Error::Code::Invalid,
                     tr("%1 is not a day of “%2”.")
                         .arg(assignment.day.toString(QStringLiteral("dd/MM/yyyy")), p->title));
    const Result<Shift> s = shift(assignment.shiftId);
    if (!s || s->periodId != assignment.periodId)
        return Error(Error::Code::Invalid, tr("The shift does not belong to “%1”.").arg(p->title));
    QSqlQuery role = m_db.prepare(QStringLiteral("SELECT period_id FROM duty_roles WHERE id = ?"));
    role.addBindValue(assignment.roleId);
    if (const Status st = m_db.exec(role); !st)
        return st;
    if (!role.next() || role.value(0).toLongLong() != assignment.periodId)
        return Error(Error::Code::Invalid,
                     tr("The duty role does not belong to “%1”.").arg(p->title));
    QSqlQuery unit = m_db.prepare(QStringLiteral("SELECT 1 FROM units WHERE id = ?"));
    unit.addBindValue(assignment.unitId);
    if (const Status st = m_db.exec(unit); !st)
        return st;
    if (!unit.next())
        return Error(Error::Code::Invalid,
                     tr("The unit (id %1) does not exist.").arg(assignment.unitId));

    assignment.freeName = VietnameseText::normalize(assignment.freeName);
    if (assignment.personId == NoId) {
        if (assignment.freeName.isEmpty())
            return Error(Error::Code::Invalid,
                         tr("An assignment needs a person from the directory or a name."));
        if (!assignment.freePhone.trimmed().isEmpty()) {
            const Result<PhoneNumber> phone = PhoneNumber::parse(assignment.freePhone);
            if (!phone)
                return Error(Error::Code::Invalid,
                             tr("%1: %2").arg(assignment.freeName, phone.message()));
            assignment.freePhone = phone->e164();
        }
        return {};
    }

    QSqlQuery person = m_db.prepare(QStringLiteral("SELECT full_name FROM people WHERE id = ?"));
    person.addBindValue(assignment.personId);
    if (const Status st = m_db.exec(person); !st)
        return st;
    if (!person.next())
        return Error(Error::Code::Invalid,
                     tr("The person (id %1) does not exist.").arg(assignment.personId));
    const QString name = person.value(0).toString();
    if (policy == ConflictPolicy::Allow)
        return {};

    const Result<QList<Unavailability>> away
        = unavailabilityOn(assignment.personId, assignment.day);
    if (!away)
        return away.error();
    if (!away->isEmpty()) {
        const Unavailability &u = away->first();
        return Error(Error::Code::Conflict,
                     tr("%1 is unavailable from %2 to %3 (%4).")
                         .arg(name, u.firstDay.toString(QStringLiteral("dd/MM/yyyy")),
                              u.lastDay.toString(QStringLiteral("dd/MM/yyyy")), u.reason));
    }
    const Result<QList<Assignment>> clashes = overlapping(assignment);
    if (!clashes)
        return clashes.error();
    if (!clashes->isEmpty())
        return clashWith(name, clashes->first());
    return {};
}

Result<Assignment> PeriodStore::assign(Assignment assignment, ConflictPolicy policy)
{
    assignment.id = NoId;
    const Status status = m_db.transaction([&]() -> Status {
        if (const Status s = validate(assignment, policy); !s)
            return s;
        // The next free slot of this role in this cell.
        QSqlQuery slot = m_db.prepare(QStringLiteral(
            "SELECT COALESCE(MAX(slot) + 1, 0) FROM assignments WHERE period_id = ? AND "
            "unit_id = ? AND day = ? AND shift_id = ? AND role_id = ?"));
        slot.addBindValue(assignment.periodId);
        slot.addBindValue(assignment.unitId);
        slot.addBindValue(iso(assignment.day));
        slot.addBindValue(assignment.shiftId);
        slot.addBindValue(assignment.roleId);
        if (const Status s = m_db.exec(slot); !s)
            return s;
        const int nextSlot = slot.next() ? slot.value(0).toInt() : 0;

        QSqlQuery q = m_db.prepare(QStringLiteral(
            "INSERT INTO assignments (period_id, unit_id, day, shift_id, role_id, slot, person_id, "
            "free_name, free_phone, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
        q.addBindValue(assignment.periodId);
        q.addBindValue(assignment.unitId);
        q.addBindValue(iso(assignment.day));
        q.addBindValue(assignment.shiftId);
        q.addBindValue(assignment.roleId);
        q.addBindValue(nextSlot);
        q.addBindValue(StoreSupport::nullableId(assignment.personId));
        q.addBindValue(assignment.freeName);
        q.addBindValue(assignment.freePhone);
        q.addBindValue(assignment.note);
        if (const Status s = StoreSupport::execReturningId(m_db, q, assignment.id); !s)
            return s;
        assignment.version = 1;
        return m_db.audit(QStringLiteral("insert"), QStringLiteral("assignments"), assignment.id,
                          {}, DomainJson::text(DomainJson::toJson(assignment)));
    });
    if (!status)
        return status.error();
    return assignment;
}

Status PeriodStore::updateAssignment(Assignment &assignment, ConflictPolicy policy)
{
    return m_db.transaction([&]() -> Status {
        const Result<Assignment> before = this->assignment(assignment.id);
        if (!before)
            return before.error();
        // Only the holder and the note change here; a slot validated for another
        // cell would otherwise be saved in its old one.
        if (assignment.periodId != before->periodId || assignment.unitId != before->unitId
            || assignment.day != before->day || assignment.shiftId != before->shiftId
            || assignment.roleId != before->roleId)
            return Error(Error::Code::Invalid,
                         tr("A duty slot cannot be moved to another period, unit, day, shift or "
                            "role; remove it and assign again."));
        if (const Status s = validate(assignment, policy); !s)
            return s;
        QSqlQuery q = m_db.prepare(QStringLiteral(
            "UPDATE assignments SET person_id = ?, free_name = ?, free_phone = ?, note = ?, "
            "version = version + 1 WHERE id = ? AND (? = 0 OR version = ?)"));
        q.addBindValue(StoreSupport::nullableId(assignment.personId));
        q.addBindValue(assignment.freeName);
        q.addBindValue(assignment.freePhone);
        q.addBindValue(assignment.note);
        q.addBindValue(assignment.id);
        q.addBindValue(assignment.version);
        q.addBindValue(assignment.version);
        if (const Status s = m_db.exec(q); !s)
            return s;
        if (q.numRowsAffected() != 1)
            return StoreSupport::staleError(tr("the duty slot"));
        assignment.version = before->version + 1;
        return m_db.audit(QStringLiteral("update"), QStringLiteral("assignments"), assignment.id,
                          DomainJson::text(DomainJson::toJson(before.value())),
                          DomainJson::text(DomainJson::toJson(assignment)));
    });
}

Status PeriodStore::unassign(Id assignmentId)
{
    return m_db.transaction([&]() -> Status {
        const Result<Assignment> before = assignment(assignmentId);
        if (!before)
            return before.error();
        if (const Status s = ensureEditable(before->periodId); !s)
            return s;
        if (const Status s
            = m_db.exec(QStringLiteral("DELETE FROM assignments WHERE id = ?"), {assignmentId});
            !s)
            return s;
        return m_db.audit(QStringLiteral("delete"), QStringLiteral("assignments"), assignmentId,
                          DomainJson::text(DomainJson::toJson(before.value())));
    });
}

// ---- unavailability -------------------------------------------------------

Result<QList<Unavailability>> PeriodStore::unavailability(Id personId) const
{
    return unavailabilityOn(personId, QDate());
}

Result<QList<Unavailability>> PeriodStore::unavailabilityOn(Id personId, const QDate &day) const
{
    QString sql = QStringLiteral("SELECT id, person_id, first_day, last_day, reason FROM "
                                 "unavailability WHERE person_id = ?");
    if (day.isValid())
        sql += QStringLiteral(" AND first_day <= ? AND last_day >= ?");
    QSqlQuery q = m_db.prepare(sql + QStringLiteral(" ORDER BY first_day, id"));
    q.addBindValue(personId);
    if (day.isValid()) {
        q.addBindValue(iso(day));
        q.addBindValue(iso(day));
    }
    if (const Status s = m_db.exec(q); !s)
        return s.error();
    QList<Unavailability> result;
    while (q.next()) {
        Unavailability u;
        u.id = q.value(0).toLongLong();
        u.personId = q.value(1).toLongLong();
        u.firstDay = fromIso(q.value(2));
        u.lastDay = fromIso(q.value(3));
        u.reason = q.value(4).toString();
        result << u;
    }
    return result;
}

Result<Unavailability> PeriodStore::addUnavailability(Unavailability entry)
{
    entry.id = NoId;
    entry.reason = VietnameseText::normalize(entry.reason);
    if (!entry.firstDay.isValid() || !entry.lastDay.isValid())
        return Error(Error::Code::Invalid, tr("Unavailability needs a valid first and last day."));
    if (entry.firstDay > entry.lastDay)
        return Error(Error::Code::Invalid,
                     tr("The first day of the unavailability (%1) is after its last day (%2).")
                         .arg(entry.firstDay.toString(QStringLiteral("dd/MM/yyyy")),
                              entry.lastDay.toString(QStringLiteral("dd/MM/yyyy"))));
    const Status status = m_db.transaction([&]() -> Status {
        QSqlQuery person = m_db.prepare(QStringLiteral("SELECT 1 FROM people WHERE id = ?"));
        person.addBindValue(entry.personId);
        if (const Status s = m_db.exec(person); !s)
            return s;
        if (!person.next())
            return Error(Error::Code::Invalid,
                         tr("The person (id %1) does not exist.").arg(entry.personId));
        QSqlQuery q = m_db.prepare(
            QStringLiteral("INSERT INTO unavailability (person_id, first_day, last_day, reason) "
                           "VALUES (?, ?, ?, ?) RETURNING id"));
        q.addBindValue(entry.personId);
        q.addBindValue(iso(entry.firstDay));
        q.addBindValue(iso(entry.lastDay));
        q.addBindValue(entry.reason);
        if (const Status s = StoreSupport::execReturningId(m_db, q, entry.id); !s)
            return s;
        return m_db.audit(QStringLiteral("insert"), QStringLiteral("unavailability"), entry.id, {},
                          DomainJson::text(DomainJson::toJson(entry)));
    });
    if (!status)
        return status.error();
    return entry;
}

Status PeriodStore::deleteUnavailability(Id id)
{
    return m_db.transaction([&]() -> Status {
        QSqlQuery q = m_db.prepare(QStringLiteral(
            "SELECT id, person_id, first_day, last_day, reason FROM unavailability WHERE id = ?"));
        q.addBindValue(id);
        if (const Status s = m_db.exec(q); !s)
            return s;
        if (!q.next())
            return Error(Error::Code::NotFound,
                         tr("There is no unavailability record with id %1.").arg(id));
        const Unavailability before {q.value(0).toLongLong(), q.value(1).toLongLong(),
                                     fromIso(q.value(2)), fromIso(q.value(3)),
                                     q.value(4).toString()};
        q.finish();
        if (const Status s
            = m_db.exec(QStringLiteral("DELETE FROM unavailability WHERE id = ?"), {id});
            !s)
            return s;
        return m_db.audit(QStringLiteral("delete"), QStringLiteral("unavailability"), id,
                          DomainJson::text(DomainJson::toJson(before)));
    });
}

} // namespace DutyDesk
