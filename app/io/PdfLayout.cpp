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

std::shared_ptr<const PdfLayout::LaidOut>
PdfLayout::layOut(const HeightKey &key, const Paragraph &paragraph, qreal width) const
{
    if (auto it = m_layouts.constFind(key); it != m_layouts.cend())
        return it.value();
    auto laid = std::make_shared<LaidOut>(paragraph.text, paragraph.font, m_device);
    QTextLayout &layout = laid->layout;
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
    laid->height = y;
    // A bound on the memory: the texts that repeat come back soon enough.
    constexpr qsizetype MaxLayouts = 4096;
    if (m_layouts.size() >= MaxLayouts)
        m_layouts.clear();
    m_layouts.insert(key, laid);
    m_heights.insert(key, y);
    return laid;
}

qreal PdfLayout::height(const QList<Paragraph> &paragraphs, qreal width) const
{
    qreal h = 0;
    for (const Paragraph &p : paragraphs) {
        const HeightKey key = keyOf(p, width);
        auto it = m_heights.constFind(key);
        h += (it == m_heights.cend() ? layOut(key, p, width)->height : it.value()) + p.spaceAfter;
    }
    return h;
}

qreal PdfLayout::draw(QPainter &painter, const QList<Paragraph> &paragraphs, const QPointF &topLeft,
                      qreal width) const
{
    qreal y = topLeft.y();
    for (const Paragraph &p : paragraphs) {
        const std::shared_ptr<const LaidOut> laid = layOut(keyOf(p, width), p, width);
        laid->layout.draw(&painter, QPointF(topLeft.x(), y));
        y += laid->height + p.spaceAfter;
    }
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
