#pragma once

#include "Database.h"
#include "Domain.h"
#include "Result.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace DutyDesk {

/// The problems of a period's roster, as the problems panel and
/// `dutydesk-cli check` show them:
/// - Gap: a place a unit must staff (its kind's RoleRequirement count, active
///   units only, external partners never) that nobody holds;
/// - DoubleBooking: a person in two slots whose times overlap, at any unit and
///   in any period (a night shift running past midnight included);
/// - Unavailable: a person on duty on a day of their leave;
/// - NoValidPhone: someone on duty who cannot be called (no valid number);
/// - NotALeader: a leader role held by someone not marked as a leader.
/// Everything is read in a few queries and computed in memory.
class RosterCheck
{
    Q_DECLARE_TR_FUNCTIONS(DutyDesk::RosterCheck)
public:
    struct Problem
    {
        enum class Kind { Gap, DoubleBooking, Unavailable, NoValidPhone, NotALeader };

        Kind kind = Kind::Gap;
        Id periodId = NoId;
        Id unitId = NoId;
        QDate day;
        Id shiftId = NoId;
        Id roleId = NoId;
        int slot = 0; ///< the place within the role (0 = first)
        Id assignmentId = NoId; ///< NoId for a gap
        Id otherAssignmentId = NoId; ///< the clashing slot of a double booking
        Id personId = NoId; ///< NoId for a gap or a name outside the directory
        QString unitName;
        QString shiftName;
        QString roleName;
        QString personName;
        QString message; ///< translated, names the unit, day, shift, role and person
    };
    using Kind = Problem::Kind;

    /// The problems of period `periodId`, of every unit or of `unitId` only,
    /// ordered by unit (directory order), day, shift, role and place.
    static Result<QList<Problem>> check(Database &db, Id periodId, Id unitId = NoId);

    /// "gap", "double_booking", "unavailable", "no_valid_phone", "not_a_leader".
    static QString kindKey(Kind kind);
    static std::optional<Kind> kindFromKey(const QString &key);
    /// The translated name of a kind, for the panel's filter.
    static QString kindName(Kind kind);

    /// kind, message, period_id, unit_id, unit, day (ISO), shift_id, shift,
    /// role_id, role, slot, assignment_id, other_assignment_id, person_id,
    /// person (ids null when there is none).
    static QJsonObject toJson(const Problem &problem);
    static QJsonArray toJson(const QList<Problem> &problems);
};

} // namespace DutyDesk
