#include "RosterPdf.h"

#include "DocumentTexts.h"
#include "PdfLayout.h"
#include "PhoneNumber.h"

#include <QHash>
#include <QIODevice>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>

namespace DutyDesk {

namespace {

// Decree 30 margins (mm).
constexpr qreal MarginTop = 20;
constexpr qreal MarginBottom = 20;
constexpr qreal MarginLeft = 30;
constexpr qreal MarginRight = 15;

// Type sizes (pt), vietnam-facts.md §1.
constexpr qreal AgencyPt = 12.5;
constexpr qreal NationalTitlePt = 12;
constexpr qreal MottoPt = 13;
constexpr qreal NumberPt = 13;
constexpr qreal DatePt = 13;
constexpr qreal TitlePt = 14;
constexpr qreal BodyPt = 13;
constexpr qreal PageNumberPt = 13;
constexpr qreal SignerPt = 13;
constexpr qreal RecipientsHeadingPt = 12;
constexpr qreal RecipientsPt = 11;
// The table: smaller, as in every printed roster.
constexpr qreal TablePt = 11;
constexpr qreal TableSmallPt = 10;

/// One entry of the table: a group heading, a unit heading or a row.
struct TableItem
{
    enum class Kind { KindHeading, UnitHeading, Row } kind = Kind::Row;
    QString text;
    int block = -1;
    int line = -1;
};

class RosterPainter
{
public:
    RosterPainter(const RosterDocument &document, QPagedPaintDevice *device,
                  const ExportControl &control)
        : m_doc(document)
        , m_device(device)
        , m_layout(device)
        , m_control(control)
    {
    }

    Status run(int *pages);

private:
    void computeColumns();
    void newPage();
    qreal drawHeader();
    void drawTableHeader();
    QList<Paragraph> dayCell(const RosterLine &line) const;
    QList<Paragraph> shiftCell(const RosterLine &line) const;
    QList<Paragraph> roleCell(const QList<RosterHolder> &holders) const;
    QList<Paragraph> noteCell(const RosterLine &line) const;
    qreal rowHeight(const RosterLine &line) const;
    qreal headingHeight(const TableItem &item) const;
    void drawRow(const RosterLine &line, qreal height);
    void drawHeading(const TableItem &item, qreal height);
    void closeDaySpan();
    void drawClosing();
    QList<TableItem> tableItems() const;
    qreal cellWidth(int column) const { return m_colW.at(column) - 2 * m_padX; }
    const QString &shownPhone(const QString &e164) const;
    const QString &tetLabel(const QDate &day) const;

    const RosterDocument &m_doc;
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
    int m_page = 1;
    qreal m_padX = 0;
    qreal m_padY = 0;
    QList<qreal> m_colX;
    QList<qreal> m_colW;

    // The open "Ngày/Thứ" cell spanning the shifts of one day on this page.
    bool m_spanOpen = false;
    qreal m_spanTop = 0;
    QList<Paragraph> m_spanText;
    QDate m_spanDay;
    int m_spanBlock = -1;

    // Formatting a number and finding a lunar date are dear, and every row is
    // measured before it is drawn: each is done once.
    mutable QHash<QString, QString> m_shownPhones;
    mutable QHash<qint64, QString> m_tetLabels;
};

const QString &RosterPainter::shownPhone(const QString &e164) const
{
    auto it = m_shownPhones.constFind(e164);
    if (it == m_shownPhones.cend())
        it = m_shownPhones.insert(e164, PhoneNumber::displayStored(e164));
    return it.value();
}

const QString &RosterPainter::tetLabel(const QDate &day) const
{
    auto it = m_tetLabels.constFind(day.toJulianDay());
    if (it == m_tetLabels.cend())
        it = m_tetLabels.insert(day.toJulianDay(), DocumentTexts::tetLabel(day));
    return it.value();
}

Status RosterPainter::run(int *pages)
{
    const QPageLayout layout = m_device->pageLayout();
    const QRectF full = layout.fullRectPoints();
    m_pageW = m_layout.pt(full.width());
    m_pageH = m_layout.pt(full.height());
    m_left = m_layout.mm(MarginLeft);
    m_right = m_pageW - m_layout.mm(MarginRight);
    m_top = m_layout.mm(MarginTop);
    m_bottom = m_pageH - m_layout.mm(MarginBottom);
    m_padX = m_layout.mm(1.5);
    m_padY = m_layout.mm(1.0);

    if (!m_painter.begin(m_device))
        return Error(Error::Code::Io, RosterPdf::tr("The roster could not be drawn."));
    m_painter.setPen(QPen(Qt::black, m_layout.pt(0.5)));
    computeColumns();
    m_y = m_top;
    m_y += drawHeader();

    const QList<TableItem> items = tableItems();
    drawTableHeader();
    int done = 0;
    for (int i = 0; i < items.size(); ++i) {
        const TableItem &item = items.at(i);
        if (m_control.cancelled()) {
            m_control.abandoned();
            m_painter.end();
            return RosterData::cancelledError();
        }
        if (item.kind == TableItem::Kind::Row) {
            const RosterLine &line = m_doc.units.at(item.block).lines.at(item.line);
            const qreal h = rowHeight(line);
            if (m_y + h > m_bottom) {
                closeDaySpan();
                newPage();
                drawTableHeader();
            }
            const bool sameDay = m_spanOpen && m_spanDay == line.day && m_spanBlock == item.block;
            if (!sameDay) {
                closeDaySpan();
                m_spanOpen = true;
                m_spanTop = m_y;
                m_spanText = dayCell(line);
                m_spanDay = line.day;
                m_spanBlock = item.block;
            }
            drawRow(line, h);
            ++done;
            if (done % 50 == 0)
                m_control.report(done, int(items.size()));
        } else {
            // A heading keeps with the first row that follows it.
            qreal need = headingHeight(item);
            for (int j = i + 1; j < items.size(); ++j) {
                const TableItem &next = items.at(j);
                if (next.kind == TableItem::Kind::Row) {
                    need += rowHeight(m_doc.units.at(next.block).lines.at(next.line));
                    break;
                }
                need += headingHeight(next);
            }
            closeDaySpan();
            if (m_y + need > m_bottom) {
                newPage();
                drawTableHeader();
            }
            drawHeading(item, headingHeight(item));
        }
    }
    closeDaySpan();
    drawClosing();
    m_painter.end();
    m_control.report(int(items.size()), int(items.size()));
    if (pages)
        *pages = m_page;
    return {};
}

void RosterPainter::computeColumns()
{
    const qreal width = m_right - m_left;
    const qreal day = m_layout.mm(27);
    const qreal shift = m_layout.mm(23);
    const qreal note = m_layout.mm(m_doc.roles.size() > RosterPdf::MaxPortraitRoles ? 30 : 22);
    const int roles = qMax(1, int(m_doc.roles.size()));
    const qreal role = (width - day - shift - note) / roles;
    m_colW = {day, shift};
    for (int i = 0; i < m_doc.roles.size(); ++i)
        m_colW << role;
    if (m_doc.roles.isEmpty())
        m_colW << role;
    m_colW << note;
    qreal x = m_left;
    for (qreal w : std::as_const(m_colW)) {
        m_colX << x;
        x += w;
    }
}

void RosterPainter::newPage()
{
    m_device->newPage();
    ++m_page;
    m_y = m_top;
    // Page numbers: centred in the top margin, from page 2 on.
    m_painter.save();
    m_painter.setFont(PdfLayout::font(PageNumberPt));
    m_painter.drawText(QRectF(m_left, m_layout.mm(8), m_right - m_left, m_layout.mm(9)),
                       Qt::AlignHCenter | Qt::AlignVCenter, QString::number(m_page));
    m_painter.restore();
}

qreal RosterPainter::drawHeader()
{
    const OrganisationSettings &org = m_doc.organisation;
    const qreal width = m_right - m_left;
    const qreal leftW = width * 0.42;
    const qreal rightW = width - leftW;
    const qreal leftX = m_left;
    const qreal rightX = m_left + leftW;
    const qreal top = m_top;

    // Left: the agencies, the issuing one with a short centred rule.
    const QFont parentFont = PdfLayout::font(AgencyPt);
    const QFont issuerFont = PdfLayout::font(AgencyPt, true);
    QList<Paragraph> agencies;
    if (!org.parentAgency.isEmpty())
        agencies << Paragraph {org.parentAgency.toUpper(), parentFont, Qt::AlignHCenter};
    agencies << Paragraph {org.issuingAgency.toUpper(), issuerFont, Qt::AlignHCenter};
    qreal leftH = m_layout.draw(m_painter, agencies, QPointF(leftX, top), leftW);
    const qreal issuerWidth
        = qMin(leftW, m_layout.textWidth(org.issuingAgency.toUpper(), issuerFont));
    leftH += m_layout.pt(2);
    m_layout.rule(m_painter, leftX + leftW / 2, top + leftH, issuerWidth / 3);

    // Right: Quốc hiệu, Tiêu ngữ with a rule as long as the text.
    const QFont motto = PdfLayout::font(MottoPt, true);
    const QList<Paragraph> national = {
        {DocumentTexts::nationalTitle(), PdfLayout::font(NationalTitlePt, true), Qt::AlignHCenter},
        {DocumentTexts::nationalMotto(), motto, Qt::AlignHCenter},
    };
    qreal rightH = m_layout.draw(m_painter, national, QPointF(rightX, top), rightW);
    rightH += m_layout.pt(2);
    m_layout.rule(m_painter, rightX + rightW / 2, top + rightH,
                  m_layout.textWidth(DocumentTexts::nationalMotto(), motto));

    // "Số: …" and the dated place line on one level.
    const qreal lineY = top + qMax(leftH, rightH) + m_layout.mm(4);
    const QList<Paragraph> number
        = {{DocumentTexts::numberLine(m_doc.period.documentNumber, org.documentSymbol),
            PdfLayout::font(NumberPt), Qt::AlignHCenter}};
    const QList<Paragraph> dated
        = {{DocumentTexts::datedPlaceLine(org.placeName, m_doc.period.documentDate),
            PdfLayout::font(DatePt, false, true), Qt::AlignHCenter}};
    const qreal numberH = m_layout.draw(m_painter, number, QPointF(leftX, lineY), leftW);
    const qreal datedH = m_layout.draw(m_painter, dated, QPointF(rightX, lineY), rightW);

    // Title, summary and its rule.
    qreal y = lineY + qMax(numberH, datedH) + m_layout.mm(8);
    const QFont titleFont = PdfLayout::font(TitlePt, true);
    QList<Paragraph> title = {
        {DocumentTexts::documentType(), titleFont, Qt::AlignHCenter},
        {DocumentTexts::rosterSummary(m_doc.period.title), titleFont, Qt::AlignHCenter},
    };
    if (!m_doc.consolidated && !m_doc.units.isEmpty())
        title << Paragraph {m_doc.units.first().unit.name, titleFont, Qt::AlignHCenter};
    y += m_layout.draw(m_painter, title, QPointF(m_left, y), width);
    const QString summary = DocumentTexts::rosterSummary(m_doc.period.title);
    const qreal summaryW = qMin(width, m_layout.textWidth(summary, titleFont));
    y += m_layout.pt(3);
    m_layout.rule(m_painter, m_left + width / 2, y, summaryW / 3);
    y += m_layout.mm(5);

    // A short body introducing the table.
    const QString unitName
        = m_doc.consolidated || m_doc.units.isEmpty() ? QString() : m_doc.units.first().unit.name;
    const QList<Paragraph> body
        = {{DocumentTexts::rosterBody(m_doc.issuerName, m_doc.period.title, unitName),
            PdfLayout::font(BodyPt), Qt::AlignJustify, m_layout.mm(12.7), m_layout.pt(6)}};
    y += m_layout.draw(m_painter, body, QPointF(m_left, y), width);
    return y - m_top;
}

void RosterPainter::drawTableHeader()
{
    const QFont font = PdfLayout::font(TablePt, true);
    QStringList titles = {DocumentTexts::columnDay(), DocumentTexts::columnShift()};
    for (const DutyRole &role : m_doc.roles)
        titles << role.name;
    if (m_doc.roles.isEmpty())
        titles << QString();
    titles << DocumentTexts::columnNote();
    qreal h = 0;
    for (int c = 0; c < titles.size(); ++c)
        h = qMax(h, m_layout.height({{titles.at(c), font, Qt::AlignHCenter}}, cellWidth(c)));
    h += 2 * m_padY;
    for (int c = 0; c < titles.size(); ++c) {
        const QRectF cell(m_colX.at(c), m_y, m_colW.at(c), h);
        m_painter.drawRect(cell);
        const QList<Paragraph> text = {{titles.at(c), font, Qt::AlignHCenter}};
        const qreal th = m_layout.height(text, cellWidth(c));
        m_layout.draw(m_painter, text, QPointF(cell.x() + m_padX, m_y + (h - th) / 2),
                      cellWidth(c));
    }
    m_y += h;
}

QList<Paragraph> RosterPainter::dayCell(const RosterLine &line) const
{
    QList<Paragraph> p = {
        {DocumentTexts::weekday(line.day), PdfLayout::font(TablePt, true), Qt::AlignHCenter},
        {DocumentTexts::date(line.day), PdfLayout::font(TablePt), Qt::AlignHCenter},
    };
    const QString &tet = tetLabel(line.day);
    if (!tet.isEmpty())
        p << Paragraph {QLatin1Char('(') + tet + QLatin1Char(')'),
                        PdfLayout::font(TableSmallPt, false, true), Qt::AlignHCenter};
    return p;
}

QList<Paragraph> RosterPainter::shiftCell(const RosterLine &line) const
{
    const Shift &shift = m_doc.shifts.at(line.shiftIndex);
    return {
        {shift.name, PdfLayout::font(TablePt), Qt::AlignHCenter},
        {QStringLiteral("%1 – %2").arg(shift.start.toString(QStringLiteral("HH:mm")),
                                       shift.end.toString(QStringLiteral("HH:mm"))),
         PdfLayout::font(TableSmallPt), Qt::AlignHCenter},
    };
}

QList<Paragraph> RosterPainter::roleCell(const QList<RosterHolder> &holders) const
{
    QList<Paragraph> p;
    for (int i = 0; i < holders.size(); ++i) {
        const RosterHolder &h = holders.at(i);
        const bool last = i == holders.size() - 1;
        p << Paragraph {h.name, PdfLayout::font(TablePt, true)};
        if (!h.position.isEmpty())
            p << Paragraph {h.position, PdfLayout::font(TableSmallPt, false, true)};
        QStringList phones;
        for (const PhoneEntry &phone : h.phones)
            phones << shownPhone(phone.e164);
        // Two numbers at most: the table is for reading, the call sheet for calling.
        if (phones.size() > 2)
            phones = phones.mid(0, 2);
        for (const QString &phone : std::as_const(phones))
            p << Paragraph {phone, PdfLayout::font(TablePt)};
        if (!last)
            p.last().spaceAfter = m_layout.pt(4);
    }
    return p;
}

QList<Paragraph> RosterPainter::noteCell(const RosterLine &line) const
{
    if (line.notes.isEmpty())
        return {};
    return {{line.notes.join(QStringLiteral("; ")), PdfLayout::font(TableSmallPt)}};
}

qreal RosterPainter::rowHeight(const RosterLine &line) const
{
    qreal h = m_layout.height(dayCell(line), cellWidth(0));
    h = qMax(h, m_layout.height(shiftCell(line), cellWidth(1)));
    for (int r = 0; r < line.holders.size(); ++r)
        h = qMax(h, m_layout.height(roleCell(line.holders.at(r)), cellWidth(2 + r)));
    h = qMax(h, m_layout.height(noteCell(line), cellWidth(int(m_colW.size()) - 1)));
    return h + 2 * m_padY;
}

qreal RosterPainter::headingHeight(const TableItem &item) const
{
    const QFont font = PdfLayout::font(TablePt, true, item.kind == TableItem::Kind::UnitHeading);
    return m_layout.height({{item.text, font}}, m_right - m_left - 2 * m_padX) + 2 * m_padY;
}

void RosterPainter::drawRow(const RosterLine &line, qreal height)
{
    // The day column is drawn when its span closes; here the other columns.
    for (int c = 1; c < m_colW.size(); ++c) {
        const QRectF cell(m_colX.at(c), m_y, m_colW.at(c), height);
        m_painter.drawRect(cell);
        QList<Paragraph> text;
        if (c == 1)
            text = shiftCell(line);
        else if (c == m_colW.size() - 1)
            text = noteCell(line);
        else if (c - 2 < line.holders.size())
            text = roleCell(line.holders.at(c - 2));
        m_layout.draw(m_painter, text, QPointF(cell.x() + m_padX, m_y + m_padY), cellWidth(c));
    }
    m_y += height;
}

void RosterPainter::closeDaySpan()
{
    if (!m_spanOpen)
        return;
    const QRectF cell(m_colX.at(0), m_spanTop, m_colW.at(0), m_y - m_spanTop);
    m_painter.drawRect(cell);
    m_layout.draw(m_painter, m_spanText, QPointF(cell.x() + m_padX, m_spanTop + m_padY),
                  cellWidth(0));
    m_spanOpen = false;
}

void RosterPainter::drawHeading(const TableItem &item, qreal height)
{
    const QFont font = PdfLayout::font(TablePt, true, item.kind == TableItem::Kind::UnitHeading);
    const QRectF cell(m_left, m_y, m_right - m_left, height);
    m_painter.drawRect(cell);
    m_layout.draw(m_painter, {{item.text, font}}, QPointF(m_left + m_padX, m_y + m_padY),
                  m_right - m_left - 2 * m_padX);
    m_y += height;
}

QList<TableItem> RosterPainter::tableItems() const
{
    QList<TableItem> items;
    bool first = true;
    UnitKind kind = UnitKind::Department;
    int group = 0;
    int unitNumber = 0;
    for (int b = 0; b < m_doc.units.size(); ++b) {
        const RosterUnitBlock &block = m_doc.units.at(b);
        if (m_doc.consolidated) {
            if (first || block.unit.kind != kind) {
                kind = block.unit.kind;
                unitNumber = 0;
                items << TableItem {TableItem::Kind::KindHeading,
                                    DocumentTexts::romanNumeral(++group) + QStringLiteral(". ")
                                        + DocumentTexts::unitKindGroup(kind).toUpper()};
            }
            items << TableItem {TableItem::Kind::UnitHeading,
                                QStringLiteral("%1. %2").arg(++unitNumber).arg(block.unit.name), b};
            first = false;
        }
        for (int l = 0; l < block.lines.size(); ++l)
            items << TableItem {TableItem::Kind::Row, {}, b, l};
    }
    return items;
}

void RosterPainter::drawClosing()
{
    const OrganisationSettings &org = m_doc.organisation;
    const qreal width = m_right - m_left;
    const qreal leftW = width * 0.45;
    const qreal rightW = width - leftW;

    QList<Paragraph> recipients
        = {{DocumentTexts::recipientsHeading(), PdfLayout::font(RecipientsHeadingPt, true, true)}};
    for (int i = 0; i < org.recipients.size(); ++i)
        recipients << Paragraph {
            DocumentTexts::recipientLine(org.recipients.at(i), i == org.recipients.size() - 1),
            PdfLayout::font(RecipientsPt)};
    QList<Paragraph> signer;
    const QFont signerFont = PdfLayout::font(SignerPt, true);
    if (!org.signerAuthority.isEmpty())
        signer << Paragraph {org.signerAuthority.toUpper(), signerFont, Qt::AlignHCenter};
    if (!org.signerTitle.isEmpty())
        signer << Paragraph {org.signerTitle.toUpper(), signerFont, Qt::AlignHCenter};
    // Room for the signature and the seal.
    if (!signer.isEmpty())
        signer.last().spaceAfter = m_layout.mm(24);
    signer << Paragraph {org.signerName, signerFont, Qt::AlignHCenter};

    const qreal gap = m_layout.mm(6);
    const qreal h = qMax(m_layout.height(recipients, leftW), m_layout.height(signer, rightW));
    if (m_y + gap + h > m_bottom)
        newPage();
    else
        m_y += gap;
    m_layout.draw(m_painter, recipients, QPointF(m_left, m_y), leftW);
    m_layout.draw(m_painter, signer, QPointF(m_left + leftW, m_y), rightW);
    m_y += h;
}

} // namespace

QPageLayout RosterPdf::pageLayout(const RosterDocument &document)
{
    const QPageLayout::Orientation orientation
        = document.roles.size() > MaxPortraitRoles ? QPageLayout::Landscape : QPageLayout::Portrait;
    return QPageLayout(QPageSize(QPageSize::A4), orientation, QMarginsF(0, 0, 0, 0),
                       QPageLayout::Millimeter);
}

Status RosterPdf::paint(const RosterDocument &document, QPagedPaintDevice *device,
                        const ExportControl &control, int *pages)
{
    return RosterPainter(document, device, control).run(pages);
}

QString RosterPdf::documentTitle(const RosterDocument &document)
{
    return DocumentTexts::rosterSummary(document.period.title);
}

Status RosterPdf::writePdf(const RosterDocument &document, QIODevice *out,
                           const ExportControl &control, int *pages)
{
    if (!out->isOpen() && !out->open(QIODevice::WriteOnly))
        return Error(Error::Code::Io, out->errorString());
    QPdfWriter writer(out);
    writer.setResolution(1200);
    writer.setPageLayout(pageLayout(document));
    writer.setTitle(documentTitle(document));
    writer.setCreator(QStringLiteral("DutyDesk %1").arg(QStringLiteral(DUTYDESK_VERSION)));
    return paint(document, &writer, control, pages);
}

} // namespace DutyDesk
