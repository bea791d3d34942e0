#include "QrCode.h"

#include <QPainter>
#include <qrencode.h>

#include <cstring>

namespace DutyDesk {

QrCode QrCode::encode(const QByteArray &data)
{
    QrCode code;
    QRcode *qr = QRcode_encodeData(int(data.size()),
                                   reinterpret_cast<const unsigned char *>(data.constData()), 0,
                                   QR_ECLEVEL_M);
    if (!qr)
        return code;
    code.m_width = qr->width;
    code.m_modules.resize(qr->width * qr->width);
    for (int i = 0; i < qr->width * qr->width; ++i)
        code.m_modules[i] = (qr->data[i] & 1) != 0; // bit 0: dark module
    QRcode_free(qr);
    return code;
}

QImage QrCode::image() const
{
    if (isNull())
        return {};
    // Two pixels per module: viewers that smooth an image scaled up less than
    // about four times (poppler does) still give hard edges at screen
    // resolutions; at one pixel per module a page shown at 150 dpi would not
    // scan.
    static_assert(PixelsPerModule == 2 && QuietZone % 4 == 0,
                  "a module is two bits of a byte, the quiet zone whole bytes");
    const int side = (m_width + 2 * QuietZone) * PixelsPerModule;
    QImage image(side, side, QImage::Format_Mono);
    image.setColorTable({qRgb(0, 0, 0), qRgb(255, 255, 255)});
    image.fill(1);
    // Format_Mono: the most significant bit first; a cleared bit is colour 0.
    // Four modules make a byte; the rows of a module are copies.
    const qsizetype stride = image.bytesPerLine();
    uchar *bits = image.bits();
    const bool *modules = m_modules.constData();
    for (int y = 0; y < m_width; ++y) {
        uchar *line = bits + stride * (QuietZone + y) * PixelsPerModule;
        uchar *out = line + QuietZone * PixelsPerModule / 8;
        const bool *row = modules + qsizetype(y) * m_width;
        for (int x = 0; x < m_width; x += 4) {
            uchar byte = 0xff;
            for (int k = 0; k < 4 && x + k < m_width; ++k) {
                if (row[x + k])
                    byte &= uchar(~(0xc0 >> (2 * k)));
            }
            *out++ = byte;
        }
        memcpy(line + stride, line, size_t(stride));
    }
    return image;
}

void QrCode::draw(QPainter &painter, const QRectF &target) const
{
    drawImage(painter, image(), target);
}

void QrCode::drawImage(QPainter &painter, const QImage &image, const QRectF &target)
{
    if (image.isNull())
        return;
    const qreal side = qMin(target.width(), target.height());
    painter.save();
    // Hard module edges: no smoothing when the pixels are scaled up. A PDF
    // paints a 1-bit image as a mask in the pen's colour.
    painter.setRenderHint(QPainter::SmoothPixmapTransform, false);
    painter.setPen(Qt::black);
    painter.drawImage(QRectF(target.topLeft(), QSizeF(side, side)), image);
    painter.restore();
}

} // namespace DutyDesk
