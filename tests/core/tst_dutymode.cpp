#include "Database.h"
#include "DirectoryStore.h"
#include "DutyLogStore.h"
#include "DutyResolver.h"
#include "PeriodStore.h"
#include "SampleData.h"
#include "SearchIndex.h"
#include "SettingsStore.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace DutyDesk;

/// Read-only duty mode: a duty officer's desk searches, answers and writes the
/// duty log, and changes nothing else.
class TestDutyMode : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Database m_db;

    int count(const QString &table)
    {
        QSqlQuery q(m_db.connection());
        return q.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table) && q.next()
            ? q.value(0).toInt()
            : -1;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString path = m_dir.filePath(QStringLiteral("duty.db"));
        {
            Database setup;
            QVERIFY(setup.open(path).ok());
            QVERIFY(SampleData::build(setup).ok());
        }
        QVERIFY(m_db.open(path).ok());
        m_db.setDutyMode(true);
        QVERIFY(m_db.isDutyMode());
    }

    void editsAreRefusedWithTheReason()
    {
        const int units = count(QStringLiteral("units"));
        const int people = count(QStringLiteral("people"));
        const int audit = count(QStringLiteral("audit_log"));
        DirectoryStore directory(m_db);
        Unit unit;
        unit.name = QStringLiteral("Trường mới");
        const Result<Unit> added = directory.addUnit(unit);
        QVERIFY(!added.ok());
        QVERIFY(added.message().contains(QStringLiteral("duty mode")));

        Result<Person> person = directory.person(1);
        QVERIFY(person.ok());
        Person changed = person.value();
        changed.position = QStringLiteral("Đổi chức vụ");
        QVERIFY(!directory.updatePerson(changed).ok());
        QVERIFY(!directory.deletePerson(changed.id).ok());
        QVERIFY(!PeriodStore(m_db).unassign(1).ok());
        QVERIFY(!SettingsStore(m_db).setValue(QStringLiteral("x"), QStringLiteral("y")).ok());

        QCOMPARE(count(QStringLiteral("units")), units);
        QCOMPARE(count(QStringLiteral("people")), people);
        QCOMPARE(directory.person(1)->position, person->position);
        QCOMPARE(count(QStringLiteral("audit_log")), audit);
    }

    void searchAndWhoStillAnswer()
    {
        SearchIndex index(m_db);
        QVERIFY(index.rebuild().ok());
        QVERIFY(!index.search(QStringLiteral("thai phien")).isEmpty());
        const Result<DutyAnswer> answer
            = DutyResolver(m_db).resolve(1, QDateTime(QDate(2023, 4, 30), QTime(20, 0)));
        QVERIFY(answer.ok());
        QVERIFY(!answer->onDuty.isEmpty());
    }

    void theDutyLogCanBeWritten()
    {
        DutyLogStore log(m_db);
        DutyLogEntry entry;
        entry.unitId = 1;
        entry.category = LogCategory::Call;
        entry.text = QStringLiteral("Trường báo mất kết nối mạng lúc 21:05");
        const Result<DutyLogEntry> added = log.add(entry);
        QVERIFY2(added.ok(), qPrintable(added.message()));
        const Result<DutyLogEntry> corrected = log.correct(
            added->id, QStringLiteral("Trường báo mất kết nối mạng lúc 21:15"), added->author);
        QVERIFY2(corrected.ok(), qPrintable(corrected.message()));
        // An audit record of the entry is written with it.
        QSqlQuery q(m_db.connection());
        QVERIFY(
            q.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE table_name = 'duty_log' "
                                  "AND row_id = %1")
                       .arg(added->id)));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    void recordsAreAllowedEditsAreNot()
    {
        QVERIFY(m_db.transaction([] { return Status(); }, Database::WriteKind::Record).ok());
        const Status edit = m_db.transaction([] { return Status(); });
        QVERIFY(!edit.ok());
        QCOMPARE(edit.message(), Database::dutyModeError().message());
        m_db.setDutyMode(false);
        QVERIFY(m_db.transaction([] { return Status(); }).ok());
        m_db.setDutyMode(true);
    }
};

QTEST_GUILESS_MAIN(TestDutyMode)
#include "tst_dutymode.moc"
