#include "UnitPickerDialog.h"

#include "Format.h"
#include "UnitTreeModel.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace DutyDesk {

UnitPickerDialog::UnitPickerDialog(UnitTreeModel *model, Id movingUnitId, QWidget *parent)
    : QDialog(parent)
    , m_model(model)
    , m_moving(movingUnitId)
    , m_tree(new QTreeView(this))
    , m_topLevel(new QCheckBox(tr("Move to the &top level"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("unitPickerDialog"));
    const Unit *moving = model->unit(movingUnitId);
    setWindowTitle(tr("Move “%1” To").arg(moving ? moving->name : QString()));
    m_tree->setObjectName(QStringLiteral("unitPickerTree"));
    m_tree->setModel(model);
    m_tree->setHeaderHidden(true);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setDragEnabled(false);
    m_tree->expandToDepth(0);
    m_topLevel->setObjectName(QStringLiteral("topLevelCheck"));
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    Format::translateButtons(m_buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Choose the new parent unit:"), this));
    layout->addWidget(m_tree);
    layout->addWidget(m_topLevel);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_topLevel, &QCheckBox::toggled, this, [this](bool on) {
        m_tree->setEnabled(!on);
        updateOk();
    });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &UnitPickerDialog::updateOk);
    updateOk();
    resize(480, 520);
}

Id UnitPickerDialog::chosenParent() const
{
    if (m_topLevel->isChecked())
        return NoId;
    return m_model->unitId(m_tree->currentIndex());
}

void UnitPickerDialog::choose(Id unitId)
{
    if (unitId == NoId) {
        m_topLevel->setChecked(true);
        return;
    }
    m_topLevel->setChecked(false);
    const QModelIndex index = m_model->indexOf(unitId);
    m_tree->scrollTo(index);
    m_tree->setCurrentIndex(index);
}

void UnitPickerDialog::updateOk()
{
    bool ok;
    const Unit *moving = m_model->unit(m_moving);
    if (m_topLevel->isChecked()) {
        ok = moving && moving->parentId != NoId;
    } else {
        const Id target = chosenParent();
        ok = target != NoId && !m_model->isWithin(target, m_moving) && moving
            && moving->parentId != target;
    }
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

} // namespace DutyDesk
