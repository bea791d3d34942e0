#include "AutoFill.h"
#include "Database.h"
#include "DirectoryStore.h"
#include "DutyLogStore.h"
#include "DutyResolver.h"
#include "EscalationStore.h"
#include "PeriodStore.h"
#include "PhoneNumber.h"
#include "RosterCheck.h"
#include "SampleData.h"
#include "SearchIndex.h"
#include "SettingsStore.h"
#include "VietnameseText.h"

#include <QElapsedTimer>
#include <QHash>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace Qt::Literals::StringLiterals;
using namespace DutyDesk;

namespace {

QString u8(const char *text)
{
    return QString::fromUtf8(text);
}

QDate isoDay(const char *text)
{
    return QDate::fromString(QString::fromLatin1(text), Qt::ISODate);
}

} // namespace

class TestSampleData : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void organisation();
    void unitTree();
    void people();
    void phoneNumbers();
    void hotlines();
    void refusesNonEmptyDatabase();
    void deterministic();
    void period();
    void exactlyOneDoubleBooking();
    void gapsAndUnfilledSchool();
    void autofillCompletesTheRoster();
    void unavailability();
    void whoAtQuerySchool();
    void schoolWithOwnChain();
    void dutyLogAndSecondPeriod();
    void searchFindsEveryone();

private:
    /// A description of everything generated, to compare two builds.
    static QStringList fingerprint(Database &db);
    Unit unitNamed(const char *name) const;
    DutyPeriod firstPeriod() const;
    QList<Shift> shiftsOf(Id periodId) const;
    QList<DutyRole> rolesOf(Id periodId) const;

    QTemporaryDir m_dir;
    Database m_db;
    QList<Unit> m_units;
    QList<Person> m_people;
    QHash<Id, Unit> m_unitById;
};

void TestSampleData::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(m_db.open(m_dir.filePath(u"first.db"_s)).ok());
    QElapsedTimer timer;
    timer.start();
    const Status status = SampleData::build(m_db);
    QVERIFY2(status.ok(), qPrintable(status.message()));
    qInfo("SampleData::build took %lld ms", timer.elapsed());

    DirectoryStore directory(m_db);
    const Result<QList<Unit>> units = directory.units();
    QVERIFY(units.ok());
    m_units = units.value();
    for (const Unit &unit : std::as_const(m_units))
        m_unitById.insert(unit.id, unit);
    const Result<QList<Person>> people = directory.people();
    QVERIFY(people.ok());
    m_people = people.value();
}

Unit TestSampleData::unitNamed(const char *name) const
{
    const QString wanted = u8(name);
    for (const Unit &unit : m_units) {
        if (unit.name == wanted)
            return unit;
    }
    return {};
}

DutyPeriod TestSampleData::firstPeriod() const
{
    PeriodStore periods(const_cast<Database &>(m_db));
    const Result<QList<DutyPeriod>> all = periods.periods();
    if (all) {
        for (const DutyPeriod &p : all.value()) {
            if (p.title == u8(SampleData::PeriodTitle))
                return p;
        }
    }
    return {};
}

QList<Shift> TestSampleData::shiftsOf(Id periodId) const
{
    const Result<QList<Shift>> shifts = PeriodStore(const_cast<Database &>(m_db)).shifts(periodId);
    return shifts ? shifts.value() : QList<Shift>();
}

QList<DutyRole> TestSampleData::rolesOf(Id periodId) const
{
    const Result<QList<DutyRole>> roles = PeriodStore(const_cast<Database &>(m_db)).roles(periodId);
    return roles ? roles.value() : QList<DutyRole>();
}

void TestSampleData::organisation()
{
    const Result<OrganisationSettings> settings = SettingsStore(m_db).organisation();
    QVERIFY(settings.ok());
    QCOMPARE(settings->parentAgency, u"UBND THÀNH PHỐ HẢI PHÒNG"_s);
    QCOMPARE(settings->issuingAgency, u"SỞ GIÁO DỤC VÀ ĐÀO TẠO"_s);
    QCOMPARE(settings->documentSymbol, u"SGDĐT-VP"_s);
    QCOMPARE(settings->placeName, u"Hải Phòng"_s);
    QCOMPARE(settings->signerAuthority, u"KT. GIÁM ĐỐC"_s);
    QCOMPARE(settings->signerTitle, u"PHÓ GIÁM ĐỐC"_s);
    QVERIFY(!settings->signerName.isEmpty());
    // The signer is one of the Department's deputy directors.
    const Unit root = unitNamed(SampleData::DepartmentName);
    bool found = false;
    for (const Person &p : std::as_const(m_people))
        found = found
            || (p.unitId == root.id && p.fullName == settings->signerName
                && p.position == u"Phó Giám đốc"_s);
    QVERIFY(found);
    QCOMPARE(settings->recipients,
             (QStringList {u"Như trên;"_s, u"Giám đốc Sở (để b/c);"_s, u"Lưu: VT, VP."_s}));
}

void TestSampleData::unitTree()
{
    QHash<UnitKind, int> count;
    for (const Unit &unit : std::as_const(m_units))
        ++count[unit.kind];
    QCOMPARE(count.value(UnitKind::Department), 1);
    QVERIFY(count.value(UnitKind::AgencyOffice) >= 5);
    QCOMPARE(count.value(UnitKind::DistrictOffice), 15);
    QVERIFY(count.value(UnitKind::School) >= 55);
    QCOMPARE(count.value(UnitKind::School), SampleData::SchoolCount);
    QVERIFY(count.value(UnitKind::Centre) >= 10);
    QVERIFY(count.value(UnitKind::Affiliated) >= 2);
    QVERIFY(count.value(UnitKind::External) >= 6);

    const Unit root = unitNamed(SampleData::DepartmentName);
    QCOMPARE(root.kind, UnitKind::Department);
    QCOMPARE(root.parentId, NoId);
    QCOMPARE(root.shortName, u"Sở GD&ĐT"_s);

    QSet<QString> names;
    QSet<QString> codes;
    for (const Unit &unit : std::as_const(m_units)) {
        QVERIFY2(!names.contains(unit.name), qPrintable(unit.name));
        names.insert(unit.name);
        QVERIFY2(!unit.shortName.isEmpty(), qPrintable(unit.name));
        QVERIFY2(!unit.code.isEmpty() && !codes.contains(unit.code), qPrintable(unit.name));
        codes.insert(unit.code);
        QCOMPARE(unit.name, VietnameseText::normalize(unit.name));
        const Unit parent = m_unitById.value(unit.parentId);
        switch (unit.kind) {
        case UnitKind::AgencyOffice:
        case UnitKind::DistrictOffice:
        case UnitKind::Affiliated:
            QCOMPARE(unit.parentId, root.id);
            break;
        case UnitKind::School:
        case UnitKind::Centre:
            QCOMPARE(parent.kind, UnitKind::DistrictOffice);
            // A school or centre is in its district office's district.
            QVERIFY2(parent.name.endsWith(unit.address.section(u',', 0, 0).section(u' ', 1)),
                     qPrintable(unit.name));
            break;
        case UnitKind::External:
            QVERIFY(unit.parentId == NoId || parent.kind == UnitKind::External);
            break;
        case UnitKind::Department:
            break;
        }
        if (unit.kind == UnitKind::School)
            QVERIFY2(unit.name.startsWith(u"Trường THPT "_s)
                         || unit.name.startsWith(u"Trường PT nhiều cấp học "_s),
                     qPrintable(unit.name));
        if (unit.kind == UnitKind::DistrictOffice)
            QVERIFY2(unit.name.startsWith(u"Phòng GD&ĐT quận "_s)
                         || unit.name.startsWith(u"Phòng GD&ĐT huyện "_s),
                     qPrintable(unit.name));
    }
    for (const char *name :
         {"Phòng GD&ĐT quận Hồng Bàng", "Phòng GD&ĐT huyện Bạch Long Vĩ",
          "Phòng GD&ĐT huyện Thủy Nguyên", "Văn phòng Sở",
          "Trung tâm Ứng cứu khẩn cấp không gian mạng Việt Nam (VNCERT)", "Viettel Hải Phòng",
          "VNPT Hải Phòng", SampleData::PartnersGroupName, SampleData::QuerySchoolName,
          SampleData::UnfilledSchoolName, SampleData::GapUnitName})
        QVERIFY2(unitNamed(name).id != NoId, name);
    QCOMPARE(unitNamed(SampleData::QuerySchoolName).kind, UnitKind::School);
}

void TestSampleData::people()
{
    QVERIFY(m_people.size() >= 1100 && m_people.size() <= 1300);
    QSet<QString> names;
    QSet<QString> folded;
    QHash<Id, int> perUnit;
    int leaders = 0;
    int it = 0;
    for (const Person &p : std::as_const(m_people)) {
        QVERIFY2(!names.contains(p.fullName), qPrintable(p.fullName));
        names.insert(p.fullName);
        const QString f = VietnameseText::fold(p.fullName);
        QVERIFY2(!folded.contains(f), qPrintable(p.fullName));
        folded.insert(f);
        const int words = int(p.fullName.split(u' ').size());
        QVERIFY2(words >= 3 && words <= 5, qPrintable(p.fullName));
        QVERIFY(!p.position.isEmpty());
        QVERIFY2(p.phones.size() >= 1 && p.phones.size() <= 2, qPrintable(p.fullName));
        ++perUnit[p.unitId];
        leaders += p.leader;
        it += p.itSecurity;
    }
    QVERIFY(!folded.contains(u"pham duc tinh"_s));
    QVERIFY(leaders > 250);
    QVERIFY(it > 150);

    // Enough people on every unit's duty roster to take turns with twelve
    // hours of rest: schools 13–14 (3 leaders, 2–3 IT staff, 3 guards),
    // centres 12–13, district offices 10–13, the Department's offices 5–8
    // (Văn phòng Sở, which also staffs the Department's slots, 14).
    QHash<Id, int> leadersPerUnit, itPerUnit, guardsPerUnit;
    for (const Person &p : std::as_const(m_people)) {
        leadersPerUnit[p.unitId] += p.leader;
        itPerUnit[p.unitId] += p.itSecurity;
        guardsPerUnit[p.unitId] += p.position == u"Bảo vệ"_s;
    }
    for (const Unit &unit : std::as_const(m_units)) {
        const int n = perUnit.value(unit.id);
        switch (unit.kind) {
        case UnitKind::School:
            QVERIFY2(n >= 13 && n <= 14, qPrintable(unit.name));
            QCOMPARE(leadersPerUnit.value(unit.id), 3);
            QVERIFY2(itPerUnit.value(unit.id) >= 2, qPrintable(unit.name));
            QCOMPARE(guardsPerUnit.value(unit.id), 3);
            break;
        case UnitKind::Centre:
            QVERIFY2(n >= 12 && n <= 13, qPrintable(unit.name));
            QCOMPARE(leadersPerUnit.value(unit.id), 3);
            QCOMPARE(guardsPerUnit.value(unit.id), 3);
            break;
        case UnitKind::DistrictOffice:
            QVERIFY2(n >= 10 && n <= 13, qPrintable(unit.name));
            QVERIFY2(leadersPerUnit.value(unit.id) >= 3, qPrintable(unit.name));
            QCOMPARE(itPerUnit.value(unit.id), 2);
            break;
        case UnitKind::AgencyOffice:
            QVERIFY2(n >= 5 && n <= (unit.name == u"Văn phòng Sở"_s ? 14 : 8),
                     qPrintable(unit.name));
            break;
        case UnitKind::Affiliated:
            QVERIFY2(n >= 6, qPrintable(unit.name));
            break;
        default:
            break;
        }
    }
}

void TestSampleData::phoneNumbers()
{
    QSet<QString> seen;
    int office = 0;
    for (const Person &p : std::as_const(m_people)) {
        for (const PhoneEntry &phone : p.phones) {
            const Result<PhoneNumber> parsed = PhoneNumber::parse(phone.e164);
            QVERIFY2(parsed.ok(), qPrintable(p.fullName + u": "_s + phone.e164));
            QCOMPARE(parsed->e164(), phone.e164);
            QVERIFY2(!seen.contains(phone.e164), qPrintable(phone.e164));
            seen.insert(phone.e164);
            if (phone.kind == PhoneKind::Mobile) {
                QCOMPARE(parsed->type(), PhoneNumber::Type::Mobile);
            } else {
                QCOMPARE(parsed->type(), PhoneNumber::Type::FixedLine);
                QVERIFY(phone.e164.startsWith(u"+84225"_s));
                ++office;
            }
        }
    }
    QVERIFY(office > 20);
    QVERIFY(!seen.contains(u"+84904185683"_s)); // the letter's number
}

void TestSampleData::hotlines()
{
    DirectoryStore directory(m_db);
    const Result<QList<Hotline>> all = directory.hotlines();
    QVERIFY(all.ok());
    QSet<QString> globalNumbers;
    QSet<QString> numbers;
    int external = 0;
    for (const Hotline &h : all.value()) {
        QVERIFY2(PhoneNumber::parse(h.number).ok(), qPrintable(h.number));
        QVERIFY(!numbers.contains(h.number));
        numbers.insert(h.number);
        QVERIFY(h.hours == u"24/7"_s || h.hours == u"07:00–22:00"_s);
        QVERIFY(!h.sourceNote.isEmpty());
        if (h.unitId == NoId)
            globalNumbers.insert(h.number);
        else if (m_unitById.value(h.unitId).kind == UnitKind::External)
            ++external;
    }
    QCOMPARE(globalNumbers, (QSet<QString> {u"113"_s, u"114"_s, u"115"_s}));
    QVERIFY(external >= 5);
    const Result<QList<Hotline>> department
        = directory.hotlinesOf(unitNamed(SampleData::DepartmentName).id);
    QVERIFY(department.ok());
    QCOMPARE(department->size(), 1);
    QVERIFY(department->first().number.startsWith(u"+84225"_s));
}

void TestSampleData::refusesNonEmptyDatabase()
{
    const QStringList before = fingerprint(m_db);
    const Status again = SampleData::build(m_db);
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code(), Error::Code::Invalid);
    QCOMPARE(fingerprint(m_db), before);
}

QStringList TestSampleData::fingerprint(Database &db)
{
    QStringList lines;
    DirectoryStore directory(db);
    QHash<Id, QString> unitNames;
    const Result<QList<Unit>> units = directory.units();
    for (const Unit &u : units.value()) {
        unitNames.insert(u.id, u.name);
        lines << u"unit|%1|%2|%3|%4"_s.arg(u.name, u.shortName, u.code).arg(int(u.kind));
    }
    QHash<Id, QString> personNames;
    const Result<QList<Person>> people = directory.people();
    for (const Person &p : people.value()) {
        personNames.insert(p.id, p.fullName);
        QStringList phones;
        for (const PhoneEntry &e : p.phones)
            phones << e.e164;
        lines << u"person|%1|%2|%3|%4|%5|%6"_s
                     .arg(unitNames.value(p.unitId), p.fullName, p.position, phones.join(u','))
                     .arg(p.leader)
                     .arg(p.itSecurity);
    }
    const Result<QList<Hotline>> hotlines = directory.hotlines();
    for (const Hotline &h : hotlines.value())
        lines << u"hotline|%1|%2|%3"_s.arg(unitNames.value(h.unitId), h.label, h.number);
    PeriodStore periods(db);
    const QList<DutyPeriod> allPeriods = periods.periods().value();
    for (const DutyPeriod &period : allPeriods) {
        QHash<Id, QString> shiftNames, roleNames;
        const QList<Shift> shifts = periods.shifts(period.id).value();
        for (const Shift &s : shifts)
            shiftNames.insert(s.id, s.name);
        const QList<DutyRole> roles = periods.roles(period.id).value();
        for (const DutyRole &r : roles)
            roleNames.insert(r.id, r.name);
        const QList<Assignment> assignments = periods.assignments(period.id).value();
        for (const Assignment &a : assignments)
            lines << u"assignment|%1|%2|%3|%4|%5|%6"_s.arg(
                period.title, unitNames.value(a.unitId), a.day.toString(Qt::ISODate),
                shiftNames.value(a.shiftId), roleNames.value(a.roleId),
                personNames.value(a.personId));
    }
    EscalationStore escalation(db);
    for (const Unit &u : units.value()) {
        const QList<EscalationStep> steps = escalation.steps(u.id).value();
        for (const EscalationStep &s : steps)
            lines << u"step|%1|%2|%3|%4|%5"_s.arg(u.name, s.roleName, personNames.value(s.personId))
                         .arg(s.hotlineId)
                         .arg(s.waitMinutes);
    }
    return lines;
}

void TestSampleData::deterministic()
{
    Database other;
    QVERIFY(other.open(m_dir.filePath(u"second.db"_s)).ok());
    const Status status = SampleData::build(other);
    QVERIFY2(status.ok(), qPrintable(status.message()));
    const QStringList first = fingerprint(m_db);
    const QStringList second = fingerprint(other);
    QVERIFY(first.size() > 2000);
    QCOMPARE(second.size(), first.size());
    for (qsizetype i = 0; i < first.size(); ++i)
        QCOMPARE(second.at(i), first.at(i));
}

void TestSampleData::period()
{
    const DutyPeriod p = firstPeriod();
    QVERIFY(p.id != NoId);
    QCOMPARE(p.title, u"Nghỉ lễ 30/4 – 01/5/2023"_s);
    QCOMPARE(p.firstDay, QDate(2023, 4, 29));
    QCOMPARE(p.lastDay, QDate(2023, 5, 3));
    QCOMPARE(p.status, PeriodStatus::Draft);

    const QList<Shift> shifts = shiftsOf(p.id);
    QCOMPARE(shifts.size(), 2);
    QCOMPARE(shifts.at(0).name, u"Ca ngày"_s);
    QCOMPARE(shifts.at(0).start, QTime(7, 30));
    QCOMPARE(shifts.at(0).end, QTime(17, 0));
    QVERIFY(!shifts.at(0).crossesMidnight());
    QCOMPARE(shifts.at(1).name, u"Ca đêm"_s);
    QCOMPARE(shifts.at(1).start, QTime(17, 0));
    QCOMPARE(shifts.at(1).end, QTime(7, 30));
    QVERIFY(shifts.at(1).crossesMidnight());

    const QList<DutyRole> roles = rolesOf(p.id);
    QCOMPARE(roles.size(), 4);
    const QStringList expected {u"Lãnh đạo trực"_s, u"Cán bộ trực"_s, u"Trực kỹ thuật/ATTT"_s,
                                u"Bảo vệ"_s};
    for (int i = 0; i < 4; ++i) {
        const DutyRole &role = roles.at(i);
        QCOMPARE(role.name, expected.at(i));
        QCOMPARE(role.leaderRole, i == 0);
        QHash<UnitKind, int> count;
        for (const RoleRequirement &r : role.requirements)
            count.insert(r.unitKind, r.count);
        QCOMPARE(count.size(), 7);
        QCOMPARE(count.value(UnitKind::External, -1), 0);
        QCOMPARE(count.value(UnitKind::School), 1);
        QCOMPARE(count.value(UnitKind::Centre), 1);
        QCOMPARE(count.value(UnitKind::Department), i == 3 ? 0 : 1);
        QCOMPARE(count.value(UnitKind::DistrictOffice), i == 3 ? 0 : 1);
        if (i == 0) {
            for (UnitKind kind :
                 {UnitKind::Department, UnitKind::AgencyOffice, UnitKind::DistrictOffice,
                  UnitKind::School, UnitKind::Centre, UnitKind::Affiliated})
                QCOMPARE(count.value(kind), 1);
        }
    }
}

void TestSampleData::exactlyOneDoubleBooking()
{
    // Over the assignments of every period.
    PeriodStore periods(m_db);
    const Result<QList<DutyPeriod>> allPeriods = periods.periods();
    QVERIFY(allPeriods.ok());
    QList<Assignment> all;
    for (const DutyPeriod &p : allPeriods.value()) {
        const Result<QList<Assignment>> some = periods.assignments(p.id);
        QVERIFY(some.ok());
        all << some.value();
    }
    QVERIFY(all.size() > 1000);
    QSet<QPair<Id, Id>> pairs;
    for (const Assignment &a : std::as_const(all)) {
        const Result<QList<Assignment>> clashes = periods.overlapping(a);
        QVERIFY(clashes.ok());
        for (const Assignment &other : clashes.value())
            pairs.insert(qMakePair(qMin(a.id, other.id), qMax(a.id, other.id)));
    }
    QCOMPARE(pairs.size(), 1);

    const Result<Assignment> one = periods.assignment(pairs.constBegin()->first);
    const Result<Assignment> two = periods.assignment(pairs.constBegin()->second);
    QVERIFY(one.ok() && two.ok());
    QCOMPARE(one->personId, two->personId);
    const QSet<QString> places {m_unitById.value(one->unitId).name,
                                m_unitById.value(two->unitId).name};
    QCOMPARE(places,
             (QSet<QString> {u8(SampleData::DoubleBookedSchoolName),
                             u8(SampleData::DoubleBookedOtherUnitName)}));
    QCOMPARE(one->day, isoDay(SampleData::DoubleBookedDay));
    QCOMPARE(two->day, isoDay(SampleData::DoubleBookedDay));
    const Result<Person> person = DirectoryStore(m_db).person(one->personId);
    QVERIFY(person.ok());
    QCOMPARE(person->position, u8(SampleData::DoubleBookedPosition));
    QCOMPARE(m_unitById.value(person->unitId).name, u8(SampleData::DoubleBookedSchoolName));
}

void TestSampleData::gapsAndUnfilledSchool()
{
    const DutyPeriod p = firstPeriod();
    PeriodStore periods(m_db);
    const QList<Shift> shifts = shiftsOf(p.id);
    const QList<DutyRole> roles = rolesOf(p.id);

    // The named gap: the unit is filled, the slot is empty.
    const Unit gapUnit = unitNamed(SampleData::GapUnitName);
    Id night = NoId;
    for (const Shift &s : shifts) {
        if (s.name == u8(SampleData::GapShiftName))
            night = s.id;
    }
    const Result<QList<Assignment>> cell
        = periods.assignmentsAt(gapUnit.id, isoDay(SampleData::GapDay), night);
    QVERIFY(cell.ok());
    QVERIFY(!cell->isEmpty());
    for (const Assignment &a : cell.value()) {
        for (const DutyRole &r : roles) {
            if (r.id == a.roleId)
                QVERIFY(r.name != u8(SampleData::GapRoleName));
        }
    }
    const Result<QList<Assignment>> unitAll = periods.assignments(p.id, gapUnit.id);
    QVERIFY(unitAll.ok());
    // 5 days × 2 shifts × 3 roles, less the gap.
    QCOMPARE(unitAll->size(), 29);

    const Result<QList<Assignment>> unfilled
        = periods.assignments(p.id, unitNamed(SampleData::UnfilledSchoolName).id);
    QVERIFY(unfilled.ok());
    QVERIFY(unfilled->isEmpty());

    // Every other unit that must fill slots has at least one assignment, and
    // nearly half the schools are complete.
    const Result<QList<Assignment>> all = periods.assignments(p.id);
    QVERIFY(all.ok());
    QHash<Id, int> perUnit;
    for (const Assignment &a : all.value())
        ++perUnit[a.unitId];
    int complete = 0;
    for (const Unit &unit : std::as_const(m_units)) {
        if (unit.kind == UnitKind::External)
            QCOMPARE(perUnit.value(unit.id), 0);
        else if (unit.name != u8(SampleData::UnfilledSchoolName))
            QVERIFY2(perUnit.value(unit.id) > 0, qPrintable(unit.name));
        if (unit.kind == UnitKind::School && perUnit.value(unit.id) == 40)
            ++complete;
    }
    QVERIFY(complete >= 20 && complete <= 35);
}

void TestSampleData::autofillCompletesTheRoster()
{
    // The roster flow: check reports the gap and the double booking; after auto-fill
    // and fixing the double booking, nothing is left. On a database of its own.
    Database db;
    QVERIFY(db.open(m_dir.filePath(u"flow.db"_s)).ok());
    QVERIFY(SampleData::build(db).ok());
    const Id period = firstPeriod().id; // the same ids in every build

    const Result<QList<RosterCheck::Problem>> before = RosterCheck::check(db, period);
    QVERIFY(before.ok());
    QHash<RosterCheck::Kind, int> kinds;
    const RosterCheck::Problem *clash = nullptr;
    for (const RosterCheck::Problem &p : before.value()) {
        ++kinds[p.kind];
        if (p.kind == RosterCheck::Kind::DoubleBooking)
            clash = &p;
    }
    QCOMPARE(kinds.value(RosterCheck::Kind::DoubleBooking), 1);
    QCOMPARE(kinds.size(), 2); // and gaps, nothing else
    QVERIFY(clash);

    AutoFill fill(db);
    const Result<AutoFill::Report> report = fill.fillPeriod(period);
    QVERIFY2(report.ok(), qPrintable(report.message()));
    QVERIFY2(report->leftEmpty.isEmpty(), qPrintable(report->leftEmpty.value(0).message));
    QCOMPARE(report->filled, kinds.value(RosterCheck::Kind::Gap));

    // Remove the school's side (tst_rosterflow removes the district office's
    // through the CLI): someone else of the school is free to take the night.
    const Unit school = unitNamed(SampleData::DoubleBookedSchoolName);
    const Id schoolSide
        = clash->unitId == school.id ? clash->assignmentId : clash->otherAssignmentId;
    QVERIFY(PeriodStore(db).unassign(schoolSide).ok());
    const Result<AutoFill::Report> again = fill.fillUnit(period, school.id);
    QVERIFY(again.ok());
    QCOMPARE(again->filled, 1);
    QVERIFY(again->leftEmpty.isEmpty());

    const Result<QList<RosterCheck::Problem>> after = RosterCheck::check(db, period);
    QVERIFY(after.ok());
    QVERIFY2(after->isEmpty(), qPrintable(after->value(0).message));
}

void TestSampleData::unavailability()
{
    const Unit unit = unitNamed(SampleData::OnLeaveUnitName);
    PeriodStore periods(m_db);
    const DutyPeriod p = firstPeriod();
    const Result<QList<Assignment>> all = periods.assignments(p.id);
    QVERIFY(all.ok());
    QSet<Id> assigned;
    for (const Assignment &a : all.value())
        assigned.insert(a.personId);
    int onLeave = 0;
    for (const Person &person : std::as_const(m_people)) {
        const Result<QList<Unavailability>> away = periods.unavailability(person.id);
        QVERIFY(away.ok());
        if (away->isEmpty())
            continue;
        ++onLeave;
        QCOMPARE(person.unitId, unit.id);
        QVERIFY(away->first().firstDay <= p.firstDay);
        QVERIFY(away->first().lastDay >= p.lastDay);
        QVERIFY(!assigned.contains(person.id));
    }
    QCOMPARE(onLeave, 1);
}

void TestSampleData::whoAtQuerySchool()
{
    const Unit school = unitNamed(SampleData::QuerySchoolName);
    QVERIFY(EscalationStore(m_db).steps(school.id).value().isEmpty()); // inherited chain
    const QDateTime at = QDateTime::fromString(QString::fromLatin1(SampleData::QueryMoment),
                                               u"yyyy-MM-dd HH:mm"_s);
    QVERIFY(at.isValid());
    const Result<DutyAnswer> answer = DutyResolver(m_db).resolve(school.id, at);
    QVERIFY2(answer.ok(), qPrintable(answer.message()));
    QVERIFY(answer->period.has_value());
    QCOMPARE(answer->period->title, u8(SampleData::PeriodTitle));
    QVERIFY(answer->shift.has_value());
    QCOMPARE(answer->shift->name, u8(SampleData::NightShiftName));
    QCOMPARE(answer->onDuty.size(), 4);
    QSet<QString> people;
    for (const OnDuty &d : answer->onDuty) {
        QVERIFY(!d.contact.name.isEmpty());
        QVERIFY(!d.contact.phones.isEmpty());
        people.insert(d.contact.name);
    }
    QCOMPARE(people.size(), 4);
    QVERIFY(answer->notice.isEmpty());

    const QList<ResolvedStep> &chain = answer->escalation;
    QVERIFY(chain.size() >= 3);
    for (const ResolvedStep &step : chain) {
        QVERIFY(step.inherited);
        QVERIFY2(step.problem.isEmpty(), qPrintable(step.label + u": "_s + step.problem));
        QVERIFY(!step.contacts.isEmpty());
        QVERIFY(!step.contacts.first().phones.isEmpty());
    }
    // The chain ends at the hotlines of external bodies.
    QHash<QString, UnitKind> kindByName;
    for (const Unit &u : std::as_const(m_units))
        kindByName.insert(u.name, u.kind);
    for (qsizetype i = chain.size() - 3; i < chain.size(); ++i) {
        const ResolvedStep &step = chain.at(i);
        QCOMPARE(step.target, EscalationTarget::Hotline);
        QCOMPARE(kindByName.value(step.contacts.first().unitName, UnitKind::School),
                 UnitKind::External);
    }
    QCOMPARE(chain.last().contacts.first().unitName,
             u"Trung tâm Ứng cứu khẩn cấp không gian mạng Việt Nam (VNCERT)"_s);
    // The district office's duty people come first.
    QCOMPARE(m_unitById.value(chain.first().ownerUnitId).kind, UnitKind::DistrictOffice);
    QCOMPARE(chain.first().ownerUnitId, school.parentId);
    // The global short numbers are listed.
    QStringList numbers;
    for (const Hotline &h : answer->hotlines)
        numbers << h.number;
    QVERIFY(numbers.contains(u"113"_s));

    // 01:00 on 1/5 is still the night shift of 30/4.
    const Result<DutyAnswer> late
        = DutyResolver(m_db).resolve(school.id, QDateTime(QDate(2023, 5, 1), QTime(1, 0)));
    QVERIFY(late.ok());
    QCOMPARE(late->shiftDay, QDate(2023, 4, 30));
    QCOMPARE(late->onDuty.size(), 4);
}

void TestSampleData::schoolWithOwnChain()
{
    const Unit school = unitNamed(SampleData::OwnChainSchoolName);
    const Result<QList<EscalationStep>> own = EscalationStore(m_db).steps(school.id);
    QVERIFY(own.ok());
    QVERIFY(own->size() >= 2);
    QCOMPARE(own->last().target, EscalationTarget::Parent);
    const Result<DutyAnswer> answer
        = DutyResolver(m_db).resolve(school.id, QDateTime(QDate(2023, 4, 29), QTime(10, 0)));
    QVERIFY(answer.ok());
    QVERIFY(!answer->escalation.first().inherited);
    QVERIFY(answer->escalation.size() > own->size());
    QCOMPARE(answer->escalation.last().target, EscalationTarget::Hotline);
}

void TestSampleData::dutyLogAndSecondPeriod()
{
    const Result<QList<DutyLogEntry>> log = DutyLogStore(m_db).entries();
    QVERIFY(log.ok());
    QVERIFY(log->size() >= 2);
    for (const DutyLogEntry &e : log.value()) {
        QCOMPARE(e.periodId, firstPeriod().id);
        QVERIFY(e.at.date() >= QDate(2023, 4, 29) && e.at.date() <= QDate(2023, 5, 3));
        QVERIFY(!e.author.isEmpty());
    }

    PeriodStore periods(m_db);
    const Result<QList<DutyPeriod>> all = periods.periods();
    QVERIFY(all.ok());
    QCOMPARE(all->size(), 2);
    const DutyPeriod &second = all->last();
    QCOMPARE(second.title, u8(SampleData::SecondPeriodTitle));
    QCOMPARE(shiftsOf(second.id).size(), 2);
    QCOMPARE(rolesOf(second.id).size(), 4);
    const Result<QList<Assignment>> assignments = periods.assignments(second.id);
    QVERIFY(assignments.ok());
    QVERIFY(!assignments->isEmpty() && assignments->size() < 20);
}

void TestSampleData::searchFindsEveryone()
{
    SearchIndex index(m_db);
    QVERIFY(index.rebuild().ok());
    for (const Person &person : std::as_const(m_people)) {
        const QString typed = VietnameseText::fold(person.fullName);
        const QList<SearchHit> hits = index.search(typed, 10);
        bool found = false;
        for (const SearchHit &hit : hits)
            found = found || (hit.kind == SearchHit::Kind::Person && hit.id == person.id);
        QVERIFY2(found, qPrintable(u"“%1” does not find %2"_s.arg(typed, person.fullName)));
    }
    // And a school typed without diacritics.
    const QList<SearchHit> hits = index.search(u"thai phien"_s, 10);
    QVERIFY(!hits.isEmpty());
    QCOMPARE(hits.first().name, u8(SampleData::QuerySchoolName));
}

QTEST_GUILESS_MAIN(TestSampleData)
#include "tst_sampledata.moc"
