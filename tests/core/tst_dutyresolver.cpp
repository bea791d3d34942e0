#include "Database.h"
#include "DirectoryStore.h"
#include "DutyResolver.h"
#include "EscalationStore.h"
#include "PeriodStore.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace DutyDesk;

#define QVERIFY_OK(expr)                                                                           \
    do {                                                                                           \
        const auto &result_ = (expr);                                                              \
        QVERIFY2(result_.ok(), qPrintable(result_.message()));                                     \
    } while (false)

/// Declares `var` as the value of a Result that must be ok.
#define OK_VALUE(var, expr)                                                                        \
    auto var##Result_ = (expr);                                                                    \
    QVERIFY2(var##Result_.ok(), qPrintable(var##Result_.message()));                               \
    auto var = std::move(var##Result_).value()

namespace {

const QDate Apr29(2023, 4, 29);
const QDate Apr30(2023, 4, 30);
const QDate May1(2023, 5, 1);
const QDate May2(2023, 5, 2);
const QDate May3(2023, 5, 3);

QDateTime at(const QDate &day, int hour, int minute = 0)
{
    return QDateTime(day, QTime(hour, minute));
}

QStringList namesOf(const QList<Contact> &contacts)
{
    QStringList names;
    for (const Contact &c : contacts)
        names << c.name;
    return names;
}

} // namespace

/// "Who do I call now?": the running shift (also across midnight), the holders
/// of each role, and the escalation chain resolved to names and numbers, with
/// inheritance from the parent unit.
class TestDutyResolver : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void shiftContainingMoment_data();
    void shiftContainingMoment();
    void runningShifts();
    void holdersPerRole();
    void freeNameHolder();
    void ownChain();
    void schoolInheritsParentChain();
    void parentStepContinuesWithParentChain();
    void roleStepWithNobody();
    void nobodyOnDuty();
    void outsideThePeriod_data();
    void outsideThePeriod();
    void rootWithoutChain();
    void hotlinesOwnThenGlobal();
    void unknownUnit();
    void answerJson();

private:
    void buildTree();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;

    // department → district office → school; an external body with a hotline
    Id m_department = NoId, m_district = NoId, m_school = NoId, m_external = NoId;
    Id m_director = NoId, m_districtLeader = NoId, m_districtOfficer = NoId,
       m_districtOfficer2 = NoId, m_teacher = NoId;
    Id m_externalHotline = NoId, m_globalHotline = NoId, m_districtHotline = NoId;
    Id m_period = NoId, m_dayShift = NoId, m_nightShift = NoId;
    Id m_leaderRole = NoId, m_officerRole = NoId;
};

void TestDutyResolver::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestDutyResolver::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = std::make_unique<Database>();
    QVERIFY_OK(m_db->open(m_dir->filePath(QStringLiteral("resolver.db"))));
    buildTree();
}

void TestDutyResolver::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TestDutyResolver::buildTree()
{
    DirectoryStore directory(*m_db);
    PeriodStore periods(*m_db);
    EscalationStore escalation(*m_db);

    auto unit = [&](const QString &name, Id parent, UnitKind kind) {
        Unit u;
        u.name = name;
        u.parentId = parent;
        u.kind = kind;
        return directory.addUnit(u);
    };
    OK_VALUE(department,
             unit(QStringLiteral("Sở Giáo dục và Đào tạo"), NoId, UnitKind::Department));
    OK_VALUE(district,
             unit(QStringLiteral("Phòng GD&ĐT quận Hồng Bàng"), department.id,
                  UnitKind::DistrictOffice));
    OK_VALUE(school, unit(QStringLiteral("Trường THPT Hồng Bàng"), district.id, UnitKind::School));
    OK_VALUE(
        external,
        unit(QStringLiteral("Trung tâm Giám sát an toàn thông tin"), NoId, UnitKind::External));
    m_department = department.id;
    m_district = district.id;
    m_school = school.id;
    m_external = external.id;

    auto person
        = [&](Id unitId, const QString &name, const QString &position, const QStringList &numbers) {
              Person p;
              p.unitId = unitId;
              p.fullName = name;
              p.position = position;
              for (const QString &n : numbers)
                  p.phones << PhoneEntry {NoId, PhoneKind::Mobile, n};
              return directory.addPerson(p);
          };
    OK_VALUE(director,
             person(m_department, QStringLiteral("Nguyễn Văn Bình"), QStringLiteral("Giám đốc"),
                    {QStringLiteral("0913 000 111")}));
    OK_VALUE(leader,
             person(m_district, QStringLiteral("Trần Thị Lan"), QStringLiteral("Trưởng phòng"),
                    {QStringLiteral("0904 185 683"), QStringLiteral("0225 3842 123")}));
    OK_VALUE(officer,
             person(m_district, QStringLiteral("Phạm Đức Tính"), QStringLiteral("Chuyên viên"),
                    {QStringLiteral("0987 654 321")}));
    OK_VALUE(officer2,
             person(m_district, QStringLiteral("Lê Văn Hùng"), QStringLiteral("Chuyên viên"),
                    {QStringLiteral("0976 111 222")}));
    OK_VALUE(teacher,
             person(m_school, QStringLiteral("Hoàng Thị Mai"), QStringLiteral("Giáo viên"),
                    {QStringLiteral("0965 333 444")}));
    m_director = director.id;
    m_districtLeader = leader.id;
    m_districtOfficer = officer.id;
    m_districtOfficer2 = officer2.id;
    m_teacher = teacher.id;

    auto hotline = [&](Id unitId, const QString &label, const QString &number) {
        Hotline h;
        h.unitId = unitId;
        h.label = label;
        h.number = number;
        h.hours = QStringLiteral("24/7");
        return directory.addHotline(h);
    };
    OK_VALUE(externalLine,
             hotline(m_external, QStringLiteral("Đường dây nóng ATTT"),
                     QStringLiteral("0225 3822 999")));
    OK_VALUE(globalLine, hotline(NoId, QStringLiteral("Công an"), QStringLiteral("113")));
    OK_VALUE(districtLine,
             hotline(m_district, QStringLiteral("Trực ban Phòng GD&ĐT"),
                     QStringLiteral("0225 3700 700")));
    m_externalHotline = externalLine.id;
    m_globalHotline = globalLine.id;
    m_districtHotline = districtLine.id;

    DutyPeriod period;
    period.title = QStringLiteral("Nghỉ lễ 30/4 – 01/5/2023");
    period.firstDay = Apr29;
    period.lastDay = May3;
    OK_VALUE(p, periods.addPeriod(period));
    m_period = p.id;
    OK_VALUE(day,
             periods.addShift(
                 Shift {NoId, m_period, QStringLiteral("Ca ngày"), QTime(7, 30), QTime(17, 0), 1}));
    OK_VALUE(night,
             periods.addShift(
                 Shift {NoId, m_period, QStringLiteral("Ca đêm"), QTime(17, 0), QTime(7, 30), 2}));
    m_dayShift = day.id;
    m_nightShift = night.id;
    OK_VALUE(
        leaderRole,
        periods.addRole(DutyRole {NoId, m_period, QStringLiteral("Lãnh đạo trực"), true, 1, {}}));
    OK_VALUE(
        officerRole,
        periods.addRole(DutyRole {NoId, m_period, QStringLiteral("Cán bộ trực"), false, 2, {}}));
    m_leaderRole = leaderRole.id;
    m_officerRole = officerRole.id;

    auto assign = [&](const QDate &d, Id shift, Id role, Id personId) {
        Assignment a;
        a.periodId = m_period;
        a.unitId = m_district;
        a.day = d;
        a.shiftId = shift;
        a.roleId = role;
        a.personId = personId;
        return periods.assign(a);
    };
    // The district office is staffed on 30/4 (day and night); nobody anywhere on 2/5.
    QVERIFY_OK(assign(Apr30, m_dayShift, m_leaderRole, m_districtLeader));
    QVERIFY_OK(assign(Apr30, m_dayShift, m_officerRole, m_districtOfficer2));
    QVERIFY_OK(assign(Apr30, m_nightShift, m_leaderRole, m_districtLeader));
    QVERIFY_OK(assign(Apr30, m_nightShift, m_officerRole, m_districtOfficer));
    // The last night, which ends after the period.
    QVERIFY_OK(assign(May3, m_nightShift, m_officerRole, m_districtOfficer));

    // Chains: the department's own; the district's ends with "Parent";
    // the school has none; the external body has none.
    auto step = [&](Id unitId, EscalationTarget target, int wait) {
        EscalationStep s;
        s.unitId = unitId;
        s.target = target;
        s.waitMinutes = wait;
        return s;
    };
    EscalationStep s = step(m_department, EscalationTarget::Role, 10);
    s.roleName = QStringLiteral("Lãnh đạo trực");
    s.instruction = QStringLiteral("báo cáo lãnh đạo Sở");
    QVERIFY_OK(escalation.addStep(s));
    s = step(m_department, EscalationTarget::Hotline, 0);
    s.hotlineId = m_externalHotline;
    s.instruction = QStringLiteral("báo cáo ngay sự cố ATTT");
    QVERIFY_OK(escalation.addStep(s));
    s = step(m_department, EscalationTarget::Person, 15);
    s.personId = m_director;
    QVERIFY_OK(escalation.addStep(s));

    s = step(m_district, EscalationTarget::Role, 5);
    s.roleName = QStringLiteral("cán bộ trực"); // matched without regard to case or marks
    QVERIFY_OK(escalation.addStep(s));
    s = step(m_district, EscalationTarget::Role, 15);
    s.roleName = QStringLiteral("Lãnh đạo trực");
    QVERIFY_OK(escalation.addStep(s));
    QVERIFY_OK(escalation.addStep(step(m_district, EscalationTarget::Parent, 0)));
}

void TestDutyResolver::shiftContainingMoment_data()
{
    QTest::addColumn<QDateTime>("moment");
    QTest::addColumn<QString>("shift"); // empty: none
    QTest::addColumn<QDate>("shiftDay");
    const QString day = QStringLiteral("Ca ngày"), night = QStringLiteral("Ca đêm");
    QTest::newRow("first morning") << at(Apr29, 7, 30) << day << Apr29;
    QTest::newRow("early hours of the first day") << at(Apr29, 3, 0) << QString() << QDate();
    QTest::newRow("30/4 10:00") << at(Apr30, 10, 0) << day << Apr30;
    QTest::newRow("30/4 16:59") << at(Apr30, 16, 59) << day << Apr30;
    QTest::newRow("30/4 17:00") << at(Apr30, 17, 0) << night << Apr30;
    QTest::newRow("30/4 23:59") << at(Apr30, 23, 59) << night << Apr30;
    QTest::newRow("1/5 00:00") << at(May1, 0, 0) << night << Apr30;
    QTest::newRow("1/5 01:00") << at(May1, 1, 0) << night << Apr30;
    QTest::newRow("1/5 07:29") << at(May1, 7, 29) << night << Apr30;
    QTest::newRow("1/5 07:30") << at(May1, 7, 30) << day << May1;
    QTest::newRow("last night, after the last day") << at(QDate(2023, 5, 4), 2, 0) << night << May3;
    QTest::newRow("after the last night") << at(QDate(2023, 5, 4), 7, 30) << QString() << QDate();
    QTest::newRow("before the period") << at(QDate(2023, 4, 28), 12, 0) << QString() << QDate();
    QTest::newRow("the evening before") << at(QDate(2023, 4, 28), 20, 0) << QString() << QDate();
    QTest::newRow("months later") << at(QDate(2023, 9, 2), 10, 0) << QString() << QDate();
}

void TestDutyResolver::shiftContainingMoment()
{
    QFETCH(QDateTime, moment);
    QFETCH(QString, shift);
    QFETCH(QDate, shiftDay);
    OK_VALUE(answer, DutyResolver(*m_db).resolve(m_district, moment));
    QCOMPARE(answer.at, moment);
    if (shift.isEmpty()) {
        QVERIFY(!answer.shift);
        QVERIFY(!answer.period);
        QVERIFY(answer.onDuty.isEmpty());
        QVERIFY(!answer.notice.isEmpty());
        QVERIFY(!answer.escalation.isEmpty()); // the chain is still given
        return;
    }
    QVERIFY(answer.shift);
    QCOMPARE(answer.shift->name, shift);
    QCOMPARE(answer.shiftDay, shiftDay);
    QVERIFY(answer.period);
    QCOMPARE(answer.period->id, m_period);
    QVERIFY(answer.shift->startOn(answer.shiftDay) <= moment);
    QVERIFY(moment < answer.shift->endOn(answer.shiftDay));
}

void TestDutyResolver::runningShifts()
{
    DutyResolver resolver(*m_db);
    OK_VALUE(running, resolver.runningShifts(at(May1, 1, 0)));
    QCOMPARE(running.size(), 1);
    QCOMPARE(running.first().shift.id, m_nightShift);
    QCOMPARE(running.first().day, Apr30);
    QCOMPARE(running.first().period.id, m_period);
    QVERIFY(resolver.runningShifts(at(QDate(2023, 4, 28), 12, 0))->isEmpty());
}

void TestDutyResolver::holdersPerRole()
{
    OK_VALUE(answer, DutyResolver(*m_db).resolve(m_district, at(May1, 1, 0)));
    QCOMPARE(answer.unit.id, m_district);
    QCOMPARE(answer.onDuty.size(), 2);
    // In the roles' order: the leader role first.
    const OnDuty &leader = answer.onDuty.at(0);
    QCOMPARE(leader.roleId, m_leaderRole);
    QCOMPARE(leader.roleName, QStringLiteral("Lãnh đạo trực"));
    QVERIFY(leader.leaderRole);
    QCOMPARE(leader.contact.personId, m_districtLeader);
    QCOMPARE(leader.contact.name, QStringLiteral("Trần Thị Lan"));
    QCOMPARE(leader.contact.position, QStringLiteral("Trưởng phòng"));
    QCOMPARE(leader.contact.unitName, QStringLiteral("Phòng GD&ĐT quận Hồng Bàng"));
    QCOMPARE(leader.contact.phones,
             (QStringList {QStringLiteral("+84904185683"), QStringLiteral("+842253842123")}));
    const OnDuty &officer = answer.onDuty.at(1);
    QCOMPARE(officer.roleName, QStringLiteral("Cán bộ trực"));
    QVERIFY(!officer.leaderRole);
    QCOMPARE(officer.contact.name, QStringLiteral("Phạm Đức Tính"));
    QCOMPARE(officer.contact.phones, QStringList {QStringLiteral("+84987654321")});
    QVERIFY(answer.notice.isEmpty());

    // The day shift of the same day has other holders.
    OK_VALUE(day, DutyResolver(*m_db).resolve(m_district, at(Apr30, 9, 0)));
    QCOMPARE(day.onDuty.size(), 2);
    QCOMPARE(day.onDuty.at(1).contact.name, QStringLiteral("Lê Văn Hùng"));
}

void TestDutyResolver::freeNameHolder()
{
    PeriodStore periods(*m_db);
    Assignment a;
    a.periodId = m_period;
    a.unitId = m_school;
    a.day = May1;
    a.shiftId = m_dayShift;
    a.roleId = m_officerRole;
    a.freeName = QStringLiteral("Bảo vệ Trần Văn Khách");
    a.freePhone = QStringLiteral("0912 345 678");
    QVERIFY_OK(periods.assign(a));
    OK_VALUE(answer, DutyResolver(*m_db).resolve(m_school, at(May1, 10, 0)));
    QCOMPARE(answer.onDuty.size(), 1);
    QCOMPARE(answer.onDuty.first().contact.personId, NoId);
    QCOMPARE(answer.onDuty.first().contact.name, QStringLiteral("Bảo vệ Trần Văn Khách"));
    QCOMPARE(answer.onDuty.first().contact.phones, QStringList {QStringLiteral("+84912345678")});
    QCOMPARE(answer.onDuty.first().contact.unitName, QStringLiteral("Trường THPT Hồng Bàng"));
}

void TestDutyResolver::ownChain()
{
    OK_VALUE(answer, DutyResolver(*m_db).resolve(m_department, at(May1, 1, 0)));
    QCOMPARE(answer.escalation.size(), 3);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(answer.escalation.at(i).order, i + 1);
        QVERIFY(!answer.escalation.at(i).inherited);
        QCOMPARE(answer.escalation.at(i).ownerUnitId, m_department);
    }
    // Nobody holds the department's leader role: the step says so.
    const ResolvedStep &role = answer.escalation.at(0);
    QCOMPARE(role.target, EscalationTarget::Role);
    QVERIFY(role.contacts.isEmpty());
    QVERIFY(!role.problem.isEmpty());
    QCOMPARE(role.waitMinutes, 10);
    QCOMPARE(role.instruction, QStringLiteral("báo cáo lãnh đạo Sở"));
    QVERIFY(role.label.contains(QStringLiteral("Lãnh đạo trực")));
    // The hotline step: its label and number.
    const ResolvedStep &line = answer.escalation.at(1);
    QCOMPARE(line.target, EscalationTarget::Hotline);
    QCOMPARE(line.label, QStringLiteral("Đường dây nóng ATTT"));
    QCOMPARE(line.contacts.size(), 1);
    QCOMPARE(line.contacts.first().phones, QStringList {QStringLiteral("+842253822999")});
    QCOMPARE(line.contacts.first().unitName,
             QStringLiteral("Trung tâm Giám sát an toàn thông tin"));
    QVERIFY(line.problem.isEmpty());
    // The person step: name and numbers.
    const ResolvedStep &person = answer.escalation.at(2);
    QCOMPARE(person.target, EscalationTarget::Person);
    QCOMPARE(person.label, QStringLiteral("Nguyễn Văn Bình"));
    QCOMPARE(namesOf(person.contacts), QStringList {QStringLiteral("Nguyễn Văn Bình")});
    QCOMPARE(person.contacts.first().phones, QStringList {QStringLiteral("+84913000111")});
    QCOMPARE(person.contacts.first().position, QStringLiteral("Giám đốc"));
    QVERIFY(person.problem.isEmpty());
}

void TestDutyResolver::schoolInheritsParentChain()
{
    OK_VALUE(answer, DutyResolver(*m_db).resolve(m_school, at(May1, 1, 0)));
    // The district's two role steps, then (through its "Parent" step) the
    // department's three steps: all inherited.
    QCOMPARE(answer.escalation.size(), 5);
    for (int i = 0; i < answer.escalation.size(); ++i) {
        const ResolvedStep &step = answer.escalation.at(i);
        QCOMPARE(step.order, i + 1);
        QVERIFY2(step.inherited, qPrintable(step.label));
        QCOMPARE(step.ownerUnitId, i < 2 ? m_district : m_department);
    }
    QCOMPARE(answer.escalation.at(0).ownerUnitName, QStringLiteral("Phòng GD&ĐT quận Hồng Bàng"));
    QCOMPARE(namesOf(answer.escalation.at(0).contacts),
             QStringList {QStringLiteral("Phạm Đức Tính")});
    QCOMPARE(answer.escalation.at(0).waitMinutes, 5);
    QCOMPARE(namesOf(answer.escalation.at(1).contacts),
             QStringList {QStringLiteral("Trần Thị Lan")});
    QCOMPARE(answer.escalation.at(1).contacts.first().phones.size(), 2);
    QCOMPARE(answer.escalation.at(2).ownerUnitName, QStringLiteral("Sở Giáo dục và Đào tạo"));
    // The school itself has nobody on duty.
    QVERIFY(answer.onDuty.isEmpty());
    QVERIFY(!answer.notice.isEmpty());

    // With a chain of its own, nothing is inherited any more.
    EscalationStore escalation(*m_db);
    EscalationStep own;
    own.unitId = m_school;
    own.target = EscalationTarget::Person;
    own.personId = m_teacher;
    QVERIFY_OK(escalation.addStep(own));
    OK_VALUE(withOwn, DutyResolver(*m_db).resolve(m_school, at(May1, 1, 0)));
    QCOMPARE(withOwn.escalation.size(), 1);
    QVERIFY(!withOwn.escalation.first().inherited);
    QCOMPARE(withOwn.escalation.first().label, QStringLiteral("Hoàng Thị Mai"));
}

void TestDutyResolver::parentStepContinuesWithParentChain()
{
    OK_VALUE(answer, DutyResolver(*m_db).resolve(m_district, at(May1, 1, 0)));
    QCOMPARE(answer.escalation.size(), 5);
    QVERIFY(!answer.escalation.at(0).inherited);
    QVERIFY(!answer.escalation.at(1).inherited);
    QCOMPARE(answer.escalation.at(0).target, EscalationTarget::Role);
    QCOMPARE(answer.escalation.at(1).waitMinutes, 15);
    // The "Parent" step itself is replaced by the department's chain.
    for (int i = 2; i < 5; ++i) {
        QVERIFY(answer.escalation.at(i).inherited);
        QCOMPARE(answer.escalation.at(i).ownerUnitId, m_department);
        QVERIFY(answer.escalation.at(i).target != EscalationTarget::Parent);
    }
    QCOMPARE(answer.escalation.at(2).target, EscalationTarget::Role);
    QCOMPARE(answer.escalation.at(3).target, EscalationTarget::Hotline);
    QCOMPARE(answer.escalation.at(4).target, EscalationTarget::Person);
    QCOMPARE(answer.escalation.at(4).order, 5);

    // A parent step in the middle keeps what follows it.
    EscalationStore escalation(*m_db);
    EscalationStep after;
    after.unitId = m_district;
    after.target = EscalationTarget::Hotline;
    after.hotlineId = m_districtHotline;
    QVERIFY_OK(escalation.addStep(after));
    OK_VALUE(longer, DutyResolver(*m_db).resolve(m_district, at(May1, 1, 0)));
    QCOMPARE(longer.escalation.size(), 6);
    QCOMPARE(longer.escalation.last().label, QStringLiteral("Trực ban Phòng GD&ĐT"));
    QVERIFY(!longer.escalation.last().inherited);
}

void TestDutyResolver::roleStepWithNobody()
{
    // The last night has an officer but no leader.
    OK_VALUE(answer, DutyResolver(*m_db).resolve(m_district, at(QDate(2023, 5, 4), 2, 0)));
    QCOMPARE(answer.onDuty.size(), 1);
    QVERIFY(answer.notice.isEmpty());
    const ResolvedStep &officer = answer.escalation.at(0);
    QVERIFY(officer.problem.isEmpty());
    QCOMPARE(namesOf(officer.contacts), QStringList {QStringLiteral("Phạm Đức Tính")});
    const ResolvedStep &leader = answer.escalation.at(1);
    QVERIFY(leader.contacts.isEmpty());
    QVERIFY(!leader.problem.isEmpty());
}

void TestDutyResolver::nobodyOnDuty()
{
    OK_VALUE(answer, DutyResolver(*m_db).resolve(m_district, at(May2, 10, 0)));
    QVERIFY(answer.shift); // a shift runs, but nobody holds it here
    QCOMPARE(answer.shift->id, m_dayShift);
    QVERIFY(answer.onDuty.isEmpty());
    QVERIFY(!answer.notice.isEmpty());
    QVERIFY(answer.notice.contains(QStringLiteral("Phòng GD&ĐT quận Hồng Bàng")));
    QCOMPARE(answer.escalation.size(), 5);
    QVERIFY(!answer.escalation.at(0).problem.isEmpty());
    QVERIFY(!answer.escalation.at(1).problem.isEmpty());
    // Steps to a hotline or a person are still callable.
    QVERIFY(answer.escalation.at(3).problem.isEmpty());
    QCOMPARE(answer.escalation.at(3).contacts.size(), 1);
    QVERIFY(answer.escalation.at(4).problem.isEmpty());
}

void TestDutyResolver::outsideThePeriod_data()
{
    QTest::addColumn<QDateTime>("moment");
    QTest::newRow("before") << at(QDate(2023, 4, 28), 12, 0);
    QTest::newRow("after") << at(QDate(2023, 5, 4), 12, 0);
}

void TestDutyResolver::outsideThePeriod()
{
    QFETCH(QDateTime, moment);
    OK_VALUE(answer, DutyResolver(*m_db).resolve(m_school, moment));
    QVERIFY(!answer.period);
    QVERIFY(!answer.shift);
    QVERIFY(answer.onDuty.isEmpty());
    QVERIFY(!answer.notice.isEmpty());
    QCOMPARE(answer.escalation.size(), 5);
    QCOMPARE(answer.escalation.at(4).contacts.first().phones,
             QStringList {QStringLiteral("+84913000111")});
    const QJsonObject json = answer.toJson();
    QVERIFY(json.value(QStringLiteral("shift")).isNull());
    QVERIFY(json.value(QStringLiteral("on_duty")).toArray().isEmpty());
    QCOMPARE(json.value(QStringLiteral("escalation")).toArray().size(), 5);
}

void TestDutyResolver::rootWithoutChain()
{
    OK_VALUE(answer, DutyResolver(*m_db).resolve(m_external, at(May1, 1, 0)));
    QVERIFY(answer.escalation.isEmpty());
    QVERIFY(answer.onDuty.isEmpty());
    QVERIFY(!answer.notice.isEmpty());
}

void TestDutyResolver::hotlinesOwnThenGlobal()
{
    OK_VALUE(district, DutyResolver(*m_db).resolve(m_district, at(May1, 1, 0)));
    QCOMPARE(district.hotlines.size(), 2);
    QCOMPARE(district.hotlines.at(0).id, m_districtHotline);
    QCOMPARE(district.hotlines.at(1).id, m_globalHotline);
    OK_VALUE(school, DutyResolver(*m_db).resolve(m_school, at(May1, 1, 0)));
    QCOMPARE(school.hotlines.size(), 1);
    QCOMPARE(school.hotlines.first().number, QStringLiteral("113"));
}

void TestDutyResolver::unknownUnit()
{
    const Result<DutyAnswer> answer = DutyResolver(*m_db).resolve(4242, at(May1, 1, 0));
    QVERIFY(!answer.ok());
    QCOMPARE(int(answer.error().code()), int(Error::Code::NotFound));
}

void TestDutyResolver::answerJson()
{
    OK_VALUE(answer, DutyResolver(*m_db).resolve(m_school, at(May1, 1, 0)));
    QVERIFY_OK(PeriodStore(*m_db).assign(Assignment {NoId, m_period, m_school, Apr30, m_nightShift,
                                                     m_officerRole, m_teacher, QString(), QString(),
                                                     QString(), 0}));
    OK_VALUE(staffed, DutyResolver(*m_db).resolve(m_school, at(May1, 1, 0)));
    const QJsonObject json = staffed.toJson();
    QCOMPARE(json.value(QStringLiteral("unit")).toString(),
             QStringLiteral("Trường THPT Hồng Bàng"));
    QCOMPARE(json.value(QStringLiteral("at")).toString(), QStringLiteral("2023-05-01 01:00"));
    QCOMPARE(json.value(QStringLiteral("shift")).toString(), QStringLiteral("Ca đêm"));

    const QJsonArray onDuty = json.value(QStringLiteral("on_duty")).toArray();
    QCOMPARE(onDuty.size(), 1);
    const QJsonObject holder = onDuty.first().toObject();
    for (const char *key : {"role", "name", "phones"})
        QVERIFY2(holder.contains(QLatin1String(key)), key);
    QCOMPARE(holder.value(QStringLiteral("role")).toString(), QStringLiteral("Cán bộ trực"));
    QCOMPARE(holder.value(QStringLiteral("name")).toString(), QStringLiteral("Hoàng Thị Mai"));
    QCOMPARE(holder.value(QStringLiteral("phones")).toArray().size(), 1);
    // Shown the Vietnamese way.
    QCOMPARE(holder.value(QStringLiteral("phones")).toArray().first().toString(),
             QStringLiteral("0965 333 444"));

    const QJsonArray chain = json.value(QStringLiteral("escalation")).toArray();
    QCOMPARE(chain.size(), 5);
    for (int i = 0; i < chain.size(); ++i) {
        const QJsonObject step = chain.at(i).toObject();
        for (const char *key : {"order", "name", "phones", "wait_minutes"})
            QVERIFY2(step.contains(QLatin1String(key)), key);
        QCOMPARE(step.value(QStringLiteral("order")).toInt(), i + 1);
    }
    const QJsonObject first = chain.at(0).toObject();
    QCOMPARE(first.value(QStringLiteral("name")).toString(), QStringLiteral("Phạm Đức Tính"));
    QCOMPARE(first.value(QStringLiteral("phones")).toArray().first().toString(),
             QStringLiteral("0987 654 321"));
    QCOMPARE(first.value(QStringLiteral("wait_minutes")).toInt(), 5);
    const QJsonObject hotline = chain.at(3).toObject();
    QCOMPARE(hotline.value(QStringLiteral("name")).toString(),
             QStringLiteral("Đường dây nóng ATTT"));
    QCOMPARE(hotline.value(QStringLiteral("wait_minutes")).toInt(), 0);
    // A step nobody holds is still named, with no number.
    const QJsonObject empty = chain.at(2).toObject();
    QVERIFY(!empty.value(QStringLiteral("name")).toString().isEmpty());
    QVERIFY(empty.value(QStringLiteral("phones")).toArray().isEmpty());

    // Before the school was staffed: nobody on duty, and the notice says so.
    const QJsonObject before = answer.toJson();
    QCOMPARE(before.value(QStringLiteral("on_duty")).toArray().size(), 0);
    QVERIFY(!before.value(QStringLiteral("notice")).toString().isEmpty());
}

QTEST_GUILESS_MAIN(TestDutyResolver)
#include "tst_dutyresolver.moc"
