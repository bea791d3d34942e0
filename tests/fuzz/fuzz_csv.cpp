// libFuzzer target: the CSV reader and the legacy Vietnamese encodings on
// arbitrary bytes. A crash, a sanitizer report, a leak, a hang or a broken
// promise of the reader (checked below) is a bug.

#include "CsvReader.h"
#include "LegacyEncoding.h"

#include <cstdint>
#include <cstdlib>

using namespace DutyDesk;

namespace {

void require(bool condition)
{
    if (!condition)
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes
        = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));

    // Smaller limits than the product's keep each run fast; the code paths
    // that enforce them are the same.
    CsvReader::Limits limits;
    limits.maxFileBytes = 1024 * 1024;
    limits.maxRows = 20000;
    limits.maxFieldChars = 4096;
    limits.maxColumns = 512;
    const Result<ImportTable> table = CsvReader::read(bytes, QStringLiteral("fuzz.csv"), limits);
    if (table.ok()) {
        require(!table->rows.isEmpty());
        require(!table->encoding.isEmpty());
        int previous = 0;
        for (const ImportRow &row : table->rows) {
            require(row.number > previous);
            previous = row.number;
            require(!row.cells.isEmpty() && row.cells.size() <= limits.maxColumns);
            for (const QString &cell : row.cells)
                require(cell.size() <= limits.maxFieldChars);
        }
    } else {
        require(!table.message().isEmpty());
    }

    // Every decoding of the same bytes, and the repair of Unicode text typed
    // with a legacy font (what the XLSX reader does with its cells).
    for (const auto encoding : {LegacyEncoding::Encoding::Windows1258,
                                LegacyEncoding::Encoding::Tcvn3, LegacyEncoding::Encoding::Vni}) {
        const QString decoded = LegacyEncoding::decode(bytes, encoding);
        LegacyEncoding::score(decoded);
    }
    const QString text = QString::fromUtf8(bytes.left(4096));
    const LegacyEncoding::Encoding meant = LegacyEncoding::detectInText(text);
    LegacyEncoding::repairText(text, meant);
    LegacyEncoding::repairText(text, LegacyEncoding::Encoding::Tcvn3);
    LegacyEncoding::repairText(text, LegacyEncoding::Encoding::Vni);
    return 0;
}
