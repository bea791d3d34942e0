#pragma once

#include "Domain.h"
#include "EditCommand.h"
#include "Session.h"

namespace DutyDesk {

/// Reading, comparing and saving a record; one overload per kind of record.
Result<Unit> loadRecord(Session &session, const Unit &unit);
Result<Person> loadRecord(Session &session, const Person &person);
Result<Hotline> loadRecord(Session &session, const Hotline &hotline);
bool sameContent(const Unit &a, const Unit &b);
bool sameContent(const Person &a, const Person &b);
bool sameContent(const Hotline &a, const Hotline &b);
Status saveRecord(Session &session, Unit &unit);
Status saveRecord(Session &session, Person &person);
Status saveRecord(Session &session, Hotline &hotline);
/// The refusal when the record is not in the state the edit expects.
Error changedElsewhere(const QString &what);

/// Changes a unit, a person or a hotline from one state to another (rename,
/// move, deactivate, edit). Each application first checks that the record is
/// still in the state the edit left it in, so an undo never overwrites a
/// change made meanwhile on another desk or from the command line.
template<typename Record> class UpdateCommand : public EditCommand
{
public:
    UpdateCommand(Session &session, const QString &text, const Record &before, const Record &after)
        : EditCommand(session, text)
        , m_before(before)
        , m_after(after)
        , m_firstApply(true)
    {
    }

protected:
    Status doRedo() override { return save(m_after, m_before); }
    Status doUndo() override { return save(m_before, m_after); }

private:
    Status save(Record &target, const Record &expected)
    {
        const Result<Record> current = loadRecord(m_session, target);
        if (!current)
            return current.error();
        // The first time, the dialog's version decides (the store checks it);
        // afterwards the content, since other edits on the stack bump versions.
        if (!m_firstApply && !sameContent(current.value(), expected))
            return changedElsewhere(text());
        Record record = target;
        if (!m_firstApply)
            record.version = current->version;
        if (const Status s = saveRecord(m_session, record); !s)
            return s;
        m_firstApply = false;
        // The store normalises (names, numbers): keep what it saved.
        target = record;
        return {};
    }

    Record m_before;
    Record m_after;
    bool m_firstApply;
};

} // namespace DutyDesk
