#include "EscalationChainModel.h"

#include "Format.h"
#include "Session.h"

#include <QDateTime>
#include <QFont>

namespace DutyDesk {

EscalationChainModel::EscalationChainModel(Session &session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{
    connect(&m_session, &Session::changed, this, [this] {
        if (m_held)
            m_outOfDate = true;
        else
            reload();
    });
    connect(&m_session, &Session::aboutToClose, this, [this] { setUnit(NoId); });
}

void EscalationChainModel::setUnit(Id unitId)
{
    m_unitId = unitId;
    reload();
}

void EscalationChainModel::setHeld(bool held)
{
    m_held = held;
    if (!held && m_outOfDate)
        reload();
}

void EscalationChainModel::reload()
{
    m_outOfDate = false;
    beginResetModel();
    m_own.clear();
    m_inherited.clear();
    if (m_unitId != NoId && m_session.isOpen()) {
        if (const Result<QList<EscalationStep>> steps = m_session.escalation().steps(m_unitId);
            steps)
            m_own = steps.value();
        // The resolver knows how the chain continues above this unit.
        const Result<DutyAnswer> answer
            = m_session.resolver().resolve(m_unitId, QDateTime::currentDateTime());
        if (answer) {
            for (const ResolvedStep &step : answer->escalation) {
                if (!step.inherited)
                    continue;
                m_inherited << InheritedStep {step.label, step.ownerUnitName, step.waitMinutes,
                                              step.instruction};
            }
        }
    }
    endResetModel();
}

QString EscalationChainModel::describe(const EscalationStep &step) const
{
    switch (step.target) {
    case EscalationTarget::Role:
        return tr("On duty as “%1”").arg(step.roleName);
    case EscalationTarget::Person: {
        const Result<Person> person = m_session.directory().person(step.personId);
        if (!person)
            return tr("Person %1 (missing)").arg(step.personId);
        return person->position.isEmpty()
            ? person->fullName
            : tr("%1, %2", "name, position").arg(person->fullName, person->position);
    }
    case EscalationTarget::Hotline: {
        const Result<Hotline> hotline = m_session.directory().hotline(step.hotlineId);
        if (!hotline)
            return tr("Hotline %1 (missing)").arg(step.hotlineId);
        return tr("%1 (%2)", "hotline label (number)")
            .arg(hotline->label, Format::phone(hotline->number));
    }
    case EscalationTarget::Parent:
        return tr("Continue with the parent unit’s chain");
    }
    return {};
}

int EscalationChainModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_own.size() + m_inherited.size());
}

int EscalationChainModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Qt::ItemFlags EscalationChainModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    // Inherited steps are edited at their own unit: shown disabled (greyed).
    if (isInherited(index.row()))
        return Qt::ItemNeverHasChildren;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QVariant EscalationChainModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const bool inherited = isInherited(row);
    if (role == InheritedRole)
        return inherited;
    if (role == Qt::FontRole && inherited) {
        QFont font;
        font.setItalic(true);
        return font;
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    if (!inherited) {
        const EscalationStep &step = m_own.at(row);
        switch (index.column()) {
        case OrderColumn:
            return row + 1;
        case TargetColumn:
            return describe(step);
        case WaitColumn:
            return Format::minutes(step.waitMinutes);
        case InstructionColumn:
            return step.instruction;
        }
        return {};
    }
    const InheritedStep &step = m_inherited.at(row - m_own.size());
    switch (index.column()) {
    case OrderColumn:
        return row + 1;
    case TargetColumn:
        return tr("%1 — inherited from %2").arg(step.target, step.ownerUnitName);
    case WaitColumn:
        return Format::minutes(step.waitMinutes);
    case InstructionColumn:
        return step.instruction;
    }
    return {};
}

QVariant EscalationChainModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case OrderColumn:
        return tr("Step");
    case TargetColumn:
        return tr("Call");
    case WaitColumn:
        return tr("Wait");
    case InstructionColumn:
        return tr("Instruction");
    }
    return {};
}

} // namespace DutyDesk
