#include "AutoFill.h"

#include "AssignmentBatch.h"
#include "DomainJson.h"
#include "Holidays.h"
#include "RosterSnapshot.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>
#include <limits>
#include <tuple>

namespace DutyDesk {

namespace {

using Snapshot = RosterSnapshot;

/// Load is counted in thousandths of a shift so that sums stay exact.
constexpr qint64 LoadScale = 1000;

struct Target
{
    const Snapshot::UnitInfo *unit = nullptr;
    int dayIndex = 0;
    const Snapshot::ShiftInfo *shift = nullptr;
    const Snapshot::RoleInfo *role = nullptr;
    int slot = 0;
};

struct Interval
{
    qint64 start = 0;
    qint64 end = 0;
};

struct PersonState
{
    qint64 load = 0;
    int shifts = 0;
    QList<Interval> busy;
};

/// Statutory Tết days (Holidays), cached per year.
class TetDays
{
public:
    bool contains(qint64 julianDay)
    {
        const int year = Snapshot::date(julianDay).year();
        auto it = m_years.find(year);
        if (it == m_years.end()) {
            QSet<qint64> days;
            for (const Holidays::Holiday &holiday : Holidays::forYear(year)) {
                if (holiday.kind == Holidays::Kind::Tet) {
                    for (const QDate &day : holiday.statutoryDays)
                        days.insert(day.toJulianDay());
                }
            }
            it = m_years.insert(year, days);
        }
        return it->contains(julianDay);
    }

private:
    QHash<int, QSet<qint64>> m_years;
};

int minuteOfDay(const QString &hhmm)
{
    const QTime time = QTime::fromString(hhmm, QStringLiteral("HH:mm"));
    return time.isValid() ? time.hour() * 60 + time.minute() : 0;
}

} // namespace

AutoFill::AutoFill(Database &database)
    : m_db(database)
{
}

AutoFill::AutoFill(Database &database, const Options &options)
    : m_db(database)
    , m_options(options)
{
}

Result<AutoFill::Report> AutoFill::fillPeriod(Id periodId)
{
    return run(periodId, {}, nullptr);
}

Result<AutoFill::Report> AutoFill::fillUnit(Id periodId, Id unitId)
{
    return run(periodId, {unitId}, nullptr);
}

Result<AutoFill::Report> AutoFill::fillSlots(Id periodId, const QList<SlotRef> &refs)
{
    QList<Id> unitIds;
    for (const SlotRef &slot : refs) {
        if (!unitIds.contains(slot.unitId))
            unitIds << slot.unitId;
    }
    if (unitIds.isEmpty())
        return Report();
    return run(periodId, unitIds, &refs);
}

Result<AutoFill::Report> AutoFill::run(Id periodId, const QList<Id> &unitIds,
                                       const QList<SlotRef> *refs)
{
    const Options options = m_options;
    const int restMinutes = std::max(0, options.minimumRestHours) * 60;
    Report report;

    auto plan = [&]() -> Status {
        Snapshot::Scope scope;
        scope.unitIds = unitIds;
        scope.marginDays
            = 1 + (restMinutes + Snapshot::MinutesPerDay - 1) / Snapshot::MinutesPerDay;
        const Result<Snapshot> loaded = Snapshot::load(m_db, periodId, scope);
        if (!loaded)
            return loaded.error();
        const Snapshot &snap = loaded.value();
        if (snap.period.status == PeriodStatus::Published)
            return Error(Error::Code::Invalid,
                         tr("“%1” is published and locked; reopen it to make changes.")
                             .arg(snap.period.title));

        // ---- the places to fill
        QList<Target> targets;
        QSet<quint64> seen;
        auto addTarget = [&](const Snapshot::UnitInfo *unit, int d,
                             const Snapshot::ShiftInfo *shift, const Snapshot::RoleInfo *role,
                             int place) {
            const quint64 key = Snapshot::cellKey(unit->order, d, shift->index, role->index) * 64
                + quint64(place);
            if (seen.contains(key))
                return;
            seen.insert(key);
            targets << Target {unit, d, shift, role, place};
        };
        auto addEmpty = [&](const Snapshot::UnitInfo *unit, int d, const Snapshot::ShiftInfo *shift,
                            const Snapshot::RoleInfo *role) {
            const int required = unit->staffed() ? role->countFor(unit->kind) : 0;
            if (required <= 0)
                return;
            const Snapshot::Cell cell
                = snap.cells.value(Snapshot::cellKey(unit->order, d, shift->index, role->index));
            for (const int place : Snapshot::emptyPlaces(cell, required))
                addTarget(unit, d, shift, role, place);
        };
        QList<const Snapshot::UnitInfo *> units;
        if (refs) {
            for (const SlotRef &ref : *refs) {
                const Snapshot::UnitInfo *unit = &*snap.units.constFind(ref.unitId);
                const qint64 day = ref.day.isValid() ? ref.day.toJulianDay() : 0;
                if (day < snap.firstDay || day > snap.lastDay)
                    return Error(Error::Code::Invalid,
                                 tr("%1 is not a day of “%2”.")
                                     .arg(ref.day.toString(QStringLiteral("dd/MM/yyyy")),
                                          snap.period.title));
                const Snapshot::ShiftInfo *shift = snap.shift(ref.shiftId);
                if (!shift || shift->index < 0)
                    return Error(Error::Code::Invalid,
                                 tr("The shift does not belong to “%1”.").arg(snap.period.title));
                const Snapshot::RoleInfo *role = snap.role(ref.roleId);
                if (!role)
                    return Error(
                        Error::Code::Invalid,
                        tr("The duty role does not belong to “%1”.").arg(snap.period.title));
                if (ref.slot < -1 || ref.slot > 63)
                    return Error(Error::Code::Invalid,
                                 tr("Place %1 of a duty role does not exist.").arg(ref.slot + 1));
                const int d = int(day - snap.firstDay);
                if (ref.slot == -1) {
                    addEmpty(unit, d, shift, role);
                } else {
                    const Snapshot::Cell cell = snap.cells.value(
                        Snapshot::cellKey(unit->order, d, shift->index, role->index));
                    if (!(cell.mask & (quint64(1) << ref.slot)))
                        addTarget(unit, d, shift, role, ref.slot);
                }
                if (!units.contains(unit))
                    units << unit;
            }
            std::sort(units.begin(), units.end(),
                      [](const auto *a, const auto *b) { return a->order < b->order; });
        } else {
            for (const Snapshot::UnitInfo *unit : snap.unitsInScope()) {
                if (!unit->staffed())
                    continue;
                units << unit;
                for (int d = 0; d < snap.dayCount(); ++d) {
                    for (const Snapshot::ShiftInfo &shift : snap.shifts) {
                        for (const Snapshot::RoleInfo &role : snap.roles)
                            addEmpty(unit, d, &shift, &role);
                    }
                }
            }
        }
        // Time order, leader roles first within a shift, so that rest and load
        // build up as they will be lived.
        std::sort(targets.begin(), targets.end(), [](const Target &a, const Target &b) {
            return std::make_tuple(a.dayIndex, a.shift->startMinute, a.shift->index,
                                   !a.role->leaderRole, a.role->index, a.unit->order, a.slot)
                < std::make_tuple(b.dayIndex, b.shift->startMinute, b.shift->index,
                                  !b.role->leaderRole, b.role->index, b.unit->order, b.slot);
        });

        // ---- everyone's duties and load so far
        TetDays tet;
        auto weight = [&](bool night, qint64 day) {
            const double w = (night ? options.nightShiftWeight : 1.0)
                * (tet.contains(day) ? options.tetDayWeight : 1.0);
            return qint64(std::llround(w * LoadScale));
        };
        QHash<Id, PersonState> state;
        for (const Snapshot::Booking &b : snap.bookings) {
            if (b.personId == NoId)
                continue;
            PersonState &person = state[b.personId];
            person.busy << Interval {b.start, b.end};
            if (b.periodId == snap.period.id) {
                const Snapshot::ShiftInfo *shift = snap.shift(b.shiftId);
                person.load += weight(shift && shift->night(), b.day);
                ++person.shifts;
            }
        }
        if (options.earlierPeriodsDays > 0) {
            const bool oneUnit = unitIds.size() == 1;
            QSqlQuery q = m_db.prepare(
                QStringLiteral(
                    "SELECT a.person_id, a.day, s.start_time, s.end_time "
                    "FROM assignments a JOIN shifts s ON s.id = a.shift_id "
                    "JOIN duty_periods p ON p.id = a.period_id "
                    "WHERE a.person_id IS NOT NULL AND p.last_day < ? AND p.last_day >= ?")
                + (oneUnit ? QStringLiteral(
                       " AND a.person_id IN (SELECT id FROM people WHERE unit_id = ?)")
                           : QString()));
            q.setForwardOnly(true);
            q.addBindValue(Snapshot::isoDay(snap.firstDay));
            q.addBindValue(Snapshot::isoDay(snap.firstDay - options.earlierPeriodsDays));
            if (oneUnit)
                q.addBindValue(unitIds.first());
            if (const Status s = m_db.exec(q); !s)
                return s;
            while (q.next()) {
                const Id personId = q.value(0).toLongLong();
                if (!snap.people.contains(personId))
                    continue;
                const int start = minuteOfDay(q.value(2).toString());
                const bool night = minuteOfDay(q.value(3).toString()) <= start;
                state[personId].load += weight(night, Snapshot::julianDay(q.value(1).toString()));
            }
        }

        // ---- each unit's own active people, by id
        QHash<Id, QList<Id>> staff;
        for (const Snapshot::UnitInfo *unit : std::as_const(units))
            staff.insert(unit->id, {});
        for (const Snapshot::PersonInfo &person : snap.people) {
            if (person.active && staff.contains(person.unitId))
                staff[person.unitId] << person.id;
        }
        for (QList<Id> &ids : staff) {
            std::sort(ids.begin(), ids.end());
            // Every candidate has a state before the loop below keeps pointers into it.
            for (const Id id : std::as_const(ids))
                state[id];
        }

        // ---- fill, place by place
        const QString locationText = tr("%1, %2, %3, %4", "unit, day, shift, role");
        const QString noPeople = tr("%1: the unit has no active people.");
        const QString noLeader = tr("%1: the unit has no active leader.");
        const QString nobody = tr("%1: nobody fits (%2).");
        QList<std::pair<const Target *, Id>> planned;
        for (const Target &target : std::as_const(targets)) {
            const qint64 day = snap.firstDay + target.dayIndex;
            const qint64 start = target.shift->startOn(day);
            const qint64 end = target.shift->endOn(day);
            int candidates = 0;
            int onLeave = 0;
            int onDuty = 0;
            int resting = 0;
            Id best = NoId;
            const PersonState *bestState = nullptr;
            bool bestSpared = false;
            for (const Id id : *staff.constFind(target.unit->id)) {
                const Snapshot::PersonInfo &person = *snap.people.constFind(id);
                if (target.role->leaderRole && !person.leader)
                    continue;
                ++candidates;
                if (person.absenceOn(day)) {
                    ++onLeave;
                    continue;
                }
                const PersonState &ps = *state.constFind(id);
                bool overlaps = false;
                bool tooClose = false;
                for (const Interval &busy : ps.busy) {
                    if (busy.start < end && start < busy.end) {
                        overlaps = true;
                        break;
                    }
                    if (busy.start < end + restMinutes && start < busy.end + restMinutes)
                        tooClose = true;
                }
                if (overlaps) {
                    ++onDuty;
                    continue;
                }
                if (tooClose) {
                    ++resting;
                    continue;
                }
                // Leaders are kept for the leader roles: another role takes a
                // leader only when no one else fits.
                const bool spared = !target.role->leaderRole && person.leader;
                if (!bestState
                    || std::tie(spared, ps.load, ps.shifts, id)
                        < std::tie(bestSpared, bestState->load, bestState->shifts, best)) {
                    best = id;
                    bestState = &ps;
                    bestSpared = spared;
                }
            }
            if (best != NoId) {
                PersonState &ps = state[best];
                ps.busy << Interval {start, end};
                ps.load += weight(target.shift->night(), day);
                ++ps.shifts;
                planned << std::make_pair(&target, best);
                continue;
            }
            EmptySlot empty;
            empty.slot = SlotRef {target.unit->id, Snapshot::date(day), target.shift->id,
                                  target.role->id, target.slot};
            const QString where = locationText.arg(
                target.unit->name, empty.slot.day.toString(QStringLiteral("dd/MM/yyyy")),
                target.shift->name, target.role->name);
            if (candidates == 0 && target.role->leaderRole
                && !staff.value(target.unit->id).isEmpty()) {
                empty.reason = EmptyReason::NoLeader;
                empty.message = noLeader.arg(where);
            } else if (candidates == 0) {
                empty.reason = EmptyReason::NoPeople;
                empty.message = noPeople.arg(where);
            } else {
                QStringList why;
                if (onLeave)
                    why << tr("%n on leave", nullptr, onLeave);
                if (onDuty)
                    why << tr("%n on duty at that time", nullptr, onDuty);
                if (resting)
                    why << tr("%n without enough rest", nullptr, resting);
                empty.reason = EmptyReason::NobodyFree;
                empty.message = nobody.arg(where, why.join(QStringLiteral(", ")));
            }
            report.leftEmpty << empty;
        }

        // ---- the spread of load per unit
        for (const Snapshot::UnitInfo *unit : std::as_const(units)) {
            const QList<Id> &ids = staff.value(unit->id);
            if (ids.isEmpty())
                continue;
            UnitLoad load;
            load.unitId = unit->id;
            load.people = int(ids.size());
            qint64 lo = std::numeric_limits<qint64>::max();
            qint64 hi = 0;
            // Comparable people: leaders with leaders, others with others, and
            // only those free on every day of the period.
            qint64 groupLo[2] = {lo, lo};
            qint64 groupHi[2] = {0, 0};
            for (const Id id : ids) {
                const qint64 l = state.value(id).load;
                lo = std::min(lo, l);
                hi = std::max(hi, l);
                const Snapshot::PersonInfo &person = *snap.people.constFind(id);
                const bool away = std::any_of(
                    person.absences.cbegin(), person.absences.cend(), [&](const auto &a) {
                        return a.firstDay <= snap.lastDay && a.lastDay >= snap.firstDay;
                    });
                if (away)
                    continue;
                const int group = person.leader ? 1 : 0;
                groupLo[group] = std::min(groupLo[group], l);
                groupHi[group] = std::max(groupHi[group], l);
            }
            load.minLoad = double(lo) / LoadScale;
            load.maxLoad = double(hi) / LoadScale;
            for (int g = 0; g < 2; ++g) {
                if (groupHi[g] >= groupLo[g])
                    load.spread
                        = std::max(load.spread, double(groupHi[g] - groupLo[g]) / LoadScale);
            }
            report.maxSpread = std::max(report.maxSpread, load.spread);
            report.loads << load;
        }

        // ---- the result, written in one go
        report.filled = int(planned.size());
        QList<AssignmentBatch::Row> batch;
        batch.reserve(planned.size());
        for (const auto &[target, personId] : std::as_const(planned)) {
            Assignment a;
            a.periodId = snap.period.id;
            a.unitId = target->unit->id;
            a.day = Snapshot::date(snap.firstDay + target->dayIndex);
            a.shiftId = target->shift->id;
            a.roleId = target->role->id;
            a.personId = personId;
            batch << AssignmentBatch::Row {a, target->slot};
        }
        if (options.dryRun || batch.isEmpty()) {
            for (const AssignmentBatch::Row &row : std::as_const(batch))
                report.assignments << row.assignment;
            return {};
        }
        const Result<QList<Id>> ids = AssignmentBatch::insert(m_db, batch);
        if (!ids)
            return ids.error();
        QJsonArray written;
        for (qsizetype i = 0; i < batch.size(); ++i) {
            Assignment a = batch.at(i).assignment;
            a.id = ids->at(i);
            a.version = 1;
            written.append(QJsonArray {a.id, a.unitId, a.day.toString(Qt::ISODate), a.shiftId,
                                       a.roleId, batch.at(i).slot, a.personId});
            report.assignments << a;
        }
        QJsonArray scopeIds;
        for (const Id id : unitIds)
            scopeIds.append(id);
        const QJsonObject after {
            {QStringLiteral("period_id"), snap.period.id},
            {QStringLiteral("unit_ids"), scopeIds},
            {QStringLiteral("filled"), report.filled},
            {QStringLiteral("left_empty"), int(report.leftEmpty.size())},
            {QStringLiteral("columns"),
             QJsonArray {QStringLiteral("id"), QStringLiteral("unit_id"), QStringLiteral("day"),
                         QStringLiteral("shift_id"), QStringLiteral("role_id"),
                         QStringLiteral("slot"), QStringLiteral("person_id")}},
            {QStringLiteral("assignments"), written}};
        return m_db.audit(QStringLiteral("autofill"), QStringLiteral("duty_periods"),
                          snap.period.id, {}, DomainJson::text(after));
    };

    const Status status = options.dryRun ? plan() : m_db.transaction(plan);
    if (!status)
        return status.error();
    return report;
}

QString AutoFill::reasonKey(EmptyReason reason)
{
    switch (reason) {
    case EmptyReason::NoPeople:
        return QStringLiteral("no_people");
    case EmptyReason::NoLeader:
        return QStringLiteral("no_leader");
    case EmptyReason::NobodyFree:
        return QStringLiteral("nobody_free");
    }
    return {};
}

QJsonObject AutoFill::toJson(const Report &report)
{
    QJsonArray empty;
    for (const EmptySlot &e : report.leftEmpty) {
        empty.append(QJsonObject {{QStringLiteral("unit_id"), e.slot.unitId},
                                  {QStringLiteral("day"), e.slot.day.toString(Qt::ISODate)},
                                  {QStringLiteral("shift_id"), e.slot.shiftId},
                                  {QStringLiteral("role_id"), e.slot.roleId},
                                  {QStringLiteral("slot"), e.slot.slot},
                                  {QStringLiteral("reason"), reasonKey(e.reason)},
                                  {QStringLiteral("message"), e.message}});
    }
    QJsonArray loads;
    for (const UnitLoad &l : report.loads) {
        loads.append(QJsonObject {{QStringLiteral("unit_id"), l.unitId},
                                  {QStringLiteral("people"), l.people},
                                  {QStringLiteral("min_load"), l.minLoad},
                                  {QStringLiteral("max_load"), l.maxLoad},
                                  {QStringLiteral("spread"), l.spread}});
    }
    QJsonArray assignments;
    for (const Assignment &a : report.assignments)
        assignments.append(DomainJson::toJson(a));
    return {{QStringLiteral("filled"), report.filled},
            {QStringLiteral("left_empty"), empty},
            {QStringLiteral("loads"), loads},
            {QStringLiteral("max_spread"), report.maxSpread},
            {QStringLiteral("assignments"), assignments}};
}

} // namespace DutyDesk
