// libFuzzer target: the XLSX reader on arbitrary bytes. An input that starts
// with "PK" is the file itself (the zip archive: damaged directories, lying
// sizes, odd compression). Any other input is the XML of the workbook's parts,
// separated by NUL bytes, which the target packs into a valid archive first:
// mutations then reach the XML readers instead of failing the archive's
// checksums. A crash, a sanitizer report, a leak, a hang or a broken promise
// of the reader (checked below) is a bug.

#include "XlsxReader.h"

#include <array>
#include <cstdint>
#include <cstdlib>

using namespace DutyDesk;

namespace {

void require(bool condition)
{
    if (!condition)
        std::abort();
}

quint32 crc32(const QByteArray &data)
{
    static const std::array<quint32, 256> table = [] {
        std::array<quint32, 256> t {};
        for (quint32 i = 0; i < 256; ++i) {
            quint32 c = i;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xEDB88320U ^ (c >> 1) : c >> 1;
            t[i] = c;
        }
        return t;
    }();
    quint32 crc = 0xFFFFFFFFU;
    for (const char byte : data)
        crc = table[(crc ^ quint8(byte)) & 0xFF] ^ (crc >> 8);
    return crc ^ 0xFFFFFFFFU;
}

void put16(QByteArray &out, quint32 value)
{
    out.append(char(value & 0xFF));
    out.append(char((value >> 8) & 0xFF));
}

void put32(QByteArray &out, quint32 value)
{
    put16(out, value & 0xFFFF);
    put16(out, value >> 16);
}

/// A zip archive of `parts` (name, content), stored without compression.
QByteArray storedZip(const QList<QPair<QByteArray, QByteArray>> &parts)
{
    QByteArray zip;
    QByteArray directory;
    for (const auto &part : parts) {
        const quint32 offset = quint32(zip.size());
        const quint32 crc = crc32(part.second);
        const auto size = quint32(part.second.size());
        put32(zip, 0x04034b50);
        put16(zip, 20); // version needed
        put16(zip, 0); // flags
        put16(zip, 0); // stored
        put16(zip, 0); // time
        put16(zip, 0x21); // 1/1/1980
        put32(zip, crc);
        put32(zip, size);
        put32(zip, size);
        put16(zip, quint32(part.first.size()));
        put16(zip, 0); // extra field
        zip += part.first + part.second;

        put32(directory, 0x02014b50);
        put16(directory, 20); // made by
        put16(directory, 20); // needed
        put16(directory, 0);
        put16(directory, 0);
        put16(directory, 0);
        put16(directory, 0x21);
        put32(directory, crc);
        put32(directory, size);
        put32(directory, size);
        put16(directory, quint32(part.first.size()));
        put16(directory, 0); // extra field
        put16(directory, 0); // comment
        put16(directory, 0); // disk
        put16(directory, 0); // internal attributes
        put32(directory, 0); // external attributes
        put32(directory, offset);
        directory += part.first;
    }
    const auto directoryOffset = quint32(zip.size());
    zip += directory;
    put32(zip, 0x06054b50);
    put16(zip, 0);
    put16(zip, 0);
    put16(zip, quint32(parts.size()));
    put16(zip, quint32(parts.size()));
    put32(zip, quint32(directory.size()));
    put32(zip, directoryOffset);
    put16(zip, 0); // comment
    return zip;
}

/// The workbook whose parts' XML are the NUL-separated pieces of `input`,
/// in this order; an empty piece leaves the part out.
QByteArray workbookOf(const QByteArray &input)
{
    static const char *const names[] = {
        "xl/workbook.xml",
        "xl/_rels/workbook.xml.rels",
        "xl/worksheets/sheet1.xml",
        "xl/sharedStrings.xml",
        "xl/styles.xml",
        "xl/worksheets/sheet2.xml",
    };
    const QList<QByteArray> pieces = input.split('\0');
    QList<QPair<QByteArray, QByteArray>> parts;
    for (qsizetype i = 0; i < pieces.size() && i < qsizetype(std::size(names)); ++i) {
        if (!pieces.at(i).isEmpty())
            parts.append({QByteArray(names[i]), pieces.at(i)});
    }
    return storedZip(parts);
}

void check(const Result<ImportTable> &table, const XlsxReader::Limits &limits)
{
    if (!table.ok()) {
        require(!table.message().isEmpty());
        return;
    }
    int previous = -1;
    qint64 cells = 0;
    for (const ImportRow &row : table->rows) {
        require(row.number > previous);
        previous = row.number;
        require(!row.cells.isEmpty() && row.cells.size() <= limits.maxColumns);
        cells += row.cells.size();
    }
    require(cells <= limits.maxCells);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input
        = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const QByteArray file = input.startsWith("PK") ? input : workbookOf(input);
    const QString name = QStringLiteral("fuzz.xlsx");

    // Smaller limits than the product's keep each run fast; the code paths
    // that enforce them are the same.
    XlsxReader::Limits limits;
    limits.maxPartBytes = 8 * 1024 * 1024;
    limits.maxTotalBytes = 16 * 1024 * 1024;
    limits.maxRows = 20000;
    limits.maxCells = 200000;

    const Result<QList<XlsxReader::SheetInfo>> sheets = XlsxReader::sheets(file, name, limits);
    require(!sheets.ok() || !sheets->isEmpty());
    check(XlsxReader::read(file, name, QString(), limits), limits);
    if (sheets.ok() && sheets->size() > 1) {
        check(XlsxReader::read(file, name, sheets->last().name, limits), limits);
        check(XlsxReader::read(file, name, QStringLiteral("2"), limits), limits);
    }
    return 0;
}
