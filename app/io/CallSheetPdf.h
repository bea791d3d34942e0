#pragma once

#include "DutyResolver.h"
#include "RosterData.h"
#include "VCard.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QPageLayout>

class QIODevice;
class QPagedPaintDevice;

namespace DutyDesk {

/// What one unit's call sheet shows.
struct CallSheetUnit
{
    RosterUnitBlock roster; ///< who is on duty, day by day
    QList<ResolvedStep> escalation; ///< the unit's (or inherited) chain
    QList<Hotline> hotlines; ///< the unit's own, then the global ones
    QList<VCardContact> qrContacts; ///< one QR code each: duty people, chain people
};

struct CallSheetDocument
{
    DutyPeriod period;
    QList<Shift> shifts;
    QList<DutyRole> roles;
    QList<CallSheetUnit> units;
    QDateTime printedAt;
};

/// Call sheets for duty officers (DESIGN.md "Documents"): for each unit a page
/// (more when a long chain needs it) with the unit, its hotlines in large
/// type, who is on duty each day and shift with large numbers, the resolved
/// escalation chain as numbered steps with waits and instructions, a QR code
/// per contact holding a vCard 3.0 a phone can save, the "LƯU HÀNH NỘI BỘ"
/// mark (the sheet holds personal numbers) and the printing date. For many
/// units it is a book: each unit starts on a new page.
class CallSheetPdf
{
    Q_DECLARE_TR_FUNCTIONS(DutyDesk::CallSheetPdf)
public:
    /// Reads the sheets of one unit, or of every unit that staffs duty slots.
    static Result<CallSheetDocument> load(Database &db, Id periodId, Id unitId,
                                          const ExportControl &control = {});
    static QPageLayout pageLayout();
    /// The book's title (its PDF title, a print job's name).
    static QString documentTitle(const CallSheetDocument &document);
    static Status writePdf(const CallSheetDocument &document, QIODevice *out,
                           const ExportControl &control = {}, int *pages = nullptr);
    /// Paints on a paged device already set to pageLayout() (a QPrinter with
    /// setFullPage(true) for a print preview). Progress counts the sheets.
    static Status paint(const CallSheetDocument &document, QPagedPaintDevice *device,
                        const ExportControl &control = {}, int *pages = nullptr);

    /// What loadAndWritePdf() wrote.
    struct Written
    {
        int sheets = 0;
        int pages = 0;
        QString firstUnit; ///< the first sheet's unit
    };
    /// Reads the sheets as load() does and writes them as writePdf() does, at
    /// once: each sheet is painted on a second thread as soon as it is read,
    /// so that resolving the chains and painting overlap. Progress counts the
    /// sheets painted.
    static Result<Written> loadAndWritePdf(Database &db, Id periodId, Id unitId, QIODevice *out,
                                           const ExportControl &control = {});
};

} // namespace DutyDesk
