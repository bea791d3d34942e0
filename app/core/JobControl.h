#pragma once

#include <atomic>
#include <functional>

namespace DutyDesk {

/// How a long job (an export, an auto-fill) reports progress and learns that
/// it should stop. Both are used from the thread that runs the job: a GUI
/// forwards `progress` to its own thread (queued) and sets `cancel` from
/// there.
struct JobControl
{
    /// Called with the work done so far and the total (same unit, e.g. units,
    /// pages or places); may be empty.
    std::function<void(int done, int total)> progress;
    /// Set to true to stop the job as soon as possible; may be null.
    const std::atomic_bool *cancel = nullptr;

    /// Called on the job's thread when a cancelled job stops, before it lets
    /// go of what it was writing: a printer aborts its print job there, so
    /// that no part of the document comes out. May be empty.
    std::function<void()> abandon;

    bool cancelled() const { return cancel && cancel->load(); }
    void abandoned() const
    {
        if (abandon)
            abandon();
    }
    void report(int done, int total) const
    {
        if (progress)
            progress(done, total);
    }
};

} // namespace DutyDesk
