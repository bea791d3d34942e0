#pragma once

#include "Database.h"
#include "Result.h"

#include <functional>

class QProgressDialog;

namespace DutyDesk {

/// Runs a long job (a province's auto-fill, an export) off the UI thread. The
/// job gets its own Database connection opened on the session's file (Qt SQL
/// connections belong to one thread); meanwhile a local event loop keeps the
/// window painting and the progress dialog's Cancel button working.
class BackgroundJob
{
public:
    /// Opens `databasePath` on a worker thread, runs `work` there and returns
    /// its status once it finished. `progress`, when given, is shown while the
    /// job runs.
    static Status run(const QString &databasePath, const std::function<Status(Database &)> &work,
                      QProgressDialog *progress = nullptr);
    /// Runs `work`, which needs no database (printing a loaded document), on
    /// a worker thread the same way.
    static Status run(const std::function<Status()> &work, QProgressDialog *progress = nullptr);
};

} // namespace DutyDesk
