#include "Backups.h"
#include "Database.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>

using namespace DutyDesk;

/// Kills a real dutydesk-cli with SIGKILL in the middle of a large write, many
/// times: afterwards the database must open, verify, and hold either the whole
/// write or none of it.
class TestCrashConsistency : public QObject
{
    Q_OBJECT

private:
    static int count(Database &db, const QString &table)
    {
        QSqlQuery q(db.connection());
        if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table) || !q.next())
            return -1;
        return q.value(0).toInt();
    }

private slots:
    void killDuringSampleBuild()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());

        // The complete result, for comparison.
        const QString reference = dir.filePath(QStringLiteral("reference.db"));
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(QProcess::execute(QStringLiteral(DUTYDESK_CLI_PATH),
                                   {QStringLiteral("--database"), reference, QStringLiteral("init"),
                                    QStringLiteral("--sample")}),
                 0);
        const qint64 fullRunMs = qMax<qint64>(timer.elapsed(), 50);
        Database full;
        QVERIFY(full.open(reference, Database::OpenMode::MustExist).ok());
        const int fullUnits = count(full, QStringLiteral("units"));
        const int fullPeople = count(full, QStringLiteral("people"));
        const int fullAssignments = count(full, QStringLiteral("assignments"));
        QVERIFY(fullUnits > 0 && fullPeople > 0 && fullAssignments > 0);

        // A fixed seed: the same kill moments on every run.
        QRandomGenerator random(20230430);
        int complete = 0, empty = 0;
        // Twenty kills, fewer when the machine is slow (a sanitizer build): at
        // least five, within about a minute.
        QElapsedTimer budget;
        budget.start();
        int runs = 0;
        for (int run = 0; run < 20 && (run < 5 || budget.elapsed() < 60000); ++run) {
            ++runs;
            const QString path = dir.filePath(QStringLiteral("run%1.db").arg(run));
            QProcess process;
            process.start(QStringLiteral(DUTYDESK_CLI_PATH),
                          {QStringLiteral("--database"), path, QStringLiteral("init"),
                           QStringLiteral("--sample")});
            QVERIFY(process.waitForStarted());
            const int delay = int(random.bounded(quint32(fullRunMs + fullRunMs / 4)));
            QTest::qWait(delay);
            // Never kill(0): that would signal this whole process group.
            const qint64 pid = process.processId();
            if (process.state() == QProcess::Running && pid > 0)
                ::kill(pid_t(pid), SIGKILL);
            process.waitForFinished();

            if (!QFileInfo::exists(path)) {
                ++empty;
                continue;
            }
            Database db;
            const Status opened = db.open(path, Database::OpenMode::MustExist);
            QVERIFY2(opened.ok(), qPrintable(opened.message()));
            const Result<QStringList> problems = Backups::verify(db);
            QVERIFY(problems.ok());
            QVERIFY2(problems->isEmpty(), qPrintable(problems->join(QLatin1Char('\n'))));
            const int units = count(db, QStringLiteral("units"));
            const int people = count(db, QStringLiteral("people"));
            const int assignments = count(db, QStringLiteral("assignments"));
            if (units == 0) {
                QCOMPARE(people, 0);
                QCOMPARE(assignments, 0);
                ++empty;
            } else {
                QCOMPARE(units, fullUnits);
                QCOMPARE(people, fullPeople);
                QCOMPARE(assignments, fullAssignments);
                ++complete;
            }
        }
        qInfo("%d runs: %d complete, %d with nothing written", runs, complete, empty);
        QCOMPARE(complete + empty, runs);
    }
};

QTEST_GUILESS_MAIN(TestCrashConsistency)
#include "tst_crashconsistency.moc"
