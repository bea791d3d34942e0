#include "Session.h"

#include "EditCommand.h"

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
}

Session::~Session()
{
    // Commands refer to the stores: drop them before the stores go.
    m_undoStack.clear();
}

Status Session::open(const QString &path, Database::OpenMode mode)
{
    close();
    if (const Status s = m_db.open(path, mode); !s)
        return s;
    m_searchIndex.rebuild();
    emit opened();
    emit changed();
    return {};
}

void Session::close()
{
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
