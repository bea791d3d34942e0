#include "RosterSnapshot.h"

#include "DomainNames.h"
#include "PeriodStore.h"

#include <QSqlQuery>

#include <algorithm>

namespace DutyDesk {

namespace {

int minuteOfDay(const QString &hhmm)
{
    const QTime time = QTime::fromString(hhmm, QStringLiteral("HH:mm"));
    return time.isValid() ? time.hour() * 60 + time.minute() : 0;
}

int lengthOf(int startMinute, int endMinute)
{
    // An end not after the start is on the next day (Shift::crossesMidnight).
    return endMinute > startMinute ? endMinute - startMinute
                                   : endMinute + RosterSnapshot::MinutesPerDay - startMinute;
}

/// The people of the single unit in scope and everyone assigned to its slots.
const QString unitPeople = QStringLiteral(
    "(SELECT id FROM people WHERE unit_id = ? UNION SELECT person_id FROM assignments "
    "WHERE period_id = ? AND unit_id = ? AND person_id IS NOT NULL)");

} // namespace

const RosterSnapshot::Absence *RosterSnapshot::PersonInfo::absenceOn(qint64 julianDay) const
{
    for (const Absence &absence : absences) {
        if (absence.firstDay <= julianDay && julianDay <= absence.lastDay)
            return &absence;
    }
    return nullptr;
}

qint64 RosterSnapshot::julianDay(const QString &iso)
{
    // Hand-parsed: this runs once per assignment, hundreds of thousands of times.
    if (iso.size() == 10 && iso.at(4) == QLatin1Char('-') && iso.at(7) == QLatin1Char('-')) {
        auto digits = [&iso](int from, int count) {
            int value = 0;
            for (int i = from; i < from + count; ++i) {
                const int d = iso.at(i).unicode() - '0';
                if (d < 0 || d > 9)
                    return -1;
                value = value * 10 + d;
            }
            return value;
        };
        const QDate date(digits(0, 4), digits(5, 2), digits(8, 2));
        if (date.isValid())
            return date.toJulianDay();
    }
    const QDate date = QDate::fromString(iso, Qt::ISODate);
    return date.isValid() ? date.toJulianDay() : 0;
}

quint64 RosterSnapshot::cellKey(int unitOrder, int dayIndex, int shiftIndex, int roleIndex)
{
    return (quint64(unitOrder) << 30) | (quint64(dayIndex & 0x3ff) << 20)
        | (quint64(shiftIndex & 0x3ff) << 10) | quint64(roleIndex & 0x3ff);
}

QList<int> RosterSnapshot::emptyPlaces(const Cell &cell, int required)
{
    QList<int> places;
    int missing = required - cell.count;
    for (int place = 0; place < required && missing > 0; ++place) {
        if (place < 64 && (cell.mask & (quint64(1) << place)))
            continue;
        places << place;
        --missing;
    }
    return places;
}

QList<const RosterSnapshot::UnitInfo *> RosterSnapshot::unitsInScope() const
{
    QList<const UnitInfo *> result;
    for (const Id id : unitOrder) {
        if (inScope(id))
            result << &*units.constFind(id);
    }
    return result;
}

const RosterSnapshot::ShiftInfo *RosterSnapshot::shift(Id shiftId) const
{
    const auto it = shiftById.constFind(shiftId);
    return it == shiftById.constEnd() ? nullptr : &*it;
}

const RosterSnapshot::RoleInfo *RosterSnapshot::role(Id roleId) const
{
    const auto it = roleIndex.constFind(roleId);
    return it == roleIndex.constEnd() ? nullptr : &roles.at(*it);
}

bool RosterSnapshot::cellOf(const Booking &booking, quint64 &key) const
{
    if (booking.periodId != period.id || booking.day < firstDay || booking.day > lastDay)
        return false;
    const ShiftInfo *s = shift(booking.shiftId);
    const RoleInfo *r = role(booking.roleId);
    const auto unit = units.constFind(booking.unitId);
    if (!s || s->index < 0 || !r || unit == units.constEnd())
        return false;
    key = cellKey(unit->order, int(booking.day - firstDay), s->index, r->index);
    return true;
}

Result<RosterSnapshot> RosterSnapshot::load(Database &db, Id periodId, const Scope &scope)
{
    RosterSnapshot snap;
    PeriodStore store(db);
    const Result<DutyPeriod> period = store.period(periodId);
    if (!period)
        return period.error();
    snap.period = period.value();
    snap.firstDay = snap.period.firstDay.toJulianDay();
    snap.lastDay = snap.period.lastDay.toJulianDay();
    for (const Id id : scope.unitIds)
        snap.scopeUnits.insert(id);

    const Result<QList<Shift>> shifts = store.shifts(periodId);
    if (!shifts)
        return shifts.error();
    for (const Shift &shift : shifts.value()) {
        ShiftInfo info;
        info.id = shift.id;
        info.periodId = periodId;
        info.name = shift.name;
        info.startMinute = shift.start.hour() * 60 + shift.start.minute();
        info.lengthMinutes = lengthOf(info.startMinute, shift.end.hour() * 60 + shift.end.minute());
        info.index = int(snap.shifts.size());
        snap.shifts << info;
        snap.shiftById.insert(info.id, info);
    }
    const Result<QList<DutyRole>> roles = store.roles(periodId);
    if (!roles)
        return roles.error();
    for (const DutyRole &role : roles.value()) {
        RoleInfo info;
        info.id = role.id;
        info.name = role.name;
        info.leaderRole = role.leaderRole;
        info.index = int(snap.roles.size());
        for (const RoleRequirement &requirement : role.requirements)
            info.counts.at(static_cast<size_t>(requirement.unitKind)) = requirement.count;
        snap.roleIndex.insert(info.id, info.index);
        snap.roles << info;
    }

    QSqlQuery titles = db.prepare(QStringLiteral("SELECT id, title FROM duty_periods"));
    titles.setForwardOnly(true);
    if (const Status s = db.exec(titles); !s)
        return s.error();
    while (titles.next())
        snap.periodTitles.insert(titles.value(0).toLongLong(), titles.value(1).toString());

    QSqlQuery units = db.prepare(
        QStringLiteral("SELECT id, kind, name, active FROM units ORDER BY sort_order, id"));
    units.setForwardOnly(true);
    if (const Status s = db.exec(units); !s)
        return s.error();
    while (units.next()) {
        UnitInfo unit;
        unit.id = units.value(0).toLongLong();
        unit.kind
            = DomainNames::unitKindFromKey(units.value(1).toString()).value_or(UnitKind::School);
        unit.name = units.value(2).toString();
        unit.active = units.value(3).toBool();
        unit.order = int(snap.unitOrder.size());
        snap.units.insert(unit.id, unit);
        snap.unitOrder << unit.id;
    }
    for (const Id id : scope.unitIds) {
        if (!snap.units.contains(id))
            return Error(Error::Code::NotFound, tr("There is no unit with id %1.").arg(id));
    }

    // One unit: every query narrows to it (the problems panel of one unit stays
    // fast on a national file). Several units: read all, keep what is in scope.
    const bool oneUnit = scope.unitIds.size() == 1;
    const Id unitId = oneUnit ? scope.unitIds.first() : NoId;
    const QVariantList unitPeopleValues {unitId, periodId, unitId};

    QString sql = QStringLiteral("SELECT id, unit_id, full_name, is_leader, active FROM people");
    if (oneUnit)
        sql += QStringLiteral(" WHERE id IN ") + unitPeople;
    QSqlQuery people = db.prepare(sql);
    people.setForwardOnly(true);
    if (oneUnit) {
        for (const QVariant &value : unitPeopleValues)
            people.addBindValue(value);
    }
    if (const Status s = db.exec(people); !s)
        return s.error();
    while (people.next()) {
        PersonInfo person;
        person.id = people.value(0).toLongLong();
        person.unitId = people.value(1).toLongLong();
        person.name = people.value(2).toString();
        person.leader = people.value(3).toBool();
        person.active = people.value(4).toBool();
        snap.people.insert(person.id, person);
    }

    if (scope.phones) {
        sql = QStringLiteral("SELECT person_id, e164 FROM phone_numbers");
        if (oneUnit)
            sql += QStringLiteral(" WHERE person_id IN ") + unitPeople;
        QSqlQuery phones = db.prepare(sql + QStringLiteral(" ORDER BY person_id, sort_order, id"));
        phones.setForwardOnly(true);
        if (oneUnit) {
            for (const QVariant &value : unitPeopleValues)
                phones.addBindValue(value);
        }
        if (const Status s = db.exec(phones); !s)
            return s.error();
        while (phones.next()) {
            const auto it = snap.people.find(phones.value(0).toLongLong());
            if (it != snap.people.end())
                it->phones << phones.value(1).toString();
        }
    }

    const int margin = std::max(1, scope.marginDays);
    const QString from = isoDay(snap.firstDay - margin);
    const QString to = isoDay(snap.lastDay + margin);

    sql = QStringLiteral("SELECT person_id, first_day, last_day, reason FROM unavailability "
                         "WHERE first_day <= ? AND last_day >= ?");
    if (oneUnit)
        sql += QStringLiteral(" AND person_id IN ") + unitPeople;
    QSqlQuery away = db.prepare(sql + QStringLiteral(" ORDER BY first_day, id"));
    away.setForwardOnly(true);
    away.addBindValue(to);
    away.addBindValue(from);
    if (oneUnit) {
        for (const QVariant &value : unitPeopleValues)
            away.addBindValue(value);
    }
    if (const Status s = db.exec(away); !s)
        return s.error();
    while (away.next()) {
        const auto it = snap.people.find(away.value(0).toLongLong());
        if (it != snap.people.end())
            it->absences << Absence {julianDay(away.value(1).toString()),
                                     julianDay(away.value(2).toString()), away.value(3).toString()};
    }

    // Assignments: first the period's slots in scope, then every other
    // assignment of the people concerned around the period's days, any period.
    // Every shift of every period (a few hundred rows): the assignments below
    // then need no join.
    QSqlQuery allShifts = db.prepare(
        QStringLiteral("SELECT id, period_id, name, start_time, end_time FROM shifts"));
    allShifts.setForwardOnly(true);
    if (const Status s = db.exec(allShifts); !s)
        return s.error();
    while (allShifts.next()) {
        const Id id = allShifts.value(0).toLongLong();
        if (snap.shiftById.contains(id))
            continue;
        ShiftInfo info;
        info.id = id;
        info.periodId = allShifts.value(1).toLongLong();
        info.name = allShifts.value(2).toString();
        info.startMinute = minuteOfDay(allShifts.value(3).toString());
        info.lengthMinutes = lengthOf(info.startMinute, minuteOfDay(allShifts.value(4).toString()));
        snap.shiftById.insert(id, info);
    }

    const QString columns = QStringLiteral(
        "SELECT a.id, a.period_id, a.unit_id, a.day, a.shift_id, a.role_id, a.slot, a.person_id, "
        "a.free_name, a.free_phone FROM assignments a ");
    auto read = [&](QSqlQuery &q, bool inScope) -> Status {
        q.setForwardOnly(true);
        if (const Status s = db.exec(q); !s)
            return s;
        while (q.next()) {
            Booking b;
            b.id = q.value(0).toLongLong();
            b.periodId = q.value(1).toLongLong();
            b.unitId = q.value(2).toLongLong();
            b.day = julianDay(q.value(3).toString());
            b.shiftId = q.value(4).toLongLong();
            b.roleId = q.value(5).toLongLong();
            b.slot = q.value(6).toInt();
            b.personId = q.value(7).toLongLong();
            b.freeName = q.value(8).toString();
            b.freePhone = q.value(9).toString();
            const ShiftInfo *shift = snap.shift(b.shiftId);
            if (!shift)
                continue; // foreign keys make this impossible
            b.start = shift->startOn(b.day);
            b.end = shift->endOn(b.day);
            b.inScope = inScope && snap.inScope(b.unitId);
            snap.bookings << b;
        }
        return {};
    };

    QSqlQuery mine
        = db.prepare(columns
                     + (oneUnit ? QStringLiteral("WHERE a.period_id = ? AND a.unit_id = ?")
                                : QStringLiteral("WHERE a.period_id = ?")));
    mine.addBindValue(periodId);
    if (oneUnit)
        mine.addBindValue(unitId);
    if (const Status s = read(mine, true); !s)
        return s.error();

    // Only periods sharing days with the margin can hold a clashing slot; naming
    // them lets the database use its period index instead of reading every row.
    const QString nearbyPeriods = QStringLiteral(
        "a.period_id IN (SELECT id FROM duty_periods WHERE first_day <= ? AND last_day >= ?)");
    QSqlQuery around = db.prepare(
        columns
        + (oneUnit ? QStringLiteral("WHERE a.person_id IN ") + unitPeople
                   + QStringLiteral(" AND a.day BETWEEN ? AND ? "
                                    "AND NOT (a.period_id = ? AND a.unit_id = ?)")
                   : QStringLiteral("WHERE ") + nearbyPeriods
                   + QStringLiteral(" AND a.period_id <> ? AND a.person_id IS NOT NULL "
                                    "AND a.day BETWEEN ? AND ?")));
    if (oneUnit) {
        for (const QVariant &value : unitPeopleValues)
            around.addBindValue(value);
        around.addBindValue(from);
        around.addBindValue(to);
        around.addBindValue(periodId);
        around.addBindValue(unitId);
    } else {
        around.addBindValue(to);
        around.addBindValue(from);
        around.addBindValue(periodId);
        around.addBindValue(from);
        around.addBindValue(to);
    }
    if (const Status s = read(around, false); !s)
        return s.error();

    for (const Booking &booking : std::as_const(snap.bookings)) {
        quint64 key = 0;
        if (!booking.inScope || !snap.cellOf(booking, key))
            continue;
        Cell &cell = snap.cells[key];
        ++cell.count;
        if (booking.slot >= 0 && booking.slot < 64)
            cell.mask |= quint64(1) << booking.slot;
    }
    return snap;
}

} // namespace DutyDesk
