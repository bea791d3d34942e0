#include "BackgroundJob.h"

#include <QEventLoop>
#include <QProgressDialog>
#include <QThread>

#include <memory>

namespace DutyDesk {

Status BackgroundJob::run(const QString &databasePath,
                          const std::function<Status(Database &)> &work, QProgressDialog *progress)
{
    return run(
        [&databasePath, &work]() -> Status {
            Database db;
            if (const Status s = db.open(databasePath, Database::OpenMode::MustExist); !s)
                return s;
            return work(db);
        },
        progress);
}

Status BackgroundJob::run(const std::function<Status()> &work, QProgressDialog *progress)
{
    Status status;
    std::unique_ptr<QThread> thread(QThread::create([&status, &work] { status = work(); }));
    QEventLoop loop;
    QObject::connect(thread.get(), &QThread::finished, &loop, &QEventLoop::quit);
    if (progress)
        progress->show();
    thread->start();
    // Without a (window-modal) progress dialog nothing may be clicked meanwhile.
    loop.exec(progress ? QEventLoop::AllEvents : QEventLoop::ExcludeUserInputEvents);
    thread->wait();
    if (progress)
        progress->hide();
    return status;
}

} // namespace DutyDesk
