#pragma once

#include <QFont>
#include <QHash>
#include <QList>
#include <QPainter>
#include <QString>
#include <QTextLayout>

#include <memory>

namespace DutyDesk {

/// A paragraph for PdfLayout: text, font, alignment, first-line indent and
/// the space left after it. Lengths are in device units.
struct Paragraph
{
    QString text;
    QFont font;
    Qt::Alignment alignment = Qt::AlignLeft;
    qreal firstLineIndent = 0;
    qreal spaceAfter = 0;
};

/// Small layout helpers shared by the PDF documents: millimetres and points to
/// device units, the document fonts, and paragraphs measured and drawn with
/// QTextLayout (word wrap, justification, first-line indent), so that a table
/// can measure its rows before it decides where a page ends.
class PdfLayout
{
public:
    /// The serif family of official documents. fontconfig answers "Times New
    /// Roman" with a metric-compatible font (Tinos from fonts-croscore, or
    /// Liberation Serif) when the real one is missing; QPdfWriter embeds it.
    static QString serifFamily();
    /// A document font of `points` size.
    static QFont font(qreal points, bool bold = false, bool italic = false);

    explicit PdfLayout(QPaintDevice *device);

    qreal mm(qreal millimetres) const { return millimetres * m_dpi / 25.4; }
    qreal pt(qreal points) const { return points * m_dpi / 72.0; }
    QPaintDevice *device() const { return m_device; }

    /// The height of `paragraphs` laid out in `width`.
    qreal height(const QList<Paragraph> &paragraphs, qreal width) const;
    /// Draws `paragraphs` from `topLeft` in `width`; returns the height used.
    qreal draw(QPainter &painter, const QList<Paragraph> &paragraphs, const QPointF &topLeft,
               qreal width) const;
    /// The natural width of a single line of text.
    qreal textWidth(const QString &text, const QFont &font) const;
    /// Draws a horizontal rule centred on `centreX`.
    void rule(QPainter &painter, qreal centreX, qreal y, qreal length,
              qreal thicknessPt = 0.6) const;

private:
    /// What a paragraph's height depends on.
    struct HeightKey
    {
        QString text;
        QFont font;
        qreal width = 0;
        int alignment = 0;
        qreal firstLineIndent = 0;
        bool operator==(const HeightKey &other) const
        {
            return text == other.text && width == other.width && alignment == other.alignment
                && firstLineIndent == other.firstLineIndent && font == other.font;
        }
        friend size_t qHash(const HeightKey &key, size_t seed = 0)
        {
            return qHashMulti(seed, key.text, key.font, key.width, key.alignment);
        }
    };

    /// A paragraph laid out in a width, and its height without the space after.
    struct LaidOut
    {
        LaidOut(const QString &text, const QFont &font, const QPaintDevice *device)
            : layout(text, font, device)
        {
        }
        QTextLayout layout;
        qreal height = 0;
    };

    static HeightKey keyOf(const Paragraph &paragraph, qreal width)
    {
        return {paragraph.text, paragraph.font, width, int(paragraph.alignment),
                paragraph.firstLineIndent};
    }
    std::shared_ptr<const LaidOut> layOut(const HeightKey &key, const Paragraph &paragraph,
                                          qreal width) const;

    QPaintDevice *m_device = nullptr;
    qreal m_dpi = 72;
    /// Documents measure every row before drawing it and repeat the same texts
    /// (names, days, shifts): a measured height is kept, and so is the layout,
    /// drawn from as it is, for the paragraphs measured or drawn last (a
    /// paragraph is laid out once to be measured and drawn).
    mutable QHash<HeightKey, qreal> m_heights;
    mutable QHash<HeightKey, std::shared_ptr<const LaidOut>> m_layouts;
};

} // namespace DutyDesk
