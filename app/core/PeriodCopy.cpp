#include "PeriodCopy.h"

#include "AssignmentBatch.h"
#include "DomainJson.h"
#include "RosterSnapshot.h"

#include <QHash>
#include <QJsonArray>
#include <QSqlQuery>

namespace DutyDesk {

namespace {

struct Interval
{
    qint64 start = 0;
    qint64 end = 0;
};

struct Away
{
    qint64 firstDay = 0;
    qint64 lastDay = 0;
    QString reason;
};

int minuteOfDay(const QString &hhmm)
{
    const QTime time = QTime::fromString(hhmm, QStringLiteral("HH:mm"));
    return time.isValid() ? time.hour() * 60 + time.minute() : 0;
}

/// The [start, end) minutes of a shift on a Julian day (RosterSnapshot's scale).
Interval interval(qint64 julianDay, int start, int end)
{
    const qint64 from = julianDay * RosterSnapshot::MinutesPerDay + start;
    const int length = end > start ? end - start : end + RosterSnapshot::MinutesPerDay - start;
    return {from, from + length};
}

QString dmy(const QDate &day)
{
    return day.toString(QStringLiteral("dd/MM/yyyy"));
}

} // namespace

PeriodCopy::PeriodCopy(Database &database)
    : m_db(database)
{
}

Result<PeriodCopy::Report> PeriodCopy::copy(Id sourcePeriodId, DutyPeriod newPeriod)
{
    return copy(sourcePeriodId, std::move(newPeriod), Options());
}

Result<PeriodCopy::Report> PeriodCopy::copy(Id sourcePeriodId, DutyPeriod newPeriod,
                                            const Options &options)
{
    Report report;
    PeriodStore store(m_db);
    const Status status = m_db.transaction([&]() -> Status {
        const Result<DutyPeriod> source = store.period(sourcePeriodId);
        if (!source)
            return source.error();
        newPeriod.status = PeriodStatus::Draft;
        const Result<DutyPeriod> created = store.addPeriod(newPeriod);
        if (!created)
            return created.error();
        report.period = created.value();
        const Id periodId = report.period.id;

        const Result<QList<Shift>> shifts = store.shifts(sourcePeriodId);
        if (!shifts)
            return shifts.error();
        QHash<Id, Id> newShift;
        for (Shift shift : shifts.value()) {
            const Id oldId = shift.id;
            shift.periodId = periodId;
            const Result<Shift> added = store.addShift(shift);
            if (!added)
                return added.error();
            newShift.insert(oldId, added->id);
            ++report.shifts;
        }
        const Result<QList<DutyRole>> roles = store.roles(sourcePeriodId);
        if (!roles)
            return roles.error();
        QHash<Id, Id> newRole;
        for (DutyRole role : roles.value()) {
            const Id oldId = role.id;
            role.periodId = periodId;
            const Result<DutyRole> added = store.addRole(role);
            if (!added)
                return added.error();
            newRole.insert(oldId, added->id);
            ++report.roles;
        }

        QJsonArray written;
        if (options.copyAssignments) {
            const bool refuse = options.policy == PeriodStore::ConflictPolicy::Refuse;
            const qint64 oldFirst = source->firstDay.toJulianDay();
            const qint64 newFirst = report.period.firstDay.toJulianDay();
            const qint64 newLast = report.period.lastDay.toJulianDay();

            // What the people of the old period are doing around the new one,
            // and their leave: read once, checked in memory.
            const QString theirs = QStringLiteral("(SELECT person_id FROM assignments WHERE "
                                                  "period_id = ? AND person_id IS NOT NULL)");
            QHash<Id, QList<Interval>> busy;
            QHash<Id, QList<Away>> away;
            if (refuse) {
                QSqlQuery q = m_db.prepare(
                    QStringLiteral("SELECT a.person_id, a.day, s.start_time, s.end_time "
                                   "FROM assignments a JOIN shifts s ON s.id = a.shift_id "
                                   "WHERE a.person_id IN ")
                    + theirs + QStringLiteral(" AND a.day BETWEEN ? AND ?"));
                q.setForwardOnly(true);
                q.addBindValue(sourcePeriodId);
                q.addBindValue(RosterSnapshot::isoDay(newFirst - 1));
                q.addBindValue(RosterSnapshot::isoDay(newLast + 1));
                if (const Status s = m_db.exec(q); !s)
                    return s;
                while (q.next()) {
                    busy[q.value(0).toLongLong()] << interval(
                        RosterSnapshot::julianDay(q.value(1).toString()),
                        minuteOfDay(q.value(2).toString()), minuteOfDay(q.value(3).toString()));
                }
                QSqlQuery u = m_db.prepare(
                    QStringLiteral("SELECT person_id, first_day, last_day, reason FROM "
                                   "unavailability WHERE person_id IN ")
                    + theirs
                    + QStringLiteral(
                        " AND first_day <= ? AND last_day >= ? ORDER BY first_day, id"));
                u.setForwardOnly(true);
                u.addBindValue(sourcePeriodId);
                u.addBindValue(RosterSnapshot::isoDay(newLast));
                u.addBindValue(RosterSnapshot::isoDay(newFirst));
                if (const Status s = m_db.exec(u); !s)
                    return s;
                while (u.next()) {
                    away[u.value(0).toLongLong()] << Away {
                        RosterSnapshot::julianDay(u.value(1).toString()),
                        RosterSnapshot::julianDay(u.value(2).toString()), u.value(3).toString()};
                }
            }

            QSqlQuery q = m_db.prepare(QStringLiteral(
                "SELECT a.id, a.unit_id, a.day, a.shift_id, a.role_id, a.slot, a.person_id, "
                "a.free_name, a.free_phone, a.note, a.version, s.start_time, s.end_time, s.name, "
                "u.name, p.full_name, p.active FROM assignments a "
                "JOIN shifts s ON s.id = a.shift_id JOIN duty_roles r ON r.id = a.role_id "
                "JOIN units u ON u.id = a.unit_id LEFT JOIN people p ON p.id = a.person_id "
                "WHERE a.period_id = ? ORDER BY a.day, s.sort_order, s.start_time, s.id, "
                "r.sort_order, r.id, u.sort_order, u.id, a.slot, a.id"));
            q.setForwardOnly(true);
            q.addBindValue(sourcePeriodId);
            if (const Status s = m_db.exec(q); !s)
                return s;
            QList<AssignmentBatch::Row> batch;
            QList<Id> sources;
            const QString where = tr("%1, %2, %3", "unit, day, shift");
            const QString inactive = tr("%1: %2 is no longer active.");
            const QString onLeave = tr("%1: %2 is unavailable from %3 to %4 (%5).");
            const QString onLeaveNoReason = tr("%1: %2 is unavailable from %3 to %4.");
            const QString onDuty = tr("%1: %2 is already on duty at that time.");
            while (q.next()) {
                Assignment a;
                a.id = q.value(0).toLongLong();
                a.periodId = sourcePeriodId;
                a.unitId = q.value(1).toLongLong();
                a.day = QDate::fromJulianDay(RosterSnapshot::julianDay(q.value(2).toString()));
                a.shiftId = q.value(3).toLongLong();
                a.roleId = q.value(4).toLongLong();
                const int slot = q.value(5).toInt();
                a.personId = q.value(6).toLongLong();
                a.freeName = q.value(7).toString();
                a.freePhone = q.value(8).toString();
                a.note = q.value(9).toString();
                a.version = q.value(10).toInt();

                const qint64 index = a.day.toJulianDay() - oldFirst;
                const qint64 day = newFirst + index;
                if (index < 0 || day > newLast || !newShift.contains(a.shiftId)
                    || !newRole.contains(a.roleId)) {
                    ++report.dropped;
                    continue;
                }
                const QDate newDay = QDate::fromJulianDay(day);
                if (refuse && a.personId != NoId) {
                    const QString name = q.value(15).toString();
                    const QString here
                        = where.arg(q.value(14).toString(), dmy(newDay), q.value(13).toString());
                    const Interval time = interval(day, minuteOfDay(q.value(11).toString()),
                                                   minuteOfDay(q.value(12).toString()));
                    QString reason;
                    if (!q.value(16).toBool()) {
                        reason = inactive.arg(here, name);
                    } else {
                        for (const Away &leave : away.value(a.personId)) {
                            if (leave.firstDay <= day && day <= leave.lastDay) {
                                const QString from = dmy(QDate::fromJulianDay(leave.firstDay));
                                const QString to = dmy(QDate::fromJulianDay(leave.lastDay));
                                reason = leave.reason.isEmpty()
                                    ? onLeaveNoReason.arg(here, name, from, to)
                                    : onLeave.arg(here, name, from, to, leave.reason);
                                break;
                            }
                        }
                    }
                    if (reason.isEmpty()) {
                        for (const Interval &other : busy.value(a.personId)) {
                            if (other.start < time.end && time.start < other.end) {
                                reason = onDuty.arg(here, name);
                                break;
                            }
                        }
                    }
                    if (!reason.isEmpty()) {
                        report.skipped << Skipped {a, newDay, reason};
                        continue;
                    }
                    busy[a.personId] << time;
                }
                Assignment copy = a;
                copy.id = NoId;
                copy.periodId = periodId;
                copy.day = newDay;
                copy.shiftId = newShift.value(a.shiftId);
                copy.roleId = newRole.value(a.roleId);
                batch << AssignmentBatch::Row {copy, slot};
                sources << a.id;
            }
            const Result<QList<Id>> ids = AssignmentBatch::insert(m_db, batch);
            if (!ids)
                return ids.error();
            for (qsizetype i = 0; i < ids->size(); ++i)
                written.append(QJsonArray {ids->at(i), sources.at(i)});
            report.assignments = int(ids->size());
        }

        QJsonArray skipped;
        for (const Skipped &s : std::as_const(report.skipped))
            skipped.append(s.source.id);
        const QJsonObject after {
            {QStringLiteral("source_period_id"), sourcePeriodId},
            {QStringLiteral("period_id"), periodId},
            {QStringLiteral("shifts"), report.shifts},
            {QStringLiteral("roles"), report.roles},
            {QStringLiteral("assignments"), report.assignments},
            {QStringLiteral("dropped"), report.dropped},
            {QStringLiteral("skipped_source_ids"), skipped},
            {QStringLiteral("copied"), written}, // [new id, source id]
        };
        return m_db.audit(QStringLiteral("copy"), QStringLiteral("duty_periods"), periodId, {},
                          DomainJson::text(after));
    });
    if (!status)
        return status.error();
    return report;
}

QJsonObject PeriodCopy::toJson(const Report &report)
{
    QJsonArray skipped;
    for (const Skipped &s : report.skipped) {
        skipped.append(QJsonObject {{QStringLiteral("source_assignment_id"), s.source.id},
                                    {QStringLiteral("day"), s.day.toString(Qt::ISODate)},
                                    {QStringLiteral("reason"), s.reason}});
    }
    return {{QStringLiteral("period"), DomainJson::toJson(report.period)},
            {QStringLiteral("shifts"), report.shifts},
            {QStringLiteral("roles"), report.roles},
            {QStringLiteral("assignments"), report.assignments},
            {QStringLiteral("dropped"), report.dropped},
            {QStringLiteral("skipped"), skipped}};
}

} // namespace DutyDesk
