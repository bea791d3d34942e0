#pragma once

#include "Database.h"
#include "Domain.h"
#include "PeriodStore.h"
#include "Result.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace DutyDesk {

/// Creates a duty period from an earlier one: its shifts, its duty roles with
/// their requirements and, optionally, its assignments by position of days
/// (day i of the old period becomes day i of the new one; days beyond the new
/// period's length are dropped). With ConflictPolicy::Refuse an assignment
/// whose person is inactive, on leave on the new day, or already on duty at an
/// overlapping time is skipped and listed; with Allow everything is copied and
/// the problems panel lists the clashes. All in one transaction.
class PeriodCopy
{
    Q_DECLARE_TR_FUNCTIONS(DutyDesk::PeriodCopy)
public:
    struct Options
    {
        bool copyAssignments = true;
        PeriodStore::ConflictPolicy policy = PeriodStore::ConflictPolicy::Refuse;
    };

    struct Skipped
    {
        Assignment source; ///< the assignment of the earlier period
        QDate day; ///< the day it would have had in the new period
        QString reason; ///< translated; names the person, unit, day and shift
    };

    struct Report
    {
        DutyPeriod period; ///< the new period, as stored
        int shifts = 0;
        int roles = 0;
        int assignments = 0; ///< copied
        int dropped = 0; ///< on days beyond the new period's length
        QList<Skipped> skipped;
    };

    explicit PeriodCopy(Database &database);

    /// Creates `newPeriod` (always as a draft) from period `sourcePeriodId`.
    Result<Report> copy(Id sourcePeriodId, DutyPeriod newPeriod, const Options &options);
    Result<Report> copy(Id sourcePeriodId, DutyPeriod newPeriod);

    /// period (the new one), shifts, roles, assignments, dropped and skipped
    /// (source_assignment_id, day, reason).
    static QJsonObject toJson(const Report &report);

private:
    Database &m_db;
};

} // namespace DutyDesk
