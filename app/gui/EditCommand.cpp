#include "EditCommand.h"

#include "Session.h"

namespace DutyDesk {

EditCommand::EditCommand(Session &session, const QString &text)
    : QUndoCommand(text)
    , m_session(session)
{
}

Status EditCommand::apply()
{
    const Status status = doRedo();
    // QUndoStack::push() calls redo(): the edit is already applied.
    m_skipNextRedo = status.ok();
    return status;
}

void EditCommand::redo()
{
    if (m_skipNextRedo) {
        m_skipNextRedo = false;
        return;
    }
    m_session.reportFailure(doRedo());
    m_session.notifyChanged();
}

void EditCommand::undo()
{
    m_session.reportFailure(doUndo());
    m_session.notifyChanged();
}

} // namespace DutyDesk
