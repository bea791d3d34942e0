#pragma once

#include "ImportTable.h"
#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace DutyDesk {

/// Reads the cells of one worksheet of an .xlsx file (libzip for the archive,
/// QXmlStreamReader for the XML) as text: shared and inline strings, numbers,
/// dates and times stored as serial numbers (shown dd/MM/yyyy and HH:mm),
/// merged cells (the value copied to the whole merged area), hidden and empty
/// rows left out. Text typed with a TCVN3 or VNI font is converted to Unicode.
///
/// Hostile files are refused, not followed: the uncompressed size of each part
/// is checked from the archive's directory and again while reading (a zip bomb
/// may lie in its directory), and rows, columns and cells are bounded.
class XlsxReader
{
    Q_DECLARE_TR_FUNCTIONS(DutyDesk::XlsxReader)
public:
    struct Limits
    {
        qint64 maxFileBytes = 100LL * 1024 * 1024;
        qint64 maxPartBytes = 200LL * 1024 * 1024; ///< one XML part, uncompressed
        qint64 maxTotalBytes = 400LL * 1024 * 1024; ///< all parts read, uncompressed
        int maxRows = 1000000;
        int maxColumns = 16384; ///< Excel's own limit (column XFD)
        qint64 maxCells = 5000000;
    };

    struct SheetInfo
    {
        QString name;
        bool hidden = false;
    };

    /// The worksheets of the workbook, in the order of its tabs.
    static Result<QList<SheetInfo>> sheets(const QString &path, const Limits &limits);
    static Result<QList<SheetInfo>> sheets(const QString &path) { return sheets(path, Limits()); }
    /// The worksheets of a workbook held in memory; `fileName` is used in messages.
    static Result<QList<SheetInfo>> sheets(const QByteArray &bytes, const QString &fileName,
                                           const Limits &limits);

    /// Reads one worksheet: `sheet` is its name (with or without diacritics)
    /// or its 1-based position; empty reads the first visible sheet.
    static Result<ImportTable> read(const QString &path, const QString &sheet,
                                    const Limits &limits);
    static Result<ImportTable> read(const QString &path, const QString &sheet = {})
    {
        return read(path, sheet, Limits());
    }
    /// Reads one worksheet of a workbook held in memory, as read() does;
    /// `fileName` is used in messages.
    static Result<ImportTable> read(const QByteArray &bytes, const QString &fileName,
                                    const QString &sheet, const Limits &limits);

    /// The day of an Excel serial number. The 1900 system counts 1 for
    /// 1/1/1900 and keeps Lotus 1-2-3's phantom 29/2/1900 (serial 60, which
    /// gives an invalid date); the 1904 system counts 0 for 1/1/1904.
    static QDate dateFromSerial(double serial, bool date1904 = false);
};

} // namespace DutyDesk
