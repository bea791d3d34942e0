#include "LunarCalendar.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace DutyDesk {
// Readable failures for QCOMPARE on lunar dates (found by argument-dependent lookup).
char *toString(const LunarDate &d)
{
    return QTest::toString(
        u"%1/%2%3/%4"_s.arg(d.day).arg(d.month).arg(d.leap ? u"L"_s : QString()).arg(d.year));
}
} // namespace DutyDesk

using DutyDesk::LunarCalendar;
using DutyDesk::LunarDate;

class TestLunarCalendar : public QObject
{
    Q_OBJECT

private slots:
    void tet_data();
    void tet();
    void hungKings_data();
    void hungKings();
    void leapMonths_data();
    void leapMonths();
    void timeZoneMatters();
    void lastDayOfYear_data();
    void lastDayOfYear();
    void monthEdges_data();
    void monthEdges();
    void roundTripEveryDay();
    void invalidLunarDates_data();
    void invalidLunarDates();
    void invalidGregorianDates_data();
    void invalidGregorianDates();
    void canChi_data();
    void canChi();
    void vietnameseName_data();
    void vietnameseName();
    void shortTetLabel_data();
    void shortTetLabel();
};

void TestLunarCalendar::tet_data()
{
    QTest::addColumn<int>("lunarYear");
    QTest::addColumn<QDate>("firstDay");

    QTest::newRow("1985 Ất Sửu") << 1985 << QDate(1985, 1, 21);
    QTest::newRow("2000 Canh Thìn") << 2000 << QDate(2000, 2, 5);
    QTest::newRow("2007 Đinh Hợi (China: 18/2)") << 2007 << QDate(2007, 2, 17);
    QTest::newRow("2010 Canh Dần") << 2010 << QDate(2010, 2, 14);
    QTest::newRow("2020 Canh Tý") << 2020 << QDate(2020, 1, 25);
    QTest::newRow("2021 Tân Sửu") << 2021 << QDate(2021, 2, 12);
    QTest::newRow("2022 Nhâm Dần") << 2022 << QDate(2022, 2, 1);
    QTest::newRow("2023 Quý Mão") << 2023 << QDate(2023, 1, 22);
    QTest::newRow("2024 Giáp Thìn") << 2024 << QDate(2024, 2, 10);
    QTest::newRow("2025 Ất Tỵ") << 2025 << QDate(2025, 1, 29);
    QTest::newRow("2026 Bính Ngọ") << 2026 << QDate(2026, 2, 17);
    QTest::newRow("2027 Đinh Mùi") << 2027 << QDate(2027, 2, 6);
}

void TestLunarCalendar::tet()
{
    QFETCH(int, lunarYear);
    QFETCH(QDate, firstDay);

    const auto lunar = LunarCalendar::fromGregorian(firstDay);
    QVERIFY2(lunar.ok(), qPrintable(lunar.message()));
    QCOMPARE(*lunar, (LunarDate {1, 1, lunarYear, false}));

    const auto gregorian = LunarCalendar::toGregorian({1, 1, lunarYear, false});
    QVERIFY2(gregorian.ok(), qPrintable(gregorian.message()));
    QCOMPARE(*gregorian, firstDay);

    // The day before belongs to tháng Chạp of the previous lunar year.
    const auto eve = LunarCalendar::fromGregorian(firstDay.addDays(-1));
    QVERIFY(eve.ok());
    QCOMPARE(eve->month, 12);
    QCOMPARE(eve->year, lunarYear - 1);
    QVERIFY(eve->day == 29 || eve->day == 30);
}

void TestLunarCalendar::hungKings_data()
{
    QTest::addColumn<int>("lunarYear");
    QTest::addColumn<QDate>("date");

    QTest::newRow("2023 (after leap 2nd month)") << 2023 << QDate(2023, 4, 29);
    QTest::newRow("2024") << 2024 << QDate(2024, 4, 18);
    QTest::newRow("2025") << 2025 << QDate(2025, 4, 7);
    QTest::newRow("2026") << 2026 << QDate(2026, 4, 26);
}

void TestLunarCalendar::hungKings()
{
    QFETCH(int, lunarYear);
    QFETCH(QDate, date);

    const auto gregorian = LunarCalendar::toGregorian({10, 3, lunarYear, false});
    QVERIFY2(gregorian.ok(), qPrintable(gregorian.message()));
    QCOMPARE(*gregorian, date);
    QCOMPARE(*LunarCalendar::fromGregorian(date), (LunarDate {10, 3, lunarYear, false}));
}

void TestLunarCalendar::leapMonths_data()
{
    QTest::addColumn<int>("lunarYear");
    QTest::addColumn<int>("leapMonth");
    QTest::addColumn<QDate>("leapStart"); // first day of the leap month

    QTest::newRow("2014: leap 9th") << 2014 << 9 << QDate(2014, 10, 24);
    QTest::newRow("2017: leap 6th") << 2017 << 6 << QDate(2017, 7, 23);
    QTest::newRow("2020: leap 4th") << 2020 << 4 << QDate(2020, 5, 23);
    QTest::newRow("2023: leap 2nd") << 2023 << 2 << QDate(2023, 3, 22);
    QTest::newRow("2025: leap 6th") << 2025 << 6 << QDate(2025, 7, 25);
    // Leap 11th: the month sits between Tết 2033 and Tết 2034.
    QTest::newRow("2033: leap 11th") << 2033 << 11 << QDate(2033, 12, 22);
    QTest::newRow("2021: none") << 2021 << 0 << QDate();
    QTest::newRow("2022: none") << 2022 << 0 << QDate();
    QTest::newRow("2024: none") << 2024 << 0 << QDate();
    QTest::newRow("2026: none") << 2026 << 0 << QDate();
}

void TestLunarCalendar::leapMonths()
{
    QFETCH(int, lunarYear);
    QFETCH(int, leapMonth);
    QFETCH(QDate, leapStart);

    QCOMPARE(LunarCalendar::leapMonth(lunarYear), leapMonth);
    if (leapMonth == 0)
        return;

    QCOMPARE(*LunarCalendar::fromGregorian(leapStart), (LunarDate {1, leapMonth, lunarYear, true}));
    QCOMPARE(*LunarCalendar::toGregorian({1, leapMonth, lunarYear, true}), leapStart);
    // The day before is the last day of the ordinary month of the same number.
    const LunarDate before = *LunarCalendar::fromGregorian(leapStart.addDays(-1));
    QCOMPARE(before.month, leapMonth);
    QVERIFY(!before.leap);
    QCOMPARE(before.day, LunarCalendar::monthLength(lunarYear, leapMonth, false));
    // After the leap month comes the next ordinary month.
    const int leapLength = LunarCalendar::monthLength(lunarYear, leapMonth, true);
    QVERIFY(leapLength == 29 || leapLength == 30);
    QCOMPARE(*LunarCalendar::fromGregorian(leapStart.addDays(leapLength)),
             (LunarDate {1, leapMonth + 1, lunarYear, false}));
}

void TestLunarCalendar::timeZoneMatters()
{
    // 1985: Vietnam (UTC+7) celebrated Tết on 21/01, China (UTC+8) on 20/02.
    QCOMPARE(*LunarCalendar::toGregorian({1, 1, 1985, false}), QDate(1985, 1, 21));
    QCOMPARE(*LunarCalendar::toGregorian({1, 1, 1985, false}, 8.0), QDate(1985, 2, 20));
    QCOMPARE(*LunarCalendar::fromGregorian(QDate(1985, 1, 21), 7.0),
             (LunarDate {1, 1, 1985, false}));
    QCOMPARE(*LunarCalendar::fromGregorian(QDate(1985, 2, 20), 8.0),
             (LunarDate {1, 1, 1985, false}));
    QVERIFY(*LunarCalendar::fromGregorian(QDate(1985, 1, 21), 8.0)
            != (LunarDate {1, 1, 1985, false}));
    QVERIFY(*LunarCalendar::fromGregorian(QDate(1985, 2, 20), 7.0)
            != (LunarDate {1, 1, 1985, false}));
    // 2007: the new moon fell just before midnight in Vietnam, after it in China.
    QCOMPARE(*LunarCalendar::toGregorian({1, 1, 2007, false}, 8.0), QDate(2007, 2, 18));
}

void TestLunarCalendar::lastDayOfYear_data()
{
    QTest::addColumn<QDate>("eve"); // the day before Tết
    QTest::addColumn<int>("lunarYear"); // the year that ends
    QTest::addColumn<int>("lastDay"); // 29 or 30

    QTest::newRow("Nhâm Dần ends on the 30th") << QDate(2023, 1, 21) << 2022 << 30;
    QTest::newRow("Quý Mão ends on the 30th") << QDate(2024, 2, 9) << 2023 << 30;
    QTest::newRow("Giáp Thìn ends on the 29th") << QDate(2025, 1, 28) << 2024 << 29;
    QTest::newRow("Ất Tỵ ends on the 29th") << QDate(2026, 2, 16) << 2025 << 29;
}

void TestLunarCalendar::monthEdges_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<int>("day");
    QTest::addColumn<int>("month");
    QTest::addColumn<int>("year");

    // The mean lunation count lands one month late here; the published code gave day 0.
    QTest::newRow("07/05/2054 is 30/3") << QDate(2054, 5, 7) << 30 << 3 << 2054;
    QTest::newRow("08/05/2054 is 1/4") << QDate(2054, 5, 8) << 1 << 4 << 2054;
    QTest::newRow("first supported day") << QDate(1900, 1, 1) << 1 << 12 << 1899;
    QTest::newRow("Tết 1900") << QDate(1900, 1, 31) << 1 << 1 << 1900;
}

void TestLunarCalendar::monthEdges()
{
    QFETCH(QDate, date);
    QFETCH(int, day);
    QFETCH(int, month);
    QFETCH(int, year);

    QCOMPARE(*LunarCalendar::fromGregorian(date), (LunarDate {day, month, year, false}));
    QCOMPARE(*LunarCalendar::toGregorian({day, month, year, false}), date);
}

void TestLunarCalendar::lastDayOfYear()
{
    QFETCH(QDate, eve);
    QFETCH(int, lunarYear);
    QFETCH(int, lastDay);

    QCOMPARE(*LunarCalendar::fromGregorian(eve), (LunarDate {lastDay, 12, lunarYear, false}));
    QCOMPARE(LunarCalendar::monthLength(lunarYear, 12, false), lastDay);
    QCOMPARE(*LunarCalendar::toGregorian({lastDay, 12, lunarYear, false}), eve);
    QCOMPARE(LunarCalendar::toGregorian({30, 12, lunarYear, false}).ok(), lastDay == 30);
}

// Every day of the supported range converts and converts back; consecutive
// days count up inside a month and start the next month after its 29th or
// 30th; leapMonth() and monthLength() agree with what the days show.
void TestLunarCalendar::roundTripEveryDay()
{
    const QDate first(1900, 1, 1);
    const QDate last(2100, 12, 31);
    int days = 0;
    int leapMonths = 0;
    int leapSeen = 0; // the leap month met in the current lunar year
    bool wholeYear = false; // the current lunar year was seen from its Tết
    LunarDate previous;
    for (QDate date = first; date <= last; date = date.addDays(1), ++days) {
        const auto lunar = LunarCalendar::fromGregorian(date);
        QVERIFY2(lunar.ok(), qPrintable(lunar.message()));
        const auto back = LunarCalendar::toGregorian(*lunar);
        if (!back.ok() || *back != date)
            QFAIL(qPrintable(u"%1 → %2/%3/%4 (leap %5) does not convert back: %6"_s
                                 .arg(date.toString(Qt::ISODate))
                                 .arg(lunar->day)
                                 .arg(lunar->month)
                                 .arg(lunar->year)
                                 .arg(lunar->leap ? 1 : 0)
                                 .arg(back.ok() ? back->toString(Qt::ISODate) : back.message())));
        if (days == 0) {
            previous = *lunar;
            continue;
        }
        if (lunar->day == previous.day + 1) {
            QCOMPARE(lunar->month, previous.month);
            QCOMPARE(lunar->leap, previous.leap);
            QCOMPARE(lunar->year, previous.year);
        } else {
            QCOMPARE(lunar->day, 1);
            QVERIFY(previous.day == 29 || previous.day == 30);
            QCOMPARE(LunarCalendar::monthLength(previous.year, previous.month, previous.leap),
                     previous.day);
            if (lunar->leap) {
                // A leap month repeats the month before it.
                QCOMPARE(lunar->month, previous.month);
                QCOMPARE(lunar->year, previous.year);
                QCOMPARE(LunarCalendar::leapMonth(lunar->year), lunar->month);
                leapSeen = lunar->month;
                ++leapMonths;
            } else if (previous.month == 12) {
                QCOMPARE(lunar->month, 1);
                QCOMPARE(lunar->year, previous.year + 1);
                if (wholeYear)
                    QCOMPARE(LunarCalendar::leapMonth(previous.year), leapSeen);
                wholeYear = true;
                leapSeen = 0;
            } else {
                QCOMPARE(lunar->month, previous.month + 1);
                QCOMPARE(lunar->year, previous.year);
            }
        }
        previous = *lunar;
    }
    QCOMPARE(days, int(first.daysTo(last)) + 1);
    // Seven leap months in 19 years: about 74 in these 201 years.
    QVERIFY2(leapMonths >= 73 && leapMonths <= 75, qPrintable(QString::number(leapMonths)));
}

void TestLunarCalendar::invalidLunarDates_data()
{
    QTest::addColumn<int>("day");
    QTest::addColumn<int>("month");
    QTest::addColumn<int>("year");
    QTest::addColumn<bool>("leap");

    QTest::newRow("leap flag, year without leap month") << 1 << 2 << 2024 << true;
    QTest::newRow("leap 3rd in 2023 (the leap is the 2nd)") << 1 << 3 << 2023 << true;
    QTest::newRow("leap 2nd in 2025 (the leap is the 6th)") << 1 << 2 << 2025 << true;
    QTest::newRow("30 of a 29-day Chạp") << 30 << 12 << 2024 << false;
    QTest::newRow("30 of a 29-day Chạp (2025)") << 30 << 12 << 2025 << false;
    QTest::newRow("day 31") << 31 << 1 << 2024 << false;
    QTest::newRow("day 0") << 0 << 1 << 2024 << false;
    QTest::newRow("month 13") << 1 << 13 << 2024 << false;
    QTest::newRow("month 0") << 1 << 0 << 2024 << false;
    QTest::newRow("year 1800") << 1 << 1 << 1800 << false;
    QTest::newRow("year 2101") << 1 << 1 << 2101 << false;
    QTest::newRow("tháng Chạp 2100 ends in 2101") << 29 << 12 << 2100 << false;
}

void TestLunarCalendar::invalidLunarDates()
{
    QFETCH(int, day);
    QFETCH(int, month);
    QFETCH(int, year);
    QFETCH(bool, leap);

    const auto result = LunarCalendar::toGregorian({day, month, year, leap});
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code(), DutyDesk::Error::Code::Invalid);
    QVERIFY(!result.message().isEmpty());
}

void TestLunarCalendar::invalidGregorianDates_data()
{
    QTest::addColumn<QDate>("date");

    QTest::newRow("invalid") << QDate();
    QTest::newRow("31/12/1899") << QDate(1899, 12, 31);
    QTest::newRow("01/01/2101") << QDate(2101, 1, 1);
}

void TestLunarCalendar::invalidGregorianDates()
{
    QFETCH(QDate, date);

    const auto result = LunarCalendar::fromGregorian(date);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code(), DutyDesk::Error::Code::Invalid);
}

void TestLunarCalendar::canChi_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<QString>("name");

    QTest::newRow("1900") << 1900 << u"Canh Tý"_s;
    QTest::newRow("1984") << 1984 << u"Giáp Tý"_s;
    QTest::newRow("1985") << 1985 << u"Ất Sửu"_s;
    QTest::newRow("2000") << 2000 << u"Canh Thìn"_s;
    QTest::newRow("2023") << 2023 << u"Quý Mão"_s;
    QTest::newRow("2024") << 2024 << u"Giáp Thìn"_s;
    QTest::newRow("2025") << 2025 << u"Ất Tỵ"_s;
    QTest::newRow("2026") << 2026 << u"Bính Ngọ"_s;
    QTest::newRow("2027") << 2027 << u"Đinh Mùi"_s;
    QTest::newRow("2100") << 2100 << u"Canh Thân"_s;
}

void TestLunarCalendar::canChi()
{
    QFETCH(int, year);
    QFETCH(QString, name);

    QCOMPARE(LunarCalendar::canChi(year), name);
}

void TestLunarCalendar::vietnameseName_data()
{
    QTest::addColumn<int>("day");
    QTest::addColumn<int>("month");
    QTest::addColumn<int>("year");
    QTest::addColumn<bool>("leap");
    QTest::addColumn<QString>("name");

    QTest::newRow("Tết") << 1 << 1 << 2026 << false << u"mùng 1 tháng Giêng năm Bính Ngọ"_s;
    QTest::newRow("Giỗ Tổ") << 10 << 3 << 2026 << false << u"mùng 10 tháng Ba năm Bính Ngọ"_s;
    QTest::newRow("rằm") << 15 << 1 << 2026 << false << u"15 tháng Giêng năm Bính Ngọ"_s;
    QTest::newRow("leap") << 15 << 2 << 2023 << true << u"15 tháng Hai nhuận năm Quý Mão"_s;
    QTest::newRow("tháng Tư") << 5 << 4 << 2024 << false << u"mùng 5 tháng Tư năm Giáp Thìn"_s;
    QTest::newRow("tháng Mười") << 1 << 10 << 2024 << false << u"mùng 1 tháng Mười năm Giáp Thìn"_s;
    QTest::newRow("tháng Mười Một")
        << 11 << 11 << 2024 << false << u"11 tháng Mười Một năm Giáp Thìn"_s;
    QTest::newRow("tháng Chạp") << 29 << 12 << 2025 << false << u"29 tháng Chạp năm Ất Tỵ"_s;
}

void TestLunarCalendar::vietnameseName()
{
    QFETCH(int, day);
    QFETCH(int, month);
    QFETCH(int, year);
    QFETCH(bool, leap);
    QFETCH(QString, name);

    QCOMPARE(LunarCalendar::vietnameseName({day, month, year, leap}), name);
}

void TestLunarCalendar::shortTetLabel_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("label");

    QTest::newRow("27 Chạp 2026") << QDate(2026, 2, 14) << u"27 tháng Chạp"_s;
    QTest::newRow("29 Chạp 2026") << QDate(2026, 2, 16) << u"29 tháng Chạp"_s;
    QTest::newRow("30 Chạp 2023") << QDate(2023, 1, 21) << u"30 tháng Chạp"_s;
    QTest::newRow("mùng 1") << QDate(2026, 2, 17) << u"mùng 1 Tết"_s;
    QTest::newRow("mùng 2") << QDate(2026, 2, 18) << u"mùng 2 Tết"_s;
    QTest::newRow("mùng 10") << QDate(2026, 2, 26) << u"mùng 10 Tết"_s;
    QTest::newRow("rằm tháng Giêng") << QDate(2026, 3, 3) << u"15/1 âm lịch"_s;
    QTest::newRow("Giỗ Tổ") << QDate(2026, 4, 26) << u"10/3 âm lịch"_s;
    QTest::newRow("22 Chạp") << QDate(2026, 2, 9) << u"22/12 âm lịch"_s;
    QTest::newRow("leap month") << QDate(2023, 3, 22) << u"1/2 nhuận âm lịch"_s;
}

void TestLunarCalendar::shortTetLabel()
{
    QFETCH(QDate, date);
    QFETCH(QString, label);

    const auto lunar = LunarCalendar::fromGregorian(date);
    QVERIFY(lunar.ok());
    QCOMPARE(LunarCalendar::shortTetLabel(*lunar), label);
}

QTEST_GUILESS_MAIN(TestLunarCalendar)
#include "tst_lunarcalendar.moc"
