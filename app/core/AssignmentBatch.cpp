#include "AssignmentBatch.h"

#include "StoreSupport.h"

#include <QHash>
#include <QSqlQuery>

#include <algorithm>
#include <tuple>

namespace DutyDesk {

namespace {

constexpr int RowsPerStatement = 100; // at most 1,000 bound values, far below SQLite's limit

struct SlotKey
{
    Id periodId;
    Id unitId;
    QString day;
    Id shiftId;
    Id roleId;
    int slot;
    bool operator==(const SlotKey &o) const
    {
        return std::tie(periodId, unitId, day, shiftId, roleId, slot)
            == std::tie(o.periodId, o.unitId, o.day, o.shiftId, o.roleId, o.slot);
    }
};

size_t qHash(const SlotKey &key, size_t seed = 0)
{
    return qHashMulti(seed, key.periodId, key.unitId, key.day, key.shiftId, key.roleId, key.slot);
}

/// With `texts` false the free name, free phone and note keep their defaults
/// (''): auto-fill only names people of the directory.
QString insertSql(int rows, bool texts)
{
    QString sql = QStringLiteral(
        "INSERT INTO assignments (period_id, unit_id, day, shift_id, role_id, slot, person_id");
    sql += texts ? QStringLiteral(", free_name, free_phone, note) VALUES ")
                 : QStringLiteral(") VALUES ");
    const QString row = texts ? QStringLiteral("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                              : QStringLiteral("(?, ?, ?, ?, ?, ?, ?)");
    for (int i = 0; i < rows; ++i) {
        if (i > 0)
            sql += QLatin1Char(',');
        sql += row;
    }
    // The order of RETURNING rows is not guaranteed: each comes back with its slot.
    return sql + QStringLiteral(" RETURNING id, period_id, unit_id, day, shift_id, role_id, slot");
}

} // namespace

Result<QList<Id>> AssignmentBatch::insert(Database &db, const QList<Row> &rows)
{
    QList<Id> ids(rows.size(), NoId);
    QHash<SlotKey, qsizetype> index;
    index.reserve(rows.size());
    const bool texts = std::any_of(rows.cbegin(), rows.cend(), [](const Row &row) {
        return !row.assignment.freeName.isEmpty() || !row.assignment.freePhone.isEmpty()
            || !row.assignment.note.isEmpty();
    });
    const int columns = texts ? 10 : 7;
    QSqlQuery full;
    if (rows.size() >= RowsPerStatement)
        full = db.prepare(insertSql(RowsPerStatement, texts));
    for (qsizetype from = 0; from < rows.size(); from += RowsPerStatement) {
        const int count = int(std::min<qsizetype>(RowsPerStatement, rows.size() - from));
        QSqlQuery partial;
        if (count < RowsPerStatement)
            partial = db.prepare(insertSql(count, texts)); // the last, shorter statement
        QSqlQuery &q = count < RowsPerStatement ? partial : full;
        index.clear();
        for (int i = 0; i < count; ++i) {
            const Row &row = rows.at(from + i);
            const Assignment &a = row.assignment;
            const QString day = a.day.toString(Qt::ISODate);
            const int base = i * columns;
            q.bindValue(base + 0, a.periodId);
            q.bindValue(base + 1, a.unitId);
            q.bindValue(base + 2, day);
            q.bindValue(base + 3, a.shiftId);
            q.bindValue(base + 4, a.roleId);
            q.bindValue(base + 5, row.slot);
            q.bindValue(base + 6, StoreSupport::nullableId(a.personId));
            if (texts) {
                // A null QString would bind as NULL; the columns are NOT NULL.
                q.bindValue(base + 7, a.freeName.isNull() ? QStringLiteral("") : a.freeName);
                q.bindValue(base + 8, a.freePhone.isNull() ? QStringLiteral("") : a.freePhone);
                q.bindValue(base + 9, a.note.isNull() ? QStringLiteral("") : a.note);
            }
            index.insert({a.periodId, a.unitId, day, a.shiftId, a.roleId, row.slot}, from + i);
        }
        if (const Status s = db.exec(q); !s)
            return s.error();
        while (q.next()) {
            const SlotKey key {q.value(1).toLongLong(), q.value(2).toLongLong(),
                               q.value(3).toString(),   q.value(4).toLongLong(),
                               q.value(5).toLongLong(), q.value(6).toInt()};
            const qsizetype at = index.value(key, -1);
            if (at >= 0)
                ids[at] = q.value(0).toLongLong();
        }
        q.finish();
    }
    for (const Id id : std::as_const(ids)) {
        if (id == NoId)
            return Error(Error::Code::Database, StoreSupport::tr("The new record received no id."));
    }
    return ids;
}

} // namespace DutyDesk
