#include "EscalationStore.h"

#include "DomainJson.h"
#include "DomainNames.h"
#include "StoreSupport.h"
#include "VietnameseText.h"

#include <QSqlQuery>

namespace DutyDesk {

namespace {

const QString stepColumns = QStringLiteral("id, unit_id, position, target, role_name, person_id, "
                                           "hotline_id, wait_minutes, instruction, version");

EscalationStep readStep(const QSqlQuery &q)
{
    EscalationStep step;
    step.id = q.value(0).toLongLong();
    step.unitId = q.value(1).toLongLong();
    step.position = q.value(2).toInt();
    step.target = DomainNames::escalationTargetFromKey(q.value(3).toString())
                      .value_or(EscalationTarget::Role);
    step.roleName = q.value(4).toString();
    step.personId = q.value(5).toLongLong();
    step.hotlineId = q.value(6).toLongLong();
    step.waitMinutes = q.value(7).toInt();
    step.instruction = q.value(8).toString();
    step.version = q.value(9).toInt();
    return step;
}

} // namespace

EscalationStore::EscalationStore(Database &database)
    : m_db(database)
{
}

Result<QList<EscalationStep>> EscalationStore::steps(Id unitId) const
{
    Database::Statement q
        = m_db.statement(QStringLiteral("SELECT ") + stepColumns
                         + QStringLiteral(" FROM escalation_steps WHERE unit_id = ? "
                                          "ORDER BY position, id"));
    q->addBindValue(unitId);
    if (const Status s = m_db.exec(q); !s)
        return s.error();
    QList<EscalationStep> result;
    while (q->next())
        result << readStep(*q);
    return result;
}

Result<EscalationStep> EscalationStore::step(Id stepId) const
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT ") + stepColumns
                               + QStringLiteral(" FROM escalation_steps WHERE id = ?"));
    q.addBindValue(stepId);
    if (const Status s = m_db.exec(q); !s)
        return s.error();
    if (!q.next())
        return Error(Error::Code::NotFound,
                     tr("There is no escalation step with id %1.").arg(stepId));
    return readStep(q);
}

Status EscalationStore::validate(EscalationStep &step) const
{
    step.roleName = VietnameseText::normalize(step.roleName);
    step.instruction = VietnameseText::normalize(step.instruction);
    if (step.waitMinutes < 0 || step.waitMinutes > 7 * 24 * 60)
        return Error(Error::Code::Invalid,
                     tr("The wait before the next step must be between 0 and 10080 minutes."));
    QSqlQuery unit = m_db.prepare(QStringLiteral("SELECT parent_id FROM units WHERE id = ?"));
    unit.addBindValue(step.unitId);
    if (const Status s = m_db.exec(unit); !s)
        return s;
    if (!unit.next())
        return Error(Error::Code::Invalid, tr("The unit (id %1) does not exist.").arg(step.unitId));
    const bool hasParent = !unit.value(0).isNull();

    auto exists = [this](const QString &table, Id id) {
        QSqlQuery q = m_db.prepare(QStringLiteral("SELECT 1 FROM ") + table
                                   + QStringLiteral(" WHERE id = ?"));
        q.addBindValue(id);
        return m_db.exec(q).ok() && q.next();
    };
    switch (step.target) {
    case EscalationTarget::Role:
        if (step.roleName.isEmpty())
            return Error(Error::Code::Invalid, tr("A step to a duty role needs the role's name."));
        step.personId = step.hotlineId = NoId;
        break;
    case EscalationTarget::Person:
        if (step.personId == NoId || !exists(QStringLiteral("people"), step.personId))
            return Error(Error::Code::Invalid, tr("A step to a person needs an existing person."));
        step.roleName.clear();
        step.hotlineId = NoId;
        break;
    case EscalationTarget::Hotline:
        if (step.hotlineId == NoId || !exists(QStringLiteral("hotlines"), step.hotlineId))
            return Error(Error::Code::Invalid,
                         tr("A step to a hotline needs an existing hotline."));
        step.roleName.clear();
        step.personId = NoId;
        break;
    case EscalationTarget::Parent:
        if (!hasParent)
            return Error(Error::Code::Invalid,
                         tr("This unit has no parent unit whose chain could continue."));
        step.roleName.clear();
        step.personId = step.hotlineId = NoId;
        break;
    }
    return {};
}

Status EscalationStore::insertStep(EscalationStep &step)
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "INSERT INTO escalation_steps (unit_id, position, target, role_name, person_id, "
        "hotline_id, wait_minutes, instruction) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(step.unitId);
    q.addBindValue(step.position);
    q.addBindValue(DomainNames::key(step.target));
    q.addBindValue(step.roleName);
    q.addBindValue(StoreSupport::nullableId(step.personId));
    q.addBindValue(StoreSupport::nullableId(step.hotlineId));
    q.addBindValue(step.waitMinutes);
    q.addBindValue(step.instruction);
    if (const Status s = StoreSupport::execReturningId(m_db, q, step.id); !s)
        return s;
    step.version = 1;
    return m_db.audit(QStringLiteral("insert"), QStringLiteral("escalation_steps"), step.id, {},
                      DomainJson::text(DomainJson::toJson(step)));
}

Status EscalationStore::renumber(Id unitId, const QList<Id> &order)
{
    Q_UNUSED(unitId)
    int position = 1;
    for (Id id : order) {
        if (const Status s
            = m_db.exec(QStringLiteral("UPDATE escalation_steps SET position = ? WHERE id = ?"),
                        {position++, id});
            !s)
            return s;
    }
    return {};
}

Result<EscalationStep> EscalationStore::addStep(EscalationStep step)
{
    step.id = NoId;
    if (const Status s = validate(step); !s)
        return s.error();
    const Status status = m_db.transaction([&]() -> Status {
        const Result<QList<EscalationStep>> existing = steps(step.unitId);
        if (!existing)
            return existing.error();
        const int wanted = step.position;
        step.position = int(existing->size()) + 1;
        if (const Status s = insertStep(step); !s)
            return s;
        // Renumbered every time: steps deleted with their person or hotline
        // leave gaps, and a new step must not share a position.
        QList<Id> order;
        for (const EscalationStep &other : existing.value())
            order << other.id;
        if (wanted > 0 && wanted < step.position)
            step.position = wanted;
        order.insert(step.position - 1, step.id);
        return renumber(step.unitId, order);
    });
    if (!status)
        return status.error();
    return step;
}

Status EscalationStore::updateStep(EscalationStep &step)
{
    if (const Status s = validate(step); !s)
        return s;
    return m_db.transaction([&]() -> Status {
        const Result<EscalationStep> before = this->step(step.id);
        if (!before)
            return before.error();
        QSqlQuery q = m_db.prepare(QStringLiteral(
            "UPDATE escalation_steps SET target = ?, role_name = ?, person_id = ?, hotline_id = ?, "
            "wait_minutes = ?, instruction = ?, version = version + 1 "
            "WHERE id = ? AND (? = 0 OR version = ?)"));
        q.addBindValue(DomainNames::key(step.target));
        q.addBindValue(step.roleName);
        q.addBindValue(StoreSupport::nullableId(step.personId));
        q.addBindValue(StoreSupport::nullableId(step.hotlineId));
        q.addBindValue(step.waitMinutes);
        q.addBindValue(step.instruction);
        q.addBindValue(step.id);
        q.addBindValue(step.version);
        q.addBindValue(step.version);
        if (const Status s = m_db.exec(q); !s)
            return s;
        if (q.numRowsAffected() != 1)
            return StoreSupport::staleError(
                tr("step %1 of the escalation chain").arg(step.position));
        step.version = before->version + 1;
        step.position = before->position;
        return m_db.audit(QStringLiteral("update"), QStringLiteral("escalation_steps"), step.id,
                          DomainJson::text(DomainJson::toJson(before.value())),
                          DomainJson::text(DomainJson::toJson(step)));
    });
}

Status EscalationStore::removeStep(Id stepId)
{
    return m_db.transaction([&]() -> Status {
        const Result<EscalationStep> before = step(stepId);
        if (!before)
            return before.error();
        if (const Status s
            = m_db.exec(QStringLiteral("DELETE FROM escalation_steps WHERE id = ?"), {stepId});
            !s)
            return s;
        const Result<QList<EscalationStep>> rest = steps(before->unitId);
        if (!rest)
            return rest.error();
        QList<Id> order;
        for (const EscalationStep &other : rest.value())
            order << other.id;
        if (const Status s = renumber(before->unitId, order); !s)
            return s;
        return m_db.audit(QStringLiteral("delete"), QStringLiteral("escalation_steps"), stepId,
                          DomainJson::text(DomainJson::toJson(before.value())));
    });
}

Status EscalationStore::moveStep(Id stepId, int newPosition)
{
    return m_db.transaction([&]() -> Status {
        const Result<EscalationStep> moving = step(stepId);
        if (!moving)
            return moving.error();
        const Result<QList<EscalationStep>> chain = steps(moving->unitId);
        if (!chain)
            return chain.error();
        if (newPosition < 1 || newPosition > chain->size())
            return Error(Error::Code::Invalid,
                         tr("Position %1 is outside the chain (1 to %2).")
                             .arg(newPosition)
                             .arg(chain->size()));
        QList<Id> order;
        for (const EscalationStep &other : chain.value()) {
            if (other.id != stepId)
                order << other.id;
        }
        order.insert(newPosition - 1, stepId);
        if (const Status s = renumber(moving->unitId, order); !s)
            return s;
        return m_db.audit(QStringLiteral("move"), QStringLiteral("escalation_steps"), stepId,
                          QString::number(moving->position), QString::number(newPosition));
    });
}

Status EscalationStore::setChain(Id unitId, QList<EscalationStep> chain)
{
    for (EscalationStep &step : chain) {
        step.unitId = unitId;
        if (const Status s = validate(step); !s)
            return s;
    }
    return m_db.transaction([&]() -> Status {
        if (const Status s
            = m_db.exec(QStringLiteral("DELETE FROM escalation_steps WHERE unit_id = ?"), {unitId});
            !s)
            return s;
        if (const Status s = m_db.audit(QStringLiteral("replace_chain"),
                                        QStringLiteral("escalation_steps"), unitId);
            !s)
            return s;
        int position = 1;
        for (EscalationStep &step : chain) {
            step.position = position++;
            if (const Status s = insertStep(step); !s)
                return s;
        }
        return {};
    });
}

} // namespace DutyDesk
