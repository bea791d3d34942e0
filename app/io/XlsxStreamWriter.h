#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <memory>

namespace DutyDesk {

/// One worksheet of half a million rows and more written as an XLSX file,
/// streamed: the rows are turned into sheet XML as they come and deflated
/// (through libzip, at a fast level) on a second thread while the next rows
/// are made, texts go to a shared-string table, and memory stays flat but
/// for the distinct texts.
///
/// libxlsxwriter writes our other workbooks (contacts, roster templates: a
/// worksheet table, drop-downs, protection). For the national roster its
/// constant-memory mode spends about 1 µs and several allocations per cell,
/// writes every text inline (377 MB of sheet XML for 538,000 rows) and
/// deflates that at the default level on one thread; this writer makes the
/// same sheet in about a third of the time (docs/benchmarks.md).
///
/// Use: describe the sheet (setters), open(), then for each row in order
/// startRow() and its cells in column order, then finish(). A text cell takes
/// a Text from text(), made once for a text that repeats.
class XlsxStreamWriter
{
    Q_DECLARE_TR_FUNCTIONS(DutyDesk::XlsxStreamWriter)
public:
    /// The cell formats (the first is Excel's default).
    enum class Style {
        Default,
        Heading, ///< bold, Times New Roman 12: the organisation lines
        Title, ///< bold, Times New Roman 14, centred: the title lines
        Header, ///< the table header: bold white on blue, thin borders, wrapped
        Text, ///< wrapped, top-aligned
        Date, ///< dd/mm/yyyy, top-left
    };

    /// A text in the shared-string table.
    struct Text
    {
        QByteArray index; ///< its index as written in the sheet; empty: no text
        bool isEmpty() const { return index.isEmpty(); }
    };

    /// Writes to `path` (replaced if it exists) when finished.
    explicit XlsxStreamWriter(const QString &path);
    ~XlsxStreamWriter();
    XlsxStreamWriter(const XlsxStreamWriter &) = delete;
    XlsxStreamWriter &operator=(const XlsxStreamWriter &) = delete;

    // The sheet's description, before open().
    void setSheetName(const QString &name);
    void setDocumentTitle(const QString &title);
    void setAuthor(const QString &author);
    /// Widths in characters (as libxlsxwriter takes them), from column A.
    void setColumnWidths(const QList<double> &widths);
    /// The last row and column written (0-based), for the sheet's dimension.
    void setLastCell(int row, int column);
    /// Rows 0 … rows − 1 stay in view while scrolling.
    void setFrozenRows(int rows);
    /// Filter buttons on the first row of the range (0-based, inclusive).
    void setAutoFilter(int firstRow, int firstColumn, int lastRow, int lastColumn);
    /// Row `row` (0-based) printed at the top of every page.
    void setRepeatedRow(int row);
    /// Printed on A4 landscape, as wide as one page.
    void setLandscapeA4FitToWidth();
    void addMergedRange(int row, int firstColumn, int lastColumn);

    /// The text's entry in the shared-string table (an empty text gives an
    /// empty Text, whose cell stays empty). Same text, same entry.
    Text text(const QString &text);

    /// Starts writing (the deflating thread).
    Status open();
    /// Rows in increasing order (0-based), then their cells in increasing
    /// column order.
    void startRow(int row);
    void addText(int column, const Text &text, Style style);
    void addNumber(int column, double value, Style style);
    /// Ends the sheet and writes the file.
    Status finish();
    /// Stops without writing a file.
    void abandon();

    /// "A", "K", "AA": the letters of a column (0-based).
    static QByteArray columnName(int column);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace DutyDesk
