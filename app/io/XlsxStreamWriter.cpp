#include "XlsxStreamWriter.h"

#include <QDateTime>
#include <QFile>
#include <QHash>

#include <cctype>
#include <condition_variable>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>
#include <zip.h>

namespace DutyDesk {

namespace {

constexpr qsizetype kChunkSize = 1 << 20;
/// Chunks made but not yet deflated: the memory the stream may hold.
constexpr size_t kChunksInFlight = 8;
/// Deflate level of the sheet: 1 is several times faster than the default
/// and the file only ≈ 20 % larger (sheet XML is very repetitive).
constexpr zip_uint32_t kSheetLevel = 1;

/// The sheet XML handed from the writing thread to libzip's, in chunks.
class ChunkPipe
{
public:
    /// False when the reading side has given up (the chunk is dropped).
    bool push(QByteArray chunk)
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        m_changed.wait(lock, [&] { return m_chunks.size() < kChunksInFlight || m_readerGone; });
        if (m_readerGone)
            return false;
        m_chunks.push_back(std::move(chunk));
        m_changed.notify_all();
        return true;
    }
    /// No more chunks: the reader reads to the end.
    void close()
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_closed = true;
        m_changed.notify_all();
    }
    /// The writer gives up: the reader's next read fails.
    void abandon()
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_abandoned = true;
        m_changed.notify_all();
    }
    /// The reader gives up (libzip failed): pushes return at once.
    void readerGone()
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_readerGone = true;
        m_changed.notify_all();
    }
    /// Up to `size` bytes; 0 at the end, −1 when abandoned.
    qint64 read(char *out, qint64 size)
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        while (m_at >= m_current.size()) {
            m_changed.wait(lock, [&] { return !m_chunks.empty() || m_closed || m_abandoned; });
            if (m_abandoned)
                return -1;
            if (m_chunks.empty())
                return 0;
            m_current = std::move(m_chunks.front());
            m_chunks.pop_front();
            m_at = 0;
            m_changed.notify_all();
        }
        const qint64 n = qMin<qint64>(size, m_current.size() - m_at);
        std::memcpy(out, m_current.constData() + m_at, size_t(n));
        m_at += n;
        return n;
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<QByteArray> m_chunks;
    QByteArray m_current;
    qsizetype m_at = 0;
    bool m_closed = false;
    bool m_abandoned = false;
    bool m_readerGone = false;
};

/// A libzip source whose bytes come from `read` (streamed, size unknown
/// until the end). `open` runs when libzip starts on the entry.
struct StreamSource
{
    std::function<void()> open;
    std::function<qint64(char *, qint64)> read;
    zip_error_t error;

    StreamSource() { zip_error_init(&error); }
    ~StreamSource() { zip_error_fini(&error); }

    static zip_int64_t callback(void *userdata, void *data, zip_uint64_t length,
                                zip_source_cmd_t command)
    {
        auto *self = static_cast<StreamSource *>(userdata);
        switch (command) {
        case ZIP_SOURCE_OPEN:
            if (self->open)
                self->open();
            return 0;
        case ZIP_SOURCE_READ: {
            const qint64 n = self->read(static_cast<char *>(data),
                                        qint64(qMin<zip_uint64_t>(length, 1 << 30)));
            if (n < 0)
                zip_error_set(&self->error, ZIP_ER_CANCELLED, 0);
            return n;
        }
        case ZIP_SOURCE_CLOSE:
        case ZIP_SOURCE_FREE:
            return 0;
        case ZIP_SOURCE_STAT: {
            auto *stat = static_cast<zip_stat_t *>(data);
            zip_stat_init(stat);
            stat->mtime = time(nullptr);
            stat->valid |= ZIP_STAT_MTIME;
            return sizeof(zip_stat_t);
        }
        case ZIP_SOURCE_ERROR:
            return zip_error_to_data(&self->error, data, length);
        case ZIP_SOURCE_SUPPORTS:
            return zip_source_make_command_bitmap(ZIP_SOURCE_OPEN, ZIP_SOURCE_READ,
                                                  ZIP_SOURCE_CLOSE, ZIP_SOURCE_STAT,
                                                  ZIP_SOURCE_ERROR, ZIP_SOURCE_FREE, -1);
        default:
            zip_error_set(&self->error, ZIP_ER_OPNOTSUPP, 0);
            return -1;
        }
    }
};

/// Whether `utf8` holds Excel's escape "_xHHHH_" at `at`.
bool escapeAt(const QByteArray &utf8, qsizetype at)
{
    if (at + 7 > utf8.size() || utf8.at(at) != '_' || utf8.at(at + 1) != 'x'
        || utf8.at(at + 6) != '_')
        return false;
    for (qsizetype i = at + 2; i < at + 6; ++i) {
        if (!std::isxdigit(uchar(utf8.at(i))))
            return false;
    }
    return true;
}

/// Text for XML: &, <, > and " escaped; control characters, which XML 1.0
/// cannot hold, written the way Excel reads them back (_x0001_), and an
/// underscore that would read as such an escape written as one (_x005F_).
QByteArray xmlText(const QString &text)
{
    QByteArray out;
    const QByteArray utf8 = text.toUtf8();
    out.reserve(utf8.size());
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const char c = utf8.at(i);
        switch (c) {
        case '_':
            out += escapeAt(utf8, i) ? "_x005F_" : "_";
            break;
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        default:
            if (uchar(c) < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                char escaped[8];
                std::snprintf(escaped, sizeof escaped, "_x%04X_", unsigned(uchar(c)));
                out += escaped;
            } else {
                out += c;
            }
        }
    }
    return out;
}

/// A sheet name inside a reference: 'Name' with quotes doubled.
QByteArray quotedSheet(const QString &name)
{
    QString quoted = name;
    quoted.replace(QLatin1Char('\''), QStringLiteral("''"));
    return '\'' + xmlText(quoted) + '\'';
}

QByteArray cellRef(int row, int column)
{
    return XlsxStreamWriter::columnName(column) + QByteArray::number(row + 1);
}

QByteArray absoluteRef(int row, int column)
{
    return '$' + XlsxStreamWriter::columnName(column) + '$' + QByteArray::number(row + 1);
}

/// Excel's stored width for a width in characters of the default font
/// (Calibri 11: 7 pixels a digit, 5 of padding), as libxlsxwriter computes it.
double storedWidth(double width)
{
    constexpr double digit = 7;
    constexpr double padding = 5;
    if (width <= 0)
        return 0;
    if (width < 1)
        return double(quint16(double(quint16(width * (digit + padding) + 0.5)) / digit * 256))
            / 256;
    return double(quint16((double(quint16(width * digit + 0.5)) + padding) / digit * 256)) / 256;
}

const char kXmlDeclaration[] = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n";
const char kMainNamespace[] = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const char kRelationshipsNamespace[]
    = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

QByteArray contentTypes()
{
    return QByteArray(kXmlDeclaration)
        + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
          "<Default Extension=\"rels\" "
          "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
          "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
          "<Override PartName=\"/docProps/app.xml\" "
          "ContentType=\"application/"
          "vnd.openxmlformats-officedocument.extended-properties+xml\"/>"
          "<Override PartName=\"/docProps/core.xml\" "
          "ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
          "<Override PartName=\"/xl/styles.xml\" "
          "ContentType=\"application/"
          "vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
          "<Override PartName=\"/xl/workbook.xml\" "
          "ContentType=\"application/"
          "vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
          "<Override PartName=\"/xl/worksheets/sheet1.xml\" "
          "ContentType=\"application/"
          "vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
          "<Override PartName=\"/xl/sharedStrings.xml\" "
          "ContentType=\"application/"
          "vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>"
          "</Types>";
}

QByteArray packageRelationships()
{
    return QByteArray(kXmlDeclaration)
        + "<Relationships "
          "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
          "<Relationship Id=\"rId1\" "
          "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
          "officeDocument\" Target=\"xl/workbook.xml\"/>"
          "<Relationship Id=\"rId2\" "
          "Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/"
          "core-properties\" Target=\"docProps/core.xml\"/>"
          "<Relationship Id=\"rId3\" "
          "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
          "extended-properties\" Target=\"docProps/app.xml\"/>"
          "</Relationships>";
}

QByteArray workbookRelationships()
{
    return QByteArray(kXmlDeclaration)
        + "<Relationships "
          "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
          "<Relationship Id=\"rId1\" "
          "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
          "worksheet\" Target=\"worksheets/sheet1.xml\"/>"
          "<Relationship Id=\"rId2\" "
          "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
          "styles\" Target=\"styles.xml\"/>"
          "<Relationship Id=\"rId3\" "
          "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
          "sharedStrings\" Target=\"sharedStrings.xml\"/>"
          "</Relationships>";
}

/// The cell formats, in XlsxStreamWriter::Style order.
QByteArray styles()
{
    return QByteArray(kXmlDeclaration) + "<styleSheet xmlns=\"" + kMainNamespace
        + "\">"
          "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"dd/mm/yyyy\"/></numFmts>"
          "<fonts count=\"4\">"
          "<font><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font>"
          "<font><b/><sz val=\"12\"/><name val=\"Times New Roman\"/><family val=\"1\"/></font>"
          "<font><b/><sz val=\"14\"/><name val=\"Times New Roman\"/><family val=\"1\"/></font>"
          "<font><b/><sz val=\"11\"/><color rgb=\"FFFFFFFF\"/><name val=\"Calibri\"/>"
          "<family val=\"2\"/></font>"
          "</fonts>"
          "<fills count=\"3\">"
          "<fill><patternFill patternType=\"none\"/></fill>"
          "<fill><patternFill patternType=\"gray125\"/></fill>"
          "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FF4F81BD\"/>"
          "<bgColor indexed=\"64\"/></patternFill></fill>"
          "</fills>"
          "<borders count=\"2\">"
          "<border><left/><right/><top/><bottom/><diagonal/></border>"
          "<border><left style=\"thin\"><color rgb=\"FF4F81BD\"/></left>"
          "<right style=\"thin\"><color rgb=\"FF4F81BD\"/></right>"
          "<top style=\"thin\"><color rgb=\"FF4F81BD\"/></top>"
          "<bottom style=\"thin\"><color rgb=\"FF4F81BD\"/></bottom><diagonal/></border>"
          "</borders>"
          "<cellStyleXfs count=\"1\">"
          "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/>"
          "</cellStyleXfs>"
          "<cellXfs count=\"6\">"
          "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
          "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" "
          "applyFont=\"1\"/>"
          "<xf numFmtId=\"0\" fontId=\"2\" fillId=\"0\" borderId=\"0\" xfId=\"0\" "
          "applyFont=\"1\" applyAlignment=\"1\"><alignment horizontal=\"center\"/></xf>"
          "<xf numFmtId=\"0\" fontId=\"3\" fillId=\"2\" borderId=\"1\" xfId=\"0\" "
          "applyFont=\"1\" applyFill=\"1\" applyBorder=\"1\" applyAlignment=\"1\">"
          "<alignment vertical=\"top\" wrapText=\"1\"/></xf>"
          "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" "
          "applyAlignment=\"1\"><alignment vertical=\"top\" wrapText=\"1\"/></xf>"
          "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" "
          "applyNumberFormat=\"1\" applyAlignment=\"1\">"
          "<alignment horizontal=\"left\" vertical=\"top\"/></xf>"
          "</cellXfs>"
          "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/>"
          "</cellStyles>"
          "<dxfs count=\"0\"/><tableStyles count=\"0\" defaultTableStyle=\"TableStyleMedium9\" "
          "defaultPivotStyle=\"PivotStyleLight16\"/>"
          "</styleSheet>";
}

QByteArray applicationProperties()
{
    return QByteArray(kXmlDeclaration)
        + "<Properties "
          "xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\" "
          "xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\">"
          "<Application>DutyDesk</Application><DocSecurity>0</DocSecurity>"
          "<ScaleCrop>false</ScaleCrop></Properties>";
}

} // namespace

struct XlsxStreamWriter::Private
{
    QString path;
    QString sheetName = QStringLiteral("Sheet1");
    QString title;
    QString author;
    QList<double> widths;
    int lastRow = 0;
    int lastColumn = 0;
    int frozenRows = 0;
    bool filter = false;
    int filterFirstRow = 0, filterFirstColumn = 0, filterLastRow = 0, filterLastColumn = 0;
    int repeatedRow = -1;
    bool landscapeA4 = false;
    QList<QByteArray> merges;

    QHash<QString, int> textIndex;
    std::vector<QByteArray> texts; ///< XML-escaped UTF-8, in index order
    qint64 textCells = 0;

    QByteArray chunk;
    QByteArray rowNumber;
    bool rowOpen = false;
    std::vector<QByteArray> columnNames;

    ChunkPipe pipe;
    std::vector<QByteArray> parts; ///< the small parts, alive until the file is closed
    StreamSource sheetSource;
    StreamSource textsSource;
    QByteArray textsXml;
    qsizetype textsAt = 0;
    zip_t *zip = nullptr;
    std::thread closing;
    QString closeError;
    bool opened = false;
    bool done = false;

    const QByteArray &column(int c)
    {
        while (int(columnNames.size()) <= c)
            columnNames.push_back(columnName(int(columnNames.size())));
        return columnNames[size_t(c)];
    }

    void flush()
    {
        pipe.push(std::move(chunk));
        chunk = QByteArray();
        chunk.reserve(kChunkSize + 4096);
    }
    void maybeFlush()
    {
        if (chunk.size() >= kChunkSize)
            flush();
    }

    void cellStart(int c, Style style)
    {
        chunk += "<c r=\"";
        chunk += column(c);
        chunk += rowNumber;
        if (style != Style::Default) {
            chunk += "\" s=\"";
            chunk += char('0' + int(style));
        }
        chunk += '"';
    }

    QByteArray workbook() const
    {
        QByteArray xml = QByteArray(kXmlDeclaration) + "<workbook xmlns=\"" + kMainNamespace
            + "\" xmlns:r=\"" + kRelationshipsNamespace
            + "\"><bookViews><workbookView xWindow=\"240\" yWindow=\"15\" "
              "windowWidth=\"16095\" windowHeight=\"9660\"/></bookViews><sheets><sheet name=\""
            + xmlText(sheetName) + "\" sheetId=\"1\" r:id=\"rId1\"/></sheets>";
        QByteArray names;
        if (filter) {
            names += "<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"0\" "
                     "hidden=\"1\">"
                + quotedSheet(sheetName) + '!' + absoluteRef(filterFirstRow, filterFirstColumn)
                + ':' + absoluteRef(filterLastRow, filterLastColumn) + "</definedName>";
        }
        if (repeatedRow >= 0) {
            const QByteArray row = '$' + QByteArray::number(repeatedRow + 1);
            names += "<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"0\">"
                + quotedSheet(sheetName) + '!' + row + ':' + row + "</definedName>";
        }
        if (!names.isEmpty())
            xml += "<definedNames>" + names + "</definedNames>";
        xml += "<calcPr calcId=\"124519\" fullCalcOnLoad=\"1\"/></workbook>";
        return xml;
    }

    QByteArray coreProperties() const
    {
        const QByteArray now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toUtf8();
        return QByteArray(kXmlDeclaration)
            + "<cp:coreProperties "
              "xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/"
              "core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" "
              "xmlns:dcterms=\"http://purl.org/dc/terms/\" "
              "xmlns:dcmitype=\"http://purl.org/dc/dcmitype/\" "
              "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
              "<dc:title>"
            + xmlText(title) + "</dc:title><dc:creator>" + xmlText(author)
            + "</dc:creator><cp:lastModifiedBy>" + xmlText(author)
            + "</cp:lastModifiedBy><dcterms:created xsi:type=\"dcterms:W3CDTF\">" + now
            + "</dcterms:created><dcterms:modified xsi:type=\"dcterms:W3CDTF\">" + now
            + "</dcterms:modified></cp:coreProperties>";
    }

    QByteArray sheetStart()
    {
        QByteArray xml = QByteArray(kXmlDeclaration) + "<worksheet xmlns=\"" + kMainNamespace
            + "\" xmlns:r=\"" + kRelationshipsNamespace + "\">";
        if (landscapeA4)
            xml += "<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr>";
        xml += "<dimension ref=\"A1:" + cellRef(lastRow, lastColumn) + "\"/>";
        xml += "<sheetViews><sheetView tabSelected=\"1\" workbookViewId=\"0\">";
        if (frozenRows > 0) {
            xml += "<pane ySplit=\"" + QByteArray::number(frozenRows) + "\" topLeftCell=\""
                + cellRef(frozenRows, 0)
                + "\" activePane=\"bottomLeft\" state=\"frozen\"/>"
                  "<selection pane=\"bottomLeft\"/>";
        }
        xml += "</sheetView></sheetViews><sheetFormatPr defaultRowHeight=\"15\"/>";
        if (!widths.isEmpty()) {
            xml += "<cols>";
            for (int c = 0; c < widths.size(); ++c) {
                const QByteArray n = QByteArray::number(c + 1);
                xml += "<col min=\"" + n + "\" max=\"" + n + "\" width=\""
                    + QByteArray::number(storedWidth(widths.at(c)), 'g', 16)
                    + "\" customWidth=\"1\"/>";
            }
            xml += "</cols>";
        }
        xml += "<sheetData>";
        return xml;
    }

    QByteArray sheetEnd() const
    {
        QByteArray xml = "</sheetData>";
        if (filter) {
            xml += "<autoFilter ref=\"" + cellRef(filterFirstRow, filterFirstColumn) + ':'
                + cellRef(filterLastRow, filterLastColumn) + "\"/>";
        }
        if (!merges.isEmpty()) {
            xml += "<mergeCells count=\"" + QByteArray::number(merges.size()) + "\">";
            for (const QByteArray &range : merges)
                xml += "<mergeCell ref=\"" + range + "\"/>";
            xml += "</mergeCells>";
        }
        xml += "<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" "
               "header=\"0.3\" footer=\"0.3\"/>";
        if (landscapeA4)
            xml += "<pageSetup paperSize=\"9\" orientation=\"landscape\" fitToHeight=\"0\"/>";
        xml += "</worksheet>";
        return xml;
    }

    /// The shared-string table, made once the sheet is complete.
    void makeTexts()
    {
        textsXml = QByteArray(kXmlDeclaration) + "<sst xmlns=\"" + kMainNamespace + "\" count=\""
            + QByteArray::number(textCells) + "\" uniqueCount=\""
            + QByteArray::number(qint64(texts.size())) + "\">";
        for (const QByteArray &t : texts) {
            const bool preserve = !t.isEmpty()
                && (QChar::isSpace(uchar(t.front())) || QChar::isSpace(uchar(t.back())));
            textsXml += preserve ? "<si><t xml:space=\"preserve\">" : "<si><t>";
            textsXml += t;
            textsXml += "</t></si>";
        }
        textsXml += "</sst>";
        textsAt = 0;
    }

    bool addPart(const char *name, QByteArray data)
    {
        parts.push_back(std::move(data));
        const QByteArray &kept = parts.back();
        zip_source_t *source
            = zip_source_buffer(zip, kept.constData(), zip_uint64_t(kept.size()), 0);
        if (!source)
            return false;
        if (zip_file_add(zip, name, source, ZIP_FL_ENC_UTF_8 | ZIP_FL_OVERWRITE) < 0) {
            zip_source_free(source);
            return false;
        }
        return true;
    }

    bool addStream(const char *name, StreamSource *stream, zip_uint32_t level)
    {
        zip_source_t *source = zip_source_function(zip, &StreamSource::callback, stream);
        if (!source)
            return false;
        const zip_int64_t index
            = zip_file_add(zip, name, source, ZIP_FL_ENC_UTF_8 | ZIP_FL_OVERWRITE);
        if (index < 0) {
            zip_source_free(source);
            return false;
        }
        return zip_set_file_compression(zip, zip_uint64_t(index), ZIP_CM_DEFLATE, level) == 0;
    }
};

XlsxStreamWriter::XlsxStreamWriter(const QString &path)
    : d(std::make_unique<Private>())
{
    d->path = path;
    d->chunk.reserve(kChunkSize + 4096);
    d->sheetSource.read = [this](char *out, qint64 size) {
        return d->pipe.read(out, size);
    };
    d->textsSource.open = [this] {
        d->makeTexts();
    };
    d->textsSource.read = [this](char *out, qint64 size) {
        const qint64 n = qMin<qint64>(size, d->textsXml.size() - d->textsAt);
        std::memcpy(out, d->textsXml.constData() + d->textsAt, size_t(n));
        d->textsAt += n;
        return n;
    };
}

XlsxStreamWriter::~XlsxStreamWriter()
{
    if (d->opened && !d->done)
        abandon();
}

void XlsxStreamWriter::setSheetName(const QString &name)
{
    d->sheetName = name;
}

void XlsxStreamWriter::setDocumentTitle(const QString &title)
{
    d->title = title;
}

void XlsxStreamWriter::setAuthor(const QString &author)
{
    d->author = author;
}

void XlsxStreamWriter::setColumnWidths(const QList<double> &widths)
{
    d->widths = widths;
}

void XlsxStreamWriter::setLastCell(int row, int column)
{
    d->lastRow = row;
    d->lastColumn = column;
}

void XlsxStreamWriter::setFrozenRows(int rows)
{
    d->frozenRows = rows;
}

void XlsxStreamWriter::setAutoFilter(int firstRow, int firstColumn, int lastRow, int lastColumn)
{
    d->filter = true;
    d->filterFirstRow = firstRow;
    d->filterFirstColumn = firstColumn;
    d->filterLastRow = lastRow;
    d->filterLastColumn = lastColumn;
}

void XlsxStreamWriter::setRepeatedRow(int row)
{
    d->repeatedRow = row;
}

void XlsxStreamWriter::setLandscapeA4FitToWidth()
{
    d->landscapeA4 = true;
}

void XlsxStreamWriter::addMergedRange(int row, int firstColumn, int lastColumn)
{
    d->merges << cellRef(row, firstColumn) + ':' + cellRef(row, lastColumn);
}

XlsxStreamWriter::Text XlsxStreamWriter::text(const QString &text)
{
    if (text.isEmpty())
        return {};
    auto it = d->textIndex.constFind(text);
    if (it == d->textIndex.cend()) {
        it = d->textIndex.insert(text, int(d->texts.size()));
        d->texts.push_back(xmlText(text));
    }
    return Text {QByteArray::number(it.value())};
}

Status XlsxStreamWriter::open()
{
    int code = 0;
    d->zip = zip_open(QFile::encodeName(d->path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &code);
    if (!d->zip) {
        zip_error_t error;
        zip_error_init_with_code(&error, code);
        const QString reason = QString::fromUtf8(zip_error_strerror(&error));
        zip_error_fini(&error);
        return Error(Error::Code::Io,
                     tr("The spreadsheet “%1” could not be created: %2.").arg(d->path, reason));
    }
    const bool added = d->addPart("[Content_Types].xml", contentTypes())
        && d->addPart("_rels/.rels", packageRelationships())
        && d->addPart("docProps/app.xml", applicationProperties())
        && d->addPart("docProps/core.xml", d->coreProperties())
        && d->addPart("xl/workbook.xml", d->workbook())
        && d->addPart("xl/_rels/workbook.xml.rels", workbookRelationships())
        && d->addPart("xl/styles.xml", styles())
        // The sheet before the shared strings: libzip writes the entries in
        // order, so the strings are complete when their entry is written.
        && d->addStream("xl/worksheets/sheet1.xml", &d->sheetSource, kSheetLevel)
        && d->addStream("xl/sharedStrings.xml", &d->textsSource, 6);
    if (!added) {
        const QString reason = QString::fromUtf8(zip_strerror(d->zip));
        zip_discard(d->zip);
        d->zip = nullptr;
        return Error(Error::Code::Io,
                     tr("The spreadsheet “%1” could not be created: %2.").arg(d->path, reason));
    }
    d->opened = true;
    d->chunk += d->sheetStart();
    d->closing = std::thread([this] {
        if (zip_close(d->zip) != 0) {
            d->closeError = QString::fromUtf8(zip_strerror(d->zip));
            zip_discard(d->zip);
            d->pipe.readerGone();
        }
        d->zip = nullptr;
    });
    return {};
}

void XlsxStreamWriter::startRow(int row)
{
    if (d->rowOpen)
        d->chunk += "</row>";
    d->maybeFlush();
    d->rowNumber = QByteArray::number(row + 1);
    d->chunk += "<row r=\"";
    d->chunk += d->rowNumber;
    d->chunk += "\">";
    d->rowOpen = true;
}

void XlsxStreamWriter::addText(int column, const Text &text, Style style)
{
    d->cellStart(column, style);
    if (text.isEmpty()) {
        d->chunk += "/>";
        return;
    }
    d->chunk += " t=\"s\"><v>";
    d->chunk += text.index;
    d->chunk += "</v></c>";
    ++d->textCells;
}

void XlsxStreamWriter::addNumber(int column, double value, Style style)
{
    d->cellStart(column, style);
    d->chunk += "><v>";
    if (value == double(qint64(value)))
        d->chunk += QByteArray::number(qint64(value));
    else
        d->chunk += QByteArray::number(value, 'g', 17);
    d->chunk += "</v></c>";
}

Status XlsxStreamWriter::finish()
{
    if (!d->opened || d->done)
        return Error(Error::Code::Invalid, tr("The spreadsheet was not started."));
    if (d->rowOpen)
        d->chunk += "</row>";
    d->rowOpen = false;
    d->chunk += d->sheetEnd();
    d->flush();
    d->pipe.close();
    d->closing.join();
    d->done = true;
    if (!d->closeError.isEmpty())
        return Error(
            Error::Code::Io,
            tr("The spreadsheet “%1” could not be written: %2.").arg(d->path, d->closeError));
    return {};
}

void XlsxStreamWriter::abandon()
{
    if (!d->opened || d->done)
        return;
    d->pipe.abandon();
    d->closing.join();
    d->done = true;
}

QByteArray XlsxStreamWriter::columnName(int column)
{
    QByteArray name;
    for (int c = column + 1; c > 0; c = (c - 1) / 26)
        name.prepend(char('A' + (c - 1) % 26));
    return name;
}

} // namespace DutyDesk
