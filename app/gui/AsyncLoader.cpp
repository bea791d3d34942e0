#include "AsyncLoader.h"

#include <QCoreApplication>

namespace DutyDesk {

AsyncLoader::AsyncLoader(QObject *parent)
    : QObject(parent)
{
}

AsyncLoader::~AsyncLoader()
{
    m_waiting.reset();
    if (QThread *thread = m_running) {
        thread->wait();
        delete thread;
    }
}

void AsyncLoader::start(const QString &databasePath, std::function<void(Database &)> work,
                        std::function<void()> done)
{
    Request request {databasePath, std::move(work), std::move(done)};
    if (m_running) {
        // The running answer is out of date; the newest request runs next.
        m_runningDone = nullptr;
        m_waiting = std::make_unique<Request>(std::move(request));
        return;
    }
    run(std::move(request));
    emit busyChanged(true);
}

void AsyncLoader::cancel()
{
    m_waiting.reset();
    m_runningDone = nullptr;
}

void AsyncLoader::waitForIdle()
{
    while (m_running) {
        m_running->wait();
        finished();
    }
}

void AsyncLoader::run(Request request)
{
    QThread *thread = QThread::create([path = request.path, work = std::move(request.work)] {
        Database db;
        if (db.open(path, Database::OpenMode::ReadOnly))
            work(db);
        db.close();
    });
    thread->setObjectName(QStringLiteral("asyncLoader"));
    m_running = thread;
    const quint64 job = ++m_runningJob;
    m_runningDone = std::move(request.done);
    connect(thread, &QThread::finished, this, [this, job] {
        if (m_running && job == m_runningJob)
            finished();
    });
    thread->start();
}

void AsyncLoader::finished()
{
    QThread *thread = m_running;
    m_running = nullptr;
    thread->deleteLater();
    const std::function<void()> done = std::move(m_runningDone);
    m_runningDone = nullptr;
    if (m_waiting) {
        std::unique_ptr<Request> next = std::move(m_waiting);
        run(std::move(*next));
    } else {
        emit busyChanged(false);
    }
    if (done)
        done();
}

} // namespace DutyDesk
