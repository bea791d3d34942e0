#include "DutyLogStore.h"

#include "DomainJson.h"
#include "DomainNames.h"
#include "StoreSupport.h"
#include "VietnameseText.h"

#include <QSqlQuery>

namespace DutyDesk {

namespace {

const QString entryColumns
    = QStringLiteral("id, period_id, unit_id, at, author, category, text, corrects_id, created_at");

DutyLogEntry readEntry(const QSqlQuery &q)
{
    DutyLogEntry e;
    e.id = q.value(0).toLongLong();
    e.periodId = q.value(1).toLongLong();
    e.unitId = q.value(2).toLongLong();
    e.at = QDateTime::fromString(q.value(3).toString(), Qt::ISODate);
    e.author = q.value(4).toString();
    e.category = DomainNames::logCategoryFromKey(q.value(5).toString()).value_or(LogCategory::Call);
    e.text = q.value(6).toString();
    e.correctsId = q.value(7).toLongLong();
    e.createdAt = QDateTime::fromString(q.value(8).toString(), Qt::ISODate);
    return e;
}

} // namespace

DutyLogStore::DutyLogStore(Database &database)
    : m_db(database)
{
}

Result<DutyLogEntry> DutyLogStore::add(DutyLogEntry entry)
{
    entry.id = NoId;
    entry.text = entry.text.trimmed();
    if (entry.text.isEmpty())
        return Error(Error::Code::Invalid, tr("A duty log entry needs a text."));
    if (!entry.at.isValid())
        entry.at = QDateTime::currentDateTime();
    if (entry.author.trimmed().isEmpty())
        entry.author = Database::currentUser();
    // A correction made through add() obeys the same rule as correct().
    if (entry.correctsId != NoId) {
        const Result<DutyLogEntry> corrected = this->entry(entry.correctsId);
        if (!corrected)
            return corrected.error();
        if (corrected->author != entry.author)
            return Error(
                Error::Code::Invalid,
                tr("Only %1, who wrote this entry, can correct it.").arg(corrected->author));
    }
    entry.createdAt = QDateTime::currentDateTime();
    const Status status = m_db.transaction(
        [&]() -> Status {
            QSqlQuery q = m_db.prepare(
                QStringLiteral("INSERT INTO duty_log (period_id, unit_id, at, author, category, "
                               "text, corrects_id, "
                               "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
            q.addBindValue(StoreSupport::nullableId(entry.periodId));
            q.addBindValue(StoreSupport::nullableId(entry.unitId));
            q.addBindValue(entry.at.toString(Qt::ISODate));
            q.addBindValue(entry.author);
            q.addBindValue(DomainNames::key(entry.category));
            q.addBindValue(entry.text);
            q.addBindValue(StoreSupport::nullableId(entry.correctsId));
            q.addBindValue(entry.createdAt.toString(Qt::ISODate));
            if (const Status s = StoreSupport::execReturningId(m_db, q, entry.id); !s)
                return s;
            return m_db.audit(QStringLiteral("insert"), QStringLiteral("duty_log"), entry.id, {},
                              DomainJson::text(DomainJson::toJson(entry)));
        },
        Database::WriteKind::Record);
    if (!status)
        return status.error();
    return entry;
}

Result<DutyLogEntry> DutyLogStore::correct(Id entryId, const QString &newText,
                                           const QString &author)
{
    const Result<DutyLogEntry> original = entry(entryId);
    if (!original)
        return original.error();
    if (original->author != author)
        return Error(Error::Code::Invalid,
                     tr("Only %1, who wrote this entry, can correct it.").arg(original->author));
    DutyLogEntry correction = original.value();
    correction.text = newText;
    correction.correctsId = original->correctsId != NoId ? original->correctsId : original->id;
    return add(correction);
}

Result<DutyLogEntry> DutyLogStore::entry(Id id) const
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT ") + entryColumns
                               + QStringLiteral(" FROM duty_log WHERE id = ?"));
    q.addBindValue(id);
    if (const Status s = m_db.exec(q); !s)
        return s.error();
    if (!q.next())
        return Error(Error::Code::NotFound, tr("There is no duty log entry with id %1.").arg(id));
    return readEntry(q);
}

Result<QList<DutyLogEntry>> DutyLogStore::entries(const Filter &filter) const
{
    QStringList where;
    QVariantList values;
    if (filter.periodId != NoId) {
        where << QStringLiteral("period_id = ?");
        values << filter.periodId;
    }
    if (filter.unitId != NoId) {
        where << QStringLiteral("unit_id = ?");
        values << filter.unitId;
    }
    if (filter.from.isValid()) {
        where << QStringLiteral("at >= ?");
        values << filter.from.toString(Qt::ISODate);
    }
    if (filter.to.isValid()) {
        where << QStringLiteral("at <= ?");
        values << filter.to.toString(Qt::ISODate);
    }
    if (filter.category) {
        where << QStringLiteral("category = ?");
        values << DomainNames::key(*filter.category);
    }
    QSqlQuery q = m_db.prepare(
        QStringLiteral("SELECT ") + entryColumns + QStringLiteral(" FROM duty_log")
        + (where.isEmpty() ? QString()
                           : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND ")))
        + QStringLiteral(" ORDER BY at, id"));
    for (const QVariant &value : values)
        q.addBindValue(value);
    if (const Status s = m_db.exec(q); !s)
        return s.error();
    const QString needle = VietnameseText::fold(filter.text);
    QList<DutyLogEntry> result;
    while (q.next()) {
        DutyLogEntry e = readEntry(q);
        if (!needle.isEmpty() && !VietnameseText::fold(e.text).contains(needle)
            && !VietnameseText::fold(e.author).contains(needle))
            continue;
        result << e;
    }
    return result;
}

} // namespace DutyDesk
