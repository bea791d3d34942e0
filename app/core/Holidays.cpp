#include "Holidays.h"

#include "LunarCalendar.h"

#include <QJsonObject>

#include <algorithm>
#include <set>
#include <utility>
#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace DutyDesk {

namespace {

bool isWeeklyRestDay(const QDate &date)
{
    return date.dayOfWeek() >= Qt::Saturday;
}

QList<QDate> dayRange(const QDate &first, const QDate &last)
{
    QList<QDate> days;
    for (QDate d = first; d <= last; d = d.addDays(1))
        days.append(d);
    return days;
}

// The day that joins 2/9 for National Day; see the rule in Holidays.h.
QDate nationalDayCompanion(int year)
{
    const QDate nationalDay(year, 9, 2);
    switch (nationalDay.dayOfWeek()) {
    case Qt::Monday: // 1/9 is a Sunday
    case Qt::Thursday: // 3/9 is a Friday
    case Qt::Sunday: // 3/9 is a Monday
        return nationalDay.addDays(1);
    default: // Tuesday (1/9 Monday), Wednesday, Friday (3/9 Saturday), Saturday (1/9 Friday)
        return nationalDay.addDays(-1);
    }
}

QJsonArray isoDates(const QList<QDate> &dates)
{
    QJsonArray array;
    for (const QDate &d : dates)
        array.append(d.toString(Qt::ISODate));
    return array;
}

} // namespace

QString Holidays::kindKey(Kind kind)
{
    switch (kind) {
    case Kind::NewYear:
        return u"new_year"_s;
    case Kind::Tet:
        return u"tet"_s;
    case Kind::HungKings:
        return u"hung_kings"_s;
    case Kind::Reunification:
        return u"reunification"_s;
    case Kind::LabourDay:
        return u"labour_day"_s;
    case Kind::NationalDay:
        return u"national_day"_s;
    }
    return QString();
}

QString Holidays::kindName(Kind kind)
{
    switch (kind) {
    case Kind::NewYear:
        return tr("New Year's Day");
    case Kind::Tet:
        return tr("Lunar New Year (Tết)");
    case Kind::HungKings:
        return tr("Hung Kings Commemoration Day");
    case Kind::Reunification:
        return tr("Reunification Day");
    case Kind::LabourDay:
        return tr("International Labour Day");
    case Kind::NationalDay:
        return tr("National Day");
    }
    return QString();
}

QList<Holidays::Holiday> Holidays::forYear(int year)
{
    if (year < 1900 || year > 2100)
        return {};
    const Result<QDate> tet = LunarCalendar::toGregorian({1, 1, year, false});
    const Result<QDate> hungKings = LunarCalendar::toGregorian({10, 3, year, false});
    if (!tet || !hungKings)
        return {};

    QList<Holiday> holidays;
    const auto add = [&holidays](Kind kind, const QDate &date, const QList<QDate> &days) {
        holidays.append({kind, date, days, {}});
    };
    const QDate newYear(year, 1, 1);
    add(Kind::NewYear, newYear, {newYear});
    add(Kind::Tet, *tet, dayRange(tet->addDays(-2), tet->addDays(2)));
    add(Kind::HungKings, *hungKings, {*hungKings});
    const QDate reunification(year, 4, 30);
    add(Kind::Reunification, reunification, {reunification});
    const QDate labourDay(year, 5, 1);
    add(Kind::LabourDay, labourDay, {labourDay});
    const QDate nationalDay(year, 9, 2);
    const QDate companion = nationalDayCompanion(year);
    add(Kind::NationalDay, nationalDay,
        {std::min(nationalDay, companion), std::max(nationalDay, companion)});
    std::stable_sort(holidays.begin(), holidays.end(),
                     [](const Holiday &a, const Holiday &b) { return a.date < b.date; });

    // Every statutory day is off; then nghỉ bù, in date order, for each one on a
    // weekly rest day or already taken by another holiday.
    std::set<qint64> off;
    std::vector<qint64> statutory;
    for (const Holiday &h : std::as_const(holidays)) {
        for (const QDate &d : h.statutoryDays)
            statutory.push_back(d.toJulianDay());
    }
    std::sort(statutory.begin(), statutory.end());
    off.insert(statutory.begin(), statutory.end());
    const auto isOff = [&off](qint64 day) {
        return off.count(day) > 0 || isWeeklyRestDay(QDate::fromJulianDay(day));
    };
    for (std::size_t i = 0; i < statutory.size(); ++i) {
        const qint64 day = statutory[i];
        const bool duplicate = i > 0 && statutory[i - 1] == day;
        if (!duplicate && !isWeeklyRestDay(QDate::fromJulianDay(day)))
            continue;
        qint64 makeUp = day + 1;
        while (isOff(makeUp))
            ++makeUp;
        off.insert(makeUp);
    }

    // Each holiday's period: the unbroken run of days off around its statutory days.
    for (Holiday &h : holidays) {
        qint64 first = h.statutoryDays.constFirst().toJulianDay();
        qint64 last = h.statutoryDays.constLast().toJulianDay();
        while (isOff(first - 1))
            --first;
        while (isOff(last + 1))
            ++last;
        h.proposedDays = dayRange(QDate::fromJulianDay(first), QDate::fromJulianDay(last));
    }
    return holidays;
}

QJsonArray Holidays::toJson(const QList<Holiday> &holidays)
{
    QJsonArray array;
    for (const Holiday &h : holidays) {
        array.append(QJsonObject {
            {u"kind"_s, kindKey(h.kind)},
            {u"name"_s, kindName(h.kind)},
            {u"date"_s, h.date.toString(Qt::ISODate)},
            {u"days"_s, isoDates(h.proposedDays)},
            {u"statutory_days"_s, isoDates(h.statutoryDays)},
        });
    }
    return array;
}

} // namespace DutyDesk
