#include "ImportPreviewModel.h"

#include <QApplication>
#include <QBrush>
#include <QColor>
#include <QFont>
#include <QPalette>

namespace DutyDesk {

ImportPreviewModel::ImportPreviewModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ImportPreviewModel::setTable(const ImportTable &table)
{
    beginResetModel();
    m_rows = table.rows.mid(0, MaxRows);
    m_columns = 0;
    for (const ImportRow &row : std::as_const(m_rows))
        m_columns = qMax(m_columns, int(row.cells.size()));
    m_headerRow = -1;
    m_fieldNames.clear();
    endResetModel();
}

void ImportPreviewModel::setHeaderRow(int row)
{
    if (row == m_headerRow)
        return;
    const int previous = m_headerRow;
    m_headerRow = row;
    for (const int r : {previous, row}) {
        if (r >= 0 && r < m_rows.size() && m_columns > 0)
            emit dataChanged(index(r, 0), index(r, m_columns - 1));
    }
}

void ImportPreviewModel::setFieldNames(const QStringList &names)
{
    m_fieldNames = names;
    if (m_columns > 0)
        emit headerDataChanged(Qt::Horizontal, 0, m_columns - 1);
}

int ImportPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ImportPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_columns;
}

QVariant ImportPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ImportRow &row = m_rows.at(index.row());
    const bool header = index.row() == m_headerRow;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return index.column() < row.cells.size() ? row.cells.at(index.column()) : QString();
    case Qt::FontRole:
        if (header) {
            QFont font = QApplication::font();
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::BackgroundRole:
        if (header) // not the selection's colour: a row can be both
            return QBrush(QColor(0xff, 0xe8, 0x99));
        if (index.row() < m_headerRow)
            return QApplication::palette().brush(QPalette::AlternateBase);
        return {};
    case Qt::ForegroundRole:
        if (header)
            return QBrush(Qt::black);
        if (index.row() < m_headerRow)
            return QApplication::palette().brush(QPalette::PlaceholderText);
        return {};
    default:
        return {};
    }
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || section < 0)
        return {};
    if (orientation == Qt::Vertical)
        return section < m_rows.size() ? QVariant(m_rows.at(section).number) : QVariant();
    if (section >= m_columns)
        return {};
    const QString letter = ImportTable::columnLetter(section);
    const QString field = m_fieldNames.value(section);
    return field.isEmpty() ? letter : letter + u'\n' + field;
}

} // namespace DutyDesk
