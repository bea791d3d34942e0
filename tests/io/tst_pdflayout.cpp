#include "PdfLayout.h"

#include <QImage>
#include <QPainter>
#include <QTest>

#include <functional>

using namespace DutyDesk;

/// A paragraph measured first, or met again after many others, is drawn
/// exactly as a paragraph laid out only to be drawn.
class TestPdfLayout : public QObject
{
    Q_OBJECT

private slots:
    void measuredParagraphsDrawTheSame();
};

void TestPdfLayout::measuredParagraphsDrawTheSame()
{
    const QList<Paragraph> paragraphs = {
        {QStringLiteral("Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính "
                        "phủ về công tác văn thư, phân công trực nghỉ Tết như sau."),
         PdfLayout::font(13), Qt::AlignJustify, 40, 6},
        {QStringLiteral("LỊCH TRỰC"), PdfLayout::font(14, true), Qt::AlignHCenter},
        {QString(), PdfLayout::font(10)},
        {QStringLiteral("0904 185 683"), PdfLayout::font(16, true), Qt::AlignLeft, 0, 4},
    };
    const qreal width = 420;
    const auto render
        = [&](const std::function<void(PdfLayout &, QPainter &)> &before, qreal *height) {
              QImage image(500, 400, QImage::Format_RGB32);
              image.fill(Qt::white);
              PdfLayout layout(&image);
              QPainter painter(&image);
              before(layout, painter);
              image.fill(Qt::white);
              *height = layout.draw(painter, paragraphs, QPointF(30, 20), width);
              painter.end();
              return image;
          };

    qreal freshHeight = 0;
    const QImage fresh = render([](PdfLayout &, QPainter &) {}, &freshHeight);
    QVERIFY(freshHeight > 0);
    // Measured first, the other width too: the measured layout is drawn.
    qreal measured = 0;
    qreal measuredHeight = 0;
    const QImage afterMeasuring = render(
        [&](PdfLayout &layout, QPainter &) {
            layout.height(paragraphs, width / 2);
            measured = layout.height(paragraphs, width);
        },
        &measuredHeight);
    QCOMPARE(measured, freshHeight);
    QCOMPARE(measuredHeight, freshHeight);
    QCOMPARE(afterMeasuring, fresh);
    // Drawn before elsewhere: drawn again at the new place.
    qreal againHeight = 0;
    const QImage drawnAgain = render(
        [&](PdfLayout &layout, QPainter &painter) {
            layout.draw(painter, paragraphs, QPointF(0, 200), width);
        },
        &againHeight);
    QCOMPARE(againHeight, freshHeight);
    QCOMPARE(drawnAgain, fresh);
    // Measured, then pushed out of the kept layouts by many others.
    qreal evictedHeight = 0;
    const QImage afterMany = render(
        [&](PdfLayout &layout, QPainter &) {
            layout.height(paragraphs, width);
            for (int i = 0; i < 10000; ++i)
                layout.height({{QString::number(i), PdfLayout::font(10)}}, width);
        },
        &evictedHeight);
    QCOMPARE(evictedHeight, freshHeight);
    QCOMPARE(afterMany, fresh);
}

QTEST_MAIN(TestPdfLayout)
#include "tst_pdflayout.moc"
