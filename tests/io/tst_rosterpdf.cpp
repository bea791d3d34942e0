#include "DirectoryStore.h"
#include "DocumentTexts.h"
#include "Exporter.h"
#include "IoFixture.h"
#include "LunarCalendar.h"
#include "PhoneNumber.h"
#include "RosterData.h"
#include "RosterPdf.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace DutyDesk;
using namespace IoTest;

namespace {

constexpr double PointsPerMm = 72.0 / 25.4;

struct Word
{
    int page = 0;
    double xMin = 0, yMin = 0, xMax = 0, yMax = 0;
    QString text;
};

/// The words of a PDF with their boxes (points, origin top left), and page sizes.
QList<Word> pdfWords(const QString &pdf, QList<QSizeF> *pages)
{
    const QString html
        = run(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), pdf, QStringLiteral("-")});
    static const QRegularExpression pageRe(
        QStringLiteral("<page width=\"([\\d.]+)\" height=\"([\\d.]+)\">"));
    static const QRegularExpression wordRe(
        QStringLiteral("<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" "
                       "yMax=\"([\\d.]+)\">([^<]*)</word>"));
    QList<Word> words;
    int page = 0;
    qsizetype at = 0;
    while (true) {
        const QRegularExpressionMatch p = pageRe.match(html, at);
        if (!p.hasMatch())
            break;
        ++page;
        pages->append(QSizeF(p.captured(1).toDouble(), p.captured(2).toDouble()));
        const QRegularExpressionMatch next = pageRe.match(html, p.capturedEnd());
        const qsizetype end = next.hasMatch() ? next.capturedStart() : html.size();
        auto it = wordRe.globalMatch(html.mid(p.capturedEnd(), end - p.capturedEnd()));
        while (it.hasNext()) {
            const QRegularExpressionMatch w = it.next();
            words << Word {page,
                           w.captured(1).toDouble(),
                           w.captured(2).toDouble(),
                           w.captured(3).toDouble(),
                           w.captured(4).toDouble(),
                           w.captured(5)};
        }
        at = end;
    }
    return words;
}

/// pdfinfo's "Page size" ("842 x 595 pts (A4)") is A4 in the orientation asked.
bool isA4(const QString &pageSize, bool landscape)
{
    const QStringList parts = pageSize.split(QLatin1Char(' '));
    if (parts.size() < 3 || !pageSize.endsWith(QLatin1String("(A4)"))) {
        qWarning() << "page size" << pageSize;
        return false;
    }
    const double w = parts.at(0).toDouble();
    const double h = parts.at(2).toDouble();
    const double longSide = 297 * PointsPerMm;
    const double shortSide = 210 * PointsPerMm;
    const bool ok = landscape ? qAbs(w - longSide) < 1 && qAbs(h - shortSide) < 1
                              : qAbs(w - shortSide) < 1 && qAbs(h - longSide) < 1;
    if (!ok)
        qWarning() << "page size" << pageSize;
    return ok;
}

QString squeeze(QString text)
{
    return text.simplified();
}

} // namespace

/// The official roster PDF, read back with poppler: A4, the Decree 30 margins,
/// the header texts, the names on duty, page numbers from page 2, the table
/// header on every page, embedded fonts, the lunar date during Tết and an
/// audit record per export.
class TestRosterPdf : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void unitRoster();
    void consolidatedRoster();
    void portraitWithFewRoles();
    void tetRowsShowLunarDate();
    void cancelWritesNothing();
    void rosterTitle_data();
    void rosterTitle();

private:
    QString exportPdf(Id unitId, const QString &name);
    SampleFixture m_fx;
};

void TestRosterPdf::initTestCase()
{
    QVERIFY(m_fx.setUp());
}

QString TestRosterPdf::exportPdf(Id unitId, const QString &name)
{
    ExportRequest request;
    request.kind = ExportKind::Roster;
    request.format = ExportFormat::Pdf;
    request.periodId = m_fx.periodId;
    request.unitId = unitId;
    request.outputPath = m_fx.path(name);
    const Result<ExportReport> report = Exporter(m_fx.db).run(request);
    if (!report) {
        qWarning() << report.message();
        return {};
    }
    return report->path;
}

void TestRosterPdf::unitRoster()
{
    REQUIRE_POPPLER();
    const QString pdf = exportPdf(m_fx.unitId, QStringLiteral("unit.pdf"));
    QVERIFY(!pdf.isEmpty());

    // A4 landscape: the sample has four role columns.
    QVERIFY(isA4(pdfInfo(pdf, QStringLiteral("Page size")), true));
    const int pages = pdfInfo(pdf, QStringLiteral("Pages")).toInt();
    QVERIFY2(pages >= 2, "ten rows of four roles need a second page");

    // Fonts: Times New Roman or its metric twin, every one embedded.
    const QStringList fonts = run(QStringLiteral("pdffonts"), {pdf}).split(QLatin1Char('\n'));
    int fontCount = 0;
    for (const QString &line : fonts.mid(2)) {
        if (line.trimmed().isEmpty())
            continue;
        ++fontCount;
        QVERIFY2(line.contains(QLatin1String("Tinos")) || line.contains(QLatin1String("Times"))
                     || line.contains(QLatin1String("Liberation")),
                 qPrintable(line));
        const QStringList columns = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        QVERIFY2(columns.size() >= 5 && columns.at(columns.size() - 5) == QLatin1String("yes"),
                 qPrintable(QStringLiteral("not embedded: ") + line));
    }
    QVERIFY(fontCount >= 3); // regular, bold, italic

    // Page 1: the header, title, summary, body, the names on duty.
    const QString first = squeeze(pdfText(pdf, 1));
    for (const char *expected :
         {"UBND THÀNH PHỐ HẢI PHÒNG", "SỞ GIÁO DỤC VÀ ĐÀO TẠO",
          "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "/TB-SGDĐT-VP",
          "Hải Phòng, ngày 27 tháng 4 năm 2023", "THÔNG BÁO", "Lịch trực nghỉ lễ 30/4 – 01/5/2023",
          "Trường THPT Thái Phiên", "Ngày/Thứ", "Lãnh đạo trực", "Trực kỹ thuật/ATTT", "Ghi chú",
          "Thứ Bảy", "29/04/2023", "Ca ngày", "07:30 – 17:00"})
        QVERIFY2(first.contains(u8(expected)), expected);
    // "Số:" and the dated place line sit on one level.
    const QStringList lines = pdfText(pdf, 1).split(QLatin1Char('\n'));
    bool sameLine = false;
    for (const QString &line : lines)
        sameLine |= line.contains(u8("Số:")) && line.contains(u8("ngày 27 tháng 4"));
    QVERIFY2(sameLine, "Số and the dated place line are not on one line");
    QVERIFY2(!lines.value(0).trimmed().startsWith(QLatin1Char('1')), "no page number on page 1");

    // Every holder is printed, with a number.
    OK_VALUE(roster, RosterData::load(m_fx.db, m_fx.periodId, m_fx.unitId));
    const QString all = squeeze(pdfText(pdf));
    int holders = 0;
    for (const RosterLine &line : roster.units.first().lines) {
        for (const QList<RosterHolder> &list : line.holders) {
            for (const RosterHolder &h : list) {
                ++holders;
                QVERIFY2(all.contains(h.name), qPrintable(h.name));
                QVERIFY(!h.phones.isEmpty());
                QVERIFY2(all.contains(PhoneNumber::displayStored(h.phones.first().e164)),
                         qPrintable(h.name));
            }
        }
    }
    QVERIFY(holders >= 30);
    // The closing: Nơi nhận, recipients, the signer.
    for (const char *expected :
         {"Nơi nhận:", "- Như trên;", "- Lưu: VT, VP.", "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"})
        QVERIFY2(all.contains(u8(expected)), expected);

    // Page numbers: "2" alone, centred in the top margin of page 2.
    QList<QSizeF> sizes;
    const QList<Word> words = pdfWords(pdf, &sizes);
    QCOMPARE(sizes.size(), pages);
    bool numbered = false;
    for (const Word &w : words) {
        if (w.page == 2 && w.text == QLatin1String("2") && w.yMax < 20 * PointsPerMm) {
            numbered = true;
            const double centre = (w.xMin + w.xMax) / 2;
            const double bodyCentre
                = (30 * PointsPerMm + sizes.at(1).width() - 15 * PointsPerMm) / 2;
            QVERIFY2(qAbs(centre - bodyCentre) < 3 * PointsPerMm, "page number not centred");
        }
        QVERIFY2(!(w.page == 1 && w.yMax < 20 * PointsPerMm), "page 1 has text in the top margin");
    }
    QVERIFY2(numbered, "no page number in the top margin of page 2");

    // Margins: left 30, right 15, bottom 20 mm; the top margin only holds the number.
    for (const Word &w : words) {
        const QSizeF page = sizes.at(w.page - 1);
        QVERIFY2(w.xMin >= 30 * PointsPerMm - 0.5, qPrintable(w.text));
        QVERIFY2(w.xMax <= page.width() - 15 * PointsPerMm + 0.5, qPrintable(w.text));
        QVERIFY2(w.yMax <= page.height() - 20 * PointsPerMm + 0.5, qPrintable(w.text));
    }

    // The export is in the audit log, with the file and what was exported.
    const QStringList audits = m_fx.exportAudits();
    QVERIFY(!audits.isEmpty());
    const QJsonObject last = QJsonDocument::fromJson(audits.last().toUtf8()).object();
    QCOMPARE(last.value(QStringLiteral("path")).toString(), pdf);
    QCOMPARE(last.value(QStringLiteral("kind")).toString(), QStringLiteral("roster"));
    QCOMPARE(last.value(QStringLiteral("format")).toString(), QStringLiteral("pdf"));
    QCOMPARE(last.value(QStringLiteral("unit")).toString(), u8(SampleData::QuerySchoolName));
    QCOMPARE(last.value(QStringLiteral("pages")).toInt(), pages);
    // Personal data: readable by the owner only.
    QCOMPARE(QFile::permissions(pdf) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
             QFileDevice::Permissions());
}

void TestRosterPdf::consolidatedRoster()
{
    REQUIRE_POPPLER();
    const QString pdf = exportPdf(NoId, QStringLiteral("all.pdf"));
    QVERIFY(!pdf.isEmpty());
    const int pages = pdfInfo(pdf, QStringLiteral("Pages")).toInt();
    QVERIFY(pages > 20);
    const QString all = pdfText(pdf);
    // Grouped by unit kind then unit.
    const qsizetype offices = all.indexOf(u8("II. CÁC PHÒNG CƠ QUAN SỞ"));
    const qsizetype districts = all.indexOf(u8("PHÒNG GIÁO DỤC VÀ ĐÀO TẠO CÁC QUẬN, HUYỆN"));
    const qsizetype schools = all.indexOf(u8("CÁC TRƯỜNG TRUNG HỌC PHỔ THÔNG"));
    QVERIFY(offices > 0 && districts > offices && schools > districts);
    QVERIFY(all.contains(u8(SampleData::QuerySchoolName)));
    QVERIFY(all.contains(u8(SampleData::GapUnitName)));
    // The table header on every page; page numbers from page 2.
    for (int page = 1; page <= pages; ++page) {
        const QString text = pdfText(pdf, page);
        // The last page may hold only the recipients and the signature.
        const bool closingOnly = page == pages && text.contains(u8("Nơi nhận"))
            && !text.contains(u8(SampleData::DayShiftName));
        QVERIFY2(closingOnly || text.contains(u8("Ngày/Thứ")),
                 qPrintable(QStringLiteral("page %1").arg(page)));
        if (page > 1) {
            QCOMPARE(text.split(QLatin1Char('\n')).value(0).trimmed(), QString::number(page));
        }
    }
    // No row runs into the bottom margin (a row too tall is moved, not split).
    QList<QSizeF> sizes;
    for (const Word &w : pdfWords(pdf, &sizes))
        QVERIFY2(w.yMax <= sizes.at(w.page - 1).height() - 20 * PointsPerMm + 0.5,
                 qPrintable(w.text));
}

void TestRosterPdf::portraitWithFewRoles()
{
    REQUIRE_POPPLER();
    OK_VALUE(document, RosterData::load(m_fx.db, m_fx.periodId, m_fx.unitId));
    // Three role columns fit a portrait page.
    document.roles.removeLast();
    for (RosterUnitBlock &block : document.units) {
        for (RosterLine &line : block.lines)
            line.holders.removeLast();
    }
    QFile file(m_fx.path(QStringLiteral("portrait.pdf")));
    QVERIFY_OK(RosterPdf::writePdf(document, &file));
    file.close();
    QVERIFY(isA4(pdfInfo(file.fileName(), QStringLiteral("Page size")), false));
}

void TestRosterPdf::tetRowsShowLunarDate()
{
    REQUIRE_POPPLER();
    OK_VALUE(document, RosterData::load(m_fx.db, m_fx.periodId, m_fx.unitId));
    // The same roster moved to Tết Bính Ngọ 2026 (17/02/2026 is mùng 1 Tết).
    const qint64 shift = QDate(2026, 2, 15).toJulianDay() - document.period.firstDay.toJulianDay();
    document.period.firstDay = document.period.firstDay.addDays(shift);
    document.period.lastDay = document.period.lastDay.addDays(shift);
    for (RosterUnitBlock &block : document.units) {
        for (RosterLine &line : block.lines)
            line.day = line.day.addDays(shift);
    }
    QFile file(m_fx.path(QStringLiteral("tet.pdf")));
    QVERIFY_OK(RosterPdf::writePdf(document, &file));
    file.close();
    const QString text = squeeze(pdfText(file.fileName()));
    QVERIFY(text.contains(u8("(mùng 1 Tết)")));
    QVERIFY(text.contains(u8("(mùng 2 Tết)")));
    OK_VALUE(eve, LunarCalendar::fromGregorian(QDate(2026, 2, 16)));
    QVERIFY(text.contains(QLatin1Char('(') + LunarCalendar::shortTetLabel(eve) + QLatin1Char(')')));
    QVERIFY(text.contains(u8("Thứ Ba")));
    QVERIFY(text.contains(QStringLiteral("17/02/2026")));
}

void TestRosterPdf::cancelWritesNothing()
{
    const std::atomic_bool cancel {true};
    ExportControl control;
    control.cancel = &cancel;
    ExportRequest request;
    request.periodId = m_fx.periodId;
    request.outputPath = m_fx.path(QStringLiteral("cancelled.pdf"));
    const int auditsBefore = int(m_fx.exportAudits().size());
    const Result<ExportReport> report = Exporter(m_fx.db).run(request, control);
    QVERIFY(!report.ok());
    QVERIFY(!QFile::exists(request.outputPath));
    QCOMPARE(int(m_fx.exportAudits().size()), auditsBefore);
}

void TestRosterPdf::rosterTitle_data()
{
    QTest::addColumn<QString>("periodTitle");
    QTest::addColumn<QString>("title");
    QTest::newRow("holiday") << u8("Nghỉ lễ 30/4 – 01/5/2023")
                             << u8("Lịch trực nghỉ lễ 30/4 – 01/5/2023");
    QTest::newRow("says duty") << u8("Trực nghỉ Tết 25/01 – 02/02/2025")
                               << u8("Lịch trực nghỉ Tết 25/01 – 02/02/2025");
    QTest::newRow("says roster") << u8("Lịch trực Tết Ất Tỵ") << u8("Lịch trực Tết Ất Tỵ");
    QTest::newRow("a name first") << u8("Tết Nguyên đán 2025")
                                  << u8("Lịch trực Tết Nguyên đán 2025");
    QTest::newRow("capitals") << u8("TẾT 2025") << u8("Lịch trực TẾT 2025");
    QTest::newRow("a word starting like it") << u8("Trựcnghỉ") << u8("Lịch trực trựcnghỉ");
}

void TestRosterPdf::rosterTitle()
{
    // The title over the roster, the spreadsheet and the calendar.
    QFETCH(QString, periodTitle);
    QFETCH(QString, title);
    QCOMPARE(DocumentTexts::rosterSummary(periodTitle), title);
}

QTEST_MAIN(TestRosterPdf)
#include "tst_rosterpdf.moc"
