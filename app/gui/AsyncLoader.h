#pragma once

#include "Database.h"

#include <QObject>
#include <QPointer>
#include <QThread>

#include <functional>
#include <memory>

namespace DutyDesk {

/// Loads something slow (a whole period's check, say) on a worker thread with
/// a connection of its own, so the window keeps painting, and hands the result
/// back on the UI thread. Only the newest request matters: a request made
/// while another runs replaces any waiting one, and the running one's answer
/// is dropped. The destructor waits for a running job.
class AsyncLoader : public QObject
{
    Q_OBJECT
public:
    explicit AsyncLoader(QObject *parent = nullptr);
    ~AsyncLoader() override;

    /// Opens `databasePath` read-only on a worker thread and runs `work`
    /// there; then runs `done` on this object's thread, unless a newer
    /// request came meanwhile. `work` and `done` share state through what
    /// they capture (a shared_ptr to the result).
    void start(const QString &databasePath, std::function<void(Database &)> work,
               std::function<void()> done);
    /// Drops the waiting request and the running one's answer.
    void cancel();
    bool isBusy() const { return m_running != nullptr; }
    /// Blocks until nothing runs or waits (tests).
    void waitForIdle();

signals:
    void busyChanged(bool busy);

private:
    struct Request
    {
        QString path;
        std::function<void(Database &)> work;
        std::function<void()> done;
    };
    void run(Request request);
    void finished();

    QPointer<QThread> m_running;
    quint64 m_runningJob = 0; ///< counts the jobs: a late signal is told apart
    std::function<void()> m_runningDone; ///< empty once superseded
    std::unique_ptr<Request> m_waiting;
};

} // namespace DutyDesk
