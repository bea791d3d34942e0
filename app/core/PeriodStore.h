#pragma once

#include "Database.h"
#include "Domain.h"
#include "Result.h"

#include <QCoreApplication>

namespace DutyDesk {

/// Duty periods with their shifts and duty roles, the assignments of people
/// to slots, and people's unavailability. Validation lives here: a period's
/// first day is not after its last, a shift has a start and an end (and may
/// cross midnight), a person holds no two overlapping assignments and is not
/// assigned while unavailable.
class PeriodStore
{
    Q_DECLARE_TR_FUNCTIONS(DutyDesk::PeriodStore)
public:
    /// What to do when an assignment clashes with another or with leave.
    enum class ConflictPolicy {
        Refuse, ///< the normal case: the change is refused with a message
        Allow, ///< keep it (imports and the sample); the problems panel lists it
    };

    explicit PeriodStore(Database &database);

    // Periods
    Result<DutyPeriod> period(Id id) const;
    Result<QList<DutyPeriod>> periods() const;
    /// Periods whose days (or a shift starting on them) may contain `moment`.
    Result<QList<DutyPeriod>> periodsAround(const QDate &day) const;
    Result<DutyPeriod> addPeriod(DutyPeriod period);
    Status updatePeriod(DutyPeriod &period);
    Status deletePeriod(Id periodId);
    /// Locks a period (status published): its shifts, roles and slots can no
    /// longer be changed. Publishing a published period changes nothing.
    Status publish(Id periodId);
    /// Unlocks a published period (status draft) so that it can be edited.
    Status reopen(Id periodId);

    // Shifts
    Result<QList<Shift>> shifts(Id periodId) const;
    Result<Shift> addShift(Shift shift);
    Status updateShift(Shift &shift);
    Status deleteShift(Id shiftId);

    // Duty roles
    Result<QList<DutyRole>> roles(Id periodId) const;
    Result<DutyRole> addRole(DutyRole role);
    Status updateRole(DutyRole &role);
    Status deleteRole(Id roleId);

    // Assignments
    Result<Assignment> assignment(Id id) const;
    /// Assignments of a period, optionally of one unit and/or one day.
    Result<QList<Assignment>> assignments(Id periodId, Id unitId = NoId,
                                          const QDate &day = {}) const;
    /// How many holders a unit has on a day, each shift and role counted up
    /// to the number the role requires of the unit's kind: the overview.
    struct DayCoverage
    {
        Id unitId = NoId;
        QDate day;
        int held = 0;
    };
    /// The coverage of every unit with an assignment in the period (or on
    /// `day` only). Two aggregate queries, however large the period.
    Result<QList<DayCoverage>> coverage(Id periodId, const QDate &day = {}) const;
    /// Assignments of a unit on a day and shift.
    Result<QList<Assignment>> assignmentsAt(Id unitId, const QDate &day, Id shiftId) const;
    Result<Assignment> assign(Assignment assignment,
                              ConflictPolicy policy = ConflictPolicy::Refuse);
    Status updateAssignment(Assignment &assignment, ConflictPolicy policy = ConflictPolicy::Refuse);
    Status unassign(Id assignmentId);
    /// Other assignments of the same person whose time overlaps `assignment`.
    Result<QList<Assignment>> overlapping(const Assignment &assignment) const;
    /// The refusal of a duty for `name` that overlaps `other`, naming its
    /// unit, day and shift.
    Error clashWith(const QString &name, const Assignment &other) const;

    // Unavailability
    Result<QList<Unavailability>> unavailability(Id personId) const;
    /// The unavailability records of a person that cover `day`.
    Result<QList<Unavailability>> unavailabilityOn(Id personId, const QDate &day) const;
    Result<Unavailability> addUnavailability(Unavailability entry);
    Status deleteUnavailability(Id id);

private:
    Status validate(DutyPeriod &period) const;
    Status validate(Shift &shift) const;
    Status validate(DutyRole &role) const;
    Status validate(Assignment &assignment, ConflictPolicy policy) const;
    Status ensureEditable(Id periodId) const;
    Status writeRequirements(const DutyRole &role);
    Result<Shift> shift(Id shiftId) const;
    Result<DutyRole> role(Id roleId) const;
    Result<QList<Assignment>> queryAssignments(const QString &where,
                                               const QVariantList &values) const;

    Database &m_db;
};

} // namespace DutyDesk
