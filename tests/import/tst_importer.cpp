// The importer on the sample province: what a dry run reports, applying all
// or nothing, and every bad input leaving the database exactly as it was.

#include "Backups.h"
#include "Database.h"
#include "DirectoryStore.h"
#include "ImportFiles.h"
#include "Importer.h"
#include "Lookup.h"
#include "PeriodStore.h"
#include "SampleData.h"
#include "VietnameseText.h"

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

/// The plain edit distance, to check the importer's near matches against.
int editDistance(const QString &a, const QString &b)
{
    QList<int> previous(b.size() + 1);
    QList<int> current(b.size() + 1);
    for (int j = 0; j <= b.size(); ++j)
        previous[j] = j;
    for (int i = 1; i <= a.size(); ++i) {
        current[0] = i;
        for (int j = 1; j <= b.size(); ++j) {
            const int cost = a.at(i - 1) == b.at(j - 1) ? 0 : 1;
            current[j] = qMin(qMin(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
        }
        std::swap(previous, current);
    }
    return previous[b.size()];
}

/// A worksheet's XML made on the fly while libzip compresses it: a header, one
/// row repeated until the part reaches `size` bytes, and the closing tags. Lets
/// a test build a workbook that unpacks to hundreds of megabytes without
/// holding them in memory.
class RepeatedSheet
{
public:
    explicit RepeatedSheet(qint64 size)
        : m_size(size)
    {
    }

    static zip_int64_t callback(void *state, void *data, zip_uint64_t length, zip_source_cmd_t cmd)
    {
        auto *sheet = static_cast<RepeatedSheet *>(state);
        switch (cmd) {
        case ZIP_SOURCE_OPEN:
            sheet->m_position = 0;
            return 0;
        case ZIP_SOURCE_READ:
            return sheet->read(static_cast<char *>(data), qint64(length));
        case ZIP_SOURCE_CLOSE:
            return 0;
        case ZIP_SOURCE_STAT: {
            auto *stat = static_cast<zip_stat_t *>(data);
            zip_stat_init(stat);
            stat->size = zip_uint64_t(sheet->m_size);
            stat->valid |= ZIP_STAT_SIZE;
            return sizeof(zip_stat_t);
        }
        case ZIP_SOURCE_ERROR:
            return zip_error_to_data(&sheet->m_error, data, length);
        case ZIP_SOURCE_FREE:
            return 0;
        case ZIP_SOURCE_SUPPORTS:
            return zip_source_make_command_bitmap(ZIP_SOURCE_OPEN, ZIP_SOURCE_READ,
                                                  ZIP_SOURCE_CLOSE, ZIP_SOURCE_STAT,
                                                  ZIP_SOURCE_ERROR, ZIP_SOURCE_FREE, -1);
        default:
            zip_error_set(&sheet->m_error, ZIP_ER_OPNOTSUPP, 0);
            return -1;
        }
    }

private:
    qint64 read(char *out, qint64 length)
    {
        static const QByteArray head
            = "<?xml version=\"1.0\"?><worksheet "
              "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>";
        static const QByteArray row
            = "<row><c t=\"inlineStr\"><is><t>Nguyen Van An 0912345678</t></is></c></row>";
        static const QByteArray tail = "</sheetData></worksheet>";
        const qint64 tailStart = m_size - tail.size();
        qint64 written = 0;
        while (written < length && m_position < m_size) {
            // The piece the position falls in (the head, a row or the tail),
            // copied up to its end.
            const char *from = nullptr;
            qint64 available = 0;
            if (m_position < head.size()) {
                from = head.constData() + m_position;
                available = head.size() - m_position;
            } else if (m_position >= tailStart) {
                from = tail.constData() + (m_position - tailStart);
                available = m_size - m_position;
            } else {
                const qint64 inRow = (m_position - head.size()) % row.size();
                from = row.constData() + inRow;
                available = qMin(row.size() - inRow, tailStart - m_position);
            }
            const qint64 n = qMin(available, length - written);
            memcpy(out + written, from, size_t(n));
            written += n;
            m_position += n;
        }
        return written;
    }

    qint64 m_size;
    qint64 m_position = 0;
    zip_error_t m_error {};
};

/// Writes a workbook whose only sheet unpacks to `size` bytes.
bool writeBomb(const QString &path, qint64 size)
{
    QFile::remove(path);
    int code = 0;
    zip_t *archive
        = zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &code);
    if (!archive)
        return false;
    auto parts = ImportFiles::minimalWorkbook({});
    parts.removeLast(); // the sheet comes from RepeatedSheet
    for (const auto &part : std::as_const(parts)) {
        zip_source_t *source = zip_source_buffer(archive, part.second.constData(),
                                                 zip_uint64_t(part.second.size()), 0);
        if (!source || zip_file_add(archive, part.first.toUtf8().constData(), source, 0) < 0) {
            zip_discard(archive);
            return false;
        }
    }
    RepeatedSheet sheet(size);
    zip_source_t *source = zip_source_function(archive, &RepeatedSheet::callback, &sheet);
    if (!source || zip_file_add(archive, "xl/worksheets/sheet1.xml", source, 0) < 0) {
        zip_discard(archive);
        return false;
    }
    return zip_close(archive) == 0; // `parts` and `sheet` are read here
}

/// Makes the archive's directory claim the sheet unpacks to one megabyte.
bool understateSheetSize(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite))
        return false;
    QByteArray bytes = file.readAll();
    const QByteArray name("xl/worksheets/sheet1.xml");
    const QByteArray claimed("\x00\x00\x10\x00", 4);
    int patched = 0;
    for (qsizetype at = bytes.indexOf(name); at >= 0; at = bytes.indexOf(name, at + 1)) {
        // Local header: signature 30 bytes before the name, size at +22;
        // central header: 46 bytes before, size at +24.
        if (at >= 30 && bytes.mid(at - 30, 4) == QByteArray("PK\x03\x04")) {
            bytes.replace(at - 30 + 22, 4, claimed);
            ++patched;
        } else if (at >= 46 && bytes.mid(at - 46, 4) == QByteArray("PK\x01\x02")) {
            bytes.replace(at - 46 + 24, 4, claimed);
            ++patched;
        }
    }
    file.seek(0);
    return patched == 2 && file.write(bytes) == bytes.size();
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
    void zipBombChangesNothing_data();
    void zipBombChangesNothing();
    void overlappingAssignment();
    void skipRowsInError();
    void explicitMapping();
    void cancelledApplyChangesNothing();
    void manyPeopleAcrossUnits();
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

void TestImporter::zipBombChangesNothing_data()
{
    QTest::addColumn<QString>("shape");
    QTest::addColumn<QString>("message");
    const QString tooBig
        = u8("bomb.xlsx: the part “xl/worksheets/sheet1.xml” unpacks to more than 200 MB; the "
             "file is refused (it may be built to exhaust the memory).");
    // Three hundred megabytes of rows compress to about one megabyte.
    QTest::newRow("300 MB sheet") << QStringLiteral("big") << tooBig;
    // The same, its directory claiming one megabyte: counted while unpacking.
    QTest::newRow("300 MB sheet, understated") << QStringLiteral("lying") << tooBig;
    // A million columns in one row: fifteen megabytes of XML, a few kilobytes zipped.
    QTest::newRow("a million columns")
        << QStringLiteral("wide")
        << u8("bomb.xlsx, sheet “Sheet1”, row 1: a cell beyond the last column Excel allows "
              "(XFD); the file is refused.");
}

void TestImporter::zipBombChangesNothing()
{
    QFETCH(QString, shape);
    QFETCH(QString, message);
    const QString path = m_dir->filePath(QStringLiteral("bomb.xlsx"));
    if (shape == QLatin1String("wide")) {
        QByteArray row = "<row r=\"1\">";
        row.reserve(16 * 1000000);
        for (int c = 0; c < 1000000; ++c)
            row += "<c><v>1</v></c>";
        row += "</row>";
        QVERIFY(
            ImportFiles::writeZip(path, ImportFiles::minimalWorkbook(ImportFiles::sheetXml(row))));
    } else {
        QVERIFY(writeBomb(path, 300LL * 1024 * 1024));
        if (shape == QLatin1String("lying"))
            QVERIFY(understateSheetSize(path));
    }
    QVERIFY(QFileInfo(path).size() < 2 * 1024 * 1024);

    const QString before = dump();
    for (const bool dryRun : {true, false}) {
        const Result<ImportReport> report = import(ImportKind::People, path, dryRun, m_school);
        QVERIFY2(!report.ok(), dryRun ? "dry run" : "apply");
        QCOMPARE(report.message(), message);
        QCOMPARE(dump(), before);
    }
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

void TestImporter::explicitMapping()
{
    // Headers no synonym knows: refused as they are, imported with a mapping.
    const QString path = write("odd.csv",
                               u8("Danh sách cán bộ\n"
                                  "Cán bộ,Liên lạc,Việc\n"
                                  "Ngô Văn Tú,0912 000 333,Bảo vệ\n"
                                  "Lê Thị Mai,0912 000 444,Văn thư\n")
                                   .toUtf8());
    QVERIFY(!import(ImportKind::People, path, true, m_school).ok());

    ImportMapping mapping;
    mapping.headerRow = 1;
    mapping.columns = {{0, ImportMapping::Field::Name, u8("Cán bộ"), {}},
                       {1, ImportMapping::Field::Phone, u8("Liên lạc"), {}},
                       {2, ImportMapping::Field::Position, u8("Việc"), {}}};
    ImportRequest request;
    request.kind = ImportKind::People;
    request.path = path;
    request.unitId = m_school;
    request.dryRun = false;
    request.mapping = mapping;
    const Result<ImportReport> report = Importer(*m_db).run(request);
    QVERIFY2(report.ok(), qPrintable(report.message()));
    QVERIFY2(report->applied, qPrintable(report->summary()));
    QCOMPARE(report->rowsRead, 2);
    QCOMPARE(report->toAdd, 2);
    QSqlQuery q(m_db->connection());
    q.exec(QStringLiteral("SELECT p.position FROM people p JOIN phone_numbers n ON n.person_id = "
                          "p.id WHERE p.full_name = 'Lê Thị Mai' AND n.e164 = '+84912000444'"));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), u8("Văn thư"));

    // A header row outside the file is refused.
    request.mapping->headerRow = 7;
    const Result<ImportReport> outside = Importer(*m_db).run(request);
    QVERIFY(!outside.ok());
    QVERIFY2(outside.message().contains(QStringLiteral("header row")),
             qPrintable(outside.message()));
}

void TestImporter::cancelledApplyChangesNothing()
{
    const std::atomic_bool cancel {true};
    ImportRequest request;
    request.kind = ImportKind::People;
    request.path = dataFile("people-utf8-bom.csv");
    request.unitId = m_school;
    request.dryRun = false;
    request.cancel = &cancel;
    const QString before = dump();
    const Result<ImportReport> report = Importer(*m_db).run(request);
    QVERIFY(!report.ok());
    QVERIFY2(report.message().contains(QStringLiteral("cancelled")), qPrintable(report.message()));
    QCOMPARE(report.error().code(), Error::Code::Cancelled);
    // Only the backup taken before applying is left behind.
    QCOMPARE(dump(), before);
}

void TestImporter::manyPeopleAcrossUnits()
{
    // A few thousand people over every unit, all new: distinct full names
    // within a unit, some of them close enough to be reported as similar.
    const QStringList families = u8("Nguyễn,Trần,Lê,Phạm,Hoàng,Vũ,Đặng,Bùi,Đỗ,Hồ").split(u',');
    const QStringList middles
        = u8("Văn Khải,Thị Diệu,Hữu Tường,Đức Khoa,Minh Triết,Ngọc Diễm").split(u',');
    const QStringList givens
        = u8("An,Bình,Cường,Dũng,Giang,Hà,Khánh,Lan,Mai,Nam,Oanh,Phúc,Quân,Sơn,Tâm,Uyên,Vinh,"
             "Xuân,Yến,Thảo")
              .split(u',');
    const Result<QList<Unit>> units = DirectoryStore(*m_db).units();
    QVERIFY(units.ok());
    QVERIFY(units->size() >= 5);
    const int count = 3000;
    struct Row
    {
        Id unitId;
        QString name;
        QString phone; ///< as written
        QString e164;
    };
    QList<Row> rows;
    QHash<Id, int> perUnit;
    for (int i = 0; i < count; ++i) {
        const Unit &unit = units->at(i % units->size());
        const int k = perUnit[unit.id]++;
        const QString name = families.at(k % families.size()) + u' '
            + middles.at(k / families.size() % middles.size()) + u' '
            + givens.at(k / (families.size() * middles.size()) % givens.size());
        const QString digits = QStringLiteral("%1").arg(i, 6, 10, QLatin1Char('0'));
        rows << Row {unit.id, name, QStringLiteral("0386 ") + digits.left(3) + u' ' + digits.mid(3),
                     QStringLiteral("+84386") + digits};
    }
    QVERIFY(perUnit.value(units->first().id) < families.size() * middles.size() * givens.size());
    // Deliberately similar: one letter off a person listed earlier in the same unit.
    const Row &model = rows.at(count / 2);
    const QString similarName = model.name + u'h';
    rows << Row {model.unitId, similarName, QStringLiteral("0386 999 001"),
                 QStringLiteral("+84386999001")};

    auto unitText = [&](Id unitId) {
        for (const Unit &u : *units) {
            if (u.id == unitId)
                return u.name;
        }
        return QString();
    };
    auto csv = [&](const QList<Row> &list, const QString &extra) {
        QString text = u8("Họ và tên,Đơn vị,Điện thoại\n");
        for (const Row &row : list)
            text += row.name + QStringLiteral(",\"") + unitText(row.unitId) + QStringLiteral("\",")
                + row.phone + u'\n';
        return (text + extra).toUtf8();
    };
    const QString path = write("many.csv", csv(rows, {}));

    // The near matches, the slow way: each new person against the people of
    // their unit (the directory's, then the file's rows above).
    QHash<Id, QStringList> known;
    const Result<QList<Person>> people = DirectoryStore(*m_db).people();
    QVERIFY(people.ok());
    for (const Person &p : *people)
        known[p.unitId] << VietnameseText::fold(p.fullName);
    QSet<int> expectedNear;
    for (int i = 0; i < rows.size(); ++i) {
        const QString folded = VietnameseText::fold(rows.at(i).name);
        QStringList &inUnit = known[rows.at(i).unitId];
        for (const QString &other : std::as_const(inUnit)) {
            if (editDistance(other, folded) <= 2) {
                expectedNear.insert(i + 2); // the row number: below the header, 1-based
                break;
            }
        }
        inUnit << folded;
    }
    QVERIFY(expectedNear.contains(int(rows.size()) + 1));
    QVERIFY(expectedNear.size() > 1);

    const QString before = dump();
    Result<ImportReport> report = import(ImportKind::People, path, true);
    QVERIFY2(report.ok(), qPrintable(report.message()));
    QCOMPARE(report->rowsRead, int(rows.size()));
    QCOMPARE(report->errorCount(), 0);
    QCOMPARE(report->toAdd, int(rows.size()));
    QSet<int> near;
    for (const ImportIssue &issue : report->issues) {
        QVERIFY2(issue.message.contains(u8("will be added as a new person; similar people")),
                 qPrintable(issue.text()));
        near.insert(issue.row);
    }
    QCOMPARE(near, expectedNear);
    const auto similar
        = std::find_if(report->issues.cbegin(), report->issues.cend(),
                       [&](const ImportIssue &issue) { return issue.row == int(rows.size()) + 1; });
    QVERIFY(similar != report->issues.cend());
    QVERIFY2(similar->message.startsWith(similarName + u8(" will be added as a new person"))
                 && similar->message.contains(model.name + QStringLiteral(" (0386 ")),
             qPrintable(similar->message));
    QCOMPARE(dump(), before); // a dry run writes nothing

    // All or nothing: one bad row at the end leaves everything as it was.
    const QString bad
        = write("many-bad.csv",
                csv(rows, u8("Lê Thị Mai,\"") + unitText(model.unitId) + u8("\",0912.000\n")));
    report = import(ImportKind::People, bad, false);
    QVERIFY2(report.ok(), qPrintable(report.message()));
    QVERIFY(!report->applied);
    QCOMPARE(report->errorCount(), 1);
    QCOMPARE(report->issues.constLast().row, int(rows.size()) + 2);
    QCOMPARE(dump(), before);

    report = import(ImportKind::People, path, false);
    QVERIFY2(report.ok(), qPrintable(report.message()));
    QVERIFY(report->applied);
    QSqlQuery q(m_db->connection());
    q.exec(QStringLiteral("SELECT COUNT(*) FROM people"));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), int(people->size() + rows.size()));
    QCOMPARE(members(model.unitId).constLast().name, similarName);

    // Again, with the names respelt: everyone is matched by number.
    QList<Row> respelt = rows;
    for (Row &row : respelt)
        row.name += QStringLiteral(" A");
    report = import(ImportKind::People, write("respelt.csv", csv(respelt, {})), true);
    QVERIFY2(report.ok(), qPrintable(report.message()));
    QCOMPARE(report->errorCount(), 0);
    QCOMPARE(report->toAdd, 0);
    QCOMPARE(report->unchanged, int(rows.size()));
    QCOMPARE(report->warningCount(), int(rows.size()));
    QVERIFY2(report->issues.first().message.contains(u8(" by the number 0386 000 000")),
             qPrintable(report->issues.first().text()));
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
