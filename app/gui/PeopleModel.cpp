#include "PeopleModel.h"

#include "Format.h"
#include "Session.h"
#include "VietnameseText.h"

#include <algorithm>

namespace DutyDesk {

PeopleModel::PeopleModel(Session &session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{
    connect(&m_session, &Session::changed, this, [this] {
        if (m_held)
            m_outOfDate = true;
        else
            reload();
    });
    connect(&m_session, &Session::aboutToClose, this, [this] { setUnit(NoId); });
}

void PeopleModel::setUnit(Id unitId)
{
    m_unitId = unitId;
    reload();
}

void PeopleModel::setHeld(bool held)
{
    m_held = held;
    if (!held && m_outOfDate)
        reload();
}

void PeopleModel::reload()
{
    m_outOfDate = false;
    beginResetModel();
    m_people.clear();
    if (m_unitId != NoId && m_session.isOpen()) {
        if (const Result<QList<Person>> people = m_session.directory().people(m_unitId); people) {
            m_people = people.value();
            std::stable_sort(
                m_people.begin(), m_people.end(), [](const Person &a, const Person &b) {
                    // Leaders first, then the official name order.
                    if (a.leader != b.leader)
                        return a.leader;
                    return VietnameseText::compareByGivenName(a.fullName, b.fullName) < 0;
                });
        }
    }
    endResetModel();
}

int PeopleModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_people.size());
}

int PeopleModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const Person *PeopleModel::person(int row) const
{
    return row >= 0 && row < m_people.size() ? &m_people.at(row) : nullptr;
}

int PeopleModel::rowOf(Id personId) const
{
    for (int row = 0; row < m_people.size(); ++row) {
        if (m_people.at(row).id == personId)
            return row;
    }
    return -1;
}

QVariant PeopleModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Person &p = m_people.at(index.row());
    if (role == PersonIdRole)
        return p.id;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case NameColumn:
            return p.fullName;
        case PositionColumn:
            return p.position;
        case PhonesColumn: {
            QStringList numbers;
            for (const PhoneEntry &phone : p.phones)
                numbers << Format::phone(phone.e164);
            return numbers.join(QStringLiteral(", "));
        }
        case FlagsColumn: {
            QStringList flags;
            if (p.leader)
                flags << tr("Leader");
            if (p.itSecurity)
                flags << tr("IT/security");
            if (!p.active)
                flags << tr("Inactive");
            return flags.join(QStringLiteral(", "));
        }
        }
    }
    if (role == Qt::ToolTipRole && index.column() == NameColumn && !p.email.isEmpty())
        return p.email;
    return {};
}

QVariant PeopleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Full name");
    case PositionColumn:
        return tr("Position");
    case PhonesColumn:
        return tr("Phone numbers");
    case FlagsColumn:
        return tr("Roles");
    }
    return {};
}

} // namespace DutyDesk
