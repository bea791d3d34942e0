#include "AuditLog.h"

#include "VietnameseText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

#include <algorithm>

namespace DutyDesk {

namespace {

QJsonObject object(const QString &text)
{
    if (text.isEmpty())
        return {};
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

bool names(const AuditRecord &record, const QString &key, Id id)
{
    for (const QString *text : {&record.before, &record.after}) {
        const QJsonValue value = object(*text).value(key);
        if (value.isDouble() && value.toInteger() == id)
            return true;
    }
    return false;
}

// The texts of a before or after: its values, not its keys (every person has
// "phone_numbers", which would match "pho").
void collectValues(const QJsonValue &value, QStringList &out)
{
    if (value.isString()) {
        out << value.toString();
    } else if (value.isArray()) {
        for (const QJsonValue &item : value.toArray())
            collectValues(item, out);
    } else if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            collectValues(it.value(), out);
    }
}

QString searchText(const AuditRecord &record)
{
    QStringList parts {record.user, record.action, record.table};
    for (const QString *text : {&record.before, &record.after}) {
        const QJsonDocument doc = QJsonDocument::fromJson(text->toUtf8());
        if (doc.isObject())
            collectValues(doc.object(), parts);
        else
            parts << *text;
    }
    return VietnameseText::fold(parts.join(QLatin1Char(' ')));
}

// "%"unit_id":12%": narrows the rows in SQL; the JSON is checked afterwards.
QString likeKey(const QString &key, Id id)
{
    return QStringLiteral("%\"%1\":%2%").arg(key).arg(id);
}

} // namespace

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
    if (filter.until.isValid()) {
        where << QStringLiteral("at < ?");
        values << filter.until.toString(Qt::ISODate);
    }
    if (!filter.table.isEmpty()) {
        where << QStringLiteral("table_name = ?");
        values << filter.table;
    }
    if (filter.rowId != NoId) {
        where << QStringLiteral("row_id = ?");
        values << filter.rowId;
    }
    if (filter.unitId != NoId) {
        where << QStringLiteral("((table_name = 'units' AND row_id = ?) OR (table_name = "
                                "'escalation_steps' AND action = 'replace_chain' AND row_id = ?) "
                                "OR before_json LIKE ? OR after_json LIKE ?)");
        const QString like = likeKey(QStringLiteral("unit_id"), filter.unitId);
        values << filter.unitId << filter.unitId << like << like;
    }
    if (filter.personId != NoId) {
        where << QStringLiteral(
            "((table_name = 'people' AND row_id = ?) OR before_json LIKE ? OR after_json LIKE ?)");
        const QString like = likeKey(QStringLiteral("person_id"), filter.personId);
        values << filter.personId << like << like;
    }
    const QStringList words
        = VietnameseText::fold(filter.text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    // The unit, person and text filters finish in C++, so the limit applies there.
    const bool checkEach = filter.unitId != NoId || filter.personId != NoId || !words.isEmpty();
    QString sql = QStringLiteral("SELECT id, at, os_user, action, table_name, row_id, before_json, "
                                 "after_json FROM audit_log");
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += filter.newestFirst ? QStringLiteral(" ORDER BY id DESC")
                              : QStringLiteral(" ORDER BY id");
    if (filter.limit > 0 && !checkEach)
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
        if (checkEach) {
            if (filter.unitId != NoId && !concernsUnit(r, filter.unitId))
                continue;
            if (filter.personId != NoId && !concernsPerson(r, filter.personId))
                continue;
            if (!words.isEmpty()) {
                const QString haystack = searchText(r);
                const bool all = std::all_of(words.cbegin(), words.cend(), [&](const QString &w) {
                    return haystack.contains(w);
                });
                if (!all)
                    continue;
            }
        }
        result << r;
        if (filter.limit > 0 && result.size() >= filter.limit)
            break;
    }
    return result;
}

bool AuditLog::concernsUnit(const AuditRecord &record, Id unitId)
{
    if (unitId == NoId)
        return false;
    if (record.rowId == unitId
        && (record.table == QLatin1String("units")
            || (record.table == QLatin1String("escalation_steps")
                && record.action == QLatin1String("replace_chain"))))
        return true;
    return names(record, QStringLiteral("unit_id"), unitId);
}

bool AuditLog::concernsPerson(const AuditRecord &record, Id personId)
{
    if (personId == NoId)
        return false;
    // An export of contacts is recorded on "people" with the unit's id.
    if (record.rowId == personId && record.table == QLatin1String("people")
        && record.action != QLatin1String("export"))
        return true;
    return names(record, QStringLiteral("person_id"), personId);
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
