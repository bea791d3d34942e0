#pragma once

#include "Domain.h"

#include <QAbstractTableModel>
#include <QHash>

namespace DutyDesk {

class Session;

/// Hotlines: every one (global and per unit) or those of one unit.
class HotlineModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { LabelColumn, NumberColumn, HoursColumn, UnitColumn, SourceColumn, ColumnCount };
    enum Role { HotlineIdRole = Qt::UserRole + 1 };

    explicit HotlineModel(Session &session, QObject *parent = nullptr);

    /// Show every hotline (the default).
    void showAll();
    /// Show the hotlines of one unit only.
    void showUnit(Id unitId);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const Hotline *hotline(int row) const;
    void reload();
    /// While held, a change of the data only marks the model out of date; it
    /// reads again when released. A page holds its models while it is hidden
    /// on a large file, so an edit does not read what nobody sees.
    void setHeld(bool held);
    bool isOutOfDate() const { return m_outOfDate; }

private:
    Session &m_session;
    bool m_held = false;
    bool m_outOfDate = false;
    bool m_all = true;
    Id m_unitId = NoId;
    QList<Hotline> m_hotlines;
    QHash<Id, QString> m_unitNames;
};

} // namespace DutyDesk
