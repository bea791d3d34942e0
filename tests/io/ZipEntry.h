#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QStringList>

#include <zip.h>

namespace IoTest {

/// The bytes of one file of a zip archive (an XLSX), or an empty array; with
/// `names`, the names of every file of the archive as well.
inline QByteArray zipEntry(const QString &archive, const QString &name,
                           QStringList *names = nullptr)
{
    int error = 0;
    zip_t *zip = zip_open(QFile::encodeName(archive).constData(), ZIP_RDONLY, &error);
    if (!zip)
        return {};
    if (names) {
        for (zip_int64_t i = 0; i < zip_get_num_entries(zip, 0); ++i)
            *names << QString::fromUtf8(zip_get_name(zip, zip_uint64_t(i), 0));
    }
    QByteArray data;
    zip_stat_t stat;
    const QByteArray entry = name.toUtf8();
    if (zip_stat(zip, entry.constData(), 0, &stat) == 0) {
        if (zip_file_t *file = zip_fopen(zip, entry.constData(), 0)) {
            data.resize(qsizetype(stat.size));
            const zip_int64_t read = zip_fread(file, data.data(), stat.size);
            data.resize(read < 0 ? 0 : qsizetype(read));
            zip_fclose(file);
        }
    }
    zip_discard(zip);
    return data;
}

inline QByteArray zipEntry(const QString &archive, const char *name, QStringList *names = nullptr)
{
    return zipEntry(archive, QString::fromUtf8(name), names);
}

} // namespace IoTest
