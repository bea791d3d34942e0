#pragma once

#include "Domain.h"
#include "EditCommand.h"
#include "PeriodCopy.h"

#include <QCoreApplication>
#include <QList>

#include <functional>
#include <optional>

namespace DutyDesk {

/// The slot that `pattern` describes as it is stored now: by id while that id
/// still holds the same cell and holder, otherwise by its cell and holder. An
/// undo that re-creates a slot gives it a new id; finding by content keeps the
/// commands above it on the stack working.
Result<Assignment> findSlot(Session &session, const Assignment &pattern);

/// One change of a roster cell: a person put in a free place, a holder
/// removed, or a holder replaced by another person with a reason (the former
/// holder stays in the slot's history). Undo restores the former state as it
/// was, clashes included; redo applies the rules again.
class AssignmentCommand : public EditCommand
{
    Q_DECLARE_TR_FUNCTIONS(DutyDesk::AssignmentCommand)
public:
    static AssignmentCommand *assign(Session &session, const Assignment &assignment,
                                     const QString &holderName);
    static AssignmentCommand *unassign(Session &session, const Assignment &assignment,
                                       const QString &holderName);
    static AssignmentCommand *replace(Session &session, const Assignment &assignment,
                                      Id newPersonId, const QString &newName,
                                      const QString &reason);

    /// The slot as the last application left it.
    const Assignment &slot() const { return m_after; }

protected:
    Status doRedo() override;
    Status doUndo() override;

private:
    enum class Kind { Assign, Unassign, Replace };
    AssignmentCommand(Session &session, const QString &text, Kind kind);

    Kind m_kind;
    Assignment m_before; ///< the holder before (Unassign, Replace)
    Assignment m_after; ///< the holder after (Assign, Replace)
    QString m_reason;
};

/// Two holders of a unit's slots exchange places, with a reason; both stay in
/// their former slot's history. Undo exchanges them back.
class SwapCommand : public EditCommand
{
    Q_DECLARE_TR_FUNCTIONS(DutyDesk::SwapCommand)
public:
    SwapCommand(Session &session, const Assignment &first, const Assignment &second,
                const QString &firstName, const QString &secondName, const QString &reason);

protected:
    Status doRedo() override;
    Status doUndo() override;

private:
    Status exchange(const QString &reason);

    Assignment m_first;
    Assignment m_second;
    QString m_reason;
};

/// The slots an auto-fill created. The fill itself runs on a worker thread
/// with its own connection and is already written when the command is
/// pushed: the first redo only records it. Undo removes exactly these slots;
/// a later redo puts the same people back under the usual rules. Both write
/// in a few statements (AutoFill::takeBack, putBack); a province's thousands
/// of slots are written on a worker thread while the window keeps painting.
class AutoFillCommand : public EditCommand
{
    Q_DECLARE_TR_FUNCTIONS(DutyDesk::AutoFillCommand)
public:
    /// From this many slots on, undo and redo run on a worker thread (as they
    /// do for every fill of a large file, Session::isLarge()).
    static constexpr int BackgroundFrom = 1000;

    AutoFillCommand(Session &session, const QString &text, Id periodId,
                    const QList<Assignment> &created);

    int count() const { return int(m_slots.size()); }

protected:
    Status doRedo() override;
    Status doUndo() override;

private:
    /// Runs `work` on the session's connection, or on a worker's (see above).
    Status write(const std::function<Status(Database &)> &work);

    Id m_periodId;
    QList<Assignment> m_slots;
    bool m_alreadyApplied = true;
};

/// Publishes (locks) or reopens a period.
class PeriodStatusCommand : public EditCommand
{
    Q_DECLARE_TR_FUNCTIONS(DutyDesk::PeriodStatusCommand)
public:
    PeriodStatusCommand(Session &session, const DutyPeriod &period, PeriodStatus status);

protected:
    Status doRedo() override;
    Status doUndo() override;

private:
    Status set(PeriodStatus status);

    Id m_periodId;
    PeriodStatus m_status;
};

/// Creates a period: by hand or from a holiday proposal with the given shifts
/// and roles, or as a copy of an earlier period (PeriodCopy). Undo deletes
/// the period with everything in it; redo creates it again (with a new id).
class CreatePeriodCommand : public EditCommand
{
    Q_DECLARE_TR_FUNCTIONS(DutyDesk::CreatePeriodCommand)
public:
    CreatePeriodCommand(Session &session, const DutyPeriod &period, const QList<Shift> &shifts,
                        const QList<DutyRole> &roles);
    CreatePeriodCommand(Session &session, const DutyPeriod &period, Id sourcePeriodId,
                        const PeriodCopy::Options &options);

    Id periodId() const { return m_periodId; }
    /// What the copy skipped (empty for a period made by hand).
    const std::optional<PeriodCopy::Report> &copyReport() const { return m_copyReport; }

protected:
    Status doRedo() override;
    Status doUndo() override;

private:
    DutyPeriod m_period;
    QList<Shift> m_shifts;
    QList<DutyRole> m_roles;
    Id m_sourcePeriodId = NoId;
    PeriodCopy::Options m_copyOptions;
    std::optional<PeriodCopy::Report> m_copyReport;
    Id m_periodId = NoId;
};

} // namespace DutyDesk
