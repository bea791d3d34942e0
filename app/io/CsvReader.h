#pragma once

#include "ImportTable.h"
#include "LegacyEncoding.h"
#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>

namespace DutyDesk {

/// Reads a CSV or tab-separated text file as offices make them: Excel's
/// "CSV UTF-8" (with a byte order mark), plain CSV in UTF-8 or Windows-1258,
/// "Unicode text" (UTF-16 with a BOM, tab-separated), and text typed in TCVN3
/// or VNI. The separator (comma, semicolon, tab) is detected; quoting follows
/// RFC 4180. Bounded: oversized files, rows and fields are refused with a
/// message instead of filling the memory.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(DutyDesk::CsvReader)
public:
    struct Limits
    {
        qint64 maxFileBytes = 50LL * 1024 * 1024;
        int maxRows = 1000000;
        int maxFieldChars = 64 * 1024;
        int maxColumns = 16384;
    };

    /// Reads the file at `path`.
    static Result<ImportTable> readFile(const QString &path, const Limits &limits);
    static Result<ImportTable> readFile(const QString &path) { return readFile(path, Limits()); }

    /// Reads `bytes`; `fileName` is used in messages.
    static Result<ImportTable> read(const QByteArray &bytes, const QString &fileName,
                                    const Limits &limits);

    /// The text of `bytes` after the BOM (UTF-8, UTF-16 LE/BE) or the detected
    /// 8-bit encoding, as NFC; `encoding` receives the encoding's name.
    static QString decode(const QByteArray &bytes, QString *encoding = nullptr);

    /// The separator of `text`: the one of , ; and tab that splits the first
    /// lines (outside quotes) into the same, largest number of fields.
    static QChar detectDelimiter(const QString &text);
};

} // namespace DutyDesk
