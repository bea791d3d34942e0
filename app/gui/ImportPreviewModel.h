#pragma once

#include "ImportTable.h"

#include <QAbstractTableModel>
#include <QStringList>

namespace DutyDesk {

/// The first rows of a file being imported, as the mapping page shows them:
/// the file's row numbers down the side, the column letters and the field
/// each column is mapped to across the top, the header row highlighted.
class ImportPreviewModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr int MaxRows = 60;

    explicit ImportPreviewModel(QObject *parent = nullptr);

    /// Shows the first MaxRows rows of `table`.
    void setTable(const ImportTable &table);
    /// Index in the table's rows of the header row, or -1.
    void setHeaderRow(int row);
    int headerRow() const { return m_headerRow; }
    /// The name of the field of each column, shown under its letter.
    void setFieldNames(const QStringList &names);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<ImportRow> m_rows;
    int m_columns = 0;
    int m_headerRow = -1;
    QStringList m_fieldNames;
};

} // namespace DutyDesk
