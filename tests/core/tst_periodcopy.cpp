#include "PeriodCopy.h"
#include "RosterFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace DutyDesk;
using namespace RosterFixture;
using Policy = PeriodStore::ConflictPolicy;

namespace {

/// The 30/4 period of 2023 (29/4–3/5) with two shifts, two roles and a unit.
struct Source
{
    explicit Source(Fixture &f)
    {
        period = f.period(u"Nghỉ lễ 30/4 – 01/5/2023"_s, day("2023-04-29"), day("2023-05-03"));
        dayShift = f.shift(period, u"Ca ngày"_s, "07:30", "17:00", 0);
        nightShift = f.shift(period, u"Ca đêm"_s, "17:00", "07:30", 1);
        DutyRole lead;
        lead.periodId = period;
        lead.name = u"Lãnh đạo trực"_s;
        lead.leaderRole = true;
        lead.requirements = {{UnitKind::School, 1}, {UnitKind::DistrictOffice, 2}};
        leadRole = must(f.periods.addRole(lead), "addRole").id;
        staffRole = f.role(period, u"Cán bộ trực"_s, false, 2, 1);
        unit = f.unit(u"Trường THPT Hồng Bàng"_s);
        boss = f.person(unit, u"Hiệu trưởng"_s, true);
        an = f.person(unit, u"Nguyễn Văn An"_s);
        binh = f.person(unit, u"Trần Thị Bình"_s);
    }

    Id period;
    Id dayShift;
    Id nightShift;
    Id leadRole;
    Id staffRole;
    Id unit;
    Id boss;
    Id an;
    Id binh;
};

DutyPeriod newPeriod(const QString &title, const QDate &first, const QDate &last)
{
    DutyPeriod p;
    p.title = title;
    p.firstDay = first;
    p.lastDay = last;
    return p;
}

} // namespace

class TestPeriodCopy : public QObject
{
    Q_OBJECT

private slots:
    void copiesShiftsAndRoles();
    void copiesAssignmentsByDayPosition();
    void structureOnly();
    void copiesManySlots();
    void refusesClashes();
    void allowKeepsClashes();
    void newPeriodIsADraft();
    void failureChangesNothing();
    void auditAndJson();
    void publishAndReopen();
};

void TestPeriodCopy::copiesShiftsAndRoles()
{
    Fixture f;
    Source s(f);
    const PeriodCopy::Report report
        = must(PeriodCopy(f.db).copy(
                   s.period,
                   newPeriod(u"Nghỉ lễ 30/4 – 01/5/2024"_s, day("2024-04-27"), day("2024-05-01"))),
               "copy");
    QCOMPARE(report.shifts, 2);
    QCOMPARE(report.roles, 2);
    QVERIFY(report.period.id != NoId);
    QVERIFY(report.period.id != s.period);
    QCOMPARE(report.period.title, u"Nghỉ lễ 30/4 – 01/5/2024"_s);

    const QList<Shift> shifts = must(f.periods.shifts(report.period.id), "shifts");
    QCOMPARE(shifts.size(), 2);
    QCOMPARE(shifts.at(0).name, u"Ca ngày"_s);
    QCOMPARE(shifts.at(1).name, u"Ca đêm"_s);
    QCOMPARE(shifts.at(1).start, at("17:00"));
    QCOMPARE(shifts.at(1).end, at("07:30"));
    QVERIFY(shifts.at(1).crossesMidnight());

    const QList<DutyRole> roles = must(f.periods.roles(report.period.id), "roles");
    QCOMPARE(roles.size(), 2);
    QCOMPARE(roles.at(0).name, u"Lãnh đạo trực"_s);
    QVERIFY(roles.at(0).leaderRole);
    QCOMPARE(roles.at(0).requirements.size(), 2);
    int forDistricts = -1;
    for (const RoleRequirement &r : roles.at(0).requirements) {
        if (r.unitKind == UnitKind::DistrictOffice)
            forDistricts = r.count;
    }
    QCOMPARE(forDistricts, 2);
    QCOMPARE(roles.at(1).requirements.size(), 7);
    // The source is untouched.
    QCOMPARE(must(f.periods.shifts(s.period), "shifts").size(), 2);
}

void TestPeriodCopy::copiesAssignmentsByDayPosition()
{
    Fixture f;
    Source s(f);
    // Day 1 (29/4), day 3 (1/5) and day 5 (3/5) of the old period.
    f.assign(s.period, s.unit, day("2023-04-29"), s.dayShift, s.leadRole, s.boss);
    f.assign(s.period, s.unit, day("2023-04-29"), s.nightShift, s.staffRole, s.an);
    f.assign(s.period, s.unit, day("2023-04-29"), s.nightShift, s.staffRole, s.binh);
    f.assignFree(s.period, s.unit, day("2023-05-01"), s.dayShift, s.staffRole, u"Ông Bảo Vệ"_s,
                 u"0912345678"_s);
    f.assign(s.period, s.unit, day("2023-05-03"), s.dayShift, s.staffRole, s.an);

    // Four days this time: the fifth day's slot is dropped.
    const PeriodCopy::Report report = must(
        PeriodCopy(f.db).copy(s.period, newPeriod(u"2/9"_s, day("2023-08-31"), day("2023-09-03"))),
        "copy");
    QCOMPARE(report.assignments, 4);
    QCOMPARE(report.dropped, 1);
    QCOMPARE(report.skipped.size(), 0);

    const QList<Shift> shifts = must(f.periods.shifts(report.period.id), "shifts");
    const QList<DutyRole> roles = must(f.periods.roles(report.period.id), "roles");
    const QList<Assignment> copied = must(f.periods.assignments(report.period.id), "assignments");
    QCOMPARE(copied.size(), 4);
    QCOMPARE(copied.at(0).day, day("2023-08-31"));
    QCOMPARE(copied.at(0).personId, s.boss);
    QCOMPARE(copied.at(0).shiftId, shifts.at(0).id);
    QCOMPARE(copied.at(0).roleId, roles.at(0).id);
    QCOMPARE(copied.at(1).day, day("2023-08-31"));
    QCOMPARE(copied.at(1).shiftId, shifts.at(1).id);
    QCOMPARE(copied.at(2).day, day("2023-08-31"));
    QCOMPARE(copied.at(3).day, day("2023-09-02"));
    QCOMPARE(copied.at(3).personId, NoId);
    QCOMPARE(copied.at(3).freeName, u"Ông Bảo Vệ"_s);
    QCOMPARE(copied.at(3).freePhone, u"+84912345678"_s);
    // The places within a role are kept.
    QCOMPARE(f.count(u"SELECT COUNT(*) FROM assignments WHERE period_id = ? AND slot = 1"_s,
                     {report.period.id}),
             1);
}

void TestPeriodCopy::structureOnly()
{
    Fixture f;
    Source s(f);
    f.assign(s.period, s.unit, day("2023-04-29"), s.dayShift, s.leadRole, s.boss);
    PeriodCopy::Options options;
    options.copyAssignments = false;
    const PeriodCopy::Report report
        = must(PeriodCopy(f.db).copy(
                   s.period, newPeriod(u"2/9"_s, day("2023-09-01"), day("2023-09-04")), options),
               "copy");
    QCOMPARE(report.shifts, 2);
    QCOMPARE(report.assignments, 0);
    QCOMPARE(must(f.periods.assignments(report.period.id), "assignments").size(), 0);
}

void TestPeriodCopy::copiesManySlots()
{
    // Enough slots for several multi-row statements, names outside the
    // directory among them: every copy lands in its own slot.
    Fixture f;
    Source s(f);
    QList<Id> units;
    must(f.db.transaction([&]() -> Status {
        for (int u = 0; u < 30; ++u) {
            const Id unit = f.unit(u"Trường %1"_s.arg(u));
            for (int d = 0; d < 3; ++d) {
                const QDate when = day("2023-04-29").addDays(d);
                for (const Id shift : {s.dayShift, s.nightShift}) {
                    for (int place = 0; place < 2; ++place) {
                        if ((u + d + place) % 5 == 0)
                            f.assignFree(s.period, unit, when, shift, s.staffRole,
                                         u"Khách %1-%2"_s.arg(u).arg(d), u"0912345678"_s);
                        else
                            f.assign(s.period, unit, when, shift, s.staffRole,
                                     f.person(unit, u"Người %1-%2-%3"_s.arg(u).arg(d).arg(place)),
                                     Policy::Refuse);
                    }
                }
            }
        }
        return {};
    }),
         "generate");
    const PeriodCopy::Report report = must(
        PeriodCopy(f.db).copy(s.period, newPeriod(u"2/9"_s, day("2023-09-01"), day("2023-09-03"))),
        "copy");
    QCOMPARE(report.assignments, 30 * 3 * 2 * 2);
    QCOMPARE(report.skipped.size(), 0);

    auto describe = [&](Id periodId, const QDate &first) {
        QSqlQuery q = f.db.prepare(
            u"SELECT a.id, a.unit_id, a.day, s.name, a.slot, a.person_id, a.free_name, "
            "a.free_phone FROM assignments a JOIN shifts s ON s.id = a.shift_id "
            "WHERE a.period_id = ?"_s);
        q.addBindValue(periodId);
        if (!q.exec())
            qFatal("describe failed");
        QHash<Id, QString> result;
        while (q.next()) {
            const qint64 index
                = first.daysTo(QDate::fromString(q.value(2).toString(), Qt::ISODate));
            result.insert(q.value(0).toLongLong(),
                          u"%1|%2|%3|%4|%5|%6|%7"_s.arg(q.value(1).toString())
                              .arg(index)
                              .arg(q.value(3).toString(), q.value(4).toString(),
                                   q.value(5).toString(), q.value(6).toString(),
                                   q.value(7).toString()));
        }
        return result;
    };
    const QHash<Id, QString> before = describe(s.period, day("2023-04-29"));
    const QHash<Id, QString> after = describe(report.period.id, day("2023-09-01"));
    QCOMPARE(after.size(), before.size());
    QStringList a = before.values();
    QStringList b = after.values();
    a.sort();
    b.sort();
    QCOMPARE(b, a);

    // The audit pairs each new slot with its source.
    QSqlQuery q = f.db.prepare(u"SELECT after_json FROM audit_log WHERE action = 'copy'"_s);
    QVERIFY(q.exec() && q.next());
    const QJsonArray pairs = QJsonDocument::fromJson(q.value(0).toString().toUtf8())
                                 .object()
                                 .value(u"copied"_s)
                                 .toArray();
    QCOMPARE(pairs.size(), after.size());
    for (const QJsonValue &pair : pairs) {
        const Id made = pair.toArray().at(0).toInteger();
        const Id source = pair.toArray().at(1).toInteger();
        QCOMPARE(after.value(made), before.value(source));
    }
}

void TestPeriodCopy::refusesClashes()
{
    Fixture f;
    Source s(f);
    const Id chi = f.person(s.unit, u"Lê Văn Chí"_s);
    const Id dung = f.person(s.unit, u"Phạm Dũng"_s);
    f.assign(s.period, s.unit, day("2023-04-29"), s.dayShift, s.leadRole, s.boss);
    const Id anSlot = f.assign(s.period, s.unit, day("2023-04-29"), s.dayShift, s.staffRole, s.an);
    const Id binhSlot
        = f.assign(s.period, s.unit, day("2023-04-29"), s.nightShift, s.staffRole, s.binh);
    const Id chiSlot = f.assign(s.period, s.unit, day("2023-04-30"), s.dayShift, s.staffRole, chi);
    f.assign(s.period, s.unit, day("2023-04-30"), s.nightShift, s.staffRole, dung);

    // New period 1/9–2/9. An is on leave on 1/9; Bình holds a night shift of
    // another period crossing into 1/9 evening; Chí left.
    const Id other = f.period(u"Trực ATTT"_s, day("2023-09-01"), day("2023-09-01"));
    const Id otherShift = f.shift(other, u"Ca tối"_s, "20:00", "23:00");
    const Id otherRole = f.role(other, u"Trực ATTT"_s);
    f.assign(other, s.unit, day("2023-09-01"), otherShift, otherRole, s.binh);
    f.away(s.an, day("2023-09-01"), day("2023-09-01"), u"Nghỉ phép"_s);
    Person leaving = must(f.directory.person(chi), "person");
    leaving.active = false;
    QVERIFY(f.directory.updatePerson(leaving));

    const PeriodCopy::Report report = must(
        PeriodCopy(f.db).copy(s.period, newPeriod(u"2/9"_s, day("2023-09-01"), day("2023-09-02"))),
        "copy");
    QCOMPARE(report.assignments, 2); // the leader and Dũng
    QCOMPARE(report.skipped.size(), 3);
    QCOMPARE(report.skipped.at(0).source.id, anSlot);
    QCOMPARE(report.skipped.at(0).day, day("2023-09-01"));
    QVERIFY2(report.skipped.at(0).reason.contains(u"Nguyễn Văn An"_s),
             qPrintable(report.skipped.at(0).reason));
    QVERIFY(report.skipped.at(0).reason.contains(u"Nghỉ phép"_s));
    QVERIFY(report.skipped.at(0).reason.contains(u"01/09/2023"_s));
    QCOMPARE(report.skipped.at(1).source.id, binhSlot);
    QVERIFY2(report.skipped.at(1).reason.contains(u"already on duty"_s),
             qPrintable(report.skipped.at(1).reason));
    QCOMPARE(report.skipped.at(2).source.id, chiSlot);
    QVERIFY2(report.skipped.at(2).reason.contains(u"no longer active"_s),
             qPrintable(report.skipped.at(2).reason));
}

void TestPeriodCopy::allowKeepsClashes()
{
    Fixture f;
    Source s(f);
    f.assign(s.period, s.unit, day("2023-04-29"), s.dayShift, s.staffRole, s.an);
    // The same person twice at the same time in the source: Refuse keeps the first.
    f.assign(s.period, f.unit(u"Trường B"_s), day("2023-04-29"), s.dayShift, s.staffRole, s.an);
    f.away(s.an, day("2023-10-01"), day("2023-10-01"));
    const DutyPeriod target = newPeriod(u"Tháng 10"_s, day("2023-10-01"), day("2023-10-02"));
    const PeriodCopy::Report refused = must(PeriodCopy(f.db).copy(s.period, target), "copy");
    QCOMPARE(refused.assignments, 0);
    QCOMPARE(refused.skipped.size(), 2);

    const PeriodCopy::Report kept = must(
        PeriodCopy(f.db).copy(s.period, newPeriod(u"2/9"_s, day("2023-09-01"), day("2023-09-02"))),
        "copy");
    QCOMPARE(kept.assignments, 1);
    QCOMPARE(kept.skipped.size(), 1);
    QVERIFY(kept.skipped.first().reason.contains(u"already on duty"_s));

    PeriodCopy::Options allow;
    allow.policy = Policy::Allow;
    const PeriodCopy::Report all = must(PeriodCopy(f.db).copy(s.period, target, allow), "copy");
    QCOMPARE(all.assignments, 2);
    QCOMPARE(all.skipped.size(), 0);
}

void TestPeriodCopy::newPeriodIsADraft()
{
    Fixture f;
    Source s(f);
    f.assign(s.period, s.unit, day("2023-04-29"), s.dayShift, s.leadRole, s.boss);
    QVERIFY(f.periods.publish(s.period));
    DutyPeriod wanted = newPeriod(u"2/9"_s, day("2023-09-01"), day("2023-09-04"));
    wanted.status = PeriodStatus::Published;
    const PeriodCopy::Report report = must(PeriodCopy(f.db).copy(s.period, wanted), "copy");
    QCOMPARE(report.period.status, PeriodStatus::Draft);
    QCOMPARE(must(f.periods.period(report.period.id), "period").status, PeriodStatus::Draft);
    QCOMPARE(report.assignments, 1);
}

void TestPeriodCopy::failureChangesNothing()
{
    Fixture f;
    Source s(f);
    const int periods = f.count(u"SELECT COUNT(*) FROM duty_periods"_s);
    const int shifts = f.count(u"SELECT COUNT(*) FROM shifts"_s);
    const int audits = f.count(u"SELECT COUNT(*) FROM audit_log"_s);

    const Result<PeriodCopy::Report> missing
        = PeriodCopy(f.db).copy(999, newPeriod(u"x"_s, day("2023-09-01"), day("2023-09-02")));
    QVERIFY(!missing);
    QCOMPARE(missing.error().code(), Error::Code::NotFound);
    const Result<PeriodCopy::Report> backwards
        = PeriodCopy(f.db).copy(s.period, newPeriod(u"x"_s, day("2023-09-02"), day("2023-09-01")));
    QVERIFY(!backwards);
    QCOMPARE(backwards.error().code(), Error::Code::Invalid);
    const Result<PeriodCopy::Report> untitled = PeriodCopy(f.db).copy(
        s.period, newPeriod(QString(), day("2023-09-01"), day("2023-09-02")));
    QVERIFY(!untitled);

    QCOMPARE(f.count(u"SELECT COUNT(*) FROM duty_periods"_s), periods);
    QCOMPARE(f.count(u"SELECT COUNT(*) FROM shifts"_s), shifts);
    QCOMPARE(f.count(u"SELECT COUNT(*) FROM audit_log"_s), audits);
}

void TestPeriodCopy::auditAndJson()
{
    Fixture f;
    Source s(f);
    const Id original
        = f.assign(s.period, s.unit, day("2023-04-29"), s.dayShift, s.leadRole, s.boss);
    const PeriodCopy::Report report = must(
        PeriodCopy(f.db).copy(s.period, newPeriod(u"2/9"_s, day("2023-09-01"), day("2023-09-04"))),
        "copy");
    QSqlQuery q = f.db.prepare(u"SELECT action, table_name, row_id, after_json FROM audit_log "
                               "ORDER BY id DESC LIMIT 1"_s);
    QVERIFY(q.exec() && q.next());
    QCOMPARE(q.value(0).toString(), u"copy"_s);
    QCOMPARE(q.value(1).toString(), u"duty_periods"_s);
    QCOMPARE(q.value(2).toLongLong(), report.period.id);
    const QJsonObject after = QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object();
    QCOMPARE(after.value(u"source_period_id"_s).toInteger(), s.period);
    QCOMPARE(after.value(u"copied"_s).toArray().first().toArray().at(1).toInteger(), original);

    const QJsonObject json = PeriodCopy::toJson(report);
    QCOMPARE(json.value(u"assignments"_s).toInt(), 1);
    QCOMPARE(json.value(u"shifts"_s).toInt(), 2);
    QCOMPARE(json.value(u"period"_s).toObject().value(u"id"_s).toInteger(), report.period.id);
    QVERIFY(json.value(u"skipped"_s).toArray().isEmpty());
}

void TestPeriodCopy::publishAndReopen()
{
    Fixture f;
    Source s(f);
    QVERIFY(f.periods.publish(s.period));
    QCOMPARE(must(f.periods.period(s.period), "period").status, PeriodStatus::Published);
    QVERIFY(f.periods.publish(s.period)); // already published: nothing to do

    Assignment a;
    a.periodId = s.period;
    a.unitId = s.unit;
    a.day = day("2023-04-29");
    a.shiftId = s.dayShift;
    a.roleId = s.leadRole;
    a.personId = s.boss;
    const Result<Assignment> locked = f.periods.assign(a);
    QVERIFY(!locked);
    QVERIFY(locked.message().contains(u"published"_s));
    QVERIFY(!f.periods.addShift(Shift {NoId, s.period, u"Ca thêm"_s, at("06:00"), at("07:00"), 5}));

    QVERIFY(f.periods.reopen(s.period));
    QCOMPARE(must(f.periods.period(s.period), "period").status, PeriodStatus::Draft);
    QVERIFY(f.periods.assign(a));
    QVERIFY(f.periods.reopen(s.period));
    QCOMPARE(f.periods.publish(999).error().code(), Error::Code::NotFound);
    QCOMPARE(f.periods.reopen(999).error().code(), Error::Code::NotFound);
}

QTEST_GUILESS_MAIN(TestPeriodCopy)
#include "tst_periodcopy.moc"
