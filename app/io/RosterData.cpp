#include "RosterData.h"

#include "DirectoryStore.h"
#include "PeriodStore.h"
#include "SettingsStore.h"

#include <QHash>

#include <algorithm>

namespace DutyDesk {

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
    return Error(Error::Code::Invalid, tr("The export was cancelled."));
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

    const Result<QList<Assignment>> assignments = periods.assignments(periodId, unitId);
    if (!assignments)
        return assignments.error();
    if (control.cancelled())
        return cancelledError();

    // People: every one for a consolidated roster (one query), else one by one.
    QHash<Id, Person> people;
    if (unitId == NoId) {
        const Result<QList<Person>> all = directory.people(NoId);
        if (!all)
            return all.error();
        for (const Person &p : all.value())
            people.insert(p.id, p);
    } else {
        for (const Assignment &a : assignments.value()) {
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
    const qint64 firstJulian = doc.period.firstDay.toJulianDay();
    auto lineIndex = [&](const QDate &day, Id shiftId) -> int {
        const qint64 d = day.toJulianDay() - firstJulian;
        const int s = shiftIndex.value(shiftId, -1);
        if (d < 0 || d >= days.size() || s < 0)
            return -1;
        return int(d) * int(doc.shifts.size()) + s;
    };

    // The units shown: the one asked for, or every unit that staffs slots and
    // every unit holding an assignment.
    QHash<Id, int> blockOf;
    QSet<Id> withAssignments;
    for (const Assignment &a : assignments.value()) {
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

    // Assignments come ordered by day, shift, role and slot: the position in
    // the cell is the slot's place, stable while the slots before it stay.
    QHash<QString, int> cellCount;
    for (const Assignment &a : assignments.value()) {
        const QString cellKey = QStringLiteral("%1|%2|%3|%4")
                                    .arg(a.unitId)
                                    .arg(a.day.toJulianDay())
                                    .arg(a.shiftId)
                                    .arg(a.roleId);
        const int slot = cellCount.value(cellKey, 0);
        cellCount.insert(cellKey, slot + 1);
        if (personId != NoId && a.personId != personId)
            continue;
        const int b = blockOf.value(a.unitId, -1);
        const int l = lineIndex(a.day, a.shiftId);
        const int r = roleIndex.value(a.roleId, -1);
        if (b < 0 || l < 0 || r < 0)
            continue;
        RosterHolder holder;
        holder.assignmentId = a.id;
        holder.personId = a.personId;
        holder.slot = slot;
        holder.note = a.note;
        if (a.personId != NoId) {
            const Person p = people.value(a.personId);
            holder.name = p.fullName;
            holder.position = p.position;
            holder.phones = p.phones;
            holder.email = p.email;
            holder.unitId = p.unitId;
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
