#pragma once

// Builds the files the import tests read: raw zip archives (for hostile
// workbooks) with libzip, and office-style workbooks with libxlsxwriter.

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QPair>
#include <QString>

#include <xlsxwriter.h>
#include <zip.h>

namespace ImportFiles {

/// Writes a zip archive holding `parts` (name, content), deflated.
inline bool writeZip(const QString &path, const QList<QPair<QString, QByteArray>> &parts)
{
    QFile::remove(path);
    int error = 0;
    zip_t *archive
        = zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    if (!archive)
        return false;
    for (const auto &part : parts) {
        // libzip keeps the pointer until zip_close: copy the data it reads.
        void *copy = malloc(size_t(part.second.size()) + 1);
        memcpy(copy, part.second.constData(), size_t(part.second.size()));
        zip_source_t *source
            = zip_source_buffer(archive, copy, zip_uint64_t(part.second.size()), 1);
        if (!source
            || zip_file_add(archive, part.first.toUtf8().constData(), source, ZIP_FL_ENC_UTF_8)
                < 0) {
            zip_discard(archive);
            return false;
        }
    }
    return zip_close(archive) == 0;
}

/// The parts of a minimal workbook with one sheet named "Sheet1" whose XML
/// is `sheetXml`.
inline QList<QPair<QString, QByteArray>> minimalWorkbook(const QByteArray &sheetXml)
{
    return {
        {QStringLiteral("[Content_Types].xml"),
         QByteArray("<?xml version=\"1.0\"?><Types "
                    "xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>")},
        {QStringLiteral("xl/workbook.xml"),
         QByteArray(
             "<?xml version=\"1.0\"?><workbook "
             "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
             "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
             "<sheets><sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>")},
        {QStringLiteral("xl/_rels/workbook.xml.rels"),
         QByteArray(
             "<?xml version=\"1.0\"?><Relationships "
             "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
             "<Relationship Id=\"rId1\" Type=\"worksheet\" Target=\"worksheets/sheet1.xml\"/>"
             "</Relationships>")},
        {QStringLiteral("xl/worksheets/sheet1.xml"), sheetXml},
    };
}

inline QByteArray sheetXml(const QByteArray &sheetData, const QByteArray &after = {})
{
    return "<?xml version=\"1.0\"?><worksheet "
           "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
        + sheetData + "</sheetData>" + after + "</worksheet>";
}

} // namespace ImportFiles
