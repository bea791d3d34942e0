#include "QrCode.h"

#include <QPainter>
#include <QPainterPath>
#include <qrencode.h>

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

void QrCode::draw(QPainter &painter, const QRectF &target) const
{
    if (isNull())
        return;
    constexpr int QuietZone = 4;
    const qreal module = qMin(target.width(), target.height()) / (m_width + 2 * QuietZone);
    QPainterPath path;
    path.setFillRule(Qt::WindingFill);
    for (int y = 0; y < m_width; ++y) {
        // Runs of dark modules in a row become one rectangle: smaller PDFs.
        int x = 0;
        while (x < m_width) {
            if (!this->module(x, y)) {
                ++x;
                continue;
            }
            int end = x;
            while (end < m_width && this->module(end, y))
                ++end;
            path.addRect(QRectF(target.x() + (QuietZone + x) * module,
                                target.y() + (QuietZone + y) * module, (end - x) * module, module));
            x = end;
        }
    }
    painter.save();
    painter.setPen(Qt::NoPen);
    painter.setBrush(Qt::black);
    painter.drawPath(path);
    painter.restore();
}

} // namespace DutyDesk
