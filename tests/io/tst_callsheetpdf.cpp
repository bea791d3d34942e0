#include "CallSheetPdf.h"
#include "DirectoryStore.h"
#include "Exporter.h"
#include "IoFixture.h"
#include "PhoneNumber.h"
#include "PrintableDocument.h"
#include "QrCode.h"
#include "VCard.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QSet>
#include <QThread>

using namespace DutyDesk;
using namespace IoTest;

/// Call sheets read back: the unit, the mark on every page, the hotlines and
/// the chain with their numbers, the people on duty, one QR code per contact
/// holding its vCard, and a book with a page per unit, read and painted at
/// once, with progress and cancel.
Q_DECLARE_METATYPE(DutyDesk::PrintableDocument::Kind)

class TestCallSheetPdf : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_fx.setUp()); }
    void contentOfOneUnit();
    void qrCodesHoldVCards();
    void qrImageOfEverySize();
    void bookOfAllUnits();
    void bookReadAndPaintedAtOnce();
    void cancelStopsTheBook();
    void cancelStopsTheBookBeingRead();
    void printableDocument_data();
    void printableDocument();

private:
    SampleFixture m_fx;
};

void TestCallSheetPdf::contentOfOneUnit()
{
    REQUIRE_POPPLER();
    OK_VALUE(document, CallSheetPdf::load(m_fx.db, m_fx.periodId, m_fx.unitId));
    QCOMPARE(document.units.size(), 1);
    const CallSheetUnit &sheet = document.units.first();
    QVERIFY(!sheet.escalation.isEmpty());
    QVERIFY(!sheet.hotlines.isEmpty());
    QVERIFY(!sheet.qrContacts.isEmpty());

    ExportRequest request;
    request.kind = ExportKind::CallSheet;
    request.format = ExportFormat::Pdf;
    request.periodId = m_fx.periodId;
    request.unitId = m_fx.unitId;
    request.outputPath = m_fx.path(QStringLiteral("sheet.pdf"));
    OK_VALUE(report, Exporter(m_fx.db).run(request));
    const QString pdf = report.path;
    QVERIFY(pdfInfo(pdf, QStringLiteral("Page size")).startsWith(QLatin1String("595")));
    const int pages = pdfInfo(pdf, QStringLiteral("Pages")).toInt();
    QCOMPARE(pages, report.pages);
    for (int page = 1; page <= pages; ++page) {
        const QString text = pdfText(pdf, page);
        QVERIFY2(text.contains(u8("LƯU HÀNH NỘI BỘ")), qPrintable(QString::number(page)));
        QVERIFY(text.contains(u8("In lúc ")));
    }
    const QString text = pdfText(pdf).simplified();
    QVERIFY(text.contains(u8("PHIẾU LIÊN LẠC TRỰC")));
    QVERIFY(text.contains(u8(SampleData::QuerySchoolName)));
    QVERIFY(text.contains(u8("ĐƯỜNG DÂY NÓNG")));
    for (const Hotline &h : sheet.hotlines)
        QVERIFY2(text.contains(PhoneNumber::displayStored(h.number)), qPrintable(h.label));
    // The chain: numbered, with instructions and the numbers of people and hotlines.
    QVERIFY(text.contains(u8("TRÌNH TỰ BÁO CÁO KHI CÓ SỰ CỐ")));
    for (const ResolvedStep &step : sheet.escalation) {
        if (!step.instruction.isEmpty())
            QVERIFY2(text.contains(step.instruction.left(30)), qPrintable(step.instruction));
        if (step.target == EscalationTarget::Hotline || step.target == EscalationTarget::Person) {
            for (const Contact &c : step.contacts) {
                for (const QString &phone : c.phones)
                    QVERIFY2(text.contains(PhoneNumber::displayStored(phone)), qPrintable(c.name));
            }
        }
        if (step.waitMinutes > 0)
            QVERIFY(text.contains(QStringLiteral("Sau %1 phút").arg(step.waitMinutes)));
    }
    // Everyone on duty, with a number.
    for (const RosterLine &line : sheet.roster.lines) {
        for (const QList<RosterHolder> &holders : line.holders) {
            for (const RosterHolder &h : holders)
                QVERIFY2(text.contains(PhoneNumber::displayStored(h.phones.first().e164)),
                         qPrintable(h.name));
        }
    }
    QVERIFY(text.contains(u8("QUÉT MÃ ĐỂ LƯU DANH BẠ")));
    // Fonts embedded.
    QStringList fonts;
    QVERIFY(allFontsEmbedded(pdf, &fonts));
    for (const QString &font : std::as_const(fonts))
        QVERIFY2(font.contains(QLatin1String("Tinos")) || font.contains(QLatin1String("Times"))
                     || font.contains(QLatin1String("Liberation")),
                 qPrintable(font));
    // Audited.
    QVERIFY(m_fx.exportAudits().last().contains(QLatin1String("callsheet")));
}

namespace {

/// The image of `code` shows its modules, two pixels each, black on white,
/// inside a white quiet zone.
void checkImage(const QrCode &code)
{
    const QImage bitmap = code.image();
    QCOMPARE(bitmap.format(), QImage::Format_Mono);
    QCOMPARE(bitmap.width(), (code.width() + 2 * QrCode::QuietZone) * QrCode::PixelsPerModule);
    QCOMPARE(bitmap.height(), bitmap.width());
    for (int y = 0; y < bitmap.height(); ++y) {
        for (int x = 0; x < bitmap.width(); ++x) {
            const int mx = x / QrCode::PixelsPerModule - QrCode::QuietZone;
            const int my = y / QrCode::PixelsPerModule - QrCode::QuietZone;
            const bool inside = mx >= 0 && my >= 0 && mx < code.width() && my < code.width();
            QCOMPARE(qGray(bitmap.pixel(x, y)) < 128, inside && code.module(mx, my));
        }
    }
}

} // namespace

void TestCallSheetPdf::qrImageOfEverySize()
{
    // From version 2 (25 modules) to version 13 (69): every width is 1 more
    // than a multiple of 4, so each row ends in a byte shared with the quiet zone.
    int lastWidth = 0;
    for (int length : {1, 20, 40, 80, 120, 160, 200, 260, 300}) {
        const QrCode code = QrCode::encode(QByteArray(length, 'x') + "\r\nTEL:+84912345678");
        QVERIFY(!code.isNull());
        QVERIFY(code.width() > lastWidth);
        lastWidth = code.width();
        checkImage(code);
        if (QTest::currentTestFailed())
            return;
    }
    QCOMPARE(QrCode::encode(QByteArray(1, 'x') + "\r\nTEL:+84912345678").width(), 25);
    QVERIFY(lastWidth >= 65);
}

void TestCallSheetPdf::qrCodesHoldVCards()
{
    OK_VALUE(document, CallSheetPdf::load(m_fx.db, m_fx.periodId, m_fx.unitId));
    // One code per distinct contact: the people on duty and those the chain names.
    const QList<VCardContact> &contacts = document.units.first().qrContacts;
    QSet<QString> names;
    for (const VCardContact &c : contacts) {
        QVERIFY2(!names.contains(c.fullName), qPrintable(c.fullName));
        names.insert(c.fullName);
        const QByteArray card = VCard::qrCard(c);
        QVERIFY(card.startsWith("BEGIN:VCARD\r\nVERSION:3.0\r\n"));
        QVERIFY(card.contains("TEL;TYPE=CELL"));
        const QrCode code = QrCode::encode(card);
        QVERIFY(!code.isNull());
        // Small enough to scan at 26 mm: at most version 10 (57 modules).
        QVERIFY2(code.width() <= 57, qPrintable(QString::number(code.width())));
        // The finder pattern in the top-left corner: a dark 7×7 ring.
        for (int i = 0; i < 7; ++i) {
            QVERIFY(code.module(i, 0) && code.module(0, i) && code.module(i, 6)
                    && code.module(6, i));
        }
        QVERIFY(!code.module(1, 1) && code.module(3, 3));
    }
    // As an image: two pixels per module, black on white, in the quiet zone.
    checkImage(QrCode::encode(VCard::qrCard(contacts.first())));
    if (QTest::currentTestFailed())
        return;
    // Drawn: dark and light modules land where the code says.
    const QrCode code = QrCode::encode(VCard::qrCard(contacts.first()));
    const int side = (code.width() + 8) * 4;
    QImage image(side, side, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    code.draw(painter, QRectF(0, 0, side, side));
    painter.end();
    for (int y = 0; y < code.width(); ++y) {
        for (int x = 0; x < code.width(); ++x) {
            const bool dark = qGray(image.pixel((x + 4) * 4 + 2, (y + 4) * 4 + 2)) < 128;
            QCOMPARE(dark, code.module(x, y));
        }
    }
}

void TestCallSheetPdf::bookOfAllUnits()
{
    REQUIRE_POPPLER();
    std::atomic_bool cancel {false};
    int lastDone = -1;
    bool monotonic = true;
    ExportControl control;
    control.cancel = &cancel;
    control.progress = [&](int done, int total) {
        QCOMPARE(total, 1000);
        monotonic &= done >= lastDone;
        lastDone = done;
    };
    ExportRequest request;
    request.kind = ExportKind::CallSheet;
    request.format = ExportFormat::Pdf;
    request.periodId = m_fx.periodId;
    request.outputPath = m_fx.path(QStringLiteral("book.pdf"));
    OK_VALUE(report, Exporter(m_fx.db).run(request, control));
    QVERIFY(monotonic);
    QCOMPARE(lastDone, 1000);
    OK_VALUE(units, DirectoryStore(m_fx.db).units());
    int staffed = 0;
    for (const Unit &u : units) {
        if (u.active && u.kind != UnitKind::External)
            ++staffed;
    }
    QCOMPARE(report.records, staffed);
    QVERIFY(report.pages >= staffed);
    // Each distinct vCard is one small image in the file, however many sheets
    // show it (the chain's people are on many): no vector squares per module.
    OK_VALUE(document, CallSheetPdf::load(m_fx.db, m_fx.periodId, NoId));
    QSet<QByteArray> cards;
    int drawn = 0;
    for (const CallSheetUnit &unit : document.units) {
        for (const VCardContact &c : unit.qrContacts) {
            cards.insert(VCard::qrCard(c));
            ++drawn;
        }
    }
    QVERIFY(drawn > cards.size());
    QFile file(report.path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QCOMPARE(int(bytes.count("/Subtype /Image")), int(cards.size()));

    // Progress counts the sheets (the QR codes are made meanwhile, on a
    // second thread), reported from the painting thread.
    QList<QPair<int, int>> steps;
    ExportControl counting;
    counting.progress = [&](int done, int total) {
        QCOMPARE(QThread::currentThread(), thread());
        steps.append({done, total});
    };
    QBuffer buffer;
    int pages = 0;
    QVERIFY_OK(CallSheetPdf::writePdf(document, &buffer, counting, &pages));
    QCOMPARE(pages, report.pages);
    const int sheets = int(document.units.size());
    QCOMPARE(steps.size(), sheets);
    for (int i = 0; i < sheets; ++i)
        QCOMPARE(steps.at(i), qMakePair(i + 1, sheets));
    const QString text = pdfText(report.path);
    for (const Unit &u : units) {
        if (u.active && u.kind != UnitKind::External)
            QVERIFY2(text.contains(u.name), qPrintable(u.name));
    }
}

/// The text of a book without the printing time, which is taken when the
/// units are read.
static QString textWithoutPrintingTime(const QString &pdf)
{
    QStringList lines = pdfText(pdf).split(QLatin1Char('\n'));
    lines.removeIf([](const QString &line) { return line.contains(u8("In lúc ")); });
    return lines.join(QLatin1Char('\n'));
}

void TestCallSheetPdf::bookReadAndPaintedAtOnce()
{
    REQUIRE_POPPLER();
    // The units are read on this thread while a second one paints them: the
    // same book as reading them all first, progress from this thread only.
    OK_VALUE(document, CallSheetPdf::load(m_fx.db, m_fx.periodId, NoId));
    QVERIFY(document.units.size() > 50);
    QBuffer loaded;
    int loadedPages = 0;
    QVERIFY_OK(CallSheetPdf::writePdf(document, &loaded, {}, &loadedPages));

    QList<QPair<int, int>> steps;
    ExportControl control;
    control.progress = [&](int done, int total) {
        QCOMPARE(QThread::currentThread(), thread());
        steps.append({done, total});
    };
    QBuffer streamed;
    OK_VALUE(written,
             CallSheetPdf::loadAndWritePdf(m_fx.db, m_fx.periodId, NoId, &streamed, control));
    const int sheets = int(document.units.size());
    QCOMPARE(written.sheets, sheets);
    QCOMPARE(written.pages, loadedPages);
    QCOMPARE(written.firstUnit, document.units.first().roster.unit.name);
    QCOMPARE(steps.first(), qMakePair(0, sheets));
    QCOMPARE(steps.last(), qMakePair(sheets, sheets));
    for (int i = 1; i < steps.size(); ++i) {
        QVERIFY(steps.at(i).first > steps.at(i - 1).first);
        QCOMPARE(steps.at(i).second, sheets);
    }

    const auto save = [&](const QBuffer &buffer, const QString &name) {
        QFile file(m_fx.path(name));
        return file.open(QIODevice::WriteOnly) && file.write(buffer.data()) == buffer.size();
    };
    QVERIFY(save(loaded, QStringLiteral("loaded.pdf")));
    QVERIFY(save(streamed, QStringLiteral("streamed.pdf")));
    QCOMPARE(textWithoutPrintingTime(m_fx.path(QStringLiteral("streamed.pdf"))),
             textWithoutPrintingTime(m_fx.path(QStringLiteral("loaded.pdf"))));
    QCOMPARE(streamed.data().count("/Subtype /Image"), loaded.data().count("/Subtype /Image"));

    // One unit: its sheet alone.
    QBuffer one;
    OK_VALUE(single, CallSheetPdf::loadAndWritePdf(m_fx.db, m_fx.periodId, m_fx.unitId, &one));
    QCOMPARE(single.sheets, 1);
    QCOMPARE(single.firstUnit, u8(SampleData::QuerySchoolName));
}

void TestCallSheetPdf::cancelStopsTheBook()
{
    OK_VALUE(document, CallSheetPdf::load(m_fx.db, m_fx.periodId, NoId));
    // Cancelled after the third sheet: no sheet is painted after it, and the
    // thread making the QR codes is stopped and joined.
    std::atomic_bool cancel {false};
    int lastDone = 0;
    ExportControl control;
    control.cancel = &cancel;
    control.progress = [&](int done, int) {
        lastDone = done;
        if (done == 3)
            cancel = true;
    };
    QBuffer buffer;
    const Status status = CallSheetPdf::writePdf(document, &buffer, control);
    QVERIFY(!status);
    QCOMPARE(status.error().message(), RosterData::cancelledError().message());
    QCOMPARE(lastDone, 3);

    // Cancelled before it starts: nothing is painted.
    lastDone = 0;
    QBuffer none;
    QVERIFY(!CallSheetPdf::writePdf(document, &none, control));
    QCOMPARE(lastDone, 0);
}

void TestCallSheetPdf::cancelStopsTheBookBeingRead()
{
    // Cancelled while the units are still being read and painted: both
    // threads stop well before the end of the book.
    OK_VALUE(document, CallSheetPdf::load(m_fx.db, m_fx.periodId, NoId));
    const int sheets = int(document.units.size());
    std::atomic_bool cancel {false};
    int lastDone = 0;
    ExportControl control;
    control.cancel = &cancel;
    control.progress = [&](int done, int) {
        lastDone = done;
        if (done >= 3)
            cancel = true;
    };
    QBuffer buffer;
    const Result<CallSheetPdf::Written> written
        = CallSheetPdf::loadAndWritePdf(m_fx.db, m_fx.periodId, NoId, &buffer, control);
    QVERIFY(!written);
    QCOMPARE(written.error().message(), RosterData::cancelledError().message());
    QVERIFY2(lastDone >= 3 && lastDone < sheets / 2, qPrintable(QString::number(lastDone)));

    lastDone = 0;
    QBuffer none;
    QVERIFY(!CallSheetPdf::loadAndWritePdf(m_fx.db, m_fx.periodId, NoId, &none, control));
    QCOMPARE(lastDone, 0);
}

void TestCallSheetPdf::printableDocument_data()
{
    QTest::addColumn<PrintableDocument::Kind>("kind");
    QTest::newRow("roster") << PrintableDocument::Kind::Roster;
    QTest::newRow("call sheets") << PrintableDocument::Kind::CallSheet;
}

void TestCallSheetPdf::printableDocument()
{
    QFETCH(PrintableDocument::Kind, kind);
    OK_VALUE(all, PrintableDocument::load(m_fx.db, kind, m_fx.periodId, NoId));
    OK_VALUE(one, PrintableDocument::load(m_fx.db, kind, m_fx.periodId, m_fx.unitId));
    QCOMPARE(all.kind(), kind);
    QVERIFY2(all.unitCount() > 3, qPrintable(QString::number(all.unitCount())));
    QCOMPARE(one.unitCount(), 1);
    QVERIFY2(all.title().contains(u8(SampleData::PeriodTitle), Qt::CaseInsensitive),
             qPrintable(all.title()));
    // What the preview shows: the first units, painted like the whole.
    const PrintableDocument part = all.firstUnits(2);
    QCOMPARE(part.unitCount(), 2);
    QCOMPARE(all.firstUnits(1000).unitCount(), all.unitCount());
    int wholePages = 0;
    int partPages = 0;
    using Run = std::pair<const PrintableDocument *, int *>;
    for (const auto &[document, pages] : {Run {&all, &wholePages}, Run {&part, &partPages}}) {
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QPdfWriter writer(&buffer);
        writer.setPageLayout(document->pageLayout());
        QVERIFY_OK(document->paint(&writer, {}, pages));
        QVERIFY(buffer.data().startsWith("%PDF-"));
    }
    QVERIFY2(partPages >= 2 && partPages < wholePages,
             qPrintable(QStringLiteral("%1 of %2").arg(partPages).arg(wholePages)));

    // Cancelled at a progress report from the middle of the document: the
    // device's job is abandoned once, before the painter lets go of it.
    std::atomic_bool cancel {false};
    int abandoned = 0;
    ExportControl control;
    control.cancel = &cancel;
    control.progress = [&](int done, int) {
        if (done >= 2)
            cancel = true;
    };
    control.abandon = [&] {
        ++abandoned;
    };
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QPdfWriter writer(&buffer);
    writer.setPageLayout(all.pageLayout());
    const Status status = all.paint(&writer, control);
    QVERIFY(!status);
    QCOMPARE(status.error().code(), Error::Code::Cancelled);
    QCOMPARE(abandoned, 1);
    // Not cancelled: never abandoned.
    abandoned = 0;
    cancel = false;
    control.progress = {};
    QBuffer whole;
    QVERIFY(whole.open(QIODevice::WriteOnly));
    QPdfWriter again(&whole);
    again.setPageLayout(all.pageLayout());
    QVERIFY_OK(all.paint(&again, control));
    QCOMPARE(abandoned, 0);
}

QTEST_MAIN(TestCallSheetPdf)
#include "tst_callsheetpdf.moc"
