// The roster flow on the sample, through the real dutydesk-cli: `check` reports
// the deliberate gap and double booking; after `autofill` and fixing the double
// booking, `check` exits 0.

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

namespace {

// The sample's named places (SampleData.h), as the CLI prints them.
const char *const GapUnit = "Phòng GD&ĐT quận Kiến An";
const char *const GapDay = "2023-05-02";
const char *const GapShift = "Ca đêm";
const char *const GapRole = "Cán bộ trực";
const char *const DoubleBookedSchool = "Trường THPT Lê Quý Đôn";
const char *const DoubleBookedOtherUnit = "Phòng GD&ĐT quận Lê Chân";
const char *const DoubleBookedDay = "2023-04-30";

QString u8(const char *text)
{
    return QString::fromUtf8(text);
}

} // namespace

class TestRosterFlow : public QObject
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

    Run cli(const QStringList &arguments)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DUTYDESK_LANG"), QStringLiteral("en"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.path() + QStringLiteral("/xdg"));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(DUTYDESK_CLI_PATH),
                      QStringList {QStringLiteral("--database"), m_dbPath} + arguments);
        if (!process.waitForFinished(120000))
            qFatal("dutydesk-cli did not finish");
        Run run;
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        run.out = QString::fromUtf8(process.readAllStandardOutput());
        run.err = QString::fromUtf8(process.readAllStandardError());
        return run;
    }

    /// The problems `check --period 1 --json` reports (and its exit code).
    QJsonArray problems(int *exitCode, const QStringList &extra = {})
    {
        const Run run = cli(QStringList {QStringLiteral("check"), QStringLiteral("--period"),
                                         QStringLiteral("1"), QStringLiteral("--json")}
                            + extra);
        *exitCode = run.exitCode;
        return run.json().object().value(QStringLiteral("problems")).toArray();
    }

    static QString describe(const QJsonArray &problems, int max = 10)
    {
        QStringList lines;
        for (qsizetype i = 0; i < problems.size() && i < max; ++i)
            lines << problems.at(i).toObject().value(QStringLiteral("message")).toString();
        return QStringLiteral("%1 problem(s): ").arg(problems.size())
            + lines.join(QStringLiteral(" | "));
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
    }

    void checkAutofillFixCheck()
    {
        // 1. check reports the deliberate gap and the one double booking.
        int exitCode = -1;
        QJsonArray found = problems(&exitCode);
        QCOMPARE(exitCode, 1);
        QVERIFY(!found.isEmpty());
        bool gap = false;
        QList<QJsonObject> doubles;
        for (const QJsonValue &value : std::as_const(found)) {
            const QJsonObject p = value.toObject();
            const QString kind = p.value(QStringLiteral("kind")).toString();
            if (kind == QStringLiteral("gap") && p.value(QStringLiteral("unit")) == u8(GapUnit)
                && p.value(QStringLiteral("day")) == QLatin1String(GapDay)
                && p.value(QStringLiteral("shift")) == u8(GapShift)
                && p.value(QStringLiteral("role")) == u8(GapRole))
                gap = true;
            if (kind == QStringLiteral("double_booking"))
                doubles << p;
        }
        QVERIFY2(gap, qPrintable(describe(found)));
        QCOMPARE(doubles.size(), 1);
        const QJsonObject clash = doubles.first();
        QCOMPARE(clash.value(QStringLiteral("day")).toString(), QLatin1String(DoubleBookedDay));
        const QString clashUnit = clash.value(QStringLiteral("unit")).toString();
        QVERIFY2(clashUnit == u8(DoubleBookedSchool) || clashUnit == u8(DoubleBookedOtherUnit),
                 qPrintable(clashUnit));
        const qint64 here = clash.value(QStringLiteral("assignment_id")).toInteger();
        const qint64 there = clash.value(QStringLiteral("other_assignment_id")).toInteger();
        QVERIFY(here > 0 && there > 0 && here != there);

        // 2. autofill fills every empty place it can: all of them.
        Run run = cli({QStringLiteral("autofill"), QStringLiteral("--period"), QStringLiteral("1"),
                       QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject report = run.json().object();
        QVERIFY(report.value(QStringLiteral("filled")).toInt() > 500);
        const QJsonArray leftEmpty = report.value(QStringLiteral("left_empty")).toArray();
        QVERIFY2(leftEmpty.isEmpty(),
                 qPrintable(QStringLiteral("%1 left empty, first: %2")
                                .arg(leftEmpty.size())
                                .arg(leftEmpty.isEmpty() ? QString()
                                                         : leftEmpty.first()
                                                               .toObject()
                                                               .value(QStringLiteral("message"))
                                                               .toString())));

        // Only the double booking is left.
        found = problems(&exitCode);
        QCOMPARE(exitCode, 1);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().toObject().value(QStringLiteral("kind")).toString(),
                 QStringLiteral("double_booking"));

        // 3. Fix it: the teacher stays at their school; the district office's
        // reinforcement is removed, and its place filled again.
        const qint64 extra = clashUnit == u8(DoubleBookedOtherUnit) ? here : there;
        run = cli({QStringLiteral("unassign"), QString::number(extra)});
        QCOMPARE(run.exitCode, 0);
        found = problems(&exitCode);
        QCOMPARE(exitCode, 1);
        QCOMPARE(found.size(), 1);
        const QJsonObject emptied = found.first().toObject();
        QCOMPARE(emptied.value(QStringLiteral("kind")).toString(), QStringLiteral("gap"));
        QCOMPARE(emptied.value(QStringLiteral("unit")).toString(), u8(DoubleBookedOtherUnit));
        QCOMPARE(emptied.value(QStringLiteral("day")).toString(), QLatin1String(DoubleBookedDay));

        run = cli({QStringLiteral("autofill"), QStringLiteral("--period"), QStringLiteral("1"),
                   QStringLiteral("--unit"), u8(DoubleBookedOtherUnit), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.json().object().value(QStringLiteral("filled")).toInt(), 1);

        // 4. No problem is left.
        found = problems(&exitCode);
        QVERIFY2(found.isEmpty(), qPrintable(describe(found)));
        QCOMPARE(exitCode, 0);
        run = cli({QStringLiteral("check"), QStringLiteral("--period"), QStringLiteral("1")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestRosterFlow)
#include "tst_rosterflow.moc"
