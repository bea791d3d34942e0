#include "XlsxReader.h"

#include "LegacyEncoding.h"
#include "VietnameseText.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMap>
#include <QPoint>
#include <QSet>
#include <QTime>
#include <QXmlStreamReader>

#include <cmath>
#include <memory>
#include <zip.h>

namespace DutyDesk {

namespace {

constexpr int ExcelMaxRows = 1048576;

enum class DateKind { None, Date, Time, DateTime };

struct ZipCloser
{
    void operator()(zip_t *archive) const { zip_discard(archive); }
};
struct ZipFileCloser
{
    void operator()(zip_file_t *file) const { zip_fclose(file); }
};

/// The archive of one .xlsx file, reading its parts within the limits.
class Archive
{
    Q_DECLARE_TR_FUNCTIONS(DutyDesk::XlsxReader)
public:
    Archive(QString shown, const XlsxReader::Limits &limits)
        : m_shown(std::move(shown))
        , m_limits(limits)
    {
    }

    Status open(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return Error(
                Error::Code::Io,
                tr("%1: the file cannot be opened (%2).").arg(m_shown, file.errorString()));
        if (const Status s = checkSize(file.size()); !s)
            return s;
        const QByteArray magic = file.read(8);
        file.close();
        int code = 0;
        zip_t *archive
            = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY | ZIP_CHECKCONS, &code);
        if (!archive)
            return openError(code, magic);
        m_archive.reset(archive);
        return {};
    }

    Status open(const QByteArray &bytes)
    {
        if (const Status s = checkSize(bytes.size()); !s)
            return s;
        // libzip reads the buffer in place: keep it alive with the archive.
        m_bytes = bytes;
        zip_error_t error;
        zip_error_init(&error);
        zip_source_t *source = zip_source_buffer_create(m_bytes.constData(),
                                                        zip_uint64_t(m_bytes.size()), 0, &error);
        zip_t *archive
            = source ? zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error) : nullptr;
        const int code = zip_error_code_zip(&error);
        zip_error_fini(&error);
        if (!archive) {
            if (source)
                zip_source_free(source);
            return openError(code, m_bytes.left(8));
        }
        m_archive.reset(archive);
        return {};
    }

    bool has(const QString &name) const
    {
        return zip_name_locate(m_archive.get(), name.toUtf8().constData(), 0) >= 0;
    }

    Result<QByteArray> read(const QString &name)
    {
        const zip_int64_t index = zip_name_locate(m_archive.get(), name.toUtf8().constData(), 0);
        if (index < 0)
            return Error(Error::Code::Invalid,
                         tr("%1: this is not an Excel workbook (the part “%2” is missing).")
                             .arg(m_shown, name));
        zip_stat_t stat;
        zip_stat_init(&stat);
        if (zip_stat_index(m_archive.get(), zip_uint64_t(index), 0, &stat) != 0)
            return damaged();
        const qint64 allowed = qMin(m_limits.maxPartBytes, m_limits.maxTotalBytes - m_totalRead);
        if ((stat.valid & ZIP_STAT_SIZE) && stat.size > zip_uint64_t(allowed))
            return tooBig(name);
        std::unique_ptr<zip_file_t, ZipFileCloser> file(
            zip_fopen_index(m_archive.get(), zip_uint64_t(index), 0));
        if (!file)
            return damaged();
        QByteArray data;
        if (stat.valid & ZIP_STAT_SIZE)
            data.reserve(qsizetype(stat.size));
        char buffer[64 * 1024];
        for (;;) {
            const zip_int64_t n = zip_fread(file.get(), buffer, sizeof buffer);
            if (n < 0)
                return damaged();
            if (n == 0)
                break;
            // The directory may lie about the size: count what really comes out.
            if (data.size() + n > allowed)
                return tooBig(name);
            data.append(buffer, qsizetype(n));
        }
        m_totalRead += data.size();
        return data;
    }

private:
    Status checkSize(qint64 size) const
    {
        if (size == 0)
            return Error(Error::Code::Invalid, tr("%1: the file is empty.").arg(m_shown));
        if (size > m_limits.maxFileBytes)
            return Error(Error::Code::Invalid,
                         tr("%1: the file is too large to import (%2 MB; at most %3 MB).")
                             .arg(m_shown)
                             .arg(size / (1024 * 1024))
                             .arg(m_limits.maxFileBytes / (1024 * 1024)));
        return {};
    }

    /// Why libzip could not open the archive, told from its first bytes.
    Error openError(int code, const QByteArray &magic) const
    {
        if (magic.startsWith("\xD0\xCF\x11\xE0"))
            return Error(Error::Code::Invalid,
                         tr("%1: this is an old Excel 97–2003 (.xls) file. Open it in Excel "
                            "or LibreOffice and save it as .xlsx, then import that file.")
                             .arg(m_shown));
        if (magic.startsWith("PK") || code == ZIP_ER_INCONS)
            return Error(Error::Code::Invalid,
                         tr("%1: the file is damaged or incomplete (was it cut short while "
                            "being copied or downloaded?). Ask for the file again.")
                             .arg(m_shown));
        if (code == ZIP_ER_NOZIP)
            return Error(Error::Code::Invalid,
                         tr("%1: this is not an Excel (.xlsx) file.").arg(m_shown));
        zip_error_t error;
        zip_error_init_with_code(&error, code);
        const QString text = QString::fromUtf8(zip_error_strerror(&error));
        zip_error_fini(&error);
        return Error(Error::Code::Io, tr("%1: the file cannot be read (%2).").arg(m_shown, text));
    }

    Error damaged() const
    {
        return Error(Error::Code::Invalid,
                     tr("%1: the file is damaged or incomplete (%2). Ask for the file again.")
                         .arg(m_shown, QString::fromUtf8(zip_strerror(m_archive.get()))));
    }
    Error tooBig(const QString &part) const
    {
        return Error(Error::Code::Invalid,
                     tr("%1: the part “%2” unpacks to more than %3 MB; the file is refused "
                        "(it may be built to exhaust the memory).")
                         .arg(m_shown, part)
                         .arg(qMin(m_limits.maxPartBytes, m_limits.maxTotalBytes) / (1024 * 1024)));
    }

    QString m_shown;
    XlsxReader::Limits m_limits;
    QByteArray m_bytes; ///< the file, when read from memory
    std::unique_ptr<zip_t, ZipCloser> m_archive;
    qint64 m_totalRead = 0;
};

struct SheetEntry
{
    QString name;
    QString part; ///< "xl/worksheets/sheet1.xml"
    bool hidden = false;
};

struct Workbook
{
    QList<SheetEntry> sheets;
    bool date1904 = false;
};

Error xmlError(const QString &shown, const QString &part, const QXmlStreamReader &xml)
{
    return Error(Error::Code::Invalid,
                 XlsxReader::tr("%1: the part “%2” is damaged (line %3: %4).")
                     .arg(shown, part)
                     .arg(xml.lineNumber())
                     .arg(xml.errorString()));
}

QString resolveTarget(const QString &target)
{
    if (target.startsWith(u'/'))
        return target.mid(1);
    QString path = QStringLiteral("xl/") + target;
    // "xl/../xl/worksheets/x.xml" happens in files written by some tools.
    path.replace(QStringLiteral("xl/../"), QString());
    return path;
}

Result<Workbook> readWorkbook(Archive &archive, const QString &shown)
{
    Workbook book;
    const QString relsPart = QStringLiteral("xl/_rels/workbook.xml.rels");
    QHash<QString, QString> targets;
    if (archive.has(relsPart)) {
        const Result<QByteArray> rels = archive.read(relsPart);
        if (!rels)
            return rels.error();
        QXmlStreamReader xml(rels.value());
        while (xml.readNextStartElement() || !xml.atEnd()) {
            if (xml.isStartElement() && xml.name() == QLatin1String("Relationship"))
                targets.insert(xml.attributes().value(QLatin1String("Id")).toString(),
                               xml.attributes().value(QLatin1String("Target")).toString());
            if (xml.isStartElement() && xml.name() != QLatin1String("Relationships"))
                xml.skipCurrentElement();
            if (xml.hasError())
                return xmlError(shown, relsPart, xml);
            if (xml.atEnd())
                break;
        }
    }
    const QString workbookPart = QStringLiteral("xl/workbook.xml");
    const Result<QByteArray> data = archive.read(workbookPart);
    if (!data)
        return data.error();
    QXmlStreamReader xml(data.value());
    int position = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("workbookPr")) {
            const auto value = xml.attributes().value(QLatin1String("date1904"));
            book.date1904 = value == QLatin1String("1") || value == QLatin1String("true");
        } else if (xml.name() == QLatin1String("sheet")) {
            ++position;
            const QXmlStreamAttributes a = xml.attributes();
            SheetEntry entry;
            entry.name = a.value(QLatin1String("name")).toString();
            const auto state = a.value(QLatin1String("state"));
            entry.hidden = !state.isEmpty() && state != QLatin1String("visible");
            QString rid;
            for (const QXmlStreamAttribute &attribute : a) {
                if (attribute.name() == QLatin1String("id"))
                    rid = attribute.value().toString();
            }
            entry.part = targets.contains(rid)
                ? resolveTarget(targets.value(rid))
                : QStringLiteral("xl/worksheets/sheet%1.xml").arg(position);
            book.sheets << entry;
        }
    }
    if (xml.hasError())
        return xmlError(shown, workbookPart, xml);
    if (book.sheets.isEmpty())
        return Error(Error::Code::Invalid,
                     XlsxReader::tr("%1: the workbook has no sheet.").arg(shown));
    return book;
}

/// A cell text with Excel's escapes undone: "_x0001_" is the character
/// U+0001 (how characters XML cannot hold are written) and "_x005F_" an
/// underscore.
QString unescapedText(QString text)
{
    const auto hex = [](QChar c) {
        return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
    };
    qsizetype at = 0;
    while ((at = text.indexOf(QLatin1String("_x"), at)) >= 0) {
        if (at + 7 <= text.size() && text.at(at + 6) == u'_' && hex(text.at(at + 2))
            && hex(text.at(at + 3)) && hex(text.at(at + 4)) && hex(text.at(at + 5))) {
            const char16_t code = char16_t(QStringView(text).mid(at + 2, 4).toUShort(nullptr, 16));
            text.replace(at, 7, QChar(code));
        }
        ++at;
    }
    return text;
}

Result<QStringList> readSharedStrings(Archive &archive, const QString &shown)
{
    QStringList strings;
    const QString part = QStringLiteral("xl/sharedStrings.xml");
    if (!archive.has(part))
        return strings;
    const Result<QByteArray> data = archive.read(part);
    if (!data)
        return data.error();
    QXmlStreamReader xml(data.value());
    QString current;
    int phonetic = 0; // <rPh> holds reading aids, not the text
    bool inItem = false;
    while (!xml.atEnd()) {
        switch (xml.readNext()) {
        case QXmlStreamReader::StartElement:
            if (xml.name() == QLatin1String("si")) {
                inItem = true;
                current.clear();
            } else if (xml.name() == QLatin1String("rPh")) {
                ++phonetic;
            } else if (xml.name() == QLatin1String("t") && inItem && phonetic == 0) {
                current += xml.readElementText();
            }
            break;
        case QXmlStreamReader::EndElement:
            if (xml.name() == QLatin1String("si")) {
                strings << unescapedText(current);
                inItem = false;
            } else if (xml.name() == QLatin1String("rPh")) {
                --phonetic;
            }
            break;
        default:
            break;
        }
    }
    if (xml.hasError())
        return xmlError(shown, part, xml);
    return strings;
}

DateKind classifyFormat(const QString &code)
{
    QString bare;
    bool quoted = false;
    bool bracket = false;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code.at(i);
        if (quoted) {
            quoted = c != u'"';
        } else if (bracket) {
            bracket = c != u']';
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u'[') {
            bracket = true;
        } else if (c == u'\\' || c == u'_' || c == u'*') {
            ++i;
        } else {
            bare.append(c.toLower());
        }
    }
    const bool date = bare.contains(u'd') || bare.contains(u'y');
    const bool time = bare.contains(u'h') || bare.contains(u's');
    const bool month = bare.contains(u'm');
    if (date && time)
        return DateKind::DateTime;
    if (date || (month && !time))
        return month || date ? DateKind::Date : DateKind::None;
    if (time)
        return DateKind::Time;
    return DateKind::None;
}

DateKind builtinFormat(int id)
{
    if ((id >= 14 && id <= 17) || (id >= 27 && id <= 31) || (id >= 34 && id <= 36))
        return DateKind::Date;
    if ((id >= 18 && id <= 21) || (id >= 45 && id <= 47) || (id >= 32 && id <= 33))
        return DateKind::Time;
    if (id == 22)
        return DateKind::DateTime;
    return DateKind::None;
}

Result<QList<DateKind>> readStyles(Archive &archive, const QString &shown)
{
    QList<DateKind> styles;
    const QString part = QStringLiteral("xl/styles.xml");
    if (!archive.has(part))
        return styles;
    const Result<QByteArray> data = archive.read(part);
    if (!data)
        return data.error();
    QHash<int, DateKind> custom;
    QXmlStreamReader xml(data.value());
    bool inCellXfs = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == QLatin1String("numFmt")) {
                custom.insert(
                    xml.attributes().value(QLatin1String("numFmtId")).toInt(),
                    classifyFormat(xml.attributes().value(QLatin1String("formatCode")).toString()));
            } else if (xml.name() == QLatin1String("cellXfs")) {
                inCellXfs = true;
            } else if (xml.name() == QLatin1String("xf") && inCellXfs) {
                const int id = xml.attributes().value(QLatin1String("numFmtId")).toInt();
                styles << (custom.contains(id) ? custom.value(id) : builtinFormat(id));
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("cellXfs")) {
            inCellXfs = false;
        }
    }
    if (xml.hasError())
        return xmlError(shown, part, xml);
    return styles;
}

/// "AB12" → column 27 (0-based), row 12; false when malformed.
bool parseReference(QStringView ref, int &column, int &row)
{
    qsizetype i = 0;
    qint64 col = 0;
    while (i < ref.size() && ref.at(i).isLetter()) {
        const char16_t c = ref.at(i).toUpper().unicode();
        if (c < u'A' || c > u'Z')
            return false;
        col = col * 26 + (c - u'A' + 1);
        if (col > 1000000)
            return false;
        ++i;
    }
    qint64 r = 0;
    const qsizetype digitsStart = i;
    while (i < ref.size() && ref.at(i).isDigit()) {
        r = r * 10 + ref.at(i).digitValue();
        if (r > 100000000)
            return false;
        ++i;
    }
    if (i != ref.size())
        return false;
    column = col > 0 ? int(col - 1) : -1;
    row = i > digitsStart ? int(r) : -1;
    return true;
}

QString numberText(double value)
{
    if (std::isfinite(value) && std::floor(value) == value && std::fabs(value) < 1e15)
        return QString::number(qint64(value));
    return QString::number(value, 'g', 15);
}

QString dateText(double serial, DateKind kind, bool date1904)
{
    const QDate day = XlsxReader::dateFromSerial(std::floor(serial), date1904);
    const double fraction = serial - std::floor(serial);
    const QTime time = QTime(0, 0).addSecs(int(std::lround(fraction * 86400.0)) % 86400);
    switch (kind) {
    case DateKind::Date:
        return day.isValid() ? day.toString(QStringLiteral("dd/MM/yyyy")) : numberText(serial);
    case DateKind::Time:
        return time.toString(QStringLiteral("HH:mm"));
    case DateKind::DateTime:
        return day.isValid() ? day.toString(QStringLiteral("dd/MM/yyyy")) + u' '
                + time.toString(QStringLiteral("HH:mm"))
                             : numberText(serial);
    case DateKind::None:
        break;
    }
    return numberText(serial);
}

qint64 cellKey(int row, int column)
{
    return qint64(row) * 20000 + column;
}

/// Converts the sheet's text typed in a TCVN3 or VNI font, when that reads
/// better than the text as it is; returns the encoding's name or empty.
QString repairLegacyText(QList<ImportRow> &rows)
{
    int asIs = 0;
    int tcvn3 = 0;
    int vni = 0;
    for (const ImportRow &row : std::as_const(rows)) {
        for (const QString &cell : row.cells) {
            if (cell.isEmpty())
                continue;
            const QString t = LegacyEncoding::repairText(cell, LegacyEncoding::Encoding::Tcvn3);
            if (t == cell)
                continue;
            asIs += LegacyEncoding::score(cell);
            tcvn3 += LegacyEncoding::score(t);
            vni += LegacyEncoding::score(
                LegacyEncoding::repairText(cell, LegacyEncoding::Encoding::Vni));
        }
    }
    LegacyEncoding::Encoding encoding = LegacyEncoding::Encoding::Utf8;
    if (tcvn3 > asIs && tcvn3 >= vni && tcvn3 > 0)
        encoding = LegacyEncoding::Encoding::Tcvn3;
    else if (vni > asIs && vni > tcvn3 && vni > 0)
        encoding = LegacyEncoding::Encoding::Vni;
    if (encoding == LegacyEncoding::Encoding::Utf8)
        return {};
    for (ImportRow &row : rows) {
        for (QString &cell : row.cells)
            cell = LegacyEncoding::repairText(cell, encoding);
    }
    return LegacyEncoding::name(encoding);
}

Result<QList<XlsxReader::SheetInfo>> sheetList(Archive &archive, const QString &shown)
{
    const Result<Workbook> book = readWorkbook(archive, shown);
    if (!book)
        return book.error();
    QList<XlsxReader::SheetInfo> result;
    for (const SheetEntry &entry : book->sheets)
        result << XlsxReader::SheetInfo {entry.name, entry.hidden};
    return result;
}

/// Reads one sheet of an opened archive (see XlsxReader::read).
Result<ImportTable> readSheet(Archive &archive, const QString &shown, const QString &sheet,
                              const XlsxReader::Limits &limits)
{
    const Result<Workbook> book = readWorkbook(archive, shown);
    if (!book)
        return book.error();

    // The sheet: by name, by folded name, by position; else the first visible.
    const SheetEntry *chosen = nullptr;
    if (sheet.isEmpty()) {
        for (const SheetEntry &entry : book->sheets) {
            if (!entry.hidden) {
                chosen = &entry;
                break;
            }
        }
        if (!chosen)
            chosen = &book->sheets.first();
    } else {
        for (const SheetEntry &entry : book->sheets) {
            if (entry.name == sheet)
                chosen = &entry;
        }
        for (const SheetEntry &entry : book->sheets) {
            if (!chosen && VietnameseText::fold(entry.name) == VietnameseText::fold(sheet))
                chosen = &entry;
        }
        bool isNumber = false;
        const int position = sheet.toInt(&isNumber);
        if (!chosen && isNumber && position >= 1 && position <= book->sheets.size())
            chosen = &book->sheets.at(position - 1);
        if (!chosen) {
            QStringList names;
            for (const SheetEntry &entry : book->sheets)
                names << QStringLiteral("“%1”").arg(entry.name);
            return Error(Error::Code::NotFound,
                         XlsxReader::tr("%1: there is no sheet “%2”; the sheets are %3.")
                             .arg(shown, sheet, names.join(QStringLiteral(", "))));
        }
    }

    const Result<QStringList> strings = readSharedStrings(archive, shown);
    if (!strings)
        return strings.error();
    const Result<QList<DateKind>> styles = readStyles(archive, shown);
    if (!styles)
        return styles.error();
    const Result<QByteArray> data = archive.read(chosen->part);
    if (!data)
        return data.error();

    ImportTable table;
    table.file = shown;
    table.sheet = chosen->name;
    auto where = [&](int row, int column) {
        QString text = XlsxReader::tr("%1, sheet “%2”").arg(shown, chosen->name);
        if (row > 0)
            text += XlsxReader::tr(", row %1").arg(row);
        if (column >= 0)
            text += XlsxReader::tr(", column %1").arg(ImportTable::columnLetter(column));
        return text;
    };

    QHash<qint64, QString> cells;
    QSet<int> hiddenRows;
    QSet<int> rowsSeen;
    QList<QPair<QPoint, QPoint>> merges; // (column, row) corners
    int maxRow = 0;
    int maxColumn = -1;
    int currentRow = 0;
    int nextColumn = 0;

    QXmlStreamReader xml(data.value());
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("row")) {
            const auto r = xml.attributes().value(QLatin1String("r"));
            currentRow = r.isEmpty() ? currentRow + 1 : r.toInt();
            if (currentRow < 1 || currentRow > ExcelMaxRows)
                return Error(Error::Code::Invalid,
                             XlsxReader::tr("%1: a row number beyond Excel's limit (%2).")
                                 .arg(where(0, -1))
                                 .arg(ExcelMaxRows));
            rowsSeen.insert(currentRow);
            if (rowsSeen.size() > limits.maxRows)
                return Error(Error::Code::Invalid,
                             XlsxReader::tr("%1: more than %2 rows; split the file.")
                                 .arg(where(0, -1))
                                 .arg(limits.maxRows));
            const auto hidden = xml.attributes().value(QLatin1String("hidden"));
            if (hidden == QLatin1String("1") || hidden == QLatin1String("true"))
                hiddenRows.insert(currentRow);
            nextColumn = 0;
        } else if (name == QLatin1String("c")) {
            const QXmlStreamAttributes a = xml.attributes();
            int column = nextColumn;
            int row = currentRow;
            const auto ref = a.value(QLatin1String("r"));
            if (!ref.isEmpty()) {
                int refRow = -1;
                if (!parseReference(ref, column, refRow) || column < 0)
                    return Error(Error::Code::Invalid,
                                 XlsxReader::tr("%1: a cell has the malformed reference “%2”.")
                                     .arg(where(row, -1), ref.toString()));
                if (refRow > ExcelMaxRows)
                    return Error(Error::Code::Invalid,
                                 XlsxReader::tr("%1: a row number beyond Excel's limit (%2).")
                                     .arg(where(0, -1))
                                     .arg(ExcelMaxRows));
                if (refRow > 0)
                    row = refRow;
            }
            if (column >= limits.maxColumns)
                return Error(
                    Error::Code::Invalid,
                    XlsxReader::tr("%1: a cell beyond the last column Excel allows (%2); the file "
                                   "is refused.")
                        .arg(where(row, -1), ImportTable::columnLetter(limits.maxColumns - 1)));
            nextColumn = column + 1;
            const QString type = a.value(QLatin1String("t")).toString();
            const int style = a.value(QLatin1String("s")).toInt();
            QString value;
            QString inlineText;
            bool hasValue = false;
            while (xml.readNextStartElement()) {
                if (xml.name() == QLatin1String("v")) {
                    value = xml.readElementText();
                    hasValue = true;
                } else if (xml.name() == QLatin1String("is")) {
                    while (xml.readNextStartElement()) {
                        if (xml.name() == QLatin1String("t")) {
                            inlineText += xml.readElementText();
                        } else if (xml.name() == QLatin1String("r")) {
                            while (xml.readNextStartElement()) {
                                if (xml.name() == QLatin1String("t"))
                                    inlineText += xml.readElementText();
                                else
                                    xml.skipCurrentElement();
                            }
                        } else {
                            xml.skipCurrentElement();
                        }
                    }
                    hasValue = true;
                } else {
                    xml.skipCurrentElement();
                }
            }
            if (!hasValue)
                continue;
            QString text;
            if (type == QLatin1String("s")) {
                bool ok = false;
                const int index = value.toInt(&ok);
                if (!ok || index < 0 || index >= strings->size())
                    return Error(
                        Error::Code::Invalid,
                        XlsxReader::tr("%1: the cell refers to a text that is not in the file; the "
                                       "file is damaged.")
                            .arg(where(row, column)));
                text = strings->at(index);
            } else if (type == QLatin1String("inlineStr")) {
                text = unescapedText(inlineText);
            } else if (type == QLatin1String("str") || type == QLatin1String("e")
                       || type == QLatin1String("b")) {
                text = value;
            } else if (type == QLatin1String("d")) {
                const QDateTime moment = QDateTime::fromString(value, Qt::ISODate);
                text = moment.isValid() ? moment.date().toString(QStringLiteral("dd/MM/yyyy"))
                                        : value;
            } else {
                bool ok = false;
                const double number = value.toDouble(&ok);
                const DateKind kind
                    = style >= 0 && style < styles->size() ? styles->at(style) : DateKind::None;
                text = !ok ? value
                           : (kind == DateKind::None ? numberText(number)
                                                     : dateText(number, kind, book->date1904));
            }
            if (text.isEmpty())
                continue;
            if (cells.size() >= limits.maxCells)
                return Error(Error::Code::Invalid,
                             XlsxReader::tr("%1: more than %2 cells; the file is refused.")
                                 .arg(where(0, -1))
                                 .arg(limits.maxCells));
            cells.insert(cellKey(row, column), text);
            maxRow = qMax(maxRow, row);
            maxColumn = qMax(maxColumn, column);
        } else if (name == QLatin1String("mergeCell")) {
            const QString ref = xml.attributes().value(QLatin1String("ref")).toString();
            const QStringList corners = ref.split(u':');
            int c1 = -1, r1 = -1, c2 = -1, r2 = -1;
            if (corners.size() == 2 && parseReference(corners.at(0), c1, r1)
                && parseReference(corners.at(1), c2, r2) && c1 >= 0 && r1 > 0 && c2 >= c1
                && r2 >= r1)
                merges.append({QPoint(c1, r1), QPoint(c2, r2)});
        }
    }
    if (xml.hasError())
        return xmlError(shown, chosen->part, xml);

    // Merged areas show their first cell's value everywhere: copy it, within
    // the rows and columns that hold data (a merge over a whole column must
    // not create a million cells). Every copy counts, so that many merges over
    // the same area cannot keep the reader busy for hours either.
    auto tooManyCells = [&]() {
        return Error(Error::Code::Invalid,
                     XlsxReader::tr("%1: more than %2 cells; the file is refused.")
                         .arg(where(0, -1))
                         .arg(limits.maxCells));
    };
    qint64 copied = 0;
    for (const auto &merge : std::as_const(merges)) {
        const QString value = cells.value(cellKey(merge.first.y(), merge.first.x()));
        if (value.isEmpty())
            continue;
        const int lastRow = qMin(merge.second.y(), maxRow);
        const int lastColumn = qMin(merge.second.x(), maxColumn);
        for (int r = merge.first.y(); r <= lastRow; ++r) {
            for (int c = merge.first.x(); c <= lastColumn; ++c) {
                if (cells.size() >= limits.maxCells || ++copied > limits.maxCells)
                    return tooManyCells();
                cells.insert(cellKey(r, c), value);
            }
        }
    }

    QMap<int, QMap<int, QString>> byRow;
    for (auto it = cells.cbegin(); it != cells.cend(); ++it) {
        const int row = int(it.key() / 20000);
        if (!hiddenRows.contains(row) && !it.value().trimmed().isEmpty())
            byRow[row].insert(int(it.key() % 20000), it.value());
    }
    // Rows are as wide as their last cell: a few cells far to the right on
    // many rows must not expand into billions of empty ones.
    qint64 expanded = 0;
    for (auto it = byRow.cbegin(); it != byRow.cend(); ++it) {
        ImportRow row;
        row.number = it.key();
        const int width = it.value().lastKey() + 1;
        expanded += width;
        if (expanded > limits.maxCells)
            return tooManyCells();
        row.cells.reserve(width);
        for (int c = 0; c < width; ++c)
            row.cells << it.value().value(c).trimmed();
        table.rows << row;
    }
    table.encoding = repairLegacyText(table.rows);
    return table;
}

} // namespace

QDate XlsxReader::dateFromSerial(double serial, bool date1904)
{
    if (!std::isfinite(serial) || serial < 0 || serial > 2958465) // 31/12/9999
        return {};
    const qint64 days = qint64(std::floor(serial));
    if (date1904)
        return QDate(1904, 1, 1).addDays(days);
    if (days == 60)
        return {}; // 29/2/1900, which never was
    if (days < 60)
        return QDate(1899, 12, 31).addDays(days);
    return QDate(1899, 12, 30).addDays(days);
}

Result<QList<XlsxReader::SheetInfo>> XlsxReader::sheets(const QString &path, const Limits &limits)
{
    const QString shown = QFileInfo(path).fileName();
    Archive archive(shown, limits);
    if (const Status s = archive.open(path); !s)
        return s.error();
    return sheetList(archive, shown);
}

Result<QList<XlsxReader::SheetInfo>>
XlsxReader::sheets(const QByteArray &bytes, const QString &fileName, const Limits &limits)
{
    Archive archive(fileName, limits);
    if (const Status s = archive.open(bytes); !s)
        return s.error();
    return sheetList(archive, fileName);
}

Result<ImportTable> XlsxReader::read(const QString &path, const QString &sheet,
                                     const Limits &limits)
{
    const QString shown = QFileInfo(path).fileName();
    Archive archive(shown, limits);
    if (const Status s = archive.open(path); !s)
        return s.error();
    return readSheet(archive, shown, sheet, limits);
}

Result<ImportTable> XlsxReader::read(const QByteArray &bytes, const QString &fileName,
                                     const QString &sheet, const Limits &limits)
{
    Archive archive(fileName, limits);
    if (const Status s = archive.open(bytes); !s)
        return s.error();
    return readSheet(archive, fileName, sheet, limits);
}

} // namespace DutyDesk
