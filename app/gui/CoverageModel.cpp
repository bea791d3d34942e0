#include "CoverageModel.h"

#include "AsyncLoader.h"
#include "DomainNames.h"
#include "Format.h"
#include "Session.h"

#include <QBrush>
#include <QColor>

#include <algorithm>
#include <memory>

namespace DutyDesk {

CoverageModel::CoverageModel(Session &session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
    , m_loader(new AsyncLoader(this))
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
    if (!m_session.isOpen() || m_periodId == NoId) {
        m_loader->cancel();
        show({});
        return;
    }
    if (!m_session.isLarge()) {
        show(compute(m_session.database(), m_periodId, m_kind));
        return;
    }
    // A national period's counts take longer than a frame: read on a worker,
    // the rows follow when they are ready. Until then the last ones stay.
    auto result = std::make_shared<Content>();
    const Id periodId = m_periodId;
    const std::optional<UnitKind> kind = m_kind;
    m_loader->start(
        m_session.path(),
        [result, periodId, kind](Database &db) { *result = compute(db, periodId, kind); },
        [this, result, periodId, kind] {
            if (periodId == m_periodId && kind == m_kind)
                show(std::move(*result));
        });
}

bool CoverageModel::isLoading() const
{
    return m_loader->isBusy();
}

void CoverageModel::waitForLoad()
{
    m_loader->waitForIdle();
}

void CoverageModel::show(Content content)
{
    beginResetModel();
    m_days = std::move(content.days);
    m_rows = std::move(content.rows);
    endResetModel();
}

CoverageModel::Content CoverageModel::compute(Database &db, Id periodId,
                                              std::optional<UnitKind> kind)
{
    Content content;
    PeriodStore periods(db);
    DirectoryStore directory(db);
    const Result<DutyPeriod> period = periods.period(periodId);
    const Result<QList<Shift>> shifts = periods.shifts(periodId);
    const Result<QList<DutyRole>> roles = periods.roles(periodId);
    const Result<QList<Unit>> units = directory.units();
    const Result<QList<PeriodStore::DayCoverage>> coverage = periods.coverage(periodId);
    if (!period || !shifts || !roles || !units || !coverage)
        return content;
    for (QDate d = period->firstDay; d <= period->lastDay; d = d.addDays(1))
        content.days << d;
    // Holders per (unit, day), counted up to what each slot asks for.
    QHash<QPair<Id, qint64>, int> held;
    held.reserve(coverage->size());
    for (const PeriodStore::DayCoverage &c : coverage.value())
        held.insert({c.unitId, c.day.toJulianDay()}, c.held);
    // What each kind of unit must staff per shift, summed over the roles.
    QHash<int, int> neededByKind;
    for (const DutyRole &role : roles.value()) {
        for (const RoleRequirement &r : role.requirements)
            neededByKind[int(r.unitKind)] += r.count;
    }
    QList<Unit> sorted = units.value();
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const Unit &a, const Unit &b) { return int(a.kind) < int(b.kind); });
    for (const Unit &unit : std::as_const(sorted)) {
        if (!unit.active || (kind && unit.kind != *kind))
            continue;
        const int needed = neededByKind.value(int(unit.kind));
        if (needed == 0 && !kind)
            continue; // external partners and the like: nothing to staff
        Row row {unit, {}, {}};
        const int required = needed * int(shifts->size());
        row.filled.reserve(content.days.size());
        row.required.reserve(content.days.size());
        for (const QDate &d : std::as_const(content.days)) {
            row.filled << held.value({unit.id, d.toJulianDay()});
            row.required << required;
        }
        content.rows << row;
    }
    return content;
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
