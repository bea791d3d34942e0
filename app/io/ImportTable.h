#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace DutyDesk {

/// One row of a file being imported: its cells as text and the row number
/// the user sees in the spreadsheet or text editor (1-based).
struct ImportRow
{
    int number = 0;
    QStringList cells;
};

/// What a reader (CsvReader, XlsxReader) hands on: the rows of one sheet or
/// CSV file, as text, with where they came from. Empty and hidden rows are
/// already left out.
struct ImportTable
{
    QString file; ///< the file's name as shown in messages
    QString sheet; ///< the worksheet's name; empty for CSV
    QString encoding; ///< CSV: the encoding read ("UTF-8", "TCVN3", ...)
    QList<ImportRow> rows;

    /// The spreadsheet letter of a 0-based column: 0 → "A", 26 → "AA".
    static QString columnLetter(int column)
    {
        QString letters;
        int n = column + 1;
        while (n > 0) {
            const int rest = (n - 1) % 26;
            letters.prepend(QChar(u'A' + rest));
            n = (n - 1) / 26;
        }
        return letters;
    }
};

} // namespace DutyDesk
