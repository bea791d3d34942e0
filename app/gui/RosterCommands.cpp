#include "RosterCommands.h"

#include "AutoFill.h"
#include "BackgroundJob.h"
#include "RosterEdit.h"
#include "Session.h"

namespace DutyDesk {

namespace {

bool sameHolder(const Assignment &a, const Assignment &b)
{
    return a.unitId == b.unitId && a.day == b.day && a.shiftId == b.shiftId && a.roleId == b.roleId
        && a.personId == b.personId && (a.personId != NoId || a.freeName == b.freeName);
}

Error slotGone()
{
    return Error(Error::Code::Conflict,
                 QCoreApplication::translate("DutyDesk::AssignmentCommand",
                                             "The duty slot was changed elsewhere meanwhile; "
                                             "the edit cannot be applied."));
}

} // namespace

Result<Assignment> findSlot(Session &session, const Assignment &pattern)
{
    if (pattern.id != NoId) {
        const Result<Assignment> byId = session.periods().assignment(pattern.id);
        if (byId && sameHolder(byId.value(), pattern))
            return byId;
    }
    const Result<QList<Assignment>> cell
        = session.periods().assignmentsAt(pattern.unitId, pattern.day, pattern.shiftId);
    if (!cell)
        return cell.error();
    for (const Assignment &a : cell.value()) {
        if (sameHolder(a, pattern))
            return a;
    }
    return slotGone();
}

// ---- SwapCommand --------------------------------------------------------------

SwapCommand::SwapCommand(Session &session, const Assignment &first, const Assignment &second,
                         const QString &firstName, const QString &secondName, const QString &reason)
    : EditCommand(session, tr("Swap “%1” and “%2”").arg(firstName, secondName))
    , m_first(first)
    , m_second(second)
    , m_reason(reason)
{
}

Status SwapCommand::exchange(const QString &reason)
{
    const Result<QList<Assignment>> swapped
        = RosterEdit(m_session.database()).swap(m_first.id, m_second.id, reason);
    if (!swapped)
        return swapped.error();
    return {};
}

Status SwapCommand::doRedo()
{
    return exchange(m_reason);
}

Status SwapCommand::doUndo()
{
    return exchange(tr("Undo: %1").arg(m_reason));
}

// ---- AssignmentCommand ------------------------------------------------------

AssignmentCommand::AssignmentCommand(Session &session, const QString &text, Kind kind)
    : EditCommand(session, text)
    , m_kind(kind)
{
}

AssignmentCommand *AssignmentCommand::assign(Session &session, const Assignment &assignment,
                                             const QString &holderName)
{
    auto *command = new AssignmentCommand(session, tr("Assign “%1”").arg(holderName), Kind::Assign);
    command->m_after = assignment;
    command->m_after.id = NoId;
    return command;
}

AssignmentCommand *AssignmentCommand::unassign(Session &session, const Assignment &assignment,
                                               const QString &holderName)
{
    auto *command = new AssignmentCommand(session, tr("Remove “%1” from Duty").arg(holderName),
                                          Kind::Unassign);
    command->m_before = assignment;
    return command;
}

AssignmentCommand *AssignmentCommand::replace(Session &session, const Assignment &assignment,
                                              Id newPersonId, const QString &newName,
                                              const QString &reason)
{
    auto *command
        = new AssignmentCommand(session, tr("Replace by “%1”").arg(newName), Kind::Replace);
    command->m_before = assignment;
    command->m_after = assignment;
    command->m_after.personId = newPersonId;
    command->m_after.freeName.clear();
    command->m_after.freePhone.clear();
    command->m_reason = reason;
    return command;
}

Status AssignmentCommand::doRedo()
{
    PeriodStore &store = m_session.periods();
    switch (m_kind) {
    case Kind::Assign: {
        const Result<Assignment> added = store.assign(m_after);
        if (!added)
            return added.error();
        m_after = added.value();
        return {};
    }
    case Kind::Unassign: {
        const Result<Assignment> current = findSlot(m_session, m_before);
        if (!current)
            return current.error();
        m_before = current.value();
        return store.unassign(m_before.id);
    }
    case Kind::Replace: {
        const Result<Assignment> current = findSlot(m_session, m_before);
        if (!current)
            return current.error();
        m_before = current.value();
        const Result<Assignment> replaced
            = RosterEdit(m_session.database()).replace(m_before.id, m_after.personId, m_reason);
        if (!replaced)
            return replaced.error();
        m_after = replaced.value();
        return {};
    }
    }
    return {};
}

Status AssignmentCommand::doUndo()
{
    PeriodStore &store = m_session.periods();
    // Undo restores what was there, even a clash the problems panel lists.
    switch (m_kind) {
    case Kind::Assign: {
        const Result<Assignment> current = findSlot(m_session, m_after);
        if (!current)
            return current.error();
        return store.unassign(current->id);
    }
    case Kind::Unassign: {
        const Result<Assignment> added = store.assign(m_before, PeriodStore::ConflictPolicy::Allow);
        if (!added)
            return added.error();
        m_before = added.value();
        return {};
    }
    case Kind::Replace: {
        const Result<Assignment> current = findSlot(m_session, m_after);
        if (!current)
            return current.error();
        Assignment restored = current.value();
        restored.personId = m_before.personId;
        restored.freeName = m_before.freeName;
        restored.freePhone = m_before.freePhone;
        if (const Status s = store.updateAssignment(restored, PeriodStore::ConflictPolicy::Allow);
            !s)
            return s;
        m_before = restored;
        return {};
    }
    }
    return {};
}

// ---- AutoFillCommand --------------------------------------------------------

AutoFillCommand::AutoFillCommand(Session &session, const QString &text, Id periodId,
                                 const QList<Assignment> &created)
    : EditCommand(session, text)
    , m_periodId(periodId)
    , m_slots(created)
{
}

Status AutoFillCommand::write(const std::function<Status(Database &)> &work)
{
    Database &db = m_session.database();
    // A read-only file, a duty desk or a file still being checked: the
    // session's connection refuses the change with the reason.
    const bool refused = db.isReadOnly() || db.isDutyMode() || db.writesHeld();
    if (refused || (!m_session.isLarge() && m_slots.size() < BackgroundFrom))
        return work(db);
    return BackgroundJob::run(m_session.path(), work);
}

Status AutoFillCommand::doRedo()
{
    if (std::exchange(m_alreadyApplied, false))
        return {};
    QList<Assignment> written;
    const Status status = write([&](Database &db) -> Status {
        Result<QList<Assignment>> r = AutoFill(db).putBack(m_periodId, m_slots);
        if (!r)
            return r.error();
        written = std::move(r).value();
        return {};
    });
    if (status)
        m_slots = written; // with their new ids
    return status;
}

Status AutoFillCommand::doUndo()
{
    return write([&](Database &db) -> Status {
        return AutoFill(db).takeBack(m_periodId, m_slots).status();
    });
}

// ---- PeriodStatusCommand ----------------------------------------------------

PeriodStatusCommand::PeriodStatusCommand(Session &session, const DutyPeriod &period,
                                         PeriodStatus status)
    : EditCommand(session,
                  status == PeriodStatus::Published ? tr("Publish “%1”").arg(period.title)
                                                    : tr("Reopen “%1”").arg(period.title))
    , m_periodId(period.id)
    , m_status(status)
{
}

Status PeriodStatusCommand::set(PeriodStatus status)
{
    return status == PeriodStatus::Published ? m_session.periods().publish(m_periodId)
                                             : m_session.periods().reopen(m_periodId);
}

Status PeriodStatusCommand::doRedo()
{
    return set(m_status);
}

Status PeriodStatusCommand::doUndo()
{
    return set(m_status == PeriodStatus::Published ? PeriodStatus::Draft : PeriodStatus::Published);
}

// ---- CreatePeriodCommand ----------------------------------------------------

CreatePeriodCommand::CreatePeriodCommand(Session &session, const DutyPeriod &period,
                                         const QList<Shift> &shifts, const QList<DutyRole> &roles)
    : EditCommand(session, tr("Create Period “%1”").arg(period.title))
    , m_period(period)
    , m_shifts(shifts)
    , m_roles(roles)
{
}

CreatePeriodCommand::CreatePeriodCommand(Session &session, const DutyPeriod &period,
                                         Id sourcePeriodId, const PeriodCopy::Options &options)
    : EditCommand(session, tr("Copy Period as “%1”").arg(period.title))
    , m_period(period)
    , m_sourcePeriodId(sourcePeriodId)
    , m_copyOptions(options)
{
}

Status CreatePeriodCommand::doRedo()
{
    if (m_sourcePeriodId != NoId) {
        const Result<PeriodCopy::Report> copied
            = PeriodCopy(m_session.database()).copy(m_sourcePeriodId, m_period, m_copyOptions);
        if (!copied)
            return copied.error();
        m_copyReport = copied.value();
        m_periodId = copied->period.id;
        return {};
    }
    PeriodStore &store = m_session.periods();
    return m_session.database().transaction([&]() -> Status {
        const Result<DutyPeriod> added = store.addPeriod(m_period);
        if (!added)
            return added.error();
        m_periodId = added->id;
        for (Shift shift : std::as_const(m_shifts)) {
            shift.periodId = m_periodId;
            if (const Result<Shift> s = store.addShift(shift); !s)
                return s.error();
        }
        for (DutyRole role : std::as_const(m_roles)) {
            role.periodId = m_periodId;
            if (const Result<DutyRole> r = store.addRole(role); !r)
                return r.error();
        }
        return {};
    });
}

Status CreatePeriodCommand::doUndo()
{
    return m_session.periods().deletePeriod(m_periodId);
}

} // namespace DutyDesk
