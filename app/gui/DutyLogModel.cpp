#include "DutyLogModel.h"

#include "DomainNames.h"
#include "Format.h"
#include "Session.h"

#include <QFont>
#include <QPalette>

namespace DutyDesk {

DutyLogModel::DutyLogModel(Session &session, QObject *parent)
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
        m_entries.clear();
        endResetModel();
    });
}

void DutyLogModel::setFilter(const DutyLogStore::Filter &filter)
{
    m_filter = filter;
    reload();
}

void DutyLogModel::setHeld(bool held)
{
    m_held = held;
    if (!held && m_outOfDate)
        reload();
}

void DutyLogModel::reload()
{
    m_outOfDate = false;
    beginResetModel();
    m_entries.clear();
    m_corrected.clear();
    m_unitNames.clear();
    if (m_session.isOpen()) {
        if (const Result<QList<DutyLogEntry>> entries = m_session.dutyLog().entries(m_filter);
            entries)
            m_entries = entries.value();
        QList<Id> unitIds;
        for (const DutyLogEntry &e : std::as_const(m_entries)) {
            if (e.correctsId != NoId)
                m_corrected.insert(e.correctsId);
            if (e.unitId != NoId)
                unitIds << e.unitId;
        }
        // The names of the entries' units only, not the whole directory.
        if (const Result<QList<Unit>> units = m_session.directory().unitsById(unitIds); units) {
            for (const Unit &unit : units.value())
                m_unitNames.insert(unit.id, unit.shortName.isEmpty() ? unit.name : unit.shortName);
        }
    }
    endResetModel();
}

int DutyLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int DutyLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const DutyLogEntry *DutyLogModel::entry(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries.at(row) : nullptr;
}

QVariant DutyLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DutyLogEntry &e = m_entries.at(index.row());
    const bool corrected = m_corrected.contains(e.id);
    switch (role) {
    case EntryIdRole:
        return e.id;
    case CorrectedRole:
        return corrected;
    case AuthorRole:
        return e.author;
    case Qt::FontRole:
        if (corrected) {
            QFont font;
            font.setStrikeOut(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        if (corrected)
            return QPalette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::ToolTipRole:
        if (corrected)
            return tr("Corrected by a later entry; kept as it was written.");
        if (e.correctsId != NoId)
            return tr("Correction of entry %1.").arg(e.correctsId);
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return Format::dateTime(e.at);
        case CategoryColumn:
            return DomainNames::displayName(e.category);
        case UnitColumn:
            return e.unitId == NoId ? QString() : m_unitNames.value(e.unitId);
        case AuthorColumn:
            return e.author;
        case TextColumn:
            return e.correctsId == NoId ? e.text : tr("[correction] %1").arg(e.text);
        }
        return {};
    }
    return {};
}

QVariant DutyLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case CategoryColumn:
        return tr("Category");
    case UnitColumn:
        return tr("Unit");
    case AuthorColumn:
        return tr("Author");
    case TextColumn:
        return tr("Entry");
    }
    return {};
}

} // namespace DutyDesk
