#pragma once

#include "Domain.h"

#include <QAbstractTableModel>

namespace DutyDesk {

class Session;

/// The people who could take a roster slot: the unit's active people, sorted
/// by given name, each with their number, their load so far in the period and
/// whether they are free at that time (on leave, or on duty elsewhere at an
/// overlapping time, makes them unavailable). Filtered as the user types,
/// without diacritics.
class PersonPickerModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, PositionColumn, PhoneColumn, LoadColumn, StatusColumn, ColumnCount };
    enum DataRole { PersonIdRole = Qt::UserRole + 1, AvailableRole };

    struct Candidate
    {
        Person person;
        bool available = true;
        QString status; ///< why not, or a warning ("not a leader"); empty when free
        int shifts = 0; ///< slots held in the period
        double load = 0; ///< weighted: night shifts and Tết days weigh more
    };

    explicit PersonPickerModel(Session &session, QObject *parent = nullptr);

    /// Reads the candidates for the slot `slot` describes (its unit, day,
    /// shift and role; its person, if any, is the holder being replaced).
    void load(const Assignment &slot, bool leaderRole);
    void setFilter(const QString &text);

    const Candidate *candidate(int row) const;
    int rowOfPerson(Id personId) const;
    int candidateCount() const { return int(m_all.size()); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    void applyFilter();

    Session &m_session;
    QList<Candidate> m_all;
    QList<int> m_visible; ///< indexes into m_all
    QString m_filter; ///< folded
};

} // namespace DutyDesk
