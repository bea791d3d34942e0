#include "UnitTreeModel.h"

#include "DomainNames.h"
#include "Session.h"
#include "UpdateCommand.h"
#include "VietnameseText.h"

#include <QCollator>
#include <QDataStream>
#include <QFont>
#include <QIODevice>
#include <QMimeData>
#include <QPalette>

#include <algorithm>

namespace DutyDesk {

UnitTreeModel::UnitTreeModel(Session &session, QObject *parent)
    : QAbstractItemModel(parent)
    , m_session(session)
{
    connect(&m_session, &Session::changed, this, [this] {
        if (m_held)
            m_outOfDate = true;
        else
            reload();
    });
    connect(&m_session, &Session::aboutToClose, this, [this] {
        beginResetModel();
        m_nodes.clear();
        m_roots.clear();
        endResetModel();
    });
    reload();
}

void UnitTreeModel::setHeld(bool held)
{
    m_held = held;
    if (!held && m_outOfDate)
        reload();
}

void UnitTreeModel::reload()
{
    m_outOfDate = false;
    beginResetModel();
    m_nodes.clear();
    m_roots.clear();
    if (m_session.isOpen()) {
        const Result<QList<Unit>> units = m_session.directory().units();
        if (units) {
            m_nodes.reserve(units->size());
            for (const Unit &unit : units.value())
                m_nodes.insert(unit.id, Node {unit, {}, 0});
            for (const Unit &unit : units.value()) {
                if (unit.parentId != NoId && m_nodes.contains(unit.parentId))
                    m_nodes[unit.parentId].children << unit.id;
                else
                    m_roots << unit.id;
            }
            // Sort order first, then the Vietnamese alphabet (the collation
            // of VietnameseText::compare). A national directory has ten
            // thousand units: each name's key is made once, not per comparison.
            QCollator collator {QLocale(QLocale::Vietnamese)};
            struct Key
            {
                int sortOrder;
                QCollatorSortKey name;
            };
            QHash<Id, Key> keys;
            keys.reserve(units->size());
            for (const Unit &unit : units.value())
                keys.insert(unit.id, Key {unit.sortOrder, collator.sortKey(unit.name)});
            auto byOrder = [&keys](Id a, Id b) {
                const Key &ka = *keys.constFind(a);
                const Key &kb = *keys.constFind(b);
                if (ka.sortOrder != kb.sortOrder)
                    return ka.sortOrder < kb.sortOrder;
                return ka.name.compare(kb.name) < 0;
            };
            auto number = [this](QList<Id> &ids) {
                for (int row = 0; row < ids.size(); ++row)
                    m_nodes[ids[row]].row = row;
            };
            std::sort(m_roots.begin(), m_roots.end(), byOrder);
            number(m_roots);
            for (Node &node : m_nodes) {
                std::sort(node.children.begin(), node.children.end(), byOrder);
                for (int row = 0; row < node.children.size(); ++row)
                    m_nodes[node.children[row]].row = row;
            }
        }
    }
    endResetModel();
}

const QList<Id> &UnitTreeModel::childrenOf(Id parentId) const
{
    if (parentId == NoId)
        return m_roots;
    static const QList<Id> none;
    const auto it = m_nodes.constFind(parentId);
    return it == m_nodes.constEnd() ? none : it->children;
}

QModelIndex UnitTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0 || (parent.isValid() && parent.column() != 0))
        return {};
    const QList<Id> &children = childrenOf(unitId(parent));
    if (row >= children.size())
        return {};
    return createIndex(row, column, quintptr(children.at(row)));
}

QModelIndex UnitTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const auto it = m_nodes.constFind(Id(child.internalId()));
    if (it == m_nodes.constEnd() || it->unit.parentId == NoId
        || !m_nodes.contains(it->unit.parentId))
        return {};
    const Node &parentNode = m_nodes[it->unit.parentId];
    return createIndex(parentNode.row, 0, quintptr(parentNode.unit.id));
}

int UnitTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(childrenOf(unitId(parent)).size());
}

int UnitTreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

Id UnitTreeModel::unitId(const QModelIndex &index) const
{
    return index.isValid() ? Id(index.internalId()) : NoId;
}

const Unit *UnitTreeModel::unit(Id unitId) const
{
    const auto it = m_nodes.constFind(unitId);
    return it == m_nodes.constEnd() ? nullptr : &it->unit;
}

QModelIndex UnitTreeModel::indexOf(Id unitId) const
{
    const auto it = m_nodes.constFind(unitId);
    if (it == m_nodes.constEnd())
        return {};
    return createIndex(it->row, 0, quintptr(unitId));
}

bool UnitTreeModel::isWithin(Id unitId, Id ancestorId) const
{
    QSet<Id> seen;
    while (unitId != NoId && !seen.contains(unitId)) {
        if (unitId == ancestorId)
            return true;
        seen.insert(unitId);
        const Unit *u = unit(unitId);
        unitId = u ? u->parentId : NoId;
    }
    return false;
}

QVariant UnitTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Unit *u = unit(unitId(index));
    if (!u)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return u->active ? u->name : tr("%1 (inactive)").arg(u->name);
    case Qt::EditRole:
        return u->name;
    case Qt::ToolTipRole:
        return u->code.isEmpty()
            ? DomainNames::displayName(u->kind)
            : tr("%1 · code %2").arg(DomainNames::displayName(u->kind), u->code);
    case Qt::FontRole:
        if (!u->active) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        if (!u->active)
            return QPalette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case UnitIdRole:
        return u->id;
    case ActiveRole:
        return u->active;
    case KindRole:
        return DomainNames::key(u->kind);
    default:
        return {};
    }
}

bool UnitTreeModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const Unit *u = unit(unitId(index));
    const QString name = VietnameseText::normalize(value.toString());
    if (!u || name.isEmpty() || name == u->name)
        return false;
    Unit renamed = *u;
    renamed.name = name;
    const Status s = m_session.push(new UpdateCommand<Unit>(
        m_session, tr("Rename Unit “%1” to “%2”").arg(u->name, name), *u, renamed));
    if (!s)
        emit editFailed(s.message());
    return s.ok();
}

QVariant UnitTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (section == 0 && orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return tr("Unit");
    return {};
}

Qt::ItemFlags UnitTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable | Qt::ItemIsDragEnabled
        | Qt::ItemIsDropEnabled;
}

Qt::DropActions UnitTreeModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

Qt::DropActions UnitTreeModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

QStringList UnitTreeModel::mimeTypes() const
{
    return {mimeType()};
}

QMimeData *UnitTreeModel::mimeData(const QModelIndexList &indexes) const
{
    QByteArray encoded;
    QDataStream stream(&encoded, QIODevice::WriteOnly);
    for (const QModelIndex &index : indexes) {
        if (index.isValid() && index.column() == 0)
            stream << qint64(unitId(index));
    }
    auto *data = new QMimeData;
    data->setData(mimeType(), encoded);
    return data;
}

QList<Id> UnitTreeModel::draggedIds(const QMimeData *data) const
{
    QList<Id> ids;
    if (!data || !data->hasFormat(mimeType()))
        return ids;
    QByteArray encoded = data->data(mimeType());
    QDataStream stream(&encoded, QIODevice::ReadOnly);
    while (!stream.atEnd()) {
        qint64 id = 0;
        stream >> id;
        ids << Id(id);
    }
    return ids;
}

bool UnitTreeModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int,
                                    const QModelIndex &parent) const
{
    if (action != Qt::MoveAction)
        return false;
    const Id target = unitId(parent);
    const QList<Id> ids = draggedIds(data);
    if (ids.isEmpty())
        return false;
    for (Id id : ids) {
        // A unit cannot go below itself, and dropping it where it is does nothing.
        const Unit *u = unit(id);
        if (!u || isWithin(target, id) || u->parentId == target)
            return false;
    }
    return true;
}

bool UnitTreeModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                 const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const Id target = unitId(parent);
    const Unit *targetUnit = unit(target);
    const QString targetName = targetUnit ? targetUnit->name : tr("the top level");
    const QList<Id> ids = draggedIds(data);
    // Several units move as one edit.
    if (ids.size() > 1)
        m_session.undoStack()->beginMacro(
            tr("Move %n Units to “%1”", nullptr, int(ids.size())).arg(targetName));
    bool ok = true;
    for (Id id : ids) {
        const Unit before = *unit(id);
        Unit after = before;
        after.parentId = target;
        const Status s = m_session.push(new UpdateCommand<Unit>(
            m_session, tr("Move Unit “%1” to “%2”").arg(before.name, targetName), before, after));
        if (!s) {
            emit editFailed(s.message());
            ok = false;
            break;
        }
    }
    if (ids.size() > 1)
        m_session.undoStack()->endMacro();
    // The session's change signal has rebuilt the tree; the view must not also
    // remove the dragged rows, so a drop reports success only through the data.
    return ok;
}

} // namespace DutyDesk
