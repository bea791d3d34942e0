#pragma once

#include "Database.h"
#include "Domain.h"
#include "PeriodStore.h"
#include "Result.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace DutyDesk {

/// A former holder of a duty slot, kept when the slot's person is replaced
/// or swapped (table assignment_history).
struct AssignmentHistoryEntry
{
    Id id = NoId;
    Id assignmentId = NoId;
    Id personId = NoId; ///< NoId for a name outside the directory (or a deleted person)
    QString personName; ///< the directory name, or the free name
    QString freeName;
    QDateTime replacedAt;
    QString reason;
    QString osUser;
};

/// Changes of the person on duty in a slot with a reason, keeping the former
/// holder in the slot's history: replace a holder by another person, or swap
/// the holders of two slots. The conflict rules of PeriodStore (leave,
/// overlapping duty) apply to the new holders; published periods are refused.
/// Each change is one transaction, audited.
class RosterEdit
{
    Q_DECLARE_TR_FUNCTIONS(DutyDesk::RosterEdit)
public:
    using ConflictPolicy = PeriodStore::ConflictPolicy;

    explicit RosterEdit(Database &database);

    /// Puts `newPersonId` in slot `assignmentId` instead of its holder.
    Result<Assignment> replace(Id assignmentId, Id newPersonId, const QString &reason,
                               ConflictPolicy policy = ConflictPolicy::Refuse);
    /// Exchanges the holders of two slots; returns both slots as saved.
    Result<QList<Assignment>> swap(Id assignmentIdA, Id assignmentIdB, const QString &reason,
                                   ConflictPolicy policy = ConflictPolicy::Refuse);

    /// The former holders of a slot, oldest first.
    Result<QList<AssignmentHistoryEntry>> history(Id assignmentId) const;

    static QJsonObject toJson(const AssignmentHistoryEntry &entry);

private:
    Status checkConflicts(const Assignment &changed, Id ignoredAssignmentId) const;
    Status record(const Assignment &former, const QString &reason);

    Database &m_db;
};

} // namespace DutyDesk
