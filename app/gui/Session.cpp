#include "Session.h"

#include "Backups.h"
#include "EditCommand.h"

#include <QFileInfo>
#include <QSqlQuery>

namespace DutyDesk {

/// What the worker of Session::startBackgroundWork() found. Written by the
/// worker thread only; read by the UI thread after the worker ended.
struct Session::BackgroundResult
{
    bool checkFile = false;
    qint64 dataVersion = -1; ///< the session's stamps before the worker read
    quint64 changeCount = 0;
    QString damage; ///< the first problem of a damaged file
    QString backupError;
    // The worker's own connection is closed before it ends; the index only
    // keeps the entries it read (adopt() takes them).
    std::unique_ptr<SearchIndex> index;
};

namespace {

/// Whether `path` opens read-only as a file of the current schema: only such
/// a file may be checked after the window shows (an upgrade writes to it).
bool isCurrentFile(const QString &path)
{
    Database peek;
    const bool current = bool(peek.open(path, Database::OpenMode::ReadOnly));
    peek.close();
    return current;
}

} // namespace

Session::Session(QObject *parent)
    : QObject(parent)
    , m_directory(m_db)
    , m_escalation(m_db)
    , m_dutyLog(m_db)
    , m_settings(m_db)
    , m_periods(m_db)
    , m_resolver(m_db)
    , m_searchIndex(m_db)
{
    m_undoStack.setObjectName(QStringLiteral("undoStack"));
    // Another window or the command line may save to the same file.
    m_watch.setInterval(2000);
    connect(&m_watch, &QTimer::timeout, this, &Session::checkForOutsideChanges);
}

Session::~Session()
{
    // Nothing is reported any more (the window is going too): wait for a
    // running worker and drop what it found.
    if (m_pending && m_worker)
        m_worker->wait();
    m_pending.reset();
    delete m_worker; // its finished handler goes with this object
    // Commands refer to the stores: drop them before the stores go.
    m_undoStack.clear();
}

Status Session::open(const QString &path, Database::OpenMode mode)
{
    close();
    m_damaged = false;
    const bool existed = QFileInfo::exists(path) && QFileInfo(path).size() > 0;
    // A large file's check, backup and search index take seconds: the window
    // shows it at once and they run on a worker thread, writes held meanwhile.
    const bool inBackground
        = existed && QFileInfo(path).size() >= m_backgroundCheckFrom && isCurrentFile(path);
    if (existed && !inBackground) {
        // Checked read-only first: a damaged file is never written to.
        const Result<QStringList> problems = Backups::verifyFile(path);
        if (!problems && problems.error().code() == Error::Code::NewerSchema)
            return problems.error();
        if (!problems || !problems->isEmpty()) {
            m_damaged = true;
            return Error(Error::Code::Database,
                         tr("The database is damaged and was not opened, so nothing in it was "
                            "changed: %1")
                             .arg(problems ? problems->first() : problems.message()));
        }
    }
    // Opening may create or upgrade the file; duty mode guards the edits after.
    m_db.setDutyMode(false);
    if (const Status s = m_db.open(path, mode); !s)
        return s;
    m_db.setDutyMode(m_dutyMode);
    m_indexInBackground = inBackground;
    if (inBackground) {
        m_checking = true;
        m_db.holdWrites(tr("DutyDesk is still checking this file; changes can be saved in a few "
                           "seconds."));
    } else if (existed && !m_db.isReadOnly()) {
        // A backup at every start; the rotation keeps the folder small.
        const Result<QString> backup = Backups::create(m_db, QStringLiteral("start"));
        if (!backup)
            emit editFailed(backup.message());
    }
    m_dataVersion = -1;
    checkForOutsideChanges();
    m_watch.start();
    if (inBackground)
        startBackgroundWork(true);
    else
        m_searchIndex.rebuild();
    emit opened();
    emit changed();
    return {};
}

void Session::checkForOutsideChanges()
{
    if (!m_db.isOpen())
        return;
    // PRAGMA data_version moves when another connection commits; our own
    // commits are counted by the database object.
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("PRAGMA data_version")) || !q.next())
        return;
    const qint64 version = q.value(0).toLongLong();
    const bool outside = m_dataVersion >= 0 && version != m_dataVersion;
    m_dataVersion = version;
    if (outside) {
        emit changedOutside();
        emit changed();
    }
}

void Session::setDutyMode(bool on)
{
    if (on == m_dutyMode)
        return;
    m_dutyMode = on;
    if (m_db.isOpen())
        m_db.setDutyMode(on);
    emit dutyModeChanged(on);
}

void Session::close()
{
    m_watch.stop();
    // What a running worker finds is no longer wanted; it ends within seconds.
    if (m_pending && m_worker)
        m_worker->wait();
    m_pending.reset();
    m_checking = false;
    m_indexInBackground = false;
    if (!m_db.isOpen())
        return;
    emit aboutToClose();
    m_undoStack.clear();
    m_db.close();
}

SearchIndex &Session::searchIndex()
{
    if (m_db.isOpen()) {
        if (!m_indexInBackground)
            m_searchIndex.refreshIfChanged();
        else if (!m_pending && !m_searchIndex.isCurrent())
            startBackgroundWork(false); // searchIndexReady() follows
    }
    return m_searchIndex;
}

void Session::startBackgroundWork(bool checkFile)
{
    if (m_pending)
        return; // one at a time: a change made meanwhile is seen afterwards
    auto result = std::make_shared<BackgroundResult>();
    result->checkFile = checkFile;
    const Result<qint64> version = m_searchIndex.dataVersion();
    result->dataVersion = version ? version.value() : -1;
    result->changeCount = m_db.changeCount();
    const QString path = m_db.path();
    const bool backup = checkFile && !m_db.isReadOnly();
    QThread *thread = QThread::create([result, path, backup] {
        if (result->checkFile) {
            const Result<QStringList> problems = Backups::verifyFile(path);
            if (!problems || !problems->isEmpty()) {
                result->damage = problems ? problems->first() : problems.message();
                return;
            }
        }
        Database db;
        if (!db.open(path, Database::OpenMode::ReadOnly))
            return;
        if (backup) {
            const Result<QString> saved = Backups::create(db, QStringLiteral("start"));
            if (!saved)
                result->backupError = saved.message();
        }
        auto index = std::make_unique<SearchIndex>(db);
        if (index->rebuild())
            result->index = std::move(index);
        db.close();
    });
    thread->setObjectName(QStringLiteral("sessionWorker"));
    m_worker = thread;
    m_pending = result;
    connect(thread, &QThread::finished, this,
            [this, thread, mine = std::weak_ptr<BackgroundResult>(result)] {
                thread->deleteLater();
                if (!mine.expired() && mine.lock() == m_pending)
                    finishBackgroundWork();
            });
    thread->start(QThread::LowPriority);
}

void Session::waitForBackgroundWork()
{
    if (m_pending && m_worker) {
        m_worker->wait();
        finishBackgroundWork();
    }
}

void Session::finishBackgroundWork()
{
    const std::shared_ptr<BackgroundResult> result = std::move(m_pending);
    m_pending.reset();
    if (!result || !m_db.isOpen())
        return; // closed or reopened meanwhile
    if (!result->damage.isEmpty()) {
        const QString message = tr("The database is damaged and was closed, so nothing in it was "
                                   "changed: %1")
                                    .arg(result->damage);
        const QString path = m_db.path();
        close();
        m_damaged = true;
        emit damaged(path, message);
        return;
    }
    if (result->checkFile) {
        m_checking = false;
        m_db.holdWrites({});
        if (!result->backupError.isEmpty())
            emit editFailed(result->backupError);
        emit checked();
    }
    if (result->index) {
        m_searchIndex.adopt(std::move(*result->index), result->dataVersion, result->changeCount);
        emit searchIndexReady();
    }
}

Status Session::push(EditCommand *command)
{
    if (const Status s = command->apply(); !s) {
        delete command;
        reloadAfterConflict(s);
        return s;
    }
    m_undoStack.push(command);
    notifyChanged();
    return {};
}

void Session::notifyChanged()
{
    emit changed();
}

void Session::reportFailure(const Status &status)
{
    if (status)
        return;
    reloadAfterConflict(status);
    emit editFailed(status.message());
}

void Session::reloadAfterConflict(const Status &status)
{
    if (status || status.error().code() != Error::Code::Conflict || !m_db.isOpen())
        return;
    // The edit was made from data another desk has changed since: show the
    // views what is saved now, whether or not the watch has seen it yet.
    const qint64 seen = m_dataVersion;
    checkForOutsideChanges();
    if (m_dataVersion == seen)
        emit changed();
}

} // namespace DutyDesk
