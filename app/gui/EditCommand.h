#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace DutyDesk {

class Session;

/// An edit of the database that can be undone. It applies itself through the
/// stores (each application is one transaction, saved at once); Session::push
/// applies it first and only keeps it when that succeeded.
class EditCommand : public QUndoCommand
{
public:
    EditCommand(Session &session, const QString &text);

    /// The first application, by Session::push.
    Status apply();

    void redo() final;
    void undo() final;

protected:
    virtual Status doRedo() = 0;
    virtual Status doUndo() = 0;

    Session &m_session;

private:
    bool m_skipNextRedo = false;
};

} // namespace DutyDesk
