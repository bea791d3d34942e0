#pragma once

#include "Domain.h"

#include <QAbstractTableModel>

namespace DutyDesk {

class Session;

/// The people of one unit, in Vietnamese list order (given name first).
class PeopleModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, PositionColumn, PhonesColumn, FlagsColumn, ColumnCount };
    enum Role { PersonIdRole = Qt::UserRole + 1 };

    explicit PeopleModel(Session &session, QObject *parent = nullptr);

    void setUnit(Id unitId);
    Id unitId() const { return m_unitId; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const Person *person(int row) const;
    int rowOf(Id personId) const;
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
    Id m_unitId = NoId;
    QList<Person> m_people;
};

} // namespace DutyDesk
