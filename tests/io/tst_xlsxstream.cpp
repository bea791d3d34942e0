#include "XlsxReader.h"
#include "XlsxStreamWriter.h"
#include "ZipEntry.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <zip.h>

using namespace DutyDesk;
using IoTest::zipEntry;
using Style = XlsxStreamWriter::Style;

namespace {

/// Whether `xml` is well-formed.
bool wellFormed(const QByteArray &xml)
{
    QXmlStreamReader reader(xml);
    while (!reader.atEnd())
        reader.readNext();
    return !reader.hasError();
}

} // namespace

/// The streamed XLSX writer: a valid package read back by a real reader,
/// texts escaped and shared, rows far beyond what the stream holds at once,
/// and nothing written when it stops or fails.
class TestXlsxStream : public QObject
{
    Q_OBJECT

private slots:
    void columnNames();
    void readBack();
    void manyRows();
    void abandoned();
    void unwritableFolder();

private:
    QTemporaryDir m_dir;
};

void TestXlsxStream::columnNames()
{
    QCOMPARE(XlsxStreamWriter::columnName(0), QByteArray("A"));
    QCOMPARE(XlsxStreamWriter::columnName(10), QByteArray("K"));
    QCOMPARE(XlsxStreamWriter::columnName(25), QByteArray("Z"));
    QCOMPARE(XlsxStreamWriter::columnName(26), QByteArray("AA"));
    QCOMPARE(XlsxStreamWriter::columnName(51), QByteArray("AZ"));
    QCOMPARE(XlsxStreamWriter::columnName(52), QByteArray("BA"));
    QCOMPARE(XlsxStreamWriter::columnName(701), QByteArray("ZZ"));
    QCOMPARE(XlsxStreamWriter::columnName(702), QByteArray("AAA"));
    QCOMPARE(XlsxStreamWriter::columnName(16383), QByteArray("XFD"));
}

void TestXlsxStream::readBack()
{
    const QString path = m_dir.filePath(QStringLiteral("small.xlsx"));
    const QString tricky = QStringLiteral("A & B <c> \"d\" \u0001 Trường <Tiểu học> _x0041_");
    {
        XlsxStreamWriter sheet(path);
        sheet.setSheetName(QStringLiteral("Lịch 'trực'"));
        sheet.setDocumentTitle(QStringLiteral("Lịch trực & danh bạ"));
        sheet.setAuthor(QStringLiteral("DutyDesk"));
        sheet.setColumnWidths({34, 12, 0.5});
        sheet.setLastCell(3, 2);
        sheet.setFrozenRows(2);
        sheet.setAutoFilter(1, 0, 3, 2);
        sheet.setRepeatedRow(1);
        sheet.setLandscapeA4FitToWidth();
        sheet.addMergedRange(0, 0, 2);
        QVERIFY(sheet.open().ok());
        sheet.startRow(0);
        sheet.addText(0, sheet.text(QStringLiteral("TIÊU ĐỀ")), Style::Title);
        sheet.addText(1, {}, Style::Title);
        sheet.addText(2, {}, Style::Title);
        sheet.startRow(1);
        sheet.addText(0, sheet.text(QStringLiteral("Đơn vị")), Style::Header);
        sheet.addText(1, sheet.text(QStringLiteral("Ngày")), Style::Header);
        sheet.addText(2, sheet.text(QStringLiteral("Số")), Style::Header);
        sheet.startRow(2);
        sheet.addText(0, sheet.text(tricky), Style::Text);
        sheet.addNumber(1, 45682, Style::Date);
        sheet.addNumber(2, -2.5, Style::Default);
        sheet.startRow(3);
        sheet.addText(0, sheet.text(tricky), Style::Text);
        sheet.addNumber(1, 45683, Style::Date);
        sheet.addText(2, sheet.text(QStringLiteral("  spaced ")), Style::Text);
        QVERIFY(sheet.finish().ok());
    }

    // Every part is there and well-formed.
    QStringList names;
    zipEntry(path, "xl/workbook.xml", &names);
    for (const char *part : {"[Content_Types].xml", "_rels/.rels", "docProps/app.xml",
                             "docProps/core.xml", "xl/workbook.xml", "xl/_rels/workbook.xml.rels",
                             "xl/styles.xml", "xl/worksheets/sheet1.xml", "xl/sharedStrings.xml"}) {
        QVERIFY2(names.contains(QString::fromUtf8(part)), part);
        QVERIFY2(wellFormed(zipEntry(path, part)), part);
    }
    // The same text twice is one shared entry; the control character is
    // written the way Excel reads it back; spaces kept.
    const QByteArray shared = zipEntry(path, "xl/sharedStrings.xml");
    QVERIFY(shared.contains("count=\"7\" uniqueCount=\"6\""));
    QVERIFY(shared.contains(
        "A &amp; B &lt;c&gt; &quot;d&quot; _x0001_ Trường &lt;Tiểu học&gt; _x005F_x0041_"));
    QVERIFY(shared.contains("<t xml:space=\"preserve\">  spaced </t>"));
    const QByteArray workbook = zipEntry(path, "xl/workbook.xml");
    QVERIFY(workbook.contains("<sheet name=\"Lịch 'trực'\""));
    QVERIFY(workbook.contains("'Lịch ''trực'''!$A$2:$C$4"));
    QVERIFY(workbook.contains("'Lịch ''trực'''!$2:$2"));
    const QByteArray sheetXml = zipEntry(path, "xl/worksheets/sheet1.xml");
    QVERIFY(sheetXml.contains("<dimension ref=\"A1:C4\"/>"));
    QVERIFY(sheetXml.contains("<pane ySplit=\"2\" topLeftCell=\"A3\""));
    QVERIFY(sheetXml.contains("<autoFilter ref=\"A2:C4\"/>"));
    QVERIFY(sheetXml.contains("<mergeCell ref=\"A1:C1\"/>"));
    // Widths as Excel stores them (libxlsxwriter's conversion).
    QVERIFY(sheetXml.contains("<col min=\"1\" max=\"1\" width=\"34.7109375\""));
    QVERIFY(sheetXml.contains("<col min=\"3\" max=\"3\" width=\"0.85546875\""));
    QVERIFY(zipEntry(path, "docProps/core.xml").contains("Lịch trực &amp; danh bạ"));

    // Read back as any workbook is imported.
    const Result<ImportTable> table = XlsxReader::read(path);
    QVERIFY2(table.ok(), qPrintable(table.ok() ? QString() : table.error().message()));
    QCOMPARE(table->rows.size(), 4);
    QCOMPARE(table->rows.at(0).cells.value(0), QStringLiteral("TIÊU ĐỀ"));
    QCOMPARE(table->rows.at(1).cells,
             QStringList({QStringLiteral("Đơn vị"), QStringLiteral("Ngày"), QStringLiteral("Số")}));
    QCOMPARE(table->rows.at(2).cells.value(0), tricky);
    QCOMPARE(table->rows.at(2).cells.value(1), QStringLiteral("25/01/2025"));
    QCOMPARE(table->rows.at(2).cells.value(2), QStringLiteral("-2.5"));
    QCOMPARE(table->rows.at(3).cells.value(1), QStringLiteral("26/01/2025"));
}

void TestXlsxStream::manyRows()
{
    // Far more sheet XML than the stream keeps in flight (8 chunks of 1 MB):
    // the writer waits for the deflating thread, nothing is lost.
    const QString path = m_dir.filePath(QStringLiteral("many.xlsx"));
    constexpr int rows = 150000;
    {
        XlsxStreamWriter sheet(path);
        sheet.setLastCell(rows - 1, 3);
        QVERIFY(sheet.open().ok());
        QList<XlsxStreamWriter::Text> names;
        for (int i = 0; i < 100; ++i)
            names << sheet.text(QStringLiteral("Người số %1").arg(i));
        for (int r = 0; r < rows; ++r) {
            sheet.startRow(r);
            sheet.addText(0, names.at(r % 100), Style::Text);
            sheet.addNumber(1, r, Style::Default);
            sheet.addNumber(2, r + 0.25, Style::Default);
            sheet.addText(3, sheet.text(QString::number(r % 1000)), Style::Text);
        }
        QVERIFY(sheet.finish().ok());
    }
    const QByteArray sheetXml = zipEntry(path, "xl/worksheets/sheet1.xml");
    QVERIFY(sheetXml.size() > 10 * 1024 * 1024);
    QVERIFY(wellFormed(sheetXml));
    QCOMPARE(sheetXml.count("<row "), rows);
    QVERIFY(sheetXml.contains("<c r=\"B150000\"><v>149999</v></c>"));
    QVERIFY(sheetXml.contains("<c r=\"C150000\"><v>149999.25</v></c>"));
    const QByteArray shared = zipEntry(path, "xl/sharedStrings.xml");
    QVERIFY(shared.contains("count=\"300000\" uniqueCount=\"1100\""));
}

void TestXlsxStream::abandoned()
{
    // Stopped half-way (an export cancelled): no file, and a file already
    // there is left as it was.
    const QString path = m_dir.filePath(QStringLiteral("stopped.xlsx"));
    {
        XlsxStreamWriter sheet(path);
        QVERIFY(sheet.open().ok());
        for (int r = 0; r < 100000; ++r) {
            sheet.startRow(r);
            sheet.addNumber(0, r, Style::Default);
        }
        sheet.abandon();
    }
    QVERIFY(!QFile::exists(path));

    QFile existing(path);
    QVERIFY(existing.open(QIODevice::WriteOnly));
    existing.write("kept");
    existing.close();
    {
        // Left without finish() or abandon(): the destructor stops it.
        XlsxStreamWriter sheet(path);
        QVERIFY(sheet.open().ok());
        sheet.startRow(0);
        sheet.addNumber(0, 1, Style::Default);
    }
    QVERIFY(existing.open(QIODevice::ReadOnly));
    QCOMPARE(existing.readAll(), QByteArray("kept"));
    QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("stopped*")}, QDir::Files),
             QStringList({QStringLiteral("stopped.xlsx")}));
}

void TestXlsxStream::unwritableFolder()
{
    const QString path = m_dir.filePath(QStringLiteral("no such folder/out.xlsx"));
    XlsxStreamWriter sheet(path);
    Status status = sheet.open();
    if (status.ok()) {
        sheet.startRow(0);
        sheet.addNumber(0, 1, Style::Default);
        status = sheet.finish();
    }
    QVERIFY(!status.ok());
    QVERIFY2(status.message().contains(path), qPrintable(status.message()));
    QVERIFY(!QFile::exists(path));
}

QTEST_GUILESS_MAIN(TestXlsxStream)
#include "tst_xlsxstream.moc"
