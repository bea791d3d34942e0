#include "CoverageModel.h"

#include "DomainNames.h"
#include "Format.h"
#include "Session.h"

#include <QBrush>
#include <QColor>

#include <algorithm>

namespace DutyDesk {

CoverageModel::CoverageModel(Session &session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{
}

void CoverageModel::setPeriod(Id periodId)
{
    m_periodId = periodId;
    reload();
}

void CoverageModel::setKindFilter(std::optional<UnitKind> kind)
{
    m_kind = kind;
    reload();
}

void CoverageModel::reload()
{
    QList<QDate> days;
    QList<Row> rows;
    if (m_session.isOpen() && m_periodId != NoId) {
        const Result<DutyPeriod> period = m_session.periods().period(m_periodId);
        const Result<QList<Shift>> shifts = m_session.periods().shifts(m_periodId);
        const Result<QList<DutyRole>> roles = m_session.periods().roles(m_periodId);
        const Result<QList<Unit>> units = m_session.directory().units();
        const Result<QList<PeriodStore::DayCoverage>> coverage
            = m_session.periods().coverage(m_periodId);
        if (period && shifts && roles && units && coverage) {
            for (QDate d = period->firstDay; d <= period->lastDay; d = d.addDays(1))
                days << d;
            // Holders per (unit, day), counted up to what each slot asks for.
            QHash<QPair<Id, qint64>, int> held;
            for (const PeriodStore::DayCoverage &c : coverage.value())
                held.insert({c.unitId, c.day.toJulianDay()}, c.held);
            QList<Unit> sorted = units.value();
            std::stable_sort(sorted.begin(), sorted.end(), [](const Unit &a, const Unit &b) {
                return int(a.kind) < int(b.kind);
            });
            for (const Unit &unit : std::as_const(sorted)) {
                if (!unit.active || (m_kind && unit.kind != *m_kind))
                    continue;
                int needed = 0;
                for (const DutyRole &role : roles.value()) {
                    for (const RoleRequirement &r : role.requirements) {
                        if (r.unitKind == unit.kind)
                            needed += r.count;
                    }
                }
                if (needed == 0 && !m_kind)
                    continue; // external partners and the like: nothing to staff
                Row row {unit, {}, {}};
                const int required = needed * int(shifts->size());
                for (const QDate &d : std::as_const(days)) {
                    row.filled << held.value({unit.id, d.toJulianDay()});
                    row.required << required;
                }
                rows << row;
            }
        }
    }
    beginResetModel();
    m_days = days;
    m_rows = rows;
    endResetModel();
}

Id CoverageModel::unitId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).unit.id : NoId;
}

QDate CoverageModel::day(int column) const
{
    const int i = column - 1;
    return i >= 0 && i < m_days.size() ? m_days.at(i) : QDate();
}

int CoverageModel::rowOfUnit(Id unitId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).unit.id == unitId)
            return i;
    }
    return -1;
}

QColor CoverageModel::color(Coverage coverage)
{
    switch (coverage) {
    case Coverage::Full:
        return QColor(0xb8, 0xe6, 0xb8);
    case Coverage::Partial:
        return QColor(0xff, 0xe0, 0x8a);
    case Coverage::Empty:
        return QColor(0xf4, 0xa8, 0xa8);
    case Coverage::NotNeeded:
        break;
    }
    return QColor(0xee, 0xee, 0xee);
}

CoverageModel::Coverage CoverageModel::coverageAt(const Row &row, int dayIndex) const
{
    const int required = row.required.at(dayIndex);
    const int filled = row.filled.at(dayIndex);
    if (required == 0)
        return Coverage::NotNeeded;
    if (filled == 0)
        return Coverage::Empty;
    return filled >= required ? Coverage::Full : Coverage::Partial;
}

int CoverageModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CoverageModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || m_periodId == NoId ? 0 : 1 + int(m_days.size());
}

QVariant CoverageModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &row = m_rows.at(index.row());
    if (role == UnitIdRole)
        return row.unit.id;
    if (index.column() == UnitColumn) {
        if (role == Qt::DisplayRole)
            return row.unit.name;
        if (role == Qt::ToolTipRole)
            return tr("%1 (%2)").arg(row.unit.name, DomainNames::displayName(row.unit.kind));
        return {};
    }
    const int d = index.column() - 1;
    const Coverage coverage = coverageAt(row, d);
    switch (role) {
    case Qt::DisplayRole:
        return coverage == Coverage::NotNeeded
            ? QString()
            : tr("%1/%2", "filled/required places").arg(row.filled.at(d)).arg(row.required.at(d));
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case Qt::BackgroundRole:
        return QBrush(color(coverage));
    case Qt::ToolTipRole:
        switch (coverage) {
        case Coverage::Full:
            return tr("%1, %2: every place filled").arg(row.unit.name, Format::date(m_days.at(d)));
        case Coverage::Partial:
            return tr("%1, %2: %3 of %4 places filled")
                .arg(row.unit.name, Format::date(m_days.at(d)))
                .arg(row.filled.at(d))
                .arg(row.required.at(d));
        case Coverage::Empty:
            return tr("%1, %2: nobody on duty").arg(row.unit.name, Format::date(m_days.at(d)));
        case Coverage::NotNeeded:
            return tr("%1 staffs no duty").arg(row.unit.name);
        }
        return {};
    case CoverageRole:
        return int(coverage);
    case DayRole:
        return m_days.at(d);
    default:
        return {};
    }
}

QVariant CoverageModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == UnitColumn)
        return tr("Unit");
    const QDate d = day(section);
    if (!d.isValid())
        return {};
    if (role == Qt::ToolTipRole)
        return Format::dateWithWeekday(d);
    QString weekday = Format::locale().dayName(d.dayOfWeek(), QLocale::ShortFormat);
    return tr("%1\n%2", "weekday, dd/MM").arg(weekday, d.toString(QStringLiteral("dd/MM")));
}

} // namespace DutyDesk
