#pragma once

#include "Result.h"
#include "RosterData.h"

#include <QCoreApplication>
#include <QPageLayout>

class QIODevice;
class QPagedPaintDevice;

namespace DutyDesk {

/// The official roster: a THÔNG BÁO in the layout of Decree 30/2020/NĐ-CP
/// (vietnam-facts.md §1): A4, margins top 20, bottom 20, left 30, right 15 mm,
/// Times New Roman (or its metric twin), the two-column header with its rules,
/// "Số: …" and the dated place line on one level, title and summary with its
/// rule, a short body, the roster table, Nơi nhận and the signature block.
///
/// The table is laid out by hand with QPainter: every row is measured first,
/// a row never splits across pages, the header row is repeated on every page,
/// and a unit's heading stays with its first row. The pages turn landscape
/// when the table has more than three role columns. Page numbers are centred
/// in the top margin from page 2.
class RosterPdf
{
    Q_DECLARE_TR_FUNCTIONS(DutyDesk::RosterPdf)
public:
    /// Role columns that still fit a portrait page.
    static constexpr int MaxPortraitRoles = 3;

    /// A4, the orientation the document needs, no device margins: the
    /// document draws its own Decree 30 margins.
    static QPageLayout pageLayout(const RosterDocument &document);
    /// The document's title (its PDF title, a print job's name).
    static QString documentTitle(const RosterDocument &document);

    /// Writes the roster as PDF into `out` (a QFile or QSaveFile, opened or
    /// not). `pages` receives the page count.
    static Status writePdf(const RosterDocument &document, QIODevice *out,
                           const ExportControl &control = {}, int *pages = nullptr);

    /// Paints the roster on any paged device whose page layout is already
    /// pageLayout(document): a QPdfWriter, or a QPrinter of a print preview
    /// (with QPrinter::setFullPage(true)).
    static Status paint(const RosterDocument &document, QPagedPaintDevice *device,
                        const ExportControl &control = {}, int *pages = nullptr);
};

} // namespace DutyDesk
