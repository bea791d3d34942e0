#pragma once

#include "CallSheetPdf.h"
#include "RosterData.h"

#include <QCoreApplication>
#include <QPageLayout>

#include <optional>

class QPagedPaintDevice;

namespace DutyDesk {

/// A roster or a book of call sheets loaded to be printed: what the print
/// preview shows (its first units) and what goes to the printer. Loading and
/// printing a whole province take seconds, so both run on a worker thread;
/// the preview, painted on the window's thread, shows a few units only.
class PrintableDocument
{
    Q_DECLARE_TR_FUNCTIONS(DutyDesk::PrintableDocument)
public:
    enum class Kind { Roster, CallSheet };

    /// Reads the period's document for `unitId` (NoId: all units).
    static Result<PrintableDocument> load(Database &db, Kind kind, Id periodId, Id unitId,
                                          const ExportControl &control = {});

    Kind kind() const { return m_kind; }
    /// The units (roster blocks or sheets) in the document.
    int unitCount() const;
    /// The same document with its first `count` units only.
    PrintableDocument firstUnits(int count) const;
    /// The page layout the document is drawn on (for the printer).
    QPageLayout pageLayout() const;
    /// "Roster" or "Call sheet" and the period's title, for a print job.
    QString title() const;
    /// Paints every page on `device`, already set to pageLayout(). A
    /// cancelled paint calls `control.abandon` before it ends the device.
    Status paint(QPagedPaintDevice *device, const ExportControl &control = {},
                 int *pages = nullptr) const;

private:
    Kind m_kind = Kind::Roster;
    std::optional<RosterDocument> m_roster;
    std::optional<CallSheetDocument> m_sheets;
};

} // namespace DutyDesk
