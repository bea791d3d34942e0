// The import readers: legacy Vietnamese encodings, CSV and XLSX files made the
// way offices make them, and hostile files refused with a clear message.

#include "CsvReader.h"
#include "ImportFiles.h"
#include "LegacyEncoding.h"
#include "XlsxReader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace DutyDesk;

namespace {

QString u8(const char *text)
{
    return QString::fromUtf8(text);
}

/// The bytes a legacy font drew as `shown` (each character is one byte).
QByteArray legacyBytes(const char *shown)
{
    return u8(shown).toLatin1();
}

QString dataFile(const char *name)
{
    return QStringLiteral(DUTYDESK_TEST_DATA_DIR "/import/") + QString::fromUtf8(name);
}

} // namespace

class TestImportReaders : public QObject
{
    Q_OBJECT

private slots:
    void tcvn3_data();
    void tcvn3();
    void vni_data();
    void vni();
    void windows1258();
    void detection_data();
    void detection();
    void legacyTextInUnicode();
    void syllables();

    void csvEncodings_data();
    void csvEncodings();
    void csvDelimiters_data();
    void csvDelimiters();
    void csvQuoting();
    void csvRowNumbers();
    void csvRefusals_data();
    void csvRefusals();
    void csvLimits();
    void csvFixtures();

    void xlsxSerialDates();
    void xlsxOfficeRoster();
    void xlsxSheets();
    void xlsxInlineStrings();
    void xlsxLegacyFontText();
    void xlsxRefusals();
    void xlsxZipBomb();
    void xlsxTooManyColumns();
    void xlsxFromMemory();
    void xlsxRowsBeyondExcel();
    void xlsxWideRowsBomb();
    void xlsxRepeatedMerges();

private:
    QString writeOfficeRoster();
    QTemporaryDir m_dir;
};

// The TCVN3 bytes are given as the text Latin-1 fonts show for them ("NguyÔn
// V¨n An" is the familiar sight of ABC text in a Unicode font).
void TestImportReaders::tcvn3_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("text");
    QTest::newRow("Nguyễn Văn An") << legacyBytes("NguyÔn V¨n An") << u8("Nguyễn Văn An");
    QTest::newRow("Trường THPT") << legacyBytes("Tr\xc2\xad\xc3\xaang THPT") << u8("Trường THPT");
    QTest::newRow("Hải Phòng") << legacyBytes("H¶i Phßng") << u8("Hải Phòng");
    QTest::newRow("Giáo dục và Đào tạo")
        << legacyBytes("Gi¸o dôc vµ §µo t¹o") << u8("Giáo dục và Đào tạo");
    QTest::newRow("Họ và tên") << legacyBytes("Hä vµ tªn") << u8("Họ và tên");
    QTest::newRow("Điện thoại") << legacyBytes("§iÖn tho¹i") << u8("Điện thoại");
    QTest::newRow("Thứ Bảy") << legacyBytes("Thø B¶y") << u8("Thứ Bảy");
    QTest::newRow("all caps font") << legacyBytes("LÞCH TRùC") << u8("LỊCH TRỰC");
}

void TestImportReaders::tcvn3()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, text);
    QCOMPARE(LegacyEncoding::decode(bytes, LegacyEncoding::Encoding::Tcvn3), text);
    QCOMPARE(LegacyEncoding::detect(bytes), LegacyEncoding::Encoding::Tcvn3);
}

void TestImportReaders::vni_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("text");
    QTest::newRow("Nguyễn Văn An") << legacyBytes("Nguyeãn Vaên An") << u8("Nguyễn Văn An");
    QTest::newRow("Trường THPT") << legacyBytes("Tröôøng THPT") << u8("Trường THPT");
    QTest::newRow("Hải Phòng") << legacyBytes("Haûi Phoøng") << u8("Hải Phòng");
    QTest::newRow("Điện thoại") << legacyBytes("Ñieän thoaïi") << u8("Điện thoại");
    QTest::newRow("Trực kỹ thuật") << legacyBytes("Tröïc kyõ thuaät") << u8("Trực kỹ thuật");
    QTest::newRow("capitals") << legacyBytes("TRÖÔØNG THPT") << u8("TRƯỜNG THPT");
    QTest::newRow("Đà Nẵng") << legacyBytes("Ñaø Naüng") << u8("Đà Nẵng");
    QTest::newRow("Chí Minh") << legacyBytes("Thaønh phoá Hoà Chí Minh")
                              << u8("Thành phố Hồ Chí Minh");
}

void TestImportReaders::vni()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, text);
    QCOMPARE(LegacyEncoding::decode(bytes, LegacyEncoding::Encoding::Vni), text);
    QCOMPARE(LegacyEncoding::detect(bytes), LegacyEncoding::Encoding::Vni);
}

void TestImportReaders::windows1258()
{
    // Windows-1258 writes tones as combining bytes: "Nguyê" + 0xDE (tilde) + "n".
    const QByteArray bytes("Nguy\xea\xde"
                           "n V\xe3n An, Ha\xd2i Pho\xcc"
                           "ng, \xd0\xe0o");
    QCOMPARE(LegacyEncoding::decode(bytes, LegacyEncoding::Encoding::Windows1258),
             u8("Nguyễn Văn An, Hải Phòng, Đào"));
    QCOMPARE(LegacyEncoding::detect(bytes), LegacyEncoding::Encoding::Windows1258);
    const QString decoded = LegacyEncoding::decode(bytes, LegacyEncoding::Encoding::Windows1258);
    QCOMPARE(decoded, decoded.normalized(QString::NormalizationForm_C));
}

void TestImportReaders::detection_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("encoding");
    QTest::newRow("ascii") << QByteArray("Nguyen Van An") << int(LegacyEncoding::Encoding::Utf8);
    QTest::newRow("utf-8") << u8("Nguyễn Văn An").toUtf8() << int(LegacyEncoding::Encoding::Utf8);
    QTest::newRow("tcvn3 sentence")
        << legacyBytes("Së Gi¸o dôc vµ §µo t¹o H¶i Phßng, lÞch trùc nghØ lÔ")
        << int(LegacyEncoding::Encoding::Tcvn3);
    QTest::newRow("vni sentence") << legacyBytes("Sôû Giaùo duïc vaø Ñaøo taïo Haûi Phoøng")
                                  << int(LegacyEncoding::Encoding::Vni);
}

void TestImportReaders::detection()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, encoding);
    QCOMPARE(int(LegacyEncoding::detect(bytes)), encoding);
}

void TestImportReaders::legacyTextInUnicode()
{
    // An XLSX typed with a .VnTime font holds these characters as Unicode.
    QCOMPARE(LegacyEncoding::detectInText(u8("NguyÔn V¨n An")), LegacyEncoding::Encoding::Tcvn3);
    QCOMPARE(LegacyEncoding::repairText(u8("NguyÔn V¨n An"), LegacyEncoding::Encoding::Tcvn3),
             u8("Nguyễn Văn An"));
    QCOMPARE(LegacyEncoding::detectInText(u8("Nguyeãn Vaên An")), LegacyEncoding::Encoding::Vni);
    // Real Unicode and plain text stay as they are.
    QCOMPARE(LegacyEncoding::detectInText(u8("Nguyễn Văn An")), LegacyEncoding::Encoding::Utf8);
    QCOMPARE(LegacyEncoding::detectInText(u8("Café Müller")), LegacyEncoding::Encoding::Utf8);
    QCOMPARE(LegacyEncoding::detectInText(u8("THPT")), LegacyEncoding::Encoding::Utf8);
}

void TestImportReaders::syllables()
{
    for (const char *word : {"Nguyễn", "trường", "HẢI", "khuya", "giữa", "quyết", "Đào"})
        QVERIFY2(LegacyEncoding::isSyllable(u8(word)), word);
    for (const char *word : {"NguyÔn", "V¨n", "ồẽ", "xyz", "Tröôøng"})
        QVERIFY2(!LegacyEncoding::isSyllable(u8(word)), word);
}

void TestImportReaders::csvEncodings_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("encoding");
    const QString text = u8("Họ và tên,Điện thoại\r\nNguyễn Văn An,0912.345.678\r\n");
    QTest::newRow("utf-8") << text.toUtf8() << QStringLiteral("UTF-8");
    QTest::newRow("utf-8 bom") << QByteArray("\xEF\xBB\xBF" + text.toUtf8())
                               << QStringLiteral("UTF-8");
    QByteArray le("\xFF\xFE", 2);
    QByteArray be("\xFE\xFF", 2);
    for (const QChar c : text) {
        le.append(char(c.unicode() & 0xFF)).append(char(c.unicode() >> 8));
        be.append(char(c.unicode() >> 8)).append(char(c.unicode() & 0xFF));
    }
    QTest::newRow("utf-16le") << le << QStringLiteral("UTF-16LE");
    QTest::newRow("utf-16be") << be << QStringLiteral("UTF-16BE");
    QTest::newRow("tcvn3") << legacyBytes("Hä vµ tªn,§iÖn tho¹i\r\nNguyÔn V¨n An,0912.345.678\r\n")
                           << QStringLiteral("TCVN3");
    QTest::newRow("vni") << legacyBytes(
        "Hoï vaø teân,Ñieän thoaïi\r\nNguyeãn Vaên An,0912.345.678\r\n")
                         << QStringLiteral("VNI");
    QTest::newRow("windows-1258") << QByteArray(
        "Ho\xf2 v\xe0 t\xean,\xd0i\xea\xf2n thoa\xf2i\r\nNguy\xea\xde"
        "n V\xe3n An,"
        "0912.345.678\r\n") << QStringLiteral("Windows-1258");
}

void TestImportReaders::csvEncodings()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, encoding);
    const Result<ImportTable> table = CsvReader::read(bytes, QStringLiteral("ds.csv"), {});
    QVERIFY2(table.ok(), qPrintable(table.message()));
    QCOMPARE(table->encoding, encoding);
    QCOMPARE(table->rows.size(), 2);
    QCOMPARE(table->rows.at(0).cells, QStringList({u8("Họ và tên"), u8("Điện thoại")}));
    QCOMPARE(table->rows.at(1).cells, QStringList({u8("Nguyễn Văn An"), u8("0912.345.678")}));
}

void TestImportReaders::csvDelimiters_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("comma") << QByteArray("a,b,c\n1,2,3\n");
    QTest::newRow("semicolon") << QByteArray("a;b;c\n1;2,5;3\n");
    QTest::newRow("tab") << QByteArray("a\tb\tc\n1\t2\t3\n");
    QTest::newRow("title row first") << QByteArray("LICH TRUC\n\na;b;c\n1;2;3\n");
}

void TestImportReaders::csvDelimiters()
{
    QFETCH(QByteArray, bytes);
    const Result<ImportTable> table = CsvReader::read(bytes, QStringLiteral("x.csv"), {});
    QVERIFY2(table.ok(), qPrintable(table.message()));
    QCOMPARE(table->rows.last().cells.size(), 3);
    QCOMPARE(table->rows.last().cells.first(), QStringLiteral("1"));
}

void TestImportReaders::csvQuoting()
{
    const QByteArray bytes("\"Name\",\"Note\"\r\n\"Tr\xe1\xba\xa7n, Th\xe1\xbb\x8b\",\"say "
                           "\"\"hi\"\"\r\nsecond line\"\r\n");
    const Result<ImportTable> table = CsvReader::read(bytes, QStringLiteral("q.csv"), {});
    QVERIFY2(table.ok(), qPrintable(table.message()));
    QCOMPARE(table->rows.size(), 2);
    QCOMPARE(table->rows.at(1).cells.at(0), u8("Trần, Thị"));
    QCOMPARE(table->rows.at(1).cells.at(1), u8("say \"hi\"\r\nsecond line"));
}

void TestImportReaders::csvRowNumbers()
{
    // Empty lines are skipped but counted, so messages name the row Excel shows.
    const Result<ImportTable> table
        = CsvReader::read(QByteArray("a,b\n\n,\n1,2\n"), QStringLiteral("n.csv"), {});
    QVERIFY2(table.ok(), qPrintable(table.message()));
    QCOMPARE(table->rows.size(), 2);
    QCOMPARE(table->rows.at(1).number, 4);
}

void TestImportReaders::csvRefusals_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("bad.csv: the file is empty.");
    QTest::newRow("blank") << QByteArray(" \r\n\r\n")
                           << QStringLiteral("bad.csv: the file is empty.");
    QTest::newRow("binary") << QByteArray("PK\x03\x04\x00\x00\x01\x02\x03\x00\x00\x07\x08", 13)
                            << QStringLiteral("bad.csv: this is not a text (CSV) file.");
    QTest::newRow("unclosed quote")
        << QByteArray("a,b\n\"x,y\n")
        << QStringLiteral("bad.csv, row 2: a quoted field is not closed");
}

void TestImportReaders::csvRefusals()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);
    const Result<ImportTable> table = CsvReader::read(bytes, QStringLiteral("bad.csv"), {});
    QVERIFY(!table.ok());
    QVERIFY2(table.message().startsWith(message), qPrintable(table.message()));
}

void TestImportReaders::csvLimits()
{
    CsvReader::Limits limits;
    limits.maxFileBytes = 1000;
    Result<ImportTable> table
        = CsvReader::read(QByteArray(2000, 'a'), QStringLiteral("big.csv"), limits);
    QVERIFY(!table.ok());
    QVERIFY2(table.message().contains(QStringLiteral("too large")), qPrintable(table.message()));

    limits = {};
    limits.maxRows = 3;
    table = CsvReader::read(QByteArray("a\nb\nc\nd\ne\n"), QStringLiteral("rows.csv"), limits);
    QVERIFY(!table.ok());
    QCOMPARE(table.message(), QStringLiteral("rows.csv: more than 3 rows; split the file."));

    limits = {};
    limits.maxFieldChars = 100;
    table = CsvReader::read(QByteArray("a,b\nx,") + QByteArray(500, 'y'), QStringLiteral("f.csv"),
                            limits);
    QVERIFY(!table.ok());
    QVERIFY2(table.message().startsWith(QStringLiteral("f.csv, row 2, column B: a field longer "
                                                       "than 100 characters")),
             qPrintable(table.message()));

    // The file size is checked before the file is read.
    QTemporaryDir dir;
    QFile big(dir.filePath(QStringLiteral("big.csv")));
    QVERIFY(big.open(QIODevice::WriteOnly));
    QVERIFY(big.resize(51LL * 1024 * 1024));
    big.close();
    table = CsvReader::readFile(big.fileName());
    QVERIFY(!table.ok());
    QVERIFY2(table.message().contains(QStringLiteral("at most 50 MB")),
             qPrintable(table.message()));
}

void TestImportReaders::csvFixtures()
{
    // Files as offices send them, kept in tests/data/import.
    const struct
    {
        const char *file;
        const char *encoding;
    } fixtures[] = {
        {"people-utf8-bom.csv", "UTF-8"},
        {"people-tcvn3.csv", "TCVN3"},
        {"people-vni.csv", "VNI"},
        {"people-utf16.txt", "UTF-16LE"},
    };
    for (const auto &fixture : fixtures) {
        const Result<ImportTable> table = CsvReader::readFile(dataFile(fixture.file));
        QVERIFY2(table.ok(), qPrintable(table.message()));
        QCOMPARE(table->encoding, QString::fromUtf8(fixture.encoding));
        QVERIFY2(table->rows.size() >= 3, fixture.file);
        bool found = false;
        for (const ImportRow &row : table->rows)
            found = found || row.cells.contains(u8("Nguyễn Văn An"));
        QVERIFY2(found, fixture.file);
    }
}

void TestImportReaders::xlsxSerialDates()
{
    QCOMPARE(XlsxReader::dateFromSerial(1), QDate(1900, 1, 1));
    QCOMPARE(XlsxReader::dateFromSerial(59), QDate(1900, 2, 28));
    QVERIFY(!XlsxReader::dateFromSerial(60).isValid()); // Lotus's 29/2/1900
    QCOMPARE(XlsxReader::dateFromSerial(61), QDate(1900, 3, 1));
    QCOMPARE(XlsxReader::dateFromSerial(45045), QDate(2023, 4, 29));
    QCOMPARE(XlsxReader::dateFromSerial(45045.75), QDate(2023, 4, 29));
    QCOMPARE(XlsxReader::dateFromSerial(43583, true), QDate(2023, 4, 29));
    QVERIFY(!XlsxReader::dateFromSerial(-1).isValid());
}

// A roster as a school makes it: agency and title rows merged across the
// table, the day merged over its two shifts, a hidden row, an empty row, a
// phone number typed as a number (its leading 0 lost), an instructions sheet
// first and a hidden sheet last.
QString TestImportReaders::writeOfficeRoster()
{
    const QString path = m_dir.filePath(QStringLiteral("lich-truc.xlsx"));
    lxw_workbook *book = workbook_new(QFile::encodeName(path).constData());
    lxw_worksheet *help = workbook_add_worksheet(book, "Hướng dẫn");
    worksheet_write_string(help, 0, 0, "Điền lịch trực vào trang sau.", nullptr);
    lxw_worksheet *sheet = workbook_add_worksheet(book, "Lịch trực");
    lxw_worksheet *hidden = workbook_add_worksheet(book, "Data");
    worksheet_write_string(hidden, 0, 0, "x", nullptr);
    worksheet_hide(hidden);
    lxw_format *date = workbook_add_format(book);
    format_set_num_format(date, "dd/mm/yyyy");
    lxw_format *time = workbook_add_format(book);
    format_set_num_format(time, "hh:mm");

    worksheet_merge_range(sheet, 0, 0, 0, 2, "SỞ GIÁO DỤC VÀ ĐÀO TẠO", nullptr);
    worksheet_merge_range(sheet, 1, 0, 1, 6, "LỊCH TRỰC NGHỈ LỄ 30/4 – 01/5/2023", nullptr);
    const char *headers[]
        = {"Ngày", "Thứ", "Ca", "Lãnh đạo trực", "Cán bộ trực", "Trực kỹ thuật", "Bảo vệ"};
    for (int c = 0; c < 7; ++c)
        worksheet_write_string(sheet, 3, lxw_col_t(c), headers[c], nullptr);
    worksheet_merge_range(sheet, 4, 0, 5, 0, "", date);
    lxw_datetime day = {2023, 4, 29, 0, 0, 0};
    worksheet_write_datetime(sheet, 4, 0, &day, date);
    worksheet_merge_range(sheet, 4, 1, 5, 1, "Thứ Bảy", nullptr);
    worksheet_write_string(sheet, 4, 2, "Ca ngày", nullptr);
    worksheet_write_string(sheet, 4, 3, "Nguyễn Văn An - 0912.345.678", nullptr);
    worksheet_write_number(sheet, 4, 4, 912345678, nullptr);
    worksheet_write_string(sheet, 5, 2, "Ca đêm", nullptr);
    worksheet_write_string(sheet, 5, 3, "Đ/c Trần Thị Bình (PHT) 0987654321", nullptr);
    lxw_row_col_options hide = {1, 0, 0};
    worksheet_set_row_opt(sheet, 6, LXW_DEF_ROW_HEIGHT, nullptr, &hide);
    worksheet_write_string(sheet, 6, 0, "hàng ẩn", nullptr);
    worksheet_write_number(sheet, 8, 0, 45046, date);
    worksheet_write_number(sheet, 8, 2, 0.3125, time);
    worksheet_write_number(sheet, 8, 6, 12.5, nullptr);
    if (workbook_close(book) != LXW_NO_ERROR)
        return {};
    return path;
}

void TestImportReaders::xlsxOfficeRoster()
{
    const QString path = writeOfficeRoster();
    QVERIFY(!path.isEmpty());
    const Result<ImportTable> table = XlsxReader::read(path, u8("Lịch trực"));
    QVERIFY2(table.ok(), qPrintable(table.message()));
    QCOMPARE(table->sheet, u8("Lịch trực"));
    QList<int> numbers;
    for (const ImportRow &row : table->rows)
        numbers << row.number;
    QCOMPARE(numbers, QList<int>({1, 2, 4, 5, 6, 9})); // row 3 empty, row 7 hidden
    QCOMPARE(table->rows.at(0).cells,
             QStringList({u8("SỞ GIÁO DỤC VÀ ĐÀO TẠO"), u8("SỞ GIÁO DỤC VÀ ĐÀO TẠO"),
                          u8("SỞ GIÁO DỤC VÀ ĐÀO TẠO")}));
    QCOMPARE(table->rows.at(2).cells.at(3), u8("Lãnh đạo trực"));
    QCOMPARE(table->rows.at(3).cells.mid(0, 5),
             QStringList({QStringLiteral("29/04/2023"), u8("Thứ Bảy"), u8("Ca ngày"),
                          u8("Nguyễn Văn An - 0912.345.678"), QStringLiteral("912345678")}));
    // The merged day and weekday reach the night shift's row.
    QCOMPARE(table->rows.at(4).cells.mid(0, 4),
             QStringList({QStringLiteral("29/04/2023"), u8("Thứ Bảy"), u8("Ca đêm"),
                          u8("Đ/c Trần Thị Bình (PHT) 0987654321")}));
    QCOMPARE(table->rows.at(5).cells,
             QStringList({QStringLiteral("30/04/2023"), QString(), QStringLiteral("07:30"),
                          QString(), QString(), QString(), QStringLiteral("12.5")}));
}

void TestImportReaders::xlsxSheets()
{
    const QString path = writeOfficeRoster();
    const Result<QList<XlsxReader::SheetInfo>> sheets = XlsxReader::sheets(path);
    QVERIFY2(sheets.ok(), qPrintable(sheets.message()));
    QCOMPARE(sheets->size(), 3);
    QCOMPARE(sheets->at(1).name, u8("Lịch trực"));
    QVERIFY(sheets->at(2).hidden);
    // The first visible sheet by default; by position; by name without diacritics.
    QCOMPARE(XlsxReader::read(path)->sheet, u8("Hướng dẫn"));
    QCOMPARE(XlsxReader::read(path, QStringLiteral("2"))->sheet, u8("Lịch trực"));
    QCOMPARE(XlsxReader::read(path, QStringLiteral("lich truc"))->sheet, u8("Lịch trực"));
    const Result<ImportTable> missing = XlsxReader::read(path, QStringLiteral("Tháng 5"));
    QVERIFY(!missing.ok());
    QCOMPARE(missing.message(),
             u8("lich-truc.xlsx: there is no sheet “Tháng 5”; the sheets are "
                "“Hướng dẫn”, “Lịch trực”, “Data”."));
}

void TestImportReaders::xlsxInlineStrings()
{
    // Constant-memory mode writes inline strings instead of shared ones.
    const QString path = m_dir.filePath(QStringLiteral("inline.xlsx"));
    lxw_workbook_options options = {LXW_TRUE, nullptr, LXW_FALSE};
    lxw_workbook *book = workbook_new_opt(QFile::encodeName(path).constData(), &options);
    lxw_worksheet *sheet = workbook_add_worksheet(book, nullptr);
    worksheet_write_string(sheet, 0, 0, "Họ và tên", nullptr);
    worksheet_write_string(sheet, 1, 0, "Nguyễn Văn An", nullptr);
    QCOMPARE(workbook_close(book), LXW_NO_ERROR);
    const Result<ImportTable> table = XlsxReader::read(path);
    QVERIFY2(table.ok(), qPrintable(table.message()));
    QCOMPARE(table->rows.size(), 2);
    QCOMPARE(table->rows.at(1).cells, QStringList({u8("Nguyễn Văn An")}));

    // Hand-written inline strings with rich-text runs.
    const QString raw = m_dir.filePath(QStringLiteral("runs.xlsx"));
    QVERIFY(ImportFiles::writeZip(
        raw,
        ImportFiles::minimalWorkbook(ImportFiles::sheetXml(
            "<row r=\"2\"><c r=\"B2\" t=\"inlineStr\"><is><r><t>Nguyễn </t></r><r><t>Văn An</t></r>"
            "</is></c></row>"))));
    const Result<ImportTable> runs = XlsxReader::read(raw);
    QVERIFY2(runs.ok(), qPrintable(runs.message()));
    QCOMPARE(runs->rows.at(0).number, 2);
    QCOMPARE(runs->rows.at(0).cells, QStringList({QString(), u8("Nguyễn Văn An")}));
}

void TestImportReaders::xlsxLegacyFontText()
{
    // Typed with a .VnTime font: Excel stores the characters the font draws.
    const QString path = m_dir.filePath(QStringLiteral("tcvn3.xlsx"));
    lxw_workbook *book = workbook_new(QFile::encodeName(path).constData());
    lxw_worksheet *sheet = workbook_add_worksheet(book, nullptr);
    worksheet_write_string(sheet, 0, 0, "Hä vµ tªn", nullptr);
    worksheet_write_string(sheet, 0, 1, "§iÖn tho¹i", nullptr);
    worksheet_write_string(sheet, 1, 0, "NguyÔn V¨n An", nullptr);
    worksheet_write_string(sheet, 1, 1, "0912.345.678", nullptr);
    QCOMPARE(workbook_close(book), LXW_NO_ERROR);
    const Result<ImportTable> table = XlsxReader::read(path);
    QVERIFY2(table.ok(), qPrintable(table.message()));
    QCOMPARE(table->encoding, QStringLiteral("TCVN3"));
    QCOMPARE(table->rows.at(0).cells, QStringList({u8("Họ và tên"), u8("Điện thoại")}));
    QCOMPARE(table->rows.at(1).cells, QStringList({u8("Nguyễn Văn An"), u8("0912.345.678")}));
}

void TestImportReaders::xlsxRefusals()
{
    const QString good = writeOfficeRoster();
    QFile file(good);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    file.close();
    auto write = [this](const char *name, const QByteArray &content) {
        QFile out(m_dir.filePath(QString::fromUtf8(name)));
        out.open(QIODevice::WriteOnly);
        out.write(content);
        return out.fileName();
    };
    const struct
    {
        QString path;
        QString message;
    } cases[] = {
        {write("empty.xlsx", {}), QStringLiteral("empty.xlsx: the file is empty.")},
        {write("text.xlsx", QByteArray("Ho ten,SDT\nAn,0912345678\n")),
         QStringLiteral("text.xlsx: this is not an Excel (.xlsx) file.")},
        {write("binary.xlsx", QByteArray("\x01\x02\x03\xff\xfe\x00\x10garbage", 15)),
         QStringLiteral("binary.xlsx: this is not an Excel (.xlsx) file.")},
        {write("truncated.xlsx", bytes.left(bytes.size() / 2)),
         QStringLiteral("truncated.xlsx: the file is damaged or incomplete (was it cut short while "
                        "being copied or downloaded?). Ask for the file again.")},
        {write("old.xls", QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1") + QByteArray(600, 0)),
         QStringLiteral("old.xls: this is an old Excel 97–2003 (.xls) file.")},
        {m_dir.filePath(QStringLiteral("missing.xlsx")),
         QStringLiteral("missing.xlsx: the file cannot be opened")},
    };
    for (const auto &c : cases) {
        const Result<ImportTable> table = XlsxReader::read(c.path);
        QVERIFY2(!table.ok(), qPrintable(c.path));
        QVERIFY2(table.message().startsWith(c.message), qPrintable(table.message()));
    }
    // A zip that is no workbook.
    const QString zip = m_dir.filePath(QStringLiteral("photos.xlsx"));
    QVERIFY(ImportFiles::writeZip(zip, {{QStringLiteral("a.jpg"), QByteArray("jpeg")}}));
    const Result<ImportTable> table = XlsxReader::read(zip);
    QVERIFY(!table.ok());
    QCOMPARE(table.message(),
             u8("photos.xlsx: this is not an Excel workbook (the part "
                "“xl/workbook.xml” is missing)."));
}

void TestImportReaders::xlsxZipBomb()
{
    // 8 MB of one repeated row compress to a few kilobytes.
    QByteArray rows;
    const QByteArray row("<row><c t=\"inlineStr\"><is><t>aaaaaaaaaaaaaaaa</t></is></c></row>");
    while (rows.size() < 8 * 1024 * 1024)
        rows += row;
    const QString path = m_dir.filePath(QStringLiteral("bomb.xlsx"));
    QVERIFY(ImportFiles::writeZip(path, ImportFiles::minimalWorkbook(ImportFiles::sheetXml(rows))));
    QVERIFY(QFileInfo(path).size() < 200 * 1024);
    XlsxReader::Limits limits;
    limits.maxPartBytes = 4 * 1024 * 1024;
    Result<ImportTable> table = XlsxReader::read(path, {}, limits);
    QVERIFY(!table.ok());
    QCOMPARE(table.message(),
             u8("bomb.xlsx: the part “xl/worksheets/sheet1.xml” unpacks to more "
                "than 4 MB; the file is refused (it may be built to exhaust the "
                "memory)."));

    // The same bomb lying about its size in the archive's directory: the
    // bytes are counted while they are unpacked.
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QByteArray bytes = file.readAll();
    const QByteArray name("xl/worksheets/sheet1.xml");
    int patched = 0;
    for (qsizetype at = bytes.indexOf(name); at >= 0; at = bytes.indexOf(name, at + 1)) {
        // The local header (PK\3\4) has the size 8 bytes before the name
        // length field; the central header (PK\1\2) 4 bytes before it.
        for (const qsizetype back : {qsizetype(30), qsizetype(46)}) {
            const qsizetype header = at - back;
            if (header < 0)
                continue;
            if (back == 30 && bytes.mid(header, 4) == QByteArray("PK\x03\x04")) {
                bytes.replace(header + 22, 4, QByteArray("\x00\x04\x00\x00", 4));
                ++patched;
            } else if (back == 46 && bytes.mid(header, 4) == QByteArray("PK\x01\x02")) {
                bytes.replace(header + 24, 4, QByteArray("\x00\x04\x00\x00", 4));
                ++patched;
            }
        }
    }
    QCOMPARE(patched, 2);
    file.seek(0);
    file.write(bytes);
    file.close();
    table = XlsxReader::read(path, {}, limits);
    QVERIFY(!table.ok());
    QVERIFY2(table.message().contains(QStringLiteral("unpacks to more than 4 MB"))
                 || table.message().contains(QStringLiteral("damaged")),
             qPrintable(table.message()));
}

void TestImportReaders::xlsxTooManyColumns()
{
    const QString path = m_dir.filePath(QStringLiteral("wide.xlsx"));
    QVERIFY(ImportFiles::writeZip(
        path,
        ImportFiles::minimalWorkbook(ImportFiles::sheetXml(
            "<row r=\"1\"><c r=\"XFE1\" t=\"inlineStr\"><is><t>x</t></is></c></row>"))));
    Result<ImportTable> table = XlsxReader::read(path);
    QVERIFY(!table.ok());
    QCOMPARE(table.message(),
             u8("wide.xlsx, sheet “Sheet1”, row 1: a cell beyond the last column "
                "Excel allows (XFD); the file is refused."));

    // A sheet of many cells is refused at the cell limit, not after filling the memory.
    QByteArray cells = "<row r=\"1\">";
    for (int c = 0; c < 2000; ++c)
        cells += "<c t=\"inlineStr\"><is><t>x</t></is></c>";
    cells += "</row>";
    QVERIFY(
        ImportFiles::writeZip(path, ImportFiles::minimalWorkbook(ImportFiles::sheetXml(cells))));
    XlsxReader::Limits limits;
    limits.maxCells = 1000;
    table = XlsxReader::read(path, {}, limits);
    QVERIFY(!table.ok());
    QCOMPARE(table.message(),
             u8("wide.xlsx, sheet “Sheet1”: more than 1000 cells; the file is refused."));

    // A merge over whole columns copies only within the data.
    QVERIFY(ImportFiles::writeZip(
        path,
        ImportFiles::minimalWorkbook(ImportFiles::sheetXml(
            "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>x</t></is></c></row>"
            "<row r=\"3\"><c r=\"B3\" t=\"inlineStr\"><is><t>y</t></is></c></row>",
            "<mergeCells><mergeCell ref=\"A1:XFD1048576\"/></mergeCells>"))));
    table = XlsxReader::read(path);
    QVERIFY2(table.ok(), qPrintable(table.message()));
    QCOMPARE(table->rows.size(), 3);
    QCOMPARE(table->rows.at(2).cells, QStringList({QStringLiteral("x"), QStringLiteral("x")}));
}

void TestImportReaders::xlsxFromMemory()
{
    // A workbook in memory reads exactly as the same file on disk.
    const QString path = writeOfficeRoster();
    QVERIFY(!path.isEmpty());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    const XlsxReader::Limits limits;
    const Result<QList<XlsxReader::SheetInfo>> sheets
        = XlsxReader::sheets(bytes, QStringLiteral("mail.xlsx"), limits);
    QVERIFY2(sheets.ok(), qPrintable(sheets.message()));
    QCOMPARE(sheets->size(), 3);
    QCOMPARE(sheets->at(1).name, u8("Lịch trực"));
    const Result<ImportTable> fromFile = XlsxReader::read(path, u8("Lịch trực"));
    const Result<ImportTable> fromMemory
        = XlsxReader::read(bytes, QStringLiteral("mail.xlsx"), u8("lich truc"), limits);
    QVERIFY2(fromMemory.ok(), qPrintable(fromMemory.message()));
    QCOMPARE(fromMemory->file, QStringLiteral("mail.xlsx"));
    QCOMPARE(fromMemory->rows.size(), fromFile->rows.size());
    for (qsizetype i = 0; i < fromFile->rows.size(); ++i) {
        QCOMPARE(fromMemory->rows.at(i).number, fromFile->rows.at(i).number);
        QCOMPARE(fromMemory->rows.at(i).cells, fromFile->rows.at(i).cells);
    }

    // The same refusals as for files.
    const struct
    {
        QByteArray bytes;
        QString message;
    } cases[] = {
        {QByteArray(), QStringLiteral("mail.xlsx: the file is empty.")},
        {QByteArray("Ho ten,SDT\nAn,0912345678\n"),
         QStringLiteral("mail.xlsx: this is not an Excel (.xlsx) file.")},
        {bytes.left(bytes.size() / 2),
         QStringLiteral("mail.xlsx: the file is damaged or incomplete (was it cut short while "
                        "being copied or downloaded?). Ask for the file again.")},
        {QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1") + QByteArray(600, 0),
         QStringLiteral("mail.xlsx: this is an old Excel 97–2003 (.xls) file.")},
    };
    for (const auto &c : cases) {
        const Result<ImportTable> table
            = XlsxReader::read(c.bytes, QStringLiteral("mail.xlsx"), QString(), limits);
        QVERIFY(!table.ok());
        QVERIFY2(table.message().startsWith(c.message), qPrintable(table.message()));
    }
    XlsxReader::Limits small;
    small.maxFileBytes = 1024;
    const Result<ImportTable> big
        = XlsxReader::read(bytes, QStringLiteral("mail.xlsx"), QString(), small);
    QVERIFY(!big.ok());
    QVERIFY2(big.message().startsWith(QStringLiteral("mail.xlsx: the file is too large")),
             qPrintable(big.message()));
}

void TestImportReaders::xlsxRowsBeyondExcel()
{
    // A cell reference past row 1,048,576 is refused like a row element there.
    const QString path = m_dir.filePath(QStringLiteral("deep.xlsx"));
    QVERIFY(ImportFiles::writeZip(
        path,
        ImportFiles::minimalWorkbook(ImportFiles::sheetXml(
            "<row r=\"1\"><c r=\"A99999999\" t=\"inlineStr\"><is><t>x</t></is></c></row>"))));
    const Result<ImportTable> table = XlsxReader::read(path);
    QVERIFY(!table.ok());
    QCOMPARE(table.message(),
             u8("deep.xlsx, sheet “Sheet1”: a row number beyond Excel's limit (1048576)."));
}

void TestImportReaders::xlsxWideRowsBomb()
{
    // One cell in the last column on each row would expand every row to
    // 16,384 cells: a few kilobytes asking for gigabytes. The expanded cells
    // are counted against the cell limit.
    QByteArray rows;
    for (int r = 1; r <= 10; ++r)
        rows += QStringLiteral("<row r=\"%1\"><c r=\"XFD%1\"><v>1</v></c></row>").arg(r).toUtf8();
    const QString path = m_dir.filePath(QStringLiteral("far.xlsx"));
    QVERIFY(ImportFiles::writeZip(path, ImportFiles::minimalWorkbook(ImportFiles::sheetXml(rows))));
    XlsxReader::Limits limits;
    limits.maxCells = 100000;
    Result<ImportTable> table = XlsxReader::read(path, {}, limits);
    QVERIFY(!table.ok());
    QCOMPARE(table.message(),
             u8("far.xlsx, sheet “Sheet1”: more than 100000 cells; the file is refused."));
    limits.maxCells = 200000;
    table = XlsxReader::read(path, {}, limits);
    QVERIFY2(table.ok(), qPrintable(table.message()));
    QCOMPARE(table->rows.size(), 10);
    QCOMPARE(table->rows.at(9).cells.size(), 16384);
    QCOMPARE(table->rows.at(9).cells.last(), QStringLiteral("1"));
}

void TestImportReaders::xlsxRepeatedMerges()
{
    // The same merge a thousand times: each copies the value over the same
    // cells, which never grows the table, so the copies themselves are counted.
    QByteArray data = "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>x</t></is></c>"
                      "<c r=\"Z1\"><v>1</v></c></row>"
                      "<row r=\"40\"><c r=\"A40\"><v>2</v></c></row>";
    QByteArray merges = "<mergeCells>";
    for (int i = 0; i < 1000; ++i)
        merges += "<mergeCell ref=\"A1:Z40\"/>";
    merges += "</mergeCells>";
    const QString path = m_dir.filePath(QStringLiteral("merges.xlsx"));
    QVERIFY(ImportFiles::writeZip(
        path, ImportFiles::minimalWorkbook(ImportFiles::sheetXml(data, merges))));
    XlsxReader::Limits limits;
    limits.maxCells = 20000;
    const Result<ImportTable> table = XlsxReader::read(path, {}, limits);
    QVERIFY(!table.ok());
    QCOMPARE(table.message(),
             u8("merges.xlsx, sheet “Sheet1”: more than 20000 cells; the file is refused."));
    // Once is fine: 26 × 40 cells.
    QVERIFY(
        ImportFiles::writeZip(path,
                              ImportFiles::minimalWorkbook(ImportFiles::sheetXml(
                                  data, "<mergeCells><mergeCell ref=\"A1:Z40\"/></mergeCells>"))));
    const Result<ImportTable> once = XlsxReader::read(path, {}, limits);
    QVERIFY2(once.ok(), qPrintable(once.message()));
    QCOMPARE(once->rows.size(), 40);
    QCOMPARE(once->rows.at(39).cells.first(), QStringLiteral("x"));
}

QTEST_GUILESS_MAIN(TestImportReaders)
#include "tst_importreaders.moc"
