#include "CsvReader.h"

#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

namespace DutyDesk {

namespace {

// Counts the fields of the first lines for a separator, outside quotes.
QList<int> fieldCounts(const QString &text, QChar delimiter, int lines)
{
    QList<int> counts;
    int fields = 1;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size() && counts.size() < lines; ++i) {
        const QChar c = text.at(i);
        if (c == u'"') {
            quoted = !quoted;
        } else if (!quoted && c == delimiter) {
            ++fields;
        } else if (!quoted && c == u'\n') {
            counts << fields;
            fields = 1;
        }
    }
    if (counts.size() < lines && fields > 1)
        counts << fields;
    return counts;
}

bool looksBinary(const QString &text)
{
    qsizetype controls = 0;
    const qsizetype checked = qMin<qsizetype>(text.size(), 64 * 1024);
    for (qsizetype i = 0; i < checked; ++i) {
        const char16_t c = text.at(i).unicode();
        if (c == 0)
            return true;
        if ((c < 0x20 && c != u'\t' && c != u'\r' && c != u'\n') || c == 0xFFFD)
            ++controls;
    }
    return checked > 0 && controls * 20 > checked;
}

} // namespace

QString CsvReader::decode(const QByteArray &bytes, QString *encoding)
{
    auto set = [encoding](const QString &name) {
        if (encoding)
            *encoding = name;
    };
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        set(QStringLiteral("UTF-8"));
        return QString::fromUtf8(bytes.mid(3)).normalized(QString::NormalizationForm_C);
    }
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        const bool little = bytes.startsWith("\xFF\xFE");
        set(little ? QStringLiteral("UTF-16LE") : QStringLiteral("UTF-16BE"));
        QStringDecoder decoder(little ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE);
        return QString(decoder.decode(bytes.mid(2))).normalized(QString::NormalizationForm_C);
    }
    // UTF-16 without a BOM: every other byte of ASCII text is zero.
    if (bytes.size() >= 4 && bytes.size() % 2 == 0) {
        int zeroEven = 0;
        int zeroOdd = 0;
        const qsizetype n = qMin<qsizetype>(bytes.size(), 4096);
        for (qsizetype i = 0; i < n; ++i) {
            if (bytes.at(i) == 0)
                ++(i % 2 ? zeroOdd : zeroEven);
        }
        if (zeroOdd * 3 > n && zeroEven == 0) {
            set(QStringLiteral("UTF-16LE"));
            QStringDecoder decoder(QStringDecoder::Utf16LE);
            return QString(decoder.decode(bytes)).normalized(QString::NormalizationForm_C);
        }
        if (zeroEven * 3 > n && zeroOdd == 0) {
            set(QStringLiteral("UTF-16BE"));
            QStringDecoder decoder(QStringDecoder::Utf16BE);
            return QString(decoder.decode(bytes)).normalized(QString::NormalizationForm_C);
        }
    }
    const LegacyEncoding::Encoding detected = LegacyEncoding::detect(bytes);
    set(LegacyEncoding::name(detected));
    return LegacyEncoding::decode(bytes, detected);
}

QChar CsvReader::detectDelimiter(const QString &text)
{
    QChar best = u',';
    int bestFields = 1;
    bool bestConsistent = false;
    for (const QChar candidate : {QChar(u','), QChar(u';'), QChar(u'\t')}) {
        const QList<int> counts = fieldCounts(text, candidate, 10);
        if (counts.isEmpty())
            continue;
        int maxFields = 0;
        for (const int n : counts)
            maxFields = qMax(maxFields, n);
        // Title rows ("LỊCH TRỰC ...") have one field: consistency is judged
        // on the lines that split at all.
        bool consistent = true;
        for (const int n : counts) {
            if (n > 1 && n != maxFields)
                consistent = false;
        }
        if (maxFields <= 1)
            continue;
        if ((consistent && !bestConsistent)
            || (consistent == bestConsistent && maxFields > bestFields)) {
            best = candidate;
            bestFields = maxFields;
            bestConsistent = consistent;
        }
    }
    return best;
}

Result<ImportTable> CsvReader::readFile(const QString &path, const Limits &limits)
{
    const QString shown = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(Error::Code::Io,
                     tr("%1: the file cannot be opened (%2).").arg(shown, file.errorString()));
    if (file.size() > limits.maxFileBytes)
        return Error(Error::Code::Invalid,
                     tr("%1: the file is too large to import (%2 MB; at most %3 MB).")
                         .arg(shown)
                         .arg(file.size() / (1024 * 1024))
                         .arg(limits.maxFileBytes / (1024 * 1024)));
    const QByteArray bytes = file.read(limits.maxFileBytes + 1);
    return read(bytes, shown, limits);
}

Result<ImportTable> CsvReader::read(const QByteArray &bytes, const QString &fileName,
                                    const Limits &limits)
{
    if (bytes.size() > limits.maxFileBytes)
        return Error(Error::Code::Invalid,
                     tr("%1: the file is too large to import (more than %2 MB).")
                         .arg(fileName)
                         .arg(limits.maxFileBytes / (1024 * 1024)));
    ImportTable table;
    table.file = fileName;
    const QString text = decode(bytes, &table.encoding);
    if (text.trimmed().isEmpty())
        return Error(Error::Code::Invalid, tr("%1: the file is empty.").arg(fileName));
    if (looksBinary(text))
        return Error(Error::Code::Invalid,
                     tr("%1: this is not a text (CSV) file. Save the spreadsheet as “CSV UTF-8” or "
                        "import the .xlsx file itself.")
                         .arg(fileName));
    const QChar delimiter = detectDelimiter(text);

    int record = 1;
    ImportRow row;
    row.number = record;
    QString field;
    bool quoted = false;
    bool fieldWasQuoted = false;
    auto endField = [&]() -> Status {
        if (row.cells.size() >= limits.maxColumns)
            return Error(Error::Code::Invalid,
                         tr("%1, row %2: more than %3 columns.")
                             .arg(fileName)
                             .arg(record)
                             .arg(limits.maxColumns));
        row.cells << (fieldWasQuoted ? field : field.trimmed());
        field.clear();
        fieldWasQuoted = false;
        return {};
    };
    auto endRecord = [&]() -> Status {
        if (const Status s = endField(); !s)
            return s;
        bool empty = true;
        for (const QString &cell : std::as_const(row.cells)) {
            if (!cell.trimmed().isEmpty()) {
                empty = false;
                break;
            }
        }
        if (!empty) {
            if (table.rows.size() >= limits.maxRows)
                return Error(
                    Error::Code::Invalid,
                    tr("%1: more than %2 rows; split the file.").arg(fileName).arg(limits.maxRows));
            table.rows << row;
        }
        ++record;
        row = ImportRow();
        row.number = record;
        return {};
    };

    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < n && text.at(i + 1) == u'"') {
                    field.append(u'"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field.append(c);
            }
        } else if (c == u'"' && field.trimmed().isEmpty()) {
            quoted = true;
            fieldWasQuoted = true;
            field.clear();
        } else if (c == delimiter) {
            if (const Status s = endField(); !s)
                return s.error();
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < n && text.at(i + 1) == u'\n')
                ++i;
            if (const Status s = endRecord(); !s)
                return s.error();
        } else {
            field.append(c);
        }
        if (field.size() > limits.maxFieldChars)
            return Error(Error::Code::Invalid,
                         tr("%1, row %2, column %3: a field longer than %4 characters; is this "
                            "really a CSV file?")
                             .arg(fileName)
                             .arg(record)
                             .arg(ImportTable::columnLetter(int(row.cells.size())))
                             .arg(limits.maxFieldChars));
    }
    if (quoted)
        return Error(Error::Code::Invalid,
                     tr("%1, row %2: a quoted field is not closed (a \" is missing).")
                         .arg(fileName)
                         .arg(record));
    if (!field.isEmpty() || !row.cells.isEmpty()) {
        if (const Status s = endRecord(); !s)
            return s.error();
    }
    if (table.rows.isEmpty())
        return Error(Error::Code::Invalid, tr("%1: the file is empty.").arg(fileName));
    return table;
}

} // namespace DutyDesk
