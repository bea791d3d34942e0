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
        QDateTime since;
        QString table;
        Id rowId = NoId;
        int limit = 0; ///< 0: all
    };

    explicit AuditLog(Database &database);

    /// Matching records, oldest first.
    Result<QList<AuditRecord>> records(const Filter &filter) const;

    static QJsonObject toJson(const AuditRecord &record);

private:
    Database &m_db;
};

} // namespace DutyDesk
