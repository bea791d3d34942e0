#include "DutyResolver.h"

#include "DirectoryStore.h"
#include "DomainNames.h"
#include "EscalationStore.h"
#include "PeriodStore.h"
#include "PhoneNumber.h"
#include "VietnameseText.h"

#include <QJsonArray>
#include <QSet>
#include <QSqlQuery>

namespace DutyDesk {

namespace {

QJsonArray phonesJson(const QStringList &e164, bool display)
{
    QJsonArray result;
    for (const QString &number : e164)
        result.append(display ? PhoneNumber::displayStored(number) : number);
    return result;
}

QJsonObject contactJson(const Contact &c)
{
    return {
        {QStringLiteral("name"), c.name},
        {QStringLiteral("position"), c.position},
        {QStringLiteral("unit"), c.unitName},
        {QStringLiteral("person_id"), c.personId == NoId ? QJsonValue() : QJsonValue(c.personId)},
        {QStringLiteral("phones"), phonesJson(c.phones, true)},
        {QStringLiteral("phones_e164"), phonesJson(c.phones, false)}};
}

} // namespace

QJsonObject DutyAnswer::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("unit"), unit.name);
    o.insert(QStringLiteral("unit_id"), unit.id);
    o.insert(QStringLiteral("at"), at.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    o.insert(QStringLiteral("period"), period ? QJsonValue(period->title) : QJsonValue());
    o.insert(QStringLiteral("shift"), shift ? QJsonValue(shift->name) : QJsonValue());
    if (shift) {
        o.insert(QStringLiteral("shift_start"),
                 shift->startOn(shiftDay).toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        o.insert(QStringLiteral("shift_end"),
                 shift->endOn(shiftDay).toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    }
    QJsonArray duty;
    for (const OnDuty &d : onDuty) {
        QJsonObject item = contactJson(d.contact);
        item.insert(QStringLiteral("role"), d.roleName);
        duty.append(item);
    }
    o.insert(QStringLiteral("on_duty"), duty);
    QJsonArray chain;
    for (const ResolvedStep &step : escalation) {
        QStringList names;
        QStringList phones;
        QJsonArray contacts;
        for (const Contact &c : step.contacts) {
            names << c.name;
            phones << c.phones;
            contacts.append(contactJson(c));
        }
        chain.append(QJsonObject {{QStringLiteral("order"), step.order},
                                  {QStringLiteral("target"), DomainNames::key(step.target)},
                                  {QStringLiteral("label"), step.label},
                                  {QStringLiteral("name"),
                                   names.isEmpty() ? step.label : names.join(QStringLiteral(", "))},
                                  {QStringLiteral("phones"), phonesJson(phones, true)},
                                  {QStringLiteral("phones_e164"), phonesJson(phones, false)},
                                  {QStringLiteral("contacts"), contacts},
                                  {QStringLiteral("unit"), step.ownerUnitName},
                                  {QStringLiteral("inherited"), step.inherited},
                                  {QStringLiteral("wait_minutes"), step.waitMinutes},
                                  {QStringLiteral("instruction"), step.instruction},
                                  {QStringLiteral("problem"), step.problem}});
    }
    o.insert(QStringLiteral("escalation"), chain);
    QJsonArray lines;
    for (const Hotline &h : hotlines) {
        lines.append(QJsonObject {{QStringLiteral("label"), h.label},
                                  {QStringLiteral("number"), PhoneNumber::displayStored(h.number)},
                                  {QStringLiteral("hours"), h.hours}});
    }
    o.insert(QStringLiteral("hotlines"), lines);
    o.insert(QStringLiteral("notice"), notice);
    return o;
}

DutyResolver::DutyResolver(Database &database)
    : m_db(database)
{
}

Result<QList<DutyResolver::RunningShift>> DutyResolver::runningShifts(const QDateTime &at) const
{
    PeriodStore periods(m_db);
    const Result<QList<DutyPeriod>> candidates = periods.periodsAround(at.date());
    if (!candidates)
        return candidates.error();
    QList<RunningShift> result;
    for (const DutyPeriod &period : candidates.value()) {
        const Result<QList<Shift>> shifts = periods.shifts(period.id);
        if (!shifts)
            return shifts.error();
        for (const Shift &shift : shifts.value()) {
            for (const QDate &day : {at.date(), at.date().addDays(-1)}) {
                if (day < period.firstDay || day > period.lastDay)
                    continue;
                if (shift.startOn(day) <= at && at < shift.endOn(day))
                    result << RunningShift {period, shift, day};
            }
        }
    }
    return result;
}

Result<Contact> DutyResolver::personContact(Id personId) const
{
    Database::Statement q = m_db.statement(QStringLiteral(
        "SELECT p.full_name, p.position, u.name FROM people p JOIN units u ON u.id = p.unit_id "
        "WHERE p.id = ?"));
    q->addBindValue(personId);
    if (const Status s = m_db.exec(q); !s)
        return s.error();
    if (!q->next())
        return Error(Error::Code::NotFound, tr("There is no person with id %1.").arg(personId));
    Contact c;
    c.personId = personId;
    c.name = q->value(0).toString();
    c.position = q->value(1).toString();
    c.unitName = q->value(2).toString();
    Database::Statement phones = m_db.statement(QStringLiteral(
        "SELECT e164 FROM phone_numbers WHERE person_id = ? ORDER BY sort_order, id"));
    phones->addBindValue(personId);
    if (const Status s = m_db.exec(phones); !s)
        return s.error();
    while (phones->next())
        c.phones << phones->value(0).toString();
    return c;
}

Result<QList<OnDuty>> DutyResolver::holders(Id unitId, const QList<RunningShift> &running) const
{
    QList<OnDuty> result;
    for (const RunningShift &r : running) {
        Database::Statement q = m_db.statement(QStringLiteral(
            "SELECT a.role_id, r.name, r.is_leader_role, a.person_id, a.free_name, a.free_phone, "
            "u.name FROM assignments a JOIN duty_roles r ON r.id = a.role_id "
            "JOIN units u ON u.id = a.unit_id "
            "WHERE a.unit_id = ? AND a.day = ? AND a.shift_id = ? ORDER BY r.sort_order, r.id, "
            "a.slot"));
        q->addBindValue(unitId);
        q->addBindValue(r.day.toString(Qt::ISODate));
        q->addBindValue(r.shift.id);
        if (const Status s = m_db.exec(q); !s)
            return s.error();
        while (q->next()) {
            OnDuty d;
            d.roleId = q->value(0).toLongLong();
            d.roleName = q->value(1).toString();
            d.leaderRole = q->value(2).toBool();
            const Id personId = q->value(3).toLongLong();
            if (personId != NoId) {
                const Result<Contact> c = personContact(personId);
                if (!c)
                    return c.error();
                d.contact = c.value();
            } else {
                d.contact.name = q->value(4).toString();
                d.contact.unitName = q->value(6).toString();
                if (!q->value(5).toString().isEmpty())
                    d.contact.phones << q->value(5).toString();
            }
            result << d;
        }
    }
    return result;
}

Result<QList<DutyResolver::ChainEntry>> DutyResolver::effectiveChain(Id unitId,
                                                                     QSet<Id> &visited) const
{
    QList<ChainEntry> chain;
    if (unitId == NoId || visited.contains(unitId))
        return chain;
    visited.insert(unitId);
    DirectoryStore directory(m_db);
    const Result<Unit> unit = directory.unit(unitId);
    if (!unit)
        return unit.error();
    const Result<QList<EscalationStep>> own = EscalationStore(m_db).steps(unitId);
    if (!own)
        return own.error();
    if (own->isEmpty())
        return effectiveChain(unit->parentId, visited);
    for (const EscalationStep &step : own.value()) {
        if (step.target == EscalationTarget::Parent) {
            const Result<QList<ChainEntry>> parent = effectiveChain(unit->parentId, visited);
            if (!parent)
                return parent.error();
            chain << parent.value();
        } else {
            chain << ChainEntry {step, unitId};
        }
    }
    return chain;
}

Result<DutyAnswer> DutyResolver::resolve(Id unitId, const QDateTime &at) const
{
    DirectoryStore directory(m_db);
    const Result<Unit> unit = directory.unit(unitId);
    if (!unit)
        return unit.error();

    DutyAnswer answer;
    answer.unit = unit.value();
    answer.at = at;

    const Result<QList<RunningShift>> running = runningShifts(at);
    if (!running)
        return running.error();
    if (!running->isEmpty()) {
        answer.period = running->first().period;
        answer.shift = running->first().shift;
        answer.shiftDay = running->first().day;
    }
    const Result<QList<OnDuty>> onDuty = holders(unitId, running.value());
    if (!onDuty)
        return onDuty.error();
    answer.onDuty = onDuty.value();

    // Holders of each unit met along the chain, looked up once.
    QHash<Id, QList<OnDuty>> holdersByUnit {{unitId, answer.onDuty}};
    QHash<Id, QString> unitNames {{unitId, answer.unit.name}};

    QSet<Id> visited;
    const Result<QList<ChainEntry>> chain = effectiveChain(unitId, visited);
    if (!chain)
        return chain.error();
    int order = 1;
    for (const ChainEntry &entry : chain.value()) {
        const EscalationStep &step = entry.step;
        ResolvedStep resolved;
        resolved.order = order++;
        resolved.target = step.target;
        resolved.ownerUnitId = entry.ownerUnitId;
        resolved.inherited = entry.ownerUnitId != unitId;
        resolved.waitMinutes = step.waitMinutes;
        resolved.instruction = step.instruction;
        if (!unitNames.contains(entry.ownerUnitId)) {
            const Result<Unit> owner = directory.unit(entry.ownerUnitId);
            if (!owner)
                return owner.error();
            unitNames.insert(entry.ownerUnitId, owner->name);
        }
        resolved.ownerUnitName = unitNames.value(entry.ownerUnitId);

        switch (step.target) {
        case EscalationTarget::Role: {
            resolved.label = tr("%1 — %2").arg(step.roleName, resolved.ownerUnitName);
            if (!holdersByUnit.contains(entry.ownerUnitId)) {
                const Result<QList<OnDuty>> h = holders(entry.ownerUnitId, running.value());
                if (!h)
                    return h.error();
                holdersByUnit.insert(entry.ownerUnitId, h.value());
            }
            const QString wanted = VietnameseText::fold(step.roleName);
            for (const OnDuty &d : holdersByUnit.value(entry.ownerUnitId)) {
                if (VietnameseText::fold(d.roleName) == wanted)
                    resolved.contacts << d.contact;
            }
            if (resolved.contacts.isEmpty())
                resolved.problem = tr("Nobody holds this role now; go on to the next step.");
            break;
        }
        case EscalationTarget::Person: {
            const Result<Contact> c = personContact(step.personId);
            if (!c)
                return c.error();
            resolved.label = c->name;
            resolved.contacts << c.value();
            break;
        }
        case EscalationTarget::Hotline: {
            const Result<Hotline> h = directory.hotline(step.hotlineId);
            if (!h)
                return h.error();
            resolved.label = h->label;
            Contact c;
            c.name = h->label;
            c.position = h->hours;
            if (h->unitId != NoId) {
                const Result<Unit> owner = directory.unit(h->unitId);
                if (owner)
                    c.unitName = owner->name;
            }
            c.phones << h->number;
            resolved.contacts << c;
            break;
        }
        case EscalationTarget::Parent:
            break; // expanded by effectiveChain
        }
        answer.escalation << resolved;
    }

    const Result<QList<Hotline>> own = directory.hotlinesOf(unitId);
    const Result<QList<Hotline>> global = directory.hotlinesOf(NoId);
    if (!own)
        return own.error();
    if (!global)
        return global.error();
    answer.hotlines = own.value() + global.value();

    if (running->isEmpty())
        answer.notice = tr("No duty period covers %1. Call along the escalation chain.")
                            .arg(at.toString(QStringLiteral("HH:mm dd/MM/yyyy")));
    else if (answer.onDuty.isEmpty())
        answer.notice = tr("Nobody is on duty at %1 now. Call along the escalation chain.")
                            .arg(answer.unit.name);
    return answer;
}

} // namespace DutyDesk
