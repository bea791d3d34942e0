#include "CallSheetPdf.h"

#include "DirectoryStore.h"
#include "DocumentTexts.h"
#include "PdfLayout.h"
#include "PhoneNumber.h"
#include "QrCode.h"

#include <QHash>
#include <QIODevice>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSet>
#include <QThread>
#include <QThreadPool>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <future>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace DutyDesk {

namespace {

constexpr qreal MarginTop = 15;
constexpr qreal MarginBottom = 15;
constexpr qreal MarginLeft = 20;
constexpr qreal MarginRight = 15;

/// One QR code to make, once, by whichever thread claims it first.
class QrJob
{
public:
    explicit QrJob(QByteArray card)
        : m_card(std::move(card))
        , m_image(m_made.get_future().share())
    {
    }
    /// Makes the code unless another thread has claimed it; `skip` leaves it
    /// empty (a cancelled export). Whether this call made it.
    bool make(bool skip = false)
    {
        if (m_claimed.exchange(true))
            return false;
        m_made.set_value(skip ? QImage() : QrCode::encode(m_card).image());
        return true;
    }
    bool isMade() const
    {
        return m_image.wait_for(std::chrono::seconds(0)) == std::future_status::ready;
    }
    QImage wait() const { return m_image.get(); }

private:
    const QByteArray m_card;
    std::atomic_bool m_claimed {false};
    std::promise<QImage> m_made;
    std::shared_future<QImage> m_image;
};

using QrImage = std::shared_ptr<QrJob>;

/// The QR codes of the sheets: each distinct vCard is encoded once, ahead of
/// the painting and in the order of the sheets, on the book's threads
/// (libqrencode's mask selection is the dearest part of a book); the same
/// QImage is handed out again, which the PDF stores once (the chain's people
/// are on many sheets).
/// The painting thread is the one whose work cannot be shared out, so the
/// pool leaves it a core, and instead of waiting for a code the painter
/// makes the next ones itself: both cores stay busy to the last sheet.
class QrCodeBook
{
public:
    QrCodeBook() { m_pool.setMaxThreadCount(qMax(1, QThread::idealThreadCount() - 1)); }
    /// Codes not begun when the book goes (a cancelled export) are not made;
    /// every job still ends, so nothing waits for a code forever.
    ~QrCodeBook()
    {
        *m_gone = true;
        m_pool.waitForDone();
    }

    /// The codes of `unit`'s contacts, queued to be made (on the reading thread).
    QList<QrImage> codesFor(const CallSheetUnit &unit)
    {
        QList<QrImage> codes;
        codes.reserve(unit.qrContacts.size());
        for (const VCardContact &c : unit.qrContacts) {
            const QByteArray card = VCard::qrCard(c);
            auto it = m_images.constFind(card);
            if (it == m_images.cend()) {
                auto job = std::make_shared<QrJob>(card);
                it = m_images.insert(card, job);
                {
                    std::lock_guard<std::mutex> lock(m_queue->mutex);
                    m_queue->jobs.push_back(job);
                }
                m_pool.start([queue = m_queue, gone = m_gone] { makeNext(*queue, *gone); });
            }
            codes << it.value();
        }
        return codes;
    }

    /// The image of `code` (on the painting thread): made here if nobody has
    /// begun it; while another thread makes it, the next codes are made here.
    QImage image(const QrImage &code)
    {
        while (!code->make() && !code->isMade() && makeNext(*m_queue, *m_gone)) { }
        return code->wait();
    }

private:
    struct Queue
    {
        std::mutex mutex;
        std::deque<QrImage> jobs; ///< in the order of the sheets; some already made
    };
    /// Makes the first code of `queue` nobody has claimed; false when none is left.
    static bool makeNext(Queue &queue, bool skip)
    {
        for (;;) {
            QrImage job;
            {
                std::lock_guard<std::mutex> lock(queue.mutex);
                if (queue.jobs.empty())
                    return false;
                job = std::move(queue.jobs.front());
                queue.jobs.pop_front();
            }
            if (job->make(skip))
                return true;
        }
    }

    QHash<QByteArray, QrImage> m_images;
    std::shared_ptr<Queue> m_queue = std::make_shared<Queue>();
    std::shared_ptr<std::atomic_bool> m_gone = std::make_shared<std::atomic_bool>(false);
    QThreadPool m_pool;
};

/// The sheets to paint, in order, each with its QR codes, handed from the
/// thread that makes them (reads the units, encodes the codes) to the one that
/// paints them as they come, so that both work at once.
class SheetFeed
{
public:
    explicit SheetFeed(qsizetype count)
        : m_sheets(size_t(count))
    {
    }
    int count() const { return int(m_sheets.size()); }

    /// The next sheet is ready. `unit` must stay where it is until painted.
    void add(const CallSheetUnit *unit, QList<QrImage> codes)
    {
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            m_sheets[size_t(m_added)] = {unit, std::move(codes)};
            ++m_added;
        }
        m_changed.notify_all();
    }
    /// No more sheets come (all added, or the making stopped).
    void close()
    {
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            m_closed = true;
        }
        m_changed.notify_all();
    }
    /// Sheet `index` once it is added; false when the feed closed before it.
    bool take(int index, const CallSheetUnit **unit, QList<QrImage> *codes)
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        m_changed.wait(lock, [&] { return m_added > index || m_closed; });
        if (m_added <= index)
            return false;
        Sheet &sheet = m_sheets[size_t(index)];
        *unit = sheet.unit;
        *codes = std::move(sheet.codes);
        return true;
    }
    /// `count` sheets are painted.
    void painted(int count)
    {
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            m_painted = count;
        }
        m_changed.notify_all();
    }
    /// The painting ended (done, failed or cancelled): making more is useless.
    void paintingEnded()
    {
        m_stop = true;
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            m_paintingEnded = true;
        }
        m_changed.notify_all();
    }
    bool paintingStopped() const { return m_stop; }
    int paintedCount()
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        return m_painted;
    }
    /// Waits until more than `seen` sheets are painted or the painting ended;
    /// the sheets painted, and whether the painting ended.
    std::pair<int, bool> waitPainted(int seen)
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        m_changed.wait(lock, [&] { return m_painted > seen || m_paintingEnded; });
        return {m_painted, m_paintingEnded};
    }

private:
    struct Sheet
    {
        const CallSheetUnit *unit = nullptr;
        QList<QrImage> codes;
    };
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::vector<Sheet> m_sheets; ///< guarded by m_mutex, like the counts below
    int m_added = 0;
    bool m_closed = false;
    int m_painted = 0;
    bool m_paintingEnded = false;
    std::atomic_bool m_stop {false};
};

class CallSheetPainter
{
public:
    /// Paints the sheets `feed` hands out, with their codes from `book`; the
    /// period, shifts, roles and printing time come from `document`.
    CallSheetPainter(const CallSheetDocument &document, SheetFeed &feed, QrCodeBook &book,
                     QPagedPaintDevice *device, const ExportControl &control)
        : m_doc(document)
        , m_feed(feed)
        , m_book(book)
        , m_device(device)
        , m_layout(device)
        , m_control(control)
    {
    }

    Status run(int *pages);

private:
    void beginPage(const CallSheetUnit &unit, bool continued);
    void ensure(const CallSheetUnit &unit, qreal height);
    void sectionHeading(const CallSheetUnit &unit, const QString &text, qreal keepWith);
    void drawUnit(const CallSheetUnit &unit, const QList<QImage> &codes);
    void drawHotlines(const CallSheetUnit &unit);
    void drawOnDuty(const CallSheetUnit &unit);
    void drawOnDutyHeader();
    void drawEscalation(const CallSheetUnit &unit);
    void drawQrCodes(const CallSheetUnit &unit, const QList<QImage> &codes);
    qreal width() const { return m_right - m_left; }
    const QString &shownPhone(const QString &e164);
    QString firstPhone(const QList<PhoneEntry> &phones)
    {
        return phones.isEmpty() ? QString() : shownPhone(phones.first().e164);
    }
    const QString &tetLabel(const QDate &day);

    const CallSheetDocument &m_doc;
    SheetFeed &m_feed;
    QrCodeBook &m_book;
    QPagedPaintDevice *m_device;
    PdfLayout m_layout;
    const ExportControl &m_control;
    QPainter m_painter;
    qreal m_pageW = 0;
    qreal m_pageH = 0;
    qreal m_left = 0;
    qreal m_right = 0;
    qreal m_top = 0;
    qreal m_bottom = 0;
    qreal m_y = 0;
    int m_pages = 0;
    QList<qreal> m_colX;
    QList<qreal> m_colW;
    /// Formatting a number and finding a lunar date are dear and repeat on
    /// every sheet: each is done once.
    QHash<QString, QString> m_shownPhones;
    QHash<qint64, QString> m_tetLabels;
};

const QString &CallSheetPainter::shownPhone(const QString &e164)
{
    auto it = m_shownPhones.constFind(e164);
    if (it == m_shownPhones.cend())
        it = m_shownPhones.insert(e164, PhoneNumber::displayStored(e164));
    return it.value();
}

const QString &CallSheetPainter::tetLabel(const QDate &day)
{
    auto it = m_tetLabels.constFind(day.toJulianDay());
    if (it == m_tetLabels.cend())
        it = m_tetLabels.insert(day.toJulianDay(), DocumentTexts::tetLabel(day));
    return it.value();
}

Status CallSheetPainter::run(int *pages)
{
    const QRectF full = m_device->pageLayout().fullRectPoints();
    m_pageW = m_layout.pt(full.width());
    m_pageH = m_layout.pt(full.height());
    m_left = m_layout.mm(MarginLeft);
    m_right = m_pageW - m_layout.mm(MarginRight);
    m_top = m_layout.mm(MarginTop);
    m_bottom = m_pageH - m_layout.mm(MarginBottom);
    if (!m_painter.begin(m_device))
        return Error(Error::Code::Io, CallSheetPdf::tr("The call sheets could not be drawn."));
    m_painter.setPen(QPen(Qt::black, m_layout.pt(0.5)));

    // Table columns: day, shift, one per role.
    const qreal day = m_layout.mm(21);
    const qreal shift = m_layout.mm(19);
    const int roles = qMax(1, int(m_doc.roles.size()));
    const qreal role = (width() - day - shift) / roles;
    m_colW = {day, shift};
    for (int i = 0; i < roles; ++i)
        m_colW << role;
    qreal x = m_left;
    for (qreal w : std::as_const(m_colW)) {
        m_colX << x;
        x += w;
    }

    const int count = m_feed.count();
    for (int i = 0; i < count; ++i) {
        const CallSheetUnit *unit = nullptr;
        QList<QrImage> codes;
        if (m_control.cancelled() || !m_feed.take(i, &unit, &codes)) {
            m_control.abandoned();
            m_painter.end();
            return RosterData::cancelledError();
        }
        QList<QImage> images;
        images.reserve(codes.size());
        for (const QrImage &code : std::as_const(codes))
            images << m_book.image(code);
        if (i > 0)
            m_device->newPage();
        drawUnit(*unit, images);
        m_feed.painted(i + 1);
        m_control.report(i + 1, count);
    }
    if (count == 0)
        m_pages = 1; // an empty page rather than an unreadable file
    m_painter.end();
    if (pages)
        *pages = m_pages;
    return {};
}

void CallSheetPainter::beginPage(const CallSheetUnit &unit, bool continued)
{
    ++m_pages;
    m_y = m_top;
    // The "LƯU HÀNH NỘI BỘ" mark, boxed, top right; the period top left.
    const QFont markFont = PdfLayout::font(13, true);
    const QString mark = DocumentTexts::internalUseMark();
    const qreal markW = m_layout.textWidth(mark, markFont) + m_layout.mm(5);
    const qreal markH = m_layout.height({{mark, markFont}}, markW) + m_layout.mm(2);
    const QRectF box(m_right - markW, m_y, markW, markH);
    m_painter.save();
    m_painter.setPen(QPen(Qt::black, m_layout.pt(1)));
    m_painter.drawRect(box);
    m_painter.restore();
    m_layout.draw(m_painter, {{mark, markFont, Qt::AlignHCenter}},
                  QPointF(box.x(), box.y() + m_layout.mm(1)), box.width());
    QList<Paragraph> corner = {{m_doc.period.title, PdfLayout::font(10, true)},
                               {DocumentTexts::date(m_doc.period.firstDay) + QStringLiteral(" – ")
                                    + DocumentTexts::date(m_doc.period.lastDay),
                                PdfLayout::font(10)}};
    m_layout.draw(m_painter, corner, QPointF(m_left, m_y), width() - markW - m_layout.mm(5));

    // The printing date and page at the foot of every page.
    m_painter.save();
    m_painter.setFont(PdfLayout::font(9, false, true));
    m_painter.drawText(QRectF(m_left, m_bottom + m_layout.mm(3), width(), m_layout.mm(6)),
                       Qt::AlignLeft | Qt::AlignTop,
                       DocumentTexts::printedOn(m_doc.printedAt) + QStringLiteral(" · ")
                           + unit.roster.unit.name);
    m_painter.drawText(QRectF(m_left, m_bottom + m_layout.mm(3), width(), m_layout.mm(6)),
                       Qt::AlignRight | Qt::AlignTop, QString::number(m_pages));
    m_painter.restore();
    m_y += markH + m_layout.mm(3);

    if (continued) {
        m_y += m_layout.draw(
            m_painter,
            {{unit.roster.unit.name + QLatin1Char(' ') + DocumentTexts::continuation(),
              PdfLayout::font(12, true)}},
            QPointF(m_left, m_y), width());
        m_y += m_layout.mm(2);
    }
}

void CallSheetPainter::ensure(const CallSheetUnit &unit, qreal height)
{
    if (m_y + height <= m_bottom)
        return;
    m_device->newPage();
    beginPage(unit, true);
}

void CallSheetPainter::sectionHeading(const CallSheetUnit &unit, const QString &text,
                                      qreal keepWith)
{
    const QList<Paragraph> p = {{text.toUpper(), PdfLayout::font(12, true)}};
    const qreal h = m_layout.height(p, width()) + m_layout.mm(1.5);
    ensure(unit, h + keepWith + m_layout.mm(3));
    m_y += m_layout.mm(3);
    m_layout.draw(m_painter, p, QPointF(m_left, m_y), width());
    m_y += h;
    m_painter.save();
    m_painter.setPen(QPen(Qt::black, m_layout.pt(0.8)));
    m_painter.drawLine(QPointF(m_left, m_y - m_layout.mm(1)),
                       QPointF(m_right, m_y - m_layout.mm(1)));
    m_painter.restore();
    m_y += m_layout.mm(1);
}

void CallSheetPainter::drawUnit(const CallSheetUnit &unit, const QList<QImage> &codes)
{
    beginPage(unit, false);
    const QList<Paragraph> title = {
        {DocumentTexts::callSheetTitle(), PdfLayout::font(16, true), Qt::AlignHCenter},
        {unit.roster.unit.name, PdfLayout::font(18, true), Qt::AlignHCenter},
    };
    m_y += m_layout.draw(m_painter, title, QPointF(m_left, m_y), width());
    if (!unit.roster.unit.address.isEmpty())
        m_y += m_layout.draw(
            m_painter,
            {{unit.roster.unit.address, PdfLayout::font(10, false, true), Qt::AlignHCenter}},
            QPointF(m_left, m_y), width());
    drawHotlines(unit);
    drawOnDuty(unit);
    drawEscalation(unit);
    drawQrCodes(unit, codes);
}

void CallSheetPainter::drawHotlines(const CallSheetUnit &unit)
{
    if (unit.hotlines.isEmpty())
        return;
    // Two columns: label and hours small, the number large.
    const qreal colW = width() / 2;
    QList<QList<Paragraph>> cells;
    for (const Hotline &h : unit.hotlines) {
        QString label = h.label;
        if (!h.hours.isEmpty())
            label += QStringLiteral(" (") + h.hours + QLatin1Char(')');
        cells << QList<Paragraph> {
            {label, PdfLayout::font(10)},
            {shownPhone(h.number), PdfLayout::font(16, true), Qt::AlignLeft, 0, m_layout.mm(1.5)}};
    }
    qreal firstRow = 0;
    for (int i = 0; i < qMin<int>(2, int(cells.size())); ++i)
        firstRow = qMax(firstRow, m_layout.height(cells.at(i), colW - m_layout.mm(3)));
    sectionHeading(unit, DocumentTexts::hotlinesHeading(), firstRow);
    for (int i = 0; i < cells.size(); i += 2) {
        qreal h = m_layout.height(cells.at(i), colW - m_layout.mm(3));
        if (i + 1 < cells.size())
            h = qMax(h, m_layout.height(cells.at(i + 1), colW - m_layout.mm(3)));
        ensure(unit, h);
        m_layout.draw(m_painter, cells.at(i), QPointF(m_left, m_y), colW - m_layout.mm(3));
        if (i + 1 < cells.size())
            m_layout.draw(m_painter, cells.at(i + 1), QPointF(m_left + colW, m_y),
                          colW - m_layout.mm(3));
        m_y += h;
    }
}

void CallSheetPainter::drawOnDutyHeader()
{
    const QFont font = PdfLayout::font(10, true);
    QStringList titles = {DocumentTexts::columnDay(), DocumentTexts::columnShift()};
    for (const DutyRole &role : m_doc.roles)
        titles << role.name;
    const qreal pad = m_layout.mm(1);
    qreal h = 0;
    for (int c = 0; c < m_colW.size() && c < titles.size(); ++c)
        h = qMax(h,
                 m_layout.height({{titles.at(c), font, Qt::AlignHCenter}}, m_colW.at(c) - 2 * pad));
    h += 2 * pad;
    m_painter.save();
    m_painter.setBrush(QColor(230, 230, 230));
    for (int c = 0; c < m_colW.size(); ++c) {
        m_painter.drawRect(QRectF(m_colX.at(c), m_y, m_colW.at(c), h));
        if (c < titles.size())
            m_layout.draw(m_painter, {{titles.at(c), font, Qt::AlignHCenter}},
                          QPointF(m_colX.at(c) + pad, m_y + pad), m_colW.at(c) - 2 * pad);
    }
    m_painter.restore();
    m_y += h;
}

void CallSheetPainter::drawOnDuty(const CallSheetUnit &unit)
{
    const qreal pad = m_layout.mm(1);
    auto rowCells = [&](const RosterLine &line) {
        QList<QList<Paragraph>> cells;
        cells << QList<Paragraph> {
            {DocumentTexts::weekday(line.day), PdfLayout::font(10, true), Qt::AlignHCenter},
            {line.day.toString(QStringLiteral("dd/MM/yyyy")), PdfLayout::font(10),
             Qt::AlignHCenter}};
        const QString tet = tetLabel(line.day);
        if (!tet.isEmpty())
            cells.last() << Paragraph {tet, PdfLayout::font(9, false, true), Qt::AlignHCenter};
        const Shift &shift = m_doc.shifts.at(line.shiftIndex);
        cells << QList<Paragraph> {{shift.name, PdfLayout::font(10), Qt::AlignHCenter},
                                   {shift.start.toString(QStringLiteral("HH:mm"))
                                        + QStringLiteral("–")
                                        + shift.end.toString(QStringLiteral("HH:mm")),
                                    PdfLayout::font(9), Qt::AlignHCenter}};
        for (const QList<RosterHolder> &holders : line.holders) {
            QList<Paragraph> cell;
            for (const RosterHolder &h : holders) {
                cell << Paragraph {h.name, PdfLayout::font(10)};
                const QString phone = firstPhone(h.phones);
                if (!phone.isEmpty())
                    cell << Paragraph {phone, PdfLayout::font(14, true)};
            }
            if (cell.isEmpty())
                cell << Paragraph {DocumentTexts::nobodyOnDuty(), PdfLayout::font(9, false, true)};
            cells << cell;
        }
        return cells;
    };
    auto heightOf = [&](const QList<QList<Paragraph>> &cells) {
        qreal h = 0;
        for (int c = 0; c < cells.size() && c < m_colW.size(); ++c)
            h = qMax(h, m_layout.height(cells.at(c), m_colW.at(c) - 2 * pad));
        return h + 2 * pad;
    };
    if (unit.roster.lines.isEmpty())
        return;
    const qreal headerH = m_layout.mm(10);
    sectionHeading(unit, DocumentTexts::onDutyHeading(),
                   headerH + heightOf(rowCells(unit.roster.lines.first())));
    drawOnDutyHeader();
    for (const RosterLine &line : unit.roster.lines) {
        const QList<QList<Paragraph>> cells = rowCells(line);
        const qreal h = heightOf(cells);
        if (m_y + h > m_bottom) {
            ensure(unit, h + headerH);
            drawOnDutyHeader();
        }
        for (int c = 0; c < m_colW.size(); ++c) {
            m_painter.drawRect(QRectF(m_colX.at(c), m_y, m_colW.at(c), h));
            if (c < cells.size())
                m_layout.draw(m_painter, cells.at(c), QPointF(m_colX.at(c) + pad, m_y + pad),
                              m_colW.at(c) - 2 * pad);
        }
        m_y += h;
    }
}

void CallSheetPainter::drawEscalation(const CallSheetUnit &unit)
{
    if (unit.escalation.isEmpty())
        return;
    const qreal numberW = m_layout.mm(9);
    const qreal textW = width() - numberW;
    auto stepText = [&](const ResolvedStep &step) {
        QList<Paragraph> p;
        QString label = step.label;
        if (step.target == EscalationTarget::Role)
            label += QStringLiteral(" (") + DocumentTexts::roleStepNote() + QLatin1Char(')');
        p << Paragraph {label, PdfLayout::font(11, true)};
        if (step.target != EscalationTarget::Role) {
            for (const Contact &c : step.contacts) {
                QStringList phones;
                for (const QString &e164 : c.phones)
                    phones << shownPhone(e164);
                if (step.target == EscalationTarget::Person && !c.position.isEmpty())
                    p << Paragraph {c.position, PdfLayout::font(10, false, true)};
                if (!phones.isEmpty())
                    p << Paragraph {phones.join(QStringLiteral("   ")), PdfLayout::font(14, true)};
            }
        }
        if (!step.instruction.isEmpty())
            p << Paragraph {QStringLiteral("→ ") + step.instruction,
                            PdfLayout::font(10.5, false, true)};
        if (step.waitMinutes > 0)
            p << Paragraph {DocumentTexts::waitBeforeNext(step.waitMinutes), PdfLayout::font(9.5)};
        p.last().spaceAfter = m_layout.mm(2);
        return p;
    };
    sectionHeading(unit, DocumentTexts::escalationHeading(),
                   m_layout.height(stepText(unit.escalation.first()), textW));
    for (const ResolvedStep &step : unit.escalation) {
        const QList<Paragraph> text = stepText(step);
        const qreal h = m_layout.height(text, textW);
        ensure(unit, h);
        // The step number in a circle.
        const qreal d = m_layout.mm(6.5);
        const QRectF circle(m_left, m_y, d, d);
        m_painter.save();
        m_painter.setPen(QPen(Qt::black, m_layout.pt(0.8)));
        m_painter.drawEllipse(circle);
        m_painter.setFont(PdfLayout::font(11, true));
        m_painter.drawText(circle, Qt::AlignCenter, QString::number(step.order));
        m_painter.restore();
        m_layout.draw(m_painter, text, QPointF(m_left + numberW, m_y), textW);
        m_y += h;
    }
}

void CallSheetPainter::drawQrCodes(const CallSheetUnit &unit, const QList<QImage> &codes)
{
    if (unit.qrContacts.isEmpty())
        return;
    const qreal cellW = m_layout.mm(32);
    const qreal qrSide = m_layout.mm(26);
    const int perRow = qMax(1, int(width() / cellW));
    const qreal gapX = (width() - perRow * cellW) / qMax(1, perRow - 1);
    auto caption = [&](const VCardContact &c) {
        return QList<Paragraph> {{c.fullName, PdfLayout::font(8.5, true), Qt::AlignHCenter},
                                 {firstPhone(c.phones), PdfLayout::font(8.5), Qt::AlignHCenter}};
    };
    qreal captionH = 0;
    for (const VCardContact &c : unit.qrContacts)
        captionH = qMax(captionH, m_layout.height(caption(c), cellW));
    const qreal rowH = qrSide + captionH + m_layout.mm(2);
    sectionHeading(unit, DocumentTexts::qrHeading(), rowH);
    for (int i = 0; i < unit.qrContacts.size(); i += perRow) {
        ensure(unit, rowH);
        for (int j = 0; j < perRow && i + j < unit.qrContacts.size(); ++j) {
            const VCardContact &c = unit.qrContacts.at(i + j);
            const qreal x = m_left + j * (cellW + gapX);
            QrCode::drawImage(m_painter, codes.at(i + j),
                              QRectF(x + (cellW - qrSide) / 2, m_y, qrSide, qrSide));
            m_layout.draw(m_painter, caption(c), QPointF(x, m_y + qrSide), cellW);
        }
        m_y += rowH;
    }
}

} // namespace

QString CallSheetPdf::documentTitle(const CallSheetDocument &document)
{
    return DocumentTexts::callSheetTitle() + QStringLiteral(" – ") + document.period.title;
}

QPageLayout CallSheetPdf::pageLayout()
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0),
                       QPageLayout::Millimeter);
}

namespace {

/// Reads what the sheets show, unit after unit: the roster first, then for
/// each unit its chain, hotlines and QR contacts.
class CallSheetReader
{
public:
    explicit CallSheetReader(Database &db)
        : m_directory(db)
        , m_resolver(db)
        , m_db(db)
    {
    }

    /// The period, shifts, roles and printing time in `document`, and the
    /// roster of each unit in `blocks`.
    Status begin(Id periodId, Id unitId, const ExportControl &control, CallSheetDocument *document,
                 QList<RosterUnitBlock> *blocks)
    {
        Result<RosterDocument> roster = RosterData::load(m_db, periodId, unitId, NoId, control);
        if (!roster)
            return roster.error();
        document->period = roster->period;
        document->shifts = roster->shifts;
        document->roles = roster->roles;
        document->printedAt = QDateTime::currentDateTime();
        *blocks = std::move(roster.value().units);

        const Result<QList<Unit>> units = m_directory.units();
        if (!units)
            return units.error();
        for (const Unit &u : units.value())
            m_unitNames.insert(u.id, u.name);
        // The chain is resolved at the start of the period's first shift: its
        // structure, the people and hotlines it names; role steps are printed
        // as "whoever is on duty", since their holder changes with every shift.
        m_at = QDateTime(document->period.firstDay,
                         document->shifts.isEmpty() ? QTime(8, 0) : document->shifts.first().start)
                   .addSecs(60);
        return {};
    }

    Result<CallSheetUnit> read(const RosterUnitBlock &block)
    {
        CallSheetUnit sheet;
        sheet.roster = block;
        const Result<DutyAnswer> answer = m_resolver.resolve(block.unit.id, m_at);
        if (!answer)
            return answer.error();
        sheet.escalation = answer->escalation;
        sheet.hotlines = answer->hotlines;

        QSet<QString> seen;
        auto addContact = [&](const VCardContact &c) {
            const QString key = c.fullName + QLatin1Char('|')
                + (c.phones.isEmpty() ? QString() : c.phones.first().e164);
            if (c.fullName.isEmpty() || c.phones.isEmpty() || seen.contains(key))
                return;
            seen.insert(key);
            sheet.qrContacts << c;
        };
        for (const RosterLine &line : block.lines) {
            for (const QList<RosterHolder> &holders : line.holders) {
                for (const RosterHolder &h : holders) {
                    VCardContact c;
                    c.fullName = h.name;
                    c.position = h.position;
                    c.organisation = m_unitNames.value(h.unitId == NoId ? block.unit.id : h.unitId);
                    c.phones = h.phones;
                    c.email = h.email;
                    addContact(c);
                }
            }
        }
        for (const ResolvedStep &step : std::as_const(sheet.escalation)) {
            if (step.target != EscalationTarget::Person)
                continue;
            for (const Contact &contact : step.contacts) {
                if (contact.personId == NoId)
                    continue;
                if (!m_people.contains(contact.personId)) {
                    const Result<Person> p = m_directory.person(contact.personId);
                    if (!p)
                        return p.error();
                    m_people.insert(p->id, p.value());
                }
                const Person &p = m_people[contact.personId];
                addContact(VCard::fromPerson(p, m_unitNames.value(p.unitId)));
            }
        }
        return sheet;
    }

private:
    DirectoryStore m_directory;
    DutyResolver m_resolver;
    Database &m_db;
    QHash<Id, QString> m_unitNames;
    QHash<Id, Person> m_people;
    QDateTime m_at;
};

QPdfWriter *setUpWriter(QPdfWriter &writer, const CallSheetDocument &document)
{
    writer.setResolution(1200);
    writer.setPageLayout(CallSheetPdf::pageLayout());
    writer.setTitle(CallSheetPdf::documentTitle(document));
    writer.setCreator(QStringLiteral("DutyDesk %1").arg(QStringLiteral(DUTYDESK_VERSION)));
    return &writer;
}

} // namespace

Result<CallSheetDocument> CallSheetPdf::load(Database &db, Id periodId, Id unitId,
                                             const ExportControl &control)
{
    CallSheetReader reader(db);
    CallSheetDocument doc;
    QList<RosterUnitBlock> blocks;
    if (const Status s = reader.begin(periodId, unitId, control, &doc, &blocks); !s)
        return s.error();
    for (const RosterUnitBlock &block : std::as_const(blocks)) {
        if (control.cancelled())
            return RosterData::cancelledError();
        Result<CallSheetUnit> sheet = reader.read(block);
        if (!sheet)
            return sheet.error();
        doc.units << std::move(sheet.value());
    }
    return doc;
}

Status CallSheetPdf::paint(const CallSheetDocument &document, QPagedPaintDevice *device,
                           const ExportControl &control, int *pages)
{
    // The QR codes are queued on a second thread while the sheets are painted.
    SheetFeed feed(document.units.size());
    QrCodeBook book; // until the sheets are painted: codes still being made are wanted
    std::thread maker([&] {
        for (const CallSheetUnit &unit : document.units) {
            if (feed.paintingStopped() || control.cancelled())
                break;
            feed.add(&unit, book.codesFor(unit));
        }
        feed.close();
    });
    const Status status = CallSheetPainter(document, feed, book, device, control).run(pages);
    feed.paintingEnded();
    maker.join();
    return status;
}

Status CallSheetPdf::writePdf(const CallSheetDocument &document, QIODevice *out,
                              const ExportControl &control, int *pages)
{
    if (!out->isOpen() && !out->open(QIODevice::WriteOnly))
        return Error(Error::Code::Io, out->errorString());
    QPdfWriter writer(out);
    return paint(document, setUpWriter(writer, document), control, pages);
}

Result<CallSheetPdf::Written> CallSheetPdf::loadAndWritePdf(Database &db, Id periodId, Id unitId,
                                                            QIODevice *out,
                                                            const ExportControl &control)
{
    if (!out->isOpen() && !out->open(QIODevice::WriteOnly))
        return Error(Error::Code::Io, out->errorString());
    CallSheetReader reader(db);
    CallSheetDocument header;
    QList<RosterUnitBlock> blocks;
    if (const Status s = reader.begin(periodId, unitId, control, &header, &blocks); !s)
        return s.error();
    const int count = int(blocks.size());
    control.report(0, count);

    // This thread reads the units (the database is used on its thread only)
    // and queues their QR codes in the book; a second thread paints the
    // sheets read so far, each once its codes are made.
    // Progress is reported here, from what the painting thread has done.
    std::vector<CallSheetUnit> units(static_cast<size_t>(count));
    SheetFeed feed(count);
    ExportControl painting;
    painting.cancel = control.cancel;
    painting.abandon = control.abandon;
    Status painted;
    Written written;
    QrCodeBook book;
    std::thread painter([&] {
        QPdfWriter writer(out);
        painted = CallSheetPainter(header, feed, book, setUpWriter(writer, header), painting)
                      .run(&written.pages);
        feed.paintingEnded();
    });
    Status read;
    int reported = 0;
    auto report = [&](int done) {
        if (done > reported) {
            reported = done;
            control.report(done, count);
        }
    };
    for (int i = 0; i < count; ++i) {
        if (feed.paintingStopped() || control.cancelled())
            break;
        Result<CallSheetUnit> sheet = reader.read(blocks.at(i));
        if (!sheet) {
            read = sheet.error();
            break;
        }
        units[size_t(i)] = std::move(sheet.value());
        feed.add(&units[size_t(i)], book.codesFor(units[size_t(i)]));
        report(feed.paintedCount());
    }
    feed.close();
    for (;;) {
        const auto [done, ended] = feed.waitPainted(reported);
        report(done);
        if (ended)
            break;
    }
    painter.join();
    if (!read)
        return read.error();
    if (!painted)
        return painted.error();
    written.sheets = count;
    if (count > 0)
        written.firstUnit = units.front().roster.unit.name;
    return written;
}

} // namespace DutyDesk
