#include "RosterCheck.h"

#include "PhoneNumber.h"
#include "RosterSnapshot.h"

#include <QHash>

#include <algorithm>
#include <climits>
#include <tuple>

namespace DutyDesk {

namespace {

using Problem = RosterCheck::Problem;
using Kind = RosterCheck::Kind;

const std::pair<Kind, const char *> kindKeys[] = {
    {Kind::Gap, "gap"},
    {Kind::DoubleBooking, "double_booking"},
    {Kind::Unavailable, "unavailable"},
    {Kind::NoValidPhone, "no_valid_phone"},
    {Kind::NotALeader, "not_a_leader"},
};

QJsonValue idOrNull(Id id)
{
    return id == NoId ? QJsonValue() : QJsonValue(id);
}

/// Builds the problems of one snapshot, with the translated texts prepared once.
class Checker
{
public:
    explicit Checker(const RosterSnapshot &snap)
        : m_snap(snap)
    {
    }

    QList<Problem> run();

private:
    using SortKey = std::tuple<int, qint64, int, int, int, int, Id, Id>;

    const QString &dayText(qint64 julianDay);
    bool hasValidPhone(const RosterSnapshot::PersonInfo &person);
    bool isValidNumber(const QString &number);
    /// A problem located at `booking`, its names filled in, without message.
    Problem at(Kind kind, const RosterSnapshot::Booking &booking);
    QString location(const Problem &problem);
    void add(Problem problem, qint64 julianDay);

    void gaps();
    void perAssignment();
    void doubleBookings();

    const RosterSnapshot &m_snap;
    QHash<qint64, QString> m_dayTexts;
    QHash<QString, bool> m_validNumbers;
    QHash<Id, bool> m_validPhones;
    QList<std::pair<SortKey, Problem>> m_found;
};

const QString &Checker::dayText(qint64 julianDay)
{
    auto it = m_dayTexts.find(julianDay);
    if (it == m_dayTexts.end())
        it = m_dayTexts.insert(
            julianDay, RosterSnapshot::date(julianDay).toString(QStringLiteral("dd/MM/yyyy")));
    return *it;
}

bool Checker::isValidNumber(const QString &number)
{
    // The directory validated its numbers when they were saved and stores them
    // as E.164: "+84" and nine or ten digits is a callable Vietnamese number.
    // Anything else goes through libphonenumber, which costs far more; a short
    // number (113) reaches a service, not the person on duty.
    if (number.size() >= 12 && number.size() <= 13 && number.startsWith(QLatin1String("+84"))
        && std::all_of(number.cbegin() + 3, number.cend(),
                       [](QChar c) { return c >= QLatin1Char('0') && c <= QLatin1Char('9'); }))
        return true;
    auto it = m_validNumbers.find(number);
    if (it == m_validNumbers.end()) {
        const Result<PhoneNumber> parsed = PhoneNumber::parse(number);
        it = m_validNumbers.insert(number,
                                   parsed.ok() && parsed->type() != PhoneNumber::Type::Short);
    }
    return *it;
}

bool Checker::hasValidPhone(const RosterSnapshot::PersonInfo &person)
{
    auto it = m_validPhones.find(person.id);
    if (it == m_validPhones.end()) {
        const bool valid = std::any_of(person.phones.cbegin(), person.phones.cend(),
                                       [this](const QString &n) { return isValidNumber(n); });
        it = m_validPhones.insert(person.id, valid);
    }
    return *it;
}

Problem Checker::at(Kind kind, const RosterSnapshot::Booking &booking)
{
    Problem p;
    p.kind = kind;
    p.periodId = booking.periodId;
    p.unitId = booking.unitId;
    p.day = RosterSnapshot::date(booking.day);
    p.shiftId = booking.shiftId;
    p.roleId = booking.roleId;
    p.slot = booking.slot;
    p.assignmentId = booking.id;
    p.personId = booking.personId;
    p.unitName = m_snap.units.value(booking.unitId).name;
    if (const auto *shift = m_snap.shift(booking.shiftId))
        p.shiftName = shift->name;
    if (const auto *role = m_snap.role(booking.roleId))
        p.roleName = role->name;
    if (booking.personId != NoId)
        p.personName = m_snap.people.value(booking.personId).name;
    else
        p.personName = booking.freeName;
    return p;
}

QString Checker::location(const Problem &problem)
{
    return RosterCheck::tr("%1, %2, %3, %4", "unit, day, shift, role")
        .arg(problem.unitName, dayText(problem.day.toJulianDay()), problem.shiftName,
             problem.roleName);
}

void Checker::add(Problem problem, qint64 julianDay)
{
    const auto unit = m_snap.units.constFind(problem.unitId);
    const auto *shift = m_snap.shift(problem.shiftId);
    const auto *role = m_snap.role(problem.roleId);
    const SortKey key {unit == m_snap.units.constEnd() ? INT_MAX : unit->order,
                       julianDay,
                       shift && shift->index >= 0 ? shift->index : INT_MAX,
                       role ? role->index : INT_MAX,
                       problem.slot,
                       int(problem.kind),
                       problem.assignmentId,
                       problem.otherAssignmentId};
    m_found.append({key, std::move(problem)});
}

void Checker::gaps()
{
    const QString one = RosterCheck::tr("%1: nobody is on duty.");
    const QString many = RosterCheck::tr("%1: place %2 of %3 is empty.");
    for (const RosterSnapshot::UnitInfo *unit : m_snap.unitsInScope()) {
        if (!unit->staffed())
            continue;
        for (int d = 0; d < m_snap.dayCount(); ++d) {
            const qint64 day = m_snap.firstDay + d;
            for (const RosterSnapshot::ShiftInfo &shift : m_snap.shifts) {
                for (const RosterSnapshot::RoleInfo &role : m_snap.roles) {
                    const int required = role.countFor(unit->kind);
                    if (required <= 0)
                        continue;
                    const RosterSnapshot::Cell cell = m_snap.cells.value(
                        RosterSnapshot::cellKey(unit->order, d, shift.index, role.index));
                    if (cell.count >= required)
                        continue;
                    for (const int place : RosterSnapshot::emptyPlaces(cell, required)) {
                        Problem p;
                        p.kind = Kind::Gap;
                        p.periodId = m_snap.period.id;
                        p.unitId = unit->id;
                        p.day = RosterSnapshot::date(day);
                        p.shiftId = shift.id;
                        p.roleId = role.id;
                        p.slot = place;
                        p.unitName = unit->name;
                        p.shiftName = shift.name;
                        p.roleName = role.name;
                        p.message = required == 1
                            ? one.arg(location(p))
                            : many.arg(location(p), QString::number(place + 1),
                                       QString::number(required));
                        add(std::move(p), day);
                    }
                }
            }
        }
    }
}

void Checker::perAssignment()
{
    const QString away = RosterCheck::tr("%1: %2 is unavailable from %3 to %4 (%5).");
    const QString awayNoReason = RosterCheck::tr("%1: %2 is unavailable from %3 to %4.");
    const QString noPhone = RosterCheck::tr("%1: %2 has no valid phone number.");
    const QString notLeader = RosterCheck::tr("%1: %2 holds a leader role but is not a leader.");
    for (const RosterSnapshot::Booking &b : m_snap.bookings) {
        if (!b.inScope)
            continue;
        if (b.personId == NoId) {
            // Someone outside the directory: only their phone can be checked.
            if (b.freePhone.isEmpty() || !isValidNumber(b.freePhone)) {
                Problem p = at(Kind::NoValidPhone, b);
                p.message = noPhone.arg(location(p), p.personName);
                add(std::move(p), b.day);
            }
            continue;
        }
        const auto person = m_snap.people.constFind(b.personId);
        if (person == m_snap.people.constEnd())
            continue;
        if (const RosterSnapshot::Absence *absence = person->absenceOn(b.day)) {
            Problem p = at(Kind::Unavailable, b);
            const QString first = dayText(absence->firstDay);
            const QString last = dayText(absence->lastDay);
            p.message = absence->reason.isEmpty()
                ? awayNoReason.arg(location(p), p.personName, first, last)
                : away.arg(location(p), p.personName, first, last, absence->reason);
            add(std::move(p), b.day);
        }
        if (!hasValidPhone(*person)) {
            Problem p = at(Kind::NoValidPhone, b);
            p.message = noPhone.arg(location(p), p.personName);
            add(std::move(p), b.day);
        }
        const auto *role = m_snap.role(b.roleId);
        if (role && role->leaderRole && !person->leader) {
            Problem p = at(Kind::NotALeader, b);
            p.message = notLeader.arg(location(p), p.personName);
            add(std::move(p), b.day);
        }
    }
}

void Checker::doubleBookings()
{
    const QString text = RosterCheck::tr("%1: %2 is also on duty at an overlapping time: %3.");
    const QString elsewhere = RosterCheck::tr("%1, %2, %3", "unit, day, shift");
    const QString elsewhereInPeriod
        = RosterCheck::tr("%1, %2, %3 (%4)", "unit, day, shift (period)");

    // Each person's slots by start time: a slot overlaps the later ones that
    // start before it ends.
    const QList<RosterSnapshot::Booking> &all = m_snap.bookings;
    QList<int> order;
    order.reserve(all.size());
    for (int i = 0; i < all.size(); ++i) {
        if (all.at(i).personId != NoId)
            order << i;
    }
    std::sort(order.begin(), order.end(), [&all](int a, int b) {
        const auto &x = all.at(a);
        const auto &y = all.at(b);
        return std::tie(x.personId, x.start, x.id) < std::tie(y.personId, y.start, y.id);
    });
    for (int i = 0; i < order.size(); ++i) {
        const RosterSnapshot::Booking &first = all.at(order.at(i));
        for (int j = i + 1; j < order.size(); ++j) {
            const RosterSnapshot::Booking &second = all.at(order.at(j));
            if (second.personId != first.personId || second.start >= first.end)
                break;
            if (!first.inScope && !second.inScope)
                continue;
            const RosterSnapshot::Booking &here = first.inScope ? first : second;
            const RosterSnapshot::Booking &there = first.inScope ? second : first;
            Problem p = at(Kind::DoubleBooking, here);
            p.otherAssignmentId = there.id;
            const QString unit = m_snap.units.value(there.unitId).name;
            const auto *shift = m_snap.shift(there.shiftId);
            const QString shiftName = shift ? shift->name : QString();
            const QString other = there.periodId == m_snap.period.id
                ? elsewhere.arg(unit, dayText(there.day), shiftName)
                : elsewhereInPeriod.arg(unit, dayText(there.day), shiftName,
                                        m_snap.periodTitles.value(there.periodId));
            p.message = text.arg(location(p), p.personName, other);
            add(std::move(p), here.day);
        }
    }
}

QList<Problem> Checker::run()
{
    gaps();
    perAssignment();
    doubleBookings();
    std::sort(m_found.begin(), m_found.end(),
              [](const auto &a, const auto &b) { return a.first < b.first; });
    QList<Problem> result;
    result.reserve(m_found.size());
    for (auto &entry : m_found)
        result << std::move(entry.second);
    m_found.clear();
    return result;
}

} // namespace

Result<QList<RosterCheck::Problem>> RosterCheck::check(Database &db, Id periodId, Id unitId)
{
    RosterSnapshot::Scope scope;
    if (unitId != NoId)
        scope.unitIds << unitId;
    scope.phones = true;
    const Result<RosterSnapshot> snap = RosterSnapshot::load(db, periodId, scope);
    if (!snap)
        return snap.error();
    return Checker(snap.value()).run();
}

QString RosterCheck::kindKey(Kind kind)
{
    for (const auto &entry : kindKeys) {
        if (entry.first == kind)
            return QLatin1String(entry.second);
    }
    return {};
}

std::optional<RosterCheck::Kind> RosterCheck::kindFromKey(const QString &key)
{
    for (const auto &entry : kindKeys) {
        if (key == QLatin1String(entry.second))
            return entry.first;
    }
    return std::nullopt;
}

QString RosterCheck::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Gap:
        return tr("Empty slot");
    case Kind::DoubleBooking:
        return tr("Double booking");
    case Kind::Unavailable:
        return tr("Unavailable person on duty");
    case Kind::NoValidPhone:
        return tr("No valid phone number");
    case Kind::NotALeader:
        return tr("Leader role held by a non-leader");
    }
    return {};
}

QJsonObject RosterCheck::toJson(const Problem &problem)
{
    return {{QStringLiteral("kind"), kindKey(problem.kind)},
            {QStringLiteral("message"), problem.message},
            {QStringLiteral("period_id"), problem.periodId},
            {QStringLiteral("unit_id"), problem.unitId},
            {QStringLiteral("unit"), problem.unitName},
            {QStringLiteral("day"), problem.day.toString(Qt::ISODate)},
            {QStringLiteral("shift_id"), problem.shiftId},
            {QStringLiteral("shift"), problem.shiftName},
            {QStringLiteral("role_id"), problem.roleId},
            {QStringLiteral("role"), problem.roleName},
            {QStringLiteral("slot"), problem.slot},
            {QStringLiteral("assignment_id"), idOrNull(problem.assignmentId)},
            {QStringLiteral("other_assignment_id"), idOrNull(problem.otherAssignmentId)},
            {QStringLiteral("person_id"), idOrNull(problem.personId)},
            {QStringLiteral("person"), problem.personName}};
}

QJsonArray RosterCheck::toJson(const QList<Problem> &problems)
{
    QJsonArray array;
    for (const Problem &problem : problems)
        array.append(toJson(problem));
    return array;
}

} // namespace DutyDesk
