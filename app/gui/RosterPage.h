#pragma once

#include "AutoFill.h"
#include "Domain.h"
#include "RosterCheck.h"

#include <QWidget>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QMenu;
class QPushButton;
class QTabWidget;
class QTableView;

namespace DutyDesk {

class CoverageModel;
class ProblemsModel;
class RosterGridModel;
class Session;

/// "Lịch trực": choose a period and a unit, edit the unit's grid of days ×
/// shifts × duty roles with a searchable person picker, see the problems of
/// the whole period (always current; a click jumps to the cell), the overview
/// of every unit coloured by coverage, auto-fill, create, copy, publish and
/// reopen periods. Every change is a command on the session's undo stack.
class AsyncLoader;

class RosterPage : public QWidget
{
    Q_OBJECT
public:
    enum class FillScope { Period, Unit, Selection };

    explicit RosterPage(Session &session, QWidget *parent = nullptr);

    RosterGridModel *gridModel() const { return m_grid; }
    QTableView *gridView() const { return m_gridView; }
    ProblemsModel *problemsModel() const { return m_problems; }
    QTableView *problemsView() const { return m_problemsView; }
    CoverageModel *coverageModel() const { return m_coverage; }
    QTableView *overviewView() const { return m_overviewView; }
    QTabWidget *tabs() const { return m_tabs; }
    /// The period menu's actions (new, publish, reopen) and the roster's
    /// (assign, replace, remove, auto-fill), for the main window's menus.
    QList<QAction *> periodActions() const;
    QList<QAction *> slotActions() const;
    QList<QAction *> fillActions() const;

    Id currentPeriodId() const;
    Id currentUnitId() const;
    void showPeriod(Id periodId);
    void showUnit(Id unitId);
    /// Opens the grid at the cell of `problem` (switching unit if needed).
    void showProblem(const RosterCheck::Problem &problem);
    /// Fills empty places; returns what was filled (and shows the summary).
    std::optional<AutoFill::Report> autoFill(FillScope scope);
    /// The summary shown after an auto-fill.
    static QString fillSummary(const AutoFill::Report &report);

signals:
    void statusMessage(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void createActions();
    void reload();
    void reloadPeriods();
    void reloadUnits();
    void showUnits(QList<Unit> units);
    /// Checks the period again (on a worker thread for a large file).
    void reloadProblems();
    /// Shows m_allProblems as the filters ask.
    void showProblems();
    void periodChosen();
    void unitChosen();
    void updateActions();
    void editCurrentCell();
    void replaceCurrentHolder();
    /// Exchanges the holder of the current cell with the holder of `other`
    /// (another slot of the same unit and period).
    Status swapCurrentHolderWith(Id otherAssignmentId, const QString &reason);
    void swapCurrentHolder();
    void removeCurrentHolder();
    void showHistory();
    void openPicker(const QModelIndex &index, bool replace);
    void newPeriod();
    void setPeriodStatus(PeriodStatus status);
    void showGridMenu(const QPoint &pos);
    void problemActivated(const QModelIndex &index);
    void overviewActivated(const QModelIndex &index);
    void warn(const QString &message);

    Session &m_session;
    RosterGridModel *m_grid;
    ProblemsModel *m_problems;
    CoverageModel *m_coverage;
    QList<RosterCheck::Problem> m_allProblems;
    AsyncLoader *m_checker;
    AsyncLoader *m_unitLoader; ///< the unit list of a large file
    Id m_pendingUnit = NoId; ///< asked for while the list was read
    bool m_dirty = true;
    QList<QPair<Id, QString>> m_unitChoices; ///< what the unit list shows

    QComboBox *m_periodCombo;
    QComboBox *m_unitCombo;
    QLabel *m_statusLabel;
    QLabel *m_lockBanner;
    QPushButton *m_reopenButton;
    QTabWidget *m_tabs;
    QTableView *m_gridView;
    QTableView *m_overviewView;
    QComboBox *m_overviewKind;
    QTableView *m_problemsView;
    QComboBox *m_problemKind;
    QCheckBox *m_problemsThisUnit;
    QLabel *m_problemsLabel;

    QAction *m_newPeriod = nullptr;
    QAction *m_publish = nullptr;
    QAction *m_reopen = nullptr;
    QAction *m_assign = nullptr;
    QAction *m_replace = nullptr;
    QAction *m_remove = nullptr;
    QAction *m_history = nullptr;
    QAction *m_swap = nullptr;
    QAction *m_fillPeriod = nullptr;
    QAction *m_fillUnit = nullptr;
    QAction *m_fillSelection = nullptr;
};

} // namespace DutyDesk
