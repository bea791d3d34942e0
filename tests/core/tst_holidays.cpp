#include "Holidays.h"
#include "LunarCalendar.h"

#include <QJsonObject>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

using DutyDesk::Holidays;
using Kind = DutyDesk::Holidays::Kind;

namespace {

QList<QDate> range(const QDate &first, const QDate &last)
{
    QList<QDate> days;
    for (QDate d = first; d <= last; d = d.addDays(1))
        days.append(d);
    return days;
}

QDate iso(const char *text)
{
    return QDate::fromString(QString::fromLatin1(text), Qt::ISODate);
}

Holidays::Holiday find(const QList<Holidays::Holiday> &holidays, Kind kind)
{
    for (const auto &h : holidays) {
        if (h.kind == kind)
            return h;
    }
    return {};
}

} // namespace

class TestHolidays : public QObject
{
    Q_OBJECT

private slots:
    void kindKeysAndNames();
    void forYear_data();
    void forYear();
    void sortedAndComplete();
    void makeUpDays_data();
    void makeUpDays();
    void rulesHoldEveryYear();
    void outsideRange();
    void toJson();
};

void TestHolidays::kindKeysAndNames()
{
    QCOMPARE(Holidays::kindKey(Kind::NewYear), u"new_year"_s);
    QCOMPARE(Holidays::kindKey(Kind::Tet), u"tet"_s);
    QCOMPARE(Holidays::kindKey(Kind::HungKings), u"hung_kings"_s);
    QCOMPARE(Holidays::kindKey(Kind::Reunification), u"reunification"_s);
    QCOMPARE(Holidays::kindKey(Kind::LabourDay), u"labour_day"_s);
    QCOMPARE(Holidays::kindKey(Kind::NationalDay), u"national_day"_s);
    // No translator installed: the English source text.
    QCOMPARE(Holidays::kindName(Kind::NewYear), u"New Year's Day"_s);
    QCOMPARE(Holidays::kindName(Kind::Tet), u"Lunar New Year (Tết)"_s);
    QCOMPARE(Holidays::kindName(Kind::HungKings), u"Hung Kings Commemoration Day"_s);
    QCOMPARE(Holidays::kindName(Kind::Reunification), u"Reunification Day"_s);
    QCOMPARE(Holidays::kindName(Kind::LabourDay), u"International Labour Day"_s);
    QCOMPARE(Holidays::kindName(Kind::NationalDay), u"National Day"_s);
}

void TestHolidays::forYear_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QDate>("statutoryFirst");
    QTest::addColumn<QDate>("statutoryLast");
    QTest::addColumn<QDate>("proposedFirst");
    QTest::addColumn<QDate>("proposedLast");

    const auto row = [](const char *name, int year, Kind kind, const char *date, const char *sFirst,
                        const char *sLast, const char *pFirst, const char *pLast) {
        QTest::newRow(name) << year << kind << iso(date) << iso(sFirst) << iso(sLast) << iso(pFirst)
                            << iso(pLast);
    };

    // 2023. Decisions: 31/12/2022–2/1/2023, Tết 20–26/1, 29/4–3/5, 1–4/9.
    row("2023 new year (Sunday, made up Monday)", 2023, Kind::NewYear, "2023-01-01", "2023-01-01",
        "2023-01-01", "2022-12-31", "2023-01-02");
    row("2023 Tết (Sunday)", 2023, Kind::Tet, "2023-01-22", "2023-01-20", "2023-01-24",
        "2023-01-20", "2023-01-26");
    // Giỗ Tổ on Saturday 29/4 and 30/4 on Sunday each earn a make-up day (2/5,
    // 3/5): the proposal equals the decision's 29/4–3/5. The facts sheet records
    // a swapped working day in that decision; the Mon–Fri make-up rule reaches
    // the same days off without one, and a worked-back Saturday is not modelled.
    row("2023 Giỗ Tổ (Saturday)", 2023, Kind::HungKings, "2023-04-29", "2023-04-29", "2023-04-29",
        "2023-04-29", "2023-05-03");
    row("2023 30/4 (Sunday)", 2023, Kind::Reunification, "2023-04-30", "2023-04-30", "2023-04-30",
        "2023-04-29", "2023-05-03");
    row("2023 1/5", 2023, Kind::LabourDay, "2023-05-01", "2023-05-01", "2023-05-01", "2023-04-29",
        "2023-05-03");
    row("2023 2/9 (Saturday, with Friday 1/9)", 2023, Kind::NationalDay, "2023-09-02", "2023-09-01",
        "2023-09-02", "2023-09-01", "2023-09-04");

    // 2024. Decisions: 30/12/2023–1/1/2024, Tết 8–14/2, Giỗ Tổ 18/4, 31/8–3/9.
    // 30/4–1/5 differs: the decision swapped Monday 29/4 for Saturday 4/5 to
    // give 27/4–1/5; the rules propose no swaps.
    row("2024 new year (Monday)", 2024, Kind::NewYear, "2024-01-01", "2024-01-01", "2024-01-01",
        "2023-12-30", "2024-01-01");
    row("2024 Tết (Saturday)", 2024, Kind::Tet, "2024-02-10", "2024-02-08", "2024-02-12",
        "2024-02-08", "2024-02-14");
    row("2024 Giỗ Tổ (Thursday)", 2024, Kind::HungKings, "2024-04-18", "2024-04-18", "2024-04-18",
        "2024-04-18", "2024-04-18");
    row("2024 30/4 (Tuesday)", 2024, Kind::Reunification, "2024-04-30", "2024-04-30", "2024-04-30",
        "2024-04-30", "2024-05-01");
    row("2024 1/5", 2024, Kind::LabourDay, "2024-05-01", "2024-05-01", "2024-05-01", "2024-04-30",
        "2024-05-01");
    row("2024 2/9 (Monday, with Tuesday 3/9)", 2024, Kind::NationalDay, "2024-09-02", "2024-09-02",
        "2024-09-03", "2024-08-31", "2024-09-03");

    // 2026. Tết for the public sector: 14/2–22/2 (27 tháng Chạp – mùng 6).
    row("2026 new year (Thursday)", 2026, Kind::NewYear, "2026-01-01", "2026-01-01", "2026-01-01",
        "2026-01-01", "2026-01-01");
    row("2026 Tết (Tuesday)", 2026, Kind::Tet, "2026-02-17", "2026-02-15", "2026-02-19",
        "2026-02-14", "2026-02-22");
    row("2026 Giỗ Tổ (Sunday, made up Monday)", 2026, Kind::HungKings, "2026-04-26", "2026-04-26",
        "2026-04-26", "2026-04-25", "2026-04-27");
    row("2026 30/4 (Thursday)", 2026, Kind::Reunification, "2026-04-30", "2026-04-30", "2026-04-30",
        "2026-04-30", "2026-05-03");
    row("2026 1/5 (Friday)", 2026, Kind::LabourDay, "2026-05-01", "2026-05-01", "2026-05-01",
        "2026-04-30", "2026-05-03");
    row("2026 2/9 (Wednesday, with Tuesday 1/9)", 2026, Kind::NationalDay, "2026-09-02",
        "2026-09-01", "2026-09-02", "2026-09-01", "2026-09-02");

    // 2025 and 2022 Tết: the decisions' 25/1–2/2/2025 and 29/1–6/2/2022.
    row("2025 Tết (Wednesday)", 2025, Kind::Tet, "2025-01-29", "2025-01-27", "2025-01-31",
        "2025-01-25", "2025-02-02");
    row("2022 Tết (Tuesday)", 2022, Kind::Tet, "2022-02-01", "2022-01-30", "2022-02-03",
        "2022-01-29", "2022-02-06");
    row("2021 Tết (Friday)", 2021, Kind::Tet, "2021-02-12", "2021-02-10", "2021-02-14",
        "2021-02-10", "2021-02-16");
    row("2021 2/9 (Thursday, with Friday 3/9)", 2021, Kind::NationalDay, "2021-09-02", "2021-09-02",
        "2021-09-03", "2021-09-02", "2021-09-05");
    row("2025 2/9 (Tuesday, with Monday 1/9)", 2025, Kind::NationalDay, "2025-09-02", "2025-09-01",
        "2025-09-02", "2025-08-30", "2025-09-02");
}

void TestHolidays::forYear()
{
    QFETCH(int, year);
    QFETCH(Kind, kind);
    QFETCH(QDate, date);
    QFETCH(QDate, statutoryFirst);
    QFETCH(QDate, statutoryLast);
    QFETCH(QDate, proposedFirst);
    QFETCH(QDate, proposedLast);

    const Holidays::Holiday h = find(Holidays::forYear(year), kind);
    QCOMPARE(h.date, date);
    QCOMPARE(h.statutoryDays, range(statutoryFirst, statutoryLast));
    QCOMPARE(h.proposedDays, range(proposedFirst, proposedLast));
}

void TestHolidays::sortedAndComplete()
{
    const auto holidays = Holidays::forYear(2026);
    QCOMPARE(holidays.size(), 6);
    const QList<Kind> kinds = {Kind::NewYear,       Kind::Tet,       Kind::HungKings,
                               Kind::Reunification, Kind::LabourDay, Kind::NationalDay};
    for (int i = 0; i < holidays.size(); ++i) {
        QCOMPARE(holidays.at(i).kind, kinds.at(i));
        if (i > 0)
            QVERIFY(holidays.at(i - 1).date <= holidays.at(i).date);
    }
}

void TestHolidays::makeUpDays_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QDate>("makeUp"); // a working day off only as nghỉ bù

    QTest::newRow("1/1/2023 Sunday → Monday 2/1") << 2023 << Kind::NewYear << QDate(2023, 1, 2);
    QTest::newRow("1/1/2022 Saturday → Monday 3/1") << 2022 << Kind::NewYear << QDate(2022, 1, 3);
    QTest::newRow("Giỗ Tổ 26/4/2026 Sunday → Monday 27/4")
        << 2026 << Kind::HungKings << QDate(2026, 4, 27);
    QTest::newRow("2/9/2023 Saturday → Monday 4/9 (Sunday skipped)")
        << 2023 << Kind::NationalDay << QDate(2023, 9, 4);
    QTest::newRow("30/4/2023 Sunday → Wednesday 3/5 (after Giỗ Tổ's 2/5)")
        << 2023 << Kind::Reunification << QDate(2023, 5, 3);
    QTest::newRow("Tết 2024: Saturday and Sunday → 13/2 and 14/2")
        << 2024 << Kind::Tet << QDate(2024, 2, 14);
    // Giỗ Tổ on 30/4/1947, a Wednesday: the day counted twice is made up.
    QTest::newRow("Giỗ Tổ = 30/4/1947 → Friday 2/5")
        << 1947 << Kind::HungKings << QDate(1947, 5, 2);
}

void TestHolidays::makeUpDays()
{
    QFETCH(int, year);
    QFETCH(Kind, kind);
    QFETCH(QDate, makeUp);

    const Holidays::Holiday h = find(Holidays::forYear(year), kind);
    QVERIFY(makeUp.dayOfWeek() < Qt::Saturday);
    QVERIFY(!h.statutoryDays.contains(makeUp));
    QVERIFY(h.proposedDays.contains(makeUp));
}

// The rules, checked for every year: Tết and Giỗ Tổ come from the lunar
// calendar, periods are unbroken and hold the statutory days, 30/4 and 1/5
// share one period, and the working days off equal the statutory days (each
// statutory day is a working day off or earns one as nghỉ bù).
void TestHolidays::rulesHoldEveryYear()
{
    for (int year = 1901; year <= 2099; ++year) {
        const auto holidays = Holidays::forYear(year);
        QCOMPARE(holidays.size(), 6);
        QCOMPARE(find(holidays, Kind::Tet).date,
                 *DutyDesk::LunarCalendar::toGregorian({1, 1, year, false}));
        QCOMPARE(find(holidays, Kind::HungKings).date,
                 *DutyDesk::LunarCalendar::toGregorian({10, 3, year, false}));
        QCOMPARE(find(holidays, Kind::Reunification).proposedDays,
                 find(holidays, Kind::LabourDay).proposedDays);

        QSet<QDate> off;
        qsizetype statutoryCount = 0;
        for (int i = 0; i < holidays.size(); ++i) {
            const auto &h = holidays.at(i);
            if (i > 0)
                QVERIFY(holidays.at(i - 1).date <= h.date);
            QVERIFY(h.statutoryDays.contains(h.date));
            QCOMPARE(h.proposedDays,
                     range(h.proposedDays.constFirst(), h.proposedDays.constLast()));
            for (const QDate &d : h.statutoryDays)
                QVERIFY(h.proposedDays.contains(d));
            statutoryCount += h.statutoryDays.size();
            for (const QDate &d : h.proposedDays)
                off.insert(d);
        }
        // Every period starts on a statutory day or a weekend, never on a bare working day.
        for (const auto &h : holidays) {
            const QDate first = h.proposedDays.constFirst();
            bool statutory = false;
            for (const auto &other : holidays)
                statutory = statutory || other.statutoryDays.contains(first);
            QVERIFY(statutory || first.dayOfWeek() >= Qt::Saturday);
        }
        qsizetype workingDaysOff = 0;
        for (const QDate &d : std::as_const(off))
            workingDaysOff += d.dayOfWeek() < Qt::Saturday ? 1 : 0;
        QCOMPARE(workingDaysOff, statutoryCount);
        QCOMPARE(statutoryCount, 11); // 1 + 5 + 1 + 1 + 1 + 2 (art. 112)
    }
}

void TestHolidays::outsideRange()
{
    QVERIFY(Holidays::forYear(1899).isEmpty());
    QVERIFY(Holidays::forYear(2101).isEmpty());
    QCOMPARE(Holidays::forYear(1900).size(), 6);
    QCOMPARE(Holidays::forYear(2100).size(), 6);
}

void TestHolidays::toJson()
{
    const QJsonArray json = Holidays::toJson(Holidays::forYear(2026));
    QCOMPARE(json.size(), 6);

    const QJsonObject tet = json.at(1).toObject();
    QCOMPARE(tet.value(u"kind"_s).toString(), u"tet"_s);
    QCOMPARE(tet.value(u"name"_s).toString(), u"Lunar New Year (Tết)"_s);
    QCOMPARE(tet.value(u"date"_s).toString(), u"2026-02-17"_s);
    const QJsonArray days = tet.value(u"days"_s).toArray();
    QCOMPARE(days.size(), 9);
    QCOMPARE(days.first().toString(), u"2026-02-14"_s);
    QCOMPARE(days.last().toString(), u"2026-02-22"_s);
    const QJsonArray statutory = tet.value(u"statutory_days"_s).toArray();
    QCOMPARE(statutory.size(), 5);
    QCOMPARE(statutory.first().toString(), u"2026-02-15"_s);
    QCOMPARE(statutory.last().toString(), u"2026-02-19"_s);

    const QJsonObject national = json.at(5).toObject();
    QCOMPARE(national.value(u"kind"_s).toString(), u"national_day"_s);
    QCOMPARE(national.value(u"statutory_days"_s).toArray(),
             (QJsonArray {u"2026-09-01"_s, u"2026-09-02"_s}));
}

QTEST_GUILESS_MAIN(TestHolidays)
#include "tst_holidays.moc"
