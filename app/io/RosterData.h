#pragma once

#include "Database.h"
#include "Domain.h"
#include "JobControl.h"
#include "Result.h"

#include <QCoreApplication>
#include <QList>

namespace DutyDesk {

/// How a long export reports progress and learns that it should stop.
using ExportControl = JobControl;

/// One person (or a name typed into a slot) holding a duty slot.
struct RosterHolder
{
    Id assignmentId = NoId;
    Id personId = NoId;
    int slot = 0; ///< position in its (unit, day, shift, role) cell, from 0
    QString name;
    QString position;
    QList<PhoneEntry> phones; ///< E.164, typed; a free name's number is a mobile
    QString email;
    QString note;
    Id unitId = NoId; ///< the person's own unit (may differ from the slot's unit)
};

/// One row of a roster: a day and a shift, with the holders of every role.
struct RosterLine
{
    QDate day;
    int shiftIndex = 0; ///< into RosterDocument::shifts
    QList<QList<RosterHolder>> holders; ///< one list per role, in role order
    QStringList notes; ///< the slots' notes
    bool isEmpty() const;
};

/// A unit's part of a roster.
struct RosterUnitBlock
{
    Unit unit;
    QList<RosterLine> lines; ///< every day × shift of the period, in order
    int assignmentCount = 0;
};

/// Everything a roster document or file shows, read in a few queries.
struct RosterDocument
{
    DutyPeriod period;
    QList<Shift> shifts;
    QList<DutyRole> roles;
    OrganisationSettings organisation;
    QString issuerName; ///< the Department's own name ("Sở Giáo dục và Đào tạo Hải Phòng")
    bool consolidated = false;
    QList<RosterUnitBlock> units; ///< grouped by unit kind, then directory order
    int assignmentCount = 0;

    QList<QDate> days() const;
};

/// Reads a period's roster for documents: one unit, or all units that staff
/// duty slots (and any other unit holding an assignment), grouped by unit kind
/// then directory order.
class RosterData
{
    Q_DECLARE_TR_FUNCTIONS(DutyDesk::RosterData)
public:
    /// `unitId` NoId: every unit. `personId` set: only that person's slots
    /// (and only the units where they hold one).
    static Result<RosterDocument> load(Database &db, Id periodId, Id unitId = NoId,
                                       Id personId = NoId, const ExportControl &control = {});
    /// The Error returned when `control` asked to stop.
    static Error cancelledError();
};

} // namespace DutyDesk
