#pragma once

#include "Database.h"
#include "Domain.h"
#include "Result.h"

#include <QList>

namespace DutyDesk {

/// Writes many duty slots at once for auto-fill and period copies: multi-row
/// INSERT statements instead of one statement per slot, which is what makes a
/// province's roster take a fraction of a second. Runs inside the caller's
/// transaction; the caller validates the rows and records the audit.
class AssignmentBatch
{
public:
    struct Row
    {
        Assignment assignment; ///< its id is ignored
        int slot = 0; ///< the place within the role
    };

    /// Inserts `rows`; the result holds the new id of each row, in order.
    static Result<QList<Id>> insert(Database &db, const QList<Row> &rows);
};

} // namespace DutyDesk
