#include "HotlineModel.h"

#include "Format.h"
#include "Session.h"

namespace DutyDesk {

HotlineModel::HotlineModel(Session &session, QObject *parent)
    : QAbstractTableModel(parent)
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
        m_hotlines.clear();
        endResetModel();
    });
    reload();
}

void HotlineModel::showAll()
{
    m_all = true;
    m_unitId = NoId;
    reload();
}

void HotlineModel::showUnit(Id unitId)
{
    m_all = false;
    m_unitId = unitId;
    reload();
}

void HotlineModel::setHeld(bool held)
{
    m_held = held;
    if (!held && m_outOfDate)
        reload();
}

void HotlineModel::reload()
{
    m_outOfDate = false;
    beginResetModel();
    m_hotlines.clear();
    m_unitNames.clear();
    if (m_session.isOpen() && (m_all || m_unitId != NoId)) {
        const Result<QList<Hotline>> hotlines
            = m_all ? m_session.directory().hotlines() : m_session.directory().hotlinesOf(m_unitId);
        if (hotlines)
            m_hotlines = hotlines.value();
        if (m_all) {
            // The names of the hotlines' units only, not the whole directory.
            QList<Id> unitIds;
            for (const Hotline &h : std::as_const(m_hotlines)) {
                if (h.unitId != NoId)
                    unitIds << h.unitId;
            }
            if (const Result<QList<Unit>> units = m_session.directory().unitsById(unitIds); units) {
                for (const Unit &unit : units.value())
                    m_unitNames.insert(unit.id, unit.name);
            }
        }
    }
    endResetModel();
}

int HotlineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hotlines.size());
}

int HotlineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const Hotline *HotlineModel::hotline(int row) const
{
    return row >= 0 && row < m_hotlines.size() ? &m_hotlines.at(row) : nullptr;
}

QVariant HotlineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Hotline &h = m_hotlines.at(index.row());
    if (role == HotlineIdRole)
        return h.id;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case LabelColumn:
        return h.label;
    case NumberColumn:
        return Format::phone(h.number);
    case HoursColumn:
        return h.hours;
    case UnitColumn:
        return h.unitId == NoId ? tr("All units (global)")
                                : m_unitNames.value(h.unitId, QString::number(h.unitId));
    case SourceColumn:
        return h.sourceNote;
    }
    return {};
}

QVariant HotlineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case LabelColumn:
        return tr("Hotline");
    case NumberColumn:
        return tr("Number");
    case HoursColumn:
        return tr("Hours");
    case UnitColumn:
        return tr("Unit");
    case SourceColumn:
        return tr("Source");
    }
    return {};
}

} // namespace DutyDesk
