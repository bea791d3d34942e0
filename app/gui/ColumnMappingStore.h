#pragma once

#include "Database.h"
#include "ImportMapping.h"
#include "ImportTable.h"
#include "Result.h"
#include "SettingsStore.h"

#include <QCoreApplication>

#include <optional>

namespace DutyDesk {

/// The column mappings the user corrected in the import dialog, remembered
/// in the database's settings table. A mapping is keyed by the kind of import
/// and the header row's signature (its folded texts), so the next file with
/// the same header — the same unit's spreadsheet, next holiday — is mapped
/// the same way without asking. Kept in the database rather than on this
/// computer: every desk that imports into the same file benefits.
class ColumnMappingStore
{
    Q_DECLARE_TR_FUNCTIONS(DutyDesk::ColumnMappingStore)
public:
    explicit ColumnMappingStore(Database &database);

    /// The folded, simplified texts of a header row joined by "|"; empty
    /// when the row has no text.
    static QString signature(const QStringList &headerCells);

    /// A remembered mapping for a header row among the first rows of
    /// `table`, with that row as its header row.
    std::optional<ImportMapping> find(const ImportTable &table, ImportKind kind) const;

    /// Remembers `mapping` for the signature of its header row in `table`.
    Status remember(const ImportTable &table, ImportKind kind, const ImportMapping &mapping);

private:
    static QString key(ImportKind kind, const QString &signature);

    SettingsStore m_settings;
};

} // namespace DutyDesk
