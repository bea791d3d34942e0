#include "Database.h"
#include "DirectoryStore.h"
#include "DomainNames.h"
#include "DutyLogStore.h"
#include "EscalationStore.h"
#include "Lookup.h"
#include "PeriodStore.h"
#include "SettingsStore.h"

#include <QMap>
#include <QSet>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace DutyDesk;

Q_DECLARE_METATYPE(DutyDesk::Error::Code)

namespace DutyDesk {
// Readable QCOMPARE failures.
char *toString(Error::Code code)
{
    static const char *const names[]
        = {"None", "Invalid", "NotFound", "Ambiguous", "Conflict", "Database", "NewerSchema", "Io"};
    return qstrdup(names[int(code)]);
}
} // namespace DutyDesk

#define QVERIFY_OK(expr)                                                                           \
    do {                                                                                           \
        const auto &result_ = (expr);                                                              \
        QVERIFY2(result_.ok(), qPrintable(result_.message()));                                     \
    } while (false)

#define QVERIFY_ERROR(expr, expectedCode)                                                          \
    do {                                                                                           \
        const auto &result_ = (expr);                                                              \
        QVERIFY2(!result_.ok(), "an error was expected");                                          \
        QCOMPARE(result_.error().code(), expectedCode);                                            \
    } while (false)

/// Declares `var` as the value of a Result that must be ok.
#define OK_VALUE(var, expr)                                                                        \
    auto var##Result_ = (expr);                                                                    \
    QVERIFY2(var##Result_.ok(), qPrintable(var##Result_.message()));                               \
    auto var = std::move(var##Result_).value()

namespace {

Unit makeUnit(const QString &name, Id parentId = NoId, UnitKind kind = UnitKind::School)
{
    Unit unit;
    unit.name = name;
    unit.parentId = parentId;
    unit.kind = kind;
    return unit;
}

Person makePerson(Id unitId, const QString &name, const QStringList &numbers = {})
{
    Person person;
    person.unitId = unitId;
    person.fullName = name;
    for (const QString &number : numbers)
        person.phones << PhoneEntry {NoId, PhoneKind::Mobile, number};
    return person;
}

Hotline makeHotline(Id unitId, const QString &label, const QString &number)
{
    Hotline hotline;
    hotline.unitId = unitId;
    hotline.label = label;
    hotline.number = number;
    return hotline;
}

QStringList numbersOf(const Person &person)
{
    QStringList numbers;
    for (const PhoneEntry &entry : person.phones)
        numbers << entry.e164;
    return numbers;
}

QMap<UnitKind, int> requirementMap(const DutyRole &role)
{
    QMap<UnitKind, int> map;
    for (const RoleRequirement &r : role.requirements)
        map.insert(r.unitKind, r.count);
    return map;
}

QList<Id> idsOf(const QList<EscalationStep> &steps)
{
    QList<Id> ids;
    for (const EscalationStep &step : steps)
        ids << step.id;
    return ids;
}

QList<int> positionsOf(const QList<EscalationStep> &steps)
{
    QList<int> positions;
    for (const EscalationStep &step : steps)
        positions << step.position;
    return positions;
}

QList<int> oneTo(int n)
{
    QList<int> list;
    for (int i = 1; i <= n; ++i)
        list << i;
    return list;
}

EscalationStep roleStep(Id unitId, const QString &role, int wait = 5)
{
    EscalationStep step;
    step.unitId = unitId;
    step.target = EscalationTarget::Role;
    step.roleName = role;
    step.waitMinutes = wait;
    return step;
}

const QDate Apr29(2023, 4, 29);
const QDate Apr30(2023, 4, 30);
const QDate May1(2023, 5, 1);
const QDate May2(2023, 5, 2);
const QDate May3(2023, 5, 3);

} // namespace

/// The stores: every noun's create/read/update/delete, every validation rule,
/// the refusal of stale updates and of changes to a published roster, and the
/// name lookup used by the command line.
class TestStores : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    // units
    void unitCrud();
    void unitNameRequired_data();
    void unitNameRequired();
    void unitNotItsOwnParent();
    void unitNotUnderItsDescendant_data();
    void unitNotUnderItsDescendant();
    void unitParentMustExist();
    void unitStaleUpdateRefused();
    void deleteUnitCascades();

    // people
    void personCrud();
    void personNameRequired_data();
    void personNameRequired();
    void personUnitRequired_data();
    void personUnitRequired();
    void phoneNumbersNormalised_data();
    void phoneNumbersNormalised();
    void invalidPhoneRefused_data();
    void invalidPhoneRefused();
    void duplicatePhonesCollapsed();
    void severalPhonesKeptInOrder();
    void personStaleUpdateRefused();
    void countsWithoutReading();
    void unitsById();

    // hotlines
    void hotlineCrud();
    void hotlineValidation_data();
    void hotlineValidation();
    void hotlineStaleUpdateRefused();

    // periods, shifts, roles
    void periodCrud();
    void periodValidation_data();
    void periodValidation();
    void shiftValidation_data();
    void shiftValidation();
    void nightShiftAccepted();
    void shiftCrud();
    void rolesWithRequirements();
    void roleValidation();

    // assignments
    void assignmentCrud();
    void assignmentDayOutsidePeriod_data();
    void assignmentDayOutsidePeriod();
    void assignmentSlotOfAnotherPeriod();
    void assignmentNeedsPersonOrName_data();
    void assignmentNeedsPersonOrName();
    void overlappingAssignments_data();
    void overlappingAssignments();
    void unavailablePersonRefused();
    void updateAssignmentChecksConflicts();
    void updateAssignmentKeepsItsSlot();
    void assignmentStaleUpdateRefused();
    void publishedPeriodRefusesEdits();
    void unavailabilityValidation();

    // escalation chains
    void stepValidation_data();
    void stepValidation();
    void chainOrdering();
    void setChainReplaces();
    void updateStep();
    void chainStaysNumberedAfterCascade();

    // duty log
    void logTextRequired_data();
    void logTextRequired();
    void logDefaults();
    void logCorrection();
    void logFilters();

    // settings
    void organisationRoundTrip();
    void settingValues();

    // lookup
    void lookupUnit_data();
    void lookupUnit();
    void lookupById();
    void lookupPeriod();

private:
    /// A period with day, night and morning shifts, two roles, two units and
    /// three people, and a second period with its own shift and role.
    void buildRoster();
    Assignment slot(Id unitId, const QDate &day, Id shiftId, Id personId) const;
    qint64 count(const QString &table, const QString &where = {}) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;

    struct Roster
    {
        Id period = NoId, dayShift = NoId, nightShift = NoId, morningShift = NoId;
        Id officer = NoId, leader = NoId;
        Id otherPeriod = NoId, otherShift = NoId, otherRole = NoId;
        Id unitA = NoId, unitB = NoId;
        Id an = NoId, binh = NoId, chi = NoId;
    } r;
};

void TestStores::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qputenv("USER", "vanthu");
}

void TestStores::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = std::make_unique<Database>();
    QVERIFY_OK(m_db->open(m_dir->filePath(QStringLiteral("stores.db"))));
    r = Roster();
}

void TestStores::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

qint64 TestStores::count(const QString &table, const QString &where) const
{
    QSqlQuery q(m_db->connection());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table
                + (where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where))
        || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

void TestStores::buildRoster()
{
    DirectoryStore directory(*m_db);
    PeriodStore periods(*m_db);
    OK_VALUE(root,
             directory.addUnit(
                 makeUnit(QStringLiteral("Sở Giáo dục và Đào tạo"), NoId, UnitKind::Department)));
    OK_VALUE(a, directory.addUnit(makeUnit(QStringLiteral("Trường THPT Ngô Quyền"), root.id)));
    OK_VALUE(b, directory.addUnit(makeUnit(QStringLiteral("Trường THPT Thái Phiên"), root.id)));
    r.unitA = a.id;
    r.unitB = b.id;
    OK_VALUE(an,
             directory.addPerson(makePerson(a.id, QStringLiteral("Nguyễn Văn An"),
                                            {QStringLiteral("0904 185 683")})));
    OK_VALUE(binh,
             directory.addPerson(makePerson(b.id, QStringLiteral("Trần Thị Bình"),
                                            {QStringLiteral("0912 345 678")})));
    OK_VALUE(chi, directory.addPerson(makePerson(a.id, QStringLiteral("Lê Minh Chi"))));
    r.an = an.id;
    r.binh = binh.id;
    r.chi = chi.id;

    DutyPeriod period;
    period.title = QStringLiteral("Nghỉ lễ 30/4 – 01/5/2023");
    period.firstDay = Apr29;
    period.lastDay = May3;
    OK_VALUE(p, periods.addPeriod(period));
    r.period = p.id;
    OK_VALUE(day,
             periods.addShift(
                 Shift {NoId, p.id, QStringLiteral("Ca ngày"), QTime(7, 30), QTime(17, 0), 1}));
    OK_VALUE(night,
             periods.addShift(
                 Shift {NoId, p.id, QStringLiteral("Ca đêm"), QTime(17, 0), QTime(7, 30), 2}));
    OK_VALUE(morning,
             periods.addShift(
                 Shift {NoId, p.id, QStringLiteral("Ca sáng"), QTime(7, 0), QTime(11, 0), 3}));
    r.dayShift = day.id;
    r.nightShift = night.id;
    r.morningShift = morning.id;
    OK_VALUE(officer,
             periods.addRole(DutyRole {NoId, p.id, QStringLiteral("Cán bộ trực"), false, 2, {}}));
    OK_VALUE(leader,
             periods.addRole(DutyRole {NoId, p.id, QStringLiteral("Lãnh đạo trực"), true, 1, {}}));
    r.officer = officer.id;
    r.leader = leader.id;

    period.title = QStringLiteral("Nghỉ lễ 2/9/2023");
    period.firstDay = QDate(2023, 9, 1);
    period.lastDay = QDate(2023, 9, 4);
    OK_VALUE(other, periods.addPeriod(period));
    r.otherPeriod = other.id;
    OK_VALUE(otherShift,
             periods.addShift(
                 Shift {NoId, other.id, QStringLiteral("Ca ngày"), QTime(7, 30), QTime(17, 0), 1}));
    OK_VALUE(
        otherRole,
        periods.addRole(DutyRole {NoId, other.id, QStringLiteral("Cán bộ trực"), false, 1, {}}));
    r.otherShift = otherShift.id;
    r.otherRole = otherRole.id;
}

Assignment TestStores::slot(Id unitId, const QDate &day, Id shiftId, Id personId) const
{
    Assignment a;
    a.periodId = r.period;
    a.unitId = unitId;
    a.day = day;
    a.shiftId = shiftId;
    a.roleId = r.officer;
    a.personId = personId;
    return a;
}

// ---- units ----------------------------------------------------------------

void TestStores::unitCrud()
{
    DirectoryStore directory(*m_db);
    OK_VALUE(root,
             directory.addUnit(makeUnit(QStringLiteral("  Sở Giáo dục   và Đào tạo "), NoId,
                                        UnitKind::Department)));
    QVERIFY(root.id != NoId);
    QCOMPARE(root.name, QStringLiteral("Sở Giáo dục và Đào tạo"));
    QCOMPARE(root.version, 1);

    Unit office
        = makeUnit(QStringLiteral("Phòng GD&ĐT quận Hồng Bàng"), root.id, UnitKind::DistrictOffice);
    office.shortName = QStringLiteral("PGD Hồng Bàng");
    office.code = QStringLiteral(" HB ");
    office.address = QStringLiteral("Số 1  Hoàng Văn Thụ");
    office.sortOrder = 3;
    OK_VALUE(addedOffice, directory.addUnit(office));
    OK_VALUE(school,
             directory.addUnit(makeUnit(QStringLiteral("Trường THPT Hồng Bàng"), addedOffice.id)));

    OK_VALUE(read, directory.unit(addedOffice.id));
    QCOMPARE(read.parentId, root.id);
    QCOMPARE(read.kind, UnitKind::DistrictOffice);
    QCOMPARE(read.name, QStringLiteral("Phòng GD&ĐT quận Hồng Bàng"));
    QCOMPARE(read.shortName, QStringLiteral("PGD Hồng Bàng"));
    QCOMPARE(read.code, QStringLiteral("HB"));
    QCOMPARE(read.address, QStringLiteral("Số 1 Hoàng Văn Thụ"));
    QCOMPARE(read.sortOrder, 3);
    QVERIFY(read.active);
    QCOMPARE(read.version, 1);

    OK_VALUE(all, directory.units());
    QCOMPARE(all.size(), 3);
    OK_VALUE(roots, directory.children(NoId));
    QCOMPARE(roots.size(), 1);
    QCOMPARE(roots.first().id, root.id);
    OK_VALUE(underRoot, directory.children(root.id));
    QCOMPARE(underRoot.size(), 1);
    QCOMPARE(underRoot.first().id, addedOffice.id);
    OK_VALUE(above, directory.ancestors(school.id));
    QCOMPARE(above.size(), 2);
    QCOMPARE(above.at(0).id, addedOffice.id);
    QCOMPARE(above.at(1).id, root.id);

    read.name = QStringLiteral("Phòng Giáo dục và Đào tạo quận Hồng Bàng");
    read.active = false;
    read.kind = UnitKind::AgencyOffice;
    QVERIFY_OK(directory.updateUnit(read));
    QCOMPARE(read.version, 2);
    OK_VALUE(updated, directory.unit(read.id));
    QCOMPARE(updated.name, read.name);
    QVERIFY(!updated.active);
    QCOMPARE(updated.kind, UnitKind::AgencyOffice);
    QCOMPARE(updated.version, 2);

    QVERIFY_ERROR(directory.unit(4242), Error::Code::NotFound);
    Unit ghost = makeUnit(QStringLiteral("Không có"));
    ghost.id = 4242;
    QVERIFY_ERROR(directory.updateUnit(ghost), Error::Code::NotFound);
    QVERIFY_ERROR(directory.deleteUnit(4242), Error::Code::NotFound);

    QVERIFY_OK(directory.deleteUnit(school.id));
    QVERIFY_ERROR(directory.unit(school.id), Error::Code::NotFound);
    QCOMPARE(count(QStringLiteral("audit_log"), QStringLiteral("table_name = 'units'")), 5);
}

void TestStores::unitNameRequired_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("empty") << QString();
    QTest::newRow("spaces") << QStringLiteral("   ");
    QTest::newRow("tabs and newlines") << QStringLiteral("\t \n\r ");
}

void TestStores::unitNameRequired()
{
    QFETCH(QString, name);
    DirectoryStore directory(*m_db);
    QVERIFY_ERROR(directory.addUnit(makeUnit(name)), Error::Code::Invalid);
    QCOMPARE(count(QStringLiteral("units")), 0);

    OK_VALUE(unit, directory.addUnit(makeUnit(QStringLiteral("Trường THPT Trần Phú"))));
    Unit renamed = unit;
    renamed.name = name;
    QVERIFY_ERROR(directory.updateUnit(renamed), Error::Code::Invalid);
    QCOMPARE(directory.unit(unit.id)->name, QStringLiteral("Trường THPT Trần Phú"));
    QCOMPARE(count(QStringLiteral("audit_log")), 1);
}

void TestStores::unitNotItsOwnParent()
{
    DirectoryStore directory(*m_db);
    OK_VALUE(unit, directory.addUnit(makeUnit(QStringLiteral("Trường THPT Trần Phú"))));
    Unit self = unit;
    self.parentId = unit.id;
    QVERIFY_ERROR(directory.updateUnit(self), Error::Code::Invalid);
    QVERIFY_ERROR(directory.moveUnit(unit.id, unit.id), Error::Code::Invalid);
    QCOMPARE(directory.unit(unit.id)->parentId, NoId);
}

void TestStores::unitNotUnderItsDescendant_data()
{
    QTest::addColumn<int>("depth");
    QTest::newRow("child") << 1;
    QTest::newRow("grandchild") << 2;
    QTest::newRow("great-grandchild") << 3;
}

void TestStores::unitNotUnderItsDescendant()
{
    QFETCH(int, depth);
    DirectoryStore directory(*m_db);
    QList<Id> line;
    Id parent = NoId;
    for (int i = 0; i <= 3; ++i) {
        OK_VALUE(unit, directory.addUnit(makeUnit(QStringLiteral("Đơn vị %1").arg(i), parent)));
        line << unit.id;
        parent = unit.id;
    }
    const Status status = directory.moveUnit(line.at(0), line.at(depth));
    QVERIFY_ERROR(status, Error::Code::Invalid);
    QVERIFY(status.message().contains(QStringLiteral("Đơn vị 0")));
    QVERIFY_ERROR(directory.moveUnit(line.at(1), line.at(3)), Error::Code::Invalid);
    // Nothing moved.
    for (int i = 0; i <= 3; ++i)
        QCOMPARE(directory.unit(line.at(i))->parentId, i == 0 ? NoId : line.at(i - 1));
    // Moving the other way is fine: the deepest unit to the top.
    QVERIFY_OK(directory.moveUnit(line.at(3), NoId));
    QVERIFY_OK(directory.moveUnit(line.at(0), line.at(3)));
    QCOMPARE(directory.unit(line.at(0))->parentId, line.at(3));
}

void TestStores::unitParentMustExist()
{
    DirectoryStore directory(*m_db);
    const Result<Unit> orphan = directory.addUnit(makeUnit(QStringLiteral("Mồ côi"), 4242));
    QVERIFY_ERROR(orphan, Error::Code::Invalid);
    QVERIFY(orphan.message().contains(QStringLiteral("4242")));
    QCOMPARE(count(QStringLiteral("units")), 0);
    OK_VALUE(unit, directory.addUnit(makeUnit(QStringLiteral("Trường THPT Trần Phú"))));
    QVERIFY_ERROR(directory.moveUnit(unit.id, 4242), Error::Code::Invalid);
    QVERIFY_ERROR(directory.moveUnit(4242, unit.id), Error::Code::NotFound);
}

void TestStores::unitStaleUpdateRefused()
{
    DirectoryStore directory(*m_db);
    OK_VALUE(unit, directory.addUnit(makeUnit(QStringLiteral("Trường THPT Trần Phú"))));
    Unit first = directory.unit(unit.id).value();
    Unit second = directory.unit(unit.id).value();
    first.name = QStringLiteral("Trường THPT Trần Phú (mới)");
    QVERIFY_OK(directory.updateUnit(first));
    second.address = QStringLiteral("Lê Lợi");
    QVERIFY_ERROR(directory.updateUnit(second), Error::Code::Conflict);
    OK_VALUE(stored, directory.unit(unit.id));
    QCOMPARE(stored.name, first.name);
    QVERIFY(stored.address.isEmpty());
    QCOMPARE(stored.version, 2);
}

void TestStores::deleteUnitCascades()
{
    buildRoster();
    if (QTest::currentTestFailed())
        return;
    DirectoryStore directory(*m_db);
    PeriodStore periods(*m_db);
    EscalationStore escalation(*m_db);
    DutyLogStore log(*m_db);
    const Id root = directory.unit(r.unitA)->parentId;

    // Under unit A: a sub-unit with a person, a hotline, steps, a slot, leave.
    OK_VALUE(annex, directory.addUnit(makeUnit(QStringLiteral("Phân hiệu Ngô Quyền"), r.unitA)));
    OK_VALUE(dung,
             directory.addPerson(makePerson(annex.id, QStringLiteral("Phạm Văn Dũng"),
                                            {QStringLiteral("0987 654 321")})));
    OK_VALUE(hotline,
             directory.addHotline(makeHotline(r.unitA, QStringLiteral("Trực ban"),
                                              QStringLiteral("0225 3842 123"))));
    OK_VALUE(
        global,
        directory.addHotline(makeHotline(NoId, QStringLiteral("Công an"), QStringLiteral("113"))));
    QVERIFY_OK(escalation.addStep(roleStep(r.unitA, QStringLiteral("Cán bộ trực"))));
    QVERIFY_OK(escalation.addStep(roleStep(annex.id, QStringLiteral("Cán bộ trực"))));
    // Steps of another unit that point into A.
    OK_VALUE(rootRole, escalation.addStep(roleStep(root, QStringLiteral("Lãnh đạo trực"))));
    EscalationStep toPerson;
    toPerson.unitId = root;
    toPerson.target = EscalationTarget::Person;
    toPerson.personId = r.an;
    QVERIFY_OK(escalation.addStep(toPerson));
    QVERIFY_OK(periods.assign(slot(r.unitA, Apr30, r.dayShift, r.an)));
    QVERIFY_OK(periods.assign(slot(r.unitB, Apr30, r.dayShift, r.binh)));
    QVERIFY_OK(periods.addUnavailability(Unavailability {NoId, r.chi, May2, May3, {}}));
    DutyLogEntry entry;
    entry.unitId = r.unitA;
    entry.text = QStringLiteral("Nhận ca");
    OK_VALUE(logged, log.add(entry));
    const qint64 auditBefore = count(QStringLiteral("audit_log"));

    QVERIFY_OK(directory.deleteUnit(r.unitA));

    QVERIFY_ERROR(directory.unit(r.unitA), Error::Code::NotFound);
    QVERIFY_ERROR(directory.unit(annex.id), Error::Code::NotFound);
    QCOMPARE(count(QStringLiteral("units")), 2); // root and B
    OK_VALUE(people, directory.people());
    QCOMPARE(people.size(), 1);
    QCOMPARE(people.first().id, r.binh);
    QCOMPARE(count(QStringLiteral("phone_numbers")), 1);
    QVERIFY_ERROR(directory.hotline(hotline.id), Error::Code::NotFound);
    QVERIFY_OK(directory.hotline(global.id));
    QCOMPARE(count(QStringLiteral("escalation_steps")), 1);
    QCOMPARE(escalation.steps(root)->first().id, rootRole.id);
    OK_VALUE(left, periods.assignments(r.period));
    QCOMPARE(left.size(), 1);
    QCOMPARE(left.first().personId, r.binh);
    QCOMPARE(count(QStringLiteral("unavailability")), 0);
    // The duty log keeps what happened, without the unit.
    OK_VALUE(kept, log.entry(logged.id));
    QCOMPARE(kept.unitId, NoId);
    QCOMPARE(kept.text, QStringLiteral("Nhận ca"));

    // Audited: the unit, and the directory records that went with it.
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT table_name, row_id, before_json FROM audit_log WHERE id "
                                  "> %1 AND action = 'delete' ORDER BY id")
                       .arg(auditBefore)));
    QSet<QString> deleted;
    while (q.next()) {
        QVERIFY(!q.value(2).toString().isEmpty());
        deleted << q.value(0).toString() + QLatin1Char('/') + q.value(1).toString();
    }
    for (const QString &expected :
         {QStringLiteral("units/%1").arg(r.unitA), QStringLiteral("units/%1").arg(annex.id),
          QStringLiteral("people/%1").arg(r.an), QStringLiteral("people/%1").arg(r.chi),
          QStringLiteral("people/%1").arg(dung.id), QStringLiteral("hotlines/%1").arg(hotline.id)})
        QVERIFY2(deleted.contains(expected), qPrintable(expected));
}

// ---- people ---------------------------------------------------------------

void TestStores::countsWithoutReading()
{
    DirectoryStore directory(*m_db);
    OK_VALUE(empty, directory.counts());
    QCOMPARE(empty.units, 0);
    QCOMPARE(empty.people, 0);
    OK_VALUE(unit, directory.addUnit(makeUnit(QStringLiteral("Trường THPT Ngô Quyền"))));
    OK_VALUE(other, directory.addUnit(makeUnit(QStringLiteral("Trường THPT Thái Phiên"))));
    QVERIFY(directory.addPerson(makePerson(unit.id, QStringLiteral("Nguyễn Văn An"))));
    QVERIFY(directory.addPerson(makePerson(unit.id, QStringLiteral("Trần Thị Bình"))));
    QVERIFY(directory.addPerson(makePerson(other.id, QStringLiteral("Lê Minh Chi"))));
    OK_VALUE(counts, directory.counts());
    QCOMPARE(counts.units, 2);
    QCOMPARE(counts.people, 3);
}

void TestStores::unitsById()
{
    DirectoryStore directory(*m_db);
    OK_VALUE(a, directory.addUnit(makeUnit(QStringLiteral("Trường THPT Ngô Quyền"))));
    OK_VALUE(b, directory.addUnit(makeUnit(QStringLiteral("Trường THPT Thái Phiên"))));
    OK_VALUE(c, directory.addUnit(makeUnit(QStringLiteral("Trường THPT Trần Phú"))));
    OK_VALUE(none, directory.unitsById({}));
    QVERIFY(none.isEmpty());
    // Duplicates and missing ids are ignored.
    OK_VALUE(some, directory.unitsById({c.id, a.id, c.id, 999999}));
    QCOMPARE(some.size(), 2);
    QSet<Id> ids;
    for (const Unit &u : some)
        ids.insert(u.id);
    QCOMPARE(ids, (QSet<Id> {a.id, c.id}));
    for (const Unit &u : some)
        QCOMPARE(u.name, u.id == a.id ? a.name : c.name);
    // More than one slice of bound values.
    QList<Id> many;
    for (Id id = 1; id <= 1200; ++id)
        many << id;
    OK_VALUE(all, directory.unitsById(many));
    QCOMPARE(all.size(), 3);
    QVERIFY(std::any_of(all.cbegin(), all.cend(), [&](const Unit &u) { return u.id == b.id; }));
}

void TestStores::personCrud()
{
    DirectoryStore directory(*m_db);
    OK_VALUE(unit, directory.addUnit(makeUnit(QStringLiteral("Trường THPT Ngô Quyền"))));
    OK_VALUE(other, directory.addUnit(makeUnit(QStringLiteral("Trường THPT Thái Phiên"))));
    Person person = makePerson(unit.id, QStringLiteral(" Phạm  Đức Tính "));
    person.position = QStringLiteral("Phó Hiệu trưởng");
    person.leader = true;
    person.email = QStringLiteral(" tinh@example.vn ");
    person.notes = QStringLiteral("Trực ATTT");
    person.phones = {{NoId, PhoneKind::Mobile, QStringLiteral("0904.185.683")},
                     {NoId, PhoneKind::Office, QStringLiteral("(0225) 3842 123")}};
    OK_VALUE(added, directory.addPerson(person));
    QVERIFY(added.id != NoId);
    QCOMPARE(added.fullName, QStringLiteral("Phạm Đức Tính"));
    QCOMPARE(added.version, 1);

    OK_VALUE(read, directory.person(added.id));
    QCOMPARE(read.unitId, unit.id);
    QCOMPARE(read.fullName, QStringLiteral("Phạm Đức Tính"));
    QCOMPARE(read.position, QStringLiteral("Phó Hiệu trưởng"));
    QVERIFY(read.leader);
    QVERIFY(!read.itSecurity);
    QCOMPARE(read.email, QStringLiteral("tinh@example.vn"));
    QCOMPARE(read.notes, QStringLiteral("Trực ATTT"));
    QVERIFY(read.active);
    QCOMPARE(numbersOf(read),
             (QStringList {QStringLiteral("+84904185683"), QStringLiteral("+842253842123")}));
    QCOMPARE(read.phones.at(1).kind, PhoneKind::Office);
    QVERIFY(read.phones.at(0).id != NoId);

    OK_VALUE(second, directory.addPerson(makePerson(other.id, QStringLiteral("Lê Thị Hoa"))));
    QCOMPARE(directory.people(unit.id)->size(), 1);
    QCOMPARE(directory.people(other.id)->size(), 1);
    QCOMPARE(directory.people()->size(), 2);

    read.unitId = other.id;
    read.itSecurity = true;
    read.phones.removeFirst();
    QVERIFY_OK(directory.updatePerson(read));
    QCOMPARE(read.version, 2);
    OK_VALUE(updated, directory.person(read.id));
    QCOMPARE(updated.unitId, other.id);
    QVERIFY(updated.itSecurity);
    QCOMPARE(numbersOf(updated), QStringList {QStringLiteral("+842253842123")});
    QCOMPARE(count(QStringLiteral("phone_numbers")), 1);

    QVERIFY_OK(directory.deletePerson(second.id));
    QVERIFY_ERROR(directory.person(second.id), Error::Code::NotFound);
    QVERIFY_ERROR(directory.deletePerson(second.id), Error::Code::NotFound);
    QCOMPARE(count(QStringLiteral("audit_log"), QStringLiteral("table_name = 'people'")), 4);
}

void TestStores::personNameRequired_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("empty") << QString();
    QTest::newRow("spaces") << QStringLiteral("    ");
}

void TestStores::personNameRequired()
{
    QFETCH(QString, name);
    DirectoryStore directory(*m_db);
    OK_VALUE(unit, directory.addUnit(makeUnit(QStringLiteral("Trường THPT Ngô Quyền"))));
    QVERIFY_ERROR(directory.addPerson(makePerson(unit.id, name)), Error::Code::Invalid);
    OK_VALUE(person, directory.addPerson(makePerson(unit.id, QStringLiteral("Lê Thị Hoa"))));
    person.fullName = name;
    QVERIFY_ERROR(directory.updatePerson(person), Error::Code::Invalid);
    QCOMPARE(directory.person(person.id)->fullName, QStringLiteral("Lê Thị Hoa"));
}

void TestStores::personUnitRequired_data()
{
    QTest::addColumn<Id>("unitId");
    QTest::newRow("no unit") << NoId;
    QTest::newRow("missing unit") << Id(4242);
}

void TestStores::personUnitRequired()
{
    QFETCH(Id, unitId);
    DirectoryStore directory(*m_db);
    QVERIFY_ERROR(directory.addPerson(makePerson(unitId, QStringLiteral("Lê Thị Hoa"))),
                  Error::Code::Invalid);
    QCOMPARE(count(QStringLiteral("people")), 0);
}

void TestStores::phoneNumbersNormalised_data()
{
    QTest::addColumn<QString>("written");
    QTest::addColumn<QString>("e164");
    QTest::newRow("plain") << QStringLiteral("0904185683") << QStringLiteral("+84904185683");
    QTest::newRow("dots") << QStringLiteral("0904.185.683") << QStringLiteral("+84904185683");
    QTest::newRow("spaces") << QStringLiteral(" 0904 185 683 ") << QStringLiteral("+84904185683");
    QTest::newRow("international")
        << QStringLiteral("+84 904 185 683") << QStringLiteral("+84904185683");
    QTest::newRow("84 without plus")
        << QStringLiteral("84904185683") << QStringLiteral("+84904185683");
    QTest::newRow("fixed line") << QStringLiteral("(0225) 3842 123")
                                << QStringLiteral("+842253842123");
    QTest::newRow("fixed line dashes")
        << QStringLiteral("0225-3842-123") << QStringLiteral("+842253842123");
    QTest::newRow("Hà Nội") << QStringLiteral("024 3825 1234") << QStringLiteral("+842438251234");
    QTest::newRow("old 11-digit mobile")
        << QStringLiteral("01689 123 456") << QStringLiteral("+84389123456");
}

void TestStores::phoneNumbersNormalised()
{
    QFETCH(QString, written);
    QFETCH(QString, e164);
    DirectoryStore directory(*m_db);
    OK_VALUE(unit, directory.addUnit(makeUnit(QStringLiteral("Trường THPT Ngô Quyền"))));
    OK_VALUE(person,
             directory.addPerson(makePerson(unit.id, QStringLiteral("Lê Thị Hoa"), {written})));
    QCOMPARE(numbersOf(person), QStringList {e164});
    QCOMPARE(numbersOf(directory.person(person.id).value()), QStringList {e164});
}

void TestStores::invalidPhoneRefused_data()
{
    QTest::addColumn<QString>("written");
    QTest::newRow("too short") << QStringLiteral("0904 185 68");
    QTest::newRow("too long") << QStringLiteral("0904 185 683 99");
    QTest::newRow("letters") << QStringLiteral("09O4 185 683");
    QTest::newRow("words") << QStringLiteral("gọi bảo vệ");
    QTest::newRow("foreign") << QStringLiteral("+1 202 555 0143");
}

void TestStores::invalidPhoneRefused()
{
    QFETCH(QString, written);
    DirectoryStore directory(*m_db);
    OK_VALUE(unit, directory.addUnit(makeUnit(QStringLiteral("Trường THPT Ngô Quyền"))));
    const Result<Person> refused = directory.addPerson(
        makePerson(unit.id, QStringLiteral("Lê Thị Hoa"), {QStringLiteral("0904185683"), written}));
    QVERIFY_ERROR(refused, Error::Code::Invalid);
    QVERIFY2(refused.message().contains(written.trimmed()), qPrintable(refused.message()));
    QVERIFY2(refused.message().contains(QStringLiteral("Lê Thị Hoa")),
             qPrintable(refused.message()));
    QCOMPARE(count(QStringLiteral("people")), 0);
    QCOMPARE(count(QStringLiteral("phone_numbers")), 0);

    OK_VALUE(person,
             directory.addPerson(makePerson(unit.id, QStringLiteral("Lê Thị Hoa"),
                                            {QStringLiteral("0904185683")})));
    person.phones << PhoneEntry {NoId, PhoneKind::Home, written};
    QVERIFY_ERROR(directory.updatePerson(person), Error::Code::Invalid);
    QCOMPARE(numbersOf(directory.person(person.id).value()),
             QStringList {QStringLiteral("+84904185683")});
}

void TestStores::duplicatePhonesCollapsed()
{
    DirectoryStore directory(*m_db);
    OK_VALUE(unit, directory.addUnit(makeUnit(QStringLiteral("Trường THPT Ngô Quyền"))));
    OK_VALUE(person,
             directory.addPerson(
                 makePerson(unit.id, QStringLiteral("Lê Thị Hoa"),
                            {QStringLiteral("0904185683"), QStringLiteral("+84 904 185 683"),
                             QStringLiteral("0912 345 678"), QStringLiteral("0904.185.683"),
                             QStringLiteral("84904185683")})));
    const QStringList expected {QStringLiteral("+84904185683"), QStringLiteral("+84912345678")};
    QCOMPARE(numbersOf(person), expected);
    QCOMPARE(numbersOf(directory.person(person.id).value()), expected);
    QCOMPARE(count(QStringLiteral("phone_numbers")), 2);
}

void TestStores::severalPhonesKeptInOrder()
{
    DirectoryStore directory(*m_db);
    OK_VALUE(unit, directory.addUnit(makeUnit(QStringLiteral("Trường THPT Ngô Quyền"))));
    Person person = makePerson(unit.id, QStringLiteral("Lê Thị Hoa"));
    person.phones = {{NoId, PhoneKind::Home, QStringLiteral("0225 3842 123")},
                     {NoId, PhoneKind::Mobile, QStringLiteral("0912 345 678")},
                     {NoId, PhoneKind::Mobile, QStringLiteral("   ")}, // an empty row is skipped
                     {NoId, PhoneKind::Office, QStringLiteral("024 3825 1234")}};
    OK_VALUE(added, directory.addPerson(person));
    OK_VALUE(read, directory.person(added.id));
    QCOMPARE(numbersOf(read),
             (QStringList {QStringLiteral("+842253842123"), QStringLiteral("+84912345678"),
                           QStringLiteral("+842438251234")}));
    QCOMPARE(read.phones.at(0).kind, PhoneKind::Home);
    QCOMPARE(read.phones.at(1).kind, PhoneKind::Mobile);
    QCOMPARE(read.phones.at(2).kind, PhoneKind::Office);

    std::reverse(read.phones.begin(), read.phones.end());
    QVERIFY_OK(directory.updatePerson(read));
    QCOMPARE(numbersOf(directory.person(added.id).value()),
             (QStringList {QStringLiteral("+842438251234"), QStringLiteral("+84912345678"),
                           QStringLiteral("+842253842123")}));
}

void TestStores::personStaleUpdateRefused()
{
    DirectoryStore directory(*m_db);
    OK_VALUE(unit, directory.addUnit(makeUnit(QStringLiteral("Trường THPT Ngô Quyền"))));
    OK_VALUE(added,
             directory.addPerson(makePerson(unit.id, QStringLiteral("Lê Thị Hoa"),
                                            {QStringLiteral("0904185683")})));
    Person first = directory.person(added.id).value();
    Person second = directory.person(added.id).value();
    first.position = QStringLiteral("Hiệu trưởng");
    QVERIFY_OK(directory.updatePerson(first));
    second.position = QStringLiteral("Bảo vệ");
    second.phones = {{NoId, PhoneKind::Mobile, QStringLiteral("0912 345 678")}};
    const Status stale = directory.updatePerson(second);
    QVERIFY_ERROR(stale, Error::Code::Conflict);
    QVERIFY(stale.message().contains(QStringLiteral("Lê Thị Hoa")));
    OK_VALUE(stored, directory.person(added.id));
    QCOMPARE(stored.position, QStringLiteral("Hiệu trưởng"));
    QCOMPARE(numbersOf(stored), QStringList {QStringLiteral("+84904185683")});
    QCOMPARE(stored.version, 2);
    // Deleted meanwhile: refused as well.
    QVERIFY_OK(directory.deletePerson(added.id));
    QVERIFY(!directory.updatePerson(first).ok());
}

// ---- hotlines -------------------------------------------------------------

void TestStores::hotlineCrud()
{
    DirectoryStore directory(*m_db);
    OK_VALUE(unit,
             directory.addUnit(
                 makeUnit(QStringLiteral("Trung tâm Giám sát ATTT"), NoId, UnitKind::External)));
    Hotline own = makeHotline(unit.id, QStringLiteral(" Đường dây nóng  ATTT "),
                              QStringLiteral("0225.3842.123"));
    own.hours = QStringLiteral(" 24/7 ");
    own.sourceNote = QStringLiteral("Cổng thông tin tỉnh");
    OK_VALUE(added, directory.addHotline(own));
    QCOMPARE(added.label, QStringLiteral("Đường dây nóng ATTT"));
    QCOMPARE(added.number, QStringLiteral("+842253842123"));
    QCOMPARE(added.hours, QStringLiteral("24/7"));
    OK_VALUE(
        global,
        directory.addHotline(makeHotline(NoId, QStringLiteral("Công an"), QStringLiteral("113"))));
    QCOMPARE(global.number, QStringLiteral("113"));
    QCOMPARE(global.unitId, NoId);

    OK_VALUE(read, directory.hotline(added.id));
    QCOMPARE(read.unitId, unit.id);
    QCOMPARE(read.sourceNote, QStringLiteral("Cổng thông tin tỉnh"));
    QCOMPARE(read.version, 1);
    OK_VALUE(globals, directory.hotlinesOf(NoId));
    QCOMPARE(globals.size(), 1);
    QCOMPARE(globals.first().id, global.id);
    QCOMPARE(directory.hotline(global.id)->unitId, NoId);
    OK_VALUE(ofUnit, directory.hotlinesOf(unit.id));
    QCOMPARE(ofUnit.size(), 1);
    QCOMPARE(ofUnit.first().id, added.id);
    QCOMPARE(directory.hotlines()->size(), 2);

    read.number = QStringLiteral("+84 912 345 678");
    read.unitId = NoId; // becomes global
    QVERIFY_OK(directory.updateHotline(read));
    QCOMPARE(read.version, 2);
    QCOMPARE(directory.hotline(read.id)->number, QStringLiteral("+84912345678"));
    QCOMPARE(directory.hotlinesOf(NoId)->size(), 2);
    QVERIFY_OK(directory.deleteHotline(global.id));
    QVERIFY_ERROR(directory.hotline(global.id), Error::Code::NotFound);
    QVERIFY_ERROR(directory.deleteHotline(global.id), Error::Code::NotFound);
}

void TestStores::hotlineValidation_data()
{
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("number");
    QTest::addColumn<bool>("missingUnit");
    QTest::newRow("no label") << QString() << QStringLiteral("113") << false;
    QTest::newRow("blank label") << QStringLiteral("  ") << QStringLiteral("113") << false;
    QTest::newRow("no number") << QStringLiteral("Trực ban") << QString() << false;
    QTest::newRow("blank number") << QStringLiteral("Trực ban") << QStringLiteral("  ") << false;
    QTest::newRow("bad number") << QStringLiteral("Trực ban") << QStringLiteral("0904 185")
                                << false;
    QTest::newRow("missing unit") << QStringLiteral("Trực ban") << QStringLiteral("113") << true;
}

void TestStores::hotlineValidation()
{
    QFETCH(QString, label);
    QFETCH(QString, number);
    QFETCH(bool, missingUnit);
    DirectoryStore directory(*m_db);
    QVERIFY_ERROR(directory.addHotline(makeHotline(missingUnit ? 4242 : NoId, label, number)),
                  Error::Code::Invalid);
    QCOMPARE(count(QStringLiteral("hotlines")), 0);
    OK_VALUE(
        hotline,
        directory.addHotline(makeHotline(NoId, QStringLiteral("Cứu hỏa"), QStringLiteral("114"))));
    Hotline changed = hotline;
    changed.label = label;
    changed.number = number;
    changed.unitId = missingUnit ? 4242 : NoId;
    QVERIFY_ERROR(directory.updateHotline(changed), Error::Code::Invalid);
    QCOMPARE(directory.hotline(hotline.id)->number, QStringLiteral("114"));
}

void TestStores::hotlineStaleUpdateRefused()
{
    DirectoryStore directory(*m_db);
    OK_VALUE(
        hotline,
        directory.addHotline(makeHotline(NoId, QStringLiteral("Cứu hỏa"), QStringLiteral("114"))));
    Hotline first = hotline;
    Hotline second = hotline;
    first.hours = QStringLiteral("24/7");
    QVERIFY_OK(directory.updateHotline(first));
    second.label = QStringLiteral("PCCC");
    QVERIFY_ERROR(directory.updateHotline(second), Error::Code::Conflict);
    QCOMPARE(directory.hotline(hotline.id)->label, QStringLiteral("Cứu hỏa"));
}

// ---- periods, shifts, roles -----------------------------------------------

void TestStores::periodCrud()
{
    PeriodStore periods(*m_db);
    DutyPeriod tet;
    tet.title = QStringLiteral(" Tết  Nguyên đán Giáp Thìn 2024 ");
    tet.firstDay = QDate(2024, 2, 8);
    tet.lastDay = QDate(2024, 2, 14);
    DutyPeriod april;
    april.title = QStringLiteral("Nghỉ lễ 30/4 – 01/5/2023");
    april.firstDay = Apr29;
    april.lastDay = May3;
    april.documentNumber = QStringLiteral(" 123/SGDĐT-VP ");
    april.documentDate = QDate(2023, 4, 20);
    OK_VALUE(addedTet, periods.addPeriod(tet));
    OK_VALUE(addedApril, periods.addPeriod(april));
    QCOMPARE(addedTet.title, QStringLiteral("Tết Nguyên đán Giáp Thìn 2024"));

    OK_VALUE(all, periods.periods());
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.at(0).id, addedApril.id); // by first day
    QCOMPARE(all.at(1).id, addedTet.id);
    OK_VALUE(read, periods.period(addedApril.id));
    QCOMPARE(read.title, april.title);
    QCOMPARE(read.firstDay, Apr29);
    QCOMPARE(read.lastDay, May3);
    QCOMPARE(read.status, PeriodStatus::Draft);
    QCOMPARE(read.documentNumber, QStringLiteral("123/SGDĐT-VP"));
    QCOMPARE(read.documentDate, QDate(2023, 4, 20));
    QVERIFY(!periods.period(addedTet.id)->documentDate.isValid());

    // The night of the last day still runs on the day after.
    QCOMPARE(periods.periodsAround(May3)->size(), 1);
    QCOMPARE(periods.periodsAround(QDate(2023, 5, 4))->size(), 1);
    QCOMPARE(periods.periodsAround(QDate(2023, 5, 5))->size(), 0);
    QCOMPARE(periods.periodsAround(QDate(2023, 4, 28))->size(), 0);

    read.status = PeriodStatus::Published;
    read.lastDay = QDate(2023, 5, 4);
    QVERIFY_OK(periods.updatePeriod(read));
    QCOMPARE(read.version, 2);
    OK_VALUE(updated, periods.period(read.id));
    QCOMPARE(updated.status, PeriodStatus::Published);
    QCOMPARE(updated.lastDay, QDate(2023, 5, 4));

    DutyPeriod stale = addedTet;
    QVERIFY_OK(periods.updatePeriod(addedTet));
    QVERIFY_ERROR(periods.updatePeriod(stale), Error::Code::Conflict);

    QVERIFY_OK(periods.deletePeriod(addedTet.id));
    QVERIFY_ERROR(periods.period(addedTet.id), Error::Code::NotFound);
    QVERIFY_ERROR(periods.deletePeriod(addedTet.id), Error::Code::NotFound);
}

void TestStores::periodValidation_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QDate>("first");
    QTest::addColumn<QDate>("last");
    const QString title = QStringLiteral("Nghỉ lễ 2/9");
    QTest::newRow("no title") << QString() << Apr29 << May3;
    QTest::newRow("blank title") << QStringLiteral(" \t ") << Apr29 << May3;
    QTest::newRow("first after last") << title << May3 << Apr29;
    QTest::newRow("first day invalid") << title << QDate() << May3;
    QTest::newRow("last day invalid") << title << Apr29 << QDate();
    QTest::newRow("30 February") << title << QDate(2023, 2, 30) << May3;
    QTest::newRow("longer than a year") << title << QDate(2023, 1, 1) << QDate(2024, 6, 1);
}

void TestStores::periodValidation()
{
    QFETCH(QString, title);
    QFETCH(QDate, first);
    QFETCH(QDate, last);
    PeriodStore periods(*m_db);
    DutyPeriod period;
    period.title = title;
    period.firstDay = first;
    period.lastDay = last;
    QVERIFY_ERROR(periods.addPeriod(period), Error::Code::Invalid);
    QCOMPARE(count(QStringLiteral("duty_periods")), 0);

    DutyPeriod good;
    good.title = QStringLiteral("Nghỉ lễ 30/4");
    good.firstDay = Apr29;
    good.lastDay = May3;
    OK_VALUE(added, periods.addPeriod(good));
    period.id = added.id;
    period.version = added.version;
    QVERIFY_ERROR(periods.updatePeriod(period), Error::Code::Invalid);
    QCOMPARE(periods.period(added.id)->lastDay, May3);
}

void TestStores::shiftValidation_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QTime>("start");
    QTest::addColumn<QTime>("end");
    QTest::newRow("no name") << QString() << QTime(7, 30) << QTime(17, 0);
    QTest::newRow("blank name") << QStringLiteral("   ") << QTime(7, 30) << QTime(17, 0);
    QTest::newRow("start equals end") << QStringLiteral("Ca") << QTime(7, 30) << QTime(7, 30);
    QTest::newRow("equal to the minute")
        << QStringLiteral("Ca") << QTime(7, 30, 10) << QTime(7, 30, 50);
    QTest::newRow("no start") << QStringLiteral("Ca") << QTime() << QTime(17, 0);
    QTest::newRow("no end") << QStringLiteral("Ca") << QTime(7, 30) << QTime();
    QTest::newRow("invalid end") << QStringLiteral("Ca") << QTime(7, 30) << QTime(25, 0);
}

void TestStores::shiftValidation()
{
    QFETCH(QString, name);
    QFETCH(QTime, start);
    QFETCH(QTime, end);
    buildRoster();
    if (QTest::currentTestFailed())
        return;
    PeriodStore periods(*m_db);
    const qint64 before = count(QStringLiteral("shifts"));
    QVERIFY_ERROR(periods.addShift(Shift {NoId, r.period, name, start, end, 0}),
                  Error::Code::Invalid);
    QCOMPARE(count(QStringLiteral("shifts")), before);
    Shift changed = periods.shifts(r.period)->first();
    changed.name = name;
    changed.start = start;
    changed.end = end;
    QVERIFY_ERROR(periods.updateShift(changed), Error::Code::Invalid);
    QCOMPARE(periods.shifts(r.period)->first().name, QStringLiteral("Ca ngày"));
}

void TestStores::nightShiftAccepted()
{
    buildRoster();
    if (QTest::currentTestFailed())
        return;
    PeriodStore periods(*m_db);
    OK_VALUE(shifts, periods.shifts(r.period));
    QCOMPARE(shifts.size(), 3);
    const Shift night = shifts.at(1);
    QCOMPARE(night.id, r.nightShift);
    QCOMPARE(night.name, QStringLiteral("Ca đêm"));
    QCOMPARE(night.start, QTime(17, 0));
    QCOMPARE(night.end, QTime(7, 30));
    QVERIFY(night.crossesMidnight());
    QCOMPARE(night.startOn(Apr30), QDateTime(Apr30, QTime(17, 0)));
    QCOMPARE(night.endOn(Apr30), QDateTime(May1, QTime(7, 30)));
    QVERIFY(!shifts.at(0).crossesMidnight());
    QCOMPARE(shifts.at(0).endOn(Apr30), QDateTime(Apr30, QTime(17, 0)));

    // Ending at midnight also ends on the next day.
    OK_VALUE(evening,
             periods.addShift(
                 Shift {NoId, r.period, QStringLiteral("Ca tối"), QTime(17, 0), QTime(0, 0), 9}));
    QVERIFY(evening.crossesMidnight());
    QCOMPARE(evening.endOn(Apr30), QDateTime(May1, QTime(0, 0)));
}

void TestStores::shiftCrud()
{
    buildRoster();
    if (QTest::currentTestFailed())
        return;
    PeriodStore periods(*m_db);
    OK_VALUE(added,
             periods.addShift(Shift {NoId, r.period, QStringLiteral(" Ca  chiều "),
                                     QTime(13, 30, 45), QTime(17, 0), 4}));
    QCOMPARE(added.name, QStringLiteral("Ca chiều"));
    QCOMPARE(added.start, QTime(13, 30)); // minutes only
    added.end = QTime(18, 0);
    QVERIFY_OK(periods.updateShift(added));
    OK_VALUE(shifts, periods.shifts(r.period));
    QCOMPARE(shifts.last().end, QTime(18, 0));
    QVERIFY_OK(periods.deleteShift(added.id));
    QCOMPARE(periods.shifts(r.period)->size(), 3);
    QVERIFY_ERROR(periods.deleteShift(added.id), Error::Code::NotFound);
    QVERIFY(!periods.addShift(Shift {NoId, 4242, QStringLiteral("Ca"), QTime(7, 0), QTime(9, 0), 0})
                 .ok());
}

void TestStores::rolesWithRequirements()
{
    buildRoster();
    if (QTest::currentTestFailed())
        return;
    PeriodStore periods(*m_db);
    DutyRole tech;
    tech.periodId = r.period;
    tech.name = QStringLiteral(" Trực kỹ thuật/ATTT ");
    tech.sortOrder = 3;
    tech.requirements = {{UnitKind::School, 2},
                         {UnitKind::DistrictOffice, 1},
                         {UnitKind::Department, 3},
                         {UnitKind::External, 0}};
    OK_VALUE(added, periods.addRole(tech));
    QCOMPARE(added.name, QStringLiteral("Trực kỹ thuật/ATTT"));

    OK_VALUE(roles, periods.roles(r.period));
    QCOMPARE(roles.size(), 3);
    QCOMPARE(roles.at(0).id, r.leader); // by sort order
    QVERIFY(roles.at(0).leaderRole);
    QCOMPARE(roles.at(2).id, added.id);
    const QMap<UnitKind, int> expected {{UnitKind::School, 2},
                                        {UnitKind::DistrictOffice, 1},
                                        {UnitKind::Department, 3},
                                        {UnitKind::External, 0}};
    QCOMPARE(requirementMap(roles.at(2)), expected);
    QVERIFY(roles.at(0).requirements.isEmpty());
    QVERIFY(periods.roles(r.otherPeriod)->first().requirements.isEmpty());

    DutyRole changed = roles.at(2);
    changed.requirements = {{UnitKind::Centre, 4}, {UnitKind::School, 1}};
    changed.leaderRole = true;
    QVERIFY_OK(periods.updateRole(changed));
    const DutyRole reread = periods.roles(r.period)->at(2);
    QCOMPARE(requirementMap(reread),
             (QMap<UnitKind, int> {{UnitKind::Centre, 4}, {UnitKind::School, 1}}));
    QVERIFY(reread.leaderRole);

    QVERIFY_OK(periods.deleteRole(added.id));
    QCOMPARE(periods.roles(r.period)->size(), 2);
    // Audited with what the role was before the change.
    QSqlQuery audit(m_db->connection());
    QVERIFY(audit.exec(QStringLiteral("SELECT action, before_json, after_json FROM audit_log "
                                      "WHERE table_name = 'duty_roles' AND row_id = %1 ORDER BY id")
                           .arg(added.id)));
    QStringList actions;
    while (audit.next()) {
        actions << audit.value(0).toString();
        if (actions.last() != QLatin1String("insert"))
            QVERIFY(audit.value(1).toString().contains(QStringLiteral("Trực kỹ thuật/ATTT")));
        if (actions.last() == QLatin1String("update"))
            QVERIFY(audit.value(2).toString().contains(QStringLiteral("centre")));
    }
    QCOMPARE(actions,
             (QStringList {QStringLiteral("insert"), QStringLiteral("update"),
                           QStringLiteral("delete")}));
    QCOMPARE(count(QStringLiteral("role_requirements")), 0);
    QVERIFY_ERROR(periods.deleteRole(added.id), Error::Code::NotFound);
}

void TestStores::roleValidation()
{
    buildRoster();
    if (QTest::currentTestFailed())
        return;
    PeriodStore periods(*m_db);
    QVERIFY_ERROR(periods.addRole(DutyRole {NoId, r.period, QStringLiteral("  "), false, 0, {}}),
                  Error::Code::Invalid);
    QVERIFY_ERROR(
        periods.addRole(DutyRole {
            NoId, r.period, QStringLiteral("Bảo vệ"), false, 0, {{UnitKind::School, -1}}}),
        Error::Code::Invalid);
    QVERIFY_ERROR(
        periods.addRole(DutyRole {
            NoId, r.period, QStringLiteral("Bảo vệ"), false, 0, {{UnitKind::School, 21}}}),
        Error::Code::Invalid);
    QCOMPARE(periods.roles(r.period)->size(), 2);
}

// ---- assignments ----------------------------------------------------------

void TestStores::assignmentCrud()
{
    buildRoster();
    if (QTest::currentTestFailed())
        return;
    PeriodStore periods(*m_db);
    Assignment first = slot(r.unitA, Apr30, r.dayShift, r.an);
    first.note = QStringLiteral("trực tại phòng máy");
    OK_VALUE(a1, periods.assign(first));
    QVERIFY(a1.id != NoId);
    QCOMPARE(a1.version, 1);
    // A second holder of the same role in the same cell: someone outside the directory.
    Assignment guest = slot(r.unitA, Apr30, r.dayShift, NoId);
    guest.freeName = QStringLiteral(" Trần  Văn Khách ");
    guest.freePhone = QStringLiteral("0987.654.321");
    OK_VALUE(a2, periods.assign(guest));
    QCOMPARE(a2.freeName, QStringLiteral("Trần Văn Khách"));
    QCOMPARE(a2.freePhone, QStringLiteral("+84987654321"));
    OK_VALUE(a3, periods.assign(slot(r.unitB, May1, r.nightShift, r.binh)));

    OK_VALUE(read, periods.assignment(a1.id));
    QCOMPARE(read.periodId, r.period);
    QCOMPARE(read.unitId, r.unitA);
    QCOMPARE(read.day, Apr30);
    QCOMPARE(read.shiftId, r.dayShift);
    QCOMPARE(read.roleId, r.officer);
    QCOMPARE(read.personId, r.an);
    QCOMPARE(read.note, QStringLiteral("trực tại phòng máy"));
    QCOMPARE(periods.assignment(a2.id)->personId, NoId);

    QCOMPARE(periods.assignments(r.period)->size(), 3);
    QCOMPARE(periods.assignments(r.period, r.unitA)->size(), 2);
    QCOMPARE(periods.assignments(r.period, r.unitB, May1)->size(), 1);
    QCOMPARE(periods.assignments(r.period, r.unitB, Apr30)->size(), 0);
    QCOMPARE(periods.assignments(r.otherPeriod)->size(), 0);
    OK_VALUE(cell, periods.assignmentsAt(r.unitA, Apr30, r.dayShift));
    QCOMPARE(cell.size(), 2);
    QCOMPARE(cell.at(0).id, a1.id);
    QCOMPARE(cell.at(1).id, a2.id);

    read.note = QStringLiteral("đổi ca");
    read.personId = r.chi;
    QVERIFY_OK(periods.updateAssignment(read));
    QCOMPARE(read.version, 2);
    OK_VALUE(updated, periods.assignment(a1.id));
    QCOMPARE(updated.personId, r.chi);
    QCOMPARE(updated.note, QStringLiteral("đổi ca"));

    QVERIFY_OK(periods.unassign(a3.id));
    QVERIFY_ERROR(periods.assignment(a3.id), Error::Code::NotFound);
    QVERIFY_ERROR(periods.unassign(a3.id), Error::Code::NotFound);
    QCOMPARE(count(QStringLiteral("audit_log"), QStringLiteral("table_name = 'assignments'")), 5);
}

void TestStores::assignmentDayOutsidePeriod_data()
{
    QTest::addColumn<QDate>("day");
    QTest::newRow("day before") << QDate(2023, 4, 28);
    QTest::newRow("day after") << QDate(2023, 5, 4);
    QTest::newRow("another year") << QDate(2024, 4, 30);
    QTest::newRow("no day") << QDate();
}

void TestStores::assignmentDayOutsidePeriod()
{
    QFETCH(QDate, day);
    buildRoster();
    if (QTest::currentTestFailed())
        return;
    PeriodStore periods(*m_db);
    QVERIFY_ERROR(periods.assign(slot(r.unitA, day, r.dayShift, r.an)), Error::Code::Invalid);
    QCOMPARE(count(QStringLiteral("assignments")), 0);
    // The first and last days themselves are fine.
    QVERIFY_OK(periods.assign(slot(r.unitA, Apr29, r.dayShift, r.an)));
    QVERIFY_OK(periods.assign(slot(r.unitA, May3, r.dayShift, r.an)));
}

void TestStores::assignmentSlotOfAnotherPeriod()
{
    buildRoster();
    if (QTest::currentTestFailed())
        return;
    PeriodStore periods(*m_db);
    Assignment a = slot(r.unitA, Apr30, r.otherShift, r.an);
    QVERIFY_ERROR(periods.assign(a), Error::Code::Invalid);
    a = slot(r.unitA, Apr30, r.dayShift, r.an);
    a.roleId = r.otherRole;
    QVERIFY_ERROR(periods.assign(a), Error::Code::Invalid);
    a = slot(r.unitA, Apr30, 4242, r.an);
    QVERIFY_ERROR(periods.assign(a), Error::Code::Invalid);
    a = slot(r.unitA, Apr30, r.dayShift, r.an);
    a.roleId = 4242;
    QVERIFY_ERROR(periods.assign(a), Error::Code::Invalid);
    QVERIFY_ERROR(periods.assign(slot(4242, Apr30, r.dayShift, r.an)), Error::Code::Invalid);
    QVERIFY_ERROR(periods.assign(slot(r.unitA, Apr30, r.dayShift, 4242)), Error::Code::Invalid);
    a = slot(r.unitA, Apr30, r.dayShift, r.an);
    a.periodId = 4242;
    QVERIFY_ERROR(periods.assign(a), Error::Code::NotFound);
    QCOMPARE(count(QStringLiteral("assignments")), 0);
}

void TestStores::assignmentNeedsPersonOrName_data()
{
    QTest::addColumn<bool>("withPerson");
    QTest::addColumn<QString>("freeName");
    QTest::addColumn<QString>("freePhone");
    QTest::addColumn<bool>("valid");
    QTest::newRow("nobody") << false << QString() << QString() << false;
    QTest::newRow("blank name") << false << QStringLiteral("   ") << QString() << false;
    QTest::newRow("phone without a name")
        << false << QString() << QStringLiteral("0904185683") << false;
    QTest::newRow("free name") << false << QStringLiteral("Trần Văn Khách") << QString() << true;
    QTest::newRow("free name and phone")
        << false << QStringLiteral("Trần Văn Khách") << QStringLiteral("0904 185 683") << true;
    QTest::newRow("free name, bad phone")
        << false << QStringLiteral("Trần Văn Khách") << QStringLiteral("12ab") << false;
    QTest::newRow("person") << true << QString() << QString() << true;
}

void TestStores::assignmentNeedsPersonOrName()
{
    QFETCH(bool, withPerson);
    QFETCH(QString, freeName);
    QFETCH(QString, freePhone);
    QFETCH(bool, valid);
    buildRoster();
    if (QTest::currentTestFailed())
        return;
    PeriodStore periods(*m_db);
    Assignment a = slot(r.unitA, Apr30, r.dayShift, withPerson ? r.an : NoId);
    a.freeName = freeName;
    a.freePhone = freePhone;
    const Result<Assignment> result = periods.assign(a);
    if (valid) {
        QVERIFY_OK(result);
        if (!freePhone.isEmpty())
            QCOMPARE(result->freePhone, QStringLiteral("+84904185683"));
    } else {
        QVERIFY_ERROR(result, Error::Code::Invalid);
        QCOMPARE(count(QStringLiteral("assignments")), 0);
    }
}

void TestStores::overlappingAssignments_data()
{
    QTest::addColumn<QString>("firstShift");
    QTest::addColumn<QDate>("firstDay");
    QTest::addColumn<QString>("secondShift");
    QTest::addColumn<QDate>("secondDay");
    QTest::addColumn<bool>("sameUnit");
    QTest::addColumn<bool>("overlaps");
    const QString day = QStringLiteral("day"), night = QStringLiteral("night"),
                  morning = QStringLiteral("morning");
    QTest::newRow("same shift at another unit") << day << Apr30 << day << Apr30 << false << true;
    QTest::newRow("same shift, same unit, other role")
        << day << Apr30 << day << Apr30 << true << true;
    QTest::newRow("night, then next morning 07:00-11:00")
        << night << Apr30 << morning << May1 << false << true;
    QTest::newRow("next morning, then the night before")
        << morning << May1 << night << Apr30 << false << true;
    QTest::newRow("morning inside the day shift")
        << day << Apr30 << morning << Apr30 << false << true;
    QTest::newRow("day 07:30-17:00, then night 17:00-07:30")
        << day << Apr30 << night << Apr30 << false << false;
    QTest::newRow("night, then the day before it")
        << night << Apr30 << day << Apr30 << true << false;
    QTest::newRow("night, then next day shift 07:30")
        << night << Apr30 << day << May1 << false << false;
    QTest::newRow("same shift on the next day") << day << Apr30 << day << May1 << false << false;
    QTest::newRow("two nights in a row") << night << Apr30 << night << May1 << false << false;
    QTest::newRow("morning two days later") << night << Apr30 << morning << May2 << false << false;
}

void TestStores::overlappingAssignments()
{
    QFETCH(QString, firstShift);
    QFETCH(QDate, firstDay);
    QFETCH(QString, secondShift);
    QFETCH(QDate, secondDay);
    QFETCH(bool, sameUnit);
    QFETCH(bool, overlaps);
    buildRoster();
    if (QTest::currentTestFailed())
        return;
    const QHash<QString, Id> shifts {{QStringLiteral("day"), r.dayShift},
                                     {QStringLiteral("night"), r.nightShift},
                                     {QStringLiteral("morning"), r.morningShift}};
    PeriodStore periods(*m_db);
    OK_VALUE(first, periods.assign(slot(r.unitA, firstDay, shifts.value(firstShift), r.an)));
    Assignment second
        = slot(sameUnit ? r.unitA : r.unitB, secondDay, shifts.value(secondShift), r.an);
    if (sameUnit)
        second.roleId = r.leader;

    const Result<Assignment> refused = periods.assign(second);
    if (!overlaps) {
        QVERIFY_OK(refused);
        QCOMPARE(periods.overlapping(refused.value())->size(), 0);
        return;
    }
    QVERIFY_ERROR(refused, Error::Code::Conflict);
    QVERIFY2(refused.message().contains(QStringLiteral("Nguyễn Văn An")),
             qPrintable(refused.message()));
    QVERIFY2(refused.message().contains(QStringLiteral("Trường THPT Ngô Quyền")),
             qPrintable(refused.message()));
    QCOMPARE(count(QStringLiteral("assignments")), 1);
    OK_VALUE(clashes, periods.overlapping(second));
    QCOMPARE(clashes.size(), 1);
    QCOMPARE(clashes.first().id, first.id);

    // Someone else may take it, and the import policy keeps both.
    second.personId = r.chi;
    QVERIFY_OK(periods.assign(second));
    second.personId = r.an;
    OK_VALUE(allowed, periods.assign(second, PeriodStore::ConflictPolicy::Allow));
    QCOMPARE(count(QStringLiteral("assignments"), QStringLiteral("person_id = %1").arg(r.an)), 2);
    QCOMPARE(periods.overlapping(allowed)->size(), 1);
    QCOMPARE(periods.overlapping(first)->first().id, allowed.id);
}

void TestStores::unavailablePersonRefused()
{
    buildRoster();
    if (QTest::currentTestFailed())
        return;
    PeriodStore periods(*m_db);
    QVERIFY_OK(periods.addUnavailability(
        Unavailability {NoId, r.an, Apr30, May1, QStringLiteral("nghỉ phép")}));
    for (const QDate &day : {Apr30, May1}) {
        const Result<Assignment> refused = periods.assign(slot(r.unitA, day, r.dayShift, r.an));
        QVERIFY_ERROR(refused, Error::Code::Conflict);
        QVERIFY2(refused.message().contains(QStringLiteral("nghỉ phép")),
                 qPrintable(refused.message()));
    }
    QCOMPARE(count(QStringLiteral("assignments")), 0);
    QVERIFY_OK(periods.assign(slot(r.unitA, Apr29, r.dayShift, r.an)));
    QVERIFY_OK(periods.assign(slot(r.unitA, May2, r.dayShift, r.an)));
    QVERIFY_OK(
        periods.assign(slot(r.unitA, Apr30, r.dayShift, r.an), PeriodStore::ConflictPolicy::Allow));
    QCOMPARE(count(QStringLiteral("assignments")), 3);
}

void TestStores::updateAssignmentChecksConflicts()
{
    buildRoster();
    if (QTest::currentTestFailed())
        return;
    PeriodStore periods(*m_db);
    QVERIFY_OK(periods.assign(slot(r.unitA, Apr30, r.dayShift, r.an)));
    OK_VALUE(other, periods.assign(slot(r.unitB, Apr30, r.dayShift, r.binh)));
    Assignment changed = other;
    changed.personId = r.an;
    QVERIFY_ERROR(periods.updateAssignment(changed), Error::Code::Conflict);
    QCOMPARE(periods.assignment(other.id)->personId, r.binh);
    QVERIFY_OK(periods.addUnavailability(Unavailability {NoId, r.chi, Apr30, Apr30, {}}));
    changed.personId = r.chi;
    QVERIFY_ERROR(periods.updateAssignment(changed), Error::Code::Conflict);
    QVERIFY_OK(periods.updateAssignment(changed, PeriodStore::ConflictPolicy::Allow));
    QCOMPARE(periods.assignment(other.id)->personId, r.chi);
    // Keeping the same person is not a clash with itself.
    Assignment same = periods.assignment(other.id).value();
    same.note = QStringLiteral("ghi chú");
    QVERIFY_OK(periods.updateAssignment(same, PeriodStore::ConflictPolicy::Allow));
    same.personId = r.binh;
    QVERIFY_OK(periods.updateAssignment(same));
}

void TestStores::updateAssignmentKeepsItsSlot()
{
    // Only the holder and the note of a slot are updated: a changed day, shift,
    // role, unit or period is refused instead of being validated and dropped.
    buildRoster();
    if (QTest::currentTestFailed())
        return;
    PeriodStore periods(*m_db);
    OK_VALUE(stored, periods.assign(slot(r.unitA, Apr30, r.dayShift, r.an)));
    QList<Assignment> moved;
    Assignment a = stored;
    a.day = May1;
    moved << a;
    a = stored;
    a.shiftId = r.nightShift;
    moved << a;
    a = stored;
    a.roleId = r.leader;
    moved << a;
    a = stored;
    a.unitId = r.unitB;
    moved << a;
    a = stored;
    a.periodId = r.otherPeriod;
    a.shiftId = r.otherShift;
    a.roleId = r.otherRole;
    a.day = QDate(2023, 9, 2);
    moved << a;
    for (Assignment &m : moved) {
        QVERIFY_ERROR(periods.updateAssignment(m), Error::Code::Invalid);
        OK_VALUE(unchanged, periods.assignment(stored.id));
        QCOMPARE(unchanged.day, Apr30);
        QCOMPARE(unchanged.unitId, r.unitA);
        QCOMPARE(unchanged.shiftId, r.dayShift);
        QCOMPARE(unchanged.roleId, r.officer);
        QCOMPARE(unchanged.version, 1);
    }
}

void TestStores::assignmentStaleUpdateRefused()
{
    buildRoster();
    if (QTest::currentTestFailed())
        return;
    PeriodStore periods(*m_db);
    OK_VALUE(stored, periods.assign(slot(r.unitA, Apr30, r.dayShift, r.an)));
    Assignment first = stored, second = stored;
    first.note = QStringLiteral("một");
    QVERIFY_OK(periods.updateAssignment(first));
    second.note = QStringLiteral("hai");
    QVERIFY_ERROR(periods.updateAssignment(second), Error::Code::Conflict);
    QCOMPARE(periods.assignment(stored.id)->note, QStringLiteral("một"));
}

void TestStores::publishedPeriodRefusesEdits()
{
    buildRoster();
    if (QTest::currentTestFailed())
        return;
    PeriodStore periods(*m_db);
    OK_VALUE(stored, periods.assign(slot(r.unitA, Apr30, r.dayShift, r.an)));
    DutyPeriod period = periods.period(r.period).value();
    period.status = PeriodStatus::Published;
    QVERIFY_OK(periods.updatePeriod(period));
    const qint64 auditBefore = count(QStringLiteral("audit_log"));

    QVERIFY_ERROR(periods.assign(slot(r.unitB, Apr30, r.dayShift, r.binh)), Error::Code::Invalid);
    QVERIFY_ERROR(periods.assign(slot(r.unitB, Apr30, r.dayShift, r.binh),
                                 PeriodStore::ConflictPolicy::Allow),
                  Error::Code::Invalid);
    Assignment changed = stored;
    changed.note = QStringLiteral("sửa");
    QVERIFY_ERROR(periods.updateAssignment(changed), Error::Code::Invalid);
    QVERIFY_ERROR(periods.unassign(stored.id), Error::Code::Invalid);
    QVERIFY_ERROR(periods.addShift(Shift {NoId, r.period, QStringLiteral("Ca chiều"), QTime(13, 0),
                                          QTime(17, 0), 4}),
                  Error::Code::Invalid);
    Shift shift = periods.shifts(r.period)->first();
    shift.end = QTime(16, 0);
    QVERIFY_ERROR(periods.updateShift(shift), Error::Code::Invalid);
    QVERIFY_ERROR(periods.deleteShift(shift.id), Error::Code::Invalid);
    QVERIFY_ERROR(
        periods.addRole(DutyRole {NoId, r.period, QStringLiteral("Bảo vệ"), false, 3, {}}),
        Error::Code::Invalid);
    DutyRole role = periods.roles(r.period)->first();
    role.name = QStringLiteral("Lãnh đạo");
    QVERIFY_ERROR(periods.updateRole(role), Error::Code::Invalid);
    QVERIFY_ERROR(periods.deleteRole(role.id), Error::Code::Invalid);

    QCOMPARE(count(QStringLiteral("assignments")), 1);
    QCOMPARE(periods.shifts(r.period)->size(), 3);
    QCOMPARE(periods.roles(r.period)->size(), 2);
    QCOMPARE(count(QStringLiteral("audit_log")), auditBefore);

    // Reopened, it can be edited again.
    period.status = PeriodStatus::Draft;
    QVERIFY_OK(periods.updatePeriod(period));
    QVERIFY_OK(periods.unassign(stored.id));
}

void TestStores::unavailabilityValidation()
{
    buildRoster();
    if (QTest::currentTestFailed())
        return;
    PeriodStore periods(*m_db);
    QVERIFY_ERROR(periods.addUnavailability(Unavailability {NoId, r.an, May1, Apr30, {}}),
                  Error::Code::Invalid);
    QVERIFY_ERROR(periods.addUnavailability(Unavailability {NoId, r.an, QDate(), Apr30, {}}),
                  Error::Code::Invalid);
    QVERIFY_ERROR(periods.addUnavailability(Unavailability {NoId, 4242, Apr30, May1, {}}),
                  Error::Code::Invalid);
    OK_VALUE(leave,
             periods.addUnavailability(
                 Unavailability {NoId, r.an, Apr30, May1, QStringLiteral(" công tác ")}));
    QCOMPARE(leave.reason, QStringLiteral("công tác"));
    QVERIFY_OK(periods.addUnavailability(Unavailability {NoId, r.an, May3, May3, {}}));
    QCOMPARE(periods.unavailability(r.an)->size(), 2);
    QCOMPARE(periods.unavailabilityOn(r.an, May1)->size(), 1);
    QCOMPARE(periods.unavailabilityOn(r.an, May2)->size(), 0);
    QCOMPARE(periods.unavailability(r.binh)->size(), 0);
    QVERIFY_OK(periods.deleteUnavailability(leave.id));
    QCOMPARE(periods.unavailability(r.an)->size(), 1);
    QVERIFY_ERROR(periods.deleteUnavailability(leave.id), Error::Code::NotFound);
}

// ---- escalation chains ----------------------------------------------------

void TestStores::stepValidation_data()
{
    QTest::addColumn<int>("target");
    QTest::addColumn<QString>("roleName");
    QTest::addColumn<int>("reference"); // person or hotline: 0 none, 1 missing, 2 existing
    QTest::addColumn<bool>("onRoot");
    QTest::addColumn<int>("wait");
    QTest::addColumn<bool>("valid");
    const int role = int(EscalationTarget::Role), person = int(EscalationTarget::Person),
              hotline = int(EscalationTarget::Hotline), parent = int(EscalationTarget::Parent);
    const QString officer = QStringLiteral("Cán bộ trực");
    QTest::newRow("role") << role << officer << 0 << true << 5 << true;
    QTest::newRow("role without name") << role << QString() << 0 << true << 5 << false;
    QTest::newRow("role with blank name")
        << role << QStringLiteral("  ") << 0 << true << 5 << false;
    QTest::newRow("person") << person << QString() << 2 << true << 5 << true;
    QTest::newRow("person not given") << person << QString() << 0 << true << 5 << false;
    QTest::newRow("person missing") << person << QString() << 1 << true << 5 << false;
    QTest::newRow("hotline") << hotline << QString() << 2 << true << 0 << true;
    QTest::newRow("hotline not given") << hotline << QString() << 0 << true << 0 << false;
    QTest::newRow("hotline missing") << hotline << QString() << 1 << true << 0 << false;
    QTest::newRow("parent of a child") << parent << QString() << 0 << false << 0 << true;
    QTest::newRow("parent of a root unit") << parent << QString() << 0 << true << 0 << false;
    QTest::newRow("negative wait") << role << officer << 0 << true << -1 << false;
    QTest::newRow("wait over a week") << role << officer << 0 << true << 7 * 24 * 60 + 1 << false;
    QTest::newRow("wait of a week") << role << officer << 0 << true << 7 * 24 * 60 << true;
}

void TestStores::stepValidation()
{
    QFETCH(int, target);
    QFETCH(QString, roleName);
    QFETCH(int, reference);
    QFETCH(bool, onRoot);
    QFETCH(int, wait);
    QFETCH(bool, valid);
    DirectoryStore directory(*m_db);
    EscalationStore escalation(*m_db);
    OK_VALUE(root,
             directory.addUnit(makeUnit(QStringLiteral("Sở GD&ĐT"), NoId, UnitKind::Department)));
    OK_VALUE(child, directory.addUnit(makeUnit(QStringLiteral("Trường THPT Ngô Quyền"), root.id)));
    OK_VALUE(person, directory.addPerson(makePerson(root.id, QStringLiteral("Lê Thị Hoa"))));
    OK_VALUE(
        hotline,
        directory.addHotline(makeHotline(NoId, QStringLiteral("Công an"), QStringLiteral("113"))));
    EscalationStep step;
    step.unitId = onRoot ? root.id : child.id;
    step.target = EscalationTarget(target);
    step.roleName = roleName;
    step.waitMinutes = wait;
    const Id referenced = reference == 0 ? NoId : reference == 1 ? Id(4242) : NoId;
    if (step.target == EscalationTarget::Person)
        step.personId = reference == 2 ? person.id : referenced;
    if (step.target == EscalationTarget::Hotline)
        step.hotlineId = reference == 2 ? hotline.id : referenced;

    const Result<EscalationStep> added = escalation.addStep(step);
    if (!valid) {
        QVERIFY_ERROR(added, Error::Code::Invalid);
        QCOMPARE(count(QStringLiteral("escalation_steps")), 0);
        // setChain checks the same rules, and keeps the old chain.
        OK_VALUE(kept, escalation.addStep(roleStep(step.unitId, QStringLiteral("Bảo vệ"))));
        QVERIFY_ERROR(
            escalation.setChain(step.unitId, {roleStep(step.unitId, QStringLiteral("X")), step}),
            Error::Code::Invalid);
        QCOMPARE(idsOf(escalation.steps(step.unitId).value()), QList<Id> {kept.id});
        return;
    }
    QVERIFY_OK(added);
    OK_VALUE(read, escalation.step(added->id));
    QCOMPARE(read.target, step.target);
    QCOMPARE(read.roleName, roleName);
    QCOMPARE(read.personId, step.personId);
    QCOMPARE(read.hotlineId, step.hotlineId);
    QCOMPARE(read.waitMinutes, wait);
    QCOMPARE(read.position, 1);
    // A unit that must exist.
    step.unitId = 4242;
    QVERIFY_ERROR(escalation.addStep(step), Error::Code::Invalid);
}

void TestStores::chainOrdering()
{
    DirectoryStore directory(*m_db);
    EscalationStore escalation(*m_db);
    OK_VALUE(unit, directory.addUnit(makeUnit(QStringLiteral("Sở GD&ĐT"))));
    QHash<QString, Id> ids;
    auto add = [&](const QString &name, int position) {
        EscalationStep step = roleStep(unit.id, name);
        step.position = position;
        const Result<EscalationStep> added = escalation.addStep(step);
        if (added)
            ids.insert(name, added->id);
        return added;
    };
    auto names = [&]() {
        QStringList list;
        const Result<QList<EscalationStep>> steps = escalation.steps(unit.id);
        for (const EscalationStep &step : steps.value())
            list << step.roleName;
        return list;
    };
    QVERIFY_OK(add(QStringLiteral("A"), 0));
    QVERIFY_OK(add(QStringLiteral("B"), 0));
    QVERIFY_OK(add(QStringLiteral("C"), 0));
    QCOMPARE(names(),
             (QStringList {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")}));
    const Result<EscalationStep> d = add(QStringLiteral("D"), 2);
    QVERIFY_OK(d);
    QCOMPARE(d->position, 2);
    QCOMPARE(names(),
             (QStringList {QStringLiteral("A"), QStringLiteral("D"), QStringLiteral("B"),
                           QStringLiteral("C")}));
    QVERIFY_OK(add(QStringLiteral("E"), 1));
    QVERIFY_OK(add(QStringLiteral("F"), 99)); // past the end: appended
    QCOMPARE(names(),
             (QStringList {QStringLiteral("E"), QStringLiteral("A"), QStringLiteral("D"),
                           QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("F")}));
    QCOMPARE(positionsOf(escalation.steps(unit.id).value()), oneTo(6));

    QVERIFY_OK(escalation.moveStep(ids.value(QStringLiteral("C")), 1));
    QVERIFY_OK(escalation.moveStep(ids.value(QStringLiteral("E")), 6));
    QCOMPARE(names(),
             (QStringList {QStringLiteral("C"), QStringLiteral("A"), QStringLiteral("D"),
                           QStringLiteral("B"), QStringLiteral("F"), QStringLiteral("E")}));
    QCOMPARE(positionsOf(escalation.steps(unit.id).value()), oneTo(6));
    QVERIFY_ERROR(escalation.moveStep(ids.value(QStringLiteral("A")), 0), Error::Code::Invalid);
    QVERIFY_ERROR(escalation.moveStep(ids.value(QStringLiteral("A")), 7), Error::Code::Invalid);
    QVERIFY_ERROR(escalation.moveStep(4242, 1), Error::Code::NotFound);

    QVERIFY_OK(escalation.removeStep(ids.value(QStringLiteral("A"))));
    QVERIFY_OK(escalation.removeStep(ids.value(QStringLiteral("C"))));
    QCOMPARE(names(),
             (QStringList {QStringLiteral("D"), QStringLiteral("B"), QStringLiteral("F"),
                           QStringLiteral("E")}));
    QCOMPARE(positionsOf(escalation.steps(unit.id).value()), oneTo(4));
    QVERIFY_ERROR(escalation.step(ids.value(QStringLiteral("A"))), Error::Code::NotFound);
    QVERIFY_ERROR(escalation.removeStep(ids.value(QStringLiteral("A"))), Error::Code::NotFound);
}

void TestStores::setChainReplaces()
{
    DirectoryStore directory(*m_db);
    EscalationStore escalation(*m_db);
    OK_VALUE(root, directory.addUnit(makeUnit(QStringLiteral("Sở GD&ĐT"))));
    OK_VALUE(unit, directory.addUnit(makeUnit(QStringLiteral("Trường THPT Ngô Quyền"), root.id)));
    OK_VALUE(other, directory.addUnit(makeUnit(QStringLiteral("Trường THPT Thái Phiên"), root.id)));
    QVERIFY_OK(escalation.addStep(roleStep(unit.id, QStringLiteral("A"))));
    QVERIFY_OK(escalation.addStep(roleStep(unit.id, QStringLiteral("B"))));
    OK_VALUE(untouched, escalation.addStep(roleStep(other.id, QStringLiteral("Z"))));

    EscalationStep toParent;
    toParent.target = EscalationTarget::Parent;
    EscalationStep x = roleStep(other.id /* replaced by setChain */, QStringLiteral("X"), 7);
    x.instruction = QStringLiteral("báo cáo ngay");
    QVERIFY_OK(escalation.setChain(unit.id, {x, toParent}));
    OK_VALUE(chain, escalation.steps(unit.id));
    QCOMPARE(chain.size(), 2);
    QCOMPARE(chain.at(0).roleName, QStringLiteral("X"));
    QCOMPARE(chain.at(0).unitId, unit.id);
    QCOMPARE(chain.at(0).waitMinutes, 7);
    QCOMPARE(chain.at(0).instruction, QStringLiteral("báo cáo ngay"));
    QCOMPARE(chain.at(1).target, EscalationTarget::Parent);
    QCOMPARE(positionsOf(chain), oneTo(2));
    QCOMPARE(idsOf(escalation.steps(other.id).value()), QList<Id> {untouched.id});

    QVERIFY_OK(escalation.setChain(unit.id, {}));
    QVERIFY(escalation.steps(unit.id)->isEmpty());
}

void TestStores::updateStep()
{
    DirectoryStore directory(*m_db);
    EscalationStore escalation(*m_db);
    OK_VALUE(unit, directory.addUnit(makeUnit(QStringLiteral("Sở GD&ĐT"))));
    OK_VALUE(
        hotline,
        directory.addHotline(makeHotline(NoId, QStringLiteral("Công an"), QStringLiteral("113"))));
    QVERIFY_OK(escalation.addStep(roleStep(unit.id, QStringLiteral("A"))));
    OK_VALUE(step, escalation.addStep(roleStep(unit.id, QStringLiteral("B"))));
    EscalationStep first = step, second = step;
    first.target = EscalationTarget::Hotline;
    first.hotlineId = hotline.id;
    first.waitMinutes = 30;
    first.instruction = QStringLiteral("gọi ngay");
    QVERIFY_OK(escalation.updateStep(first));
    QCOMPARE(first.version, 2);
    QCOMPARE(first.position, 2);
    OK_VALUE(read, escalation.step(step.id));
    QCOMPARE(read.target, EscalationTarget::Hotline);
    QCOMPARE(read.hotlineId, hotline.id);
    QVERIFY(read.roleName.isEmpty());
    QCOMPARE(read.waitMinutes, 30);
    QCOMPARE(read.position, 2);
    second.waitMinutes = 1;
    QVERIFY_ERROR(escalation.updateStep(second), Error::Code::Conflict);
    read.waitMinutes = -5;
    QVERIFY_ERROR(escalation.updateStep(read), Error::Code::Invalid);
    QCOMPARE(escalation.step(step.id)->waitMinutes, 30);
}

void TestStores::chainStaysNumberedAfterCascade()
{
    // Deleting a person or hotline takes the steps that named them; the chain
    // keeps numbering 1..n when steps are added afterwards.
    DirectoryStore directory(*m_db);
    EscalationStore escalation(*m_db);
    OK_VALUE(unit, directory.addUnit(makeUnit(QStringLiteral("Sở GD&ĐT"))));
    OK_VALUE(person, directory.addPerson(makePerson(unit.id, QStringLiteral("Lê Thị Hoa"))));
    QVERIFY_OK(escalation.addStep(roleStep(unit.id, QStringLiteral("A"))));
    EscalationStep toPerson;
    toPerson.unitId = unit.id;
    toPerson.target = EscalationTarget::Person;
    toPerson.personId = person.id;
    QVERIFY_OK(escalation.addStep(toPerson));
    QVERIFY_OK(escalation.addStep(roleStep(unit.id, QStringLiteral("C"))));
    QVERIFY_OK(directory.deletePerson(person.id));
    QCOMPARE(escalation.steps(unit.id)->size(), 2);

    OK_VALUE(added, escalation.addStep(roleStep(unit.id, QStringLiteral("D"))));
    OK_VALUE(chain, escalation.steps(unit.id));
    QCOMPARE(positionsOf(chain), oneTo(3));
    QCOMPARE(chain.last().id, added.id);
    QCOMPARE(added.position, 3);
}

// ---- duty log -------------------------------------------------------------

void TestStores::logTextRequired_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("blank") << QStringLiteral(" \n\t ");
}

void TestStores::logTextRequired()
{
    QFETCH(QString, text);
    DutyLogStore log(*m_db);
    DutyLogEntry entry;
    entry.text = text;
    QVERIFY_ERROR(log.add(entry), Error::Code::Invalid);
    QCOMPARE(count(QStringLiteral("duty_log")), 0);
    entry.text = QStringLiteral("Nhận ca");
    OK_VALUE(added, log.add(entry));
    QVERIFY_ERROR(log.correct(added.id, text, added.author), Error::Code::Invalid);
    QCOMPARE(count(QStringLiteral("duty_log")), 1);
}

void TestStores::logDefaults()
{
    buildRoster();
    if (QTest::currentTestFailed())
        return;
    DutyLogStore log(*m_db);
    DutyLogEntry entry;
    entry.periodId = r.period;
    entry.unitId = r.unitA;
    entry.category = LogCategory::Incident;
    entry.text = QStringLiteral("  Mất điện ở phòng máy  ");
    const QDateTime before = QDateTime::currentDateTime().addSecs(-1);
    OK_VALUE(added, log.add(entry));
    QCOMPARE(added.author, Database::currentUser());
    QCOMPARE(added.author, QStringLiteral("vanthu"));
    QVERIFY(added.at >= before);
    OK_VALUE(read, log.entry(added.id));
    QCOMPARE(read.text, QStringLiteral("Mất điện ở phòng máy"));
    QCOMPARE(read.periodId, r.period);
    QCOMPARE(read.unitId, r.unitA);
    QCOMPARE(read.category, LogCategory::Incident);
    QCOMPARE(read.correctsId, NoId);
    QVERIFY(read.createdAt.isValid());

    entry.author = QStringLiteral("Nguyễn Văn An");
    entry.at = QDateTime(Apr30, QTime(20, 40));
    entry.periodId = NoId;
    entry.unitId = NoId;
    OK_VALUE(explicitAuthor, log.add(entry));
    OK_VALUE(read2, log.entry(explicitAuthor.id));
    QCOMPARE(read2.author, QStringLiteral("Nguyễn Văn An"));
    QCOMPARE(read2.at, QDateTime(Apr30, QTime(20, 40)));
    QCOMPARE(read2.periodId, NoId);
    QVERIFY_ERROR(log.entry(4242), Error::Code::NotFound);
    QCOMPARE(count(QStringLiteral("audit_log"), QStringLiteral("table_name = 'duty_log'")), 2);
}

void TestStores::logCorrection()
{
    DutyLogStore log(*m_db);
    DutyLogEntry entry;
    entry.author = QStringLiteral("an");
    entry.at = QDateTime(Apr30, QTime(20, 40));
    entry.category = LogCategory::Call;
    entry.text = QStringLiteral("Trường THPT Thái Phiên báo mất mạng");
    OK_VALUE(original, log.add(entry));

    const Result<DutyLogEntry> byOther
        = log.correct(original.id, QStringLiteral("sửa bậy"), QStringLiteral("binh"));
    QVERIFY(!byOther.ok());
    QVERIFY2(byOther.message().contains(QStringLiteral("an")), qPrintable(byOther.message()));
    QCOMPARE(count(QStringLiteral("duty_log")), 1);
    // Nor through add() with a link to someone else's entry.
    DutyLogEntry sneaky = entry;
    sneaky.author = QStringLiteral("binh");
    sneaky.correctsId = original.id;
    QVERIFY(!log.add(sneaky).ok());
    QCOMPARE(count(QStringLiteral("duty_log")), 1);

    OK_VALUE(fixed,
             log.correct(original.id,
                         QStringLiteral("Trường THPT Thái Phiên báo mất Internet "
                                        "phòng máy"),
                         QStringLiteral("an")));
    QCOMPARE(fixed.correctsId, original.id);
    QCOMPARE(fixed.author, QStringLiteral("an"));
    QCOMPARE(fixed.at, original.at);
    QCOMPARE(fixed.category, LogCategory::Call);
    QVERIFY(fixed.id != original.id);
    // The original is kept as it was.
    OK_VALUE(kept, log.entry(original.id));
    QCOMPARE(kept.text, QStringLiteral("Trường THPT Thái Phiên báo mất mạng"));
    QCOMPARE(kept.correctsId, NoId);

    // Correcting the correction still points at the original.
    OK_VALUE(again, log.correct(fixed.id, QStringLiteral("Lần sửa thứ hai"), QStringLiteral("an")));
    QCOMPARE(again.correctsId, original.id);
    OK_VALUE(all, log.entries());
    QCOMPARE(all.size(), 3);
    QVERIFY_ERROR(log.correct(4242, QStringLiteral("x"), QStringLiteral("an")),
                  Error::Code::NotFound);
}

void TestStores::logFilters()
{
    buildRoster();
    if (QTest::currentTestFailed())
        return;
    DutyLogStore log(*m_db);
    auto add
        = [&](Id period, Id unit, LogCategory category, const QString &text, const QDateTime &at) {
              DutyLogEntry entry;
              entry.periodId = period;
              entry.unitId = unit;
              entry.category = category;
              entry.text = text;
              entry.at = at;
              entry.author = QStringLiteral("Phạm Đức Tính");
              return log.add(entry);
          };
    OK_VALUE(e1,
             add(r.period, r.unitA, LogCategory::Handover, QStringLiteral("Nhận ca trực"),
                 QDateTime(Apr29, QTime(7, 40))));
    OK_VALUE(e2,
             add(r.period, r.unitB, LogCategory::Incident,
                 QStringLiteral("Mất điện ở phòng máy chủ"), QDateTime(Apr30, QTime(21, 0))));
    OK_VALUE(e3,
             add(r.period, r.unitA, LogCategory::Call,
                 QStringLiteral("Phụ huynh gọi hỏi lịch nghỉ"), QDateTime(May1, QTime(9, 20))));
    OK_VALUE(e4,
             add(r.otherPeriod, r.unitA, LogCategory::Incident,
                 QStringLiteral("Thư giả mạo, đã chặn tên miền"),
                 QDateTime(QDate(2023, 9, 2), QTime(8, 0))));

    auto ids = [&](const DutyLogStore::Filter &filter) {
        QList<Id> list;
        const Result<QList<DutyLogEntry>> found = log.entries(filter);
        if (found) {
            for (const DutyLogEntry &e : found.value())
                list << e.id;
        }
        return list;
    };
    DutyLogStore::Filter f;
    QCOMPARE(ids(f), (QList<Id> {e1.id, e2.id, e3.id, e4.id})); // oldest first
    f.periodId = r.period;
    QCOMPARE(ids(f), (QList<Id> {e1.id, e2.id, e3.id}));
    f.unitId = r.unitA;
    QCOMPARE(ids(f), (QList<Id> {e1.id, e3.id}));
    f = {};
    f.category = LogCategory::Incident;
    QCOMPARE(ids(f), (QList<Id> {e2.id, e4.id}));
    f.periodId = r.otherPeriod;
    QCOMPARE(ids(f), QList<Id> {e4.id});
    f = {};
    f.text = QStringLiteral("mat dien");
    QCOMPARE(ids(f), QList<Id> {e2.id});
    f.text = QStringLiteral("MẤT ĐIỆN");
    QCOMPARE(ids(f), QList<Id> {e2.id});
    f.text = QStringLiteral("gia mao");
    QCOMPARE(ids(f), QList<Id> {e4.id});
    f.text = QStringLiteral("duc tinh"); // the author
    QCOMPARE(ids(f).size(), 4);
    f.text = QStringLiteral("khong co");
    QVERIFY(ids(f).isEmpty());
    f = {};
    f.from = QDateTime(Apr30, QTime(0, 0));
    f.to = QDateTime(May1, QTime(23, 59));
    QCOMPARE(ids(f), (QList<Id> {e2.id, e3.id}));
}

// ---- settings -------------------------------------------------------------

void TestStores::organisationRoundTrip()
{
    SettingsStore settings(*m_db);
    OK_VALUE(empty, settings.organisation());
    QVERIFY(empty.issuingAgency.isEmpty());
    QVERIFY(empty.recipients.isEmpty());

    OrganisationSettings o;
    o.parentAgency = QStringLiteral("UBND THÀNH PHỐ HẢI PHÒNG");
    o.issuingAgency = QStringLiteral(" SỞ GIÁO DỤC VÀ ĐÀO TẠO ");
    o.documentSymbol = QStringLiteral("SGDĐT-VP");
    o.placeName = QStringLiteral("Hải Phòng");
    o.signerAuthority = QStringLiteral("KT. GIÁM ĐỐC");
    o.signerTitle = QStringLiteral("PHÓ GIÁM ĐỐC");
    o.signerName = QStringLiteral("Nguyễn Văn Bình");
    o.recipients = {QStringLiteral("Như trên;"), QStringLiteral("Giám đốc Sở (để b/c);"),
                    QStringLiteral("Lưu: VT, VP.")};
    QVERIFY_OK(settings.setOrganisation(o));
    OK_VALUE(read, settings.organisation());
    QCOMPARE(read.parentAgency, o.parentAgency);
    QCOMPARE(read.issuingAgency, QStringLiteral("SỞ GIÁO DỤC VÀ ĐÀO TẠO"));
    QCOMPARE(read.documentSymbol, o.documentSymbol);
    QCOMPARE(read.placeName, o.placeName);
    QCOMPARE(read.signerAuthority, o.signerAuthority);
    QCOMPARE(read.signerTitle, o.signerTitle);
    QCOMPARE(read.signerName, o.signerName);
    QCOMPARE(read.recipients, o.recipients);

    // Seen by another connection too, and audited.
    Database other;
    QVERIFY_OK(other.open(m_db->path(), Database::OpenMode::MustExist));
    QCOMPARE(SettingsStore(other).organisation()->signerName, o.signerName);
    QCOMPARE(count(QStringLiteral("audit_log"), QStringLiteral("table_name = 'settings'")), 1);
}

void TestStores::settingValues()
{
    SettingsStore settings(*m_db);
    QCOMPARE(settings.value(QStringLiteral("theme")).value(), QString());
    QCOMPARE(settings.value(QStringLiteral("theme"), QStringLiteral("sáng")).value(),
             QStringLiteral("sáng"));
    QVERIFY_OK(settings.setValue(QStringLiteral("theme"), QStringLiteral("tối")));
    QVERIFY_OK(settings.setValue(QStringLiteral("theme"), QStringLiteral("tối hơn")));
    QCOMPARE(settings.value(QStringLiteral("theme"), QStringLiteral("sáng")).value(),
             QStringLiteral("tối hơn"));
    QCOMPARE(count(QStringLiteral("settings")), 1);
}

// ---- lookup ---------------------------------------------------------------

void TestStores::lookupUnit_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected"); // a unit's name, or empty for an error
    QTest::addColumn<Error::Code>("error");
    const auto found = [](const char *row, const QString &text, const QString &name) {
        QTest::newRow(row) << text << name << Error::Code::None;
    };
    const auto refused = [](const char *row, const QString &text, Error::Code code) {
        QTest::newRow(row) << text << QString() << code;
    };
    const QString hongBang = QStringLiteral("Trường THPT Hồng Bàng");
    found("exact name", QStringLiteral("Trường THPT Hồng Bàng"), hongBang);
    found("exact without diacritics", QStringLiteral("truong thpt hong bang"), hongBang);
    found("exact, other case", QStringLiteral("TRƯỜNG THPT HỒNG BÀNG"), hongBang);
    found("words without diacritics", QStringLiteral("phong gd hong bang"),
          QStringLiteral("Phòng GD&ĐT quận Hồng Bàng"));
    found("word starts", QStringLiteral("le quy don"), QStringLiteral("Trường THPT Lê Quý Đôn"));
    found("with diacritics", QStringLiteral("Ngô Quyền"), QStringLiteral("Trường THPT Ngô Quyền"));
    found("short name", QStringLiteral("Sở GD&ĐT"), QStringLiteral("Sở Giáo dục và Đào tạo"));
    found("code", QStringLiteral("nq01"), QStringLiteral("Trường THPT Ngô Quyền"));
    found("substring", QStringLiteral("uyen"), QStringLiteral("Trường THPT Ngô Quyền"));
    refused("ambiguous", QStringLiteral("le"), Error::Code::Ambiguous);
    refused("ambiguous without diacritics", QStringLiteral("hong bang"), Error::Code::Ambiguous);
    refused("not found", QStringLiteral("tran phu"), Error::Code::NotFound);
    refused("empty", QString(), Error::Code::NotFound);
    refused("blank", QStringLiteral("   "), Error::Code::NotFound);
}

void TestStores::lookupUnit()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QFETCH(Error::Code, error);
    DirectoryStore directory(*m_db);
    Unit root = makeUnit(QStringLiteral("Sở Giáo dục và Đào tạo"), NoId, UnitKind::Department);
    root.shortName = QStringLiteral("Sở GD&ĐT");
    OK_VALUE(r0, directory.addUnit(root));
    OK_VALUE(r1,
             directory.addUnit(makeUnit(QStringLiteral("Phòng GD&ĐT quận Hồng Bàng"), r0.id,
                                        UnitKind::DistrictOffice)));
    QVERIFY_OK(directory.addUnit(makeUnit(QStringLiteral("Trường THPT Hồng Bàng"), r1.id)));
    QVERIFY_OK(directory.addUnit(makeUnit(QStringLiteral("Trường THPT Lê Quý Đôn"), r0.id)));
    QVERIFY_OK(directory.addUnit(makeUnit(QStringLiteral("Trường THPT Lê Hồng Phong"), r0.id)));
    Unit ngoQuyen = makeUnit(QStringLiteral("Trường THPT Ngô Quyền"), r0.id);
    ngoQuyen.code = QStringLiteral("NQ01");
    QVERIFY_OK(directory.addUnit(ngoQuyen));

    const Result<Unit> found = Lookup::unit(*m_db, text);
    if (error == Error::Code::None) {
        QVERIFY_OK(found);
        QCOMPARE(found->name, expected);
        return;
    }
    QVERIFY_ERROR(found, error);
    if (error == Error::Code::Ambiguous) {
        // The message lists the candidates.
        if (text == QLatin1String("le")) {
            QVERIFY2(found.message().contains(QStringLiteral("Trường THPT Lê Quý Đôn")),
                     qPrintable(found.message()));
            QVERIFY2(found.message().contains(QStringLiteral("Trường THPT Lê Hồng Phong")),
                     qPrintable(found.message()));
        } else {
            QVERIFY2(found.message().contains(QStringLiteral("Phòng GD&ĐT quận Hồng Bàng")),
                     qPrintable(found.message()));
            QVERIFY2(found.message().contains(QStringLiteral("Trường THPT Hồng Bàng")),
                     qPrintable(found.message()));
        }
    }
    if (!text.trimmed().isEmpty())
        QVERIFY2(found.message().contains(text), qPrintable(found.message()));
}

void TestStores::lookupById()
{
    DirectoryStore directory(*m_db);
    OK_VALUE(a, directory.addUnit(makeUnit(QStringLiteral("Trường THPT Ngô Quyền"))));
    OK_VALUE(b, directory.addUnit(makeUnit(QStringLiteral("Trường THPT Thái Phiên"))));
    QCOMPARE(Lookup::unit(*m_db, QString::number(b.id))->id, b.id);
    QCOMPARE(Lookup::unit(*m_db, QStringLiteral(" %1 ").arg(a.id))->id, a.id);
    QVERIFY_ERROR(Lookup::unit(*m_db, QStringLiteral("4242")), Error::Code::NotFound);
}

void TestStores::lookupPeriod()
{
    PeriodStore periods(*m_db);
    DutyPeriod april;
    april.title = QStringLiteral("Nghỉ lễ 30/4 – 01/5/2023");
    april.firstDay = Apr29;
    april.lastDay = May3;
    DutyPeriod september = april;
    september.title = QStringLiteral("Nghỉ lễ Quốc khánh 2/9/2023");
    september.firstDay = QDate(2023, 9, 1);
    september.lastDay = QDate(2023, 9, 4);
    DutyPeriod tet = april;
    tet.title = QStringLiteral("Tết Giáp Thìn 2024");
    tet.firstDay = QDate(2024, 2, 8);
    tet.lastDay = QDate(2024, 2, 14);
    OK_VALUE(a, periods.addPeriod(april));
    OK_VALUE(s, periods.addPeriod(september));
    OK_VALUE(t, periods.addPeriod(tet));

    QCOMPARE(Lookup::period(*m_db, QString::number(s.id))->id, s.id);
    QCOMPARE(Lookup::period(*m_db, QStringLiteral("Nghỉ lễ 30/4 – 01/5/2023"))->id, a.id);
    QCOMPARE(Lookup::period(*m_db, QStringLiteral("nghi le 30/4"))->id, a.id);
    QCOMPARE(Lookup::period(*m_db, QStringLiteral("quoc khanh"))->id, s.id);
    QCOMPARE(Lookup::period(*m_db, QStringLiteral("tet"))->id, t.id);
    // A number that is no period's id is a title's number.
    const Result<DutyPeriod> year = Lookup::period(*m_db, QStringLiteral("2024"));
    QVERIFY_OK(year);
    QCOMPARE(year->id, t.id);
    const Result<DutyPeriod> ambiguous = Lookup::period(*m_db, QStringLiteral("nghi le"));
    QVERIFY_ERROR(ambiguous, Error::Code::Ambiguous);
    QVERIFY(ambiguous.message().contains(april.title));
    QVERIFY(ambiguous.message().contains(september.title));
    QVERIFY_ERROR(Lookup::period(*m_db, QStringLiteral("trung thu")), Error::Code::NotFound);
    QVERIFY_ERROR(Lookup::period(*m_db, QStringLiteral("4242")), Error::Code::NotFound);
}

QTEST_GUILESS_MAIN(TestStores)
#include "tst_stores.moc"
