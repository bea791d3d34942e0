#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QList>
#include <QString>

namespace DutyDesk {

/// The public holidays of the Labour Code 2019 (art. 112) for a year, with a
/// proposed period off that the user then adjusts to the government's decision.
/// Everything derives from rules and the lunar calendar; no year is listed.
///
/// Statutory days (`statutoryDays`):
/// - New Year's Day: 1/1.
/// - Tết: five days. The Prime Minister fixes them each year (art. 112(3));
///   DutyDesk takes the last two days of the old lunar year and the first
///   three of the new (Tết − 2 … Tết + 2). With the rules below this gives the
///   days off of every recent decision for the public sector: 10–16/2/2021,
///   29/1–6/2/2022, 20–26/1/2023, 8–14/2/2024, 25/1–2/2/2025, 14–22/2/2026.
///   (The other common reading, the last day of the old year plus mùng 1–4,
///   misses 2023 and 2024, when Tết fell on a weekend.)
/// - Giỗ Tổ Hùng Vương: 10/3 lunar.
/// - Reunification Day 30/4 and International Labour Day 1/5: one day each.
/// - National Day: 2/9 and one day next to it, chosen to join a weekend:
///   the adjacent Monday or Friday if there is one (2/9 on Tue → 1/9,
///   Thu → 3/9, Sat → 1/9, Sun → 3/9); otherwise the adjacent working day
///   (Mon → 3/9, Fri → 1/9); for a Wednesday the day before, 1/9, as the law
///   names "before" first. This matches 2021–2025.
///
/// Proposed days off (`proposedDays`), built for the whole year at once:
/// 1. every statutory day is off;
/// 2. nghỉ bù (art. 111(3)): each statutory day on a weekly rest day
///    (Saturday or Sunday, the public sector's week) earns a make-up day on
///    the next working day not already off, taken in date order. A statutory
///    day that coincides with another holiday's (Giỗ Tổ on 30/4 or 1/5) is made
///    up the same way;
/// 3. the proposed period of a holiday is the unbroken run of days off
///    (statutory, make-up, Saturdays and Sundays) that contains its statutory
///    days, so adjacent weekends are joined. Holidays whose runs touch share
///    one period: 30/4 and 1/5 always, Giỗ Tổ when only weekend or make-up
///    days separate it from them (2023: Giỗ Tổ on Saturday 29/4, 30/4 on
///    Sunday, so 2/5 and 3/5 are made up: 29/4–3/5 for all three).
/// Swapped working days (a bridge day off, worked back on a Saturday) are not
/// proposed: they are political decisions the user enters.
class Holidays
{
    Q_DECLARE_TR_FUNCTIONS(Holidays)

public:
    enum class Kind { NewYear, Tet, HungKings, Reunification, LabourDay, NationalDay };

    struct Holiday
    {
        Kind kind = Kind::NewYear;
        QDate date; ///< the holiday itself; for Tết mùng 1 tháng Giêng
        QList<QDate> statutoryDays; ///< the days the law gives, sorted
        QList<QDate> proposedDays; ///< the proposed period off, sorted and unbroken
    };

    /// A stable key for files and the command line: "new_year", "tet", ...
    static QString kindKey(Kind kind);
    /// The translated display name.
    static QString kindName(Kind kind);

    /// The six holidays of Gregorian `year`, sorted by date; empty for a year
    /// outside 1900–2100 (the lunar calendar's range).
    static QList<Holiday> forYear(int year);

    /// One object per holiday: kind (key), name (display), date, days (the
    /// proposed days) and statutory_days, dates in ISO 8601.
    static QJsonArray toJson(const QList<Holiday> &holidays);
};

} // namespace DutyDesk
