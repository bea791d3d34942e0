#include "AuditLog.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace DutyDesk {

AuditLog::AuditLog(Database &database)
    : m_db(database)
{
}

Result<QList<AuditRecord>> AuditLog::records(const Filter &filter) const
{
    QStringList where;
    QVariantList values;
    if (filter.since.isValid()) {
        where << QStringLiteral("at >= ?");
        values << filter.since.toString(Qt::ISODate);
    }
    if (!filter.table.isEmpty()) {
        where << QStringLiteral("table_name = ?");
        values << filter.table;
    }
    if (filter.rowId != NoId) {
        where << QStringLiteral("row_id = ?");
        values << filter.rowId;
    }
    QString sql = QStringLiteral("SELECT id, at, os_user, action, table_name, row_id, before_json, "
                                 "after_json FROM audit_log");
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY id");
    if (filter.limit > 0)
        sql += QStringLiteral(" LIMIT %1").arg(filter.limit);
    QSqlQuery q = m_db.prepare(sql);
    for (const QVariant &value : values)
        q.addBindValue(value);
    if (const Status s = m_db.exec(q); !s)
        return s.error();
    QList<AuditRecord> result;
    while (q.next()) {
        AuditRecord r;
        r.id = q.value(0).toLongLong();
        r.at = QDateTime::fromString(q.value(1).toString(), Qt::ISODate);
        r.user = q.value(2).toString();
        r.action = q.value(3).toString();
        r.table = q.value(4).toString();
        r.rowId = q.value(5).toLongLong();
        r.before = q.value(6).toString();
        r.after = q.value(7).toString();
        result << r;
    }
    return result;
}

QJsonObject AuditLog::toJson(const AuditRecord &record)
{
    auto parsed = [](const QString &text) -> QJsonValue {
        if (text.isEmpty())
            return QJsonValue();
        const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
        return doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(text);
    };
    return {{QStringLiteral("id"), record.id},
            {QStringLiteral("at"), record.at.toString(Qt::ISODate)},
            {QStringLiteral("user"), record.user},
            {QStringLiteral("action"), record.action},
            {QStringLiteral("table"), record.table},
            {QStringLiteral("row_id"), record.rowId},
            {QStringLiteral("before"), parsed(record.before)},
            {QStringLiteral("after"), parsed(record.after)}};
}

} // namespace DutyDesk
