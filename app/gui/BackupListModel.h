#pragma once

#include "Backups.h"

#include <QAbstractTableModel>

#include <optional>

namespace DutyDesk {

/// The backups beside a database, newest first, each checked and summarised
/// (Backups::verifyFile, Backups::summarize) when the list is read. A damaged
/// backup is listed but cannot be chosen; its tool tip says why.
class BackupListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        CreatedColumn,
        ReasonColumn,
        SizeColumn,
        ContentsColumn,
        CheckColumn,
        ColumnCount
    };
    enum Role { PathRole = Qt::UserRole + 1 };

    struct Item
    {
        Backups::Entry entry;
        std::optional<Backups::Summary> summary;
        QString problem; ///< empty when the backup is sound
    };

    explicit BackupListModel(QObject *parent = nullptr);

    /// Lists, checks and summarises the backups of `databasePath`.
    void load(const QString &databasePath);
    const Item *item(int row) const;
    int rowOf(const QString &backupPath) const;
    bool isRestorable(int row) const;

    /// "At start", "Before an import", …
    static QString reasonText(const QString &reason);
    /// "312 units, 1,204 people, …; last change 30/04/2023 20:00 by lan"
    static QString contentsText(const Backups::Summary &summary);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<Item> m_items;
};

} // namespace DutyDesk
