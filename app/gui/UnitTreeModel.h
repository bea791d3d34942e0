#pragma once

#include "Domain.h"

#include <QAbstractItemModel>
#include <QHash>

namespace DutyDesk {

class Session;

/// The unit tree of the directory. Renaming in place and moving by drag and
/// drop push undoable commands on the session; the model reloads when the
/// session's data changes.
class UnitTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Role {
        UnitIdRole = Qt::UserRole + 1,
        ActiveRole,
        KindRole,
    };

    static QString mimeType() { return QStringLiteral("application/x-dutydesk-unit-ids"); }

    explicit UnitTreeModel(Session &session, QObject *parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

    QModelIndex indexOf(Id unitId) const;
    Id unitId(const QModelIndex &index) const;
    const Unit *unit(Id unitId) const;
    /// True when `unitId` is `ancestorId` or below it.
    bool isWithin(Id unitId, Id ancestorId) const;
    int unitCount() const { return int(m_nodes.size()); }

    /// Reads the tree again from the database.
    void reload();
    /// While held, a change of the data only marks the model out of date; it
    /// reads again when released. A page holds its models while it is hidden
    /// on a large file, so an edit does not read what nobody sees.
    void setHeld(bool held);
    bool isOutOfDate() const { return m_outOfDate; }

signals:
    /// A change through the model was refused; the message says why.
    void editFailed(const QString &message);

private:
    struct Node
    {
        Unit unit;
        QList<Id> children;
        int row = 0;
    };
    const QList<Id> &childrenOf(Id parentId) const;
    QList<Id> draggedIds(const QMimeData *data) const;

    Session &m_session;
    bool m_held = false;
    bool m_outOfDate = false;
    QHash<Id, Node> m_nodes;
    QList<Id> m_roots;
};

} // namespace DutyDesk
