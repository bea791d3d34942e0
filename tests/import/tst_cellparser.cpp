// Cells as people fill them in, and header rows found below title rows.

#include "CellParser.h"
#include "ImportMapping.h"

#include <QTest>

using namespace DutyDesk;

namespace {
QString u8(const char *text)
{
    return QString::fromUtf8(text);
}
} // namespace

class TestCellParser : public QObject
{
    Q_OBJECT

private slots:
    void people_data();
    void people();
    void invalidPhone();
    void phones();
    void dates_data();
    void dates();
    void weekdays();
    void shifts();
    void headers();
    void headerNotFound();
};

void TestCellParser::people_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QStringList>("expected"); // name|position|e164 per person
    QTest::newRow("dash") << u8("Nguyễn Văn An - 0912.345.678")
                          << QStringList {u8("Nguyễn Văn An||+84912345678")};
    QTest::newRow("title and bracket") << u8("Đ/c Trần Thị Bình (PHT) 0912345678")
                                       << QStringList {u8("Trần Thị Bình|PHT|+84912345678")};
    QTest::newRow("two people") << u8("Nguyễn Văn An - 0912.345.678; Trần Thị Bình - 0987 654 321")
                                << QStringList {u8("Nguyễn Văn An||+84912345678"),
                                                u8("Trần Thị Bình||+84987654321")};
    QTest::newRow("two lines") << u8("Nguyễn Văn An\n0912.345.678\nTrần Thị Bình\n0987654321")
                               << QStringList {u8("Nguyễn Văn An||+84912345678"),
                                               u8("Trần Thị Bình||+84987654321")};
    QTest::newRow("names only") << u8("Nguyễn Văn An, Trần Thị Bình")
                                << QStringList {u8("Nguyễn Văn An||"), u8("Trần Thị Bình||")};
    QTest::newRow("label and position")
        << u8("Lê Văn Cường, Phó Hiệu trưởng - ĐT: +84 912 345 678")
        << QStringList {u8("Lê Văn Cường|Phó Hiệu trưởng|+84912345678")};
    QTest::newRow("number first") << u8("0912.345.678 - Nguyễn Văn An")
                                  << QStringList {u8("Nguyễn Văn An||+84912345678")};
    QTest::newRow("landline") << u8("Phạm Văn Dũng (0225) 3842 123")
                              << QStringList {u8("Phạm Văn Dũng||+842253842123")};
    QTest::newRow("lost zero") << u8("Nguyễn Văn An 912345678")
                               << QStringList {u8("Nguyễn Văn An||+84912345678")};
}

void TestCellParser::people()
{
    QFETCH(QString, cell);
    QFETCH(QStringList, expected);
    const CellParser::People parsed = CellParser::people(cell);
    QVERIFY2(parsed.problems.isEmpty(), qPrintable(parsed.problems.join(u'\n')));
    QStringList actual;
    for (const CellParser::PersonText &p : parsed.people)
        actual << p.name + u'|' + p.position + u'|' + p.phone;
    QCOMPARE(actual, expected);
}

void TestCellParser::invalidPhone()
{
    const CellParser::People parsed = CellParser::people(u8("Nguyễn Văn An - 0912.345.67"));
    QCOMPARE(parsed.problems,
             QStringList {u8("“0912.345.67” is not a valid Vietnamese phone number.")});
}

void TestCellParser::phones()
{
    QStringList problems;
    QCOMPARE(CellParser::phones(u8("0912.345.678 / 0225 3842 123"), &problems),
             QStringList({QStringLiteral("+84912345678"), QStringLiteral("+842253842123")}));
    QVERIFY(problems.isEmpty());
    QCOMPARE(CellParser::phones(QStringLiteral("01689123456")),
             QStringList {QStringLiteral("+84389123456")});
    QCOMPARE(CellParser::phones(QStringLiteral("113")), QStringList {QStringLiteral("113")});
    CellParser::phones(QStringLiteral("12345"), &problems);
    QCOMPARE(problems.size(), 1);
}

void TestCellParser::dates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("date");
    QTest::newRow("d/M") << QStringLiteral("30/4") << QDate(2023, 4, 30);
    QTest::newRow("d/M/yyyy") << QStringLiteral("30/4/2023") << QDate(2023, 4, 30);
    QTest::newRow("dd.MM.yy") << QStringLiteral("01.05.23") << QDate(2023, 5, 1);
    QTest::newRow("weekday") << u8("Thứ Bảy, 29/4/2023") << QDate(2023, 4, 29);
    QTest::newRow("words") << u8("Ngày 2 tháng 5 năm 2023") << QDate(2023, 5, 2);
    QTest::newRow("iso") << QStringLiteral("2023-05-03") << QDate(2023, 5, 3);
    QTest::newRow("excel serial") << QStringLiteral("45045") << QDate(2023, 4, 29);
    QTest::newRow("Tết across years") << QStringLiteral("2/1") << QDate(2024, 1, 2);
}

void TestCellParser::dates()
{
    QFETCH(QString, text);
    QFETCH(QDate, date);
    const bool tet = QString::fromUtf8(QTest::currentDataTag()).startsWith(u'T');
    const std::optional<QDate> parsed = tet
        ? CellParser::date(text, QDate(2023, 12, 30), QDate(2024, 1, 3))
        : CellParser::date(text, QDate(2023, 4, 29), QDate(2023, 5, 3));
    QVERIFY(parsed.has_value());
    QCOMPARE(*parsed, date);
}

void TestCellParser::weekdays()
{
    QCOMPARE(CellParser::weekday(u8("Thứ Bảy")), std::optional<int>(6));
    QCOMPARE(CellParser::weekday(QStringLiteral("T7")), std::optional<int>(6));
    QCOMPARE(CellParser::weekday(u8("Chủ nhật, 30/4")), std::optional<int>(7));
    QCOMPARE(CellParser::weekday(QStringLiteral("thu 2")), std::optional<int>(1));
    QVERIFY(!CellParser::weekday(QStringLiteral("30/4")).has_value());
}

void TestCellParser::shifts()
{
    const QList<Shift> shifts = {{1, 1, u8("Ca ngày"), QTime(7, 30), QTime(17, 0), 1},
                                 {2, 1, u8("Ca đêm"), QTime(17, 0), QTime(7, 30), 2}};
    QCOMPARE(CellParser::shiftIndex(u8("Ca ngày"), shifts), 0);
    QCOMPARE(CellParser::shiftIndex(u8("đêm"), shifts), 1);
    QCOMPARE(CellParser::shiftIndex(QStringLiteral("CA DEM"), shifts), 1);
    QCOMPARE(CellParser::shiftIndex(QStringLiteral("07:30-17:00"), shifts), 0);
    QCOMPARE(CellParser::shiftIndex(u8("17h – 7h30"), shifts), 1);
    QCOMPARE(CellParser::shiftIndex(QStringLiteral("Ca 2"), shifts), 1);
    QCOMPARE(CellParser::shiftIndex(u8("Ca chiều"), shifts), -1);
}

void TestCellParser::headers()
{
    ImportTable table;
    table.file = QStringLiteral("lich.xlsx");
    table.sheet = QStringLiteral("S");
    table.rows = {
        {1, {u8("SỞ GIÁO DỤC VÀ ĐÀO TẠO")}},
        {2, {u8("LỊCH TRỰC NGHỈ LỄ")}},
        {4,
         {QStringLiteral("TT"), u8("Ngày/Thứ"), u8("Ca trực"), u8("LÃNH ĐẠO TRỰC"),
          u8("Cán bộ trực"), u8("Trực kỹ thuật"), u8("Bảo vệ"), u8("Ghi chú")}},
    };
    const QStringList roles
        = {u8("Lãnh đạo trực"), u8("Cán bộ trực"), u8("Trực kỹ thuật/ATTT"), u8("Bảo vệ")};
    const Result<ImportMapping> mapping
        = ImportMapping::recognise(table, ImportKind::Roster, roles);
    QVERIFY2(mapping.ok(), qPrintable(mapping.message()));
    QCOMPARE(mapping->headerRow, 2);
    QCOMPARE(mapping->column(ImportMapping::Field::Date), 1);
    QCOMPARE(mapping->column(ImportMapping::Field::Shift), 2);
    QCOMPARE(mapping->column(ImportMapping::Field::Note), 7);
    QCOMPARE(mapping->roleColumns().size(), 4);
    QCOMPARE(mapping->roleColumns().at(2).roleName, u8("Trực kỹ thuật/ATTT"));

    ImportTable people;
    people.rows = {{1,
                    {QStringLiteral("Phone"), QStringLiteral("Position"), QStringLiteral("Name"),
                     QStringLiteral("Unit")}}};
    const Result<ImportMapping> english = ImportMapping::recognise(people, ImportKind::People);
    QVERIFY2(english.ok(), qPrintable(english.message()));
    QCOMPARE(english->column(ImportMapping::Field::Name), 2);
    QCOMPARE(english->column(ImportMapping::Field::Phone), 0);
    QCOMPARE(english->column(ImportMapping::Field::Unit), 3);
    people.rows = {{1, {u8("Họ tên"), u8("SĐT"), u8("Di động")}}};
    QCOMPARE(
        ImportMapping::recognise(people, ImportKind::People)->column(ImportMapping::Field::Phone),
        1);
}

void TestCellParser::headerNotFound()
{
    ImportTable table;
    table.file = QStringLiteral("ds.csv");
    table.rows = {{1, {QStringLiteral("a"), QStringLiteral("b")}},
                  {2, {QStringLiteral("1"), QStringLiteral("2")}}};
    const Result<ImportMapping> mapping = ImportMapping::recognise(table, ImportKind::People);
    QVERIFY(!mapping.ok());
    QCOMPARE(mapping.message(),
             u8("ds.csv: no header row found in the first 2 rows. Expected "
                "columns: “Họ và tên” (Name), and “Chức vụ”, “Đơn vị”, “Điện thoại”."));
}

QTEST_GUILESS_MAIN(TestCellParser)
#include "tst_cellparser.moc"
