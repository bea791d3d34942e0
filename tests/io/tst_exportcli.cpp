#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

/// `dutydesk-cli export` driven as a script would: every kind and format,
/// usage errors with a non-zero exit, and an audit record per export.
class TestExportCli : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    Run cli(const QStringList &arguments)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DUTYDESK_LANG"), QStringLiteral("en"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.path() + QStringLiteral("/xdg"));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(DUTYDESK_CLI_PATH),
                      QStringList {QStringLiteral("--database"), m_db} + arguments);
        if (!process.waitForFinished(120000))
            qFatal("dutydesk-cli did not finish");
        Run run;
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        run.out = QString::fromUtf8(process.readAllStandardOutput());
        run.err = QString::fromUtf8(process.readAllStandardError());
        return run;
    }

    int exportAudits()
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("audit"));
        db.setDatabaseName(m_db);
        int count = -1;
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'export'"))
                && q.next())
                count = q.value(0).toInt();
            db.close();
        }
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("audit"));
        return count;
    }

    QTemporaryDir m_dir;
    QString m_db;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("sample.db"));
        QCOMPARE(cli({QStringLiteral("init"), QStringLiteral("--sample")}).exitCode, 0);
    }

    void exports_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("magic");
        const QString period = QStringLiteral("Nghỉ lễ 30/4");
        const QString unit = QStringLiteral("thai phien");
        auto row = [&](const char *name, QStringList args, const QByteArray &magic) {
            QTest::newRow(name) << args << magic;
        };
        row("roster pdf unit",
            {QStringLiteral("roster"), QStringLiteral("--period"), period, QStringLiteral("--unit"),
             unit, QStringLiteral("--format"), QStringLiteral("pdf")},
            "%PDF-");
        row("roster pdf all",
            {QStringLiteral("roster"), QStringLiteral("--period"), period,
             QStringLiteral("--format"), QStringLiteral("pdf")},
            "%PDF-");
        row("roster xlsx",
            {QStringLiteral("roster"), QStringLiteral("--period"), period,
             QStringLiteral("--format"), QStringLiteral("xlsx")},
            "PK");
        row("roster csv",
            {QStringLiteral("roster"), QStringLiteral("--period"), period, QStringLiteral("--unit"),
             unit, QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--delimiter"),
             QStringLiteral(";")},
            "\xEF\xBB\xBF");
        row("roster ics",
            {QStringLiteral("roster"), QStringLiteral("--period"), period, QStringLiteral("--unit"),
             unit, QStringLiteral("--format"), QStringLiteral("ics")},
            "BEGIN:VCALENDAR");
        row("callsheet pdf",
            {QStringLiteral("callsheet"), QStringLiteral("--period"), period,
             QStringLiteral("--unit"), unit, QStringLiteral("--format"), QStringLiteral("pdf")},
            "%PDF-");
        row("contacts vcf",
            {QStringLiteral("contacts"), QStringLiteral("--format"), QStringLiteral("vcf")},
            "BEGIN:VCARD");
        row("contacts xlsx",
            {QStringLiteral("contacts"), QStringLiteral("--unit"), unit, QStringLiteral("--format"),
             QStringLiteral("xlsx")},
            "PK");
        row("contacts csv",
            {QStringLiteral("contacts"), QStringLiteral("--format"), QStringLiteral("csv")},
            "\xEF\xBB\xBF");
    }

    void exports()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, magic);
        const QString output = m_dir.filePath(QStringLiteral("out-%1")
                                                  .arg(QString::fromUtf8(QTest::currentDataTag()))
                                                  .replace(QLatin1Char(' '), QLatin1Char('-')));
        const int before = exportAudits();
        const Run run
            = cli(QStringList {QStringLiteral("export")} + arguments
                  + QStringList {QStringLiteral("--output"), output, QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject report = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(report.value(QStringLiteral("path")).toString(),
                 QFileInfo(output).absoluteFilePath());
        QVERIFY(report.value(QStringLiteral("records")).toInt() > 0);
        QFile file(output);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(magic.size()) == magic);
        QCOMPARE(exportAudits(), before + 1);
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        const QString out = QStringLiteral("/tmp/never-written.pdf");
        QTest::newRow("no kind") << QStringList {QStringLiteral("export")};
        QTest::newRow("bad kind") << QStringList {
            QStringLiteral("export"), QStringLiteral("agenda"),   QStringLiteral("--format"),
            QStringLiteral("pdf"),    QStringLiteral("--output"), out};
        QTest::newRow("bad format")
            << QStringList {QStringLiteral("export"),   QStringLiteral("roster"),
                            QStringLiteral("--period"), QStringLiteral("1"),
                            QStringLiteral("--format"), QStringLiteral("doc"),
                            QStringLiteral("--output"), out};
        QTest::newRow("callsheet as csv")
            << QStringList {QStringLiteral("export"),   QStringLiteral("callsheet"),
                            QStringLiteral("--period"), QStringLiteral("1"),
                            QStringLiteral("--format"), QStringLiteral("csv"),
                            QStringLiteral("--output"), out};
        QTest::newRow("no period") << QStringList {
            QStringLiteral("export"), QStringLiteral("roster"),   QStringLiteral("--format"),
            QStringLiteral("pdf"),    QStringLiteral("--output"), out};
        QTest::newRow("unknown period")
            << QStringList {QStringLiteral("export"),   QStringLiteral("roster"),
                            QStringLiteral("--period"), QStringLiteral("Tết 1999"),
                            QStringLiteral("--format"), QStringLiteral("pdf"),
                            QStringLiteral("--output"), out};
        QTest::newRow("unknown unit")
            << QStringList {QStringLiteral("export"),   QStringLiteral("contacts"),
                            QStringLiteral("--unit"),   QStringLiteral("no such unit"),
                            QStringLiteral("--format"), QStringLiteral("vcf"),
                            QStringLiteral("--output"), out};
        QTest::newRow("no output")
            << QStringList {QStringLiteral("export"), QStringLiteral("contacts"),
                            QStringLiteral("--format"), QStringLiteral("vcf")};
        QTest::newRow("missing folder")
            << QStringList {QStringLiteral("export"),   QStringLiteral("contacts"),
                            QStringLiteral("--format"), QStringLiteral("vcf"),
                            QStringLiteral("--output"), QStringLiteral("/nonexistent/dir/c.vcf")};
    }

    void errors()
    {
        QFETCH(QStringList, arguments);
        const int before = exportAudits();
        const Run run = cli(arguments);
        QVERIFY(run.exitCode != 0);
        QVERIFY(run.err.contains(QLatin1String("dutydesk-cli: ")));
        QVERIFY(!QFileInfo::exists(QStringLiteral("/tmp/never-written.pdf")));
        QCOMPARE(exportAudits(), before);
    }
};

QTEST_GUILESS_MAIN(TestExportCli)
#include "tst_exportcli.moc"
