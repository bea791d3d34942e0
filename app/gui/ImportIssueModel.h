#pragma once

#include "Importer.h"

#include <QAbstractTableModel>

namespace DutyDesk {

/// The errors and warnings of an import's dry run, one per row with where
/// it is (file, sheet, row, column). SortRole gives numbers for the row and
/// column, so a sort proxy orders row 10 after row 9.
class ImportIssueModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        SeverityColumn,
        FileColumn,
        SheetColumn,
        RowColumn,
        ColumnColumn,
        MessageColumn,
        ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole;

    explicit ImportIssueModel(QObject *parent = nullptr);

    void setIssues(const QList<ImportIssue> &issues);
    const QList<ImportIssue> &issues() const { return m_issues; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<ImportIssue> m_issues;
};

} // namespace DutyDesk
