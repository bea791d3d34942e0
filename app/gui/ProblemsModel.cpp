#include "ProblemsModel.h"

#include "Format.h"

#include <QApplication>
#include <QStyle>

namespace DutyDesk {

ProblemsModel::ProblemsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ProblemsModel::setProblems(const QList<RosterCheck::Problem> &problems)
{
    beginResetModel();
    m_problems = problems;
    endResetModel();
}

const RosterCheck::Problem *ProblemsModel::problem(int row) const
{
    return row >= 0 && row < m_problems.size() ? &m_problems.at(row) : nullptr;
}

int ProblemsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_problems.size());
}

int ProblemsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProblemsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const RosterCheck::Problem &p = m_problems.at(index.row());
    if (role == Qt::ToolTipRole)
        return p.message;
    if (role == Qt::DecorationRole && index.column() == KindColumn)
        return QApplication::style()->standardIcon(p.kind == RosterCheck::Kind::Gap
                                                       ? QStyle::SP_MessageBoxInformation
                                                       : QStyle::SP_MessageBoxWarning);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case KindColumn:
        return RosterCheck::kindName(p.kind);
    case UnitColumn:
        return p.unitName;
    case DayColumn:
        return Format::date(p.day);
    case ShiftColumn:
        return p.shiftName;
    case RoleColumn:
        return p.roleName;
    case MessageColumn:
        return p.message;
    default:
        return {};
    }
}

QVariant ProblemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case KindColumn:
        return tr("Problem");
    case UnitColumn:
        return tr("Unit");
    case DayColumn:
        return tr("Day");
    case ShiftColumn:
        return tr("Shift");
    case RoleColumn:
        return tr("Role");
    case MessageColumn:
        return tr("Details");
    default:
        return {};
    }
}

} // namespace DutyDesk
