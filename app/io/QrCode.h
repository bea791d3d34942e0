#pragma once

#include <QByteArray>
#include <QImage>
#include <QRectF>
#include <QVector>

class QPainter;

namespace DutyDesk {

/// A QR code made by libqrencode (8-bit mode, error correction level M).
///
/// It is drawn as a small 1-bit image scaled without smoothing: in a PDF that
/// is an image of a few hundred bytes that stays sharp when printed and is
/// stored once however often the same QImage is drawn (vector squares, one
/// per run of dark modules, made every page big and slow to compress).
class QrCode
{
public:
    /// Encodes `data` (UTF-8 bytes, e.g. a vCard); isNull() when it does not fit.
    static QrCode encode(const QByteArray &data);

    bool isNull() const { return m_width == 0; }
    int width() const { return m_width; } ///< modules per side, without the quiet zone
    bool module(int x, int y) const { return m_modules.at(y * m_width + x); }
    /// The modules of the quiet zone around the code.
    static constexpr int QuietZone = 4;
    /// The pixels per module side in image().
    static constexpr int PixelsPerModule = 2;
    /// The code with its quiet zone, PixelsPerModule pixels per module: a
    /// Format_Mono image whose colour 0 is black (dark module) and colour 1
    /// white. Painting the same QImage again lets a PDF reuse the stored image.
    QImage image() const;
    /// Draws the code, with its 4-module quiet zone, filling the square `target`.
    void draw(QPainter &painter, const QRectF &target) const;
    /// Draws `image` (made by image()) filling the square `target`.
    static void drawImage(QPainter &painter, const QImage &image, const QRectF &target);

private:
    int m_width = 0;
    QVector<bool> m_modules;
};

} // namespace DutyDesk
