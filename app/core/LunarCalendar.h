#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace DutyDesk {

/// A date of the Vietnamese lunar calendar (âm lịch). `year` is the Gregorian
/// year in which the lunar year begins (Tết Bính Ngọ, 17/02/2026, starts lunar
/// year 2026); `leap` marks the day as one of the leap (nhuận) month.
struct LunarDate
{
    int day = 0;
    int month = 0;
    int year = 0;
    bool leap = false;

    friend bool operator==(const LunarDate &a, const LunarDate &b)
    {
        return a.day == b.day && a.month == b.month && a.year == b.year && a.leap == b.leap;
    }
    friend bool operator!=(const LunarDate &a, const LunarDate &b) { return !(a == b); }
};

/// The Vietnamese lunisolar calendar after Hồ Ngọc Đức's published algorithm:
/// new moons and the sun's longitude computed astronomically (Meeus), days as
/// Julian day numbers, local time UTC+7. The time zone is a parameter because
/// it changes the answer (UTC+8 gives the Chinese calendar: Tết 1985 is
/// 21/01/1985 in Vietnam, 20/02/1985 in China).
///
/// Supported range: Gregorian dates 01/01/1900 – 31/12/2100, in both directions.
/// Checked day by day against the same rules on a modern ephemeris (PyEphem):
/// all leap months agree; three month starts differ, 06/1944, 12/2072 and
/// 11/2077, where the new moon falls within two minutes of midnight and the
/// algorithm's series is not that precise. We keep the published answers.
class LunarCalendar
{
    Q_DECLARE_TR_FUNCTIONS(LunarCalendar)

public:
    static constexpr double VietnamTimeZone = 7.0;

    /// The lunar date of `date`; an Invalid error for an invalid date or one
    /// outside 1900–2100.
    static Result<LunarDate> fromGregorian(const QDate &date, double timeZone = VietnamTimeZone);

    /// The Gregorian date of `lunar`. Refuses (Invalid) a month outside 1..12,
    /// a leap flag on a month that is not the year's leap month, a day outside
    /// the month's 29 or 30 days, and dates outside 1900–2100.
    static Result<QDate> toGregorian(const LunarDate &lunar, double timeZone = VietnamTimeZone);

    /// The leap month (1..12) of the lunar year, the one that repeats the month
    /// before it; 0 if the year has twelve months.
    static int leapMonth(int lunarYear, double timeZone = VietnamTimeZone);

    /// 29 or 30; 0 if the month does not exist (month outside 1..12, or a leap
    /// flag on a month that is not the leap month).
    static int monthLength(int lunarYear, int month, bool leap, double timeZone = VietnamTimeZone);

    /// The sexagenary name of the lunar year: "Bính Ngọ" for 2026.
    static QString canChi(int lunarYear);

    /// The customary month name: "Giêng", "Hai", … "Mười Một", "Chạp";
    /// empty outside 1..12.
    static QString monthName(int month);

    /// "mùng 1 tháng Giêng năm Bính Ngọ", "15 tháng Hai nhuận năm Quý Mão",
    /// "29 tháng Chạp năm Ất Tỵ": days 1–10 are "mùng N", later days the bare
    /// number. Vietnamese data, not an interface string: never translated.
    static QString vietnameseName(const LunarDate &date);

    /// The short label for a roster row. The Tết season is named as people say
    /// it, the rest of the year compactly:
    /// - mùng 1–10 of tháng Giêng: "mùng 1 Tết" … "mùng 10 Tết";
    /// - from 23 tháng Chạp (ông Công ông Táo) to the end of the year:
    ///   "23 tháng Chạp" … "29 tháng Chạp" / "30 tháng Chạp";
    /// - otherwise day/month: "15/1 âm lịch", a leap month "3/2 nhuận âm lịch".
    static QString shortTetLabel(const LunarDate &date);
};

} // namespace DutyDesk
