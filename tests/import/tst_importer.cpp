// The importer on the sample province: what a dry run reports, applying all
// or nothing, and every bad input leaving the database exactly as it was.

#include "Backups.h"
#include "Database.h"
#include "ImportFiles.h"
#include "Importer.h"
#include "Lookup.h"
#include "PeriodStore.h"
#include "SampleData.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace DutyDesk;

namespace {

QString u8(const char *text)
{
    return QString::fromUtf8(text);
}

QString dataFile(const char *name)
{
    return QStringLiteral(DUTYDESK_TEST_DATA_DIR "/import/") + QString::fromUtf8(name);
}

} // namespace

class TestImporter : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void peopleFromCsv();
    void rosterFromOfficeWorkbook();
    void rosterListLayoutCsv();
    void unitsAndHotlines();
    void badInputsChangeNothing_data();
    void badInputsChangeNothing();
    void overlappingAssignment();
    void skipRowsInError();
    void cli();

private:
    QString write(const char *name, const QByteArray &content);
    /// Every row of every table, as text: equal dumps, equal content.
    QString dump();
    Result<ImportReport> import(ImportKind kind, const QString &path, bool dryRun, Id unitId = NoId,
                                bool skip = false);
    struct Member
    {
        QString name;
        QString phone; ///< E.164
    };
    QList<Member> members(Id unitId);

    QTemporaryDir *m_dir = nullptr;
    Database *m_db = nullptr;
    Id m_period = NoId;
    Id m_school = NoId; ///< Thái Phiên: everyone on duty
    Id m_unfilled = NoId; ///< Cát Bà: no assignment yet
};

void TestImporter::init()
{
    QStandardPaths::setTestModeEnabled(true);
    m_dir = new QTemporaryDir;
    m_db = new Database;
    QVERIFY(m_db->open(m_dir->filePath(QStringLiteral("sample.db"))).ok());
    QVERIFY(SampleData::build(*m_db).ok());
    m_period = Lookup::period(*m_db, u8(SampleData::PeriodTitle))->id;
    m_school = Lookup::unit(*m_db, u8(SampleData::QuerySchoolName))->id;
    m_unfilled = Lookup::unit(*m_db, u8(SampleData::UnfilledSchoolName))->id;
}

void TestImporter::cleanup()
{
    delete m_db;
    delete m_dir;
}

QString TestImporter::write(const char *name, const QByteArray &content)
{
    QFile file(m_dir->filePath(QString::fromUtf8(name)));
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(content);
    return file.fileName();
}

QString TestImporter::dump()
{
    QString text;
    QSqlQuery tables(m_db->connection());
    tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT "
                               "LIKE 'sqlite_%' ORDER BY name"));
    QStringList names;
    while (tables.next())
        names << tables.value(0).toString();
    for (const QString &table : std::as_const(names)) {
        QSqlQuery rows(m_db->connection());
        rows.exec(QStringLiteral("SELECT * FROM \"%1\" ORDER BY rowid").arg(table));
        text += table + u'\n';
        while (rows.next()) {
            for (int i = 0; i < rows.record().count(); ++i)
                text += rows.value(i).toString() + u'|';
            text += u'\n';
        }
    }
    return text;
}

Result<ImportReport> TestImporter::import(ImportKind kind, const QString &path, bool dryRun,
                                          Id unitId, bool skip)
{
    ImportRequest request;
    request.kind = kind;
    request.path = path;
    request.periodId = kind == ImportKind::Roster ? m_period : NoId;
    request.unitId = unitId;
    request.dryRun = dryRun;
    request.skipRowsInError = skip;
    return Importer(*m_db).run(request);
}

QList<TestImporter::Member> TestImporter::members(Id unitId)
{
    QList<Member> result;
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral(
        "SELECT p.full_name, n.e164 FROM people p JOIN phone_numbers n ON "
        "n.person_id = p.id WHERE p.unit_id = ? AND n.sort_order = 0 ORDER BY p.id"));
    q.addBindValue(unitId);
    q.exec();
    while (q.next())
        result << Member {q.value(0).toString(), q.value(1).toString()};
    return result;
}

void TestImporter::peopleFromCsv()
{
    const QString before = dump();
    Result<ImportReport> report
        = import(ImportKind::People, dataFile("people-tcvn3.csv"), true, m_school);
    QVERIFY2(report.ok(), qPrintable(report.message()));
    QCOMPARE(report->encoding, QStringLiteral("TCVN3"));
    QCOMPARE(report->rowsRead, 2);
    QCOMPARE(report->toAdd, 2);
    QCOMPARE(report->errorCount(), 0);
    QCOMPARE(dump(), before); // a dry run writes nothing

    report = import(ImportKind::People, dataFile("people-tcvn3.csv"), false, m_school);
    QVERIFY2(report.ok(), qPrintable(report.message()));
    QVERIFY(report->applied);
    QVERIFY(QFile::exists(report->backupPath));
    QSqlQuery q(m_db->connection());
    q.exec(QStringLiteral("SELECT p.position FROM people p JOIN phone_numbers n ON n.person_id = "
                          "p.id WHERE p.full_name = 'Nguyễn Văn An' AND n.e164 = '+84912345678'"));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), u8("Hiệu trưởng"));
    q.exec(QStringLiteral("SELECT after_json FROM audit_log WHERE action = 'import'"));
    QVERIFY(q.next());
    const QJsonObject audit = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
    QCOMPARE(audit.value(QStringLiteral("file")).toString(), QStringLiteral("people-tcvn3.csv"));
    QCOMPARE(audit.value(QStringLiteral("added")).toInt(), 2);
    QVERIFY(!q.next()); // one audit row per import

    // The same people in another encoding: matched by phone, nothing new.
    report = import(ImportKind::People, dataFile("people-vni.csv"), true, m_school);
    QVERIFY2(report.ok(), qPrintable(report.message()));
    QCOMPARE(report->toAdd, 0);
    QCOMPARE(report->unchanged, 2);

    // A near match is reported, not silently merged.
    const QString near
        = write("near.csv", u8("Họ và tên,Điện thoại\nNguyễn Văn Ann,0977 111 222\n").toUtf8());
    report = import(ImportKind::People, near, true, m_school);
    QVERIFY2(report.ok(), qPrintable(report.message()));
    QCOMPARE(report->toAdd, 1);
    QCOMPARE(report->warningCount(), 1);
    QVERIFY2(report->issues.first().text().startsWith(
                 u8("near.csv, row 2, column A: Nguyễn Văn Ann will be added as a new person; "
                    "similar people in the directory: Nguyễn Văn An (0912 345 678)")),
             qPrintable(report->issues.first().text()));
}

void TestImporter::rosterFromOfficeWorkbook()
{
    const QList<Member> people = members(m_unfilled);
    QVERIFY(people.size() >= 2);
    auto dotted = [](const QString &e164) -> QString {
        const QString n = QLatin1Char('0') + e164.mid(3);
        return n.left(4) + u'.' + n.mid(4, 3) + u'.' + n.mid(7);
    };
    const QString path = m_dir->filePath(QStringLiteral("cat-ba.xlsx"));
    lxw_workbook *book = workbook_new(QFile::encodeName(path).constData());
    lxw_worksheet *sheet = workbook_add_worksheet(book, "Lịch trực");
    lxw_format *date = workbook_add_format(book);
    format_set_num_format(date, "dd/mm/yyyy");
    worksheet_merge_range(sheet, 0, 0, 0, 4, "TRƯỜNG THPT CÁT BÀ", nullptr);
    worksheet_merge_range(sheet, 1, 0, 1, 4, "LỊCH TRỰC NGHỈ LỄ 30/4 – 01/5/2023", nullptr);
    const char *headers[] = {"Ngày", "Thứ", "Ca", "Lãnh đạo trực", "Cán bộ trực"};
    for (int c = 0; c < 5; ++c)
        worksheet_write_string(sheet, 3, lxw_col_t(c), headers[c], nullptr);
    worksheet_merge_range(sheet, 4, 0, 5, 0, "", date);
    lxw_datetime day = {2023, 4, 29, 0, 0, 0};
    worksheet_write_datetime(sheet, 4, 0, &day, date);
    worksheet_merge_range(sheet, 4, 1, 5, 1, "Thứ Bảy", nullptr);
    worksheet_write_string(sheet, 4, 2, "07:30-17:00", nullptr);
    const QByteArray leader
        = (people.at(0).name + QStringLiteral(" - ") + dotted(people.at(0).phone)).toUtf8();
    const QByteArray officer = (QStringLiteral("Đ/c ") + people.at(1).name
                                + QStringLiteral(" (GV) ") + dotted(people.at(1).phone))
                                   .toUtf8();
    worksheet_write_string(sheet, 4, 3, leader.constData(), nullptr);
    worksheet_write_string(sheet, 4, 4, officer.constData(), nullptr);
    worksheet_write_string(sheet, 5, 2, "Ca đêm", nullptr);
    worksheet_write_string(sheet, 5, 3, leader.constData(), nullptr);
    worksheet_write_string(sheet, 5, 4, "Phạm Thị Hoa - 0912 000 111; Vũ Văn Hùng 0912000222",
                           nullptr);
    QCOMPARE(workbook_close(book), LXW_NO_ERROR);

    const QString before = dump();
    Result<ImportReport> report = import(ImportKind::Roster, path, true, m_unfilled);
    QVERIFY2(report.ok(), qPrintable(report.message()));
    QVERIFY2(report->errorCount() == 0, qPrintable(report->summary()));
    QCOMPARE(report->rowsRead, 2);
    QCOMPARE(report->toAdd, 5);
    QCOMPARE(dump(), before);

    report = import(ImportKind::Roster, path, false, m_unfilled);
    QVERIFY2(report.ok(), qPrintable(report.message()));
    QVERIFY(report->applied);
    const Result<QList<Assignment>> assigned = PeriodStore(*m_db).assignments(m_period, m_unfilled);
    QCOMPARE(assigned->size(), 5);
    // The two new people joined the school's directory.
    QCOMPARE(members(m_unfilled).size(), people.size() + 2);

    // Importing the same file again changes nothing.
    report = import(ImportKind::Roster, path, true, m_unfilled);
    QVERIFY2(report.ok(), qPrintable(report.message()));
    QCOMPARE(report->toAdd, 0);
    QCOMPARE(report->unchanged, 5);
}

void TestImporter::rosterListLayoutCsv()
{
    const QList<Member> people = members(m_unfilled);
    const QString csv = u8("Đơn vị;Ngày;Ca;Nhiệm vụ;Họ và tên;Điện thoại\n"
                           "Trường THPT Cát Bà;Thứ Hai, 1/5/2023;Ca ngày;Lãnh đạo trực;%1;%2\n"
                           ";;Ca đêm;Bảo vệ;Ngô Văn Tú;0912 000 333\n")
                            .arg(people.at(0).name, people.at(0).phone);
    const QString path = write("list.csv", csv.toUtf8());
    const Result<ImportReport> report = import(ImportKind::Roster, path, false);
    QVERIFY2(report.ok(), qPrintable(report.message()));
    QVERIFY2(report->errorCount() == 0, qPrintable(report->summary()));
    QVERIFY(report->applied);
    QCOMPARE(report->toAdd, 2);
    const Result<QList<Assignment>> assigned
        = PeriodStore(*m_db).assignments(m_period, m_unfilled, QDate(2023, 5, 1));
    QCOMPARE(assigned->size(), 2);
}

void TestImporter::unitsAndHotlines()
{
    const QString units = write(
        "units.csv",
        u8("Tên đơn vị,Tên viết tắt,Đơn vị cấp trên,Loại\n"
           "Trường THPT Thử Nghiệm,THPT Thử Nghiệm,Sở Giáo dục và Đào tạo Hải Phòng,Trường\n"
           "Tổ Kiểm Thử,,Trường THPT Thử Nghiệm,\n")
            .toUtf8());
    Result<ImportReport> report = import(ImportKind::Units, units, false);
    QVERIFY2(report.ok() && report->errorCount() == 0,
             qPrintable(report.ok() ? report->summary() : report.message()));
    QCOMPARE(report->toAdd, 2);
    const Result<Unit> added = Lookup::unit(*m_db, QStringLiteral("to kiem thu"));
    QVERIFY2(added.ok(), qPrintable(added.message()));
    QCOMPARE(added->parentId, Lookup::unit(*m_db, u8("Trường THPT Thử Nghiệm"))->id);

    const QString hotlines = write("hotlines.csv",
                                   u8("Tên,Số,Đơn vị,Thời gian\nĐường dây nóng Thử Nghiệm,0225 "
                                      "3842 123,Trường THPT Thử Nghiệm,24/7\n"
                                      "Công an,113,,24/7\n")
                                       .toUtf8());
    report = import(ImportKind::Hotlines, hotlines, false);
    QVERIFY2(report.ok() && report->errorCount() == 0,
             qPrintable(report.ok() ? report->summary() : report.message()));
    QVERIFY(report->toAdd + report->unchanged + report->toChange == 2);
}

void TestImporter::badInputsChangeNothing_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("message");
    const int people = int(ImportKind::People);
    QTest::newRow("empty") << people << QStringLiteral("empty.csv") << QByteArray()
                           << QStringLiteral("empty.csv: the file is empty.");
    QTest::newRow("binary") << people << QStringLiteral("photo.csv")
                            << QByteArray("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", 18)
                            << QStringLiteral("photo.csv: this is not a text (CSV) file.");
    QTest::newRow("truncated zip") << people << QStringLiteral("cut.xlsx")
                                   << QByteArray("PK\x03\x04\x14\x00\x00\x00\x08\x00", 10)
                                   << QStringLiteral("cut.xlsx: the file is damaged or incomplete");
    QTest::newRow("wrong headers")
        << people << QStringLiteral("headers.csv") << QByteArray("Foo,Bar\n1,2\n")
        << QStringLiteral("headers.csv: no header row found");
    QTest::newRow("unknown unit")
        << people << QStringLiteral("unit.csv")
        << u8("Họ và tên,Đơn vị,SĐT\nNguyễn Văn An,Trường THPT Không Có,0912345678\n").toUtf8()
        << u8("unit.csv, row 2, column B: Unknown unit “Trường THPT Không Có”: it is not in the "
              "directory.");
    QTest::newRow("invalid phone")
        << people << QStringLiteral("phone.csv")
        << u8("Họ và tên,Đơn vị,SĐT\nNguyễn Văn An,Trường THPT Thái Phiên,0912.345.67\n").toUtf8()
        << u8("phone.csv, row 2, column C: “0912.345.67” is not a valid Vietnamese phone number.");
    QTest::newRow("date outside the period")
        << int(ImportKind::Roster) << QStringLiteral("late.csv")
        << u8("Đơn vị,Ngày,Ca,Lãnh đạo trực\nTrường THPT Cát Bà,5/5/2023,Ca ngày,Ngô Văn Tú "
              "0912000333\n")
               .toUtf8()
        << u8("late.csv, row 2, column B: 05/05/2023 is not a day of “Nghỉ lễ 30/4 – 01/5/2023” "
              "(29/04/2023 – 03/05/2023).");
    QTest::newRow("unknown shift")
        << int(ImportKind::Roster) << QStringLiteral("shift.csv")
        << u8("Đơn vị,Ngày,Ca,Lãnh đạo trực\nTrường THPT Cát Bà,30/4,Ca chiều,Ngô Văn Tú "
              "0912000333\n")
               .toUtf8()
        << u8("shift.csv, row 2, column C: “Ca chiều” is not a shift of this period");
    QTest::newRow("same person twice in a shift")
        << int(ImportKind::Roster) << QStringLiteral("twice.csv")
        << u8("Đơn vị,Ngày,Ca,Lãnh đạo trực,Cán bộ trực\nTrường THPT Cát Bà,30/4,Ca ngày,Ngô Văn "
              "Tú "
              "0912000333,Ngô Văn Tú 0912000333\n")
               .toUtf8()
        << u8("twice.csv, row 2, column E: Ngô Văn Tú is already on duty on 30/04/2023 in this "
              "shift (row 2)");
}

void TestImporter::badInputsChangeNothing()
{
    QFETCH(int, kind);
    QFETCH(QString, file);
    QFETCH(QByteArray, content);
    QFETCH(QString, message);
    const QString path = write(file.toUtf8().constData(), content);
    const QString before = dump();
    const Result<ImportReport> report = import(ImportKind(kind), path, false);
    QString text;
    if (!report.ok()) {
        text = report.message();
    } else {
        QVERIFY(!report->applied);
        QVERIFY(report->errorCount() > 0);
        text = report->issues.first().text();
        for (const ImportIssue &issue : report->issues) {
            if (issue.severity == ImportIssue::Severity::Error) {
                text = issue.text();
                break;
            }
        }
    }
    QVERIFY2(text.startsWith(message), qPrintable(text));
    QCOMPARE(dump(), before);
}

void TestImporter::overlappingAssignment()
{
    // Whoever is the officer on duty at Thái Phiên on the night of 30/4 is
    // put in the leader's slot of the same night: two overlapping duties.
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral(
        "SELECT p.full_name, n.e164 FROM assignments a JOIN people p ON p.id = a.person_id "
        "JOIN phone_numbers n ON n.person_id = p.id JOIN shifts s ON s.id = a.shift_id "
        "JOIN duty_roles r ON r.id = a.role_id WHERE a.unit_id = ? AND a.day = '2023-04-30' AND "
        "s.name = ? AND r.name = ? LIMIT 1"));
    q.addBindValue(m_school);
    q.addBindValue(u8(SampleData::NightShiftName));
    q.addBindValue(u8(SampleData::OfficerRoleName));
    QVERIFY(q.exec() && q.next());
    const QString name = q.value(0).toString();
    const QString csv
        = u8("Ngày,Ca,Lãnh đạo trực\n30/4/2023,Ca đêm,%1 - %2\n").arg(name, q.value(1).toString());
    const QString path = write("overlap.csv", csv.toUtf8());
    const QString before = dump();
    const Result<ImportReport> report = import(ImportKind::Roster, path, false, m_school);
    QVERIFY2(report.ok(), qPrintable(report.message()));
    QVERIFY(!report->applied);
    QCOMPARE(report->errorCount(), 1);
    QCOMPARE(report->issues.last().text(),
             u8("overlap.csv, row 2, column C: %1 is already on duty at Trường THPT Thái Phiên on "
                "30/04/2023, overlapping this shift: a person cannot hold two overlapping duties.")
                 .arg(name));
    QCOMPARE(dump(), before);
}

void TestImporter::skipRowsInError()
{
    const QString path = write(
        "mixed.csv", u8("Họ và tên,SĐT\nNgô Văn Tú,0912 000 333\nLê Thị Mai,0912.000\n").toUtf8());
    const QString before = dump();
    Result<ImportReport> report = import(ImportKind::People, path, false, m_school);
    QVERIFY(report.ok());
    QVERIFY(!report->applied); // refused while errors exist
    QCOMPARE(dump(), before);
    report = import(ImportKind::People, path, false, m_school, true);
    QVERIFY(report.ok());
    QVERIFY(report->applied);
    QCOMPARE(report->toAdd, 1);
    QCOMPARE(report->skippedRows, 1);
}

void TestImporter::cli()
{
    const QString database = m_db->path();
    m_db->close();
    auto run = [&](const QStringList &arguments, QString *out) {
        QProcess process;
        process.start(QStringLiteral(DUTYDESK_CLI_PATH),
                      QStringList {QStringLiteral("--database"), database, QStringLiteral("--lang"),
                                   QStringLiteral("en")}
                          + arguments);
        process.waitForFinished(60000);
        *out = QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
        return process.exitCode();
    };
    QString out;
    QCOMPARE(
        run({QStringLiteral("import"), QStringLiteral("people"), dataFile("people-utf8-bom.csv"),
             QStringLiteral("--unit"), QStringLiteral("thai phien"), QStringLiteral("--dry-run"),
             QStringLiteral("--json")},
            &out),
        0);
    const QJsonObject json = QJsonDocument::fromJson(out.toUtf8()).object();
    QCOMPARE(json.value(QStringLiteral("toAdd")).toInt(), 2);
    QCOMPARE(json.value(QStringLiteral("applied")).toBool(), false);

    const QString bad = write("bad.csv", u8("Họ và tên,SĐT\nNgô Văn Tú,0912.000\n").toUtf8());
    QCOMPARE(run({QStringLiteral("import"), QStringLiteral("people"), bad, QStringLiteral("--unit"),
                  QStringLiteral("thai phien")},
                 &out),
             1);
    QVERIFY2(
        out.contains(u8("Error: bad.csv, row 2, column B: “0912.000” is not a valid Vietnamese "
                        "phone number.")),
        qPrintable(out));
    QCOMPARE(run({QStringLiteral("import"), QStringLiteral("roster"), bad}, &out), 2);
    QVERIFY2(out.contains(QStringLiteral("--period")), qPrintable(out));
}

QTEST_GUILESS_MAIN(TestImporter)
#include "tst_importer.moc"
