#pragma once

#include "Database.h"
#include "Domain.h"
#include "Result.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <optional>

namespace DutyDesk {

/// Someone to call: a person of the directory or a name typed into a slot.
struct Contact
{
    Id personId = NoId;
    QString name;
    QString position;
    QString unitName;
    QStringList phones; ///< E.164, best first
};

/// The holder of one duty role at the unit right now.
struct OnDuty
{
    Id roleId = NoId;
    QString roleName;
    bool leaderRole = false;
    Contact contact;
};

/// One step of an escalation chain, resolved to names and numbers.
struct ResolvedStep
{
    int order = 0;
    EscalationTarget target = EscalationTarget::Role;
    QString label; ///< what the step targets: role and unit, person, hotline
    Id ownerUnitId = NoId;
    QString ownerUnitName;
    bool inherited = false; ///< comes from an ancestor's chain
    QList<Contact> contacts;
    int waitMinutes = 0;
    QString instruction;
    QString problem; ///< e.g. "nobody holds this role now"; empty when callable
};

/// "Who do I call now?" for one unit and one moment.
struct DutyAnswer
{
    Unit unit;
    QDateTime at;
    std::optional<DutyPeriod> period;
    std::optional<Shift> shift;
    QDate shiftDay; ///< the day the running shift started
    QList<OnDuty> onDuty;
    QList<ResolvedStep> escalation;
    QList<Hotline> hotlines; ///< the unit's own, then the global ones
    QString notice; ///< set when nobody is on duty: what to do instead

    QJsonObject toJson() const;
};

/// Answers who is on duty at a unit at a moment: the period and the shift
/// containing it (a shift crossing midnight covers the early hours of the next
/// day), the holders of each role, and the unit's escalation chain with every
/// step resolved; a unit without its own chain inherits its parent's.
class DutyResolver
{
    Q_DECLARE_TR_FUNCTIONS(DutyDesk::DutyResolver)
public:
    explicit DutyResolver(Database &database);

    Result<DutyAnswer> resolve(Id unitId, const QDateTime &at) const;

    /// A running shift: the period, the shift and the day it started.
    struct RunningShift
    {
        DutyPeriod period;
        Shift shift;
        QDate day;
    };
    /// Every shift running at `at`, in all periods (usually one).
    Result<QList<RunningShift>> runningShifts(const QDateTime &at) const;

private:
    struct ChainEntry
    {
        EscalationStep step;
        Id ownerUnitId;
    };
    Result<QList<ChainEntry>> effectiveChain(Id unitId, QSet<Id> &visited) const;
    Result<QList<OnDuty>> holders(Id unitId, const QList<RunningShift> &running) const;
    Result<Contact> personContact(Id personId) const;

    Database &m_db;
};

} // namespace DutyDesk
