#include "RosterCheck.h"
#include "RosterFixture.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace DutyDesk;
using namespace RosterFixture;
using Kind = RosterCheck::Kind;
using Problem = RosterCheck::Problem;

namespace {

QList<Problem> ofKind(const QList<Problem> &problems, Kind kind)
{
    QList<Problem> result;
    for (const Problem &p : problems) {
        if (p.kind == kind)
            result << p;
    }
    return result;
}

QList<Problem> checked(Fixture &f, Id periodId, Id unitId = NoId)
{
    return must(RosterCheck::check(f.db, periodId, unitId), "check");
}

/// A period 30/4–1/5/2023 with a day and a night shift and one role.
struct Basic
{
    explicit Basic(Fixture &f)
    {
        period = f.period(u"Nghỉ lễ 30/4 – 01/5/2023"_s, day("2023-04-30"), day("2023-05-01"));
        dayShift = f.shift(period, u"Ca ngày"_s, "07:30", "17:00", 0);
        nightShift = f.shift(period, u"Ca đêm"_s, "17:00", "07:30", 1);
        role = f.role(period, u"Cán bộ trực"_s);
    }
    Id period;
    Id dayShift;
    Id nightShift;
    Id role;
};

} // namespace

class TestRosterCheck : public QObject
{
    Q_OBJECT

private slots:
    void kindKeys();
    void cleanRosterHasNoProblems();
    void gapsPerRequiredPlace();
    void gapsOnlyForStaffedUnits();
    void gapsFollowTheUnitKind();
    void doubleBookingSameTimeTwoUnits();
    void doubleBookingNightCrossesMidnight();
    void doubleBookingAcrossPeriods();
    void unavailablePersonOnDuty();
    void noValidPhone();
    void notALeader();
    void unitScope();
    void orderAndJson();
    void errors();
    void coverageCountsUpToTheRequirement();
};

void TestRosterCheck::kindKeys()
{
    const QList<std::pair<Kind, QString>> expected = {
        {Kind::Gap, u"gap"_s},
        {Kind::DoubleBooking, u"double_booking"_s},
        {Kind::Unavailable, u"unavailable"_s},
        {Kind::NoValidPhone, u"no_valid_phone"_s},
        {Kind::NotALeader, u"not_a_leader"_s},
    };
    for (const auto &[kind, key] : expected) {
        QCOMPARE(RosterCheck::kindKey(kind), key);
        QCOMPARE(RosterCheck::kindFromKey(key), std::optional<Kind>(kind));
        QVERIFY(!RosterCheck::kindName(kind).isEmpty());
    }
    QCOMPARE(RosterCheck::kindFromKey(u"nonsense"_s), std::nullopt);
}

void TestRosterCheck::cleanRosterHasNoProblems()
{
    Fixture f;
    Basic b(f);
    const Id school = f.unit(u"Trường THPT Hồng Bàng"_s);
    const Id an = f.person(school, u"Nguyễn Văn An"_s);
    const Id binh = f.person(school, u"Trần Thị Bình"_s);
    const Id chi = f.person(school, u"Lê Văn Chí"_s);
    // The night of 30/4 ends at 07:30 on 1/5 when the day shift starts: no overlap.
    f.assign(b.period, school, day("2023-04-30"), b.dayShift, b.role, an);
    f.assign(b.period, school, day("2023-04-30"), b.nightShift, b.role, binh);
    f.assign(b.period, school, day("2023-05-01"), b.dayShift, b.role, binh);
    f.assign(b.period, school, day("2023-05-01"), b.nightShift, b.role, chi);
    QCOMPARE(checked(f, b.period).size(), 0);
}

void TestRosterCheck::gapsPerRequiredPlace()
{
    Fixture f;
    const Id period = f.period(u"Tết"_s, day("2024-02-10"), day("2024-02-10"));
    const Id shift = f.shift(period, u"Ca ngày"_s, "07:00", "19:00");
    const Id role = f.role(period, u"Cán bộ trực"_s, false, 3);
    const Id school = f.unit(u"Trường THPT Ngô Quyền"_s);
    const Id an = f.person(school, u"Nguyễn Văn An"_s);
    const Id binh = f.person(school, u"Trần Thị Bình"_s);
    f.assign(period, school, day("2024-02-10"), shift, role, an); // place 0
    const Id second = f.assign(period, school, day("2024-02-10"), shift, role, binh); // place 1
    QVERIFY(f.periods.unassign(
        f.assign(period, school, day("2024-02-10"), shift, role, f.person(school, u"X"_s))));
    QVERIFY(f.periods.unassign(second)); // place 1 is free again, place 2 too

    const QList<Problem> problems = checked(f, period);
    QCOMPARE(problems.size(), 2);
    for (const Problem &p : problems) {
        QCOMPARE(p.kind, Kind::Gap);
        QCOMPARE(p.unitId, school);
        QCOMPARE(p.day, day("2024-02-10"));
        QCOMPARE(p.shiftId, shift);
        QCOMPARE(p.roleId, role);
        QCOMPARE(p.assignmentId, NoId);
        QVERIFY2(p.message.contains(u"Trường THPT Ngô Quyền"_s), qPrintable(p.message));
        QVERIFY(p.message.contains(u"10/02/2024"_s));
        QVERIFY(p.message.contains(u"Ca ngày"_s));
        QVERIFY(p.message.contains(u"Cán bộ trực"_s));
    }
    QCOMPARE(problems.at(0).slot, 1);
    QCOMPARE(problems.at(1).slot, 2);
    QVERIFY(problems.at(0).message.contains(u"2 of 3"_s));
}

void TestRosterCheck::gapsOnlyForStaffedUnits()
{
    Fixture f;
    Basic b(f);
    f.unit(u"Trường cũ"_s, UnitKind::School, false);
    f.unit(u"VNPT Hải Phòng"_s, UnitKind::External);
    const Id office = f.unit(u"Văn phòng Sở"_s, UnitKind::AgencyOffice);
    const QList<Problem> problems = checked(f, b.period);
    QCOMPARE(problems.size(), 4); // 2 days × 2 shifts × 1 role, the office only
    for (const Problem &p : problems) {
        QCOMPARE(p.kind, Kind::Gap);
        QCOMPARE(p.unitId, office);
    }
}

void TestRosterCheck::gapsFollowTheUnitKind()
{
    Fixture f;
    const Id period = f.period(u"2/9"_s, day("2023-09-02"), day("2023-09-02"));
    f.shift(period, u"Ca ngày"_s, "07:30", "17:00");
    DutyRole guard;
    guard.periodId = period;
    guard.name = u"Bảo vệ"_s;
    guard.requirements = {{UnitKind::School, 2}, {UnitKind::DistrictOffice, 0}};
    must(f.periods.addRole(guard), "addRole");
    const Id school = f.unit(u"Trường THPT Thái Phiên"_s, UnitKind::School);
    f.unit(u"Phòng GD&ĐT Lê Chân"_s, UnitKind::DistrictOffice);
    f.unit(u"Trung tâm GDNN-GDTX"_s, UnitKind::Centre); // no requirement at all
    const QList<Problem> problems = checked(f, period);
    QCOMPARE(problems.size(), 2);
    QCOMPARE(problems.at(0).unitId, school);
    QCOMPARE(problems.at(1).unitId, school);
}

void TestRosterCheck::doubleBookingSameTimeTwoUnits()
{
    Fixture f;
    Basic b(f);
    const Id a = f.unit(u"Trường A"_s);
    const Id c = f.unit(u"Trường C"_s);
    const Id an = f.person(a, u"Nguyễn Văn An"_s);
    const Id first = f.assign(b.period, a, day("2023-04-30"), b.dayShift, b.role, an);
    const Id second = f.assign(b.period, c, day("2023-04-30"), b.dayShift, b.role, an);
    const QList<Problem> doubles = ofKind(checked(f, b.period), Kind::DoubleBooking);
    QCOMPARE(doubles.size(), 1);
    const Problem &p = doubles.first();
    QCOMPARE(p.personId, an);
    QCOMPARE(p.assignmentId, first);
    QCOMPARE(p.otherAssignmentId, second);
    QCOMPARE(p.unitId, a);
    QVERIFY2(p.message.contains(u"Nguyễn Văn An"_s), qPrintable(p.message));
    QVERIFY(p.message.contains(u"Trường A"_s));
    QVERIFY(p.message.contains(u"Trường C"_s));
    QVERIFY(p.message.contains(u"30/04/2023"_s));
}

void TestRosterCheck::doubleBookingNightCrossesMidnight()
{
    Fixture f;
    const Id period = f.period(u"30/4"_s, day("2023-04-30"), day("2023-05-01"));
    const Id night = f.shift(period, u"Ca đêm"_s, "17:00", "07:30", 1);
    const Id early = f.shift(period, u"Ca sớm"_s, "06:00", "12:00", 0);
    const Id day_ = f.shift(period, u"Ca ngày"_s, "07:30", "17:00", 2);
    const Id role = f.role(period, u"Cán bộ trực"_s);
    const Id unit = f.unit(u"Trường A"_s);
    const Id an = f.person(unit, u"Nguyễn Văn An"_s);
    const Id binh = f.person(unit, u"Trần Thị Bình"_s);
    // An: the night of 30/4 runs to 07:30 on 1/5, the early shift of 1/5 starts at 06:00.
    const Id nightOf30 = f.assign(period, unit, day("2023-04-30"), night, role, an);
    const Id earlyOf1 = f.assign(period, unit, day("2023-05-01"), early, role, an);
    // Bình: the night of 30/4 then the day shift of 1/5 from 07:30: they only touch.
    f.assign(period, unit, day("2023-04-30"), night, role, binh);
    f.assign(period, unit, day("2023-05-01"), day_, role, binh);
    const QList<Problem> doubles = ofKind(checked(f, period), Kind::DoubleBooking);
    QCOMPARE(doubles.size(), 1);
    QCOMPARE(doubles.first().personId, an);
    QCOMPARE(doubles.first().assignmentId, nightOf30);
    QCOMPARE(doubles.first().otherAssignmentId, earlyOf1);
    QCOMPARE(doubles.first().day, day("2023-04-30"));
}

void TestRosterCheck::doubleBookingAcrossPeriods()
{
    Fixture f;
    Basic b(f);
    const Id other = f.period(u"Trực tăng cường"_s, day("2023-05-01"), day("2023-05-03"));
    const Id morning = f.shift(other, u"Ca sáng"_s, "07:00", "11:00");
    const Id otherRole = f.role(other, u"Trực ATTT"_s);
    const Id unit = f.unit(u"Trường A"_s);
    const Id an = f.person(unit, u"Nguyễn Văn An"_s);
    const Id mine = f.assign(b.period, unit, day("2023-04-30"), b.nightShift, b.role, an);
    const Id theirs = f.assign(other, unit, day("2023-05-01"), morning, otherRole, an);

    const QList<Problem> doubles = ofKind(checked(f, b.period), Kind::DoubleBooking);
    QCOMPARE(doubles.size(), 1);
    QCOMPARE(doubles.first().assignmentId, mine);
    QCOMPARE(doubles.first().otherAssignmentId, theirs);
    QVERIFY2(doubles.first().message.contains(u"Trực tăng cường"_s),
             qPrintable(doubles.first().message));
    // Seen from the other period, the same clash is located there.
    const QList<Problem> fromOther = ofKind(checked(f, other), Kind::DoubleBooking);
    QCOMPARE(fromOther.size(), 1);
    QCOMPARE(fromOther.first().assignmentId, theirs);
    QCOMPARE(fromOther.first().otherAssignmentId, mine);
}

void TestRosterCheck::unavailablePersonOnDuty()
{
    Fixture f;
    Basic b(f);
    const Id unit = f.unit(u"Trường A"_s);
    const Id an = f.person(unit, u"Nguyễn Văn An"_s);
    f.away(an, day("2023-05-01"), day("2023-05-05"), u"Nghỉ phép"_s);
    f.assign(b.period, unit, day("2023-04-30"), b.dayShift, b.role, an);
    const Id onLeave = f.assign(b.period, unit, day("2023-05-01"), b.dayShift, b.role, an);
    const QList<Problem> away = ofKind(checked(f, b.period), Kind::Unavailable);
    QCOMPARE(away.size(), 1);
    QCOMPARE(away.first().assignmentId, onLeave);
    QCOMPARE(away.first().personId, an);
    QVERIFY(away.first().message.contains(u"Nghỉ phép"_s));
    QVERIFY(away.first().message.contains(u"05/05/2023"_s));
}

void TestRosterCheck::noValidPhone()
{
    Fixture f;
    Basic b(f);
    const Id unit = f.unit(u"Trường A"_s);
    const Id withPhone = f.person(unit, u"Có Số"_s);
    const Id without = f.person(unit, u"Không Số"_s, false, true, QString());
    const Id shortOnly = f.person(unit, u"Số Ngắn"_s, false, true, u"113"_s);
    f.assign(b.period, unit, day("2023-04-30"), b.dayShift, b.role, withPhone);
    const Id a = f.assign(b.period, unit, day("2023-04-30"), b.nightShift, b.role, without);
    const Id c = f.assign(b.period, unit, day("2023-05-01"), b.dayShift, b.role, shortOnly);
    const Id free
        = f.assignFree(b.period, unit, day("2023-05-01"), b.nightShift, b.role, u"Ông Bảo Vệ"_s);
    f.assignFree(b.period, unit, day("2023-05-01"), b.nightShift, b.role, u"Bà Có Số"_s,
                 u"0912345678"_s);
    const QList<Problem> phones = ofKind(checked(f, b.period), Kind::NoValidPhone);
    QCOMPARE(phones.size(), 3);
    QCOMPARE(phones.at(0).assignmentId, a);
    QCOMPARE(phones.at(0).personId, without);
    QVERIFY(phones.at(0).message.contains(u"Không Số"_s));
    QCOMPARE(phones.at(1).assignmentId, c);
    QCOMPARE(phones.at(2).assignmentId, free);
    QCOMPARE(phones.at(2).personId, NoId);
    QCOMPARE(phones.at(2).personName, u"Ông Bảo Vệ"_s);
}

void TestRosterCheck::notALeader()
{
    Fixture f;
    const Id period = f.period(u"30/4"_s, day("2023-04-30"), day("2023-04-30"));
    const Id shift = f.shift(period, u"Ca ngày"_s, "07:30", "17:00");
    const Id lead = f.role(period, u"Lãnh đạo trực"_s, true, 1, 0);
    const Id staff = f.role(period, u"Cán bộ trực"_s, false, 1, 1);
    const Id unit = f.unit(u"Trường A"_s);
    const Id boss = f.person(unit, u"Hiệu Trưởng"_s, true);
    const Id clerk = f.person(unit, u"Nhân Viên"_s);
    const Id other = f.person(unit, u"Nhân Viên Hai"_s);
    const Id wrong = f.assign(period, unit, day("2023-04-30"), shift, lead, clerk);
    f.assign(period, unit, day("2023-04-30"), shift, staff, other);
    QList<Problem> problems = checked(f, period);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().kind, Kind::NotALeader);
    QCOMPARE(problems.first().assignmentId, wrong);
    QVERIFY(problems.first().message.contains(u"Nhân Viên"_s));
    QVERIFY(problems.first().message.contains(u"Lãnh đạo trực"_s));

    // A leader may hold a leader role and, as well, a staff role.
    QVERIFY(f.periods.unassign(wrong));
    f.assign(period, unit, day("2023-04-30"), shift, lead, boss);
    QCOMPARE(checked(f, period).size(), 0);
}

void TestRosterCheck::unitScope()
{
    Fixture f;
    Basic b(f);
    const Id a = f.unit(u"Trường A"_s);
    const Id c = f.unit(u"Trường C"_s);
    const Id an = f.person(a, u"Nguyễn Văn An"_s);
    const Id inA = f.assign(b.period, a, day("2023-04-30"), b.dayShift, b.role, an);
    const Id inC = f.assign(b.period, c, day("2023-04-30"), b.dayShift, b.role, an);

    const QList<Problem> all = checked(f, b.period);
    QCOMPARE(ofKind(all, Kind::Gap).size(), 6);
    QCOMPARE(ofKind(all, Kind::DoubleBooking).size(), 1);

    const QList<Problem> onlyA = checked(f, b.period, a);
    QCOMPARE(ofKind(onlyA, Kind::Gap).size(), 3);
    for (const Problem &p : onlyA)
        QCOMPARE(p.unitId, a);
    QCOMPARE(ofKind(onlyA, Kind::DoubleBooking).size(), 1);
    QCOMPARE(ofKind(onlyA, Kind::DoubleBooking).first().assignmentId, inA);

    const QList<Problem> onlyC = checked(f, b.period, c);
    QCOMPARE(ofKind(onlyC, Kind::DoubleBooking).size(), 1);
    QCOMPARE(ofKind(onlyC, Kind::DoubleBooking).first().assignmentId, inC);
    QCOMPARE(ofKind(onlyC, Kind::DoubleBooking).first().otherAssignmentId, inA);
    for (const Problem &p : onlyC)
        QCOMPARE(p.unitId, c);
}

void TestRosterCheck::orderAndJson()
{
    Fixture f;
    Basic b(f);
    const Id a = f.unit(u"Trường A"_s);
    const Id c = f.unit(u"Trường C"_s);
    const Id x = f.person(c, u"Không Số"_s, false, true, QString());
    f.assign(b.period, c, day("2023-05-01"), b.nightShift, b.role, x);
    const QList<Problem> problems = checked(f, b.period);
    // Unit A (sorted first) and its four gaps, then C's three gaps and the phone.
    QCOMPARE(problems.size(), 8);
    for (int i = 0; i < 4; ++i)
        QCOMPARE(problems.at(i).unitId, a);
    QCOMPARE(problems.at(0).day, day("2023-04-30"));
    QCOMPARE(problems.at(0).shiftId, b.dayShift);
    QCOMPARE(problems.at(1).shiftId, b.nightShift);
    QCOMPARE(problems.at(2).day, day("2023-05-01"));
    QCOMPARE(problems.last().kind, Kind::NoValidPhone);

    const QJsonObject gap = RosterCheck::toJson(problems.first());
    QCOMPARE(gap.value(u"kind"_s).toString(), u"gap"_s);
    QCOMPARE(gap.value(u"unit"_s).toString(), u"Trường A"_s);
    QCOMPARE(gap.value(u"unit_id"_s).toInteger(), a);
    QCOMPARE(gap.value(u"day"_s).toString(), u"2023-04-30"_s);
    QCOMPARE(gap.value(u"shift"_s).toString(), u"Ca ngày"_s);
    QCOMPARE(gap.value(u"role"_s).toString(), u"Cán bộ trực"_s);
    QCOMPARE(gap.value(u"slot"_s).toInt(), 0);
    QVERIFY(gap.value(u"person_id"_s).isNull());
    QVERIFY(gap.value(u"assignment_id"_s).isNull());
    QCOMPARE(gap.value(u"message"_s).toString(), problems.first().message);

    const QJsonObject phone = RosterCheck::toJson(problems.last());
    QCOMPARE(phone.value(u"kind"_s).toString(), u"no_valid_phone"_s);
    QCOMPARE(phone.value(u"person"_s).toString(), u"Không Số"_s);
    QCOMPARE(phone.value(u"person_id"_s).toInteger(), x);
    QCOMPARE(RosterCheck::toJson(problems).size(), 8);
}

void TestRosterCheck::errors()
{
    Fixture f;
    Basic b(f);
    const Result<QList<Problem>> noPeriod = RosterCheck::check(f.db, 999);
    QVERIFY(!noPeriod);
    QCOMPARE(noPeriod.error().code(), Error::Code::NotFound);
    const Result<QList<Problem>> noUnit = RosterCheck::check(f.db, b.period, 999);
    QVERIFY(!noUnit);
    QCOMPARE(noUnit.error().code(), Error::Code::NotFound);
}

QTEST_GUILESS_MAIN(TestRosterCheck)
#include "tst_rostercheck.moc"

void TestRosterCheck::coverageCountsUpToTheRequirement()
{
    Fixture f;
    const Id period = f.period(u"2/9"_s, day("2023-09-01"), day("2023-09-02"));
    const Id shift = f.shift(period, u"Ca ngày"_s, "07:30", "17:00");
    DutyRole guard;
    guard.periodId = period;
    guard.name = u"Bảo vệ"_s;
    guard.requirements = {{UnitKind::School, 2}, {UnitKind::DistrictOffice, 0}};
    const Id guardRole = must(f.periods.addRole(guard), "addRole").id;
    const Id leader = f.role(period, u"Lãnh đạo trực"_s, false, 1, 1);
    const Id school = f.unit(u"Trường THPT Thái Phiên"_s, UnitKind::School);
    const Id office = f.unit(u"Phòng GD&ĐT Lê Chân"_s, UnitKind::DistrictOffice);
    const QDate first = day("2023-09-01");
    const QDate second = day("2023-09-02");
    // Three guards where two are asked for: two count.
    for (int i = 0; i < 3; ++i)
        f.assign(period, school, first, shift, guardRole, f.person(school, u"Bảo vệ %1"_s.arg(i)));
    f.assign(period, school, first, shift, leader, f.person(school, u"Hiệu trưởng"_s, true));
    f.assign(period, school, second, shift, guardRole, f.person(school, u"Bảo vệ 9"_s));
    // A guard the office's kind is not asked for does not count.
    f.assign(period, office, first, shift, guardRole, f.person(office, u"Bảo vệ phòng"_s));
    f.assign(period, office, first, shift, leader, f.person(office, u"Trưởng phòng"_s, true));

    auto heldOf = [](const QList<PeriodStore::DayCoverage> &rows, Id unit, const QDate &d) {
        for (const PeriodStore::DayCoverage &c : rows) {
            if (c.unitId == unit && c.day == d)
                return c.held;
        }
        return 0;
    };
    const auto all = must(f.periods.coverage(period), "coverage");
    QCOMPARE(all.size(), 3);
    QCOMPARE(heldOf(all, school, first), 3);
    QCOMPARE(heldOf(all, school, second), 1);
    QCOMPARE(heldOf(all, office, first), 1);

    const auto oneDay = must(f.periods.coverage(period, second), "coverage of a day");
    QCOMPARE(oneDay.size(), 1);
    QCOMPARE(oneDay.first().unitId, school);
    QCOMPARE(oneDay.first().held, 1);
    QVERIFY(must(f.periods.coverage(period, day("2023-09-03")), "coverage").isEmpty());
}
