#pragma once

#include "Database.h"
#include "Domain.h"
#include "Result.h"

#include <QCoreApplication>

#include <optional>

namespace DutyDesk {

/// The duty log (sổ trực): what duty officers noted during their shifts.
/// Entries are never edited in place: a correction is a new entry that points
/// at the one it corrects, and only the author may correct.
class DutyLogStore
{
    Q_DECLARE_TR_FUNCTIONS(DutyDesk::DutyLogStore)
public:
    struct Filter
    {
        Id periodId = NoId;
        Id unitId = NoId;
        QDateTime from;
        QDateTime to;
        std::optional<LogCategory> category;
        QString text; ///< diacritic-insensitive
    };

    explicit DutyLogStore(Database &database);

    Result<DutyLogEntry> add(DutyLogEntry entry);
    /// Records a correction of entry `entryId` by its author.
    Result<DutyLogEntry> correct(Id entryId, const QString &newText, const QString &author);
    Result<DutyLogEntry> entry(Id id) const;
    /// Matching entries, oldest first; corrected entries are included (marked by
    /// the correcting entries' `correctsId`).
    Result<QList<DutyLogEntry>> entries(const Filter &filter) const;
    Result<QList<DutyLogEntry>> entries() const { return entries(Filter()); }

private:
    Database &m_db;
};

} // namespace DutyDesk
