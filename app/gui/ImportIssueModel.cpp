#include "ImportIssueModel.h"

#include <QApplication>
#include <QStyle>

namespace DutyDesk {

ImportIssueModel::ImportIssueModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ImportIssueModel::setIssues(const QList<ImportIssue> &issues)
{
    beginResetModel();
    m_issues = issues;
    endResetModel();
}

int ImportIssueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_issues.size());
}

int ImportIssueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportIssueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ImportIssue &issue = m_issues.at(index.row());
    const bool error = issue.severity == ImportIssue::Severity::Error;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case SeverityColumn:
            return error ? tr("Error") : tr("Warning");
        case FileColumn:
            return issue.file;
        case SheetColumn:
            return issue.sheet;
        case RowColumn:
            return issue.row > 0 ? QString::number(issue.row) : QString();
        case ColumnColumn:
            return issue.column >= 0 ? ImportTable::columnLetter(issue.column) : QString();
        case MessageColumn:
            return issue.message;
        }
        return {};
    }
    if (role == SortRole) {
        switch (index.column()) {
        case SeverityColumn:
            return error ? 0 : 1; // errors first
        case RowColumn:
            return issue.row;
        case ColumnColumn:
            return issue.column;
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::ToolTipRole)
        return issue.text();
    if (role == Qt::DecorationRole && index.column() == SeverityColumn)
        return QApplication::style()->standardIcon(error ? QStyle::SP_MessageBoxCritical
                                                         : QStyle::SP_MessageBoxWarning);
    return {};
}

QVariant ImportIssueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn:
        return tr("Kind");
    case FileColumn:
        return tr("File");
    case SheetColumn:
        return tr("Sheet");
    case RowColumn:
        return tr("Row");
    case ColumnColumn:
        return tr("Column", "of a spreadsheet");
    case MessageColumn:
        return tr("Problem");
    }
    return {};
}

} // namespace DutyDesk
