#include "Backups.h"
#include "Database.h"
#include "DirectoryStore.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace DutyDesk;

namespace {
/// Readable and writable by its owner, nothing for group and others.
bool ownerOnly(const QString &path)
{
    const QFileDevice::Permissions p = QFile::permissions(path);
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup
        | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::WriteOther
        | QFileDevice::ExeOther;
    return (p & QFileDevice::ReadOwner) && (p & QFileDevice::WriteOwner) && !(p & others);
}
} // namespace

/// Backups: consistent owner-only copies, rotation, verification, restore.
class TestBackups : public QObject
{
    Q_OBJECT

private:
    QString m_path;
    QTemporaryDir m_dir;

    void addUnit(Database &db, const QString &name)
    {
        Unit unit;
        unit.kind = UnitKind::School;
        unit.name = name;
        QVERIFY(DirectoryStore(db).addUnit(unit).ok());
    }

    int unitCount(const QString &path)
    {
        const Result<Backups::Summary> summary = Backups::summarize(path);
        return summary ? summary->units : -1;
    }

    void touchBackup(const QString &stamp, const QString &reason = QStringLiteral("start"))
    {
        QFile file(Backups::folderFor(m_path) + QStringLiteral("/db-") + stamp + QLatin1Char('-')
                   + reason + QStringLiteral(".db"));
        QVERIFY(file.open(QIODevice::WriteOnly));
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QDir(m_dir.path()).removeRecursively();
        QDir().mkpath(m_dir.path());
        m_path = m_dir.filePath(QStringLiteral("db.db"));
    }

    void createIsConsistentAndOwnerOnly()
    {
        Database db;
        QVERIFY(db.open(m_path).ok());
        addUnit(db, QStringLiteral("Trường THPT Một"));
        const Result<QString> backup = Backups::create(db, QStringLiteral("manual"));
        QVERIFY2(backup.ok(), qPrintable(backup.message()));
        QCOMPARE(QFileInfo(*backup).absolutePath(), Backups::folderFor(m_path));
        QVERIFY(ownerOnly(*backup));
        const auto folderPerms = QFile::permissions(Backups::folderFor(m_path));
        QVERIFY(!(folderPerms & (QFileDevice::ReadOther | QFileDevice::ReadGroup)));
        QCOMPARE(unitCount(*backup), 1);
        const QList<Backups::Entry> entries = Backups::list(m_path);
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().reason, QStringLiteral("manual"));
        // A later change is not in the earlier backup.
        addUnit(db, QStringLiteral("Trường THPT Hai"));
        QCOMPARE(unitCount(*backup), 1);
    }

    void copyRefusesExistingTarget()
    {
        Database db;
        QVERIFY(db.open(m_path).ok());
        const QString target = m_dir.filePath(QStringLiteral("exists.db"));
        QFile file(target);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("keep me");
        file.close();
        const Status s = Backups::copyTo(db, target);
        QVERIFY(!s.ok());
        QVERIFY(s.message().contains(target));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("keep me"));
    }

    void rotationKeepsTenNewestAndOnePerDay()
    {
        QDir().mkpath(Backups::folderFor(m_path));
        const QDateTime now(QDate(2026, 5, 31), QTime(12, 0));
        // 15 backups today, then 2 a day for the 40 days before.
        for (int i = 0; i < 15; ++i)
            touchBackup(now.addSecs(-i * 60).toString(QStringLiteral("yyyyMMdd-HHmmss-zzz")));
        for (int day = 1; day <= 40; ++day) {
            for (int k = 0; k < 2; ++k)
                touchBackup(now.addDays(-day).addSecs(-k * 3600).toString(
                    QStringLiteral("yyyyMMdd-HHmmss-zzz")));
        }
        QCOMPARE(Backups::list(m_path).size(), 15 + 80);
        Backups::rotate(m_path, now);
        const QList<Backups::Entry> kept = Backups::list(m_path);
        // Ten newest (all today) + the newest of each of the 29 earlier days within 30 days.
        QCOMPARE(kept.size(), 10 + 29);
        QCOMPARE(kept.first().created, now);
        QSet<QDate> days;
        for (const Backups::Entry &e : kept) {
            QVERIFY(e.created.daysTo(now) < Backups::KeepDailyDays);
            if (e.created.date() != now.date()) {
                QVERIFY2(!days.contains(e.created.date()), "two backups kept for one day");
                days.insert(e.created.date());
            }
        }
        // Other files in the folder are never touched.
        QFile other(Backups::folderFor(m_path) + QStringLiteral("/notes.txt"));
        QVERIFY(other.open(QIODevice::WriteOnly));
        other.close();
        Backups::rotate(m_path, now.addDays(100));
        QVERIFY(other.exists());
        QCOMPARE(Backups::list(m_path).size(), 10);
    }

    void verifySoundAndDamaged()
    {
        {
            Database db;
            QVERIFY(db.open(m_path).ok());
            for (int i = 0; i < 200; ++i)
                addUnit(db, QStringLiteral("Trường số %1").arg(i));
            const Result<QStringList> problems = Backups::verify(db);
            QVERIFY(problems.ok());
            QVERIFY(problems->isEmpty());
        }
        // Damage the middle of the file.
        QFile file(m_path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.size() > 8192);
        file.seek(file.size() / 2);
        file.write(QByteArray(4096, '\xAB'));
        file.close();
        const Result<QStringList> problems = Backups::verifyFile(m_path);
        QVERIFY(!problems.ok() || !problems->isEmpty());
    }

    void summaryCountsAndNamesTheLastChange()
    {
        {
            Database db;
            QVERIFY(db.open(m_path).ok());
            const Result<Backups::Summary> empty = Backups::summarize(m_path);
            QVERIFY(empty.ok());
            QCOMPARE(empty->units, 0);
            QVERIFY(!empty->lastChange.isValid());
            addUnit(db, QStringLiteral("Trường THPT Một"));
            addUnit(db, QStringLiteral("Trường THPT Hai"));
        }
        const Result<Backups::Summary> summary = Backups::summarize(m_path);
        QVERIFY2(summary.ok(), qPrintable(summary.message()));
        QCOMPARE(summary->units, 2);
        QCOMPARE(summary->people, 0);
        QVERIFY(summary->lastChange.isValid());
        QVERIFY(qAbs(summary->lastChange.secsTo(QDateTime::currentDateTime())) < 60);
        QCOMPARE(summary->lastChangeBy, Database::currentUser());
    }

    void restoreKeepsTheCurrentFileAsBackup()
    {
        QString backup;
        {
            Database db;
            QVERIFY(db.open(m_path).ok());
            addUnit(db, QStringLiteral("Trước"));
            const Result<QString> created = Backups::create(db, QStringLiteral("manual"));
            QVERIFY(created.ok());
            backup = created.value();
            addUnit(db, QStringLiteral("Sau"));
        }
        QCOMPARE(unitCount(m_path), 2);
        const Status s = Backups::restore(backup, m_path);
        QVERIFY2(s.ok(), qPrintable(s.message()));
        QCOMPARE(unitCount(m_path), 1);
        QVERIFY(ownerOnly(m_path));
        bool keptCurrent = false;
        for (const Backups::Entry &e : Backups::list(m_path))
            keptCurrent
                = keptCurrent || (e.reason == QStringLiteral("restore") && unitCount(e.path) == 2);
        QVERIFY(keptCurrent);
    }

    void restoreRefusesDamagedBackup()
    {
        {
            Database db;
            QVERIFY(db.open(m_path).ok());
            addUnit(db, QStringLiteral("Giữ nguyên"));
        }
        const QString bad = m_dir.filePath(QStringLiteral("bad.db"));
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("this is not a database at all");
        file.close();
        QVERIFY(!Backups::restore(bad, m_path).ok());
        QCOMPARE(unitCount(m_path), 1);
    }
    void migrationWritesABackupFirst()
    {
        {
            Database db;
            QVERIFY(db.open(m_path).ok());
            addUnit(db, QStringLiteral("Trường cũ"));
        }
        // Make the file look like one written by schema version 1.
        {
            QSqlDatabase raw
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            raw.setDatabaseName(m_path);
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            QVERIFY(q.exec(QStringLiteral("DROP TABLE assignment_history")));
            QVERIFY(
                q.exec(QStringLiteral("UPDATE meta SET value = '1' WHERE key = 'schema_version'")));
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        QVERIFY(Backups::list(m_path).isEmpty());
        Database db;
        QVERIFY(db.open(m_path).ok());
        const QList<Backups::Entry> entries = Backups::list(m_path);
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().reason, QStringLiteral("migration"));
        QVERIFY(ownerOnly(entries.first().path));
        QCOMPARE(db.storedSchemaVersion().value(), Database::CurrentSchemaVersion);
        // Opening a current file again writes no further backup.
        db.close();
        QVERIFY(db.open(m_path).ok());
        QCOMPARE(Backups::list(m_path).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestBackups)
#include "tst_backups.moc"
