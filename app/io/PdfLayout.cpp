#include "PdfLayout.h"

#include <QFontMetricsF>
#include <QPaintDevice>
#include <QTextLayout>

namespace DutyDesk {

QString PdfLayout::serifFamily()
{
    return QStringLiteral("Times New Roman");
}

QFont PdfLayout::font(qreal points, bool bold, bool italic)
{
    QFont f(serifFamily());
    f.setStyleHint(QFont::Serif, QFont::PreferOutline);
    f.setPointSizeF(points);
    f.setBold(bold);
    f.setItalic(italic);
    // Kerning off: the same width on every device, so measuring is drawing.
    f.setKerning(false);
    return f;
}

PdfLayout::PdfLayout(QPaintDevice *device)
    : m_device(device)
    , m_dpi(device->logicalDpiY())
{
}

qreal PdfLayout::layOut(QPainter *painter, const Paragraph &paragraph, const QPointF &topLeft,
                        qreal width) const
{
    QTextLayout layout(paragraph.text, paragraph.font, m_device);
    QTextOption option(paragraph.alignment);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.setCacheEnabled(true);
    qreal y = 0;
    layout.beginLayout();
    bool first = true;
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        const qreal indent = first ? paragraph.firstLineIndent : 0;
        line.setLineWidth(qMax<qreal>(1, width - indent));
        line.setPosition(QPointF(indent, y));
        y += line.height();
        first = false;
    }
    layout.endLayout();
    if (paragraph.text.isEmpty())
        y = QFontMetricsF(paragraph.font, m_device).lineSpacing();
    if (painter)
        layout.draw(painter, topLeft);
    return y + paragraph.spaceAfter;
}

qreal PdfLayout::height(const QList<Paragraph> &paragraphs, qreal width) const
{
    qreal h = 0;
    for (const Paragraph &p : paragraphs) {
        const HeightKey key {p.text, p.font, width, int(p.alignment), p.firstLineIndent};
        auto it = m_heights.constFind(key);
        if (it == m_heights.cend()) {
            Paragraph bare = p;
            bare.spaceAfter = 0;
            it = m_heights.insert(key, layOut(nullptr, bare, {}, width));
        }
        h += it.value() + p.spaceAfter;
    }
    return h;
}

qreal PdfLayout::draw(QPainter &painter, const QList<Paragraph> &paragraphs, const QPointF &topLeft,
                      qreal width) const
{
    qreal y = topLeft.y();
    for (const Paragraph &p : paragraphs)
        y += layOut(&painter, p, QPointF(topLeft.x(), y), width);
    return y - topLeft.y();
}

qreal PdfLayout::textWidth(const QString &text, const QFont &font) const
{
    return QFontMetricsF(font, m_device).horizontalAdvance(text);
}

void PdfLayout::rule(QPainter &painter, qreal centreX, qreal y, qreal length,
                     qreal thicknessPt) const
{
    painter.save();
    painter.setPen(QPen(Qt::black, pt(thicknessPt)));
    painter.drawLine(QPointF(centreX - length / 2, y), QPointF(centreX + length / 2, y));
    painter.restore();
}

} // namespace DutyDesk
