#include "AutoFill.h"

#include "AssignmentBatch.h"
#include "DomainJson.h"
#include "Holidays.h"
#include "PeriodStore.h"
#include "RosterSnapshot.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QMultiHash>
#include <QSet>
#include <QSqlQuery>
#include <QStringList>

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

/// How often the planning loop looks at the Control, in places.
constexpr int PlacesPerCheck = 256;
/// Rows written between two looks at the Control: each part prepares its
/// statements again, so not too few (a province writes ~33,000 rows).
constexpr int RowsPerWrite = 4000;
/// Ids or audit records per statement when many rows are taken back or put back.
constexpr int RowsPerStatement = 100;

Error cancelledError()
{
    return Error(Error::Code::Cancelled,
                 AutoFill::tr("The auto-fill was cancelled; nothing was changed."));
}

/// A slot's cell and holder: how a slot is found again after its id changed.
struct HolderKey
{
    Id unitId;
    qint64 day;
    Id shiftId;
    Id roleId;
    Id personId;
    QString freeName;

    explicit HolderKey(const Assignment &a)
        : unitId(a.unitId)
        , day(a.day.toJulianDay())
        , shiftId(a.shiftId)
        , roleId(a.roleId)
        , personId(a.personId)
        , freeName(a.personId == NoId ? a.freeName : QString())
    {
    }
    bool operator==(const HolderKey &o) const
    {
        return std::tie(unitId, day, shiftId, roleId, personId, freeName)
            == std::tie(o.unitId, o.day, o.shiftId, o.roleId, o.personId, o.freeName);
    }
};

size_t qHash(const HolderKey &key, size_t seed = 0)
{
    return qHashMulti(seed, key.unitId, key.day, key.shiftId, key.roleId, key.personId,
                      key.freeName);
}

/// A cell of a period: unit, day, shift, role.
struct CellKey
{
    Id unitId;
    qint64 day;
    Id shiftId;
    Id roleId;
    bool operator==(const CellKey &o) const
    {
        return std::tie(unitId, day, shiftId, roleId)
            == std::tie(o.unitId, o.day, o.shiftId, o.roleId);
    }
};

size_t qHash(const CellKey &key, size_t seed = 0)
{
    return qHashMulti(seed, key.unitId, key.day, key.shiftId, key.roleId);
}

QString placeholders(qsizetype count, const QString &one)
{
    QStringList list;
    list.reserve(count);
    for (qsizetype i = 0; i < count; ++i)
        list << one;
    return list.join(QLatin1Char(','));
}

/// One audit record per row, as Database::audit() writes them, a hundred per
/// statement.
struct AuditRow
{
    Id rowId = NoId;
    QString before;
    QString after;
};

Status auditRows(Database &db, const QString &action, const QString &table,
                 const QList<AuditRow> &rows)
{
    const QString at = QDateTime::currentDateTime().toString(Qt::ISODate);
    const QString user = Database::currentUser();
    const QString sql = QStringLiteral("INSERT INTO audit_log (at, os_user, action, table_name, "
                                       "row_id, before_json, after_json) VALUES ");
    const QString row = QStringLiteral("(?, ?, ?, ?, ?, ?, ?)");
    // Preparing a statement of many placeholders costs more than running it:
    // the full one is prepared once (and the last, shorter one).
    QSqlQuery full;
    if (rows.size() >= RowsPerStatement)
        full = db.prepare(sql + placeholders(RowsPerStatement, row));
    for (qsizetype from = 0; from < rows.size(); from += RowsPerStatement) {
        const qsizetype count = std::min<qsizetype>(RowsPerStatement, rows.size() - from);
        QSqlQuery partial;
        if (count < RowsPerStatement)
            partial = db.prepare(sql + placeholders(count, row));
        QSqlQuery &q = count < RowsPerStatement ? partial : full;
        for (qsizetype i = 0; i < count; ++i) {
            const AuditRow &r = rows.at(from + i);
            const int base = int(i) * 7;
            q.bindValue(base + 0, at);
            q.bindValue(base + 1, user);
            q.bindValue(base + 2, action);
            q.bindValue(base + 3, table);
            q.bindValue(base + 4, r.rowId);
            // Empty, never NULL: the columns are NOT NULL.
            q.bindValue(base + 5, r.before.isNull() ? QStringLiteral("") : r.before);
            q.bindValue(base + 6, r.after.isNull() ? QStringLiteral("") : r.after);
        }
        if (const Status s = db.exec(q); !s)
            return s;
    }
    return {};
}

Error changedMeanwhile()
{
    return Error(Error::Code::Conflict,
                 AutoFill::tr("A place filled by the auto-fill was changed elsewhere meanwhile; "
                              "the auto-fill cannot be undone."));
}

Error publishedError(const DutyPeriod &period)
{
    return Error(
        Error::Code::Invalid,
        AutoFill::tr("“%1” is published and locked; reopen it to make changes.").arg(period.title));
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
    return run(periodId, {}, nullptr, Control());
}

Result<AutoFill::Report> AutoFill::fillPeriod(Id periodId, const Control &control)
{
    return run(periodId, {}, nullptr, control);
}

Result<AutoFill::Report> AutoFill::fillUnit(Id periodId, Id unitId)
{
    return run(periodId, {unitId}, nullptr, Control());
}

Result<AutoFill::Report> AutoFill::fillUnit(Id periodId, Id unitId, const Control &control)
{
    return run(periodId, {unitId}, nullptr, control);
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
    return run(periodId, unitIds, &refs, Control());
}

Result<AutoFill::Report> AutoFill::run(Id periodId, const QList<Id> &unitIds,
                                       const QList<SlotRef> *refs, const Control &control)
{
    const Options options = m_options;
    const int restMinutes = std::max(0, options.minimumRestHours) * 60;
    Report report;

    auto plan = [&]() -> Status {
        if (control.cancelled())
            return cancelledError();
        Snapshot::Scope scope;
        scope.unitIds = unitIds;
        scope.marginDays
            = 1 + (restMinutes + Snapshot::MinutesPerDay - 1) / Snapshot::MinutesPerDay;
        const Result<Snapshot> loaded = Snapshot::load(m_db, periodId, scope);
        if (!loaded)
            return loaded.error();
        const Snapshot &snap = loaded.value();
        if (snap.period.status == PeriodStatus::Published)
            return publishedError(snap.period);
        if (control.cancelled())
            return cancelledError();

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
        const int steps = int(targets.size()) * 2; // each place planned, then written
        control.report(0, steps);
        const QString locationText = tr("%1, %2, %3, %4", "unit, day, shift, role");
        const QString noPeople = tr("%1: the unit has no active people.");
        const QString noLeader = tr("%1: the unit has no active leader.");
        const QString nobody = tr("%1: nobody fits (%2).");
        QList<std::pair<const Target *, Id>> planned;
        int done = 0;
        for (const Target &target : std::as_const(targets)) {
            if (++done % PlacesPerCheck == 0) {
                if (control.cancelled())
                    return cancelledError();
                control.report(done, steps);
            }
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
        // Places left empty need no writing.
        done = int(targets.size() + report.leftEmpty.size());
        if (control.cancelled())
            return cancelledError();
        control.report(done, steps);
        if (options.dryRun || batch.isEmpty()) {
            for (const AssignmentBatch::Row &row : std::as_const(batch))
                report.assignments << row.assignment;
            control.report(steps, steps);
            return {};
        }
        // In parts, to report and to stop between them; the transaction
        // takes back whatever was written when the fill is stopped.
        QList<Id> ids;
        ids.reserve(batch.size());
        for (qsizetype from = 0; from < batch.size(); from += RowsPerWrite) {
            const Result<QList<Id>> part
                = AssignmentBatch::insert(m_db, batch.mid(from, RowsPerWrite));
            if (!part)
                return part.error();
            ids << part.value();
            done += int(part->size());
            if (control.cancelled())
                return cancelledError();
            control.report(done, steps);
        }
        QJsonArray written;
        for (qsizetype i = 0; i < batch.size(); ++i) {
            Assignment a = batch.at(i).assignment;
            a.id = ids.at(i);
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
        if (const Status s = m_db.audit(QStringLiteral("autofill"), QStringLiteral("duty_periods"),
                                        snap.period.id, {}, DomainJson::text(after));
            !s)
            return s;
        // The last moment a stop can still take everything back.
        return control.cancelled() ? Status(cancelledError()) : Status();
    };

    const Status status = options.dryRun ? plan() : m_db.transaction(plan);
    if (!status)
        return status.error();
    return report;
}

Result<QList<Assignment>> AutoFill::takeBack(Id periodId, const QList<Assignment> &filled)
{
    QList<Assignment> removed;
    removed.reserve(filled.size());
    const Status status = m_db.transaction([&]() -> Status {
        PeriodStore store(m_db);
        const Result<DutyPeriod> period = store.period(periodId);
        if (!period)
            return period.error();
        if (period->status == PeriodStatus::Published)
            return publishedError(period.value());
        // One read of the period, then each slot by its id while it still
        // holds the same cell and holder, else by its cell and holder.
        const Result<QList<Assignment>> all = store.assignments(periodId);
        if (!all)
            return all.error();
        QHash<Id, qsizetype> byId;
        QMultiHash<HolderKey, qsizetype> byHolder;
        byId.reserve(all->size());
        byHolder.reserve(all->size());
        for (qsizetype i = 0; i < all->size(); ++i) {
            byId.insert(all->at(i).id, i);
            byHolder.insert(HolderKey(all->at(i)), i);
        }
        QList<bool> taken(all->size(), false);
        for (const Assignment &slot : filled) {
            const HolderKey key(slot);
            qsizetype at = byId.value(slot.id, -1);
            if (at < 0 || taken.at(at) || !(HolderKey(all->at(at)) == key)) {
                at = -1;
                for (auto it = byHolder.constFind(key); it != byHolder.cend() && it.key() == key;
                     ++it) {
                    if (!taken.at(it.value())) {
                        at = it.value();
                        break;
                    }
                }
            }
            if (at < 0)
                return changedMeanwhile();
            taken[at] = true;
            removed << all->at(at);
        }
        auto deleteSql = [](qsizetype count) -> QString {
            return QStringLiteral("DELETE FROM assignments WHERE id IN (")
                + placeholders(count, QStringLiteral("?")) + QLatin1Char(')');
        };
        QSqlQuery full;
        if (removed.size() >= RowsPerStatement)
            full = m_db.prepare(deleteSql(RowsPerStatement));
        for (qsizetype from = 0; from < removed.size(); from += RowsPerStatement) {
            const qsizetype count = std::min<qsizetype>(RowsPerStatement, removed.size() - from);
            QSqlQuery partial;
            if (count < RowsPerStatement)
                partial = m_db.prepare(deleteSql(count));
            QSqlQuery &q = count < RowsPerStatement ? partial : full;
            for (qsizetype i = 0; i < count; ++i)
                q.bindValue(int(i), removed.at(from + i).id);
            if (const Status s = m_db.exec(q); !s)
                return s;
            if (q.numRowsAffected() != count)
                return changedMeanwhile();
        }
        QList<AuditRow> audit;
        audit.reserve(removed.size());
        for (const Assignment &a : std::as_const(removed))
            audit << AuditRow {a.id, DomainJson::text(DomainJson::toJson(a)), {}};
        return auditRows(m_db, QStringLiteral("delete"), QStringLiteral("assignments"), audit);
    });
    if (!status)
        return status.error();
    return removed;
}

Result<QList<Assignment>> AutoFill::putBack(Id periodId, const QList<Assignment> &filled)
{
    QList<Assignment> written;
    const Status status = m_db.transaction([&]() -> Status {
        PeriodStore store(m_db);
        const Result<DutyPeriod> period = store.period(periodId);
        if (!period)
            return period.error();
        const DutyPeriod &p = period.value();
        if (p.status == PeriodStatus::Published)
            return publishedError(p);
        if (filled.isEmpty())
            return {};

        // ---- what the rules need, in a few queries
        const Result<QList<Shift>> shifts = store.shifts(periodId);
        if (!shifts)
            return shifts.error();
        QHash<Id, Shift> shiftById;
        for (const Shift &shift : shifts.value())
            shiftById.insert(shift.id, shift);
        const Result<QList<DutyRole>> roles = store.roles(periodId);
        if (!roles)
            return roles.error();
        QSet<Id> roleIds;
        for (const DutyRole &role : roles.value())
            roleIds.insert(role.id);
        QSet<Id> unitIds;
        QSet<Id> personIds;
        qint64 firstDay = std::numeric_limits<qint64>::max();
        qint64 lastDay = std::numeric_limits<qint64>::min();
        for (const Assignment &a : filled) {
            unitIds.insert(a.unitId);
            if (a.personId != NoId)
                personIds.insert(a.personId);
            firstDay = std::min(firstDay, a.day.toJulianDay());
            lastDay = std::max(lastDay, a.day.toJulianDay());
        }
        // Which of a list of ids exist (with a name for people), a hundred at a time.
        auto existing
            = [&](const QString &sql, const QSet<Id> &ids, QHash<Id, QString> &found) -> Status {
            const QList<Id> list(ids.cbegin(), ids.cend());
            for (qsizetype from = 0; from < list.size(); from += RowsPerStatement) {
                const qsizetype count = std::min<qsizetype>(RowsPerStatement, list.size() - from);
                QSqlQuery q
                    = m_db.prepare(sql + QLatin1Char('(') + placeholders(count, QStringLiteral("?"))
                                   + QLatin1Char(')'));
                for (qsizetype i = 0; i < count; ++i)
                    q.bindValue(int(i), list.at(from + i));
                if (const Status s = m_db.exec(q); !s)
                    return s;
                while (q.next())
                    found.insert(q.value(0).toLongLong(), q.value(1).toString());
            }
            return {};
        };
        QHash<Id, QString> units;
        if (const Status s
            = existing(QStringLiteral("SELECT id, name FROM units WHERE id IN "), unitIds, units);
            !s)
            return s;
        QHash<Id, QString> people;
        if (const Status s = existing(
                QStringLiteral("SELECT id, full_name FROM people WHERE id IN "), personIds, people);
            !s)
            return s;
        struct Leave
        {
            qint64 firstDay;
            qint64 lastDay;
            QString reason;
        };
        QHash<Id, QList<Leave>> leave;
        QSqlQuery away = m_db.prepare(
            QStringLiteral("SELECT person_id, first_day, last_day, reason FROM unavailability "
                           "WHERE first_day <= ? AND last_day >= ? ORDER BY first_day, id"));
        away.addBindValue(Snapshot::isoDay(lastDay));
        away.addBindValue(Snapshot::isoDay(firstDay));
        if (const Status s = m_db.exec(away); !s)
            return s;
        while (away.next()) {
            const Id person = away.value(0).toLongLong();
            if (personIds.contains(person))
                leave[person] << Leave {Snapshot::julianDay(away.value(1).toString()),
                                        Snapshot::julianDay(away.value(2).toString()),
                                        away.value(3).toString()};
        }
        // Everyone's duties around those days, in any period. Shifts last at
        // most a day: the neighbouring days are enough.
        struct Duty
        {
            Interval time;
            Id unitId;
            qint64 day;
            Id shiftId;
        };
        QHash<Id, QList<Duty>> duties;
        QSqlQuery held = m_db.prepare(QStringLiteral(
            "SELECT a.person_id, a.day, s.start_time, s.end_time, a.unit_id, a.shift_id "
            "FROM assignments a JOIN shifts s ON s.id = a.shift_id "
            "WHERE a.person_id IS NOT NULL AND a.day BETWEEN ? AND ?"));
        held.addBindValue(Snapshot::isoDay(firstDay - 1));
        held.addBindValue(Snapshot::isoDay(lastDay + 1));
        if (const Status s = m_db.exec(held); !s)
            return s;
        auto timeOf = [](qint64 day, int start, int end) {
            const qint64 from = day * Snapshot::MinutesPerDay + start;
            return Interval {
                from, from + (end > start ? end - start : end - start + Snapshot::MinutesPerDay)};
        };
        while (held.next()) {
            const Id person = held.value(0).toLongLong();
            if (!personIds.contains(person))
                continue;
            const qint64 day = Snapshot::julianDay(held.value(1).toString());
            duties[person] << Duty {timeOf(day, minuteOfDay(held.value(2).toString()),
                                           minuteOfDay(held.value(3).toString())),
                                    held.value(4).toLongLong(), day, held.value(5).toLongLong()};
        }
        // The places taken in each cell of the period.
        QHash<CellKey, QSet<int>> places;
        QSqlQuery cells = m_db.prepare(QStringLiteral(
            "SELECT unit_id, day, shift_id, role_id, slot FROM assignments WHERE period_id = ?"));
        cells.addBindValue(periodId);
        if (const Status s = m_db.exec(cells); !s)
            return s;
        while (cells.next()) {
            places[CellKey {cells.value(0).toLongLong(),
                            Snapshot::julianDay(cells.value(1).toString()),
                            cells.value(2).toLongLong(), cells.value(3).toLongLong()}]
                .insert(cells.value(4).toInt());
        }

        // ---- the rules of PeriodStore::assign, slot by slot, in its words
        // (translated where PeriodStore says them)
        auto storeText = [](const char *text) {
            return QCoreApplication::translate("DutyDesk::PeriodStore", text);
        };
        const qint64 periodFirst = p.firstDay.toJulianDay();
        const qint64 periodLast = p.lastDay.toJulianDay();
        QList<AssignmentBatch::Row> batch;
        batch.reserve(filled.size());
        for (Assignment a : filled) {
            a.id = NoId;
            a.periodId = periodId;
            const qint64 day = a.day.isValid() ? a.day.toJulianDay() : 0;
            if (day < periodFirst || day > periodLast)
                return Error(Error::Code::Invalid,
                             tr("%1 is not a day of “%2”.")
                                 .arg(a.day.toString(QStringLiteral("dd/MM/yyyy")), p.title));
            const auto shift = shiftById.constFind(a.shiftId);
            if (shift == shiftById.cend())
                return Error(Error::Code::Invalid,
                             tr("The shift does not belong to “%1”.").arg(p.title));
            if (!roleIds.contains(a.roleId))
                return Error(Error::Code::Invalid,
                             tr("The duty role does not belong to “%1”.").arg(p.title));
            if (!units.contains(a.unitId))
                return Error(Error::Code::Invalid,
                             storeText("The unit (id %1) does not exist.").arg(a.unitId));
            if (a.personId == NoId) {
                if (a.freeName.isEmpty())
                    return Error(
                        Error::Code::Invalid,
                        storeText("An assignment needs a person from the directory or a name."));
            } else {
                const auto name = people.constFind(a.personId);
                if (name == people.cend())
                    return Error(Error::Code::Invalid,
                                 storeText("The person (id %1) does not exist.").arg(a.personId));
                for (const Leave &l : leave.value(a.personId)) {
                    if (l.firstDay <= day && day <= l.lastDay)
                        return Error(Error::Code::Conflict,
                                     storeText("%1 is unavailable from %2 to %3 (%4).")
                                         .arg(name.value(),
                                              Snapshot::date(l.firstDay)
                                                  .toString(QStringLiteral("dd/MM/yyyy")),
                                              Snapshot::date(l.lastDay).toString(
                                                  QStringLiteral("dd/MM/yyyy")),
                                              l.reason));
                }
                const Interval time = timeOf(day, shift->start.hour() * 60 + shift->start.minute(),
                                             shift->end.hour() * 60 + shift->end.minute());
                QList<Duty> &mine = duties[a.personId];
                for (const Duty &other : std::as_const(mine)) {
                    if (!(other.time.start < time.end && time.start < other.time.end))
                        continue;
                    Assignment clash;
                    clash.unitId = other.unitId;
                    clash.day = Snapshot::date(other.day);
                    clash.shiftId = other.shiftId;
                    return store.clashWith(name.value(), clash);
                }
                mine << Duty {time, a.unitId, day, a.shiftId};
            }
            // The first free place of the cell.
            QSet<int> &taken = places[CellKey {a.unitId, day, a.shiftId, a.roleId}];
            int place = 0;
            while (taken.contains(place))
                ++place;
            taken.insert(place);
            batch << AssignmentBatch::Row {a, place};
        }

        // ---- written in one go, each with its audit record
        const Result<QList<Id>> ids = AssignmentBatch::insert(m_db, batch);
        if (!ids)
            return ids.error();
        QList<AuditRow> audit;
        audit.reserve(batch.size());
        written.reserve(batch.size());
        for (qsizetype i = 0; i < batch.size(); ++i) {
            Assignment a = batch.at(i).assignment;
            a.id = ids->at(i);
            a.version = 1;
            audit << AuditRow {a.id, {}, DomainJson::text(DomainJson::toJson(a))};
            written << a;
        }
        return auditRows(m_db, QStringLiteral("insert"), QStringLiteral("assignments"), audit);
    });
    if (!status)
        return status.error();
    return written;
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
