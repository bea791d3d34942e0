#pragma once

#include "Domain.h"

#include <QSet>
#include <QWidget>

class QAction;
class QLabel;
class QPushButton;
class QSplitter;
class QTabWidget;
class QTableView;
class QTreeView;

namespace DutyDesk {

class AppSettings;
class EscalationChainModel;
class HotlineModel;
class PeopleModel;
class Session;
class UnitTreeModel;

/// The directory: the unit tree on the left, the chosen unit's page on the
/// right (its people, its hotlines, its escalation chain). Every change goes
/// through an undoable command.
class DirectoryPage : public QWidget
{
    Q_OBJECT
public:
    DirectoryPage(Session &session, AppSettings &settings, QWidget *parent = nullptr);
    ~DirectoryPage() override;

    UnitTreeModel *unitModel() const { return m_unitModel; }
    PeopleModel *peopleModel() const { return m_peopleModel; }
    HotlineModel *hotlineModel() const { return m_hotlineModel; }
    EscalationChainModel *chainModel() const { return m_chainModel; }
    QTreeView *unitTree() const { return m_tree; }
    QTableView *peopleView() const { return m_peopleView; }
    QTableView *chainView() const { return m_chainView; }
    QTabWidget *tabs() const { return m_tabs; }

    QList<QAction *> unitActions() const;
    QList<QAction *> personActions() const;
    QList<QAction *> chainActions() const;
    QAction *addHotlineAction() const { return m_addHotline; }

    Id currentUnitId() const { return m_unitId; }
    void showUnit(Id unitId);
    void showPerson(Id personId);
    void showHotline(Id hotlineId);

    // Edits (each one undoable); the dialogs ask for the details.
    void addUnit(Id parentId);
    void editUnit();
    void renameUnit();
    void moveUnit();
    bool moveUnitTo(Id unitId, Id newParentId);
    void toggleUnitActive();
    void deleteUnit();
    void addPerson();
    void editPerson();
    void editPersonUnavailability();
    void deletePerson();
    void addHotline();
    void editHotline();
    void deleteHotline();
    void addStep();
    void editStep();
    void removeStep();
    void moveStep(int delta);

signals:
    void statusMessage(const QString &message);
    void currentUnitChanged(DutyDesk::Id unitId);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    /// Holds the models while the page is hidden on a large file (they read
    /// again when it shows); releases them otherwise.
    void holdModels(bool held);
    void createActions();
    void updateUnitPanel();
    void updateActions();
    void showError(const QString &message);
    int currentPersonRow() const;
    int currentHotlineRow() const;
    int currentStepRow() const;
    bool replaceChain(const QString &text, const QList<EscalationStep> &after, int selectRow);

    Session &m_session;
    AppSettings &m_settings;
    Id m_unitId = NoId;
    QSet<Id> m_expanded;

    UnitTreeModel *m_unitModel;
    PeopleModel *m_peopleModel;
    HotlineModel *m_hotlineModel;
    EscalationChainModel *m_chainModel;

    QSplitter *m_splitter;
    QTreeView *m_tree;
    QLabel *m_unitTitle;
    QLabel *m_unitDetails;
    QTabWidget *m_tabs;
    QTableView *m_peopleView;
    QTableView *m_hotlineView;
    QTableView *m_chainView;

    QAction *m_addUnit;
    QAction *m_addSubUnit;
    QAction *m_editUnit;
    QAction *m_renameUnit;
    QAction *m_moveUnit;
    QAction *m_toggleActive;
    QAction *m_deleteUnit;
    QAction *m_addPerson;
    QAction *m_editPerson;
    QAction *m_deletePerson;
    QAction *m_personUnavailability;
    QAction *m_addHotline;
    QAction *m_editHotline;
    QAction *m_deleteHotline;
    QAction *m_addStep;
    QAction *m_editStep;
    QAction *m_removeStep;
    QAction *m_stepUp;
    QAction *m_stepDown;
};

} // namespace DutyDesk
