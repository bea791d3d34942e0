#pragma once

#include "Database.h"
#include "Domain.h"
#include "JobControl.h"
#include "Result.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace DutyDesk {

/// Fills the empty places of a period's roster fairly and deterministically.
///
/// A place of a unit is given only to one of that unit's own active people;
/// a leader role only to a leader; never to someone on leave that day, already
/// on duty at an overlapping time (any unit, any period), or without
/// `minimumRestHours` between that slot and their other duties (so a night
/// shift is never followed by the next morning's shift). Among those who fit,
/// the least loaded person wins: load is the weighted number of shifts held in
/// this period (and, by default, in periods that ended during the year
/// before), a night shift (one running past midnight) weighing
/// `nightShiftWeight` and a statutory Tết day `tetDayWeight`. Ties go to the
/// fewer shifts, then the lower person id, so the same data always gives the
/// same roster. Leaders are kept for leader roles: another role takes a leader
/// only when nobody else fits. Places are filled in time order, leader roles
/// first within a shift.
///
/// A place nobody fits is left empty with a reason. Published periods are
/// refused. Everything is planned in memory and written in one transaction
/// with one audit record; a fill stopped through its Control is rolled back.
class AutoFill
{
    Q_DECLARE_TR_FUNCTIONS(DutyDesk::AutoFill)
public:
    struct Options
    {
        int minimumRestHours = 12;
        double nightShiftWeight = 1.5;
        double tetDayWeight = 2.0;
        /// Periods that ended within this many days before the period count
        /// towards load; 0 counts this period only.
        int earlierPeriodsDays = 365;
        bool dryRun = false; ///< plan and report, write nothing
    };

    /// How a long fill reports progress and learns that it should stop: every
    /// place to fill is one step when it is planned and one when it is
    /// written (a place left empty is written at once). Cancelled, the fill
    /// ends with Error::Code::Cancelled and nothing written, unless it had
    /// already been saved.
    using Control = JobControl;

    /// A place to fill: `slot` is the place within the role, or -1 for every
    /// empty place the unit's kind requires in that cell.
    struct SlotRef
    {
        Id unitId = NoId;
        QDate day;
        Id shiftId = NoId;
        Id roleId = NoId;
        int slot = -1;
    };

    enum class EmptyReason {
        NoPeople, ///< the unit has no active people
        NoLeader, ///< a leader role and the unit has no active leader
        NobodyFree, ///< everyone is on leave, on duty at that time or resting
    };

    struct EmptySlot
    {
        SlotRef slot;
        EmptyReason reason = EmptyReason::NobodyFree;
        QString message; ///< translated; names the unit, day, shift and role
    };

    /// The load of a unit's active people after the fill (in shifts, weighted).
    struct UnitLoad
    {
        Id unitId = NoId;
        int people = 0;
        double minLoad = 0; ///< over all its active people
        double maxLoad = 0;
        /// max – min load among comparable people: leaders with leaders, the
        /// others with the others, leaving out whoever was away during the period.
        double spread = 0;
    };

    struct Report
    {
        int filled = 0;
        QList<Assignment> assignments; ///< what was (or, in a dry run, would be) added
        QList<EmptySlot> leftEmpty;
        QList<UnitLoad> loads; ///< the units concerned, in directory order
        double maxSpread = 0; ///< the largest UnitLoad::spread
    };

    explicit AutoFill(Database &database);
    AutoFill(Database &database, const Options &options);

    const Options &options() const { return m_options; }
    void setOptions(const Options &options) { m_options = options; }

    /// Fills every empty place of the period.
    Result<Report> fillPeriod(Id periodId);
    Result<Report> fillPeriod(Id periodId, const Control &control);
    /// Fills the empty places of one unit.
    Result<Report> fillUnit(Id periodId, Id unitId);
    Result<Report> fillUnit(Id periodId, Id unitId, const Control &control);
    /// Fills the given places (already filled ones are left as they are).
    /// A place outside the period, its shifts or its roles is refused.
    Result<Report> fillSlots(Id periodId, const QList<SlotRef> &refs);

    /// Takes back the slots a fill wrote (Report::assignments), found by their
    /// cell and holder since a redo gives them new ids, as if each were
    /// removed by hand (one "delete" audit record each), in one transaction
    /// and a few statements. Refused (Conflict) when one of them was changed
    /// or removed meanwhile. Returns the rows removed.
    Result<QList<Assignment>> takeBack(Id periodId, const QList<Assignment> &filled);
    /// Puts slots taken back by takeBack() in again under the rules of a slot
    /// assigned by hand (PeriodStore::assign: no leave, no overlapping duty,
    /// each in the first free place of its cell, one "insert" audit record
    /// each), all or none, in one transaction. Returns the rows written.
    Result<QList<Assignment>> putBack(Id periodId, const QList<Assignment> &filled);

    /// filled, left_empty (unit_id, day, shift_id, role_id, slot, reason,
    /// message), loads (unit_id, people, min_load, max_load, spread),
    /// max_spread and assignments.
    static QJsonObject toJson(const Report &report);
    /// "no_people", "no_leader", "nobody_free".
    static QString reasonKey(EmptyReason reason);

private:
    Result<Report> run(Id periodId, const QList<Id> &unitIds, const QList<SlotRef> *refs,
                       const Control &control);

    Database &m_db;
    Options m_options;
};

} // namespace DutyDesk
