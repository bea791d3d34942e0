#pragma once

#include "Database.h"
#include "Domain.h"
#include "Result.h"

#include <QJsonObject>

namespace DutyDesk {

/// Reading the audit log: every change and every export, who and when.
class AuditLog
{
public:
    struct Filter
    {
        QDateTime since; ///< at or after this moment
        QDateTime until; ///< before this moment
        QString table;
        Id rowId = NoId;
        /// Records of this unit: the unit itself, its chain, and every record
        /// whose before or after names it as `unit_id` (people, hotlines,
        /// assignments, duty-log entries, exports).
        Id unitId = NoId;
        /// Records of this person: the person itself and every record whose
        /// before or after names them as `person_id` (assignments, steps,
        /// unavailability).
        Id personId = NoId;
        /// Every word, diacritics optional, in the user, action, table or the
        /// values before and after.
        QString text;
        bool newestFirst = false;
        int limit = 0; ///< 0: all
    };

    explicit AuditLog(Database &database);

    /// Matching records, oldest first (or newest first when the filter says so).
    Result<QList<AuditRecord>> records(const Filter &filter) const;

    static QJsonObject toJson(const AuditRecord &record);
    /// Whether `record` is about the unit or the person (see Filter).
    static bool concernsUnit(const AuditRecord &record, Id unitId);
    static bool concernsPerson(const AuditRecord &record, Id personId);

private:
    Database &m_db;
};

} // namespace DutyDesk
