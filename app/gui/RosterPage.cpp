#include "RosterPage.h"

#include "AsyncLoader.h"
#include "BackgroundJob.h"
#include "CoverageModel.h"
#include "DomainNames.h"
#include "Format.h"
#include "JobProgress.h"
#include "MessageBox.h"
#include "PeriodDialog.h"
#include "PersonPickerDialog.h"
#include "ProblemsModel.h"
#include "RosterCommands.h"
#include "RosterEdit.h"
#include "RosterGridModel.h"
#include "Session.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
#include <QStandardItemModel>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <atomic>

namespace DutyDesk {

RosterPage::RosterPage(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_grid(new RosterGridModel(session, this))
    , m_problems(new ProblemsModel(this))
    , m_coverage(new CoverageModel(session, this))
    , m_checker(new AsyncLoader(this))
    , m_unitLoader(new AsyncLoader(this))
    , m_periodCombo(new QComboBox(this))
    , m_unitCombo(new QComboBox(this))
    , m_statusLabel(new QLabel(this))
    , m_lockBanner(new QLabel(this))
    , m_reopenButton(new QPushButton(this))
    , m_tabs(new QTabWidget(this))
    , m_gridView(new QTableView(this))
    , m_overviewView(new QTableView(this))
    , m_overviewKind(new QComboBox(this))
    , m_problemsView(new QTableView(this))
    , m_problemKind(new QComboBox(this))
    , m_problemsThisUnit(new QCheckBox(tr("This unit only"), this))
    , m_problemsLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("rosterPage"));
    createActions();

    // Period and unit.
    m_periodCombo->setObjectName(QStringLiteral("periodCombo"));
    m_periodCombo->setMinimumWidth(280);
    m_unitCombo->setObjectName(QStringLiteral("unitCombo"));
    m_unitCombo->setEditable(true);
    m_unitCombo->setInsertPolicy(QComboBox::NoInsert);
    m_unitCombo->completer()->setFilterMode(Qt::MatchContains);
    m_unitCombo->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_unitCombo->setMinimumWidth(320);
    // Sized by a length, not by measuring every unit's name.
    m_unitCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_unitCombo->setMinimumContentsLength(32);
    m_statusLabel->setObjectName(QStringLiteral("periodStatusLabel"));

    auto *toolBar = new QToolBar(this);
    toolBar->setObjectName(QStringLiteral("rosterToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(m_newPeriod);
    toolBar->addAction(m_publish);
    toolBar->addAction(m_reopen);
    toolBar->addSeparator();
    toolBar->addAction(m_assign);
    toolBar->addAction(m_replace);
    toolBar->addAction(m_remove);
    toolBar->addSeparator();
    auto *fillButton = new QToolButton(this);
    fillButton->setObjectName(QStringLiteral("autoFillButton"));
    auto *fillMenu = new QMenu(fillButton);
    fillMenu->addActions(fillActions());
    fillButton->setMenu(fillMenu);
    fillButton->setDefaultAction(m_fillUnit);
    fillButton->setPopupMode(QToolButton::MenuButtonPopup);
    fillButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addWidget(fillButton);

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("&Period:"), this));
    qobject_cast<QLabel *>(top->itemAt(0)->widget())->setBuddy(m_periodCombo);
    top->addWidget(m_periodCombo);
    top->addWidget(m_statusLabel);
    auto *unitLabel = new QLabel(tr("&Unit:"), this);
    unitLabel->setBuddy(m_unitCombo);
    top->addSpacing(12);
    top->addWidget(unitLabel);
    top->addWidget(m_unitCombo, 1);

    // The lock of a published period, with its way out.
    m_lockBanner->setObjectName(QStringLiteral("lockBanner"));
    m_lockBanner->setText(
        tr("🔒 This period is published and locked: the roster is read-only. Reopen it to make "
           "changes."));
    m_reopenButton->setObjectName(QStringLiteral("reopenButton"));
    m_reopenButton->setText(tr("&Reopen"));
    connect(m_reopenButton, &QPushButton::clicked, m_reopen, &QAction::trigger);
    auto *lock = new QWidget(this);
    lock->setObjectName(QStringLiteral("lockBar"));
    lock->setStyleSheet(
        QStringLiteral("#lockBar { background: #fff4cc; border: 1px solid #e0c060; }"));
    auto *lockLayout = new QHBoxLayout(lock);
    lockLayout->setContentsMargins(8, 4, 8, 4);
    lockLayout->addWidget(m_lockBanner, 1);
    lockLayout->addWidget(m_reopenButton);
    lock->hide();

    // The grid.
    m_gridView->setObjectName(QStringLiteral("rosterGridView"));
    m_gridView->setModel(m_grid);
    m_gridView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_gridView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_gridView->setWordWrap(true);
    m_gridView->verticalHeader()->hide();
    m_gridView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_gridView->horizontalHeader()->setMinimumSectionSize(96);
    m_gridView->setContextMenuPolicy(Qt::CustomContextMenu);
    m_gridView->addActions(slotActions());
    connect(m_gridView, &QTableView::activated, this, [this] { editCurrentCell(); });
    connect(m_gridView, &QWidget::customContextMenuRequested, this, &RosterPage::showGridMenu);
    connect(m_grid, &RosterGridModel::editRefused, this, &RosterPage::warn);
    connect(m_grid, &QAbstractItemModel::modelReset, this, [this] {
        m_gridView->resizeColumnToContents(RosterGridModel::DayColumn);
        m_gridView->resizeColumnToContents(RosterGridModel::ShiftColumn);
        // The roles share the width; the day and shift keep what they need.
        QHeaderView *header = m_gridView->horizontalHeader();
        for (int c = RosterGridModel::FirstRoleColumn; c < m_grid->columnCount(); ++c)
            header->setSectionResizeMode(c, QHeaderView::Stretch);
    });

    // The overview.
    m_overviewKind->setObjectName(QStringLiteral("overviewKindCombo"));
    m_overviewKind->addItem(tr("All kinds that staff duty"), -1);
    for (UnitKind kind : DomainNames::allUnitKinds())
        m_overviewKind->addItem(DomainNames::displayName(kind), int(kind));
    m_overviewView->setObjectName(QStringLiteral("overviewView"));
    m_overviewView->setModel(m_coverage);
    m_overviewView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_overviewView->verticalHeader()->hide();
    m_overviewView->verticalHeader()->setDefaultSectionSize(24);
    m_overviewView->horizontalHeader()->setDefaultSectionSize(78);
    connect(m_coverage, &QAbstractItemModel::modelReset, this,
            [this] { m_overviewView->setColumnWidth(CoverageModel::UnitColumn, 300); });
    connect(m_overviewView, &QTableView::doubleClicked, this, &RosterPage::overviewActivated);
    connect(m_overviewView, &QTableView::activated, this, &RosterPage::overviewActivated);
    connect(m_overviewKind, &QComboBox::currentIndexChanged, this, [this] {
        const int kind = m_overviewKind->currentData().toInt();
        m_coverage->setKindFilter(kind < 0 ? std::nullopt
                                           : std::optional<UnitKind>(UnitKind(kind)));
    });
    auto *overview = new QWidget(this);
    auto *overviewLayout = new QVBoxLayout(overview);
    auto *legend = new QHBoxLayout;
    legend->addWidget(new QLabel(tr("Units of kind:"), overview));
    legend->addWidget(m_overviewKind);
    legend->addStretch(1);
    const QList<QPair<CoverageModel::Coverage, QString>> keys = {
        {CoverageModel::Coverage::Full, tr("full")},
        {CoverageModel::Coverage::Partial, tr("partial")},
        {CoverageModel::Coverage::Empty, tr("empty")},
    };
    for (const auto &[coverage, text] : keys) {
        auto *key = new QLabel(text, overview);
        key->setStyleSheet(QStringLiteral("background: %1; padding: 2px 10px;")
                               .arg(CoverageModel::color(coverage).name()));
        legend->addWidget(key);
    }
    legend->addWidget(new QLabel(tr("Double-click a day to open the unit's roster."), overview));
    overviewLayout->setContentsMargins(0, 0, 0, 0);
    overviewLayout->addLayout(legend);
    overviewLayout->addWidget(m_overviewView, 1);

    m_tabs->setObjectName(QStringLiteral("rosterTabs"));
    m_tabs->addTab(m_gridView, tr("Unit roster"));
    m_tabs->addTab(overview, tr("Overview of all units"));

    // The problems panel.
    m_problemsLabel->setObjectName(QStringLiteral("problemsLabel"));
    m_problemKind->setObjectName(QStringLiteral("problemKindCombo"));
    m_problemKind->addItem(tr("All problems"), -1);
    for (RosterCheck::Kind kind :
         {RosterCheck::Kind::Gap, RosterCheck::Kind::DoubleBooking, RosterCheck::Kind::Unavailable,
          RosterCheck::Kind::NoValidPhone, RosterCheck::Kind::NotALeader})
        m_problemKind->addItem(RosterCheck::kindName(kind), int(kind));
    m_problemsThisUnit->setObjectName(QStringLiteral("problemsThisUnitCheck"));
    m_problemsView->setObjectName(QStringLiteral("problemsView"));
    m_problemsView->setModel(m_problems);
    m_problemsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_problemsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_problemsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_problemsView->verticalHeader()->hide();
    m_problemsView->setWordWrap(false);
    m_problemsView->horizontalHeader()->setStretchLastSection(true);
    // Kind, day and unit; the message (naming shift, role and person) is the tool tip.
    for (int c : {int(ProblemsModel::ShiftColumn), int(ProblemsModel::RoleColumn),
                  int(ProblemsModel::MessageColumn)})
        m_problemsView->setColumnHidden(c, true);
    connect(m_problemsView, &QTableView::clicked, this, &RosterPage::problemActivated);
    connect(m_problemsView, &QTableView::activated, this, &RosterPage::problemActivated);
    connect(m_problemKind, &QComboBox::currentIndexChanged, this, &RosterPage::showProblems);
    connect(m_problemsThisUnit, &QCheckBox::toggled, this, &RosterPage::showProblems);
    auto *problems = new QWidget(this);
    problems->setObjectName(QStringLiteral("problemsPanel"));
    auto *problemsLayout = new QVBoxLayout(problems);
    problemsLayout->setContentsMargins(0, 0, 0, 0);
    problemsLayout->addWidget(m_problemsLabel);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_problemKind, 1);
    filters->addWidget(m_problemsThisUnit);
    problemsLayout->addLayout(filters);
    problemsLayout->addWidget(m_problemsView, 1);

    auto *splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("rosterSplitter"));
    splitter->addWidget(m_tabs);
    splitter->addWidget(problems);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({980, 320});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(toolBar);
    layout->addWidget(lock);
    layout->addWidget(splitter, 1);

    connect(m_periodCombo, &QComboBox::currentIndexChanged, this, &RosterPage::periodChosen);
    connect(m_unitCombo, &QComboBox::currentIndexChanged, this, &RosterPage::unitChosen);
    connect(m_gridView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &RosterPage::updateActions);
    connect(m_gridView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RosterPage::updateActions);
    connect(&m_session, &Session::changed, this, [this] {
        m_dirty = true;
        if (isVisible())
            reload();
    });
    connect(&m_session, &Session::aboutToClose, this, [this] {
        m_unitLoader->cancel();
        m_grid->setRoster(NoId, NoId);
        m_coverage->setPeriod(NoId);
        m_problems->setProblems({});
    });
    // Read now: the main window may show this page before its first change.
    reload();
}

void RosterPage::createActions()
{
    QStyle *style = this->style();
    auto make = [this](const char *name, const QString &text, const QKeySequence &key = {}) {
        auto *action = new QAction(text, this);
        action->setObjectName(QString::fromLatin1(name));
        if (!key.isEmpty())
            action->setShortcut(key);
        return action;
    };
    m_newPeriod = make("actionNewPeriod", tr("&New Period…"));
    m_newPeriod->setIcon(style->standardIcon(QStyle::SP_FileIcon));
    m_publish = make("actionPublishPeriod", tr("&Publish Period"));
    m_publish->setIcon(style->standardIcon(QStyle::SP_DialogApplyButton));
    m_reopen = make("actionReopenPeriod", tr("&Reopen Period"));
    m_assign = make("actionAssignPerson", tr("&Assign a Person…"), QKeySequence(Qt::Key_F2));
    m_assign->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_replace = make("actionReplacePerson", tr("Rep&lace the Person…"));
    m_remove = make("actionRemoveFromDuty", tr("Re&move from Duty"), QKeySequence::Delete);
    m_remove->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_assign->setIconText(tr("Assign…"));
    m_assign->setIcon(style->standardIcon(QStyle::SP_FileDialogNewFolder));
    m_replace->setIconText(tr("Replace…"));
    m_replace->setIcon(style->standardIcon(QStyle::SP_BrowserReload));
    m_remove->setIconText(tr("Remove"));
    m_remove->setIcon(style->standardIcon(QStyle::SP_DialogDiscardButton));
    m_history = make("actionSlotHistory", tr("Slot &History…"));
    m_swap = make("actionSwapPerson", tr("S&wap with Another Slot…"));
    m_fillPeriod = make("actionAutoFillPeriod", tr("Auto-fill the Wh&ole Period"));
    m_fillUnit = make("actionAutoFillUnit", tr("Auto-&fill This Unit"));
    m_fillUnit->setIcon(style->standardIcon(QStyle::SP_MediaSeekForward));
    m_fillSelection = make("actionAutoFillSelection", tr("Auto-fill the &Selected Cells"));

    connect(m_newPeriod, &QAction::triggered, this, &RosterPage::newPeriod);
    connect(m_publish, &QAction::triggered, this,
            [this] { setPeriodStatus(PeriodStatus::Published); });
    connect(m_reopen, &QAction::triggered, this, [this] { setPeriodStatus(PeriodStatus::Draft); });
    connect(m_assign, &QAction::triggered, this,
            [this] { openPicker(m_gridView->currentIndex(), false); });
    connect(m_replace, &QAction::triggered, this, &RosterPage::replaceCurrentHolder);
    connect(m_remove, &QAction::triggered, this, &RosterPage::removeCurrentHolder);
    connect(m_history, &QAction::triggered, this, &RosterPage::showHistory);
    connect(m_swap, &QAction::triggered, this, &RosterPage::swapCurrentHolder);
    connect(m_fillPeriod, &QAction::triggered, this, [this] { autoFill(FillScope::Period); });
    connect(m_fillUnit, &QAction::triggered, this, [this] { autoFill(FillScope::Unit); });
    connect(m_fillSelection, &QAction::triggered, this, [this] { autoFill(FillScope::Selection); });
}

QList<QAction *> RosterPage::periodActions() const
{
    return {m_newPeriod, m_publish, m_reopen};
}

QList<QAction *> RosterPage::slotActions() const
{
    return {m_assign, m_replace, m_swap, m_remove, m_history};
}

QList<QAction *> RosterPage::fillActions() const
{
    return {m_fillUnit, m_fillSelection, m_fillPeriod};
}

void RosterPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        reload();
}

Id RosterPage::currentPeriodId() const
{
    return m_periodCombo->currentData().toLongLong();
}

Id RosterPage::currentUnitId() const
{
    return m_unitCombo->currentData().toLongLong();
}

void RosterPage::showPeriod(Id periodId)
{
    if (m_dirty)
        reload();
    const int i = m_periodCombo->findData(periodId);
    if (i >= 0)
        m_periodCombo->setCurrentIndex(i);
}

void RosterPage::showUnit(Id unitId)
{
    if (m_dirty)
        reload();
    m_tabs->setCurrentIndex(0);
    if (m_unitLoader->isBusy()) {
        m_pendingUnit = unitId; // chosen when the list is read
        return;
    }
    const int i = m_unitCombo->findData(unitId);
    if (i >= 0)
        m_unitCombo->setCurrentIndex(i);
}

void RosterPage::reload()
{
    m_dirty = false;
    reloadPeriods();
    reloadUnits();
    if (m_grid->periodId() == currentPeriodId() && m_grid->unitId() == currentUnitId())
        m_grid->reload();
    else
        m_grid->setRoster(currentPeriodId(), currentUnitId());
    m_coverage->setPeriod(currentPeriodId());
    reloadProblems();
    updateActions();
}

void RosterPage::reloadPeriods()
{
    const Id current = currentPeriodId();
    QList<DutyPeriod> periods;
    if (m_session.isOpen()) {
        if (const auto found = m_session.periods().periods())
            periods = found.value();
    }
    const QSignalBlocker blocker(m_periodCombo);
    m_periodCombo->clear();
    for (const DutyPeriod &p : std::as_const(periods)) {
        const QString text
            = tr("%1 (%2 – %3)").arg(p.title, Format::date(p.firstDay), Format::date(p.lastDay));
        m_periodCombo->addItem(p.status == PeriodStatus::Published ? tr("🔒 %1").arg(text) : text,
                               p.id);
    }
    int index = m_periodCombo->findData(current);
    if (index < 0 && !periods.isEmpty()) {
        // First show: the period running today, else the next one, else the latest.
        const QDate today = QDate::currentDate();
        index = int(periods.size()) - 1;
        for (int i = int(periods.size()) - 1; i >= 0; --i) {
            if (periods.at(i).lastDay >= today)
                index = i;
        }
    }
    m_periodCombo->setCurrentIndex(index);
}

void RosterPage::reloadUnits()
{
    if (m_session.isLarge()) {
        // Ten thousand units are read on a worker; the list shown meanwhile
        // is the last one, which an edit seldom changes.
        auto found = std::make_shared<QList<Unit>>();
        m_unitLoader->start(
            m_session.path(),
            [found](Database &db) {
                if (const auto units = DirectoryStore(db).units())
                    *found = units.value();
            },
            [this, found] {
                const Id shown = m_grid->unitId();
                showUnits(std::move(*found));
                if (m_pendingUnit != NoId) {
                    const int i = m_unitCombo->findData(m_pendingUnit);
                    m_pendingUnit = NoId;
                    if (i >= 0) {
                        const QSignalBlocker blocker(m_unitCombo);
                        m_unitCombo->setCurrentIndex(i);
                    }
                }
                if (currentUnitId() != shown)
                    unitChosen();
            });
        return;
    }
    m_unitLoader->cancel();
    QList<Unit> units;
    if (m_session.isOpen()) {
        if (const auto found = m_session.directory().units())
            units = found.value();
    }
    showUnits(std::move(units));
}

void RosterPage::showUnits(QList<Unit> units)
{
    const Id current = currentUnitId();
    QList<QPair<Id, QString>> choices;
    choices.reserve(units.size());
    for (const Unit &u : std::as_const(units)) {
        if (u.active)
            choices.append({u.id, u.name});
    }
    const QSignalBlocker blocker(m_unitCombo);
    // Most edits leave the units as they were: ten thousand of them are not
    // put in again. Otherwise they go in as one insertion, not one by one.
    if (choices != m_unitChoices || m_unitCombo->count() != choices.size()) {
        m_unitChoices = choices;
        m_unitCombo->clear();
        auto *model = qobject_cast<QStandardItemModel *>(m_unitCombo->model());
        QList<QStandardItem *> items;
        items.reserve(choices.size());
        for (const auto &[id, name] : std::as_const(choices)) {
            auto *item = new QStandardItem(name);
            item->setData(id, Qt::UserRole);
            items << item;
        }
        model->invisibleRootItem()->appendRows(items);
    }
    const int index = m_unitCombo->findData(current);
    m_unitCombo->setCurrentIndex(index >= 0 ? index : 0);
}

void RosterPage::reloadProblems()
{
    const Id periodId = currentPeriodId();
    if (!m_session.isOpen() || periodId == NoId) {
        m_checker->cancel();
        m_allProblems.clear();
        showProblems();
        return;
    }
    if (!m_session.isLarge()) {
        const auto found = RosterCheck::check(m_session.database(), periodId);
        m_allProblems = found ? found.value() : QList<RosterCheck::Problem>();
        showProblems();
        return;
    }
    // A national period takes seconds to check: on a worker, the list and
    // the grid's marks follow when it is done.
    m_problemsLabel->setText(tr("Checking the period…"));
    auto found
        = std::make_shared<Result<QList<RosterCheck::Problem>>>(QList<RosterCheck::Problem>());
    m_checker->start(
        m_session.path(),
        [found, periodId](Database &db) { *found = RosterCheck::check(db, periodId); },
        [this, found, periodId] {
            if (periodId != currentPeriodId())
                return;
            m_allProblems = *found ? found->value() : QList<RosterCheck::Problem>();
            showProblems();
        });
}

void RosterPage::showProblems()
{
    m_grid->setProblems(m_allProblems);
    const int kind = m_problemKind->currentData().toInt();
    QList<RosterCheck::Problem> shown;
    for (const RosterCheck::Problem &p : std::as_const(m_allProblems)) {
        if (kind >= 0 && int(p.kind) != kind)
            continue;
        if (m_problemsThisUnit->isChecked() && p.unitId != currentUnitId())
            continue;
        shown << p;
    }
    m_problems->setProblems(shown);
    m_problemsView->resizeColumnToContents(ProblemsModel::KindColumn);
    m_problemsView->resizeColumnToContents(ProblemsModel::DayColumn);
    m_problemsLabel->setText(m_allProblems.isEmpty() ? tr("<b>No problems</b> in this period.")
                                                     : tr("<b>%n problem(s)</b> in this period",
                                                          nullptr, int(m_allProblems.size()))
                                     + (shown.size() != m_allProblems.size()
                                            ? tr(", %n shown", nullptr, int(shown.size()))
                                            : QString()));
}

void RosterPage::periodChosen()
{
    m_grid->setRoster(currentPeriodId(), currentUnitId());
    m_coverage->setPeriod(currentPeriodId());
    reloadProblems();
    updateActions();
}

void RosterPage::unitChosen()
{
    m_grid->setRoster(currentPeriodId(), currentUnitId());
    showProblems(); // the same period: only what is shown changes
    updateActions();
}

void RosterPage::updateActions()
{
    const bool open = m_session.isOpen();
    const bool hasPeriod = open && m_grid->periodId() != NoId;
    const bool locked = hasPeriod && m_grid->isReadOnly();
    const bool editable = hasPeriod && !locked;
    m_newPeriod->setEnabled(open);
    m_publish->setEnabled(editable);
    m_reopen->setEnabled(locked);
    m_lockBanner->parentWidget()->setVisible(locked);
    m_statusLabel->setText(!hasPeriod ? QString() : locked ? tr("🔒 Published") : tr("Draft"));
    const RosterGridModel::Cell *cell = m_grid->cell(m_gridView->currentIndex());
    const bool cellEditable
        = editable && cell && (m_grid->flags(m_gridView->currentIndex()) & Qt::ItemIsEditable);
    m_assign->setEnabled(cellEditable);
    m_replace->setEnabled(cellEditable && !cell->holders.isEmpty());
    m_swap->setEnabled(cellEditable && !cell->holders.isEmpty());
    m_remove->setEnabled(cellEditable && !cell->holders.isEmpty());
    m_history->setEnabled(cell && !cell->holders.isEmpty());
    m_fillPeriod->setEnabled(editable);
    m_fillUnit->setEnabled(editable && m_grid->unitId() != NoId);
    m_fillSelection->setEnabled(editable && m_gridView->selectionModel()->hasSelection());
}

void RosterPage::warn(const QString &message)
{
    MessageBox::warning(this, tr("Duty Roster"), message);
}

void RosterPage::editCurrentCell()
{
    const QModelIndex index = m_gridView->currentIndex();
    const RosterGridModel::Cell *cell = m_grid->cell(index);
    if (!cell)
        return;
    if (m_grid->isReadOnly()) {
        emit statusMessage(tr("The period is published: reopen it to change the roster."));
        return;
    }
    if (m_session.isDutyMode()) {
        emit statusMessage(Database::dutyModeError().message());
        return;
    }
    const bool full = !cell->holders.isEmpty() && cell->holders.size() >= qMax(1, cell->required);
    openPicker(index, full);
}

void RosterPage::replaceCurrentHolder()
{
    openPicker(m_gridView->currentIndex(), true);
}

Status RosterPage::swapCurrentHolderWith(Id otherAssignmentId, const QString &reason)
{
    const RosterGridModel::Cell *cell = m_grid->cell(m_gridView->currentIndex());
    if (!cell || cell->holders.isEmpty() || m_grid->isReadOnly())
        return Error(Error::Code::Invalid, tr("Choose a filled slot first."));
    const Assignment mine = cell->holders.last();
    const Result<Assignment> other = m_session.periods().assignment(otherAssignmentId);
    if (!other)
        return other.error();
    return m_session.push(new SwapCommand(m_session, mine, other.value(), m_grid->holderName(mine),
                                          m_grid->holderName(other.value()), reason));
}

void RosterPage::swapCurrentHolder()
{
    const RosterGridModel::Cell *cell = m_grid->cell(m_gridView->currentIndex());
    if (!cell || cell->holders.isEmpty() || m_grid->isReadOnly())
        return;
    const Assignment mine = cell->holders.last();
    const Result<QList<Assignment>> candidates
        = m_session.periods().assignments(m_grid->periodId(), m_grid->unitId());
    if (!candidates)
        return warn(candidates.message());
    const Result<QList<Shift>> shifts = m_session.periods().shifts(m_grid->periodId());
    const Result<QList<DutyRole>> roles = m_session.periods().roles(m_grid->periodId());
    auto nameOf = [](const auto &list, Id id) {
        for (const auto &item : list)
            if (item.id == id)
                return item.name;
        return QString();
    };
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("swapDialog"));
    dialog.setWindowTitle(tr("Swap “%1” with…").arg(m_grid->holderName(mine)));
    auto *list = new QListWidget(&dialog);
    list->setObjectName(QStringLiteral("swapSlotList"));
    for (const Assignment &a : candidates.value()) {
        if (a.id == mine.id || a.personId == mine.personId)
            continue;
        auto *item = new QListWidgetItem(
            tr("%1 · %2 · %3: %4")
                .arg(Format::dateWithWeekday(a.day), nameOf(shifts.value(), a.shiftId),
                     nameOf(roles.value(), a.roleId), m_grid->holderName(a)),
            list);
        item->setData(Qt::UserRole, a.id);
    }
    auto *reason = new QLineEdit(&dialog);
    reason->setObjectName(QStringLiteral("swapReason"));
    reason->setPlaceholderText(tr("Why the two exchange their duty"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    auto *layout = new QFormLayout(&dialog);
    layout->addRow(tr("&Other slot:"), list);
    layout->addRow(tr("&Reason:"), reason);
    layout->addRow(buttons);
    auto update = [&] {
        buttons->button(QDialogButtonBox::Ok)
            ->setEnabled(list->currentItem() && !reason->text().trimmed().isEmpty());
    };
    connect(list, &QListWidget::currentRowChanged, &dialog, update);
    connect(reason, &QLineEdit::textChanged, &dialog, update);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    update();
    if (dialog.exec() != QDialog::Accepted || !list->currentItem())
        return;
    const Id other = list->currentItem()->data(Qt::UserRole).toLongLong();
    if (const Status s = swapCurrentHolderWith(other, reason->text()); !s)
        warn(s.message());
}

void RosterPage::openPicker(const QModelIndex &index, bool replace)
{
    const RosterGridModel::Cell *cell = m_grid->cell(index);
    if (!cell || !(m_grid->flags(index) & Qt::ItemIsEditable))
        return;
    if (replace && cell->holders.isEmpty())
        replace = false;
    Assignment slot;
    slot.periodId = m_grid->periodId();
    slot.unitId = m_grid->unitId();
    slot.day = cell->day;
    slot.shiftId = cell->shift.id;
    slot.roleId = cell->role.id;
    const Assignment holder = replace ? cell->holders.last() : Assignment();
    if (replace)
        slot = holder;
    const QString description = tr("%1 · %2 · %3 · %4")
                                    .arg(m_grid->unit().name, Format::dateWithWeekday(cell->day),
                                         cell->shift.name, cell->role.name);
    PersonPickerDialog picker(m_session, slot, cell->role.leaderRole, description,
                              replace ? m_grid->holderName(holder) : QString(), this);
    if (picker.exec() != QDialog::Accepted || picker.selectedPersonId() == NoId)
        return;
    EditCommand *command = nullptr;
    if (replace) {
        command = AssignmentCommand::replace(m_session, holder, picker.selectedPersonId(),
                                             picker.selectedName(), picker.reason());
    } else {
        Assignment a = slot;
        a.personId = picker.selectedPersonId();
        command = AssignmentCommand::assign(m_session, a, picker.selectedName());
    }
    if (const Status s = m_session.push(command); !s)
        warn(s.message());
    else
        m_gridView->setCurrentIndex(m_grid->indexOf(slot.day, slot.shiftId, slot.roleId));
}

void RosterPage::removeCurrentHolder()
{
    const RosterGridModel::Cell *cell = m_grid->cell(m_gridView->currentIndex());
    if (!cell || cell->holders.isEmpty() || m_grid->isReadOnly())
        return;
    const Assignment holder = cell->holders.last();
    if (const Status s = m_session.push(
            AssignmentCommand::unassign(m_session, holder, m_grid->holderName(holder)));
        !s)
        warn(s.message());
}

void RosterPage::showHistory()
{
    const RosterGridModel::Cell *cell = m_grid->cell(m_gridView->currentIndex());
    if (!cell || cell->holders.isEmpty())
        return;
    QStringList lines;
    RosterEdit edit(m_session.database());
    for (const Assignment &a : cell->holders) {
        const auto history = edit.history(a.id);
        if (!history)
            continue;
        for (const AssignmentHistoryEntry &e : history.value())
            lines << tr("%1: %2 was replaced (%3), by %4")
                         .arg(Format::dateTime(e.replacedAt), e.personName, e.reason, e.osUser);
        lines << tr("Now: %1").arg(m_grid->holderName(a));
    }
    MessageBox::information(this, tr("Slot History"), lines.join(QLatin1Char('\n')));
}

void RosterPage::showGridMenu(const QPoint &pos)
{
    updateActions();
    QMenu menu(this);
    menu.addActions(slotActions());
    menu.addSeparator();
    menu.addAction(m_fillSelection);
    menu.exec(m_gridView->viewport()->mapToGlobal(pos));
}

void RosterPage::newPeriod()
{
    QList<DutyPeriod> periods;
    if (const auto found = m_session.periods().periods())
        periods = found.value();
    PeriodDialog dialog(periods, QDate::currentDate(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    CreatePeriodCommand *command = nullptr;
    if (dialog.copySourceId() != NoId) {
        PeriodCopy::Options options;
        options.copyAssignments = dialog.copyAssignments();
        command
            = new CreatePeriodCommand(m_session, dialog.period(), dialog.copySourceId(), options);
    } else {
        command = new CreatePeriodCommand(m_session, dialog.period(), PeriodDialog::defaultShifts(),
                                          PeriodDialog::defaultRoles());
    }
    if (const Status s = m_session.push(command); !s) {
        warn(s.message());
        return;
    }
    showPeriod(command->periodId());
    if (const auto &report = command->copyReport()) {
        QString text = tr("Copied %n shift(s)", nullptr, report->shifts)
            + tr(", %n role(s)", nullptr, report->roles)
            + tr(" and %n assignment(s).", nullptr, report->assignments);
        if (!report->skipped.isEmpty()) {
            QStringList reasons;
            for (const PeriodCopy::Skipped &s : report->skipped.mid(0, 12))
                reasons << s.reason;
            text += QLatin1Char('\n')
                + tr("%n assignment(s) were not copied:", nullptr, int(report->skipped.size()))
                + QLatin1Char('\n') + reasons.join(QLatin1Char('\n'));
        }
        MessageBox::information(this, tr("Copy Period"), text);
    }
}

void RosterPage::setPeriodStatus(PeriodStatus status)
{
    const Result<DutyPeriod> period = m_session.periods().period(currentPeriodId());
    if (!period || period->status == status)
        return;
    if (const Status s = m_session.push(new PeriodStatusCommand(m_session, period.value(), status));
        !s)
        warn(s.message());
    else
        emit statusMessage(status == PeriodStatus::Published
                               ? tr("“%1” is published and locked.").arg(period->title)
                               : tr("“%1” is open for changes again.").arg(period->title));
}

void RosterPage::showProblem(const RosterCheck::Problem &problem)
{
    if (problem.periodId != currentPeriodId())
        showPeriod(problem.periodId);
    if (problem.unitId != currentUnitId())
        showUnit(problem.unitId);
    m_tabs->setCurrentIndex(0);
    const QModelIndex index = m_grid->indexOf(problem.day, problem.shiftId, problem.roleId);
    if (!index.isValid())
        return;
    m_gridView->setCurrentIndex(index);
    m_gridView->scrollTo(index);
    m_gridView->setFocus(Qt::OtherFocusReason);
}

void RosterPage::problemActivated(const QModelIndex &index)
{
    // A copy: showing another unit re-runs the check, which replaces the rows.
    if (const RosterCheck::Problem *p = m_problems->problem(index.row())) {
        const RosterCheck::Problem problem = *p;
        showProblem(problem);
    }
}

void RosterPage::overviewActivated(const QModelIndex &index)
{
    const Id unit = m_coverage->unitId(index.row());
    if (unit == NoId)
        return;
    const QDate day = m_coverage->day(index.column());
    showUnit(unit);
    if (day.isValid()) {
        for (int row = 0; row < m_grid->rowCount(); ++row) {
            const QModelIndex cell = m_grid->index(row, RosterGridModel::FirstRoleColumn);
            if (m_grid->cell(cell) && m_grid->cell(cell)->day == day) {
                m_gridView->setCurrentIndex(cell);
                m_gridView->scrollTo(cell);
                break;
            }
        }
    }
}

std::optional<AutoFill::Report> RosterPage::autoFill(FillScope scope)
{
    const Id periodId = currentPeriodId();
    const Id unitId = currentUnitId();
    if (periodId == NoId || m_grid->isReadOnly())
        return std::nullopt;
    QList<AutoFill::SlotRef> refs;
    if (scope == FillScope::Selection) {
        for (const QModelIndex &index : m_gridView->selectionModel()->selectedIndexes()) {
            if (const RosterGridModel::Cell *c = m_grid->cell(index))
                refs << AutoFill::SlotRef {unitId, c->day, c->shift.id, c->role.id, -1};
        }
        if (refs.isEmpty())
            return std::nullopt;
    }
    std::optional<AutoFill::Report> report;
    AutoFill::Control control;
    auto work = [&](Database &db) -> Status {
        AutoFill fill(db);
        Result<AutoFill::Report> r = scope == FillScope::Period ? fill.fillPeriod(periodId, control)
            : scope == FillScope::Unit                          ? fill.fillUnit(periodId, unitId)
                                                                : fill.fillSlots(periodId, refs);
        if (!r)
            return r.error();
        report = r.value();
        return {};
    };
    Status status;
    if (scope == FillScope::Period) {
        // A province's roster: off the UI thread, with progress and Cancel.
        // The fill is one transaction: a cancelled one is rolled back whole.
        JobProgress progress(tr("Filling the empty places of every unit…"), tr("Auto-fill"),
                             QStringLiteral("autoFillProgress"), this);
        progress.dialog()->setMinimumDuration(0);
        progress.cancelButton()->setObjectName(QStringLiteral("autoFillCancelButton"));
        progress.setStoppingText(tr("Cancelling the auto-fill…"));
        control = progress.control();
        status = BackgroundJob::run(m_session.path(), work, progress.dialog());
    } else {
        status = work(m_session.database());
    }
    if (!status && status.error().code() == Error::Code::Cancelled) {
        // Nothing was written: no undo step, nothing to reload.
        emit statusMessage(status.message());
        return std::nullopt;
    }
    if (!status) {
        warn(status.message());
        m_session.notifyChanged();
        return std::nullopt;
    }
    if (report->filled > 0) {
        const QString text = scope == FillScope::Period ? tr("Auto-fill the Period")
            : scope == FillScope::Unit ? tr("Auto-fill “%1”").arg(m_grid->unit().name)
                                       : tr("Auto-fill %n Cell(s)", nullptr, int(refs.size()));
        if (const Status s
            = m_session.push(new AutoFillCommand(m_session, text, periodId, report->assignments));
            !s)
            warn(s.message());
    }
    MessageBox::information(this, tr("Auto-fill"), fillSummary(*report));
    return report;
}

QString RosterPage::fillSummary(const AutoFill::Report &report)
{
    QString text = tr("Filled %n place(s).", nullptr, report.filled);
    if (!report.leftEmpty.isEmpty()) {
        text += QLatin1Char(' ')
            + tr("%n place(s) left empty:", nullptr, int(report.leftEmpty.size()));
        const int shown = 15;
        for (const AutoFill::EmptySlot &e : report.leftEmpty.mid(0, shown))
            text += QLatin1String("\n• ") + e.message;
        if (report.leftEmpty.size() > shown)
            text += QLatin1Char('\n')
                + tr("… and %n more.", nullptr, int(report.leftEmpty.size() - shown));
    } else {
        text += QLatin1Char(' ') + tr("No place is left empty.");
    }
    if (!report.loads.isEmpty())
        text += QLatin1String("\n\n")
            + tr("Max–min load per unit: %1 (weighted shifts; night shifts and Tết days weigh "
                 "more).")
                  .arg(Format::locale().toString(report.maxSpread, 'f', 1));
    return text;
}

} // namespace DutyDesk
