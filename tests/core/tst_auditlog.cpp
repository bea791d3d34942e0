#include "AuditLog.h"
#include "Database.h"
#include "DirectoryStore.h"
#include "EscalationStore.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace DutyDesk;

/// Reading the audit log through its filters: by unit, by person, by dates and
/// by words, newest first with a limit.
class TestAuditLog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    QList<Id> m_units; // eleven units: ids 1 and 11 share a prefix
    Id m_an = NoId; // in the first unit
    Id m_binh = NoId; // in the eleventh unit
    Id m_hotline = NoId;

    QList<AuditRecord> records(const AuditLog::Filter &filter)
    {
        const Result<QList<AuditRecord>> r = AuditLog(*m_db).records(filter);
        if (!r)
            qWarning("%s", qPrintable(r.message()));
        return r ? r.value() : QList<AuditRecord>();
    }

    static QStringList summary(const QList<AuditRecord> &list)
    {
        QStringList out;
        for (const AuditRecord &r : list)
            out << r.action + QLatin1Char(' ') + r.table;
        return out;
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QFile::remove(m_dir.filePath(QStringLiteral("audit.db")));
        m_db = std::make_unique<Database>();
        QVERIFY(m_db->open(m_dir.filePath(QStringLiteral("audit.db"))).ok());
        DirectoryStore directory(*m_db);
        m_units.clear();
        for (int i = 1; i <= 11; ++i) {
            Unit unit;
            unit.kind = UnitKind::School;
            unit.name = QStringLiteral("Trường số %1").arg(i);
            const Result<Unit> added = directory.addUnit(unit);
            QVERIFY(added);
            m_units << added->id;
        }
        QCOMPARE(m_units.first(), Id(1));
        QCOMPARE(m_units.last(), Id(11));

        Person an;
        an.unitId = m_units.first();
        an.fullName = QString::fromUtf8("Nguyễn Văn An");
        an.position = QString::fromUtf8("Hiệu trưởng");
        const Result<Person> addedAn = directory.addPerson(an);
        QVERIFY(addedAn);
        m_an = addedAn->id;
        Person binh;
        binh.unitId = m_units.last();
        binh.fullName = QString::fromUtf8("Trần Thị Bình");
        const Result<Person> addedBinh = directory.addPerson(binh);
        QVERIFY(addedBinh);
        m_binh = addedBinh->id;

        Person changed = addedAn.value();
        changed.position = QString::fromUtf8("Phó Hiệu trưởng");
        QVERIFY(directory.updatePerson(changed).ok());

        Hotline hotline;
        hotline.unitId = m_units.first();
        hotline.label = QString::fromUtf8("Đường dây nóng");
        hotline.number = QStringLiteral("+842253842123");
        const Result<Hotline> addedHotline = directory.addHotline(hotline);
        QVERIFY2(addedHotline, qPrintable(addedHotline.message()));
        m_hotline = addedHotline->id;

        // The first unit's chain calls Bình of the eleventh.
        EscalationStep step;
        step.target = EscalationTarget::Person;
        step.personId = m_binh;
        QVERIFY(EscalationStore(*m_db).setChain(m_units.first(), {step}).ok());
    }

    void cleanup() { m_db.reset(); }

    void byUnit()
    {
        AuditLog::Filter filter;
        filter.unitId = m_units.first();
        const QList<AuditRecord> list = records(filter);
        QCOMPARE(summary(list),
                 QStringList({QStringLiteral("insert units"), QStringLiteral("insert people"),
                              QStringLiteral("update people"), QStringLiteral("insert hotlines"),
                              QStringLiteral("replace_chain escalation_steps"),
                              QStringLiteral("insert escalation_steps")}));
        // Unit 11 is not unit 1, though its id starts the same.
        for (const AuditRecord &r : list)
            QVERIFY(!(r.table == QLatin1String("people") && r.rowId == m_binh));

        filter.unitId = m_units.last();
        QCOMPARE(summary(records(filter)),
                 QStringList({QStringLiteral("insert units"), QStringLiteral("insert people")}));
    }

    void byPerson()
    {
        AuditLog::Filter filter;
        filter.personId = m_an;
        QCOMPARE(summary(records(filter)),
                 QStringList({QStringLiteral("insert people"), QStringLiteral("update people")}));
        // Bình: added, and named by the first unit's escalation step.
        filter.personId = m_binh;
        QCOMPARE(summary(records(filter)),
                 QStringList(
                     {QStringLiteral("insert people"), QStringLiteral("insert escalation_steps")}));
        // Both filters at once: what of this unit names this person.
        filter.unitId = m_units.first();
        QCOMPARE(summary(records(filter)),
                 QStringList({QStringLiteral("insert escalation_steps")}));
    }

    void byWordsWithoutDiacritics()
    {
        AuditLog::Filter filter;
        filter.text = QStringLiteral("pho hieu truong");
        QCOMPARE(summary(records(filter)), QStringList({QStringLiteral("update people")}));
        filter.text = QStringLiteral("BINH tran");
        QCOMPARE(records(filter).size(), 1);
        filter.text = QStringLiteral("nobody at all");
        QVERIFY(records(filter).isEmpty());
    }

    void byDates()
    {
        // Move the eleventh unit's creation to the holiday.
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE audit_log SET at = '2023-04-30T08:00:00' "
                                      "WHERE table_name = 'units' AND row_id = 11")));
        AuditLog::Filter filter;
        filter.since = QDateTime(QDate(2023, 4, 30), QTime(0, 0));
        filter.until = QDateTime(QDate(2023, 5, 1), QTime(0, 0));
        const QList<AuditRecord> list = records(filter);
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().rowId, Id(11));
        QCOMPARE(list.first().at, QDateTime(QDate(2023, 4, 30), QTime(8, 0)));
        filter.until = QDateTime(QDate(2023, 4, 30), QTime(8, 0)); // until is exclusive
        QVERIFY(records(filter).isEmpty());
    }

    void newestFirstWithLimit()
    {
        AuditLog::Filter filter;
        filter.newestFirst = true;
        filter.limit = 2;
        QCOMPARE(summary(records(filter)),
                 QStringList({QStringLiteral("insert escalation_steps"),
                              QStringLiteral("replace_chain escalation_steps")}));
        // The limit counts what passed the unit filter, not what SQL read.
        filter.unitId = m_units.last();
        filter.limit = 1;
        QCOMPARE(summary(records(filter)), QStringList({QStringLiteral("insert people")}));
    }
};

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
