#include "DeletionSnapshot.h"

#include <QSqlQuery>
#include <QSqlRecord>

namespace DutyDesk {

namespace {

const QString noIds = QStringLiteral("SELECT 0 WHERE 0");

} // namespace

Result<DeletionSnapshot> DeletionSnapshot::ofUnit(Database &db, Id unitId)
{
    const QString with = QStringLiteral(
        "WITH RECURSIVE sub(id, depth) AS (SELECT id, 0 FROM units WHERE id = ? "
        "UNION ALL SELECT u.id, sub.depth + 1 FROM units u JOIN sub ON u.parent_id = sub.id) ");
    return capture(db, with, unitId, QStringLiteral("SELECT id FROM sub"),
                   QStringLiteral("SELECT id FROM people WHERE unit_id IN (SELECT id FROM sub)"),
                   QStringLiteral("SELECT id FROM hotlines WHERE unit_id IN (SELECT id FROM sub)"),
                   QStringLiteral("units"));
}

Result<DeletionSnapshot> DeletionSnapshot::ofPerson(Database &db, Id personId)
{
    return capture(db, QStringLiteral("WITH sel(id) AS (SELECT ?) "), personId, noIds,
                   QStringLiteral("SELECT id FROM sel"), noIds, QStringLiteral("people"));
}

Result<DeletionSnapshot> DeletionSnapshot::ofHotline(Database &db, Id hotlineId)
{
    return capture(db, QStringLiteral("WITH sel(id) AS (SELECT ?) "), hotlineId, noIds, noIds,
                   QStringLiteral("SELECT id FROM sel"), QStringLiteral("hotlines"));
}

Result<DeletionSnapshot> DeletionSnapshot::capture(Database &db, const QString &with, Id rootId,
                                                   const QString &unitSet, const QString &peopleSet,
                                                   const QString &hotlineSet,
                                                   const QString &rootTable)
{
    DeletionSnapshot snapshot;
    snapshot.m_rootTable = rootTable;
    snapshot.m_rootId = rootId;

    const QString inUnits = QStringLiteral(" IN (") + unitSet + QStringLiteral(")");
    const QString inPeople = QStringLiteral(" IN (") + peopleSet + QStringLiteral(")");
    const QString inHotlines = QStringLiteral(" IN (") + hotlineSet + QStringLiteral(")");
    // Parents before children for units; the other tables in foreign-key order.
    const QList<QPair<QString, QString>> selects = {
        {QStringLiteral("units"),
         rootTable == QLatin1String("units")
             ? QStringLiteral("SELECT units.* FROM units JOIN sub ON sub.id = units.id "
                              "ORDER BY sub.depth, units.id")
             : QString()},
        {QStringLiteral("people"),
         QStringLiteral("SELECT * FROM people WHERE id") + inPeople
             + QStringLiteral(" ORDER BY id")},
        {QStringLiteral("phone_numbers"),
         QStringLiteral("SELECT * FROM phone_numbers WHERE person_id") + inPeople
             + QStringLiteral(" ORDER BY id")},
        {QStringLiteral("hotlines"),
         QStringLiteral("SELECT * FROM hotlines WHERE id") + inHotlines
             + QStringLiteral(" ORDER BY id")},
        {QStringLiteral("escalation_steps"),
         QStringLiteral("SELECT * FROM escalation_steps WHERE unit_id") + inUnits
             + QStringLiteral(" OR person_id") + inPeople + QStringLiteral(" OR hotline_id")
             + inHotlines + QStringLiteral(" ORDER BY id")},
        {QStringLiteral("assignments"),
         QStringLiteral("SELECT * FROM assignments WHERE unit_id") + inUnits
             + QStringLiteral(" OR person_id") + inPeople + QStringLiteral(" ORDER BY id")},
        {QStringLiteral("unavailability"),
         QStringLiteral("SELECT * FROM unavailability WHERE person_id") + inPeople
             + QStringLiteral(" ORDER BY id")},
    };
    for (const auto &[table, select] : selects) {
        if (select.isEmpty())
            continue;
        QSqlQuery q = db.prepare(with + select);
        q.addBindValue(rootId);
        if (const Status s = db.exec(q); !s)
            return s.error();
        Rows rows;
        rows.table = table;
        const QSqlRecord record = q.record();
        for (int i = 0; i < record.count(); ++i)
            rows.columns << record.fieldName(i);
        while (q.next()) {
            QVariantList values;
            for (int i = 0; i < record.count(); ++i) {
                // A NULL read back is a null QString, which binds as '' (not
                // NULL): keep it as a null number, which binds as NULL.
                values << (q.isNull(i) ? QVariant(QMetaType::fromType<qint64>()) : q.value(i));
            }
            rows.rows << values;
        }
        snapshot.m_rows << rows;
    }
    if (snapshot.count(rootTable) == 0)
        return Error(Error::Code::NotFound,
                     tr("There is nothing with id %1 to delete.").arg(rootId));

    QSqlQuery log = db.prepare(
        with + QStringLiteral("SELECT id, unit_id FROM duty_log WHERE unit_id") + inUnits);
    log.addBindValue(rootId);
    if (const Status s = db.exec(log); !s)
        return s.error();
    while (log.next())
        snapshot.m_logUnitLinks << qMakePair(log.value(0).toLongLong(), log.value(1).toLongLong());
    return snapshot;
}

int DeletionSnapshot::count(const QString &table) const
{
    for (const Rows &rows : m_rows) {
        if (rows.table == table)
            return int(rows.rows.size());
    }
    return 0;
}

Status DeletionSnapshot::restore(Database &db) const
{
    return db.transaction([&]() -> Status {
        for (const Rows &rows : m_rows) {
            if (rows.rows.isEmpty())
                continue;
            QStringList marks;
            for (qsizetype i = 0; i < rows.columns.size(); ++i)
                marks << QStringLiteral("?");
            QSqlQuery q
                = db.prepare(QStringLiteral("INSERT INTO ") + rows.table + QStringLiteral(" (")
                             + rows.columns.join(QLatin1Char(',')) + QStringLiteral(") VALUES (")
                             + marks.join(QLatin1Char(',')) + QStringLiteral(")"));
            for (const QVariantList &values : rows.rows) {
                for (int i = 0; i < values.size(); ++i)
                    q.bindValue(i, values.at(i));
                if (const Status s = db.exec(q); !s)
                    return s;
            }
        }
        for (const auto &[entryId, unitId] : m_logUnitLinks) {
            if (const Status s
                = db.exec(QStringLiteral("UPDATE duty_log SET unit_id = ? WHERE id = ?"),
                          {unitId, entryId});
                !s)
                return s;
        }
        return db.audit(QStringLiteral("restore"), m_rootTable, m_rootId);
    });
}

} // namespace DutyDesk
