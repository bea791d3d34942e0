#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

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

/// Drives the real dutydesk-cli executable as a script would.
class TestCli : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
        QJsonDocument json() const { return QJsonDocument::fromJson(out.toUtf8()); }
    };

    Run cli(const QStringList &arguments, bool withDatabase = true)
    {
        QProcess process;
        QStringList all;
        if (withDatabase)
            all << QStringLiteral("--database") << m_dbPath;
        all << arguments;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DUTYDESK_LANG"), QStringLiteral("en"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.path() + QStringLiteral("/xdg"));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(DUTYDESK_CLI_PATH), all);
        if (!process.waitForFinished(60000))
            qFatal("dutydesk-cli did not finish");
        Run run;
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        run.out = QString::fromUtf8(process.readAllStandardOutput());
        run.err = QString::fromUtf8(process.readAllStandardError());
        return run;
    }

    QJsonArray units()
    {
        const Run run = cli({QStringLiteral("units"), QStringLiteral("--json")});
        return run.json().array();
    }

    QTemporaryDir m_dir;
    QString m_dbPath;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_dbPath = m_dir.filePath(QStringLiteral("sample.db"));
        const Run run = cli({QStringLiteral("init"), QStringLiteral("--sample")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
        QVERIFY(QFileInfo::exists(m_dbPath));
    }

    void versionAndHelp()
    {
        const Run version = cli({QStringLiteral("--version")}, false);
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.contains(QStringLiteral(DUTYDESK_VERSION)));
        const Run help = cli({QStringLiteral("--help")}, false);
        QCOMPARE(help.exitCode, 0);
        for (const char *command : {"init", "units", "people", "periods", "search", "who"})
            QVERIFY2(help.out.contains(QLatin1String(command)), command);
        QVERIFY(help.out.contains(QStringLiteral("--database")));
        QVERIFY(help.out.contains(QStringLiteral("--json")));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("no command") << QStringList() << 2 << QStringLiteral("No command");
        QTest::newRow("unknown command")
            << QStringList {QStringLiteral("frobnicate")} << 2 << QStringLiteral("Unknown command");
        QTest::newRow("unknown option")
            << QStringList {QStringLiteral("--bogus"), QStringLiteral("units")} << 2
            << QStringLiteral("bogus");
        QTest::newRow("who without unit")
            << QStringList {QStringLiteral("who")} << 2 << QStringLiteral("give a unit");
        QTest::newRow("who bad moment")
            << QStringList {QStringLiteral("who"), QStringLiteral("1"), QStringLiteral("--at"),
                            QStringLiteral("30/4/2023 20h")}
            << 2 << QStringLiteral("YYYY-MM-DD HH:MM");
        QTest::newRow("who unknown unit")
            << QStringList {QStringLiteral("who"), QStringLiteral("khong co don vi nay")} << 1
            << QStringLiteral("No unit matches");
        QTest::newRow("who unknown id")
            << QStringList {QStringLiteral("who"), QStringLiteral("999999")} << 1
            << QStringLiteral("999999");
        QTest::newRow("search without text")
            << QStringList {QStringLiteral("search")} << 2 << QStringLiteral("search");
        QTest::newRow("bad limit") << QStringList {QStringLiteral("search"), QStringLiteral("a"),
                                                   QStringLiteral("--limit"), QStringLiteral("x")}
                                   << 2 << QStringLiteral("--limit");
        QTest::newRow("people of unknown unit")
            << QStringList {QStringLiteral("people"), QStringLiteral("--unit"),
                            QStringLiteral("zzzz")}
            << 1 << QStringLiteral("No unit matches");
        QTest::newRow("lunar bad date")
            << QStringList {QStringLiteral("lunar"), QStringLiteral("2023-02-30")} << 2
            << QStringLiteral("YYYY-MM-DD");
        QTest::newRow("check without period")
            << QStringList {QStringLiteral("check")} << 1 << QStringLiteral("--period");
        QTest::newRow("check unknown period")
            << QStringList {QStringLiteral("check"), QStringLiteral("--period"),
                            QStringLiteral("tet 1999")}
            << 1 << QStringLiteral("No duty period matches");
        QTest::newRow("assign without unit")
            << QStringList {QStringLiteral("assign"), QStringLiteral("--period"),
                            QStringLiteral("1")}
            << 2 << QStringLiteral("--unit");
        QTest::newRow("assign bad day") << QStringList {
            QStringLiteral("assign"), QStringLiteral("--period"), QStringLiteral("1"),
            QStringLiteral("--unit"), QStringLiteral("cat ba"),   QStringLiteral("--day"),
            QStringLiteral("30/4"),   QStringLiteral("--shift"),  QStringLiteral("ca dem"),
            QStringLiteral("--role"), QStringLiteral("bao ve"),   QStringLiteral("--person"),
            QStringLiteral("1")} << 2 << QStringLiteral("--day");
        QTest::newRow("unassign without id")
            << QStringList {QStringLiteral("unassign")} << 2 << QStringLiteral("unassign");
        QTest::newRow("unassign unknown id")
            << QStringList {QStringLiteral("unassign"), QStringLiteral("99999999")} << 1
            << QStringLiteral("99999999");
        QTest::newRow("holidays bad year")
            << QStringList {QStringLiteral("holidays"), QStringLiteral("20x6")} << 2
            << QStringLiteral("year");
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const Run run = cli(arguments);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
    }

    void missingDatabaseIsNotCreated()
    {
        const QString missing = m_dir.filePath(QStringLiteral("missing.db"));
        const Run run
            = cli({QStringLiteral("--database"), missing, QStringLiteral("units")}, false);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("does not exist")), qPrintable(run.err));
        QVERIFY(!QFileInfo::exists(missing));
    }

    void newerDatabaseRefusedAndUntouched()
    {
        const QString path = m_dir.filePath(QStringLiteral("newer.db"));
        QCOMPARE(cli({QStringLiteral("--database"), path, QStringLiteral("init")}, false).exitCode,
                 0);
        {
            QSqlDatabase db
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(
                QStringLiteral("UPDATE meta SET value = '999' WHERE key = 'schema_version'")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray before = file.readAll();
        file.close();
        const Run run = cli({QStringLiteral("--database"), path, QStringLiteral("units")}, false);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("newer version")), qPrintable(run.err));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), before);
    }

    void initTwiceWithSampleRefused()
    {
        const Run run = cli({QStringLiteral("init"), QStringLiteral("--sample")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(!run.err.isEmpty());
    }

    void unitsJson()
    {
        const QJsonArray array = units();
        QVERIFY(array.size() > 80);
        QSet<QString> kinds;
        for (const QJsonValue &value : array) {
            const QJsonObject o = value.toObject();
            QVERIFY(o.value(QStringLiteral("id")).toInteger() > 0);
            QVERIFY(!o.value(QStringLiteral("name")).toString().isEmpty());
            kinds << o.value(QStringLiteral("kind")).toString();
        }
        for (const char *kind :
             {"department", "agency_office", "district_office", "school", "centre", "external"})
            QVERIFY2(kinds.contains(QLatin1String(kind)), kind);
    }

    void peopleJson()
    {
        const Run run = cli({QStringLiteral("people"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray array = run.json().array();
        QVERIFY(array.size() > 200);
        for (const QJsonValue &value : array) {
            const QJsonObject o = value.toObject();
            QVERIFY(o.value(QStringLiteral("id")).toInteger() > 0);
            QVERIFY(!o.value(QStringLiteral("name")).toString().isEmpty());
            QVERIFY(!o.value(QStringLiteral("unit")).toString().isEmpty());
            QVERIFY(o.contains(QStringLiteral("position")));
            const QJsonArray phones = o.value(QStringLiteral("phones")).toArray();
            QVERIFY(!phones.isEmpty());
            for (const QJsonValue &phone : phones) {
                QVERIFY(phone.isString());
                QVERIFY(phone.toString().at(0).isDigit());
            }
        }
    }

    void peopleOfOneUnitByFoldedName()
    {
        const Run run = cli({QStringLiteral("people"), QStringLiteral("--unit"),
                             QStringLiteral("van phong so"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray array = run.json().array();
        QVERIFY(!array.isEmpty());
        const QString unit = array.first().toObject().value(QStringLiteral("unit")).toString();
        QCOMPARE(unit, QStringLiteral("Văn phòng Sở"));
        for (const QJsonValue &value : array)
            QCOMPARE(value.toObject().value(QStringLiteral("unit")).toString(), unit);
    }

    void periodsJson()
    {
        const Run run = cli({QStringLiteral("periods"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        bool found = false;
        for (const QJsonValue &value : run.json().array()) {
            const QJsonObject o = value.toObject();
            QVERIFY(o.value(QStringLiteral("id")).toInteger() > 0);
            if (o.value(QStringLiteral("title")).toString()
                == QStringLiteral("Nghỉ lễ 30/4 – 01/5/2023")) {
                found = true;
                QCOMPARE(o.value(QStringLiteral("first_day")).toString(),
                         QStringLiteral("2023-04-29"));
                QCOMPARE(o.value(QStringLiteral("last_day")).toString(),
                         QStringLiteral("2023-05-03"));
            }
        }
        QVERIFY(found);
    }

    void searchWithoutDiacriticsFindsEveryPersonInTopTen()
    {
        const Run people = cli({QStringLiteral("people"), QStringLiteral("--json")});
        const QJsonArray array = people.json().array();
        // A spread of people (every seventh): each a process start, so not all.
        for (qsizetype i = 0; i < array.size(); i += 7) {
            const QJsonObject person = array.at(i).toObject();
            const QString name = person.value(QStringLiteral("name")).toString();
            QString plain = name.normalized(QString::NormalizationForm_D);
            plain.remove(QRegularExpression(QStringLiteral("\\p{Mn}")));
            plain.replace(QChar(0x0111), QLatin1Char('d')).replace(QChar(0x0110), QLatin1Char('D'));
            plain = plain.toLower();
            const Run run = cli({QStringLiteral("search"), plain, QStringLiteral("--json"),
                                 QStringLiteral("--limit"), QStringLiteral("10")});
            QCOMPARE(run.exitCode, 0);
            bool found = false;
            for (const QJsonValue &hit : run.json().array()) {
                const QJsonObject o = hit.toObject();
                QVERIFY(o.contains(QStringLiteral("kind")));
                if (o.value(QStringLiteral("kind")).toString() == QStringLiteral("person")
                    && o.value(QStringLiteral("id")).toInteger()
                        == person.value(QStringLiteral("id")).toInteger())
                    found = true;
            }
            QVERIFY2(found, qPrintable(plain));
        }
    }

    void searchByPartialPhoneDigits()
    {
        const Run people = cli({QStringLiteral("people"), QStringLiteral("--json")});
        const QJsonObject person = people.json().array().at(3).toObject();
        const QString phone = person.value(QStringLiteral("phones")).toArray().first().toString();
        QString digits = phone;
        digits.remove(QLatin1Char(' '));
        const Run run = cli({QStringLiteral("search"), digits.right(6), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        bool found = false;
        for (const QJsonValue &hit : run.json().array())
            found = found
                || hit.toObject().value(QStringLiteral("id")).toInteger()
                    == person.value(QStringLiteral("id")).toInteger();
        QVERIFY(found);
    }

    void whoAtASchoolDuringTheHolidayNight()
    {
        // Some school of the sample has people on duty on the night of 30/4.
        bool answered = false;
        for (const QJsonValue &value : units()) {
            const QJsonObject unit = value.toObject();
            if (unit.value(QStringLiteral("kind")).toString() != QStringLiteral("school"))
                continue;
            const Run run = cli({QStringLiteral("who"),
                                 QString::number(unit.value(QStringLiteral("id")).toInteger()),
                                 QStringLiteral("--at"), QStringLiteral("2023-04-30 20:00"),
                                 QStringLiteral("--json")});
            QCOMPARE(run.exitCode, 0);
            const QJsonObject o = run.json().object();
            QCOMPARE(o.value(QStringLiteral("unit")).toString(),
                     unit.value(QStringLiteral("name")).toString());
            QCOMPARE(o.value(QStringLiteral("at")).toString(), QStringLiteral("2023-04-30 20:00"));
            QCOMPARE(o.value(QStringLiteral("shift")).toString(), QStringLiteral("Ca đêm"));
            const QJsonArray onDuty = o.value(QStringLiteral("on_duty")).toArray();
            const QJsonArray chain = o.value(QStringLiteral("escalation")).toArray();
            QVERIFY(chain.size() >= 3);
            for (qsizetype i = 0; i < chain.size(); ++i) {
                const QJsonObject step = chain.at(i).toObject();
                QCOMPARE(step.value(QStringLiteral("order")).toInt(), int(i) + 1);
                QVERIFY(step.contains(QStringLiteral("name")));
                QVERIFY(step.value(QStringLiteral("phones")).isArray());
                QVERIFY(step.value(QStringLiteral("wait_minutes")).isDouble());
            }
            // The chain ends at an external body reached through its hotline.
            const QJsonObject last = chain.last().toObject();
            QCOMPARE(last.value(QStringLiteral("target")).toString(), QStringLiteral("hotline"));
            QVERIFY(!last.value(QStringLiteral("phones")).toArray().isEmpty());
            if (onDuty.isEmpty())
                continue;
            for (const QJsonValue &d : onDuty) {
                const QJsonObject duty = d.toObject();
                QVERIFY(!duty.value(QStringLiteral("role")).toString().isEmpty());
                QVERIFY(!duty.value(QStringLiteral("name")).toString().isEmpty());
                QVERIFY(!duty.value(QStringLiteral("phones")).toArray().isEmpty());
            }
            // The same in text: names and numbers printed.
            const Run text = cli({QStringLiteral("who"),
                                  QString::number(unit.value(QStringLiteral("id")).toInteger()),
                                  QStringLiteral("--at"), QStringLiteral("2023-04-30 20:00")});
            QCOMPARE(text.exitCode, 0);
            const QJsonObject first = onDuty.first().toObject();
            QVERIFY(text.out.contains(first.value(QStringLiteral("name")).toString()));
            QVERIFY(text.out.contains(
                first.value(QStringLiteral("phones")).toArray().first().toString()));
            QVERIFY(text.out.contains(QStringLiteral("Escalation chain")));
            answered = true;
            break;
        }
        QVERIFY(answered);
    }

    void whoOutsideAnyPeriodSaysSo()
    {
        const Run run = cli({QStringLiteral("who"), QStringLiteral("1"), QStringLiteral("--at"),
                             QStringLiteral("2023-06-15 10:00"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject o = run.json().object();
        QVERIFY(o.value(QStringLiteral("shift")).isNull());
        QVERIFY(o.value(QStringLiteral("on_duty")).toArray().isEmpty());
        QVERIFY(!o.value(QStringLiteral("notice")).toString().isEmpty());
    }

    void lunar()
    {
        const Run run
            = cli({QStringLiteral("lunar"), QStringLiteral("2026-02-17"), QStringLiteral("--json")},
                  false);
        QCOMPARE(run.exitCode, 0);
        const QJsonObject o = run.json().object();
        QCOMPARE(o.value(QStringLiteral("day")).toInt(), 1);
        QCOMPARE(o.value(QStringLiteral("month")).toInt(), 1);
        QCOMPARE(o.value(QStringLiteral("year")).toInt(), 2026);
        QCOMPARE(o.value(QStringLiteral("leap")).toBool(), false);
        QCOMPARE(o.value(QStringLiteral("name")).toString(),
                 QStringLiteral("mùng 1 tháng Giêng năm Bính Ngọ"));
    }

    void holidays()
    {
        const Run run = cli(
            {QStringLiteral("holidays"), QStringLiteral("2023"), QStringLiteral("--json")}, false);
        QCOMPARE(run.exitCode, 0);
        QHash<QString, QJsonObject> byKind;
        for (const QJsonValue &value : run.json().array())
            byKind.insert(value.toObject().value(QStringLiteral("kind")).toString(),
                          value.toObject());
        QCOMPARE(byKind.size(), 6);
        QCOMPARE(byKind.value(QStringLiteral("tet")).value(QStringLiteral("date")).toString(),
                 QStringLiteral("2023-01-22"));
        QCOMPARE(
            byKind.value(QStringLiteral("hung_kings")).value(QStringLiteral("date")).toString(),
            QStringLiteral("2023-04-29"));
        QVERIFY(!byKind.value(QStringLiteral("national_day"))
                     .value(QStringLiteral("days"))
                     .toArray()
                     .isEmpty());
    }

    void backupVerifyRestoreAudit()
    {
        const QString copy = m_dir.filePath(QStringLiteral("copy.db"));
        const QString backup = m_dir.filePath(QStringLiteral("backup.db"));
        QVERIFY(QFile::copy(m_dbPath, copy));
        const QStringList db {QStringLiteral("--database"), copy};
        Run run = cli(db + QStringList {QStringLiteral("backup"), backup}, false);
        QCOMPARE(run.exitCode, 0);
        QVERIFY(ownerOnly(backup));
        // The backup itself verifies, and so does the database.
        QCOMPARE(
            cli({QStringLiteral("--database"), backup, QStringLiteral("verify")}, false).exitCode,
            0);
        run = cli(db + QStringList {QStringLiteral("verify"), QStringLiteral("--json")}, false);
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.json().object().value(QStringLiteral("ok")).toBool(), true);
        // A backup to an existing file is refused.
        QCOMPARE(cli(db + QStringList {QStringLiteral("backup"), backup}, false).exitCode, 1);

        // Change the copy (a new database's init does not count), then restore.
        const QString fresh = m_dir.filePath(QStringLiteral("fresh.db"));
        QCOMPARE(cli({QStringLiteral("--database"), fresh, QStringLiteral("init")}, false).exitCode,
                 0);
        run = cli({QStringLiteral("--database"), fresh, QStringLiteral("restore"), backup}, false);
        QCOMPARE(run.exitCode, 0);
        run = cli({QStringLiteral("--database"), fresh, QStringLiteral("units"),
                   QStringLiteral("--json")},
                  false);
        QCOMPARE(run.json().array().size(), units().size());
        QVERIFY(!QDir(QFileInfo(fresh).absolutePath() + QStringLiteral("/backups")).isEmpty());

        // The backup was audited with the path it went to.
        run = cli(db + QStringList {QStringLiteral("audit"), QStringLiteral("--json")}, false);
        QCOMPARE(run.exitCode, 0);
        const QJsonArray records = run.json().array();
        QVERIFY(records.size() > 100);
        const QJsonObject last = records.last().toObject();
        QCOMPARE(last.value(QStringLiteral("action")).toString(), QStringLiteral("backup"));
        QVERIFY(
            last.value(QStringLiteral("after")).toString().contains(QStringLiteral("backup.db")));
        QVERIFY(!last.value(QStringLiteral("user")).toString().isEmpty());
        run = cli(db
                      + QStringList {QStringLiteral("audit"), QStringLiteral("--since"),
                                     QStringLiteral("2999-01-01"), QStringLiteral("--json")},
                  false);
        QCOMPARE(run.json().array().size(), 0);
        QCOMPARE(cli(db
                         + QStringList {QStringLiteral("audit"), QStringLiteral("--since"),
                                        QStringLiteral("yesterday")},
                     false)
                     .exitCode,
                 2);
    }

    void restoreRefusesGarbage()
    {
        const QString garbage = m_dir.filePath(QStringLiteral("garbage.db"));
        QFile file(garbage);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a database");
        file.close();
        const QString copy = m_dir.filePath(QStringLiteral("copy2.db"));
        QVERIFY(QFile::copy(m_dbPath, copy));
        const Run run
            = cli({QStringLiteral("--database"), copy, QStringLiteral("restore"), garbage}, false);
        QCOMPARE(run.exitCode, 1);
        QVERIFY(!run.err.isEmpty());
        const Run after = cli(
            {QStringLiteral("--database"), copy, QStringLiteral("units"), QStringLiteral("--json")},
            false);
        QCOMPARE(after.json().array().size(), units().size());
    }

    void readOnlyDutyMode()
    {
        const QString copy = m_dir.filePath(QStringLiteral("duty.db"));
        QVERIFY(QFile::copy(m_dbPath, copy));
        const QStringList db {QStringLiteral("--database"), copy, QStringLiteral("--read-only")};
        Run run = cli(db + QStringList {QStringLiteral("unassign"), QStringLiteral("1")}, false);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("duty mode")), qPrintable(run.err));
        run = cli(db
                      + QStringList {QStringLiteral("autofill"), QStringLiteral("--period"),
                                     QStringLiteral("1")},
                  false);
        QCOMPARE(run.exitCode, 1);
        // Answering still works.
        run = cli(db
                      + QStringList {QStringLiteral("who"), QStringLiteral("1"),
                                     QStringLiteral("--at"), QStringLiteral("2023-04-30 20:00"),
                                     QStringLiteral("--json")},
                  false);
        QCOMPARE(run.exitCode, 0);
        QVERIFY(!run.json().object().value(QStringLiteral("on_duty")).toArray().isEmpty());
        // The assignment is still there.
        run = cli(
            {QStringLiteral("--database"), copy, QStringLiteral("unassign"), QStringLiteral("1")},
            false);
        QCOMPARE(run.exitCode, 0);
    }

    void vietnameseMessagesByDefault()
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DUTYDESK_LANG"));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(DUTYDESK_CLI_PATH),
                      {QStringLiteral("--database"), m_dbPath, QStringLiteral("frobnicate")});
        QVERIFY(process.waitForFinished());
        QCOMPARE(process.exitCode(), 2);
        const QString err = QString::fromUtf8(process.readAllStandardError());
        QVERIFY2(err.contains(QStringLiteral("lệnh"), Qt::CaseInsensitive), qPrintable(err));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
