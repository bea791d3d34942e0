#pragma once

#include "Domain.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QTreeView;

namespace DutyDesk {

class UnitTreeModel;

/// "Move to…": chooses the new parent of a unit in the unit tree (or the top
/// level); the unit itself and its sub-units cannot be chosen.
class UnitPickerDialog : public QDialog
{
    Q_OBJECT
public:
    UnitPickerDialog(UnitTreeModel *model, Id movingUnitId, QWidget *parent = nullptr);

    /// NoId for the top level.
    Id chosenParent() const;
    void choose(Id unitId);

private:
    void updateOk();

    UnitTreeModel *m_model;
    Id m_moving;
    QTreeView *m_tree;
    QCheckBox *m_topLevel;
    QDialogButtonBox *m_buttons;
};

} // namespace DutyDesk
