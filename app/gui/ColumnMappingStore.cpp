#include "ColumnMappingStore.h"

#include "VietnameseText.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace DutyDesk {

namespace {

using Field = ImportMapping::Field;

// As far as ImportMapping::recognise looks for a header row.
constexpr int ScannedRows = 30;

std::optional<Field> fieldFromKey(const QString &key)
{
    for (int f = int(Field::Ignore); f <= int(Field::Source); ++f) {
        if (ImportMapping::fieldKey(Field(f)) == key)
            return Field(f);
    }
    return std::nullopt;
}

} // namespace

ColumnMappingStore::ColumnMappingStore(Database &database)
    : m_settings(database)
{
}

QString ColumnMappingStore::signature(const QStringList &headerCells)
{
    QStringList texts;
    for (const QString &cell : headerCells)
        texts << VietnameseText::fold(cell).simplified();
    while (!texts.isEmpty() && texts.last().isEmpty())
        texts.removeLast();
    return texts.join(u'|');
}

QString ColumnMappingStore::key(ImportKind kind, const QString &signature)
{
    // Headers can be long: the key holds a digest, the value the signature.
    const QByteArray digest
        = QCryptographicHash::hash(signature.toUtf8(), QCryptographicHash::Sha1).toHex();
    return QStringLiteral("import.mapping.%1.%2")
        .arg(ImportMapping::kindKey(kind), QString::fromLatin1(digest));
}

std::optional<ImportMapping> ColumnMappingStore::find(const ImportTable &table,
                                                      ImportKind kind) const
{
    const int scan = int(qMin<qsizetype>(table.rows.size(), ScannedRows));
    for (int r = 0; r < scan; ++r) {
        const QStringList &cells = table.rows.at(r).cells;
        const QString rowSignature = signature(cells);
        if (rowSignature.isEmpty())
            continue;
        const Result<QString> text = m_settings.value(key(kind, rowSignature));
        if (!text || text->isEmpty())
            continue;
        const QJsonObject stored = QJsonDocument::fromJson(text->toUtf8()).object();
        if (stored.value(QStringLiteral("signature")).toString() != rowSignature)
            continue;
        ImportMapping mapping;
        mapping.headerRow = r;
        for (const QJsonValue &value : stored.value(QStringLiteral("columns")).toArray()) {
            const QJsonObject o = value.toObject();
            const std::optional<Field> field
                = fieldFromKey(o.value(QStringLiteral("field")).toString());
            const int index = o.value(QStringLiteral("index")).toInt(-1);
            if (!field || *field == Field::Ignore || index < 0 || index >= cells.size())
                continue;
            ImportMapping::Column column;
            column.index = index;
            column.field = *field;
            column.header = cells.at(index).simplified();
            column.roleName = o.value(QStringLiteral("role")).toString();
            mapping.columns << column;
        }
        return mapping;
    }
    return std::nullopt;
}

Status ColumnMappingStore::remember(const ImportTable &table, ImportKind kind,
                                    const ImportMapping &mapping)
{
    if (mapping.headerRow < 0 || mapping.headerRow >= table.rows.size())
        return Error(Error::Code::Invalid, tr("The header row of the mapping is not in the file."));
    const QString rowSignature = signature(table.rows.at(mapping.headerRow).cells);
    if (rowSignature.isEmpty())
        return {};
    QJsonArray columns;
    for (const ImportMapping::Column &c : mapping.columns) {
        if (c.field == Field::Ignore)
            continue;
        QJsonObject o {{QStringLiteral("index"), c.index},
                       {QStringLiteral("field"), ImportMapping::fieldKey(c.field)}};
        if (c.field == Field::Role)
            o.insert(QStringLiteral("role"), c.roleName);
        columns.append(o);
    }
    const QJsonObject value {{QStringLiteral("signature"), rowSignature},
                             {QStringLiteral("columns"), columns}};
    return m_settings.setValue(
        key(kind, rowSignature),
        QString::fromUtf8(QJsonDocument(value).toJson(QJsonDocument::Compact)));
}

} // namespace DutyDesk
