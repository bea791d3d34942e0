#pragma once

#include "RosterCheck.h"

#include <QAbstractTableModel>

namespace DutyDesk {

/// The problems of a period's roster (RosterCheck) as a table for the
/// problems panel: kind, unit, day, shift, role and the message.
class ProblemsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        KindColumn,
        UnitColumn,
        DayColumn,
        ShiftColumn,
        RoleColumn,
        MessageColumn,
        ColumnCount
    };

    explicit ProblemsModel(QObject *parent = nullptr);

    void setProblems(const QList<RosterCheck::Problem> &problems);
    const RosterCheck::Problem *problem(int row) const;
    const QList<RosterCheck::Problem> &problems() const { return m_problems; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<RosterCheck::Problem> m_problems;
};

} // namespace DutyDesk
