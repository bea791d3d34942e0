#pragma once

#include "Database.h"

#include <QCoreApplication>
#include <QVariant>

namespace DutyDesk {

/// Small pieces shared by the stores.
class StoreSupport
{
    Q_DECLARE_TR_FUNCTIONS(DutyDesk::StoreSupport)
public:
    /// NULL for NoId, the id otherwise (for nullable foreign keys).
    static QVariant nullableId(Id id)
    {
        return id == NoId ? QVariant(QMetaType::fromType<qint64>()) : QVariant(id);
    }

    /// Runs an INSERT ... RETURNING id and reads the new id.
    static Status execReturningId(const Database &db, QSqlQuery &query, Id &id);

    /// The refusal of a change made from data that changed meanwhile.
    static Error staleError(const QString &what);
};

} // namespace DutyDesk
