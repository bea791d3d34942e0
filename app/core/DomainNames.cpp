#include "DomainNames.h"

namespace DutyDesk {

namespace {

template<typename Enum, size_t N>
std::optional<Enum> lookup(const std::pair<Enum, const char *> (&table)[N], const QString &key)
{
    for (const auto &entry : table) {
        if (key == QLatin1String(entry.second))
            return entry.first;
    }
    return std::nullopt;
}

template<typename Enum, size_t N>
QString keyOf(const std::pair<Enum, const char *> (&table)[N], Enum value)
{
    for (const auto &entry : table) {
        if (entry.first == value)
            return QLatin1String(entry.second);
    }
    return {};
}

const std::pair<UnitKind, const char *> unitKinds[] = {
    {UnitKind::Department, "department"},
    {UnitKind::AgencyOffice, "agency_office"},
    {UnitKind::DistrictOffice, "district_office"},
    {UnitKind::School, "school"},
    {UnitKind::Centre, "centre"},
    {UnitKind::Affiliated, "affiliated"},
    {UnitKind::External, "external"},
};

const std::pair<PhoneKind, const char *> phoneKinds[]
    = {{PhoneKind::Mobile, "mobile"}, {PhoneKind::Office, "office"}, {PhoneKind::Home, "home"}};

const std::pair<PeriodStatus, const char *> periodStatuses[]
    = {{PeriodStatus::Draft, "draft"}, {PeriodStatus::Published, "published"}};

const std::pair<EscalationTarget, const char *> escalationTargets[]
    = {{EscalationTarget::Role, "role"},
       {EscalationTarget::Person, "person"},
       {EscalationTarget::Hotline, "hotline"},
       {EscalationTarget::Parent, "parent"}};

const std::pair<LogCategory, const char *> logCategories[] = {{LogCategory::Call, "call"},
                                                              {LogCategory::Incident, "incident"},
                                                              {LogCategory::Handover, "handover"}};

} // namespace

QString DomainNames::key(UnitKind kind)
{
    return keyOf(unitKinds, kind);
}

std::optional<UnitKind> DomainNames::unitKindFromKey(const QString &key)
{
    return lookup(unitKinds, key);
}

QList<UnitKind> DomainNames::allUnitKinds()
{
    QList<UnitKind> kinds;
    for (const auto &entry : unitKinds)
        kinds << entry.first;
    return kinds;
}

QString DomainNames::displayName(UnitKind kind)
{
    switch (kind) {
    case UnitKind::Department:
        return tr("Department");
    case UnitKind::AgencyOffice:
        return tr("Agency office");
    case UnitKind::DistrictOffice:
        return tr("District education office");
    case UnitKind::School:
        return tr("School");
    case UnitKind::Centre:
        return tr("Continuing-education centre");
    case UnitKind::Affiliated:
        return tr("Affiliated unit");
    case UnitKind::External:
        return tr("External partner");
    }
    return {};
}

QString DomainNames::key(PhoneKind kind)
{
    return keyOf(phoneKinds, kind);
}

std::optional<PhoneKind> DomainNames::phoneKindFromKey(const QString &key)
{
    return lookup(phoneKinds, key);
}

QString DomainNames::displayName(PhoneKind kind)
{
    switch (kind) {
    case PhoneKind::Mobile:
        return tr("Mobile");
    case PhoneKind::Office:
        return tr("Office", "phone number kind");
    case PhoneKind::Home:
        return tr("Home", "phone number kind");
    }
    return {};
}

QString DomainNames::key(PeriodStatus status)
{
    return keyOf(periodStatuses, status);
}

std::optional<PeriodStatus> DomainNames::periodStatusFromKey(const QString &key)
{
    return lookup(periodStatuses, key);
}

QString DomainNames::displayName(PeriodStatus status)
{
    switch (status) {
    case PeriodStatus::Draft:
        return tr("Draft");
    case PeriodStatus::Published:
        return tr("Published");
    }
    return {};
}

QString DomainNames::key(EscalationTarget target)
{
    return keyOf(escalationTargets, target);
}

std::optional<EscalationTarget> DomainNames::escalationTargetFromKey(const QString &key)
{
    return lookup(escalationTargets, key);
}

QString DomainNames::displayName(EscalationTarget target)
{
    switch (target) {
    case EscalationTarget::Role:
        return tr("Duty role of this unit");
    case EscalationTarget::Person:
        return tr("Person");
    case EscalationTarget::Hotline:
        return tr("Hotline");
    case EscalationTarget::Parent:
        return tr("Continue with the parent unit's chain");
    }
    return {};
}

QString DomainNames::key(LogCategory category)
{
    return keyOf(logCategories, category);
}

std::optional<LogCategory> DomainNames::logCategoryFromKey(const QString &key)
{
    return lookup(logCategories, key);
}

QString DomainNames::displayName(LogCategory category)
{
    switch (category) {
    case LogCategory::Call:
        return tr("Call");
    case LogCategory::Incident:
        return tr("Incident");
    case LogCategory::Handover:
        return tr("Handover");
    }
    return {};
}

} // namespace DutyDesk
