#include "CellText.h"
#include "DirectoryStore.h"
#include "DocumentTexts.h"
#include "Exporter.h"
#include "IoFixture.h"
#include "SpreadsheetExport.h"
#include "ZipEntry.h"

#include <QFile>
#include <QHash>
#include <QSet>
#include <QXmlStreamReader>

#include <zip.h>

using namespace DutyDesk;
using namespace IoTest;

namespace {

struct Cell
{
    QString type; ///< "s" shared string, "inlineStr" inline string, "" number
    QString value;
    int style = 0;
};

/// The cells of xl/worksheets/sheet1.xml by reference ("A8"), shared and
/// inline strings resolved.
QHash<QString, Cell> sheetCells(const QString &xlsx)
{
    QStringList shared;
    QXmlStreamReader strings(zipEntry(xlsx, "xl/sharedStrings.xml"));
    QString current;
    bool inSi = false;
    while (!strings.atEnd()) {
        strings.readNext();
        if (strings.isStartElement() && strings.name() == QLatin1String("si")) {
            inSi = true;
            current.clear();
        } else if (strings.isStartElement() && strings.name() == QLatin1String("t") && inSi) {
            current += strings.readElementText();
        } else if (strings.isEndElement() && strings.name() == QLatin1String("si")) {
            shared << current;
            inSi = false;
        }
    }
    QHash<QString, Cell> cells;
    QXmlStreamReader sheet(zipEntry(xlsx, "xl/worksheets/sheet1.xml"));
    QString ref;
    Cell cell;
    while (!sheet.atEnd()) {
        sheet.readNext();
        if (sheet.isStartElement() && sheet.name() == QLatin1String("c")) {
            ref = sheet.attributes().value(QLatin1String("r")).toString();
            cell = Cell {sheet.attributes().value(QLatin1String("t")).toString(),
                         {},
                         sheet.attributes().value(QLatin1String("s")).toInt()};
        } else if (sheet.isStartElement() && sheet.name() == QLatin1String("v")) {
            cell.value = sheet.readElementText();
            if (cell.type == QLatin1String("s"))
                cell.value = shared.value(cell.value.toInt());
            cells.insert(ref, cell);
        } else if (sheet.isStartElement() && sheet.name() == QLatin1String("t")
                   && cell.type == QLatin1String("inlineStr")) {
            cell.value += sheet.readElementText();
            cells.insert(ref, cell);
        }
    }
    return cells;
}

QString cellRef(int column, int row)
{
    return QString(QChar(u'A' + column)) + QString::number(row);
}

/// RFC 4180 reader: quoted fields with doubled quotes, CRLF records.
QList<QStringList> parseCsv(const QString &text, QChar delimiter)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == delimiter) {
            record << field;
            field.clear();
        } else if (c == QLatin1Char('\r') && i + 1 < text.size()
                   && text.at(i + 1) == QLatin1Char('\n')) {
            record << field;
            records << record;
            record.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !record.isEmpty())
        records << (record << field);
    return records;
}

QList<QStringList> neutralisedRows(QList<QStringList> rows)
{
    for (QStringList &row : rows) {
        for (QString &value : row)
            value = CellText::neutralised(value);
    }
    return rows;
}

} // namespace

/// XLSX and CSV read back cell by cell: header rows, filter buttons, frozen
/// header, dates as dates, UTF-8 with BOM, RFC 4180 quoting, and neutralised
/// formulas everywhere.
class TestSpreadsheets : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void neutralisation_data();
    void neutralisation();
    void csvQuoting();
    void rosterXlsx();
    void contactsXlsx();
    void rosterCsv_data();
    void rosterCsv();
    void contactsCsv();
    void rosterXlsxProgressAndCancel();

private:
    Result<ExportReport> exportFile(ExportKind kind, ExportFormat format, const QString &name,
                                    QChar delimiter = QLatin1Char(','));
    SampleFixture m_fx;
};

void TestSpreadsheets::initTestCase()
{
    QVERIFY(m_fx.setUp());
    // Texts that a spreadsheet would run as formulas, and texts that need quoting.
    Person risky;
    risky.unitId = m_fx.unitId;
    risky.fullName = u8("Phạm Đức Tính");
    risky.position = QStringLiteral("=HYPERLINK(\"http://example.invalid\",\"x\")");
    risky.phones << PhoneEntry {NoId, PhoneKind::Mobile, QStringLiteral("0904 185 999")};
    QVERIFY_OK(DirectoryStore(m_fx.db).addPerson(risky));
    PeriodStore periods(m_fx.db);
    OK_VALUE(held, periods.assignments(m_fx.periodId, m_fx.unitId));
    QVERIFY(held.size() >= 3);
    held[0].note = u8("Gọi \"ngay\", trước 8h\nrồi báo; xong");
    QVERIFY_OK(periods.updateAssignment(held[0], PeriodStore::ConflictPolicy::Allow));
    held[1].note = QStringLiteral("+1 trực thay");
    QVERIFY_OK(periods.updateAssignment(held[1], PeriodStore::ConflictPolicy::Allow));
    held[2].note = QStringLiteral("@SUM(A1:A2)");
    QVERIFY_OK(periods.updateAssignment(held[2], PeriodStore::ConflictPolicy::Allow));
}

Result<ExportReport> TestSpreadsheets::exportFile(ExportKind kind, ExportFormat format,
                                                  const QString &name, QChar delimiter)
{
    ExportRequest request;
    request.kind = kind;
    request.format = format;
    request.periodId = kind == ExportKind::Contacts ? NoId : m_fx.periodId;
    request.unitId = m_fx.unitId;
    request.outputPath = m_fx.path(name);
    request.csvDelimiter = delimiter;
    return Exporter(m_fx.db).run(request);
}

void TestSpreadsheets::neutralisation_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("equals") << QStringLiteral("=1+1") << QStringLiteral("'=1+1");
    QTest::newRow("plus") << QStringLiteral("+84 904") << QStringLiteral("'+84 904");
    QTest::newRow("minus") << QStringLiteral("-2+3") << QStringLiteral("'-2+3");
    QTest::newRow("at") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
    QTest::newRow("tab") << QStringLiteral("\t=1") << QStringLiteral("'\t=1");
    QTest::newRow("cr") << QStringLiteral("\r=1") << QStringLiteral("'\r=1");
    QTest::newRow("plain") << u8("Nguyễn Văn A") << u8("Nguyễn Văn A");
    QTest::newRow("inner") << QStringLiteral("a=b") << QStringLiteral("a=b");
    QTest::newRow("empty") << QString() << QString();
}

void TestSpreadsheets::neutralisation()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(CellText::neutralised(text), expected);
}

void TestSpreadsheets::csvQuoting()
{
    const QChar comma = QLatin1Char(',');
    QCOMPARE(CellText::csvField(QStringLiteral("plain"), comma), QStringLiteral("plain"));
    QCOMPARE(CellText::csvField(QStringLiteral("a,b"), comma), QStringLiteral("\"a,b\""));
    QCOMPARE(CellText::csvField(QStringLiteral("a;b"), comma), QStringLiteral("a;b"));
    QCOMPARE(CellText::csvField(QStringLiteral("a;b"), QLatin1Char(';')),
             QStringLiteral("\"a;b\""));
    QCOMPARE(CellText::csvField(QStringLiteral("say \"hi\""), comma),
             QStringLiteral("\"say \"\"hi\"\"\""));
    QCOMPARE(CellText::csvField(QStringLiteral("two\nlines"), comma),
             QStringLiteral("\"two\nlines\""));
    QCOMPARE(CellText::csvField(QStringLiteral("=1,2"), comma), QStringLiteral("\"'=1,2\""));
    QCOMPARE(CellText::csvRecord({QStringLiteral("a"), QStringLiteral("b")}, comma),
             QStringLiteral("a,b\r\n"));
}

void TestSpreadsheets::rosterXlsx()
{
    OK_VALUE(report, exportFile(ExportKind::Roster, ExportFormat::Xlsx, QStringLiteral("r.xlsx")));
    OK_VALUE(document, RosterData::load(m_fx.db, m_fx.periodId, m_fx.unitId));
    const QList<QStringList> rows = SpreadsheetExport::rosterRows(document);
    QCOMPARE(report.records, int(rows.size()));
    QVERIFY(rows.size() >= 30);

    const QHash<QString, Cell> cells = sheetCells(report.path);
    QVERIFY(!cells.isEmpty());
    // The header rows: the organisation, then the title.
    QCOMPARE(cells.value(QStringLiteral("A1")).value, u8("UBND THÀNH PHỐ HẢI PHÒNG"));
    QCOMPARE(cells.value(QStringLiteral("A2")).value, u8("SỞ GIÁO DỤC VÀ ĐÀO TẠO"));
    QCOMPARE(cells.value(QStringLiteral("A4")).value, u8("LỊCH TRỰC NGHỈ LỄ 30/4 – 01/5/2023"));
    QVERIFY(cells.value(QStringLiteral("A5")).value.startsWith(u8(SampleData::QuerySchoolName)));
    // The table header, then every row cell by cell.
    const QStringList columns = DocumentTexts::rosterColumns();
    int headerRow = 0;
    for (int r = 1; r < 20 && headerRow == 0; ++r) {
        if (cells.value(cellRef(0, r)).value == columns.first())
            headerRow = r;
    }
    QCOMPARE(headerRow, 7);
    for (int c = 0; c < columns.size(); ++c)
        QCOMPARE(cells.value(cellRef(c, headerRow)).value, columns.at(c));
    const QDate excelEpoch(1899, 12, 30);
    int neutralised = 0;
    for (int r = 0; r < rows.size(); ++r) {
        for (int c = 0; c < columns.size(); ++c) {
            const QString expected = rows.at(r).at(c);
            const Cell cell = cells.value(cellRef(c, headerRow + 1 + r));
            if (c == 1) {
                // A real date: a number, shown with a date format.
                QCOMPARE(cell.type, QString());
                QCOMPARE(excelEpoch.addDays(cell.value.toLongLong()).toString(Qt::ISODate),
                         expected);
                QVERIFY(cell.style > 0);
            } else {
                QCOMPARE(cell.value, CellText::neutralised(expected));
                if (cell.value.startsWith(QLatin1Char('\'')))
                    ++neutralised;
            }
        }
    }
    QCOMPARE(neutralised, 2); // "+1 trực thay" and "@SUM(A1:A2)"

    // A filter button per column over exactly the header and the rows (the
    // rows are streamed, which a worksheet table does not allow), the header
    // styled apart from the rows.
    const QByteArray sheet = zipEntry(report.path, "xl/worksheets/sheet1.xml");
    const QString range = QStringLiteral("A%1:K%2").arg(headerRow).arg(headerRow + rows.size());
    QVERIFY(sheet.contains(QStringLiteral("<autoFilter ref=\"%1\"").arg(range).toUtf8()));
    QVERIFY(zipEntry(report.path, "xl/workbook.xml").contains("_xlnm._FilterDatabase"));
    const int headerStyle = cells.value(cellRef(0, headerRow)).style;
    QVERIFY(headerStyle > 0);
    for (int c = 0; c < columns.size(); ++c)
        QCOMPARE(cells.value(cellRef(c, headerRow)).style, headerStyle);
    QVERIFY(cells.value(cellRef(0, headerRow + 1)).style != headerStyle);
    // Texts in the shared-string table, each distinct text once.
    QCOMPARE(cells.value(cellRef(0, headerRow + 1)).type, QStringLiteral("s"));
    const QByteArray shared = zipEntry(report.path, "xl/sharedStrings.xml");
    QCOMPARE(shared.count("<si>"), shared.count("</si>"));
    QSet<QString> distinct;
    for (const Cell &cell : cells) {
        if (cell.type == QLatin1String("s"))
            distinct.insert(cell.value);
    }
    QVERIFY(shared.contains(QStringLiteral("uniqueCount=\"%1\"").arg(distinct.size()).toUtf8()));
    // Printed A4 landscape, one page wide, the header on every page.
    QVERIFY(sheet.contains("paperSize=\"9\" orientation=\"landscape\""));
    QVERIFY(sheet.contains("<pageSetUpPr fitToPage=\"1\"/>"));
    QVERIFY(zipEntry(report.path, "xl/workbook.xml")
                .contains(QStringLiteral("_xlnm.Print_Titles\" localSheetId=\"0\">'%1'!$%2:$%2<")
                              .arg(DocumentTexts::rosterSheetName())
                              .arg(headerRow)
                              .toUtf8()));
    // The title merged across the table.
    QVERIFY(sheet.contains("<mergeCell ref=\"A4:K4\"/>"));
    // The header frozen, columns sized, the date format.
    QVERIFY(sheet.contains(QStringLiteral("ySplit=\"%1\"").arg(headerRow).toUtf8()));
    QVERIFY(sheet.contains("state=\"frozen\""));
    QVERIFY(sheet.contains("<col min=\"1\" max=\"1\" width=\""));
    QVERIFY(zipEntry(report.path, "xl/styles.xml").contains("formatCode=\"dd/mm/yyyy\""));
}

void TestSpreadsheets::contactsXlsx()
{
    OK_VALUE(report,
             exportFile(ExportKind::Contacts, ExportFormat::Xlsx, QStringLiteral("c.xlsx")));
    OK_VALUE(contacts, ContactList::load(m_fx.db, m_fx.unitId));
    const QList<QStringList> rows = SpreadsheetExport::contactRows(contacts);
    QCOMPARE(report.records, int(rows.size()));
    const QHash<QString, Cell> cells = sheetCells(report.path);
    const int headerRow = 7;
    const QStringList columns = DocumentTexts::contactColumns();
    for (int c = 0; c < columns.size(); ++c)
        QCOMPARE(cells.value(cellRef(c, headerRow)).value, columns.at(c));
    bool sawRisky = false;
    for (int r = 0; r < rows.size(); ++r) {
        for (int c = 0; c < columns.size(); ++c)
            QCOMPARE(cells.value(cellRef(c, headerRow + 1 + r)).value,
                     CellText::neutralised(rows.at(r).at(c)));
        if (rows.at(r).at(1) == u8("Phạm Đức Tính")) {
            sawRisky = true;
            QVERIFY(cells.value(cellRef(2, headerRow + 1 + r))
                        .value.startsWith(QStringLiteral("'=HYPERLINK")));
        }
    }
    QVERIFY(sawRisky);
    QVERIFY(m_fx.exportAudits().last().contains(QLatin1String("\"contacts\"")));
}

void TestSpreadsheets::rosterCsv_data()
{
    QTest::addColumn<QChar>("delimiter");
    QTest::newRow("comma") << QChar(u',');
    QTest::newRow("semicolon") << QChar(u';');
    QTest::newRow("tab") << QChar(u'\t');
}

void TestSpreadsheets::rosterCsv()
{
    QFETCH(QChar, delimiter);
    OK_VALUE(report,
             exportFile(ExportKind::Roster, ExportFormat::Csv, QStringLiteral("r.csv"), delimiter));
    QFile file(report.path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(bytes.mid(3));
    QVERIFY(text.endsWith(QLatin1String("\r\n")));
    const QList<QStringList> records = parseCsv(text, delimiter);
    OK_VALUE(document, RosterData::load(m_fx.db, m_fx.periodId, m_fx.unitId));
    const QList<QStringList> rows = neutralisedRows(SpreadsheetExport::rosterRows(document));
    QCOMPARE(records.size(), rows.size() + 1);
    QCOMPARE(records.first(), DocumentTexts::rosterColumns());
    for (int r = 0; r < rows.size(); ++r)
        QCOMPARE(records.at(r + 1), rows.at(r));
    // The note with quotes, a comma, a semicolon and a new line came back whole.
    bool found = false;
    for (const QStringList &record : records)
        found |= record.contains(u8("Gọi \"ngay\", trước 8h\nrồi báo; xong"));
    QVERIFY(found);
    QVERIFY(text.contains(QStringLiteral("'+1 trực thay")));
    QVERIFY(text.contains(QStringLiteral("'@SUM(A1:A2)")));
}

void TestSpreadsheets::contactsCsv()
{
    OK_VALUE(report, exportFile(ExportKind::Contacts, ExportFormat::Csv, QStringLiteral("c.csv")));
    QFile file(report.path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QList<QStringList> records = parseCsv(QString::fromUtf8(bytes.mid(3)), QLatin1Char(','));
    OK_VALUE(contacts, ContactList::load(m_fx.db, m_fx.unitId));
    const QList<QStringList> rows = neutralisedRows(SpreadsheetExport::contactRows(contacts));
    QCOMPARE(records.size(), rows.size() + 1);
    for (int r = 0; r < rows.size(); ++r)
        QCOMPARE(records.at(r + 1), rows.at(r));
    QVERIFY(QString::fromUtf8(bytes).contains(QStringLiteral("\"'=HYPERLINK(\"\"http")));
}

void TestSpreadsheets::rosterXlsxProgressAndCancel()
{
    // The rows written count as progress, from the tenth after loading to the end.
    ExportRequest request;
    request.kind = ExportKind::Roster;
    request.format = ExportFormat::Xlsx;
    request.periodId = m_fx.periodId;
    request.outputPath = m_fx.path(QStringLiteral("all.xlsx"));
    QList<int> seen;
    ExportControl control;
    control.progress = [&](int done, int total) {
        QCOMPARE(total, 1000);
        seen << done;
    };
    OK_VALUE(report, Exporter(m_fx.db).run(request, control));
    QVERIFY(report.records > 0);
    QVERIFY(std::is_sorted(seen.cbegin(), seen.cend()));
    QVERIFY(seen.contains(100));
    QVERIFY(std::any_of(seen.cbegin(), seen.cend(), [](int d) { return d > 100 && d < 1000; }));
    QCOMPARE(seen.last(), 1000);
    // Every slot of the period is a row, each under the table header.
    const QHash<QString, Cell> cells = sheetCells(report.path);
    int rows = 0;
    for (auto it = cells.cbegin(); it != cells.cend(); ++it) {
        if (it.key().startsWith(QLatin1Char('B')) && it.value().type.isEmpty()
            && it.value().value.toDouble() > 40000)
            ++rows;
    }
    QCOMPARE(rows, report.records);

    // Stopped while the rows are written: no file, no audit record.
    std::atomic_bool cancel {false};
    ExportControl stopping;
    stopping.cancel = &cancel;
    stopping.progress = [&](int done, int) {
        if (done > 100)
            cancel = true;
    };
    request.outputPath = m_fx.path(QStringLiteral("stopped.xlsx"));
    const int auditsBefore = int(m_fx.exportAudits().size());
    const Result<ExportReport> stopped = Exporter(m_fx.db).run(request, stopping);
    QVERIFY(!stopped.ok());
    QCOMPARE(stopped.error().code(), Error::Code::Cancelled);
    QVERIFY(!QFile::exists(request.outputPath));
    QCOMPARE(int(m_fx.exportAudits().size()), auditsBefore);
}

QTEST_MAIN(TestSpreadsheets)
#include "tst_spreadsheets.moc"
