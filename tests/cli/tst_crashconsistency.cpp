#include "Backups.h"
#include "Database.h"

#include <QDir>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>

using namespace DutyDesk;

/// Kills a real dutydesk-cli with SIGKILL in the middle of a large write, many
/// times: afterwards the database must open, verify, and hold either the whole
/// write or none of it; and every edit it reported as saved is there.
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

    /// Runs dutydesk-cli to the end; its exit code, -1 when it did not finish.
    static int cli(const QStringList &arguments, QString *output = nullptr)
    {
        QProcess process;
        process.start(QStringLiteral(DUTYDESK_CLI_PATH),
                      QStringList {QStringLiteral("--lang"), QStringLiteral("en")} + arguments);
        if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit)
            return -1;
        if (output)
            *output = QString::fromUtf8(process.readAllStandardOutput()
                                        + process.readAllStandardError());
        return process.exitCode();
    }

    /// SIGKILLs `process` if it still runs, and reaps it.
    static void killNow(QProcess &process)
    {
        // Never kill(0): that would signal this whole process group.
        const qint64 pid = process.processId();
        if (process.state() == QProcess::Running && pid > 0)
            ::kill(pid_t(pid), SIGKILL);
        process.waitForFinished();
    }

    /// Checks a database left by a killed process: it opens and verifies,
    /// through the library and through `dutydesk-cli verify`.
    static void verifySound(const QString &path, Database &db)
    {
        QString output;
        QCOMPARE(cli({QStringLiteral("--database"), path, QStringLiteral("verify")}, &output), 0);
        const Status opened = db.open(path, Database::OpenMode::MustExist);
        QVERIFY2(opened.ok(), qPrintable(opened.message()));
        const Result<QStringList> problems = Backups::verify(db);
        QVERIFY(problems.ok());
        QVERIFY2(problems->isEmpty(), qPrintable(problems->join(QLatin1Char('\n'))));
    }

    /// A database holding the sample, made once; each run works on a copy.
    QString samplePath()
    {
        if (m_sample.isEmpty()) {
            const QString path = m_dir.filePath(QStringLiteral("sample.db"));
            if (cli({QStringLiteral("--database"), path, QStringLiteral("init"),
                     QStringLiteral("--sample")})
                == 0)
                m_sample = path;
        }
        return m_sample;
    }

    QString copyOfSample(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        QFile::remove(path);
        return QFile::copy(samplePath(), path) ? path : QString();
    }

    static void startImport(QProcess &process, const QString &database, const QString &list)
    {
        process.start(QStringLiteral(DUTYDESK_CLI_PATH),
                      {QStringLiteral("--database"), database, QStringLiteral("import"),
                       QStringLiteral("people"), list});
        process.waitForStarted();
    }

    /// Waits until the import running in `process` has taken its backup of
    /// `database` (the step before its transaction); false if it ended first.
    static bool waitForBackup(QProcess &process, const QString &database)
    {
        const QFileInfo info(database);
        const QDir backups(info.absolutePath() + QStringLiteral("/backups"));
        const QStringList pattern {info.completeBaseName() + QStringLiteral("-*")};
        while (process.state() == QProcess::Running) {
            if (!backups.entryList(pattern, QDir::Files).isEmpty())
                return true;
            process.waitForFinished(2);
        }
        return false;
    }

    QTemporaryDir m_dir;
    QString m_sample;

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

    void killDuringImport()
    {
        const QString sample = samplePath();
        QVERIFY(!sample.isEmpty());

        // A people list with four thousand new people spread over every unit,
        // as a Department collecting its units' lists would import: long
        // enough for the kills to land in the middle of its transaction.
        QStringList units;
        {
            Database db;
            QVERIFY(db.open(sample, Database::OpenMode::MustExist).ok());
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(QStringLiteral("SELECT name FROM units WHERE active ORDER BY id")));
            while (q.next())
                units << q.value(0).toString();
        }
        QVERIFY(units.size() > 10);
        const QStringList families = QString::fromUtf8("Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ "
                                                       "Đặng Bùi Đỗ Hồ Ngô Dương Lý")
                                         .split(u' ');
        const QStringList middles
            = QString::fromUtf8("Văn Thị Hữu Đức Minh Thanh Quang Ngọc Xuân Thu").split(u' ');
        const QStringList givens
            = QString::fromUtf8("An Bình Chi Dũng Giang Hà Hải Hạnh Hiếu Hòa Hùng Hương Khánh "
                                "Lan Linh Long Mai Nam Nga Nhung Phong Phúc Quân Quỳnh Sơn Tâm")
                  .split(u' ');
        constexpr int Rows = 4000;
        QString csv = QString::fromUtf8("Họ và tên,Đơn vị,Số điện thoại\n");
        for (int i = 0; i < Rows; ++i) {
            const QString name = families.at(i % families.size()) + u' '
                + middles.at((i / families.size()) % middles.size()) + u' '
                + givens.at((i / (families.size() * middles.size())) % givens.size());
            QString unit = units.at(i % units.size());
            unit.replace(QStringLiteral("\""), QStringLiteral("\"\""));
            csv += QStringLiteral("%1,\"%2\",0388%3\n")
                       .arg(name, unit)
                       .arg(i, 6, 10, QLatin1Char('0'));
        }
        const QString list = m_dir.filePath(QStringLiteral("people.csv"));
        {
            QFile file(list);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(csv.toUtf8());
        }

        // The whole import once, for the counts it gives, timed: how long
        // its writing lasts, from the backup taken before the transaction to
        // the end.
        const QString reference = copyOfSample(QStringLiteral("import-reference.db"));
        QVERIFY(!reference.isEmpty());
        qint64 fullRunMs = 0;
        qint64 writingMs = 0;
        {
            QElapsedTimer timer;
            timer.start();
            QProcess process;
            startImport(process, reference, list);
            QVERIFY(waitForBackup(process, reference));
            const qint64 writing = timer.elapsed();
            QVERIFY(process.waitForFinished(120000));
            QCOMPARE(process.exitCode(), 0);
            fullRunMs = timer.elapsed();
            writingMs = qMax<qint64>(fullRunMs - writing, 20);
        }
        int beforePeople = 0, beforePhones = 0, fullPeople = 0, fullPhones = 0;
        {
            Database db;
            QVERIFY(db.open(sample, Database::OpenMode::MustExist).ok());
            beforePeople = count(db, QStringLiteral("people"));
            beforePhones = count(db, QStringLiteral("phone_numbers"));
        }
        {
            Database db;
            QVERIFY(db.open(reference, Database::OpenMode::MustExist).ok());
            fullPeople = count(db, QStringLiteral("people"));
            fullPhones = count(db, QStringLiteral("phone_numbers"));
        }
        // Nearly every row is a new person (a few names may already be there).
        QVERIFY(fullPeople - beforePeople > Rows * 9 / 10);
        QVERIFY(fullPhones - beforePhones > Rows * 9 / 10);

        // Reading and checking the rows writes nothing: each kill waits for
        // the backup, then lands at a random moment of the writing or a
        // little past it.
        QRandomGenerator random(20230902);
        int whole = 0, none = 0, runs = 0;
        QElapsedTimer budget;
        budget.start();
        for (int run = 0; run < 8 && (run < 3 || budget.elapsed() < 30000); ++run) {
            ++runs;
            const QString path = copyOfSample(QStringLiteral("import%1.db").arg(run));
            QVERIFY(!path.isEmpty());
            QProcess process;
            startImport(process, path, list);
            if (waitForBackup(process, path))
                process.waitForFinished(int(random.bounded(quint32(writingMs * 13 / 10))));
            killNow(process);

            Database db;
            verifySound(path, db);
            if (QTest::currentTestFailed())
                return;
            const int people = count(db, QStringLiteral("people"));
            const int phones = count(db, QStringLiteral("phone_numbers"));
            if (people == beforePeople) {
                QCOMPARE(phones, beforePhones);
                ++none;
            } else {
                QCOMPARE(people, fullPeople);
                QCOMPARE(phones, fullPhones);
                ++whole;
            }
        }
        qInfo("%d-row import: %lld ms, writing %lld ms; %d kills: %d with the whole import, "
              "%d with none of it",
              Rows, fullRunMs, writingMs, runs, whole, none);
        QCOMPARE(whole + none, runs);
    }

    void killDuringEdits()
    {
        const QString sample = samplePath();
        QVERIFY(!sample.isEmpty());
        // The slots edited: assignments of the sample, each emptied and then
        // given back to the same person (a new assignment).
        struct Slot
        {
            qint64 id = 0;
            QStringList where; ///< --period, --unit, --day, --shift, --role, --person
            QString key; ///< period|unit|day|shift|role|person
        };
        QList<Slot> filled;
        {
            Database db;
            QVERIFY(db.open(sample, Database::OpenMode::MustExist).ok());
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(QStringLiteral(
                "SELECT id, period_id, unit_id, day, shift_id, role_id, person_id FROM "
                "assignments WHERE person_id IS NOT NULL ORDER BY id")));
            while (q.next()) {
                Slot slot;
                slot.id = q.value(0).toLongLong();
                QStringList values;
                for (int i = 1; i <= 6; ++i)
                    values << q.value(i).toString();
                slot.where = {QStringLiteral("--period"), values.at(0),
                              QStringLiteral("--unit"),   values.at(1),
                              QStringLiteral("--day"),    values.at(2),
                              QStringLiteral("--shift"),  values.at(3),
                              QStringLiteral("--role"),   values.at(4),
                              QStringLiteral("--person"), values.at(5)};
                slot.key = values.join(u'|');
                filled << slot;
            }
        }
        QVERIFY(filled.size() > 100);

        QRandomGenerator random(20240210);
        static const QRegularExpression assigned(QStringLiteral("Assigned \\(id (\\d+)\\)"));
        int reported = 0, runs = 0;
        QElapsedTimer budget;
        budget.start();
        for (int run = 0; run < 6 && (run < 3 || budget.elapsed() < 15000); ++run) {
            ++runs;
            const QString path = copyOfSample(QStringLiteral("edits%1.db").arg(run));
            QVERIFY(!path.isEmpty());
            // One edit after another until a random moment, when the running
            // one is killed, wherever it is.
            QList<qint64> emptied; ///< assignments reported deleted
            QHash<qint64, QString> added; ///< assignments reported saved, and their slot
            QElapsedTimer clock;
            clock.start();
            const qint64 deadline = 300 + random.bounded(2500);
            for (int edit = 0; clock.elapsed() < deadline; ++edit) {
                const Slot &slot = filled.at((run * 37 + edit / 2) % filled.size());
                const bool give = edit % 2 == 1;
                QProcess process;
                process.start(QStringLiteral(DUTYDESK_CLI_PATH),
                              QStringList {QStringLiteral("--database"), path,
                                           QStringLiteral("--lang"), QStringLiteral("en")}
                                  + (give ? QStringList {QStringLiteral("assign")} + slot.where
                                          : QStringList {QStringLiteral("unassign"),
                                                         QString::number(slot.id)}));
                QVERIFY(process.waitForStarted());
                if (!process.waitForFinished(int(qMax<qint64>(deadline - clock.elapsed(), 1)))) {
                    killNow(process);
                    break;
                }
                // Finished before the kill: what it reported is saved.
                const QString out = QString::fromUtf8(process.readAllStandardOutput());
                QVERIFY2(process.exitCode() == 0,
                         qPrintable(out + QString::fromUtf8(process.readAllStandardError())));
                if (give) {
                    const QRegularExpressionMatch match = assigned.match(out);
                    QVERIFY2(match.hasMatch(), qPrintable(out));
                    added.insert(match.captured(1).toLongLong(), slot.key);
                } else {
                    QVERIFY2(
                        out.contains(QStringLiteral("Slot emptied (assignment %1).").arg(slot.id)),
                        qPrintable(out));
                    emptied << slot.id;
                }
            }

            Database db;
            verifySound(path, db);
            if (QTest::currentTestFailed())
                return;
            for (const qint64 id : std::as_const(emptied)) {
                QSqlQuery q(db.connection());
                q.prepare(QStringLiteral("SELECT COUNT(*) FROM assignments WHERE id = ?"));
                q.addBindValue(id);
                QVERIFY(q.exec() && q.next());
                QVERIFY2(q.value(0).toInt() == 0, qPrintable(QString::number(id)));
            }
            for (auto it = added.cbegin(); it != added.cend(); ++it) {
                QSqlQuery q(db.connection());
                q.prepare(QStringLiteral(
                    "SELECT period_id || '|' || unit_id || '|' || day || '|' || shift_id || '|' "
                    "|| role_id || '|' || person_id FROM assignments WHERE id = ?"));
                q.addBindValue(it.key());
                QVERIFY(q.exec());
                QVERIFY2(q.next(), qPrintable(QString::number(it.key())));
                QCOMPARE(q.value(0).toString(), it.value());
            }
            reported += int(emptied.size() + added.size());
        }
        qInfo("%d runs killed mid-edit; %d edits reported saved, all found", runs, reported);
        QVERIFY(reported > 0);
    }
};

QTEST_GUILESS_MAIN(TestCrashConsistency)
#include "tst_crashconsistency.moc"
