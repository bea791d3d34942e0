#pragma once

#include "Domain.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace DutyDesk {

/// The stable keys (stored in the database, used in JSON) and the translated
/// display names of the domain's enumerations.
class DomainNames
{
    Q_DECLARE_TR_FUNCTIONS(DutyDesk::DomainNames)
public:
    static QString key(UnitKind kind);
    static std::optional<UnitKind> unitKindFromKey(const QString &key);
    static QString displayName(UnitKind kind);
    static QList<UnitKind> allUnitKinds();

    static QString key(PhoneKind kind);
    static std::optional<PhoneKind> phoneKindFromKey(const QString &key);
    static QString displayName(PhoneKind kind);

    static QString key(PeriodStatus status);
    static std::optional<PeriodStatus> periodStatusFromKey(const QString &key);
    static QString displayName(PeriodStatus status);

    static QString key(EscalationTarget target);
    static std::optional<EscalationTarget> escalationTargetFromKey(const QString &key);
    static QString displayName(EscalationTarget target);

    static QString key(LogCategory category);
    static std::optional<LogCategory> logCategoryFromKey(const QString &key);
    static QString displayName(LogCategory category);
};

} // namespace DutyDesk
