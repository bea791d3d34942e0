#include "PrintableDocument.h"

#include "RosterPdf.h"

namespace DutyDesk {

Result<PrintableDocument> PrintableDocument::load(Database &db, Kind kind, Id periodId, Id unitId,
                                                  const ExportControl &control)
{
    PrintableDocument document;
    document.m_kind = kind;
    if (kind == Kind::Roster) {
        Result<RosterDocument> roster = RosterData::load(db, periodId, unitId, NoId, control);
        if (!roster)
            return roster.error();
        document.m_roster = std::move(roster.value());
    } else {
        Result<CallSheetDocument> sheets = CallSheetPdf::load(db, periodId, unitId, control);
        if (!sheets)
            return sheets.error();
        document.m_sheets = std::move(sheets.value());
    }
    return document;
}

int PrintableDocument::unitCount() const
{
    return int(m_roster ? m_roster->units.size() : m_sheets ? m_sheets->units.size() : 0);
}

PrintableDocument PrintableDocument::firstUnits(int count) const
{
    PrintableDocument part = *this;
    if (part.m_roster)
        part.m_roster->units = m_roster->units.mid(0, count);
    if (part.m_sheets)
        part.m_sheets->units = m_sheets->units.mid(0, count);
    return part;
}

QPageLayout PrintableDocument::pageLayout() const
{
    return m_roster ? RosterPdf::pageLayout(*m_roster) : CallSheetPdf::pageLayout();
}

QString PrintableDocument::title() const
{
    if (m_roster)
        return RosterPdf::documentTitle(*m_roster);
    if (m_sheets)
        return CallSheetPdf::documentTitle(*m_sheets);
    return {};
}

Status PrintableDocument::paint(QPagedPaintDevice *device, const ExportControl &control,
                                int *pages) const
{
    if (m_roster)
        return RosterPdf::paint(*m_roster, device, control, pages);
    if (m_sheets)
        return CallSheetPdf::paint(*m_sheets, device, control, pages);
    return Error(Error::Code::Invalid, tr("There is nothing to print."));
}

} // namespace DutyDesk
