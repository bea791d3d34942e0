#include "AuditLog.h"
#include "Database.h"
#include "DirectoryStore.h"
#include "PeriodStore.h"
#include "SampleData.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace DutyDesk;

/// Erasing a person on request: nothing of their data remains in the
/// database, the audit history included.
class TestErasure : public QObject
{
    Q_OBJECT

private slots:
    void erasedPersonLeavesNoTrace()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.filePath(QStringLiteral("e.db"))).ok());
        QVERIFY(SampleData::build(db).ok());
        DirectoryStore directory(db);

        // Someone with duty slots and a change in the history.
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT person_id FROM assignments WHERE person_id IS NOT "
                                      "NULL GROUP BY person_id ORDER BY COUNT(*) DESC LIMIT 1")));
        QVERIFY(q.next());
        const Id id = q.value(0).toLongLong();
        Person person = directory.person(id).value();
        person.notes = QStringLiteral("Số nhà riêng đã đổi");
        QVERIFY(directory.updatePerson(person).ok());
        const QString name = person.fullName;
        const QString number = person.phones.first().e164;

        QVERIFY2(directory.erasePerson(id).ok(), "erase failed");

        QVERIFY(!directory.person(id).ok());
        for (const char *sql : {"SELECT COUNT(*) FROM phone_numbers WHERE person_id = %1",
                                "SELECT COUNT(*) FROM assignments WHERE person_id = %1",
                                "SELECT COUNT(*) FROM escalation_steps WHERE person_id = %1"}) {
            QVERIFY(q.exec(QString::fromLatin1(sql).arg(id)));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toInt(), 0);
        }
        // Neither the name nor the number is anywhere in the audit log.
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE instr(before_json, "
                                      "'%1') > 0 OR instr(after_json, '%1') > 0 OR "
                                      "instr(before_json, '%2') > 0 OR instr(after_json, '%2') > 0")
                           .arg(name, number)));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        // That it happened is recorded, without the data.
        AuditLog::Filter filter;
        filter.table = QStringLiteral("people");
        filter.rowId = id;
        const QList<AuditRecord> records = AuditLog(db).records(filter).value();
        QVERIFY(!records.isEmpty());
        QCOMPARE(records.last().action, QStringLiteral("erase"));
        for (const AuditRecord &r : records) {
            QVERIFY(!r.before.contains(name));
            QVERIFY(!r.after.contains(name));
        }
        // Other people's history is untouched.
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE table_name = 'people' "
                                      "AND before_json = '' AND action = 'insert'")));
        QVERIFY(q.next());
        QVERIFY(q.value(0).toInt() > 100);
        QVERIFY(!directory.erasePerson(id).ok());
    }
};

QTEST_GUILESS_MAIN(TestErasure)
#include "tst_erasure.moc"
