#pragma once

#include "Domain.h"

#include <QAbstractTableModel>

namespace DutyDesk {

class Session;

/// A unit's escalation chain as the unit page shows it: the unit's own steps
/// (editable), then the steps it inherits from its parents, greyed out and
/// marked with the unit they come from.
class EscalationChainModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { OrderColumn, TargetColumn, WaitColumn, InstructionColumn, ColumnCount };
    enum Role { InheritedRole = Qt::UserRole + 1 };

    explicit EscalationChainModel(Session &session, QObject *parent = nullptr);

    void setUnit(Id unitId);
    Id unitId() const { return m_unitId; }
    /// The unit's own steps, in order.
    const QList<EscalationStep> &ownSteps() const { return m_own; }
    bool isInherited(int row) const { return row >= m_own.size(); }
    /// A step's target in words: a role, a person, a hotline or the parent's chain.
    QString describe(const EscalationStep &step) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    void reload();
    /// While held, a change of the data only marks the model out of date; it
    /// reads again when released. A page holds its models while it is hidden
    /// on a large file, so an edit does not read what nobody sees.
    void setHeld(bool held);
    bool isOutOfDate() const { return m_outOfDate; }

private:
    struct InheritedStep
    {
        QString target;
        QString ownerUnitName;
        int waitMinutes = 0;
        QString instruction;
    };

    Session &m_session;
    bool m_held = false;
    bool m_outOfDate = false;
    Id m_unitId = NoId;
    QList<EscalationStep> m_own;
    QList<InheritedStep> m_inherited;
};

} // namespace DutyDesk
