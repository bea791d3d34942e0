#pragma once

#include <QByteArray>
#include <QRectF>
#include <QVector>

class QPainter;

namespace DutyDesk {

/// A QR code made by libqrencode (8-bit mode, error correction level M), drawn
/// as vector squares so that it stays sharp in a PDF at any size.
class QrCode
{
public:
    /// Encodes `data` (UTF-8 bytes, e.g. a vCard); isNull() when it does not fit.
    static QrCode encode(const QByteArray &data);

    bool isNull() const { return m_width == 0; }
    int width() const { return m_width; } ///< modules per side, without the quiet zone
    bool module(int x, int y) const { return m_modules.at(y * m_width + x); }
    /// Draws the code, with its 4-module quiet zone, filling the square `target`.
    void draw(QPainter &painter, const QRectF &target) const;

private:
    int m_width = 0;
    QVector<bool> m_modules;
};

} // namespace DutyDesk
