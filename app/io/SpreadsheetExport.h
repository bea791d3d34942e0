#pragma once

#include "Database.h"
#include "Domain.h"
#include "Result.h"
#include "RosterData.h"

#include <QChar>
#include <QCoreApplication>
#include <QHash>
#include <QStringList>

class QIODevice;

namespace DutyDesk {

/// The people of the directory as a list for files (contacts export).
struct ContactList
{
    QString title; ///< "DANH BẠ CÁN BỘ – <unit>" or for everybody
    OrganisationSettings organisation;
    QList<Unit> units; ///< the units listed, in directory order
    QList<Person> people; ///< by unit (in `units` order), then by given name
    QHash<Id, QString> unitNames;

    /// Reads the people of one unit, or of every unit for NoId.
    static Result<ContactList> load(Database &db, Id unitId);
};

/// Rosters and contacts as spreadsheets (XLSX through libxlsxwriter) and CSV.
///
/// The roster table has one row per duty slot held (unit, date, weekday,
/// lunar date during Tết, shift, hours, role, name, position, phones, note),
/// the shape a spreadsheet filters and sorts best. Every text goes through
/// CellText::neutralised() (formula neutralisation). CSV: UTF-8 with a BOM,
/// RFC 4180 quoting, CRLF, dates as ISO 8601 (yyyy-MM-dd, which Excel reads
/// in every locale). XLSX: the organisation's header rows, a filter button per
/// column, column widths, the header frozen, dates as date cells. Contacts
/// are a worksheet table written by libxlsxwriter; rosters, which reach half
/// a million rows nationally, are streamed by XlsxStreamWriter under a header
/// row styled like that table, with an autofilter.
class SpreadsheetExport
{
    Q_DECLARE_TR_FUNCTIONS(DutyDesk::SpreadsheetExport)
public:
    /// The rows of a roster table, as texts (the date in ISO form).
    static QList<QStringList> rosterRows(const RosterDocument &document);
    static QList<QStringList> contactRows(const ContactList &contacts);

    static Status writeRosterCsv(const RosterDocument &document, QIODevice *out,
                                 QChar delimiter = QLatin1Char(','));
    static Status writeContactsCsv(const ContactList &contacts, QIODevice *out,
                                   QChar delimiter = QLatin1Char(','));
    /// libxlsxwriter writes to a file name: `path` is written in place
    /// (the Exporter gives it a temporary name and renames it when done).
    /// `control` gets the rows written and may stop before the file is closed.
    static Status writeRosterXlsx(const RosterDocument &document, const QString &path,
                                  const ExportControl &control = {});
    static Status writeContactsXlsx(const ContactList &contacts, const QString &path);
};

} // namespace DutyDesk
