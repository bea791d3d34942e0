#include "PersonPickerModel.h"

#include "AutoFill.h"
#include "Format.h"
#include "Holidays.h"
#include "Session.h"
#include "VietnameseText.h"

#include <QBrush>
#include <QColor>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace DutyDesk {

PersonPickerModel::PersonPickerModel(Session &session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{
}

void PersonPickerModel::load(const Assignment &slot, bool leaderRole)
{
    QList<Candidate> candidates;
    PeriodStore &store = m_session.periods();
    const Result<QList<Person>> people = m_session.directory().people(slot.unitId);
    const Result<QList<Shift>> shifts = store.shifts(slot.periodId);
    const Result<QList<Assignment>> all = store.assignments(slot.periodId);
    if (people && shifts && all) {
        // The load so far, weighted as auto-fill weighs it.
        const AutoFill::Options weights;
        QSet<Id> nightShifts;
        for (const Shift &s : shifts.value()) {
            if (s.crossesMidnight())
                nightShifts.insert(s.id);
        }
        QSet<QDate> tetDays;
        for (const Holidays::Holiday &h : Holidays::forYear(slot.day.year())) {
            if (h.kind == Holidays::Kind::Tet) {
                for (const QDate &d : h.statutoryDays)
                    tetDays.insert(d);
            }
        }
        QHash<Id, int> shiftCount;
        QHash<Id, double> load;
        QSet<Id> inThisCell;
        for (const Assignment &a : all.value()) {
            if (a.personId == NoId)
                continue;
            ++shiftCount[a.personId];
            double weight = 1.0;
            if (nightShifts.contains(a.shiftId))
                weight *= weights.nightShiftWeight;
            if (tetDays.contains(a.day))
                weight *= weights.tetDayWeight;
            load[a.personId] += weight;
            if (a.unitId == slot.unitId && a.day == slot.day && a.shiftId == slot.shiftId
                && a.roleId == slot.roleId)
                inThisCell.insert(a.personId);
        }
        for (const Person &p : people.value()) {
            if (!p.active)
                continue;
            Candidate c;
            c.person = p;
            c.shifts = shiftCount.value(p.id);
            c.load = load.value(p.id);
            if (inThisCell.contains(p.id)) {
                c.available = false;
                c.status = tr("Already in this slot");
            } else if (const auto away = store.unavailabilityOn(p.id, slot.day);
                       away && !away->isEmpty()) {
                const Unavailability &u = away->first();
                c.available = false;
                c.status = tr("Unavailable %1–%2: %3")
                               .arg(Format::date(u.firstDay), Format::date(u.lastDay), u.reason);
            } else {
                Assignment probe = slot;
                probe.id = NoId;
                probe.personId = p.id;
                if (const auto clashes = store.overlapping(probe); clashes && !clashes->isEmpty()) {
                    const Assignment &other = clashes->first();
                    QString where = QString::number(other.unitId);
                    if (const Result<Unit> u = m_session.directory().unit(other.unitId))
                        where = u->name;
                    c.available = false;
                    c.status = tr("On duty elsewhere: %1, %2").arg(where, Format::date(other.day));
                }
            }
            if (c.available && leaderRole && !p.leader)
                c.status = tr("Not a leader");
            if (c.available && p.phones.isEmpty())
                c.status = tr("No phone number");
            candidates << c;
        }
        std::sort(candidates.begin(), candidates.end(), [](const Candidate &a, const Candidate &b) {
            if (a.available != b.available)
                return a.available;
            return VietnameseText::compareByGivenName(a.person.fullName, b.person.fullName) < 0;
        });
    }
    beginResetModel();
    m_all = candidates;
    applyFilter();
    endResetModel();
}

void PersonPickerModel::setFilter(const QString &text)
{
    const QString folded = VietnameseText::fold(text);
    if (folded == m_filter)
        return;
    beginResetModel();
    m_filter = folded;
    applyFilter();
    endResetModel();
}

void PersonPickerModel::applyFilter()
{
    m_visible.clear();
    for (int i = 0; i < m_all.size(); ++i) {
        const Person &p = m_all.at(i).person;
        bool match = m_filter.isEmpty() || VietnameseText::fold(p.fullName).contains(m_filter)
            || VietnameseText::fold(p.position).contains(m_filter);
        if (!match) {
            const QString digits = VietnameseText::digitsOnly(m_filter);
            for (const PhoneEntry &phone : p.phones) {
                if (!digits.isEmpty()
                    && VietnameseText::digitsOnly(Format::phone(phone.e164)).contains(digits))
                    match = true;
            }
        }
        if (match)
            m_visible << i;
    }
}

const PersonPickerModel::Candidate *PersonPickerModel::candidate(int row) const
{
    return row >= 0 && row < m_visible.size() ? &m_all.at(m_visible.at(row)) : nullptr;
}

int PersonPickerModel::rowOfPerson(Id personId) const
{
    for (int row = 0; row < m_visible.size(); ++row) {
        if (m_all.at(m_visible.at(row)).person.id == personId)
            return row;
    }
    return -1;
}

int PersonPickerModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

int PersonPickerModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PersonPickerModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Candidate &c = *candidate(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return c.person.leader ? tr("%1 ★", "a leader's name").arg(c.person.fullName)
                                   : c.person.fullName;
        case PositionColumn:
            return c.person.position;
        case PhoneColumn:
            return c.person.phones.isEmpty() ? QString()
                                             : Format::phone(c.person.phones.first().e164);
        case LoadColumn:
            return tr("%n shift(s) · %1", "slots held · weighted load", c.shifts)
                .arg(Format::locale().toString(c.load, 'f', 1));
        case StatusColumn:
            return c.status.isEmpty() ? tr("Free") : c.status;
        }
        return {};
    case Qt::ForegroundRole:
        if (!c.available)
            return QBrush(QColor(0x90, 0x90, 0x90));
        if (index.column() == StatusColumn && !c.status.isEmpty())
            return QBrush(QColor(0xb0, 0x60, 0x00));
        return {};
    case Qt::ToolTipRole:
        return c.status.isEmpty() ? c.person.fullName : c.status;
    case PersonIdRole:
        return c.person.id;
    case AvailableRole:
        return c.available;
    default:
        return {};
    }
}

QVariant PersonPickerModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case PositionColumn:
        return tr("Position");
    case PhoneColumn:
        return tr("Phone");
    case LoadColumn:
        return tr("Load so far");
    case StatusColumn:
        return tr("At that time");
    default:
        return {};
    }
}

Qt::ItemFlags PersonPickerModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return Qt::NoItemFlags;
    const Candidate *c = candidate(index.row());
    return c->available ? Qt::ItemIsEnabled | Qt::ItemIsSelectable : Qt::NoItemFlags;
}

} // namespace DutyDesk
