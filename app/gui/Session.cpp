#include "Session.h"

#include "Backups.h"
#include "EditCommand.h"

#include <QFileInfo>
#include <QSqlQuery>

namespace DutyDesk {

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
    // Commands refer to the stores: drop them before the stores go.
    m_undoStack.clear();
}

Status Session::open(const QString &path, Database::OpenMode mode)
{
    close();
    m_damaged = false;
    const bool existed = QFileInfo::exists(path) && QFileInfo(path).size() > 0;
    if (existed) {
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
    if (const Status s = m_db.open(path, mode); !s)
        return s;
    if (existed && !m_db.isReadOnly()) {
        // A backup at every start; the rotation keeps the folder small.
        const Result<QString> backup = Backups::create(m_db, QStringLiteral("start"));
        if (!backup)
            emit editFailed(backup.message());
    }
    m_dataVersion = -1;
    checkForOutsideChanges();
    m_watch.start();
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

void Session::close()
{
    m_watch.stop();
    if (!m_db.isOpen())
        return;
    emit aboutToClose();
    m_undoStack.clear();
    m_db.close();
}

SearchIndex &Session::searchIndex()
{
    if (m_db.isOpen())
        m_searchIndex.refreshIfChanged();
    return m_searchIndex;
}

Status Session::push(EditCommand *command)
{
    if (const Status s = command->apply(); !s) {
        delete command;
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
    if (!status)
        emit editFailed(status.message());
}

} // namespace DutyDesk
