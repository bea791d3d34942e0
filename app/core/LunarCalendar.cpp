#include "LunarCalendar.h"

#include <QStringList>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace DutyDesk {

namespace {

// Hồ Ngọc Đức, "Thuật toán tính âm lịch" (https://www.informatik.uni-leipzig.de/~duc/amlich/),
// itself after Jean Meeus, "Astronomical Algorithms" (1998). The constants are his;
// INT() there is floor().

constexpr double Pi = 3.14159265358979323846;
constexpr double SynodicMonth = 29.530588853;
// Julian day of the new moon of 1/1/1900, from which new moons are counted.
constexpr double Epoch = 2415021.076998695;

const QDate FirstSupported(1900, 1, 1);
const QDate LastSupported(2100, 12, 31);

int floorInt(double x)
{
    return static_cast<int>(std::floor(x));
}

// The moment (Julian day, UT) of the k-th new moon after 1/1/1900.
double newMoon(int k)
{
    const double T = k / 1236.85; // Julian centuries from 1900
    const double T2 = T * T;
    const double T3 = T2 * T;
    const double dr = Pi / 180;
    double jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * T2 - 0.000000155 * T3;
    jd1 += 0.00033 * std::sin((166.56 + 132.87 * T - 0.009173 * T2) * dr);
    const double M = 359.2242 + 29.10535608 * k - 0.0000333 * T2 - 0.00000347 * T3;
    const double Mpr = 306.0253 + 385.81691806 * k + 0.0107306 * T2 + 0.00001236 * T3;
    const double F = 21.2964 + 390.67050646 * k - 0.0016528 * T2 - 0.00000239 * T3;
    double c1 = (0.1734 - 0.000393 * T) * std::sin(M * dr) + 0.0021 * std::sin(2 * dr * M);
    c1 = c1 - 0.4068 * std::sin(Mpr * dr) + 0.0161 * std::sin(dr * 2 * Mpr);
    c1 = c1 - 0.0004 * std::sin(dr * 3 * Mpr);
    c1 = c1 + 0.0104 * std::sin(dr * 2 * F) - 0.0051 * std::sin(dr * (M + Mpr));
    c1 = c1 - 0.0074 * std::sin(dr * (M - Mpr)) + 0.0004 * std::sin(dr * (2 * F + M));
    c1 = c1 - 0.0004 * std::sin(dr * (2 * F - M)) - 0.0006 * std::sin(dr * (2 * F + Mpr));
    c1 = c1 + 0.0010 * std::sin(dr * (2 * F - Mpr)) + 0.0005 * std::sin(dr * (2 * Mpr + M));
    double deltaT;
    if (T < -11)
        deltaT = 0.001 + 0.000839 * T + 0.0002261 * T2 - 0.00000845 * T3 - 0.000000081 * T * T3;
    else
        deltaT = -0.000278 + 0.000265 * T + 0.000262 * T2;
    return jd1 + c1 - deltaT;
}

// The sun's apparent longitude, in radians in [0, 2π), at Julian day `jdn` (UT).
double sunLongitude(double jdn)
{
    const double T = (jdn - 2451545.0) / 36525; // Julian centuries from J2000
    const double T2 = T * T;
    const double dr = Pi / 180;
    const double M = 357.52910 + 35999.05030 * T - 0.0001559 * T2 - 0.00000048 * T * T2;
    const double L0 = 280.46645 + 36000.76983 * T + 0.0003032 * T2;
    double DL = (1.914600 - 0.004817 * T - 0.000014 * T2) * std::sin(dr * M);
    DL = DL + (0.019993 - 0.000101 * T) * std::sin(dr * 2 * M) + 0.000290 * std::sin(dr * 3 * M);
    double L = (L0 + DL) * dr;
    L = L - Pi * 2 * std::floor(L / (Pi * 2));
    return L;
}

// The local day (Julian day number) on which the k-th new moon falls.
int newMoonDay(int k, double timeZone)
{
    return floorInt(newMoon(k) + 0.5 + timeZone / 24);
}

// Which of the twelve 30° sectors (major solar terms) the sun is in at the
// start of local day `dayNumber`: 0..11.
int sunSector(int dayNumber, double timeZone)
{
    return floorInt(sunLongitude(dayNumber - 0.5 - timeZone / 24) / Pi * 6);
}

// The first day of the 11th lunar month, the one holding the winter solstice,
// of Gregorian year `year`.
int lunarMonth11(int year, double timeZone)
{
    const int off = static_cast<int>(QDate(year, 12, 31).toJulianDay()) - 2415021;
    const int k = floorInt(off / SynodicMonth);
    int nm = newMoonDay(k, timeZone);
    if (sunSector(nm, timeZone) >= 9) // the new moon is after the solstice
        nm = newMoonDay(k - 1, timeZone);
    return nm;
}

// In a 13-month span starting at month 11 (day a11), the offset of the leap
// month: the first month in which the sun enters no new sector.
int leapMonthOffset(int a11, double timeZone)
{
    const int k = floorInt((a11 - Epoch) / SynodicMonth + 0.5);
    int i = 1;
    int arc = sunSector(newMoonDay(k + i, timeZone), timeZone);
    int last;
    do {
        last = arc;
        ++i;
        arc = sunSector(newMoonDay(k + i, timeZone), timeZone);
    } while (arc != last && i < 14);
    return i - 1;
}

// The leap month of the span starting at month 11 of Gregorian year `year`
// (months 11, 12 of lunar `year`, then 1..10 of lunar `year + 1`), or 0.
int leapMonthOfSpan(int year, double timeZone)
{
    const int a11 = lunarMonth11(year, timeZone);
    const int b11 = lunarMonth11(year + 1, timeZone);
    if (b11 - a11 <= 365)
        return 0;
    const int month = leapMonthOffset(a11, timeZone) - 2; // offset 0 is month 11
    return month <= 0 ? month + 12 : month;
}

// The first day (Julian day number) of the given month; no validation.
int monthStart(const LunarDate &lunar, double timeZone)
{
    // Months 11 and 12 open the span of the same year; 1..10 close the previous one.
    const int spanYear = lunar.month < 11 ? lunar.year - 1 : lunar.year;
    const int a11 = lunarMonth11(spanYear, timeZone);
    const int b11 = lunarMonth11(spanYear + 1, timeZone);
    int off = lunar.month - 11;
    if (off < 0)
        off += 12;
    if (b11 - a11 > 365) {
        const int leapOff = leapMonthOffset(a11, timeZone);
        if (lunar.leap || off >= leapOff)
            off += 1;
    }
    const int k = floorInt(0.5 + (a11 - Epoch) / SynodicMonth);
    return newMoonDay(k + off, timeZone);
}

Error invalid(const QString &message)
{
    return Error(Error::Code::Invalid, message);
}

} // namespace

Result<LunarDate> LunarCalendar::fromGregorian(const QDate &date, double timeZone)
{
    if (!date.isValid())
        return invalid(tr("The date is not valid."));
    if (date < FirstSupported || date > LastSupported)
        return invalid(tr("The lunar calendar covers the years 1900 to 2100 only; %1 is outside.")
                           .arg(date.toString(Qt::ISODate)));

    const int yy = date.year();
    const int dayNumber = static_cast<int>(date.toJulianDay());
    // The new moon that starts the month: the mean lunation count is a guess the
    // true new moon can miss by a day (the published code takes new moon k
    // unchecked and gives day 0 for 07/05/2054), so step to the right one.
    int k = floorInt((dayNumber - Epoch) / SynodicMonth) + 1;
    while (newMoonDay(k, timeZone) > dayNumber)
        --k;
    while (newMoonDay(k + 1, timeZone) <= dayNumber)
        ++k;
    const int start = newMoonDay(k, timeZone);

    int a11 = lunarMonth11(yy, timeZone);
    int b11 = a11;
    int lunarYear;
    if (a11 >= start) {
        lunarYear = yy;
        a11 = lunarMonth11(yy - 1, timeZone);
    } else {
        lunarYear = yy + 1;
        b11 = lunarMonth11(yy + 1, timeZone);
    }

    LunarDate result;
    result.day = dayNumber - start + 1;
    const int diff = floorInt((start - a11) / 29.0); // months since month 11
    result.month = diff + 11;
    if (b11 - a11 > 365) {
        const int leapDiff = leapMonthOffset(a11, timeZone);
        if (diff >= leapDiff) {
            result.month = diff + 10;
            result.leap = diff == leapDiff;
        }
    }
    if (result.month > 12)
        result.month -= 12;
    if (result.month >= 11 && diff < 4)
        lunarYear -= 1;
    result.year = lunarYear;
    return result;
}

Result<QDate> LunarCalendar::toGregorian(const LunarDate &lunar, double timeZone)
{
    if (lunar.month < 1 || lunar.month > 12)
        return invalid(tr("A lunar month is numbered 1 to 12, not %1.").arg(lunar.month));
    if (lunar.year < FirstSupported.year() - 1 || lunar.year > LastSupported.year())
        return invalid(tr("The lunar calendar covers the years 1900 to 2100 only; %1 is outside.")
                           .arg(lunar.year));
    if (lunar.leap && leapMonth(lunar.year, timeZone) != lunar.month)
        return invalid(tr("Lunar year %1 has no leap month %2.").arg(lunar.year).arg(lunar.month));
    const int length = monthLength(lunar.year, lunar.month, lunar.leap, timeZone);
    if (lunar.day < 1 || lunar.day > length)
        return invalid(tr("Lunar month %1 of %2 has %3 days; day %4 does not exist.")
                           .arg(lunar.month)
                           .arg(lunar.year)
                           .arg(length)
                           .arg(lunar.day));

    const QDate date = QDate::fromJulianDay(monthStart(lunar, timeZone) + lunar.day - 1);
    if (date < FirstSupported || date > LastSupported)
        return invalid(tr("The lunar calendar covers the years 1900 to 2100 only; %1 is outside.")
                           .arg(date.toString(Qt::ISODate)));
    return date;
}

int LunarCalendar::leapMonth(int lunarYear, double timeZone)
{
    // Lunar year Y runs from month 1 (in the span opened by month 11 of Y-1)
    // to month 12 (in the span opened by month 11 of Y).
    const int early = leapMonthOfSpan(lunarYear - 1, timeZone);
    if (early >= 1 && early <= 10)
        return early;
    const int late = leapMonthOfSpan(lunarYear, timeZone);
    if (late >= 11)
        return late;
    return 0;
}

int LunarCalendar::monthLength(int lunarYear, int month, bool leap, double timeZone)
{
    if (month < 1 || month > 12)
        return 0;
    const int leapOfYear = leapMonth(lunarYear, timeZone);
    if (leap && leapOfYear != month)
        return 0;
    const int start = monthStart({1, month, lunarYear, leap}, timeZone);
    // The month that follows: the leap copy of this month, or the next month.
    LunarDate next {1, month + 1, lunarYear, false};
    if (!leap && leapOfYear == month)
        next = {1, month, lunarYear, true};
    else if (month == 12)
        next = {1, 1, lunarYear + 1, false};
    return monthStart(next, timeZone) - start;
}

QString LunarCalendar::canChi(int lunarYear)
{
    static const QStringList can = {u"Giáp"_s, u"Ất"_s,   u"Bính"_s, u"Đinh"_s, u"Mậu"_s,
                                    u"Kỷ"_s,   u"Canh"_s, u"Tân"_s,  u"Nhâm"_s, u"Quý"_s};
    static const QStringList chi = {u"Tý"_s,  u"Sửu"_s, u"Dần"_s,  u"Mão"_s, u"Thìn"_s, u"Tỵ"_s,
                                    u"Ngọ"_s, u"Mùi"_s, u"Thân"_s, u"Dậu"_s, u"Tuất"_s, u"Hợi"_s};
    // 1984 was Giáp Tý; keep the remainders non-negative for any year.
    const int canIndex = ((lunarYear - 1984) % 10 + 10) % 10;
    const int chiIndex = ((lunarYear - 1984) % 12 + 12) % 12;
    return can.at(canIndex) + u' ' + chi.at(chiIndex);
}

QString LunarCalendar::monthName(int month)
{
    static const QStringList names
        = {u"Giêng"_s, u"Hai"_s, u"Ba"_s,   u"Tư"_s,   u"Năm"_s,      u"Sáu"_s,
           u"Bảy"_s,   u"Tám"_s, u"Chín"_s, u"Mười"_s, u"Mười Một"_s, u"Chạp"_s};
    return month >= 1 && month <= 12 ? names.at(month - 1) : QString();
}

QString LunarCalendar::vietnameseName(const LunarDate &date)
{
    const QString day = date.day <= 10 ? u"mùng %1"_s.arg(date.day) : QString::number(date.day);
    QString month = u"tháng "_s + monthName(date.month);
    if (date.leap)
        month += u" nhuận"_s;
    return day + u' ' + month + u" năm "_s + canChi(date.year);
}

QString LunarCalendar::shortTetLabel(const LunarDate &date)
{
    if (!date.leap && date.month == 1 && date.day >= 1 && date.day <= 10)
        return u"mùng %1 Tết"_s.arg(date.day);
    if (!date.leap && date.month == 12 && date.day >= 23)
        return u"%1 tháng Chạp"_s.arg(date.day);
    if (date.leap)
        return u"%1/%2 nhuận âm lịch"_s.arg(date.day).arg(date.month);
    return u"%1/%2 âm lịch"_s.arg(date.day).arg(date.month);
}

} // namespace DutyDesk
