#include "BackupListModel.h"

#include "Format.h"

#include <QBrush>

namespace DutyDesk {

BackupListModel::BackupListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void BackupListModel::load(const QString &databasePath)
{
    beginResetModel();
    m_items.clear();
    for (const Backups::Entry &entry : Backups::list(databasePath)) {
        Item item;
        item.entry = entry;
        const Result<QStringList> problems = Backups::verifyFile(entry.path);
        if (!problems)
            item.problem = problems.message();
        else if (!problems->isEmpty())
            item.problem = problems->first();
        if (item.problem.isEmpty()) {
            const Result<Backups::Summary> summary = Backups::summarize(entry.path);
            if (summary)
                item.summary = summary.value();
            else
                item.problem = summary.message();
        }
        m_items << item;
    }
    endResetModel();
}

const BackupListModel::Item *BackupListModel::item(int row) const
{
    return row >= 0 && row < m_items.size() ? &m_items.at(row) : nullptr;
}

int BackupListModel::rowOf(const QString &backupPath) const
{
    for (int row = 0; row < m_items.size(); ++row) {
        if (m_items.at(row).entry.path == backupPath)
            return row;
    }
    return -1;
}

bool BackupListModel::isRestorable(int row) const
{
    const Item *i = item(row);
    return i && i->problem.isEmpty();
}

QString BackupListModel::reasonText(const QString &reason)
{
    if (reason == QLatin1String("start"))
        return tr("On opening");
    if (reason == QLatin1String("migration"))
        return tr("Before an upgrade");
    if (reason == QLatin1String("import"))
        return tr("Before an import");
    if (reason == QLatin1String("manual"))
        return tr("Made by hand");
    if (reason == QLatin1String("restore"))
        return tr("Before a restore");
    return reason;
}

QString BackupListModel::contentsText(const Backups::Summary &summary)
{
    QString text = tr("%n unit(s)", nullptr, summary.units) + QStringLiteral(", ")
        + tr("%n person(s)", nullptr, summary.people) + QStringLiteral(", ")
        + tr("%n duty period(s)", nullptr, summary.periods) + QStringLiteral(", ")
        + tr("%n assignment(s)", nullptr, summary.assignments);
    if (summary.lastChange.isValid())
        text += QStringLiteral("; ")
            + tr("last change %1 by %2")
                  .arg(Format::dateTime(summary.lastChange), summary.lastChangeBy);
    return text;
}

int BackupListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int BackupListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Qt::ItemFlags BackupListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    // A damaged backup is shown but cannot be chosen.
    return isRestorable(index.row()) ? Qt::ItemIsEnabled | Qt::ItemIsSelectable : Qt::NoItemFlags;
}

QVariant BackupListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Item &i = m_items.at(index.row());
    if (role == PathRole)
        return i.entry.path;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case CreatedColumn:
            return i.entry.created.toString(QStringLiteral("dd/MM/yyyy HH:mm:ss"));
        case ReasonColumn:
            return reasonText(i.entry.reason);
        case SizeColumn:
            return Format::locale().formattedDataSize(i.entry.size);
        case ContentsColumn:
            return i.summary ? contentsText(*i.summary) : QString();
        case CheckColumn:
            return i.problem.isEmpty() ? tr("✓ Sound") : tr("✗ Damaged: cannot be restored");
        }
    }
    if (role == Qt::ToolTipRole) {
        if (!i.problem.isEmpty())
            return tr("This backup is damaged and cannot be restored: %1").arg(i.problem);
        return i.entry.path;
    }
    if (role == Qt::ForegroundRole && index.column() == CheckColumn)
        return QBrush(i.problem.isEmpty() ? QColor(0x1b, 0x6e, 0x20) : QColor(0xb0, 0x1c, 0x1c));
    if (role == Qt::TextAlignmentRole && index.column() == SizeColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant BackupListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CreatedColumn:
        return tr("Made on");
    case ReasonColumn:
        return tr("Why");
    case SizeColumn:
        return tr("Size");
    case ContentsColumn:
        return tr("Contents");
    case CheckColumn:
        return tr("Check");
    }
    return {};
}

} // namespace DutyDesk
