#include "Database.h"
#include "DirectoryStore.h"
#include "Generator.h"
#include "PeriodStore.h"
#include "PhoneNumber.h"
#include "RosterCheck.h"
#include "SearchIndex.h"

#include <QCryptographicHash>
#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace DutyDesk;

class TestGenerator : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void counts();
    void sameSeedSameData();
    void otherSeedOtherData();
    void phonesValidAndUnique();
    void passesRosterCheck();
    void unitTree();
    void familyNameFrequencies();
    void refusesBadOptions();
    void refusesNonEmptyDatabase();

private:
    static Generator::Options smallOptions(quint64 seed = 7);
    /// A hash of every generated table, row by row in id order (the audit log
    /// and settings, which hold the time and the user, left out).
    static QByteArray dumpHash(Database &db);
    qint64 count(const QString &sql);

    QTemporaryDir m_dir;
    Database m_db;
    Generator::Report m_report;
};

Generator::Options TestGenerator::smallOptions(quint64 seed)
{
    Generator::Options options;
    options.units = 300;
    options.people = 3000;
    options.days = 4;
    options.seed = seed;
    return options;
}

QByteArray TestGenerator::dumpHash(Database &db)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const QStringList tables = {u"units"_s,      u"people"_s,           u"phone_numbers"_s,
                                u"hotlines"_s,   u"escalation_steps"_s, u"duty_periods"_s,
                                u"shifts"_s,     u"duty_roles"_s,       u"role_requirements"_s,
                                u"assignments"_s};
    for (const QString &table : tables) {
        QSqlQuery q(db.connection());
        const QString order = table == u"role_requirements"_s ? u"role_id, unit_kind"_s : u"id"_s;
        if (!q.exec(u"SELECT * FROM "_s + table + u" ORDER BY "_s + order))
            return {};
        hash.addData(table.toUtf8());
        while (q.next()) {
            for (int c = 0; c < q.record().count(); ++c) {
                hash.addData(q.value(c).toString().toUtf8());
                hash.addData(QByteArrayView("\x1f", 1));
            }
            hash.addData(QByteArrayView("\n", 1));
        }
    }
    return hash.result();
}

qint64 TestGenerator::count(const QString &sql)
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

void TestGenerator::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(m_db.open(m_dir.filePath(u"first.db"_s)).ok());
    const Result<Generator::Report> report = Generator::generate(m_db, smallOptions());
    QVERIFY2(report.ok(), qPrintable(report.message()));
    m_report = report.value();
}

void TestGenerator::counts()
{
    QCOMPARE(m_report.units, 300);
    QCOMPARE(m_report.people, 3000);
    QCOMPARE(count(u"SELECT COUNT(*) FROM units"_s), 300);
    QCOMPARE(count(u"SELECT COUNT(*) FROM people"_s), 3000);
    QCOMPARE(count(u"SELECT COUNT(*) FROM phone_numbers"_s), qint64(m_report.phones));
    QVERIFY(m_report.phones >= 3000);
    QCOMPARE(count(u"SELECT COUNT(*) FROM assignments"_s), qint64(m_report.assignments));
    // 4 days × 2 shifts × 3 roles for every unit but the external partners.
    const qint64 staffed = count(u"SELECT COUNT(*) FROM units WHERE kind <> 'external'"_s);
    QVERIFY(staffed > 290);
    QCOMPARE(qint64(m_report.assignments), staffed * 4 * 2 * 3);
    QVERIFY(m_report.escalationSteps > 0);
    QCOMPARE(count(u"SELECT COUNT(*) FROM escalation_steps"_s), qint64(m_report.escalationSteps));
    // Every staffed unit has the six people its roster needs.
    QCOMPARE(count(u"SELECT COUNT(*) FROM units u WHERE kind <> 'external' AND "
                   "(SELECT COUNT(*) FROM people p WHERE p.unit_id = u.id) < 6"_s),
             0);
    QCOMPARE(count(u"PRAGMA foreign_key_check"_s), -1); // no row: no violation

    const Result<QList<DutyPeriod>> periods = PeriodStore(m_db).periods();
    QVERIFY(periods.ok());
    QCOMPARE(periods->size(), 1);
    QCOMPARE(periods->first().id, m_report.periodId);
    QCOMPARE(periods->first().firstDay.daysTo(periods->first().lastDay), 3);
}

void TestGenerator::sameSeedSameData()
{
    Database other;
    QVERIFY(other.open(m_dir.filePath(u"second.db"_s)).ok());
    const Result<Generator::Report> report = Generator::generate(other, smallOptions());
    QVERIFY2(report.ok(), qPrintable(report.message()));
    const QByteArray first = dumpHash(m_db);
    QVERIFY(!first.isEmpty());
    QCOMPARE(dumpHash(other).toHex(), first.toHex());
}

void TestGenerator::otherSeedOtherData()
{
    Database other;
    QVERIFY(other.open(m_dir.filePath(u"third.db"_s)).ok());
    const Result<Generator::Report> report = Generator::generate(other, smallOptions(8));
    QVERIFY2(report.ok(), qPrintable(report.message()));
    QVERIFY(dumpHash(other) != dumpHash(m_db));
}

void TestGenerator::phonesValidAndUnique()
{
    QSqlQuery q(m_db.connection());
    QVERIFY(q.exec(u"SELECT e164 FROM phone_numbers ORDER BY id"_s));
    QSet<QString> seen;
    int checked = 0;
    while (q.next()) {
        const QString e164 = q.value(0).toString();
        QVERIFY2(!seen.contains(e164), qPrintable(e164));
        seen.insert(e164);
        // A sample is enough to prove the patterns; parse() is the slow part.
        if (seen.size() % 7 == 1) {
            const Result<PhoneNumber> parsed = PhoneNumber::parse(e164);
            QVERIFY2(parsed.ok(), qPrintable(e164));
            QCOMPARE(parsed->e164(), e164);
            ++checked;
        }
    }
    QVERIFY(checked > 400);
    QCOMPARE(count(u"SELECT COUNT(*) FROM people p WHERE NOT EXISTS "
                   "(SELECT 1 FROM phone_numbers n WHERE n.person_id = p.id)"_s),
             0);
}

void TestGenerator::passesRosterCheck()
{
    const Result<QList<RosterCheck::Problem>> problems
        = RosterCheck::check(m_db, m_report.periodId);
    QVERIFY2(problems.ok(), qPrintable(problems.message()));
    for (const RosterCheck::Problem &problem : problems.value())
        qWarning("%s", qPrintable(problem.message));
    QCOMPARE(problems->size(), 0);
    // No double booking even counted by hand: one slot per person and shift.
    QCOMPARE(count(u"SELECT COUNT(*) FROM (SELECT person_id, day, shift_id FROM assignments "
                   "GROUP BY 1, 2, 3 HAVING COUNT(*) > 1)"_s),
             0);
}

void TestGenerator::unitTree()
{
    const Result<QList<Unit>> units = DirectoryStore(m_db).units();
    QVERIFY(units.ok());
    QHash<UnitKind, int> kinds;
    for (const Unit &unit : units.value()) {
        ++kinds[unit.kind];
        if (unit.kind == UnitKind::Department)
            QCOMPARE(unit.parentId, NoId);
        else
            QVERIFY(unit.parentId != NoId);
        QVERIFY(!unit.name.isEmpty());
    }
    QCOMPARE(kinds.value(UnitKind::Department), 1);
    QVERIFY(kinds.value(UnitKind::AgencyOffice) >= 5);
    QVERIFY(kinds.value(UnitKind::DistrictOffice) >= 3);
    QVERIFY(kinds.value(UnitKind::School) > 200);
    QVERIFY(kinds.value(UnitKind::Centre) >= 3);
    QVERIFY(kinds.value(UnitKind::External) >= 1);

    SearchIndex index(m_db);
    QVERIFY(index.rebuild().ok());
    QVERIFY(!index.search(u"nguyen"_s).isEmpty());
    QVERIFY(!index.search(u"Trường THCS"_s).isEmpty());
}

void TestGenerator::familyNameFrequencies()
{
    // Nguyễn is about 38 % of people, Trần about 11 %.
    const qint64 nguyen = count(u"SELECT COUNT(*) FROM people WHERE full_name LIKE 'Nguyễn %'"_s);
    const qint64 tran = count(u"SELECT COUNT(*) FROM people WHERE full_name LIKE 'Trần %'"_s);
    QVERIFY2(nguyen > 1000 && nguyen < 1300, qPrintable(QString::number(nguyen)));
    QVERIFY2(tran > 250 && tran < 420, qPrintable(QString::number(tran)));
}

void TestGenerator::refusesBadOptions()
{
    Database db;
    QVERIFY(db.open(m_dir.filePath(u"bad.db"_s)).ok());
    Generator::Options options = smallOptions();
    options.people = options.units * Generator::MinimumPeoplePerUnit - 1;
    Result<Generator::Report> report = Generator::generate(db, options);
    QVERIFY(!report.ok());
    QCOMPARE(report.error().code(), Error::Code::Invalid);
    options = smallOptions();
    options.days = 0;
    report = Generator::generate(db, options);
    QVERIFY(!report.ok());
    QCOMPARE(count(u"SELECT COUNT(*) FROM units"_s), 300); // the other file untouched
}

void TestGenerator::refusesNonEmptyDatabase()
{
    const Result<Generator::Report> report = Generator::generate(m_db, smallOptions());
    QVERIFY(!report.ok());
    QCOMPARE(report.error().code(), Error::Code::Invalid);
    QCOMPARE(count(u"SELECT COUNT(*) FROM units"_s), 300);
}

QTEST_GUILESS_MAIN(TestGenerator)
#include "tst_generator.moc"
