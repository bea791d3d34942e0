#pragma once

#include "Database.h"
#include "Domain.h"
#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <QVariantList>

namespace DutyDesk {

/// Everything a deletion takes with it through the schema's ON DELETE rules
/// (a unit's sub-units, people, numbers, hotlines, chain steps, assignments,
/// leave; the links of duty-log entries), captured before the deletion so that
/// an undo can put every row back with its own id. Ids matter: later edits on
/// the undo stack refer to the restored rows by id.
class DeletionSnapshot
{
    Q_DECLARE_TR_FUNCTIONS(DutyDesk::DeletionSnapshot)
public:
    static Result<DeletionSnapshot> ofUnit(Database &db, Id unitId);
    static Result<DeletionSnapshot> ofPerson(Database &db, Id personId);
    static Result<DeletionSnapshot> ofHotline(Database &db, Id hotlineId);

    /// How many rows of `table` ("units", "people", "hotlines",
    /// "escalation_steps", "assignments", ...) go with the deletion.
    int count(const QString &table) const;

    /// Inserts every captured row again with its id, in one transaction, and
    /// restores the duty-log links the deletion cleared.
    Status restore(Database &db) const;

private:
    struct Rows
    {
        QString table;
        QStringList columns;
        QList<QVariantList> rows;
    };

    static Result<DeletionSnapshot> capture(Database &db, const QString &with, Id rootId,
                                            const QString &unitSet, const QString &peopleSet,
                                            const QString &hotlineSet, const QString &rootTable);

    QString m_rootTable;
    Id m_rootId = NoId;
    QList<Rows> m_rows; ///< in an order that satisfies the foreign keys
    QList<QPair<Id, Id>> m_logUnitLinks; ///< duty_log id → unit id
};

} // namespace DutyDesk
