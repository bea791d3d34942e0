#include "DirectoryPage.h"

#include "AppSettings.h"
#include "DeletionSnapshot.h"
#include "DomainNames.h"
#include "EscalationChainModel.h"
#include "EscalationStepDialog.h"
#include "HotlineDialog.h"
#include "HotlineModel.h"
#include "MessageBox.h"
#include "PeopleModel.h"
#include "PersonDialog.h"
#include "PresenceCommand.h"
#include "Session.h"
#include "SetChainCommand.h"
#include "UnavailabilityDialog.h"
#include "UnitDialog.h"
#include "UnitPickerDialog.h"
#include "UnitTreeModel.h"
#include "UpdateCommand.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace DutyDesk {

namespace {

QWidget *buttonRow(QWidget *parent, const QList<QAction *> &actions)
{
    auto *row = new QWidget(parent);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QAction *action : actions) {
        auto *button = new QToolButton(row);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setObjectName(action->objectName() + QStringLiteral("Button"));
        layout->addWidget(button);
    }
    layout->addStretch();
    return row;
}

QTableView *makeTable(QWidget *parent, const QString &name)
{
    auto *view = new QTableView(parent);
    view->setObjectName(name);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setWordWrap(false);
    return view;
}

} // namespace

DirectoryPage::DirectoryPage(Session &session, AppSettings &settings, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_settings(settings)
    , m_unitModel(new UnitTreeModel(session, this))
    , m_peopleModel(new PeopleModel(session, this))
    , m_hotlineModel(new HotlineModel(session, this))
    , m_chainModel(new EscalationChainModel(session, this))
    , m_splitter(new QSplitter(this))
    , m_tree(new QTreeView(m_splitter))
    , m_unitTitle(new QLabel(this))
    , m_unitDetails(new QLabel(this))
    , m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("directoryPage"));
    m_hotlineModel->showUnit(NoId);
    createActions();

    m_tree->setObjectName(QStringLiteral("unitTree"));
    m_tree->setModel(m_unitModel);
    m_tree->setHeaderHidden(true);
    m_tree->setDragEnabled(true);
    m_tree->setAcceptDrops(true);
    m_tree->setDropIndicatorShown(true);
    m_tree->setDragDropMode(QAbstractItemView::InternalMove);
    m_tree->setDefaultDropAction(Qt::MoveAction);
    m_tree->setEditTriggers(QAbstractItemView::EditKeyPressed);
    m_tree->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_tree->addActions(unitActions());
    m_tree->setMinimumWidth(260);

    // A reload of the tree must not lose what the user had open.
    connect(m_unitModel, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        m_expanded.clear();
        std::function<void(const QModelIndex &)> collect = [&](const QModelIndex &parent) {
            for (int row = 0; row < m_unitModel->rowCount(parent); ++row) {
                const QModelIndex index = m_unitModel->index(row, 0, parent);
                if (m_tree->isExpanded(index)) {
                    m_expanded.insert(m_unitModel->unitId(index));
                    collect(index);
                }
            }
        };
        collect({});
    });
    connect(m_unitModel, &QAbstractItemModel::modelReset, this, [this] {
        for (Id id : std::as_const(m_expanded))
            m_tree->setExpanded(m_unitModel->indexOf(id), true);
        if (m_unitModel->rowCount() == 1)
            m_tree->expand(m_unitModel->index(0, 0));
        const QModelIndex current = m_unitModel->indexOf(m_unitId);
        if (current.isValid()) {
            m_tree->setCurrentIndex(current);
        } else {
            m_unitId = NoId;
        }
        updateUnitPanel();
    });
    connect(m_unitModel, &UnitTreeModel::editFailed, this, &DirectoryPage::showError);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                const Id id = m_unitModel->unitId(current);
                if (id == m_unitId)
                    return;
                m_unitId = id;
                updateUnitPanel();
                emit currentUnitChanged(id);
            });

    // The unit page.
    auto *panel = new QWidget(m_splitter);
    m_unitTitle->setObjectName(QStringLiteral("unitTitleLabel"));
    QFont titleFont = m_unitTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_unitTitle->setFont(titleFont);
    m_unitTitle->setWordWrap(true);
    m_unitTitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_unitDetails->setObjectName(QStringLiteral("unitDetailsLabel"));
    m_unitDetails->setWordWrap(true);
    m_tabs->setObjectName(QStringLiteral("unitTabs"));

    m_peopleView = makeTable(this, QStringLiteral("peopleView"));
    m_peopleView->setModel(m_peopleModel);
    m_peopleView->addActions(personActions());
    m_peopleView->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_peopleView->horizontalHeader()->resizeSection(PeopleModel::NameColumn, 190);
    m_peopleView->horizontalHeader()->resizeSection(PeopleModel::PositionColumn, 170);
    m_peopleView->horizontalHeader()->resizeSection(PeopleModel::PhonesColumn, 210);
    // Through the action, so that a disabled action (read-only desk) opens nothing.
    connect(m_peopleView, &QTableView::activated, m_editPerson, &QAction::trigger);
    auto *peopleTab = new QWidget(this);
    auto *peopleLayout = new QVBoxLayout(peopleTab);
    peopleLayout->addWidget(m_peopleView);
    peopleLayout->addWidget(buttonRow(peopleTab, personActions()));
    m_tabs->addTab(peopleTab, tr("&People"));

    m_hotlineView = makeTable(this, QStringLiteral("unitHotlineView"));
    m_hotlineView->setModel(m_hotlineModel);
    m_hotlineView->hideColumn(HotlineModel::UnitColumn);
    m_hotlineView->horizontalHeader()->resizeSection(HotlineModel::LabelColumn, 240);
    m_hotlineView->horizontalHeader()->resizeSection(HotlineModel::NumberColumn, 140);
    connect(m_hotlineView, &QTableView::activated, m_editHotline, &QAction::trigger);
    auto *hotlineTab = new QWidget(this);
    auto *hotlineLayout = new QVBoxLayout(hotlineTab);
    hotlineLayout->addWidget(m_hotlineView);
    hotlineLayout->addWidget(buttonRow(hotlineTab, {m_addHotline, m_editHotline, m_deleteHotline}));
    m_tabs->addTab(hotlineTab, tr("&Hotlines"));

    m_chainView = makeTable(this, QStringLiteral("chainView"));
    m_chainView->setModel(m_chainModel);
    m_chainView->horizontalHeader()->resizeSection(EscalationChainModel::OrderColumn, 50);
    m_chainView->horizontalHeader()->resizeSection(EscalationChainModel::TargetColumn, 360);
    m_chainView->horizontalHeader()->resizeSection(EscalationChainModel::WaitColumn, 80);
    m_chainView->addActions(chainActions());
    m_chainView->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_chainView, &QTableView::activated, m_editStep, &QAction::trigger);
    auto *chainTab = new QWidget(this);
    auto *chainLayout = new QVBoxLayout(chainTab);
    auto *chainHint = new QLabel(
        tr("Steps in grey are inherited from the parent units and are edited there."), chainTab);
    chainHint->setWordWrap(true);
    chainLayout->addWidget(chainHint);
    chainLayout->addWidget(m_chainView);
    chainLayout->addWidget(buttonRow(chainTab, chainActions()));
    m_tabs->addTab(chainTab, tr("&Escalation chain"));

    auto *panelLayout = new QVBoxLayout(panel);
    panelLayout->addWidget(m_unitTitle);
    panelLayout->addWidget(m_unitDetails);
    panelLayout->addWidget(m_tabs, 1);

    m_splitter->setObjectName(QStringLiteral("directorySplitter"));
    m_splitter->addWidget(m_tree);
    m_splitter->addWidget(panel);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({320, 700});
    if (!m_settings.directorySplitterState().isEmpty())
        m_splitter->restoreState(m_settings.directorySplitterState());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    for (QTableView *view : {m_peopleView, m_hotlineView, m_chainView}) {
        connect(view->model(), &QAbstractItemModel::modelReset, this,
                &DirectoryPage::updateActions);
    }
    connect(m_peopleView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &DirectoryPage::updateActions);
    connect(m_hotlineView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &DirectoryPage::updateActions);
    connect(m_chainView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &DirectoryPage::updateActions);
    // A national directory is read when it is looked at, not at every edit.
    connect(&m_session, &Session::opened, this, [this] {
        holdModels(m_session.isLarge() && !isVisible());
        updateActions(); // "Add Unit" needs an open file, not a read tree
    });
    updateUnitPanel();
}

void DirectoryPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    holdModels(false);
}

void DirectoryPage::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    holdModels(m_session.isLarge());
}

void DirectoryPage::holdModels(bool held)
{
    // The tree first: reading it again may choose another unit for the rest.
    m_unitModel->setHeld(held);
    m_peopleModel->setHeld(held);
    m_hotlineModel->setHeld(held);
    m_chainModel->setHeld(held);
}

DirectoryPage::~DirectoryPage()
{
    m_settings.setDirectorySplitterState(m_splitter->saveState());
}

void DirectoryPage::createActions()
{
    auto make = [this](const QString &name, const QString &text, const QKeySequence &key = {}) {
        auto *action = new QAction(text, this);
        action->setObjectName(name);
        if (!key.isEmpty())
            action->setShortcut(key);
        return action;
    };
    m_addUnit = make(QStringLiteral("actionAddUnit"), tr("Add &Unit…"),
                     QKeySequence(Qt::CTRL | Qt::Key_U));
    m_addSubUnit = make(QStringLiteral("actionAddSubUnit"), tr("Add &Sub-unit…"),
                        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    // Alt+Enter, the usual key for "properties": Ctrl+E is Export.
    m_editUnit = make(QStringLiteral("actionEditUnit"), tr("&Edit Unit…"),
                      QKeySequence(Qt::ALT | Qt::Key_Return));
    m_renameUnit
        = make(QStringLiteral("actionRenameUnit"), tr("&Rename Unit"), QKeySequence(Qt::Key_F2));
    m_moveUnit = make(QStringLiteral("actionMoveUnit"), tr("&Move Unit To…"),
                      QKeySequence(Qt::CTRL | Qt::Key_M));
    m_toggleActive = make(QStringLiteral("actionToggleUnitActive"), tr("&Deactivate Unit"));
    m_deleteUnit = make(QStringLiteral("actionDeleteUnit"), tr("De&lete Unit…"),
                        QKeySequence(Qt::CTRL | Qt::Key_Delete));
    m_addPerson = make(QStringLiteral("actionAddPerson"), tr("Add &Person…"),
                       QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_editPerson = make(QStringLiteral("actionEditPerson"), tr("Edit Perso&n…"));
    m_deletePerson = make(QStringLiteral("actionDeletePerson"), tr("Dele&te Person…"));
    m_personUnavailability
        = make(QStringLiteral("actionPersonUnavailability"), tr("Una&vailability…"));
    m_addHotline = make(QStringLiteral("actionAddHotline"), tr("Add &Hotline…"),
                        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    m_editHotline = make(QStringLiteral("actionEditHotline"), tr("Edit Hotline…"));
    m_deleteHotline = make(QStringLiteral("actionDeleteHotline"), tr("Delete Hotline…"));
    m_addStep = make(QStringLiteral("actionAddStep"), tr("Add Es&calation Step…"),
                     QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_editStep = make(QStringLiteral("actionEditStep"), tr("Edit Step…"));
    m_removeStep = make(QStringLiteral("actionRemoveStep"), tr("Remove Step"));
    m_stepUp = make(QStringLiteral("actionStepUp"), tr("Move Step Up"),
                    QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_Up));
    m_stepDown = make(QStringLiteral("actionStepDown"), tr("Move Step Down"),
                      QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_Down));
    // Delete on the people list only: elsewhere the key edits text.
    m_deletePerson->setShortcut(QKeySequence::Delete);
    m_deletePerson->setShortcutContext(Qt::WidgetShortcut);

    connect(m_addUnit, &QAction::triggered, this, [this] {
        const Unit *current = m_unitModel->unit(m_unitId);
        addUnit(current ? current->parentId : NoId);
    });
    connect(m_addSubUnit, &QAction::triggered, this, [this] { addUnit(m_unitId); });
    connect(m_editUnit, &QAction::triggered, this, &DirectoryPage::editUnit);
    connect(m_renameUnit, &QAction::triggered, this, &DirectoryPage::renameUnit);
    connect(m_moveUnit, &QAction::triggered, this, &DirectoryPage::moveUnit);
    connect(m_toggleActive, &QAction::triggered, this, &DirectoryPage::toggleUnitActive);
    connect(m_deleteUnit, &QAction::triggered, this, &DirectoryPage::deleteUnit);
    connect(m_addPerson, &QAction::triggered, this, &DirectoryPage::addPerson);
    connect(m_editPerson, &QAction::triggered, this, &DirectoryPage::editPerson);
    connect(m_deletePerson, &QAction::triggered, this, &DirectoryPage::deletePerson);
    connect(m_personUnavailability, &QAction::triggered, this,
            &DirectoryPage::editPersonUnavailability);
    connect(m_addHotline, &QAction::triggered, this, &DirectoryPage::addHotline);
    connect(m_editHotline, &QAction::triggered, this, &DirectoryPage::editHotline);
    connect(m_deleteHotline, &QAction::triggered, this, &DirectoryPage::deleteHotline);
    connect(m_addStep, &QAction::triggered, this, &DirectoryPage::addStep);
    connect(m_editStep, &QAction::triggered, this, &DirectoryPage::editStep);
    connect(m_removeStep, &QAction::triggered, this, &DirectoryPage::removeStep);
    connect(m_stepUp, &QAction::triggered, this, [this] { moveStep(-1); });
    connect(m_stepDown, &QAction::triggered, this, [this] { moveStep(1); });
}

QList<QAction *> DirectoryPage::unitActions() const
{
    return {m_addUnit,  m_addSubUnit,   m_editUnit,  m_renameUnit,
            m_moveUnit, m_toggleActive, m_deleteUnit};
}

QList<QAction *> DirectoryPage::personActions() const
{
    return {m_addPerson, m_editPerson, m_personUnavailability, m_deletePerson};
}

QList<QAction *> DirectoryPage::chainActions() const
{
    return {m_addStep, m_editStep, m_removeStep, m_stepUp, m_stepDown};
}

void DirectoryPage::showError(const QString &message)
{
    MessageBox::warning(this, tr("DutyDesk"), message);
}

void DirectoryPage::showUnit(Id unitId)
{
    // Asked for while hidden (a held tree): the unit may be new.
    if (m_unitModel->isOutOfDate())
        holdModels(false);
    const QModelIndex index = m_unitModel->indexOf(unitId);
    if (!index.isValid())
        return;
    for (QModelIndex parent = index.parent(); parent.isValid(); parent = parent.parent())
        m_tree->expand(parent);
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
}

void DirectoryPage::showPerson(Id personId)
{
    const Result<Person> person = m_session.directory().person(personId);
    if (!person)
        return;
    showUnit(person->unitId);
    m_tabs->setCurrentIndex(0);
    const int row = m_peopleModel->rowOf(personId);
    if (row >= 0) {
        m_peopleView->setCurrentIndex(m_peopleModel->index(row, 0));
        m_peopleView->scrollTo(m_peopleModel->index(row, 0));
        m_peopleView->setFocus();
    }
}

void DirectoryPage::showHotline(Id hotlineId)
{
    const Result<Hotline> hotline = m_session.directory().hotline(hotlineId);
    if (!hotline || hotline->unitId == NoId)
        return;
    showUnit(hotline->unitId);
    m_tabs->setCurrentIndex(1);
    for (int row = 0; row < m_hotlineModel->rowCount(); ++row) {
        if (m_hotlineModel->hotline(row)->id == hotlineId)
            m_hotlineView->setCurrentIndex(m_hotlineModel->index(row, 0));
    }
}

void DirectoryPage::updateUnitPanel()
{
    const Unit *unit = m_unitModel->unit(m_unitId);
    if (m_peopleModel->unitId() != m_unitId)
        m_peopleModel->setUnit(m_unitId);
    if (m_chainModel->unitId() != m_unitId)
        m_chainModel->setUnit(m_unitId);
    m_hotlineModel->showUnit(m_unitId);
    m_tabs->setEnabled(unit != nullptr);
    if (!unit) {
        m_unitTitle->setText(m_unitModel->unitCount() == 0
                                 ? tr("The directory is empty: add the first unit.")
                                 : tr("Choose a unit on the left."));
        m_unitDetails->clear();
    } else {
        m_unitTitle->setText(unit->name);
        QStringList details {DomainNames::displayName(unit->kind)};
        if (!unit->shortName.isEmpty())
            details << unit->shortName;
        if (!unit->code.isEmpty())
            details << tr("code %1").arg(unit->code);
        if (!unit->address.isEmpty())
            details << unit->address;
        if (!unit->active)
            details << tr("inactive");
        m_unitDetails->setText(details.join(QStringLiteral(" · ")));
    }
    updateActions();
}

void DirectoryPage::updateActions()
{
    const Unit *unit = m_unitModel->unit(m_unitId);
    const bool open = m_session.isOpen();
    const bool hasUnit = unit != nullptr;
    m_addUnit->setEnabled(open);
    for (QAction *action : {m_addSubUnit, m_editUnit, m_renameUnit, m_moveUnit, m_toggleActive,
                            m_deleteUnit, m_addPerson, m_addHotline, m_addStep})
        action->setEnabled(hasUnit);
    m_toggleActive->setText(hasUnit && !unit->active ? tr("Re&activate Unit")
                                                     : tr("&Deactivate Unit"));
    const bool hasPerson = hasUnit && currentPersonRow() >= 0;
    m_editPerson->setEnabled(hasPerson);
    m_deletePerson->setEnabled(hasPerson);
    m_personUnavailability->setEnabled(hasPerson);
    const bool hasHotline = hasUnit && currentHotlineRow() >= 0;
    m_editHotline->setEnabled(hasHotline);
    m_deleteHotline->setEnabled(hasHotline);
    const int step = currentStepRow();
    m_editStep->setEnabled(step >= 0);
    m_removeStep->setEnabled(step >= 0);
    m_stepUp->setEnabled(step > 0);
    m_stepDown->setEnabled(step >= 0 && step + 1 < m_chainModel->ownSteps().size());
}

int DirectoryPage::currentPersonRow() const
{
    const QModelIndex index = m_peopleView->currentIndex();
    return index.isValid() ? index.row() : -1;
}

int DirectoryPage::currentHotlineRow() const
{
    const QModelIndex index = m_hotlineView->currentIndex();
    return index.isValid() ? index.row() : -1;
}

int DirectoryPage::currentStepRow() const
{
    const QModelIndex index = m_chainView->currentIndex();
    if (!index.isValid() || m_chainModel->isInherited(index.row()))
        return -1;
    return index.row();
}

// ---- units ----------------------------------------------------------------

void DirectoryPage::addUnit(Id parentId)
{
    Unit unit;
    unit.parentId = parentId;
    if (const Unit *parent = m_unitModel->unit(parentId)) {
        // A sensible default: a unit under a district office is usually a school.
        unit.kind
            = parent->kind == UnitKind::Department ? UnitKind::AgencyOffice : UnitKind::School;
    } else {
        unit.kind = UnitKind::Department;
    }
    UnitDialog dialog(unit, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto *command = PresenceCommand::addUnit(m_session, dialog.unit());
    const QString text = command->text();
    if (const Status s = m_session.push(command); !s) {
        showError(s.message());
        return;
    }
    // The command was kept (the stack owns it now): its id is the new unit's.
    showUnit(command->recordId());
    emit statusMessage(text);
}

void DirectoryPage::editUnit()
{
    const Unit *current = m_unitModel->unit(m_unitId);
    if (!current)
        return;
    const Unit before = *current;
    UnitDialog dialog(before, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (const Status s = m_session.push(new UpdateCommand<Unit>(
            m_session, tr("Edit Unit “%1”").arg(before.name), before, dialog.unit()));
        !s)
        showError(s.message());
}

void DirectoryPage::renameUnit()
{
    const QModelIndex index = m_unitModel->indexOf(m_unitId);
    if (!index.isValid())
        return;
    m_tree->setFocus();
    m_tree->setCurrentIndex(index);
    m_tree->edit(index);
}

void DirectoryPage::moveUnit()
{
    const Unit *current = m_unitModel->unit(m_unitId);
    if (!current)
        return;
    UnitPickerDialog dialog(m_unitModel, m_unitId, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    moveUnitTo(m_unitId, dialog.chosenParent());
}

bool DirectoryPage::moveUnitTo(Id unitId, Id newParentId)
{
    const Unit *current = m_unitModel->unit(unitId);
    if (!current)
        return false;
    const Unit before = *current;
    Unit after = before;
    after.parentId = newParentId;
    const Unit *target = m_unitModel->unit(newParentId);
    const QString targetName = target ? target->name : tr("the top level");
    if (const Status s = m_session.push(new UpdateCommand<Unit>(
            m_session, tr("Move Unit “%1” to “%2”").arg(before.name, targetName), before, after));
        !s) {
        showError(s.message());
        return false;
    }
    showUnit(unitId);
    return true;
}

void DirectoryPage::toggleUnitActive()
{
    const Unit *current = m_unitModel->unit(m_unitId);
    if (!current)
        return;
    const Unit before = *current;
    Unit after = before;
    after.active = !before.active;
    const QString text = after.active ? tr("Reactivate Unit “%1”").arg(before.name)
                                      : tr("Deactivate Unit “%1”").arg(before.name);
    if (const Status s = m_session.push(new UpdateCommand<Unit>(m_session, text, before, after));
        !s)
        showError(s.message());
}

void DirectoryPage::deleteUnit()
{
    const Unit *current = m_unitModel->unit(m_unitId);
    if (!current)
        return;
    const Unit unit = *current;
    const Result<DeletionSnapshot> snapshot
        = DeletionSnapshot::ofUnit(m_session.database(), unit.id);
    if (!snapshot) {
        showError(snapshot.message());
        return;
    }
    // Say what else goes, so nobody deletes a district with its schools by accident.
    QStringList goes;
    const int subUnits = snapshot->count(QStringLiteral("units")) - 1;
    if (subUnits > 0)
        goes << tr("%n sub-unit(s)", nullptr, subUnits);
    if (const int n = snapshot->count(QStringLiteral("people")))
        goes << tr("%n person(s) with their numbers", nullptr, n);
    if (const int n = snapshot->count(QStringLiteral("hotlines")))
        goes << tr("%n hotline(s)", nullptr, n);
    if (const int n = snapshot->count(QStringLiteral("escalation_steps")))
        goes << tr("%n escalation step(s)", nullptr, n);
    if (const int n = snapshot->count(QStringLiteral("assignments")))
        goes << tr("%n duty assignment(s)", nullptr, n);
    QString text = tr("Delete the unit “%1”?").arg(unit.name);
    if (!goes.isEmpty())
        text += QStringLiteral("\n\n") + tr("With it go: %1.").arg(goes.join(QStringLiteral(", ")));
    text += QStringLiteral("\n\n") + tr("You can undo this with Edit ▸ Undo.");
    if (MessageBox::question(this, tr("Delete Unit"), text, MessageBox::Delete | MessageBox::Cancel,
                             MessageBox::Cancel)
        != MessageBox::Delete)
        return;
    const Id parent = unit.parentId;
    if (const Status s = m_session.push(
            PresenceCommand::remove(m_session, PresenceCommand::Kind::Unit, unit.id, unit.name));
        !s) {
        showError(s.message());
        return;
    }
    showUnit(parent);
}

// ---- people ---------------------------------------------------------------

void DirectoryPage::addPerson()
{
    if (m_unitId == NoId)
        return;
    Person person;
    person.unitId = m_unitId;
    PersonDialog dialog(person, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto *command = PresenceCommand::addPerson(m_session, dialog.person());
    if (const Status s = m_session.push(command); !s) {
        showError(s.message());
        return;
    }
    showPerson(command->recordId());
}

void DirectoryPage::editPerson()
{
    const Person *current = m_peopleModel->person(currentPersonRow());
    if (!current)
        return;
    const Person before = *current;
    PersonDialog dialog(before, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (const Status s = m_session.push(new UpdateCommand<Person>(
            m_session, tr("Edit Person “%1”").arg(before.fullName), before, dialog.person()));
        !s)
        showError(s.message());
    showPerson(before.id);
}

void DirectoryPage::editPersonUnavailability()
{
    const Person *current = m_peopleModel->person(currentPersonRow());
    if (!current)
        return;
    UnavailabilityDialog dialog(m_session, *current, this);
    dialog.exec();
}

void DirectoryPage::deletePerson()
{
    const Person *current = m_peopleModel->person(currentPersonRow());
    if (!current)
        return;
    const Person person = *current;
    const Result<DeletionSnapshot> snapshot
        = DeletionSnapshot::ofPerson(m_session.database(), person.id);
    if (!snapshot) {
        showError(snapshot.message());
        return;
    }
    QString text = tr("Delete “%1” with their phone numbers?").arg(person.fullName);
    QStringList goes;
    if (const int n = snapshot->count(QStringLiteral("assignments")))
        goes << tr("%n duty assignment(s)", nullptr, n);
    if (const int n = snapshot->count(QStringLiteral("escalation_steps")))
        goes << tr("%n escalation step(s) that call them", nullptr, n);
    if (!goes.isEmpty())
        text += QStringLiteral("\n\n")
            + tr("With them go: %1.").arg(goes.join(QStringLiteral(", ")));
    if (MessageBox::question(this, tr("Delete Person"), text,
                             MessageBox::Delete | MessageBox::Cancel, MessageBox::Cancel)
        != MessageBox::Delete)
        return;
    if (const Status s = m_session.push(PresenceCommand::remove(
            m_session, PresenceCommand::Kind::Person, person.id, person.fullName));
        !s)
        showError(s.message());
}

// ---- hotlines -------------------------------------------------------------

void DirectoryPage::addHotline()
{
    Hotline hotline;
    hotline.unitId = m_unitId;
    const Result<QList<Unit>> units = m_session.directory().units();
    HotlineDialog dialog(hotline, units ? units.value() : QList<Unit>(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (const Status s = m_session.push(PresenceCommand::addHotline(m_session, dialog.hotline()));
        !s)
        showError(s.message());
}

void DirectoryPage::editHotline()
{
    const Hotline *current = m_hotlineModel->hotline(currentHotlineRow());
    if (!current)
        return;
    const Hotline before = *current;
    const Result<QList<Unit>> units = m_session.directory().units();
    HotlineDialog dialog(before, units ? units.value() : QList<Unit>(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (const Status s = m_session.push(new UpdateCommand<Hotline>(
            m_session, tr("Edit Hotline “%1”").arg(before.label), before, dialog.hotline()));
        !s)
        showError(s.message());
}

void DirectoryPage::deleteHotline()
{
    const Hotline *current = m_hotlineModel->hotline(currentHotlineRow());
    if (!current)
        return;
    const Hotline hotline = *current;
    if (MessageBox::question(this, tr("Delete Hotline"),
                             tr("Delete the hotline “%1”?").arg(hotline.label),
                             MessageBox::Delete | MessageBox::Cancel, MessageBox::Cancel)
        != MessageBox::Delete)
        return;
    if (const Status s = m_session.push(PresenceCommand::remove(
            m_session, PresenceCommand::Kind::Hotline, hotline.id, hotline.label));
        !s)
        showError(s.message());
}

// ---- escalation chain -----------------------------------------------------

bool DirectoryPage::replaceChain(const QString &text, const QList<EscalationStep> &after,
                                 int selectRow)
{
    const QList<EscalationStep> before = m_chainModel->ownSteps();
    if (const Status s
        = m_session.push(new SetChainCommand(m_session, text, m_unitId, before, after));
        !s) {
        showError(s.message());
        return false;
    }
    if (selectRow >= 0 && selectRow < m_chainModel->rowCount())
        m_chainView->setCurrentIndex(m_chainModel->index(selectRow, 0));
    return true;
}

void DirectoryPage::addStep()
{
    if (m_unitId == NoId)
        return;
    EscalationStep step;
    step.unitId = m_unitId;
    step.waitMinutes = 15;
    EscalationStepDialog dialog(m_session, m_unitId, step, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QList<EscalationStep> after = m_chainModel->ownSteps();
    after << dialog.step();
    m_tabs->setCurrentIndex(2);
    replaceChain(tr("Add Escalation Step"), after, int(after.size()) - 1);
}

void DirectoryPage::editStep()
{
    const int row = currentStepRow();
    if (row < 0)
        return;
    EscalationStepDialog dialog(m_session, m_unitId, m_chainModel->ownSteps().at(row), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QList<EscalationStep> after = m_chainModel->ownSteps();
    after[row] = dialog.step();
    replaceChain(tr("Edit Escalation Step %1").arg(row + 1), after, row);
}

void DirectoryPage::removeStep()
{
    const int row = currentStepRow();
    if (row < 0)
        return;
    QList<EscalationStep> after = m_chainModel->ownSteps();
    after.removeAt(row);
    replaceChain(tr("Remove Escalation Step %1").arg(row + 1), after,
                 qMin(row, int(after.size()) - 1));
}

void DirectoryPage::moveStep(int delta)
{
    const int row = currentStepRow();
    const int target = row + delta;
    QList<EscalationStep> after = m_chainModel->ownSteps();
    if (row < 0 || target < 0 || target >= after.size())
        return;
    after.swapItemsAt(row, target);
    replaceChain(tr("Move Escalation Step %1").arg(row + 1), after, target);
}

} // namespace DutyDesk
