#pragma once

#include "DutyLogStore.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>

namespace DutyDesk {

class Session;

/// Duty-log entries matching a filter, oldest first. A corrected entry stays
/// in the list, struck through, next to the correction that replaces it.
class DutyLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TimeColumn, CategoryColumn, UnitColumn, AuthorColumn, TextColumn, ColumnCount };
    enum Role { EntryIdRole = Qt::UserRole + 1, CorrectedRole, AuthorRole };

    explicit DutyLogModel(Session &session, QObject *parent = nullptr);

    void setFilter(const DutyLogStore::Filter &filter);
    const DutyLogStore::Filter &filter() const { return m_filter; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const DutyLogEntry *entry(int row) const;
    bool isCorrected(Id entryId) const { return m_corrected.contains(entryId); }
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
    DutyLogStore::Filter m_filter;
    QList<DutyLogEntry> m_entries;
    QSet<Id> m_corrected;
    QHash<Id, QString> m_unitNames;
};

} // namespace DutyDesk
