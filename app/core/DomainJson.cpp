#include "DomainJson.h"

#include "DomainNames.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace DutyDesk {

namespace {
QJsonValue idOrNull(Id id)
{
    return id == NoId ? QJsonValue() : QJsonValue(id);
}
QString isoDate(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}
} // namespace

QJsonObject DomainJson::toJson(const Unit &unit)
{
    return {{QStringLiteral("id"), unit.id},
            {QStringLiteral("parent_id"), idOrNull(unit.parentId)},
            {QStringLiteral("kind"), DomainNames::key(unit.kind)},
            {QStringLiteral("name"), unit.name},
            {QStringLiteral("short_name"), unit.shortName},
            {QStringLiteral("code"), unit.code},
            {QStringLiteral("address"), unit.address},
            {QStringLiteral("sort_order"), unit.sortOrder},
            {QStringLiteral("active"), unit.active}};
}

QJsonObject DomainJson::toJson(const Person &person)
{
    QJsonArray phones;
    for (const PhoneEntry &phone : person.phones) {
        phones.append(QJsonObject {{QStringLiteral("kind"), DomainNames::key(phone.kind)},
                                   {QStringLiteral("number"), phone.e164}});
    }
    return {{QStringLiteral("id"), person.id},
            {QStringLiteral("unit_id"), person.unitId},
            {QStringLiteral("name"), person.fullName},
            {QStringLiteral("position"), person.position},
            {QStringLiteral("leader"), person.leader},
            {QStringLiteral("it_security"), person.itSecurity},
            {QStringLiteral("email"), person.email},
            {QStringLiteral("notes"), person.notes},
            {QStringLiteral("active"), person.active},
            {QStringLiteral("phone_numbers"), phones}};
}

QJsonObject DomainJson::toJson(const Hotline &hotline)
{
    return {{QStringLiteral("id"), hotline.id},
            {QStringLiteral("unit_id"), idOrNull(hotline.unitId)},
            {QStringLiteral("label"), hotline.label},
            {QStringLiteral("number"), hotline.number},
            {QStringLiteral("hours"), hotline.hours},
            {QStringLiteral("source_note"), hotline.sourceNote}};
}

QJsonObject DomainJson::toJson(const DutyPeriod &period)
{
    return {{QStringLiteral("id"), period.id},
            {QStringLiteral("title"), period.title},
            {QStringLiteral("first_day"), isoDate(period.firstDay)},
            {QStringLiteral("last_day"), isoDate(period.lastDay)},
            {QStringLiteral("status"), DomainNames::key(period.status)},
            {QStringLiteral("document_number"), period.documentNumber},
            {QStringLiteral("document_date"), isoDate(period.documentDate)}};
}

QJsonObject DomainJson::toJson(const Shift &shift)
{
    return {{QStringLiteral("id"), shift.id},
            {QStringLiteral("period_id"), shift.periodId},
            {QStringLiteral("name"), shift.name},
            {QStringLiteral("start"), shift.start.toString(QStringLiteral("HH:mm"))},
            {QStringLiteral("end"), shift.end.toString(QStringLiteral("HH:mm"))},
            {QStringLiteral("crosses_midnight"), shift.crossesMidnight()}};
}

QJsonObject DomainJson::toJson(const DutyRole &role)
{
    QJsonObject requirements;
    for (const RoleRequirement &requirement : role.requirements)
        requirements.insert(DomainNames::key(requirement.unitKind), requirement.count);
    return {{QStringLiteral("id"), role.id},
            {QStringLiteral("period_id"), role.periodId},
            {QStringLiteral("name"), role.name},
            {QStringLiteral("leader_role"), role.leaderRole},
            {QStringLiteral("requirements"), requirements}};
}

QJsonObject DomainJson::toJson(const Assignment &assignment)
{
    return {{QStringLiteral("id"), assignment.id},
            {QStringLiteral("period_id"), assignment.periodId},
            {QStringLiteral("unit_id"), assignment.unitId},
            {QStringLiteral("day"), isoDate(assignment.day)},
            {QStringLiteral("shift_id"), assignment.shiftId},
            {QStringLiteral("role_id"), assignment.roleId},
            {QStringLiteral("person_id"), idOrNull(assignment.personId)},
            {QStringLiteral("free_name"), assignment.freeName},
            {QStringLiteral("free_phone"), assignment.freePhone},
            {QStringLiteral("note"), assignment.note}};
}

QJsonObject DomainJson::toJson(const Unavailability &unavailability)
{
    return {{QStringLiteral("id"), unavailability.id},
            {QStringLiteral("person_id"), unavailability.personId},
            {QStringLiteral("first_day"), isoDate(unavailability.firstDay)},
            {QStringLiteral("last_day"), isoDate(unavailability.lastDay)},
            {QStringLiteral("reason"), unavailability.reason}};
}

QJsonObject DomainJson::toJson(const EscalationStep &step)
{
    return {{QStringLiteral("id"), step.id},
            {QStringLiteral("unit_id"), step.unitId},
            {QStringLiteral("position"), step.position},
            {QStringLiteral("target"), DomainNames::key(step.target)},
            {QStringLiteral("role_name"), step.roleName},
            {QStringLiteral("person_id"), idOrNull(step.personId)},
            {QStringLiteral("hotline_id"), idOrNull(step.hotlineId)},
            {QStringLiteral("wait_minutes"), step.waitMinutes},
            {QStringLiteral("instruction"), step.instruction}};
}

QJsonObject DomainJson::toJson(const DutyLogEntry &entry)
{
    return {{QStringLiteral("id"), entry.id},
            {QStringLiteral("period_id"), idOrNull(entry.periodId)},
            {QStringLiteral("unit_id"), idOrNull(entry.unitId)},
            {QStringLiteral("at"), entry.at.toString(Qt::ISODate)},
            {QStringLiteral("author"), entry.author},
            {QStringLiteral("category"), DomainNames::key(entry.category)},
            {QStringLiteral("text"), entry.text},
            {QStringLiteral("corrects_id"), idOrNull(entry.correctsId)}};
}

QString DomainJson::text(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace DutyDesk
