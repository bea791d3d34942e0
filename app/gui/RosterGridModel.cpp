#include "RosterGridModel.h"

#include "DomainNames.h"
#include "Format.h"
#include "LunarCalendar.h"
#include "RosterCommands.h"
#include "Session.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QSet>

namespace DutyDesk {

namespace {

QString problemKey(const QDate &day, Id shiftId, Id roleId)
{
    return QStringLiteral("%1|%2|%3").arg(day.toJulianDay()).arg(shiftId).arg(roleId);
}

int requiredCount(const DutyRole &role, UnitKind kind)
{
    for (const RoleRequirement &r : role.requirements) {
        if (r.unitKind == kind)
            return r.count;
    }
    return 0;
}

} // namespace

RosterGridModel::RosterGridModel(Session &session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{
}

QString RosterGridModel::tetLabel(const QDate &day)
{
    const Result<LunarDate> lunar = LunarCalendar::fromGregorian(day);
    if (!lunar)
        return {};
    const bool tet = (lunar->month == 1 && !lunar->leap && lunar->day <= 10)
        || (lunar->month == 12 && !lunar->leap && lunar->day >= 23);
    return tet ? LunarCalendar::shortTetLabel(lunar.value()) : QString();
}

QString RosterGridModel::dayLabel(const QDate &day)
{
    const QString tet = tetLabel(day);
    const QString date = Format::dateWithWeekday(day);
    return tet.isEmpty() ? date : tr("%1\n(%2)", "date, lunar date during Tết").arg(date, tet);
}

RosterGridModel::Content RosterGridModel::read(Id periodId, Id unitId) const
{
    Content c;
    if (!m_session.isOpen() || periodId == NoId || unitId == NoId)
        return c;
    const Result<DutyPeriod> period = m_session.periods().period(periodId);
    const Result<Unit> unit = m_session.directory().unit(unitId);
    if (!period || !unit)
        return c;
    c.period = period.value();
    c.unit = unit.value();
    if (const auto shifts = m_session.periods().shifts(periodId))
        c.shifts = shifts.value();
    if (const auto roles = m_session.periods().roles(periodId))
        c.roles = roles.value();
    if (const auto people = m_session.directory().people(unitId)) {
        for (const Person &p : people.value())
            c.people.insert(p.id, p);
    }
    QHash<QString, QList<Assignment>> byCell;
    if (const auto assignments = m_session.periods().assignments(periodId, unitId)) {
        for (const Assignment &a : assignments.value()) {
            byCell[problemKey(a.day, a.shiftId, a.roleId)] << a;
            // Holders from another unit (the Department's officers serve its offices).
            if (a.personId != NoId && !c.people.contains(a.personId)) {
                if (const Result<Person> p = m_session.directory().person(a.personId))
                    c.people.insert(p->id, p.value());
            }
        }
    }
    for (QDate day = c.period.firstDay; day.isValid() && day <= c.period.lastDay;
         day = day.addDays(1)) {
        for (const Shift &shift : std::as_const(c.shifts)) {
            for (const DutyRole &role : std::as_const(c.roles)) {
                Cell cell {day, shift, role, requiredCount(role, c.unit.kind),
                           byCell.value(problemKey(day, shift.id, role.id))};
                c.cells << cell;
            }
        }
    }
    return c;
}

bool RosterGridModel::sameShape(const Content &content) const
{
    if (content.period.id != m_period.id || content.unit.id != m_unit.id
        || content.period.firstDay != m_period.firstDay
        || content.period.lastDay != m_period.lastDay || content.shifts.size() != m_shifts.size()
        || content.roles.size() != m_roles.size())
        return false;
    for (int i = 0; i < m_shifts.size(); ++i) {
        if (content.shifts.at(i).id != m_shifts.at(i).id)
            return false;
    }
    for (int i = 0; i < m_roles.size(); ++i) {
        if (content.roles.at(i).id != m_roles.at(i).id)
            return false;
    }
    return true;
}

void RosterGridModel::setRoster(Id periodId, Id unitId)
{
    Content content = read(periodId, unitId);
    beginResetModel();
    m_period = content.period;
    m_unit = content.unit;
    m_shifts = content.shifts;
    m_roles = content.roles;
    m_cells = content.cells;
    m_people = content.people;
    m_problems.clear();
    endResetModel();
}

void RosterGridModel::reload()
{
    Content content = read(m_period.id, m_unit.id);
    if (!sameShape(content)) {
        setRoster(content.period.id, content.unit.id);
        return;
    }
    m_period = content.period;
    m_unit = content.unit;
    m_shifts = content.shifts;
    m_roles = content.roles;
    m_cells = content.cells;
    m_people = content.people;
    if (rowCount() > 0 && columnCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
}

void RosterGridModel::setProblems(const QList<RosterCheck::Problem> &problems)
{
    m_problems.clear();
    for (const RosterCheck::Problem &p : problems) {
        if (p.unitId == m_unit.id && p.periodId == m_period.id)
            m_problems[problemKey(p.day, p.shiftId, p.roleId)] << p;
    }
    if (rowCount() > 0 && m_roles.size() > 0)
        emit dataChanged(index(0, FirstRoleColumn), index(rowCount() - 1, columnCount() - 1),
                         {Qt::BackgroundRole, Qt::ToolTipRole, ProblemKindsRole});
}

int RosterGridModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || m_roles.isEmpty())
        return 0;
    return int(m_cells.size() / m_roles.size());
}

int RosterGridModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || m_period.id == NoId ? 0 : FirstRoleColumn + int(m_roles.size());
}

const RosterGridModel::Cell *RosterGridModel::cellAt(int row, int column) const
{
    const int role = column - FirstRoleColumn;
    if (role < 0 || role >= m_roles.size() || row < 0 || row >= rowCount())
        return nullptr;
    return &m_cells.at(row * m_roles.size() + role);
}

const RosterGridModel::Cell *RosterGridModel::cell(const QModelIndex &index) const
{
    return index.isValid() && index.model() == this ? cellAt(index.row(), index.column()) : nullptr;
}

QModelIndex RosterGridModel::indexOf(const QDate &day, Id shiftId, Id roleId) const
{
    for (int row = 0; row < rowCount(); ++row) {
        for (int r = 0; r < m_roles.size(); ++r) {
            const Cell &c = m_cells.at(row * m_roles.size() + r);
            if (c.day == day && c.shift.id == shiftId && c.role.id == roleId)
                return index(row, FirstRoleColumn + r);
        }
    }
    return {};
}

QString RosterGridModel::holderName(const Assignment &assignment) const
{
    if (assignment.personId == NoId)
        return assignment.freeName;
    const auto it = m_people.constFind(assignment.personId);
    return it != m_people.constEnd() ? it->fullName : tr("(person %1)").arg(assignment.personId);
}

QString RosterGridModel::cellText(const Cell &cell) const
{
    QStringList lines;
    for (const Assignment &a : cell.holders) {
        QString phone;
        if (a.personId == NoId) {
            phone = Format::phone(a.freePhone);
        } else if (const auto it = m_people.constFind(a.personId); it != m_people.constEnd()) {
            if (!it->phones.isEmpty())
                phone = Format::phone(it->phones.first().e164);
        }
        lines << holderName(a);
        if (!phone.isEmpty())
            lines << tr("☎ %1", "phone number").arg(phone);
    }
    for (int i = int(cell.holders.size()); i < cell.required; ++i)
        lines << tr("— empty —");
    return lines.join(QLatin1Char('\n'));
}

QString RosterGridModel::cellToolTip(const Cell &cell, const QModelIndex &) const
{
    QStringList lines;
    lines << tr("%1 · %2 · %3")
                 .arg(cell.role.name, Format::dateWithWeekday(cell.day), cell.shift.name);
    if (cell.required == 0)
        lines << tr("A %1 needs nobody in this role.").arg(DomainNames::displayName(m_unit.kind));
    else
        lines << tr("%1 of %2 places filled").arg(cell.holders.size()).arg(cell.required);
    for (const Assignment &a : cell.holders) {
        QString line = holderName(a);
        if (const auto it = m_people.constFind(a.personId); it != m_people.constEnd()) {
            if (!it->position.isEmpty())
                line += tr(", %1", "name, position").arg(it->position);
            QStringList phones;
            for (const PhoneEntry &p : it->phones)
                phones << Format::phone(p.e164);
            if (!phones.isEmpty())
                line += tr(": %1", "name: phones").arg(phones.join(QStringLiteral(", ")));
        }
        if (!a.note.isEmpty())
            line += tr(" (%1)", "holder (note)").arg(a.note);
        lines << line;
    }
    for (const RosterCheck::Problem &p :
         m_problems.value(problemKey(cell.day, cell.shift.id, cell.role.id)))
        lines << tr("⚠ %1").arg(p.message);
    return lines.join(QLatin1Char('\n'));
}

QVariant RosterGridModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const int row = index.row();
    if (m_roles.isEmpty())
        return {};
    const Cell &first = m_cells.at(row * m_roles.size());
    if (index.column() == DayColumn || index.column() == ShiftColumn) {
        const bool firstOfDay = first.shift.id == m_shifts.first().id;
        switch (role) {
        case Qt::DisplayRole:
            if (index.column() == DayColumn)
                return firstOfDay ? dayLabel(first.day) : QString();
            return tr("%1\n%2–%3", "shift name, start–end")
                .arg(first.shift.name, Format::time(first.shift.start),
                     Format::time(first.shift.end));
        case Qt::ToolTipRole:
            return index.column() == DayColumn ? dayLabel(first.day) : first.shift.name;
        case Qt::FontRole:
            if (index.column() == DayColumn) {
                QFont bold;
                bold.setBold(true);
                return bold;
            }
            return {};
        case Qt::ForegroundRole:
            if (first.day.dayOfWeek() >= 6 && index.column() == DayColumn)
                return QBrush(QColor(0xa0, 0x20, 0x20));
            return {};
        default:
            return {};
        }
    }
    const Cell *c = cellAt(row, index.column());
    if (!c)
        return {};
    const QList<RosterCheck::Problem> problems
        = m_problems.value(problemKey(c->day, c->shift.id, c->role.id));
    switch (role) {
    case Qt::DisplayRole:
        return cellText(*c);
    case Qt::ToolTipRole:
        return cellToolTip(*c, index);
    case Qt::BackgroundRole: {
        bool gap = false, other = false;
        for (const RosterCheck::Problem &p : problems)
            (p.kind == RosterCheck::Kind::Gap ? gap : other) = true;
        if (other)
            return QBrush(QColor(0xff, 0xd8, 0xa8)); // a clash: orange
        if (gap || c->holders.size() < c->required)
            return QBrush(QColor(0xff, 0xe0, 0xe0)); // an empty place: pale red
        if (c->required == 0 && c->holders.isEmpty())
            return QBrush(QColor(0xf0, 0xf0, 0xf0)); // not needed at this unit
        return {};
    }
    case Qt::ForegroundRole:
        if (c->holders.size() < c->required && c->holders.isEmpty())
            return QBrush(QColor(0xa0, 0x30, 0x30));
        return {};
    case RequiredRole:
        return c->required;
    case HolderCountRole:
        return int(c->holders.size());
    case ProblemKindsRole: {
        QVariantList kinds;
        for (const RosterCheck::Problem &p : problems)
            kinds << int(p.kind);
        return kinds;
    }
    case PersonIdsRole: {
        QVariantList ids;
        for (const Assignment &a : c->holders)
            ids << a.personId;
        return ids;
    }
    default:
        return {};
    }
}

QVariant RosterGridModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    if (section == DayColumn)
        return tr("Day");
    if (section == ShiftColumn)
        return tr("Shift");
    const int r = section - FirstRoleColumn;
    if (r < 0 || r >= m_roles.size())
        return {};
    const DutyRole &duty = m_roles.at(r);
    const int required = requiredCount(duty, m_unit.kind);
    if (role == Qt::ToolTipRole)
        return duty.leaderRole
            ? tr("%1: a leader role, %n place(s) here", nullptr, required).arg(duty.name)
            : tr("%1: %n place(s) here", nullptr, required).arg(duty.name);
    return required > 1 ? tr("%1 (×%2)", "role (places)").arg(duty.name).arg(required) : duty.name;
}

Qt::ItemFlags RosterGridModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    const Cell *c = cellAt(index.row(), index.column());
    if (c && !isReadOnly() && (c->required > 0 || !c->holders.isEmpty()))
        f |= Qt::ItemIsEditable;
    return f;
}

bool RosterGridModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const Cell *c = cell(index);
    if (!c || role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    const Id personId = value.toLongLong();
    EditCommand *command = nullptr;
    if (personId == NoId) {
        if (c->holders.isEmpty())
            return false;
        const Assignment &last = c->holders.last();
        command = AssignmentCommand::unassign(m_session, last, holderName(last));
    } else {
        for (const Assignment &a : c->holders) {
            if (a.personId == personId)
                return false;
        }
        Assignment a;
        a.periodId = m_period.id;
        a.unitId = m_unit.id;
        a.day = c->day;
        a.shiftId = c->shift.id;
        a.roleId = c->role.id;
        a.personId = personId;
        QString name = QString::number(personId);
        if (const Result<Person> p = m_session.directory().person(personId))
            name = p->fullName;
        command = AssignmentCommand::assign(m_session, a, name);
    }
    // Session::push reloads every view (Session::changed), this model with them.
    if (const Status s = m_session.push(command); !s) {
        emit editRefused(s.message());
        return false;
    }
    return true;
}

} // namespace DutyDesk
