#include "RosterData.h"

#include "DirectoryStore.h"
#include "PeriodStore.h"
#include "SettingsStore.h"

#include <QHash>
#include <QSqlQuery>

#include <algorithm>

namespace DutyDesk {

namespace {

/// One assignment as a document needs it.
struct SlotRow
{
    Id id = NoId;
    Id unitId = NoId;
    Id shiftId = NoId;
    Id roleId = NoId;
    Id personId = NoId;
    int dayOffset = -1; ///< days after the period's first day; -1 outside it
    int position = 0; ///< place in its (unit, day, shift, role) cell, from 0
    QString freeName;
    QString freePhone;
    QString note;
};

/// The slots of a period (of one unit, or all), ordered by unit, day, shift,
/// role and slot: the order of the unique index, so SQLite reads it without
/// sorting, and a cell's slots are consecutive.
Result<QList<SlotRow>> readSlots(Database &db, Id periodId, Id unitId, const DutyPeriod &period,
                                 const ExportControl &control)
{
    QString sql = QStringLiteral(
        "SELECT a.id, a.unit_id, a.day, a.shift_id, a.role_id, a.person_id, a.free_name, "
        "a.free_phone, a.note FROM assignments a WHERE a.period_id = ?");
    if (unitId != NoId)
        sql += QStringLiteral(" AND a.unit_id = ?");
    sql += QStringLiteral(" ORDER BY a.unit_id, a.day, a.shift_id, a.role_id, a.slot");
    QSqlQuery q = db.prepare(sql);
    q.addBindValue(periodId);
    if (unitId != NoId)
        q.addBindValue(unitId);
    if (const Status s = db.exec(q); !s)
        return s.error();

    // Few distinct days: each ISO text is parsed once.
    QHash<QString, int> dayOffsets;
    const qint64 firstJulian = period.firstDay.toJulianDay();
    auto dayOffset = [&](const QString &text) {
        const auto it = dayOffsets.constFind(text);
        if (it != dayOffsets.cend())
            return it.value();
        const QDate day = QDate::fromString(text, Qt::ISODate);
        const int offset = day.isValid() && period.firstDay.isValid()
            ? int(day.toJulianDay() - firstJulian)
            : -1;
        dayOffsets.insert(text, offset);
        return offset;
    };

    QList<SlotRow> rows;
    QString previousDay;
    while (q.next()) {
        if (rows.size() % 65536 == 0 && control.cancelled())
            return RosterData::cancelledError();
        SlotRow row;
        row.id = q.value(0).toLongLong();
        row.unitId = q.value(1).toLongLong();
        const QString day = q.value(2).toString();
        row.shiftId = q.value(3).toLongLong();
        row.roleId = q.value(4).toLongLong();
        row.personId = q.value(5).toLongLong();
        row.freeName = q.value(6).toString();
        row.freePhone = q.value(7).toString();
        row.note = q.value(8).toString();
        row.dayOffset = dayOffset(day);
        if (!rows.isEmpty()) {
            const SlotRow &last = rows.constLast();
            if (last.unitId == row.unitId && previousDay == day && last.shiftId == row.shiftId
                && last.roleId == row.roleId)
                row.position = last.position + 1;
        }
        previousDay = day;
        rows << row;
    }
    return rows;
}

} // namespace

bool RosterLine::isEmpty() const
{
    return std::all_of(holders.cbegin(), holders.cend(),
                       [](const QList<RosterHolder> &list) { return list.isEmpty(); });
}

QList<QDate> RosterDocument::days() const
{
    QList<QDate> result;
    for (QDate day = period.firstDay; day.isValid() && day <= period.lastDay; day = day.addDays(1))
        result << day;
    return result;
}

Error RosterData::cancelledError()
{
    return Error(Error::Code::Cancelled, tr("The export was cancelled."));
}

Result<RosterDocument> RosterData::load(Database &db, Id periodId, Id unitId, Id personId,
                                        const ExportControl &control)
{
    PeriodStore periods(db);
    DirectoryStore directory(db);
    RosterDocument doc;
    doc.consolidated = unitId == NoId;

    const Result<DutyPeriod> period = periods.period(periodId);
    if (!period)
        return period.error();
    doc.period = period.value();
    const Result<QList<Shift>> shifts = periods.shifts(periodId);
    if (!shifts)
        return shifts.error();
    doc.shifts = shifts.value();
    const Result<QList<DutyRole>> roles = periods.roles(periodId);
    if (!roles)
        return roles.error();
    doc.roles = roles.value();
    const Result<OrganisationSettings> organisation = SettingsStore(db).organisation();
    if (!organisation)
        return organisation.error();
    doc.organisation = organisation.value();

    const Result<QList<Unit>> allUnits = directory.units();
    if (!allUnits)
        return allUnits.error();
    for (const Unit &unit : allUnits.value()) {
        if (unit.kind == UnitKind::Department && doc.issuerName.isEmpty())
            doc.issuerName = unit.name;
    }
    if (unitId != NoId) {
        const auto it = std::find_if(allUnits->cbegin(), allUnits->cend(),
                                     [unitId](const Unit &u) { return u.id == unitId; });
        if (it == allUnits->cend())
            return Error(Error::Code::NotFound, tr("There is no unit with id %1.").arg(unitId));
    }

    // One read of the slots, in the order of the unique index
    // (period, unit, day, shift, role, slot): no sort, no full Assignment.
    const Result<QList<SlotRow>> slotRows = readSlots(db, periodId, unitId, doc.period, control);
    if (!slotRows)
        return slotRows.error();
    const QList<SlotRow> &assignments = slotRows.value();
    if (control.cancelled())
        return cancelledError();

    // People: every one for a consolidated roster (one query), else one by one.
    QHash<Id, Person> people;
    if (unitId == NoId) {
        const Result<QList<Person>> all = directory.people(NoId);
        if (!all)
            return all.error();
        people.reserve(all->size());
        for (const Person &p : all.value())
            people.insert(p.id, p);
    } else {
        for (const SlotRow &a : assignments) {
            if (a.personId == NoId || people.contains(a.personId))
                continue;
            const Result<Person> p = directory.person(a.personId);
            if (!p)
                return p.error();
            people.insert(p->id, p.value());
        }
    }

    QHash<Id, int> shiftIndex;
    for (int i = 0; i < doc.shifts.size(); ++i)
        shiftIndex.insert(doc.shifts.at(i).id, i);
    QHash<Id, int> roleIndex;
    for (int i = 0; i < doc.roles.size(); ++i)
        roleIndex.insert(doc.roles.at(i).id, i);
    const QList<QDate> days = doc.days();
    auto lineIndex = [&](int dayOffset, Id shiftId) -> int {
        const int s = shiftIndex.value(shiftId, -1);
        if (dayOffset < 0 || dayOffset >= days.size() || s < 0)
            return -1;
        return dayOffset * int(doc.shifts.size()) + s;
    };

    // The units shown: the one asked for, or every unit that staffs slots and
    // every unit holding an assignment.
    QHash<Id, int> blockOf;
    QSet<Id> withAssignments;
    for (const SlotRow &a : assignments) {
        if (personId == NoId || a.personId == personId)
            withAssignments.insert(a.unitId);
    }
    QList<Unit> shown;
    for (const Unit &unit : allUnits.value()) {
        bool show = false;
        if (personId != NoId)
            show = withAssignments.contains(unit.id) && (unitId == NoId || unit.id == unitId);
        else if (unitId != NoId)
            show = unit.id == unitId;
        else
            show = withAssignments.contains(unit.id)
                || (unit.active && unit.kind != UnitKind::External);
        if (show)
            shown << unit;
    }
    // Grouped by kind (in the enumeration's order), then directory order.
    std::stable_sort(shown.begin(), shown.end(), [](const Unit &a, const Unit &b) {
        return static_cast<int>(a.kind) < static_cast<int>(b.kind);
    });
    for (const Unit &unit : std::as_const(shown)) {
        RosterUnitBlock block;
        block.unit = unit;
        for (const QDate &day : days) {
            for (int s = 0; s < doc.shifts.size(); ++s) {
                RosterLine line;
                line.day = day;
                line.shiftIndex = s;
                line.holders.resize(doc.roles.size());
                block.lines << line;
            }
        }
        blockOf.insert(unit.id, int(doc.units.size()));
        doc.units << block;
    }

    for (qsizetype i = 0; i < assignments.size(); ++i) {
        const SlotRow &a = assignments.at(i);
        if (personId != NoId && a.personId != personId)
            continue;
        if (i % 65536 == 0 && control.cancelled())
            return cancelledError();
        const int b = blockOf.value(a.unitId, -1);
        const int l = lineIndex(a.dayOffset, a.shiftId);
        const int r = roleIndex.value(a.roleId, -1);
        if (b < 0 || l < 0 || r < 0)
            continue;
        RosterHolder holder;
        holder.assignmentId = a.id;
        holder.personId = a.personId;
        holder.slot = a.position;
        holder.note = a.note;
        if (a.personId != NoId) {
            const auto p = people.constFind(a.personId);
            if (p != people.cend()) {
                holder.name = p->fullName;
                holder.position = p->position;
                holder.phones = p->phones;
                holder.email = p->email;
                holder.unitId = p->unitId;
            }
        } else {
            holder.name = a.freeName;
            if (!a.freePhone.isEmpty())
                holder.phones << PhoneEntry {NoId, PhoneKind::Mobile, a.freePhone};
        }
        RosterUnitBlock &block = doc.units[b];
        RosterLine &line = block.lines[l];
        line.holders[r] << holder;
        if (!a.note.trimmed().isEmpty())
            line.notes << a.note.trimmed();
        ++block.assignmentCount;
        ++doc.assignmentCount;
    }
    return doc;
}

} // namespace DutyDesk
