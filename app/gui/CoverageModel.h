#pragma once

#include "Domain.h"

#include <QAbstractTableModel>
#include <QHash>

#include <optional>

namespace DutyDesk {

class AsyncLoader;
class Database;
class Session;

/// The overview of a period: one row per unit (grouped by kind), one column
/// per day after the unit's name; each day coloured by how much of what the
/// unit must staff that day is filled (full, partial, empty).
class CoverageModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Coverage { NotNeeded, Empty, Partial, Full };
    enum DataRole {
        CoverageRole = Qt::UserRole + 1, ///< int(Coverage)
        UnitIdRole, ///< Id of the row's unit
        DayRole, ///< QDate of the column
    };
    static constexpr int UnitColumn = 0;

    explicit CoverageModel(Session &session, QObject *parent = nullptr);

    /// Shows `periodId`; `kind` empty: every kind that staffs duty.
    void setPeriod(Id periodId);
    void setKindFilter(std::optional<UnitKind> kind);
    /// Reads again; on a large file on a worker thread, the rows following
    /// when they are ready (isLoading() meanwhile).
    void reload();
    bool isLoading() const;
    /// Blocks until a read on the worker has ended and its rows are shown (tests).
    void waitForLoad();

    Id unitId(int row) const;
    QDate day(int column) const;
    int rowOfUnit(Id unitId) const;
    static QColor color(Coverage coverage);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        Unit unit;
        QList<int> filled; ///< per day
        QList<int> required; ///< per day
    };
    struct Content
    {
        QList<QDate> days;
        QList<Row> rows;
    };
    static Content compute(Database &db, Id periodId, std::optional<UnitKind> kind);
    void show(Content content);
    Coverage coverageAt(const Row &row, int dayIndex) const;

    Session &m_session;
    AsyncLoader *m_loader;
    Id m_periodId = NoId;
    std::optional<UnitKind> m_kind;
    QList<QDate> m_days;
    QList<Row> m_rows;
};

} // namespace DutyDesk
