#include "AutoFill.h"
#include "RosterCheck.h"
#include "RosterFixture.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlRecord>
#include <QTest>

#include <atomic>
#include <tuple>

using namespace Qt::Literals::StringLiterals;
using namespace DutyDesk;
using namespace RosterFixture;

namespace {

/// A slot as written: unit, day, shift, role, place, person.
using Row = std::tuple<Id, QString, Id, Id, int, Id>;

QList<Row> rows(Fixture &f, Id periodId)
{
    QSqlQuery q
        = f.db.prepare(u"SELECT unit_id, day, shift_id, role_id, slot, person_id FROM assignments "
                       "WHERE period_id = ? ORDER BY unit_id, day, shift_id, role_id, slot"_s);
    q.addBindValue(periodId);
    if (!q.exec())
        qFatal("rows failed");
    QList<Row> result;
    while (q.next()) {
        result << Row {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong(),
                       q.value(3).toLongLong(), q.value(4).toInt(),    q.value(5).toLongLong()};
    }
    return result;
}

QHash<Id, int> shiftsPerPerson(Fixture &f, Id periodId)
{
    QHash<Id, int> result;
    for (const Row &row : rows(f, periodId))
        ++result[std::get<5>(row)];
    return result;
}

/// Every column of every row of `table`, in id order: equal dumps, equal tables.
QByteArray dump(Fixture &f, const QString &table)
{
    QSqlQuery q = f.db.prepare(u"SELECT * FROM %1 ORDER BY id"_s.arg(table));
    if (!q.exec())
        qFatal("dump failed");
    QByteArray result;
    while (q.next()) {
        for (int i = 0; i < q.record().count(); ++i)
            result += q.value(i).toString().toUtf8() + (q.value(i).isNull() ? "\x01" : "\x02");
        result += '\n';
    }
    return result;
}

QByteArray dumpRoster(Fixture &f)
{
    return dump(f, u"assignments"_s) + "--\n" + dump(f, u"assignment_history"_s) + "--\n"
        + dump(f, u"audit_log"_s);
}

AutoFill::Report fill(Fixture &f, Id periodId, const AutoFill::Options &options = {})
{
    return must(AutoFill(f.db, options).fillPeriod(periodId), "fillPeriod");
}

/// The generated case: units × people over a period with day and night
/// shifts and three roles, some leave, some slots already taken.
struct Generated
{
    Generated(Fixture &f, int unitCount, int peoplePerUnit, int days, quint32 seed)
    {
        QRandomGenerator random(seed);
        must(f.db.transaction([&]() -> Status {
            period = f.period(u"Tết"_s, day("2024-02-08"), day("2024-02-08").addDays(days - 1));
            dayShift = f.shift(period, u"Ca ngày"_s, "07:30", "17:00", 0);
            nightShift = f.shift(period, u"Ca đêm"_s, "17:00", "07:30", 1);
            lead = f.role(period, u"Lãnh đạo trực"_s, true, 1, 0);
            staff = f.role(period, u"Cán bộ trực"_s, false, 1, 1);
            tech = f.role(period, u"Trực kỹ thuật"_s, false, 1, 2);
            for (int u = 0; u < unitCount; ++u) {
                const Id unit = f.unit(u"Trường %1"_s.arg(u));
                units << unit;
                for (int p = 0; p < peoplePerUnit; ++p) {
                    const Id person = f.person(unit, u"Người %1-%2"_s.arg(u).arg(p), p < 3);
                    if (p == 5 && random.bounded(4) == 0) {
                        f.assign(period, unit, day("2024-02-09"), dayShift, staff, person,
                                 PeriodStore::ConflictPolicy::Refuse);
                    } else if (random.bounded(10) == 0) {
                        const QDate from = day("2024-02-08").addDays(random.bounded(days));
                        f.away(person, from, from.addDays(random.bounded(3)), u"Nghỉ phép"_s);
                    }
                }
            }
            return {};
        }),
             "generate");
    }
    Id period = NoId;
    QDate firstDay = day("2024-02-08");
    Id dayShift = NoId;
    Id nightShift = NoId;
    Id lead = NoId;
    Id staff = NoId;
    Id tech = NoId;
    QList<Id> units;
};

} // namespace

class TestAutoFill : public QObject
{
    Q_OBJECT

private slots:
    void ownActivePeopleOnly();
    void leadersForLeaderRoles();
    void unavailableSkipped();
    void noOverlapWithOtherPeriods();
    void restAfterNightShift();
    void restIsConfigurable();
    void fairnessSpread();
    void fairnessWithNights();
    void loadAlreadyHeldCounts();
    void earlierPeriodsCount();
    void fillsFreePlacesOfPartlyFilledCells();
    void skipsInactiveAndExternalUnits();
    void oneUnit();
    void givenSlots();
    void givenSlotsRefused();
    void refusesPublished();
    void dryRunWritesNothing();
    void oneTransactionOneAudit();
    void deterministic();
    void reportJson();
    void generatedAtScale();
    void progressIsMonotonicAndReachesTheTotal();
    void cancelledFillChangesNothing_data();
    void cancelledFillChangesNothing();
    void takeBackAndPutBack();
    void takeBackRefusesAChangedSlot();
    void putBackFollowsTheRules();
};

void TestAutoFill::ownActivePeopleOnly()
{
    Fixture f;
    const Id period = f.period(u"30/4"_s, day("2023-04-29"), day("2023-05-03"));
    f.shift(period, u"Ca ngày"_s, "07:30", "17:00");
    f.role(period, u"Cán bộ trực"_s);
    const Id a = f.unit(u"Trường A"_s);
    const Id c = f.unit(u"Trường C"_s);
    QSet<Id> ofA {f.person(a, u"A1"_s), f.person(a, u"A2"_s)};
    QSet<Id> ofC {f.person(c, u"C1"_s), f.person(c, u"C2"_s)};
    const Id retired = f.person(a, u"Đã nghỉ"_s, false, false);
    const AutoFill::Report report = fill(f, period);
    QCOMPARE(report.filled, 10);
    QCOMPARE(report.leftEmpty.size(), 0);
    for (const Row &row : rows(f, period)) {
        const Id person = std::get<5>(row);
        QVERIFY(person != retired);
        QVERIFY(std::get<0>(row) == a ? ofA.contains(person) : ofC.contains(person));
    }
    QCOMPARE(must(RosterCheck::check(f.db, period), "check").size(), 0);
}

void TestAutoFill::leadersForLeaderRoles()
{
    Fixture f;
    const Id period = f.period(u"30/4"_s, day("2023-04-30"), day("2023-05-01"));
    const Id shift = f.shift(period, u"Ca ngày"_s, "07:30", "17:00");
    const Id lead = f.role(period, u"Lãnh đạo trực"_s, true, 1, 0);
    f.role(period, u"Cán bộ trực"_s, false, 1, 1);
    const Id a = f.unit(u"Trường A"_s);
    const Id boss = f.person(a, u"Hiệu trưởng"_s, true);
    f.person(a, u"Nhân viên 1"_s);
    f.person(a, u"Nhân viên 2"_s);
    const Id noLeaders = f.unit(u"Trường không lãnh đạo"_s);
    f.person(noLeaders, u"Nhân viên 3"_s);
    const Id empty = f.unit(u"Trường trống"_s);

    const AutoFill::Report report = fill(f, period);
    for (const Row &row : rows(f, period)) {
        if (std::get<3>(row) == lead)
            QCOMPARE(std::get<5>(row), boss);
        else
            QVERIFY(std::get<5>(row) != boss); // the staff are less loaded
    }
    // Unit without a leader: its leader places stay empty, its staff places are filled.
    // Unit without people: every place stays empty.
    QCOMPARE(report.filled, 4 + 2);
    QCOMPARE(report.leftEmpty.size(), 2 + 4);
    for (const AutoFill::EmptySlot &e : report.leftEmpty) {
        if (e.slot.unitId == noLeaders) {
            QCOMPARE(e.reason, AutoFill::EmptyReason::NoLeader);
            QCOMPARE(e.slot.roleId, lead);
            QCOMPARE(e.slot.shiftId, shift);
            QVERIFY2(e.message.contains(u"Trường không lãnh đạo"_s), qPrintable(e.message));
            QVERIFY(e.message.contains(u"Lãnh đạo trực"_s));
        } else {
            QCOMPARE(e.slot.unitId, empty);
            QCOMPARE(e.reason, AutoFill::EmptyReason::NoPeople);
        }
    }
    QCOMPARE(AutoFill::reasonKey(AutoFill::EmptyReason::NoLeader), u"no_leader"_s);
}

void TestAutoFill::unavailableSkipped()
{
    Fixture f;
    const Id period = f.period(u"30/4"_s, day("2023-04-29"), day("2023-05-01"));
    f.shift(period, u"Ca ngày"_s, "07:30", "17:00");
    f.role(period, u"Cán bộ trực"_s);
    const Id a = f.unit(u"Trường A"_s);
    const Id an = f.person(a, u"An"_s);
    const Id binh = f.person(a, u"Bình"_s);
    f.away(an, day("2023-04-29"), day("2023-04-30"), u"Công tác"_s);
    f.away(binh, day("2023-05-01"), day("2023-05-01"));
    const AutoFill::Report report = fill(f, period);
    QCOMPARE(report.filled, 3);
    const QList<Row> written = rows(f, period);
    QCOMPARE(std::get<5>(written.at(0)), binh);
    QCOMPARE(std::get<5>(written.at(1)), binh);
    QCOMPARE(std::get<5>(written.at(2)), an);

    // Nobody left on a day: the place stays empty and says why.
    f.away(binh, day("2023-05-02"), day("2023-05-02"));
    const Id later = f.period(u"later"_s, day("2023-05-02"), day("2023-05-02"));
    f.shift(later, u"Ca ngày"_s, "07:30", "17:00");
    f.role(later, u"Cán bộ trực"_s);
    f.away(an, day("2023-05-02"), day("2023-05-02"));
    const AutoFill::Report none = fill(f, later);
    QCOMPARE(none.filled, 0);
    QCOMPARE(none.leftEmpty.size(), 1);
    QCOMPARE(none.leftEmpty.first().reason, AutoFill::EmptyReason::NobodyFree);
    QVERIFY2(none.leftEmpty.first().message.contains(u"2 on leave"_s),
             qPrintable(none.leftEmpty.first().message));
}

void TestAutoFill::noOverlapWithOtherPeriods()
{
    Fixture f;
    const Id other = f.period(u"Trực ATTT"_s, day("2023-04-30"), day("2023-04-30"));
    const Id otherNight = f.shift(other, u"Ca đêm"_s, "20:00", "08:00");
    const Id otherRole = f.role(other, u"Trực ATTT"_s);
    const Id period = f.period(u"1/5"_s, day("2023-05-01"), day("2023-05-01"));
    f.shift(period, u"Ca sáng"_s, "07:00", "11:00");
    f.role(period, u"Cán bộ trực"_s);
    const Id a = f.unit(u"Trường A"_s);
    const Id an = f.person(a, u"An"_s);
    const Id binh = f.person(a, u"Bình"_s);
    // An's night of 30/4 in the other period runs to 08:00 on 1/5.
    f.assign(other, a, day("2023-04-30"), otherNight, otherRole, an);
    AutoFill::Options options;
    options.minimumRestHours = 0;
    fill(f, period, options);
    QCOMPARE(std::get<5>(rows(f, period).first()), binh);

    // With Bình away too, the place stays empty: on duty at that time.
    QVERIFY(f.periods.unassign(must(f.periods.assignments(period), "assignments").first().id));
    f.away(binh, day("2023-05-01"), day("2023-05-01"));
    const AutoFill::Report report = fill(f, period, options);
    QCOMPARE(report.filled, 0);
    QVERIFY2(report.leftEmpty.first().message.contains(u"1 on duty at that time"_s),
             qPrintable(report.leftEmpty.first().message));
}

void TestAutoFill::restAfterNightShift()
{
    // Two people, day and night shifts, one place each: the night person can't
    // take the next morning, and with 12 hours' rest not the next night either.
    Fixture f;
    const Id period = f.period(u"30/4"_s, day("2023-04-30"), day("2023-05-01"));
    const Id dayShift = f.shift(period, u"Ca ngày"_s, "07:30", "17:00", 0);
    const Id nightShift = f.shift(period, u"Ca đêm"_s, "17:00", "07:30", 1);
    f.role(period, u"Cán bộ trực"_s);
    const Id a = f.unit(u"Trường A"_s);
    const Id an = f.person(a, u"An"_s);
    const Id binh = f.person(a, u"Bình"_s);
    const AutoFill::Report report = fill(f, period);
    QCOMPARE(report.filled, 3);
    QHash<std::pair<QString, Id>, Id> who;
    for (const Row &row : rows(f, period))
        who.insert({std::get<1>(row), std::get<2>(row)}, std::get<5>(row));
    QCOMPARE(who.value({u"2023-04-30"_s, dayShift}), an);
    QCOMPARE(who.value({u"2023-04-30"_s, nightShift}), binh);
    QCOMPARE(who.value({u"2023-05-01"_s, dayShift}), an); // not Bình, just off the night
    QVERIFY(!who.contains({u"2023-05-01"_s, nightShift}));
    QCOMPARE(report.leftEmpty.size(), 1);
    QCOMPARE(report.leftEmpty.first().slot.shiftId, nightShift);
    QCOMPARE(report.leftEmpty.first().reason, AutoFill::EmptyReason::NobodyFree);
    QVERIFY2(report.leftEmpty.first().message.contains(u"2 without enough rest"_s),
             qPrintable(report.leftEmpty.first().message));
}

void TestAutoFill::restIsConfigurable()
{
    Fixture f;
    const Id period = f.period(u"30/4"_s, day("2023-04-30"), day("2023-05-01"));
    f.shift(period, u"Ca ngày"_s, "07:30", "17:00", 0);
    const Id nightShift = f.shift(period, u"Ca đêm"_s, "17:00", "07:30", 1);
    f.role(period, u"Cán bộ trực"_s);
    const Id a = f.unit(u"Trường A"_s);
    f.person(a, u"An"_s);
    const Id binh = f.person(a, u"Bình"_s);
    AutoFill::Options options;
    options.minimumRestHours = 8; // night 30/4 ends 07:30, night 1/5 starts 17:00: 9.5 h
    const AutoFill::Report report = fill(f, period, options);
    QCOMPARE(report.filled, 4);
    QCOMPARE(std::get<5>(rows(f, period).at(3)), binh);
    QCOMPARE(std::get<2>(rows(f, period).at(3)), nightShift);

    // An existing night shift blocks the next morning even with no rest asked:
    // it overlaps; with the default rest it also blocks the next evening.
    Fixture g;
    const Id p2 = g.period(u"1/5"_s, day("2023-05-01"), day("2023-05-01"));
    const Id morning = g.shift(p2, u"Ca sáng"_s, "07:30", "12:00");
    const Id r2 = g.role(p2, u"Cán bộ trực"_s);
    const Id earlier = g.period(u"30/4"_s, day("2023-04-30"), day("2023-04-30"));
    const Id night = g.shift(earlier, u"Ca đêm"_s, "19:00", "07:30");
    const Id r1 = g.role(earlier, u"Cán bộ trực"_s);
    const Id u = g.unit(u"Trường A"_s);
    const Id tired = g.person(u, u"An"_s);
    g.assign(earlier, u, day("2023-04-30"), night, r1, tired);
    const AutoFill::Report blocked = fill(g, p2);
    QCOMPARE(blocked.filled, 0);
    QCOMPARE(blocked.leftEmpty.first().slot.shiftId, morning);
    QCOMPARE(blocked.leftEmpty.first().slot.roleId, r2);
    options.minimumRestHours = 0;
    QCOMPARE(fill(g, p2, options).filled, 1); // touching shifts are allowed without rest
}

void TestAutoFill::fairnessSpread()
{
    Fixture f;
    const Id period = f.period(u"8 ngày"_s, day("2023-07-01"), day("2023-07-08"));
    f.shift(period, u"Ca ngày"_s, "07:30", "17:00");
    f.role(period, u"Cán bộ trực"_s);
    const Id a = f.unit(u"Trường A"_s);
    for (int i = 0; i < 4; ++i)
        f.person(a, u"Người %1"_s.arg(i));
    const AutoFill::Report report = fill(f, period);
    QCOMPARE(report.filled, 8);
    const QHash<Id, int> count = shiftsPerPerson(f, period);
    QCOMPARE(count.size(), 4);
    for (const int n : count)
        QCOMPARE(n, 2);
    QCOMPARE(report.loads.size(), 1);
    QCOMPARE(report.loads.first().people, 4);
    QCOMPARE(report.loads.first().minLoad, 2.0);
    QCOMPARE(report.loads.first().maxLoad, 2.0);
    QCOMPARE(report.loads.first().spread, 0.0);
    QCOMPARE(report.maxSpread, 0.0);
}

void TestAutoFill::fairnessWithNights()
{
    // 4 days × day and night = 8 places for 4 people: 2 each, the rest rule kept.
    Fixture f;
    const Id period = f.period(u"4 ngày"_s, day("2023-07-01"), day("2023-07-04"));
    f.shift(period, u"Ca ngày"_s, "07:30", "17:00", 0);
    f.shift(period, u"Ca đêm"_s, "17:00", "07:30", 1);
    f.role(period, u"Cán bộ trực"_s);
    const Id a = f.unit(u"Trường A"_s);
    for (int i = 0; i < 4; ++i)
        f.person(a, u"Người %1"_s.arg(i));
    const AutoFill::Report report = fill(f, period);
    QCOMPARE(report.filled, 8);
    for (const int n : shiftsPerPerson(f, period))
        QCOMPARE(n, 2);
    QVERIFY(report.maxSpread <= 1.0); // a night weighs 1.5
}

void TestAutoFill::loadAlreadyHeldCounts()
{
    Fixture f;
    const Id period = f.period(u"4 ngày"_s, day("2023-07-01"), day("2023-07-04"));
    const Id shift = f.shift(period, u"Ca ngày"_s, "07:30", "17:00");
    const Id role = f.role(period, u"Cán bộ trực"_s);
    const Id other = f.role(period, u"Trực kỹ thuật"_s, false, 0); // needed by nobody
    const Id a = f.unit(u"Trường A"_s);
    const Id busy = f.person(a, u"An"_s);
    const Id free = f.person(a, u"Bình"_s);
    // An already holds two shifts of this period (in a role no unit needs).
    f.assign(period, a, day("2023-07-01"), shift, other, busy);
    f.assign(period, a, day("2023-07-02"), shift, other, busy);
    AutoFill::Options options;
    options.minimumRestHours = 0;
    fill(f, period, options);
    QHash<Id, int> count;
    for (const Row &row : rows(f, period)) {
        if (std::get<3>(row) == role)
            ++count[std::get<5>(row)];
    }
    // 2 + 1 and 3: loads as even as the places allow; An could not take 1/7 or 2/7.
    QCOMPARE(count.value(busy), 1);
    QCOMPARE(count.value(free), 3);
}

void TestAutoFill::earlierPeriodsCount()
{
    Fixture f;
    const Id before = f.period(u"Tết"_s, day("2023-01-21"), day("2023-01-21"));
    const Id s1 = f.shift(before, u"Ca ngày"_s, "07:30", "17:00");
    const Id r1 = f.role(before, u"Cán bộ trực"_s);
    const Id period = f.period(u"30/4"_s, day("2023-04-30"), day("2023-04-30"));
    f.shift(period, u"Ca ngày"_s, "07:30", "17:00");
    f.role(period, u"Cán bộ trực"_s);
    const Id a = f.unit(u"Trường A"_s);
    const Id an = f.person(a, u"An"_s); // lower id: first on a tie
    const Id binh = f.person(a, u"Bình"_s);
    f.assign(before, a, day("2023-01-21"), s1, r1, an);

    AutoFill::Options options;
    options.dryRun = true;
    AutoFill::Report report = fill(f, period, options);
    QCOMPARE(report.assignments.first().personId, binh);
    // 21/01/2023 was a statutory Tết day: it weighs double.
    QCOMPARE(report.loads.first().maxLoad, 2.0);
    options.earlierPeriodsDays = 0;
    report = fill(f, period, options);
    QCOMPARE(report.assignments.first().personId, an);
}

void TestAutoFill::fillsFreePlacesOfPartlyFilledCells()
{
    Fixture f;
    const Id period = f.period(u"1 ngày"_s, day("2023-07-01"), day("2023-07-01"));
    const Id shift = f.shift(period, u"Ca ngày"_s, "07:30", "17:00");
    const Id role = f.role(period, u"Cán bộ trực"_s, false, 3);
    const Id a = f.unit(u"Trường A"_s);
    const Id an = f.person(a, u"An"_s);
    f.person(a, u"Bình"_s);
    f.person(a, u"Chi"_s);
    f.person(a, u"Dũng"_s);
    const Id gone = f.assign(period, a, day("2023-07-01"), shift, role, an);
    f.assign(period, a, day("2023-07-01"), shift, role, f.person(a, u"Én"_s)); // place 1
    QVERIFY(f.periods.unassign(gone)); // place 0 free, place 1 taken, place 2 free
    const AutoFill::Report report = fill(f, period);
    QCOMPARE(report.filled, 2);
    QList<int> places;
    for (const Row &row : rows(f, period))
        places << std::get<4>(row);
    QCOMPARE(places, (QList<int> {0, 1, 2}));
    QCOMPARE(must(RosterCheck::check(f.db, period), "check").size(), 0);
    QCOMPARE(fill(f, period).filled, 0); // nothing left to do
}

void TestAutoFill::skipsInactiveAndExternalUnits()
{
    Fixture f;
    const Id period = f.period(u"1 ngày"_s, day("2023-07-01"), day("2023-07-01"));
    f.shift(period, u"Ca ngày"_s, "07:30", "17:00");
    f.role(period, u"Cán bộ trực"_s);
    const Id closed = f.unit(u"Trường đã đóng"_s, UnitKind::School, false);
    f.person(closed, u"An"_s);
    const Id telecom = f.unit(u"VNPT"_s, UnitKind::External);
    f.person(telecom, u"Bình"_s);
    const AutoFill::Report report = fill(f, period);
    QCOMPARE(report.filled, 0);
    QCOMPARE(report.leftEmpty.size(), 0);
    QCOMPARE(f.count(u"SELECT COUNT(*) FROM assignments"_s), 0);
}

void TestAutoFill::oneUnit()
{
    Fixture f;
    const Id period = f.period(u"2 ngày"_s, day("2023-07-01"), day("2023-07-02"));
    f.shift(period, u"Ca ngày"_s, "07:30", "17:00");
    f.role(period, u"Cán bộ trực"_s);
    const Id a = f.unit(u"Trường A"_s);
    const Id c = f.unit(u"Trường C"_s);
    f.person(a, u"An"_s);
    f.person(c, u"Chi"_s);
    const AutoFill::Report report = must(AutoFill(f.db).fillUnit(period, c), "fillUnit");
    QCOMPARE(report.filled, 2);
    for (const Row &row : rows(f, period))
        QCOMPARE(std::get<0>(row), c);
    QCOMPARE(report.loads.size(), 1);
    QCOMPARE(report.loads.first().unitId, c);
    const Result<AutoFill::Report> unknown = AutoFill(f.db).fillUnit(period, 999);
    QVERIFY(!unknown);
    QCOMPARE(unknown.error().code(), Error::Code::NotFound);
}

void TestAutoFill::givenSlots()
{
    Fixture f;
    const Id period = f.period(u"2 ngày"_s, day("2023-07-01"), day("2023-07-02"));
    const Id shift = f.shift(period, u"Ca ngày"_s, "07:30", "17:00");
    const Id role = f.role(period, u"Cán bộ trực"_s, false, 2);
    const Id a = f.unit(u"Trường A"_s);
    const Id c = f.unit(u"Trường C"_s);
    for (int i = 0; i < 3; ++i) {
        f.person(a, u"A%1"_s.arg(i));
        f.person(c, u"C%1"_s.arg(i));
    }
    const QList<AutoFill::SlotRef> wanted {
        {a, day("2023-07-01"), shift, role, -1}, // both places of the cell
        {c, day("2023-07-02"), shift, role, 1}, // its second place only
        {c, day("2023-07-02"), shift, role, 1}, // asked twice, filled once
    };
    const AutoFill::Report report = must(AutoFill(f.db).fillSlots(period, wanted), "fillSlots");
    QCOMPARE(report.filled, 3);
    const QList<Row> written = rows(f, period);
    QCOMPARE(written.size(), 3);
    QCOMPARE(std::get<0>(written.at(0)), a);
    QCOMPARE(std::get<1>(written.at(0)), u"2023-07-01"_s);
    QCOMPARE(std::get<0>(written.at(2)), c);
    QCOMPARE(std::get<1>(written.at(2)), u"2023-07-02"_s);
    QCOMPARE(std::get<4>(written.at(2)), 1);
    // Filled places are left as they are.
    QCOMPARE(must(AutoFill(f.db).fillSlots(period, wanted), "fillSlots").filled, 0);
    QCOMPARE(must(AutoFill(f.db).fillSlots(period, {}), "fillSlots").filled, 0);
}

void TestAutoFill::givenSlotsRefused()
{
    Fixture f;
    const Id period = f.period(u"2 ngày"_s, day("2023-07-01"), day("2023-07-02"));
    const Id shift = f.shift(period, u"Ca ngày"_s, "07:30", "17:00");
    const Id role = f.role(period, u"Cán bộ trực"_s);
    const Id other = f.period(u"khác"_s, day("2023-07-01"), day("2023-07-02"));
    const Id otherShift = f.shift(other, u"Ca ngày"_s, "07:30", "17:00");
    const Id otherRole = f.role(other, u"Cán bộ trực"_s);
    const Id a = f.unit(u"Trường A"_s);
    f.person(a, u"An"_s);
    const QList<QList<AutoFill::SlotRef>> bad {
        {{a, day("2023-07-03"), shift, role, -1}},
        {{a, day("2023-07-01"), otherShift, role, -1}},
        {{a, day("2023-07-01"), shift, otherRole, -1}},
        {{a, day("2023-07-01"), shift, role, 64}},
    };
    for (const auto &refs : bad) {
        const Result<AutoFill::Report> r = AutoFill(f.db).fillSlots(period, refs);
        QVERIFY(!r);
        QCOMPARE(r.error().code(), Error::Code::Invalid);
    }
    const Result<AutoFill::Report> r
        = AutoFill(f.db).fillSlots(period, {{999, day("2023-07-01"), shift, role, -1}});
    QCOMPARE(r.error().code(), Error::Code::NotFound);
    QCOMPARE(f.count(u"SELECT COUNT(*) FROM assignments"_s), 0);
}

void TestAutoFill::refusesPublished()
{
    Fixture f;
    const Id period = f.period(u"1 ngày"_s, day("2023-07-01"), day("2023-07-01"));
    f.shift(period, u"Ca ngày"_s, "07:30", "17:00");
    f.role(period, u"Cán bộ trực"_s);
    f.person(f.unit(u"Trường A"_s), u"An"_s);
    QVERIFY(f.periods.publish(period));
    const Result<AutoFill::Report> r = AutoFill(f.db).fillPeriod(period);
    QVERIFY(!r);
    QCOMPARE(r.error().code(), Error::Code::Invalid);
    QCOMPARE(f.count(u"SELECT COUNT(*) FROM assignments"_s), 0);
    QVERIFY(f.periods.reopen(period));
    QCOMPARE(fill(f, period).filled, 1);
}

void TestAutoFill::dryRunWritesNothing()
{
    Fixture f;
    const Id period = f.period(u"2 ngày"_s, day("2023-07-01"), day("2023-07-02"));
    f.shift(period, u"Ca ngày"_s, "07:30", "17:00");
    f.role(period, u"Cán bộ trực"_s);
    f.person(f.unit(u"Trường A"_s), u"An"_s);
    const int audits = f.count(u"SELECT COUNT(*) FROM audit_log"_s);
    AutoFill::Options options;
    options.dryRun = true;
    const AutoFill::Report planned = fill(f, period, options);
    QCOMPARE(planned.filled, 2);
    QCOMPARE(planned.assignments.size(), 2);
    QCOMPARE(planned.assignments.first().id, NoId);
    QCOMPARE(f.count(u"SELECT COUNT(*) FROM assignments"_s), 0);
    QCOMPARE(f.count(u"SELECT COUNT(*) FROM audit_log"_s), audits);
}

void TestAutoFill::oneTransactionOneAudit()
{
    Fixture f;
    const Id period = f.period(u"3 ngày"_s, day("2023-07-01"), day("2023-07-03"));
    f.shift(period, u"Ca ngày"_s, "07:30", "17:00");
    f.role(period, u"Cán bộ trực"_s);
    f.person(f.unit(u"Trường A"_s), u"An"_s);
    f.person(f.unit(u"Trường C"_s), u"Chi"_s);
    const int audits = f.count(u"SELECT COUNT(*) FROM audit_log"_s);
    const quint64 changes = f.db.changeCount();
    const AutoFill::Report report = fill(f, period);
    QCOMPARE(report.filled, 6);
    QCOMPARE(f.db.changeCount(), changes + 1);
    QCOMPARE(f.count(u"SELECT COUNT(*) FROM audit_log"_s), audits + 1);
    QSqlQuery q = f.db.prepare(u"SELECT action, table_name, row_id, after_json FROM audit_log "
                               "ORDER BY id DESC LIMIT 1"_s);
    QVERIFY(q.exec() && q.next());
    QCOMPARE(q.value(0).toString(), u"autofill"_s);
    QCOMPARE(q.value(1).toString(), u"duty_periods"_s);
    QCOMPARE(q.value(2).toLongLong(), period);
    const QJsonObject after = QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object();
    QCOMPARE(after.value(u"filled"_s).toInt(), 6);
    QCOMPARE(after.value(u"assignments"_s).toArray().size(), 6);
    QCOMPARE(after.value(u"assignments"_s).toArray().first().toArray().at(0).toInteger(),
             report.assignments.first().id);
    // The ids reported are the rows written.
    for (const Assignment &a : report.assignments) {
        const Assignment stored = must(f.periods.assignment(a.id), "assignment");
        QCOMPARE(stored.personId, a.personId);
        QCOMPARE(stored.day, a.day);
    }
}

void TestAutoFill::deterministic()
{
    // The same data in two files gives the same roster; a dry run gives it too.
    QList<QList<Row>> results;
    for (int run = 0; run < 2; ++run) {
        Fixture f;
        Generated g(f, 6, 8, 4, 7);
        AutoFill::Options dry;
        dry.dryRun = true;
        const AutoFill::Report planned = fill(f, g.period, dry);
        const AutoFill::Report done = fill(f, g.period);
        QCOMPARE(planned.filled, done.filled);
        for (int i = 0; i < planned.assignments.size(); ++i) {
            QCOMPARE(planned.assignments.at(i).personId, done.assignments.at(i).personId);
            QCOMPARE(planned.assignments.at(i).day, done.assignments.at(i).day);
        }
        results << rows(f, g.period);
    }
    QCOMPARE(results.at(0).size(), results.at(1).size());
    QVERIFY(results.at(0) == results.at(1));
}

void TestAutoFill::reportJson()
{
    Fixture f;
    const Id period = f.period(u"1 ngày"_s, day("2023-07-01"), day("2023-07-01"));
    f.shift(period, u"Ca ngày"_s, "07:30", "17:00");
    f.role(period, u"Lãnh đạo trực"_s, true);
    f.person(f.unit(u"Trường A"_s), u"An"_s);
    const QJsonObject json = AutoFill::toJson(fill(f, period));
    QCOMPARE(json.value(u"filled"_s).toInt(), 0);
    const QJsonObject empty = json.value(u"left_empty"_s).toArray().first().toObject();
    QCOMPARE(empty.value(u"reason"_s).toString(), u"no_leader"_s);
    QCOMPARE(empty.value(u"day"_s).toString(), u"2023-07-01"_s);
    QCOMPARE(empty.value(u"slot"_s).toInt(), 0);
    QVERIFY(json.contains(u"max_spread"_s));
    QCOMPARE(json.value(u"loads"_s).toArray().size(), 1);
}

void TestAutoFill::generatedAtScale()
{
    // 200 units × 10 people (3 leaders) × 5 days × 2 shifts × 3 roles.
    Fixture f;
    const int unitCount = 200;
    Generated g(f, unitCount, 10, 5, 2024);
    QSet<std::pair<Id, QString>> byHand; // person, day of the slots made by the generator
    for (const Row &row : rows(f, g.period))
        byHand.insert({std::get<5>(row), std::get<1>(row)});
    const AutoFill::Report report = fill(f, g.period);
    const int places = unitCount * 5 * 2 * 3;
    const int before = places - report.filled - int(report.leftEmpty.size());
    QVERIFY(before > 0); // the generator took some places by hand
    QCOMPARE(f.count(u"SELECT COUNT(*) FROM assignments"_s), places - int(report.leftEmpty.size()));
    // Places stay empty only where leave and rest leave nobody (a unit down to
    // two leaders can't cover consecutive nights), and each says so.
    QVERIFY2(report.leftEmpty.size() < places / 50,
             qPrintable(QString::number(report.leftEmpty.size())));
    for (const AutoFill::EmptySlot &e : report.leftEmpty) {
        QCOMPARE(e.reason, AutoFill::EmptyReason::NobodyFree);
        QVERIFY(e.message.contains(u"on leave"_s) || e.message.contains(u"rest"_s));
    }

    // Check every rule independently, from what was written.
    QHash<Id, std::pair<Id, bool>> people; // id → unit, leader
    QSqlQuery q = f.db.prepare(u"SELECT id, unit_id, is_leader FROM people"_s);
    QVERIFY(q.exec());
    while (q.next())
        people.insert(q.value(0).toLongLong(), {q.value(1).toLongLong(), q.value(2).toBool()});
    QHash<Id, QList<std::pair<QDate, QDate>>> away;
    QVERIFY(q.exec(u"SELECT person_id, first_day, last_day FROM unavailability"_s));
    while (q.next()) {
        away[q.value(0).toLongLong()]
            << std::make_pair(QDate::fromString(q.value(1).toString(), Qt::ISODate),
                              QDate::fromString(q.value(2).toString(), Qt::ISODate));
    }
    struct Duty
    {
        QDateTime start;
        QDateTime end;
        bool byHand = false;
        bool operator<(const Duty &o) const { return start < o.start; }
    };
    QHash<Id, QList<Duty>> duties;
    QHash<Id, QHash<Id, int>> perUnit; // unit → person → shifts
    const QList<Shift> shifts = must(f.periods.shifts(g.period), "shifts");
    for (const Row &row : rows(f, g.period)) {
        const auto &[unit, dayText, shiftId, roleId, slot, person] = row;
        const QDate d = QDate::fromString(dayText, Qt::ISODate);
        QCOMPARE(people.value(person).first, unit);
        if (roleId == g.lead)
            QVERIFY(people.value(person).second);
        for (const auto &[first, last] : away.value(person))
            QVERIFY2(d < first || d > last, "on duty while away");
        for (const Shift &s : shifts) {
            if (s.id == shiftId)
                duties[person] << Duty {s.startOn(d), s.endOn(d),
                                        byHand.contains({person, dayText})};
        }
        ++perUnit[unit][person];
        Q_UNUSED(slot);
    }
    for (auto it = duties.begin(); it != duties.end(); ++it) {
        auto list = it.value();
        std::sort(list.begin(), list.end());
        for (int i = 1; i < list.size(); ++i) {
            // No overlap, and 12 hours' rest around what auto-fill added.
            const Duty &a = list.at(i - 1);
            const Duty &b = list.at(i);
            QVERIFY2(a.end <= b.start, "overlap");
            if (!a.byHand || !b.byHand)
                QVERIFY2(a.end.secsTo(b.start) >= 12 * 3600, "rest");
        }
    }
    QCOMPARE(must(RosterCheck::check(f.db, g.period), "check").size(),
             int(report.leftEmpty.size()));
    // Fairness: in each unit, the staff who were never away hold numbers of
    // shifts at most one apart, and so do its leaders (kept for leader roles).
    int worst = 0;
    for (auto unit = perUnit.cbegin(); unit != perUnit.cend(); ++unit) {
        for (const bool leaders : {false, true}) {
            int lo = INT_MAX;
            int hi = 0;
            for (auto p = people.cbegin(); p != people.cend(); ++p) {
                if (p.value().first != unit.key() || p.value().second != leaders
                    || away.contains(p.key()))
                    continue;
                const int n = unit.value().value(p.key());
                lo = std::min(lo, n);
                hi = std::max(hi, n);
            }
            if (lo != INT_MAX)
                worst = std::max(worst, hi - lo);
        }
    }
    QVERIFY2(worst <= 1, qPrintable(QString::number(worst)));
    // In weighted load (Tết days count double, nights 1.5) that is at most a night apart.
    QVERIFY2(report.maxSpread > 0 && report.maxSpread <= 3.0,
             qPrintable(QString::number(report.maxSpread)));
    QCOMPARE(report.loads.size(), unitCount);
}

void TestAutoFill::progressIsMonotonicAndReachesTheTotal()
{
    Fixture f;
    Generated g(f, 200, 10, 5, 11);
    QList<std::pair<int, int>> calls;
    AutoFill::Control control;
    control.progress = [&calls](int done, int total) {
        calls << std::make_pair(done, total);
    };
    const AutoFill::Report report = must(AutoFill(f.db).fillPeriod(g.period, control), "fill");
    QVERIFY(report.filled > 5000);
    QVERIFY(calls.size() > 20);
    // Each place counts when planned and again when written (or left empty).
    const int total = 2 * (report.filled + int(report.leftEmpty.size()));
    int last = 0;
    for (const auto &[done, steps] : std::as_const(calls)) {
        QCOMPARE(steps, total);
        QVERIFY2(done >= last, qPrintable(u"%1 after %2"_s.arg(done).arg(last)));
        last = done;
    }
    QCOMPARE(calls.first().first, 0);
    QCOMPARE(calls.last().first, total);
    // Between planning and the end there are reports from the writing.
    const int afterPlanning = total / 2 + int(report.leftEmpty.size());
    QVERIFY(std::any_of(calls.cbegin(), calls.cend(),
                        [&](const auto &c) { return c.first > afterPlanning && c.first < total; }));

    // A unit's fill and a dry run report to the end too.
    Fixture small;
    Generated h(small, 3, 8, 2, 5);
    calls.clear();
    AutoFill::Options dry;
    dry.dryRun = true;
    const AutoFill::Report planned
        = must(AutoFill(small.db, dry).fillUnit(h.period, h.units.first(), control), "dry");
    QVERIFY(planned.filled > 0);
    QCOMPARE(calls.last().first, calls.last().second);
    QCOMPARE(calls.last().second, 2 * (planned.filled + int(planned.leftEmpty.size())));
}

void TestAutoFill::cancelledFillChangesNothing_data()
{
    QTest::addColumn<double>("at"); // the share of the steps done when Cancel comes
    QTest::newRow("before it starts") << -1.0;
    QTest::newRow("while planning") << 0.2;
    QTest::newRow("while writing") << 0.7;
    QTest::newRow("at the last step") << 1.0;
}

void TestAutoFill::cancelledFillChangesNothing()
{
    QFETCH(double, at);
    Fixture f;
    Generated g(f, 200, 10, 5, 2024);
    const QByteArray before = dumpRoster(f);
    const int rowsBefore = f.count(u"SELECT COUNT(*) FROM assignments"_s);
    const quint64 changes = f.db.changeCount();
    std::atomic_bool cancel {at < 0};
    int writtenWhenCancelled = 0;
    AutoFill::Control control;
    control.cancel = &cancel;
    control.progress = [&](int done, int total) {
        if (cancel || done < at * total)
            return;
        cancel = true;
        // The same connection sees what the open transaction wrote so far.
        writtenWhenCancelled = f.count(u"SELECT COUNT(*) FROM assignments"_s) - rowsBefore;
    };
    const Result<AutoFill::Report> r = AutoFill(f.db).fillPeriod(g.period, control);
    QVERIFY(!r);
    QCOMPARE(r.error().code(), Error::Code::Cancelled);
    QVERIFY2(r.message().contains(u"cancelled"_s), qPrintable(r.message()));
    QVERIFY(cancel);
    if (at > 0.5)
        QVERIFY2(writtenWhenCancelled > 1000, qPrintable(QString::number(writtenWhenCancelled)));
    // Rolled back: not a row, not an audit record, not a commit.
    QCOMPARE(dumpRoster(f), before);
    QCOMPARE(f.db.changeCount(), changes);
    // And the next fill works as if nothing had happened.
    QVERIFY(fill(f, g.period).filled > 5000);
}

void TestAutoFill::takeBackAndPutBack()
{
    Fixture f;
    Generated g(f, 40, 8, 5, 3);
    const QList<Row> byHand = rows(f, g.period);
    const QByteArray before = dump(f, u"assignments"_s);
    const AutoFill::Report report = fill(f, g.period);
    QVERIFY(report.filled > 1000);
    const QList<Row> filled = rows(f, g.period);
    const int audits = f.count(u"SELECT COUNT(*) FROM audit_log"_s);

    // Taken back: the roster as it was, one "delete" record per slot, as by hand.
    const QList<Assignment> removed
        = must(AutoFill(f.db).takeBack(g.period, report.assignments), "takeBack");
    QCOMPARE(removed.size(), report.assignments.size());
    QCOMPARE(dump(f, u"assignments"_s), before);
    QCOMPARE(rows(f, g.period), byHand);
    QCOMPARE(f.count(u"SELECT COUNT(*) FROM audit_log"_s), audits + report.filled);
    QCOMPARE(f.count(u"SELECT COUNT(*) FROM audit_log WHERE action = 'delete' AND "
                     "table_name = 'assignments' AND id > ?"_s,
                     {audits}),
             report.filled);
    QSqlQuery q = f.db.prepare(u"SELECT row_id, before_json, after_json FROM audit_log "
                               "ORDER BY id DESC LIMIT 1"_s);
    QVERIFY(q.exec() && q.next());
    const Assignment &last = removed.last();
    QCOMPARE(q.value(0).toLongLong(), last.id);
    const QJsonObject json = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object();
    QCOMPARE(json.value(u"person_id"_s).toInteger(), last.personId);
    QCOMPARE(json.value(u"day"_s).toString(), last.day.toString(Qt::ISODate));
    QCOMPARE(q.value(2).toString(), QString());

    // Put back: the same people in the same places.
    const QList<Assignment> written
        = must(AutoFill(f.db).putBack(g.period, report.assignments), "putBack");
    QCOMPARE(written.size(), report.assignments.size());
    QCOMPARE(rows(f, g.period), filled);
    QCOMPARE(f.count(u"SELECT COUNT(*) FROM audit_log WHERE action = 'insert' AND "
                     "table_name = 'assignments' AND id > ?"_s,
                     {audits}),
             report.filled);
    for (const Assignment &a : {written.first(), written.last()}) {
        const Assignment stored = must(f.periods.assignment(a.id), "assignment");
        QCOMPARE(stored.personId, a.personId);
        QCOMPARE(stored.day, a.day);
        QCOMPARE(stored.version, 1);
    }

    // And again, by the new ids or by cell and holder alike.
    QVERIFY(AutoFill(f.db).takeBack(g.period, written).ok());
    QCOMPARE(rows(f, g.period), byHand);
    // A slot made meanwhile takes the next id: the slots come back with others.
    const Id elsewhere = f.period(u"Khác"_s, day("2024-03-01"), day("2024-03-01"));
    f.assignFree(elsewhere, g.units.first(), day("2024-03-01"),
                 f.shift(elsewhere, u"Ca"_s, "08:00", "09:00"), f.role(elsewhere, u"Trực"_s),
                 u"Khách"_s);
    const QList<Assignment> moved = must(AutoFill(f.db).putBack(g.period, written), "putBack");
    QVERIFY(moved.first().id != report.assignments.first().id);
    QCOMPARE(rows(f, g.period), filled);
    QVERIFY(AutoFill(f.db).takeBack(g.period, report.assignments).ok());
    QCOMPARE(rows(f, g.period), byHand);
}

void TestAutoFill::takeBackRefusesAChangedSlot()
{
    Fixture f;
    Generated g(f, 5, 8, 3, 9);
    const AutoFill::Report report = fill(f, g.period);
    QVERIFY(report.filled > 10);
    // Someone removes one of the filled slots meanwhile.
    QVERIFY(f.periods.unassign(report.assignments.at(3).id));
    const QByteArray before = dumpRoster(f);
    const Result<QList<Assignment>> r = AutoFill(f.db).takeBack(g.period, report.assignments);
    QVERIFY(!r);
    QCOMPARE(r.error().code(), Error::Code::Conflict);
    QCOMPARE(dumpRoster(f), before);
    // The published period is refused too.
    QVERIFY(f.periods.publish(g.period));
    QList<Assignment> rest = report.assignments;
    rest.removeAt(3);
    const Result<QList<Assignment>> locked = AutoFill(f.db).takeBack(g.period, rest);
    QVERIFY(!locked);
    QCOMPARE(locked.error().code(), Error::Code::Invalid);
    QVERIFY(f.periods.reopen(g.period));
    QVERIFY(AutoFill(f.db).takeBack(g.period, rest).ok());
}

void TestAutoFill::putBackFollowsTheRules()
{
    Fixture f;
    Generated g(f, 5, 8, 3, 9);
    const AutoFill::Report report = fill(f, g.period);
    QVERIFY(must(AutoFill(f.db).takeBack(g.period, report.assignments), "takeBack").size()
            == report.assignments.size());
    const Assignment one = *std::find_if(
        report.assignments.cbegin(), report.assignments.cend(),
        [&](const Assignment &a) { return a.shiftId == g.dayShift && a.day > g.firstDay; });

    // Leave taken meanwhile.
    const Id leave = f.away(one.personId, one.day, one.day, u"Ốm"_s);
    QByteArray before = dumpRoster(f);
    Result<QList<Assignment>> r = AutoFill(f.db).putBack(g.period, report.assignments);
    QVERIFY(!r);
    QCOMPARE(r.error().code(), Error::Code::Conflict);
    QVERIFY2(r.message().contains(u"unavailable"_s), qPrintable(r.message()));
    QCOMPARE(dumpRoster(f), before);
    QVERIFY(f.periods.deleteUnavailability(leave));

    // On duty elsewhere at that time meanwhile (another period, same days).
    const Id other = f.period(u"Khác"_s, one.day, one.day);
    const Id otherShift = f.shift(other, u"Cả ngày"_s, "08:00", "09:00");
    const Id otherRole = f.role(other, u"Trực"_s);
    f.assign(other, one.unitId, one.day, otherShift, otherRole, one.personId);
    before = dumpRoster(f);
    r = AutoFill(f.db).putBack(g.period, report.assignments);
    QVERIFY(!r);
    QCOMPARE(r.error().code(), Error::Code::Conflict);
    QVERIFY2(r.message().contains(u"already on duty"_s), qPrintable(r.message()));
    QCOMPARE(dumpRoster(f), before);

    // A published period is refused; reopened, everything goes back.
    QVERIFY(f.db.exec(u"DELETE FROM duty_periods WHERE id = ?"_s, {other}));
    QVERIFY(f.periods.publish(g.period));
    r = AutoFill(f.db).putBack(g.period, report.assignments);
    QVERIFY(!r);
    QCOMPARE(r.error().code(), Error::Code::Invalid);
    QVERIFY(f.periods.reopen(g.period));
    QCOMPARE(must(AutoFill(f.db).putBack(g.period, report.assignments), "putBack").size(),
             report.assignments.size());
}

QTEST_GUILESS_MAIN(TestAutoFill)
#include "tst_autofill.moc"
