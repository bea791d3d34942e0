#pragma once

#include "Domain.h"
#include "RosterCheck.h"

#include <QAbstractTableModel>
#include <QHash>

namespace DutyDesk {

class Session;

/// One unit's roster for one period: a row per day and shift, a column for the
/// day, one for the shift, then one per duty role. A role cell shows its
/// holders with their numbers, or that a required place is empty; cells with
/// a problem are coloured and say why in their tool tip. Edits go through
/// AssignmentCommand on the session's undo stack (setData with a person id
/// puts that person in a free place; with NoId it removes the last holder).
class RosterGridModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { DayColumn, ShiftColumn, FirstRoleColumn };
    enum DataRole {
        RequiredRole = Qt::UserRole + 1, ///< int: places the unit's kind must fill
        HolderCountRole, ///< int
        ProblemKindsRole, ///< QVariantList of RosterCheck::Kind as int
        PersonIdsRole, ///< QVariantList of the holders' person ids
    };

    /// What one role cell holds.
    struct Cell
    {
        QDate day;
        Shift shift;
        DutyRole role;
        int required = 0;
        QList<Assignment> holders;
    };

    explicit RosterGridModel(Session &session, QObject *parent = nullptr);

    /// Shows `unitId`'s roster of `periodId` (NoId: nothing).
    void setRoster(Id periodId, Id unitId);
    /// Reads again, keeping the view's selection when only the content changed.
    void reload();
    /// The problems of this unit (RosterCheck), to colour the cells.
    void setProblems(const QList<RosterCheck::Problem> &problems);

    Id periodId() const { return m_period.id; }
    Id unitId() const { return m_unit.id; }
    const DutyPeriod &period() const { return m_period; }
    const Unit &unit() const { return m_unit; }
    bool isReadOnly() const { return m_period.status == PeriodStatus::Published; }
    const QList<Shift> &shifts() const { return m_shifts; }
    const QList<DutyRole> &roles() const { return m_roles; }

    /// The cell of a role column; nullptr for the day and shift columns.
    const Cell *cell(const QModelIndex &index) const;
    QModelIndex indexOf(const QDate &day, Id shiftId, Id roleId) const;
    /// The display name of a holder: the directory name or the free name.
    QString holderName(const Assignment &assignment) const;
    /// The label of a row's day with the lunar date during Tết.
    static QString dayLabel(const QDate &day);
    /// "mùng 1 Tết" during the Tết season (23 tháng Chạp to mùng 10), else empty.
    static QString tetLabel(const QDate &day);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

signals:
    /// An edit was refused; the message says why.
    void editRefused(const QString &message);

private:
    struct Content
    {
        DutyPeriod period;
        Unit unit;
        QList<Shift> shifts;
        QList<DutyRole> roles;
        QList<Cell> cells; ///< row-major: (day, shift) × role
        QHash<Id, Person> people;
    };
    Content read(Id periodId, Id unitId) const;
    bool sameShape(const Content &content) const;
    QString cellText(const Cell &cell) const;
    QString cellToolTip(const Cell &cell, const QModelIndex &index) const;
    const Cell *cellAt(int row, int column) const;

    Session &m_session;
    DutyPeriod m_period;
    Unit m_unit;
    QList<Shift> m_shifts;
    QList<DutyRole> m_roles;
    QList<Cell> m_cells;
    QHash<Id, Person> m_people;
    /// Problems by cell ("day|shift|role"), with their kind and message.
    QHash<QString, QList<RosterCheck::Problem>> m_problems;
};

} // namespace DutyDesk
