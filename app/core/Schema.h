#pragma once

#include <QList>
#include <QStringList>

namespace DutyDesk {

/// The database schema as a list of forward migrations. Migration N takes a
/// file from version N-1 to N; each runs in one transaction. The SQL keeps to
/// what SQLite and PostgreSQL both accept where that costs nothing.
class Schema
{
public:
    struct Migration
    {
        int version;
        QStringList statements;
    };

    static const QList<Migration> &migrations();
};

} // namespace DutyDesk
