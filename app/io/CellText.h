#pragma once

#include <QByteArray>
#include <QChar>
#include <QString>
#include <QStringList>

namespace DutyDesk {

/// Text put into spreadsheet cells and CSV fields.
///
/// Formula neutralisation: a text starting with = + - @, a tab or a carriage
/// return could be run as a formula by Excel or LibreOffice ("CSV
/// injection"). Such a text gets a leading apostrophe ('=1+1). We chose the
/// apostrophe (OWASP's advice) because it is visible, so nothing is silently
/// changed, spreadsheets hide it when typed by hand, and it survives being
/// saved again as CSV by another program. The same rule applies to XLSX cells,
/// which are written as strings anyway, so that a copy re-saved as CSV stays
/// harmless. Our own phone numbers never start with "+" (they are shown
/// Vietnamese-style, "0904 185 683").
class CellText
{
public:
    /// `text`, with an apostrophe in front when it could start a formula.
    static QString neutralised(const QString &text);
    /// Whether `text` starts with a character that could start a formula.
    static bool needsNeutralising(const QString &text);

    /// One CSV field after RFC 4180: neutralised, then quoted (quotes doubled)
    /// when it holds the delimiter, a quote, CR or LF, or starts or ends with
    /// a space.
    static QString csvField(const QString &text, QChar delimiter);
    /// One CSV record ending with CRLF.
    static QString csvRecord(const QStringList &fields, QChar delimiter);
    /// The UTF-8 byte order mark, so that Excel reads the file as UTF-8.
    static QByteArray utf8Bom();
};

} // namespace DutyDesk
