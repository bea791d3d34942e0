// The roster page on the sample: the grid, the person picker, the problems
// panel, auto-fill, the overview, periods, and the export dialog and print
// preview of the main window. Everything goes through the real window's
// actions and dialogs, offscreen.

#include "AppSettings.h"
#include "CoverageModel.h"
#include "ExportDialog.h"
#include "FileDialog.h"
#include "GuiTestSupport.h"
#include "Lookup.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "PeriodDialog.h"
#include "PersonPickerDialog.h"
#include "PersonPickerModel.h"
#include "PrintPreviewDialog.h"
#include "PrintableDocument.h"
#include "ProblemsModel.h"
#include "RosterEdit.h"
#include "RosterGridModel.h"
#include "RosterPage.h"
#include "SampleData.h"
#include "Session.h"
#include "TemplateExport.h"
#include "VietnameseText.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPrintDialog>
#include <QProgressBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <algorithm>
#include <functional>
#include <memory>
#include <utility>

using namespace DutyDesk;
using namespace GuiTestSupport;

class TestRoster : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void gridShowsAUnitsRoster();
    void assignThroughThePickerWithUndoRedo();
    void modelSetDataIsUndoable();
    void replaceKeepsTheFormerHolderAndUndoes();
    void swapTwoHoldersWithUndo();
    void problemsPanelListsTheSampleAndJumpsToTheCell();
    void autoFillUnitThenUndo();
    void autoFillPeriodOffTheUiThread();
    void autoFillPeriodCancelChangesNothing();
    void autoFillUndoOfALargeFileIsOffTheUiThread();
    void largePeriodIsCheckedOffTheUiThread();
    void largeOverviewAndUnitListAreReadOffTheUiThread();
    void overviewColoursCoverage();
    void publishedPeriodIsReadOnly();
    void newPeriodFromAHolidayProposal();
    void copyPeriodFromAnEarlierOne();
    void exportPdfThroughTheDialog();
    void exportTemplateThroughTheDialog();
    void printPreviewOpens();
    void printPreviewShowsFirstUnits();
    void printingRunsOnAWorker();

private:
    QAction *action(const char *name) const;
    Id unitId(const char *name) const;
    int printAudits() const;
    int gaps(Id unit) const;
    int assignmentCount(Id unit = NoId) const;
    /// Every row of `table`, as text: equal dumps, equal tables.
    QByteArray dump(const char *table) const;
    /// The roster's tables and the audit log.
    QByteArray dumpRoster() const;
    int auditCount() const;
    RosterPage *page() const { return m_window->rosterPage(); }
    RosterGridModel *grid() const { return page()->gridModel(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<MainWindow> m_window;
    QList<QAbstractItemModelTester *> m_testers;
    QString m_dbPath;
    Id m_periodId = NoId;
    ModalWatchdog m_watchdog;
};

void TestRoster::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_watchdog.start(5000,
                     {QStringLiteral("autoFillProgress"), QStringLiteral("exportProgress"),
                      QStringLiteral("printLoadProgress"), QStringLiteral("printProgress")});
}

void TestRoster::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_dbPath = m_dir->filePath(QStringLiteral("sample.db"));
    {
        Database db;
        QVERIFY(db.open(m_dbPath).ok());
        const Status built = SampleData::build(db);
        QVERIFY2(built.ok(), qPrintable(built.message()));
    }
    m_settings = std::make_unique<AppSettings>(m_dir->filePath(QStringLiteral("settings.ini")));
    m_window = std::make_unique<MainWindow>(*m_settings);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->openDatabase(m_dbPath, false));
    m_window->showView(MainWindow::View::Roster);
    for (QAbstractItemModel *model : {static_cast<QAbstractItemModel *>(grid()),
                                      static_cast<QAbstractItemModel *>(page()->problemsModel()),
                                      static_cast<QAbstractItemModel *>(page()->coverageModel())})
        m_testers << new QAbstractItemModelTester(
            model, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
    const Result<DutyPeriod> period
        = Lookup::period(m_window->session()->database(), u8(SampleData::PeriodTitle));
    QVERIFY(period.ok());
    m_periodId = period->id;
    page()->showPeriod(m_periodId);
    QCOMPARE(page()->currentPeriodId(), m_periodId);
}

void TestRoster::cleanup()
{
    const QStringList unexpected = m_watchdog.takeUnexpected();
    qDeleteAll(m_testers);
    m_testers.clear();
    m_window.reset();
    m_settings.reset();
    m_dir.reset();
    QVERIFY2(unexpected.isEmpty(), qPrintable(unexpected.join(QStringLiteral("; "))));
}

QAction *TestRoster::action(const char *name) const
{
    auto *found = m_window->findChild<QAction *>(QString::fromLatin1(name));
    if (!found)
        qWarning("no action %s", name);
    return found;
}

int TestRoster::printAudits() const
{
    QSqlQuery q(m_window->session()->database().connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'print'"))
        || !q.next())
        qFatal("counting print records failed");
    return q.value(0).toInt();
}

Id TestRoster::unitId(const char *name) const
{
    const Result<Unit> unit = Lookup::unit(m_window->session()->database(), u8(name));
    return unit ? unit->id : NoId;
}

int TestRoster::gaps(Id unit) const
{
    const auto problems = RosterCheck::check(m_window->session()->database(), m_periodId, unit);
    int count = 0;
    for (const RosterCheck::Problem &p : problems.value())
        count += p.kind == RosterCheck::Kind::Gap;
    return count;
}

int TestRoster::assignmentCount(Id unit) const
{
    return int(m_window->session()->periods().assignments(m_periodId, unit)->size());
}

QByteArray TestRoster::dump(const char *table) const
{
    QSqlQuery q(m_window->session()->database().connection());
    if (!q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(QLatin1String(table))))
        qFatal("dump failed");
    QByteArray result;
    while (q.next()) {
        for (int i = 0; i < q.record().count(); ++i)
            result += q.value(i).toString().toUtf8() + (q.value(i).isNull() ? "\x01" : "\x02");
        result += '\n';
    }
    return result;
}

QByteArray TestRoster::dumpRoster() const
{
    return dump("assignments") + "--\n" + dump("assignment_history") + "--\n" + dump("audit_log");
}

int TestRoster::auditCount() const
{
    QSqlQuery q(m_window->session()->database().connection());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log")) || !q.next())
        qFatal("count failed");
    return q.value(0).toInt();
}

/// Holds the database's write lock from a connection of its own: an auto-fill
/// started meanwhile waits on its worker, so that a test sees its dialog.
class WriteLock
{
public:
    explicit WriteLock(const QString &path)
    {
        if (!m_db.open(path, Database::OpenMode::MustExist)
            || !QSqlQuery(m_db.connection()).exec(QStringLiteral("BEGIN IMMEDIATE")))
            qFatal("no write lock");
        m_held = true;
    }
    ~WriteLock() { release(); }
    void release()
    {
        if (std::exchange(m_held, false))
            QSqlQuery(m_db.connection()).exec(QStringLiteral("ROLLBACK"));
    }

private:
    Database m_db;
    bool m_held = false;
};

// ---- the grid -----------------------------------------------------------------

void TestRoster::gridShowsAUnitsRoster()
{
    const Id school = unitId(SampleData::QuerySchoolName);
    page()->showUnit(school);
    QCOMPARE(page()->currentUnitId(), school);
    QCOMPARE(grid()->unitId(), school);
    // 29/4–3/5: five days, two shifts each; day, shift and four roles.
    QCOMPARE(grid()->rowCount(), 10);
    QCOMPARE(grid()->columnCount(), RosterGridModel::FirstRoleColumn + 4);
    QCOMPARE(grid()->headerData(RosterGridModel::FirstRoleColumn, Qt::Horizontal).toString(),
             u8(SampleData::LeaderRoleName));
    const QString firstDay = grid()->index(0, RosterGridModel::DayColumn).data().toString();
    QVERIFY2(firstDay.contains(QStringLiteral("29/04/2023")), qPrintable(firstDay));
    // The second row is the night shift of the same day: the day is not repeated.
    QVERIFY(grid()->index(1, RosterGridModel::DayColumn).data().toString().isEmpty());
    QVERIFY(grid()
                ->index(1, RosterGridModel::ShiftColumn)
                .data()
                .toString()
                .contains(QStringLiteral("17:00–07:30")));
    // Every place of this school is filled: a name and a number in each cell.
    const QModelIndex leader = grid()->index(0, RosterGridModel::FirstRoleColumn);
    QCOMPARE(leader.data(RosterGridModel::HolderCountRole).toInt(), 1);
    QVERIFY(leader.data().toString().contains(QStringLiteral("☎ 0")));
    QVERIFY(grid()->flags(leader) & Qt::ItemIsEditable);

    // During Tết a row shows the lunar date.
    QVERIFY(RosterGridModel::dayLabel(QDate(2026, 2, 17)).contains(u8("mùng 1 Tết")));
    QVERIFY(RosterGridModel::tetLabel(QDate(2023, 4, 30)).isEmpty());
}

void TestRoster::assignThroughThePickerWithUndoRedo()
{
    const Id school = unitId(SampleData::UnfilledSchoolName);
    page()->showUnit(school);
    QCOMPARE(assignmentCount(school), 0);
    const int gapsBefore = gaps(school);
    const int problemsBefore = page()->problemsModel()->rowCount();
    QVERIFY(gapsBefore > 0);

    // A leader of the school for the leader role of the first day shift.
    const QList<Person> people = m_window->session()->directory().people(school).value();
    auto leader
        = std::find_if(people.begin(), people.end(), [](const Person &p) { return p.leader; });
    QVERIFY(leader != people.end());
    const Person chosen = *leader;

    const QModelIndex cell = grid()->index(0, RosterGridModel::FirstRoleColumn);
    page()->gridView()->setCurrentIndex(cell);
    bool shown = false;
    whenDialogShows<PersonPickerDialog>([&](PersonPickerDialog *picker) {
        shown = true;
        QVERIFY(picker->model()->candidateCount() >= 3);
        // Typed without diacritics, the list narrows to the person.
        QTest::keyClicks(picker->searchEdit(), VietnameseText::fold(chosen.fullName));
        QCOMPARE(picker->model()->rowCount(), 1);
        QCOMPARE(picker->selectedPersonId(), chosen.id);
        const QString load
            = picker->model()->index(0, PersonPickerModel::LoadColumn).data().toString();
        QVERIFY2(load.startsWith(QLatin1Char('0')), qPrintable(load));
    });
    action("actionAssignPerson")->trigger();
    QVERIFY(shown);
    QCOMPARE(grid()
                 ->index(0, RosterGridModel::FirstRoleColumn)
                 .data(RosterGridModel::HolderCountRole)
                 .toInt(),
             1);
    QVERIFY(grid()
                ->index(0, RosterGridModel::FirstRoleColumn)
                .data()
                .toString()
                .contains(chosen.fullName));
    QCOMPARE(gaps(school), gapsBefore - 1);
    // The problems panel is current: one gap fewer.
    QCOMPARE(page()->problemsModel()->rowCount(), problemsBefore - 1);

    // Now the person is on duty at that time: the picker of the next role says so.
    page()->gridView()->setCurrentIndex(grid()->index(0, RosterGridModel::FirstRoleColumn + 1));
    whenDialogShows<PersonPickerDialog>([&](PersonPickerDialog *picker) {
        const int row = picker->model()->rowOfPerson(chosen.id);
        QVERIFY(row >= 0);
        QVERIFY(!picker->model()->candidate(row)->available);
        QVERIFY(!picker->selectPerson(chosen.id));
        picker->reject();
    });
    action("actionAssignPerson")->trigger();

    QUndoStack *stack = m_window->session()->undoStack();
    QVERIFY(stack->undoText().contains(chosen.fullName));
    action("actionUndo")->trigger();
    QCOMPARE(assignmentCount(school), 0);
    QCOMPARE(grid()
                 ->index(0, RosterGridModel::FirstRoleColumn)
                 .data(RosterGridModel::HolderCountRole)
                 .toInt(),
             0);
    QCOMPARE(page()->problemsModel()->rowCount(), problemsBefore);
    action("actionRedo")->trigger();
    QCOMPARE(assignmentCount(school), 1);
    QCOMPARE(page()->problemsModel()->rowCount(), problemsBefore - 1);

    // Remove from duty, and undo that.
    page()->gridView()->setCurrentIndex(grid()->index(0, RosterGridModel::FirstRoleColumn));
    action("actionRemoveFromDuty")->trigger();
    QCOMPARE(assignmentCount(school), 0);
    action("actionUndo")->trigger();
    QCOMPARE(assignmentCount(school), 1);
    // The slot came back with a new id: undoing the assignment still finds it.
    action("actionUndo")->trigger();
    QCOMPARE(assignmentCount(school), 0);
}

void TestRoster::modelSetDataIsUndoable()
{
    const Id school = unitId(SampleData::UnfilledSchoolName);
    page()->showUnit(school);
    const QList<Person> people = m_window->session()->directory().people(school).value();
    auto officer
        = std::find_if(people.begin(), people.end(), [](const Person &p) { return !p.leader; });
    QVERIFY(officer != people.end());
    const QModelIndex cell = grid()->index(3, RosterGridModel::FirstRoleColumn + 1);
    QSignalSpy changed(grid(), &QAbstractItemModel::dataChanged);
    QVERIFY(grid()->setData(cell, officer->id));
    QVERIFY(!changed.isEmpty());
    QCOMPARE(grid()->cell(cell)->holders.size(), 1);
    QCOMPARE(grid()->cell(cell)->holders.first().personId, officer->id);
    // The same person twice in one place is refused.
    QVERIFY(!grid()->setData(cell, officer->id));
    m_window->session()->undoStack()->undo();
    QCOMPARE(grid()->cell(cell)->holders.size(), 0);
    m_window->session()->undoStack()->redo();
    QCOMPARE(grid()->cell(cell)->holders.size(), 1);
    // NoId removes the holder.
    QVERIFY(grid()->setData(cell, NoId));
    QCOMPARE(grid()->cell(cell)->holders.size(), 0);
}

void TestRoster::replaceKeepsTheFormerHolderAndUndoes()
{
    const Id school = unitId(SampleData::QuerySchoolName);
    page()->showUnit(school);
    // The last day's day shift, officer role.
    const QModelIndex cell = grid()->index(8, RosterGridModel::FirstRoleColumn + 1);
    const Assignment before = grid()->cell(cell)->holders.first();
    page()->gridView()->setCurrentIndex(cell);
    Id newPerson = NoId;
    whenDialogShows<PersonPickerDialog>([&](PersonPickerDialog *picker) {
        auto *reason = picker->findChild<QLineEdit *>(QStringLiteral("replaceReasonEdit"));
        QVERIFY(reason);
        for (int row = 0; row < picker->model()->rowCount(); ++row) {
            const PersonPickerModel::Candidate *c = picker->model()->candidate(row);
            if (c->available && c->person.id != before.personId && !c->person.leader) {
                newPerson = c->person.id;
                break;
            }
        }
        QVERIFY(picker->selectPerson(newPerson));
        // No reason, no OK.
        QVERIFY(
            !picker->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
        reason->setText(QStringLiteral("Ốm"));
    });
    action("actionReplacePerson")->trigger();
    QVERIFY(newPerson != NoId);
    QCOMPARE(grid()->cell(cell)->holders.first().personId, newPerson);
    const auto history = RosterEdit(m_window->session()->database()).history(before.id);
    QCOMPARE(history->size(), 1);
    QCOMPARE(history->first().personId, before.personId);
    QCOMPARE(history->first().reason, QStringLiteral("Ốm"));
    action("actionUndo")->trigger();
    QCOMPARE(grid()->cell(cell)->holders.first().personId, before.personId);
    action("actionRedo")->trigger();
    QCOMPARE(grid()->cell(cell)->holders.first().personId, newPerson);
}

// ---- problems -----------------------------------------------------------------

void TestRoster::problemsPanelListsTheSampleAndJumpsToTheCell()
{
    ProblemsModel *problems = page()->problemsModel();
    int gapRow = -1;
    int doubleRow = -1;
    for (int row = 0; row < problems->rowCount(); ++row) {
        const RosterCheck::Problem *p = problems->problem(row);
        if (p->kind == RosterCheck::Kind::Gap && p->unitName == u8(SampleData::GapUnitName)
            && p->day == QDate::fromString(QString::fromLatin1(SampleData::GapDay), Qt::ISODate))
            gapRow = row;
        if (p->kind == RosterCheck::Kind::DoubleBooking && doubleRow < 0)
            doubleRow = row;
    }
    QVERIFY(gapRow >= 0);
    QVERIFY(doubleRow >= 0);

    // Only double bookings: the sample's one.
    auto *kind = page()->findChild<QComboBox *>(QStringLiteral("problemKindCombo"));
    kind->setCurrentIndex(kind->findData(int(RosterCheck::Kind::DoubleBooking)));
    QCOMPARE(problems->rowCount(), 1);
    const QString message = problems->index(0, ProblemsModel::MessageColumn).data().toString();
    QVERIFY2(message.contains(u8(SampleData::DoubleBookedOtherUnitName))
                 || message.contains(u8(SampleData::DoubleBookedSchoolName)),
             qPrintable(message));
    kind->setCurrentIndex(0);

    // A click on the gap opens the gap unit's grid at the cell.
    page()->showUnit(unitId(SampleData::QuerySchoolName));
    QTableView *view = page()->problemsView();
    view->scrollTo(problems->index(gapRow, 0));
    QTest::mouseClick(
        view->viewport(), Qt::LeftButton, {},
        view->visualRect(problems->index(gapRow, ProblemsModel::KindColumn)).center());
    const RosterCheck::Problem gap = *problems->problem(gapRow);
    QCOMPARE(page()->currentUnitId(), unitId(SampleData::GapUnitName));
    QCOMPARE(page()->tabs()->currentIndex(), 0);
    const QModelIndex current = page()->gridView()->currentIndex();
    QVERIFY(current.isValid());
    QCOMPARE(current, grid()->indexOf(gap.day, gap.shiftId, gap.roleId));
    QCOMPARE(grid()->cell(current)->role.name, u8(SampleData::GapRoleName));
    QCOMPARE(grid()->cell(current)->shift.name, u8(SampleData::GapShiftName));
    QVERIFY(current.data(Qt::ToolTipRole).toString().contains(QStringLiteral("⚠")));

    // The double booking, clicked, shows its cell coloured as a clash.
    const int row = [&] {
        for (int r = 0; r < problems->rowCount(); ++r) {
            if (problems->problem(r)->kind == RosterCheck::Kind::DoubleBooking)
                return r;
        }
        return -1;
    }();
    view->scrollTo(problems->index(row, 0));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                      view->visualRect(problems->index(row, ProblemsModel::KindColumn)).center());
    QCOMPARE(page()->currentUnitId(), problems->problem(row)->unitId);
    const QVariantList kinds
        = page()->gridView()->currentIndex().data(RosterGridModel::ProblemKindsRole).toList();
    QVERIFY(kinds.contains(int(RosterCheck::Kind::DoubleBooking)));
}

// ---- auto-fill ----------------------------------------------------------------

void TestRoster::autoFillUnitThenUndo()
{
    const Id school = unitId(SampleData::UnfilledSchoolName);
    page()->showUnit(school);
    QVERIFY(gaps(school) > 0);
    const int before = assignmentCount();
    MessageBox::setNextAnswer(MessageBox::Ok);
    action("actionAutoFillUnit")->trigger();
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("Filled")),
             qPrintable(MessageBox::lastText()));
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("Max–min load per unit")));
    const int filled = assignmentCount(school);
    QVERIFY(filled > 0);
    QCOMPARE(gaps(school), 0);
    QCOMPARE(assignmentCount(), before + filled);
    QCOMPARE(grid()
                 ->index(0, RosterGridModel::FirstRoleColumn)
                 .data(RosterGridModel::HolderCountRole)
                 .toInt(),
             1);

    action("actionUndo")->trigger();
    QCOMPARE(assignmentCount(school), 0);
    QCOMPARE(assignmentCount(), before);
    QCOMPARE(grid()
                 ->index(0, RosterGridModel::FirstRoleColumn)
                 .data(RosterGridModel::HolderCountRole)
                 .toInt(),
             0);
    action("actionRedo")->trigger();
    QCOMPARE(assignmentCount(school), filled);
    QCOMPARE(gaps(school), 0);

    // A selection: just the cells chosen.
    action("actionUndo")->trigger();
    QItemSelectionModel *selection = page()->gridView()->selectionModel();
    selection->select(grid()->index(2, RosterGridModel::FirstRoleColumn),
                      QItemSelectionModel::Select);
    selection->select(grid()->index(2, RosterGridModel::FirstRoleColumn + 1),
                      QItemSelectionModel::Select);
    MessageBox::setNextAnswer(MessageBox::Ok);
    action("actionAutoFillSelection")->trigger();
    QCOMPARE(assignmentCount(school), 2);
}

void TestRoster::autoFillPeriodOffTheUiThread()
{
    QUndoStack *undo = m_window->session()->undoStack();
    const int before = assignmentCount();
    const int steps = undo->count();
    // The worker waits for the lock until the dialog has been looked at.
    WriteLock lock(m_dbPath);
    QList<int> values;
    int maximum = 0;
    bool cancellable = false;
    QTimer::singleShot(0, this, [&] {
        auto *progress = page()->findChild<QProgressDialog *>(QStringLiteral("autoFillProgress"));
        lock.release();
        QVERIFY(progress);
        QVERIFY(progress->isVisible());
        auto *cancel = progress->findChild<QPushButton *>(QStringLiteral("autoFillCancelButton"));
        cancellable = cancel && cancel->isVisible() && cancel->isEnabled();
        auto *bar = progress->findChild<QProgressBar *>();
        QVERIFY(bar);
        connect(bar, &QProgressBar::valueChanged, progress, [&values, &maximum, bar](int value) {
            values << value;
            maximum = bar->maximum();
        });
    });
    MessageBox::setNextAnswer(MessageBox::Ok);
    action("actionAutoFillPeriod")->trigger();
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("Filled")),
             qPrintable(MessageBox::lastText()));
    const int filled = assignmentCount() - before;
    QVERIFY(filled > 100);
    QCOMPARE(gaps(unitId(SampleData::UnfilledSchoolName)), 0);
    QVERIFY(cancellable);
    // Determinate: places planned, then written, up to the total.
    QVERIFY(values.size() > 2);
    QVERIFY2(maximum >= 2 * filled, qPrintable(QString::number(maximum)));
    QVERIFY(std::is_sorted(values.cbegin(), values.cend()));
    QCOMPARE(values.last(), maximum);

    // One undo step, undone and done again.
    QCOMPARE(undo->count(), steps + 1);
    action("actionUndo")->trigger();
    QCOMPARE(assignmentCount(), before);
    action("actionRedo")->trigger();
    QCOMPARE(assignmentCount(), before + filled);
    QCOMPARE(gaps(unitId(SampleData::UnfilledSchoolName)), 0);
}

void TestRoster::autoFillPeriodCancelChangesNothing()
{
    QUndoStack *undo = m_window->session()->undoStack();
    const int before = assignmentCount();
    const int steps = undo->count();
    const QByteArray saved = dumpRoster();
    const QString lastMessage = MessageBox::lastText();
    QSignalSpy status(page(), &RosterPage::statusMessage);
    WriteLock lock(m_dbPath);
    bool stayedUp = false;
    bool buttonOff = false;
    QTimer::singleShot(0, this, [&] {
        auto *progress = page()->findChild<QProgressDialog *>(QStringLiteral("autoFillProgress"));
        auto *cancel = progress
            ? progress->findChild<QPushButton *>(QStringLiteral("autoFillCancelButton"))
            : nullptr;
        if (cancel)
            cancel->click();
        // Until the worker has stopped the window stays blocked.
        stayedUp = progress && progress->isVisible();
        buttonOff = cancel && !cancel->isEnabled();
        lock.release();
    });
    action("actionAutoFillPeriod")->trigger();
    QVERIFY(stayedUp);
    QVERIFY(buttonOff);
    // Nothing written, nothing to undo, no summary; the status bar says so.
    QCOMPARE(assignmentCount(), before);
    QVERIFY(dumpRoster() == saved);
    QCOMPARE(undo->count(), steps);
    QCOMPARE(MessageBox::lastText(), lastMessage);
    QCOMPARE(status.count(), 1);
    const QString said = status.first().first().toString();
    QVERIFY2(said.contains(QStringLiteral("cancelled")) && said.contains(QStringLiteral("nothing")),
             qPrintable(said));
    QCOMPARE(m_window->statusBar()->currentMessage(), said);

    // The next fill runs to the end.
    MessageBox::setNextAnswer(MessageBox::Ok);
    action("actionAutoFillPeriod")->trigger();
    QVERIFY(assignmentCount() > before + 100);
    QCOMPARE(undo->count(), steps + 1);
}

void TestRoster::autoFillUndoOfALargeFileIsOffTheUiThread()
{
    Session *session = m_window->session();
    session->setBackgroundCheckFrom(0); // the sample counts as a large file
    QVERIFY(m_window->openDatabase(m_dbPath, false));
    session->waitForBackgroundWork();
    QVERIFY(session->isLarge());
    page()->showPeriod(m_periodId);
    const int before = assignmentCount();
    const QByteArray saved = dump("assignments");
    MessageBox::setNextAnswer(MessageBox::Ok);
    action("actionAutoFillPeriod")->trigger();
    const int after = assignmentCount();
    QVERIFY(after > before + 100);
    const int audits = auditCount();

    // Undo and redo are written by a worker's connection: the session sees
    // them as changes from outside its own.
    session->checkForOutsideChanges();
    QSignalSpy outside(session, &Session::changedOutside);
    action("actionUndo")->trigger();
    QCOMPARE(assignmentCount(), before);
    QVERIFY(dump("assignments") == saved);
    session->checkForOutsideChanges();
    QCOMPARE(outside.count(), 1);
    // As if removed one by one: a record per slot.
    QCOMPARE(auditCount(), audits + (after - before));
    action("actionRedo")->trigger();
    QCOMPARE(assignmentCount(), after);
    session->checkForOutsideChanges();
    QCOMPARE(outside.count(), 2);
    QCOMPARE(auditCount(), audits + 2 * (after - before));
    QCOMPARE(gaps(unitId(SampleData::UnfilledSchoolName)), 0);
    action("actionUndo")->trigger();
    QCOMPARE(assignmentCount(), before);
}

void TestRoster::largePeriodIsCheckedOffTheUiThread()
{
    Session *session = m_window->session();
    session->setBackgroundCheckFrom(0); // the sample counts as a large file
    QVERIFY(m_window->openDatabase(m_dbPath, false));
    session->waitForBackgroundWork();
    QVERIFY(session->isLarge());
    ProblemsModel *problems = page()->problemsModel();
    auto *label = page()->findChild<QLabel *>(QStringLiteral("problemsLabel"));
    QVERIFY(label);
    page()->showPeriod(m_periodId);
    // The check runs on a worker: the window says so, then lists what it found.
    QVERIFY2(label->text().contains(QStringLiteral("Checking")), qPrintable(label->text()));
    QTRY_VERIFY_WITH_TIMEOUT(problems->rowCount() > 0, 30000);
    QVERIFY(!label->text().contains(QStringLiteral("Checking")));
    const int before = problems->rowCount();

    // An edit is checked again, off the UI thread too.
    const Id unit = unitId(SampleData::QuerySchoolName);
    page()->showUnit(unit);
    const QList<Assignment> held = session->periods().assignments(m_periodId, unit).value();
    QVERIFY(!held.isEmpty());
    QVERIFY(session->periods().unassign(held.first().id).ok());
    session->notifyChanged();
    QTRY_COMPARE_WITH_TIMEOUT(problems->rowCount(), before + 1, 30000);
}

void TestRoster::largeOverviewAndUnitListAreReadOffTheUiThread()
{
    Session *session = m_window->session();
    session->setBackgroundCheckFrom(0); // the sample counts as a large file
    QVERIFY(m_window->openDatabase(m_dbPath, false));
    session->waitForBackgroundWork();
    QVERIFY(session->isLarge());
    CoverageModel *coverage = page()->coverageModel();
    page()->showPeriod(m_periodId);
    coverage->waitForLoad();
    const int rows = coverage->rowCount();
    QVERIFY(rows > 60);
    // The overview's counts come from a worker; the rows shown stay meanwhile.
    coverage->reload();
    QVERIFY(coverage->isLoading());
    QCOMPARE(coverage->rowCount(), rows);
    coverage->waitForLoad();
    QVERIFY(!coverage->isLoading());
    QCOMPARE(coverage->rowCount(), rows);
    const int row = coverage->rowOfUnit(unitId(SampleData::UnfilledSchoolName));
    QVERIFY(row >= 0);
    QCOMPARE(
        CoverageModel::Coverage(coverage->index(row, 1).data(CoverageModel::CoverageRole).toInt()),
        CoverageModel::Coverage::Empty);

    // After an edit the unit list is read on a worker too; the one shown
    // meanwhile stays, and so does the chosen unit.
    auto *combo = page()->findChild<QComboBox *>(QStringLiteral("unitCombo"));
    QVERIFY(combo);
    const Id unit = unitId(SampleData::QuerySchoolName);
    page()->showUnit(unit);
    QTRY_COMPARE_WITH_TIMEOUT(grid()->unitId(), unit, 30000);
    Unit renamed = session->directory().unit(unit).value();
    renamed.name = QStringLiteral("Trường THPT Tên Mới");
    QVERIFY(session->directory().updateUnit(renamed).ok());
    const int count = combo->count();
    session->notifyChanged();
    QCOMPARE(combo->count(), count);
    QTRY_VERIFY_WITH_TIMEOUT(combo->findText(renamed.name) >= 0, 30000);
    QCOMPARE(combo->count(), count);
    QCOMPARE(page()->currentUnitId(), unit);
    QCOMPARE(grid()->unitId(), unit);
}

// ---- overview -----------------------------------------------------------------

void TestRoster::overviewColoursCoverage()
{
    CoverageModel *coverage = page()->coverageModel();
    QVERIFY(coverage->rowCount() > 60);
    QCOMPARE(coverage->columnCount(), 1 + 5);
    auto coverageOf = [&](const char *unit, int day) {
        const int row = coverage->rowOfUnit(unitId(unit));
        return CoverageModel::Coverage(
            coverage->index(row, 1 + day).data(CoverageModel::CoverageRole).toInt());
    };
    QCOMPARE(coverageOf(SampleData::UnfilledSchoolName, 0), CoverageModel::Coverage::Empty);
    QCOMPARE(coverageOf(SampleData::QuerySchoolName, 0), CoverageModel::Coverage::Full);
    // The gap unit: full except the day of its gap.
    const int gapDay
        = int(QDate::fromString(QString::fromLatin1(SampleData::PeriodFirstDay), Qt::ISODate)
                  .daysTo(QDate::fromString(QString::fromLatin1(SampleData::GapDay), Qt::ISODate)));
    QCOMPARE(coverageOf(SampleData::GapUnitName, 0), CoverageModel::Coverage::Full);
    QCOMPARE(coverageOf(SampleData::GapUnitName, gapDay), CoverageModel::Coverage::Partial);
    const int row = coverage->rowOfUnit(unitId(SampleData::UnfilledSchoolName));
    QCOMPARE(coverage->index(row, 1).data(Qt::BackgroundRole).value<QBrush>().color(),
             CoverageModel::color(CoverageModel::Coverage::Empty));

    // Filter by kind: only schools.
    auto *kind = page()->findChild<QComboBox *>(QStringLiteral("overviewKindCombo"));
    kind->setCurrentIndex(kind->findData(int(UnitKind::School)));
    QCOMPARE(coverage->rowCount(), SampleData::SchoolCount);

    // A double-click opens that unit's roster at the day.
    page()->tabs()->setCurrentIndex(1);
    QTableView *view = page()->overviewView();
    const int schoolRow = coverage->rowOfUnit(unitId(SampleData::UnfilledSchoolName));
    const QModelIndex day = coverage->index(schoolRow, 1 + 2);
    view->scrollTo(day);
    // A view emits doubleClicked for the index pressed first.
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(day).center());
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(day).center());
    QCOMPARE(page()->tabs()->currentIndex(), 0);
    QCOMPARE(page()->currentUnitId(), unitId(SampleData::UnfilledSchoolName));
    QCOMPARE(grid()->cell(page()->gridView()->currentIndex())->day, coverage->day(1 + 2));

    // After an auto-fill the school turns full.
    MessageBox::setNextAnswer(MessageBox::Ok);
    action("actionAutoFillUnit")->trigger();
    const int filledRow = coverage->rowOfUnit(unitId(SampleData::UnfilledSchoolName));
    QCOMPARE(CoverageModel::Coverage(
                 coverage->index(filledRow, 1).data(CoverageModel::CoverageRole).toInt()),
             CoverageModel::Coverage::Full);
}

// ---- periods ------------------------------------------------------------------

void TestRoster::publishedPeriodIsReadOnly()
{
    page()->showUnit(unitId(SampleData::UnfilledSchoolName));
    const QModelIndex cell = grid()->index(0, RosterGridModel::FirstRoleColumn);
    QVERIFY(grid()->flags(cell) & Qt::ItemIsEditable);
    action("actionPublishPeriod")->trigger();
    QCOMPARE(m_window->session()->periods().period(m_periodId)->status, PeriodStatus::Published);
    QVERIFY(grid()->isReadOnly());
    QVERIFY(
        !(grid()->flags(grid()->index(0, RosterGridModel::FirstRoleColumn)) & Qt::ItemIsEditable));
    QVERIFY(!grid()->setData(grid()->index(0, RosterGridModel::FirstRoleColumn), Id(1)));
    QVERIFY(page()->findChild<QLabel *>(QStringLiteral("lockBanner"))->isVisible());
    QVERIFY(!action("actionAutoFillUnit")->isEnabled());
    QVERIFY(action("actionReopenPeriod")->isEnabled());

    page()->findChild<QPushButton *>(QStringLiteral("reopenButton"))->click();
    QCOMPARE(m_window->session()->periods().period(m_periodId)->status, PeriodStatus::Draft);
    QVERIFY(grid()->flags(grid()->index(0, RosterGridModel::FirstRoleColumn)) & Qt::ItemIsEditable);
    QVERIFY(!page()->findChild<QLabel *>(QStringLiteral("lockBanner"))->isVisible());
    action("actionUndo")->trigger();
    QVERIFY(grid()->isReadOnly());
    action("actionUndo")->trigger();
    QVERIFY(!grid()->isReadOnly());
}

void TestRoster::newPeriodFromAHolidayProposal()
{
    const int periodsBefore = int(m_window->session()->periods().periods()->size());
    whenDialogShows<PeriodDialog>([](PeriodDialog *dialog) {
        dialog->findChild<QSpinBox *>(QStringLiteral("periodYearSpin"))->setValue(2024);
        auto *holiday = dialog->findChild<QComboBox *>(QStringLiteral("periodHolidayCombo"));
        // None, New Year, Tết, Giỗ Tổ, 30/4, 1/5, 2/9.
        QCOMPARE(holiday->count(), 7);
        holiday->setCurrentIndex(2);
        QCOMPARE(dialog->period().title, u8("Nghỉ Tết Nguyên đán Giáp Thìn"));
        QCOMPARE(dialog->period().firstDay, QDate(2024, 2, 8));
        QCOMPARE(dialog->period().lastDay, QDate(2024, 2, 14));
        // The user adjusts the days.
        dialog->findChild<QDateEdit *>(QStringLiteral("periodLastDayEdit"))
            ->setDate(QDate(2024, 2, 15));
    });
    action("actionNewPeriod")->trigger();
    const auto periods = m_window->session()->periods().periods().value();
    QCOMPARE(int(periods.size()), periodsBefore + 1);
    const Id created = page()->currentPeriodId();
    const DutyPeriod period = m_window->session()->periods().period(created).value();
    QCOMPARE(period.title, u8("Nghỉ Tết Nguyên đán Giáp Thìn"));
    QCOMPARE(period.lastDay, QDate(2024, 2, 15));
    QCOMPARE(m_window->session()->periods().shifts(created)->size(), 2);
    QCOMPARE(m_window->session()->periods().roles(created)->size(), 4);
    // The grid shows the new period, and Tết's rows their lunar dates.
    QCOMPARE(grid()->periodId(), created);
    QCOMPARE(grid()->rowCount(), 8 * 2);
    QVERIFY(
        grid()->index(4, RosterGridModel::DayColumn).data().toString().contains(u8("mùng 1 Tết")));
    action("actionUndo")->trigger();
    QCOMPARE(int(m_window->session()->periods().periods()->size()), periodsBefore);
}

void TestRoster::copyPeriodFromAnEarlierOne()
{
    const int sourceSlots = assignmentCount();
    whenDialogShows<PeriodDialog>([this](PeriodDialog *dialog) {
        dialog->findChild<QComboBox *>(QStringLiteral("periodHolidayCombo"))->setCurrentIndex(0);
        dialog->findChild<QLineEdit *>(QStringLiteral("periodTitleEdit"))
            ->setText(QStringLiteral("Nghỉ lễ 30/4 – 01/5/2030"));
        dialog->findChild<QDateEdit *>(QStringLiteral("periodFirstDayEdit"))
            ->setDate(QDate(2030, 4, 27));
        dialog->findChild<QDateEdit *>(QStringLiteral("periodLastDayEdit"))
            ->setDate(QDate(2030, 5, 1));
        auto *from = dialog->findChild<QComboBox *>(QStringLiteral("periodCopyFromCombo"));
        from->setCurrentIndex(from->findData(m_periodId));
        QVERIFY(dialog->findChild<QCheckBox *>(QStringLiteral("periodCopyAssignmentsCheck"))
                    ->isEnabled());
    });
    MessageBox::setNextAnswer(MessageBox::Ok); // the copy's summary
    action("actionNewPeriod")->trigger();
    const Id copy = page()->currentPeriodId();
    QVERIFY(copy != m_periodId);
    const int copied = int(m_window->session()->periods().assignments(copy)->size());
    QVERIFY2(copied > sourceSlots / 2, qPrintable(QString::number(copied)));
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("Copied")));
    action("actionUndo")->trigger();
    QVERIFY(!m_window->session()->periods().period(copy).ok());
}

// ---- export and print ---------------------------------------------------------

void TestRoster::exportPdfThroughTheDialog()
{
    const Id school = unitId(SampleData::QuerySchoolName);
    page()->showUnit(school);
    const QString output = m_dir->filePath(QStringLiteral("roster.pdf"));
    auto exports = [this] {
        QSqlQuery q(m_window->session()->database().connection());
        q.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'export'"));
        return q.next() ? q.value(0).toInt() : -1;
    };
    const int before = exports();
    whenDialogShows<ExportDialog>([&](ExportDialog *dialog) {
        auto *kind = dialog->findChild<QComboBox *>(QStringLiteral("exportKindCombo"));
        kind->setCurrentIndex(kind->findData(int(ExportKind::Roster)));
        auto *format = dialog->findChild<QComboBox *>(QStringLiteral("exportFormatCombo"));
        format->setCurrentIndex(format->findData(int(ExportFormat::Pdf)));
        // The roster page's period and unit are the defaults.
        QCOMPARE(dialog->request().periodId, m_periodId);
        QCOMPARE(dialog->request().unitId, school);
        FileDialog::setNextFileName(output);
        dialog->findChild<QPushButton *>(QStringLiteral("exportBrowseButton"))->click();
        QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("exportPathEdit"))->text(), output);
    });
    QVERIFY(m_window->exportDocument());
    QVERIFY(QFileInfo::exists(output));
    QFile pdf(output);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QVERIFY(pdf.read(5) == "%PDF-");
    QCOMPARE(exports(), before + 1);

    // Contacts as CSV, through the action and its shortcut's action.
    const QString csv = m_dir->filePath(QStringLiteral("contacts.csv"));
    whenDialogShows<ExportDialog>([&](ExportDialog *dialog) {
        auto *kind = dialog->findChild<QComboBox *>(QStringLiteral("exportKindCombo"));
        kind->setCurrentIndex(kind->findData(int(ExportKind::Contacts)));
        auto *format = dialog->findChild<QComboBox *>(QStringLiteral("exportFormatCombo"));
        format->setCurrentIndex(format->findData(int(ExportFormat::Csv)));
        dialog->findChild<QLineEdit *>(QStringLiteral("exportPathEdit"))->setText(csv);
    });
    QCOMPARE(action("actionExport")->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_E));
    action("actionExport")->trigger();
    QVERIFY(QFileInfo::exists(csv));
    QCOMPARE(exports(), before + 2);
}

void TestRoster::exportTemplateThroughTheDialog()
{
    const Id school = unitId(SampleData::QuerySchoolName);
    page()->showUnit(school);
    const QString output = m_dir->filePath(QStringLiteral("template.xlsx"));
    whenDialogShows<ExportDialog>([&](ExportDialog *dialog) {
        auto *kind = dialog->findChild<QComboBox *>(QStringLiteral("exportKindCombo"));
        kind->setCurrentIndex(kind->findData(int(ExportKind::Template)));
        // Only XLSX, named after the unit and the period.
        auto *format = dialog->findChild<QComboBox *>(QStringLiteral("exportFormatCombo"));
        QCOMPARE(format->count(), 1);
        QCOMPARE(ExportFormat(format->currentData().toInt()), ExportFormat::Xlsx);
        auto *path = dialog->findChild<QLineEdit *>(QStringLiteral("exportPathEdit"));
        QCOMPARE(QFileInfo(path->text()).fileName(),
                 TemplateExport::fileName(QString::fromUtf8(SampleData::QuerySchoolName),
                                          QString::fromUtf8(SampleData::PeriodTitle)));
        // A template is for one unit: not for "All units".
        auto *unit = dialog->findChild<QComboBox *>(QStringLiteral("exportUnitCombo"));
        auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        unit->setCurrentIndex(unit->findData(NoId));
        QVERIFY(!ok->isEnabled());
        unit->setCurrentIndex(unit->findData(school));
        QVERIFY(ok->isEnabled());
        path->setText(output);
        QCOMPARE(dialog->request().kind, ExportKind::Template);
        QCOMPARE(dialog->request().unitId, school);
        QCOMPARE(dialog->request().periodId, m_periodId);
    });
    QVERIFY(m_window->exportDocument());
    const std::optional<TemplateIdentity> identity = TemplateExport::identity(output);
    QVERIFY(identity);
    QCOMPARE(identity->unitId, school);
    QCOMPARE(identity->periodId, m_periodId);
}

void TestRoster::printPreviewOpens()
{
    const Id school = unitId(SampleData::QuerySchoolName);
    page()->showUnit(school);
    const int audits = printAudits();
    for (const char *name : {"actionPrintPreviewRoster", "actionPrintPreviewCallSheet"}) {
        // Read on a worker, then previewed; Print asks for the printer, and
        // closing that dialog prints nothing.
        int pages = 0;
        bool noteHidden = false;
        bool asked = false;
        whenDialogAppears<PrintPreviewDialog>(m_window.get(), [&](PrintPreviewDialog *preview) {
            pages = preview->pageCount();
            noteHidden = preview->findChild<QLabel *>(QStringLiteral("previewNote"))->isHidden();
            preview->findChild<QPushButton *>(QStringLiteral("printButton"))->click();
        });
        whenDialogAppears<QPrintDialog>(m_window.get(), [&](QPrintDialog *dialog) {
            asked = dialog->objectName() == QLatin1String("printDialog");
            dialog->reject();
        });
        action(name)->trigger();
        QTRY_VERIFY2(asked, name);
        QVERIFY2(pages >= 1, name);
        QVERIFY2(noteHidden, name); // one unit: all of it is shown
    }
    QCOMPARE(printAudits(), audits);
    QCOMPARE(action("actionPrintPreviewRoster")->shortcut(), QKeySequence(QKeySequence::Print));
}

void TestRoster::printPreviewShowsFirstUnits()
{
    // All units of the period: the preview shows the first ten of them.
    const Result<PrintableDocument> document = PrintableDocument::load(
        m_window->session()->database(), PrintableDocument::Kind::CallSheet, m_periodId, NoId);
    QVERIFY2(document.ok(), qPrintable(document.message()));
    const int total = document->unitCount();
    QVERIFY2(total > MainWindow::PreviewUnits, qPrintable(QString::number(total)));
    QString note;
    int pages = 0;
    whenDialogAppears<PrintPreviewDialog>(m_window.get(), [&](PrintPreviewDialog *preview) {
        note = preview->findChild<QLabel *>(QStringLiteral("previewNote"))->text();
        pages = preview->pageCount();
        preview->reject();
    });
    action("actionPrintPreviewAllCallSheets")->trigger();
    QTRY_VERIFY(!note.isEmpty());
    QVERIFY2(note.contains(QString::number(MainWindow::PreviewUnits))
                 && note.contains(QString::number(total)),
             qPrintable(note));
    QVERIFY2(pages >= MainWindow::PreviewUnits && pages < total,
             qPrintable(QString::number(pages)));
}

void TestRoster::printingRunsOnAWorker()
{
    // The consolidated roster, printed to a file: the dialog's "print to
    // file" destination, chosen the way a user would.
    const QString output = m_dir->filePath(QStringLiteral("printed.pdf"));
    const int audits = printAudits();
    bool chosen = false;
    bool progressShown = false;
    whenDialogAppears<PrintPreviewDialog>(m_window.get(), [&](PrintPreviewDialog *preview) {
        preview->findChild<QPushButton *>(QStringLiteral("printButton"))->click();
    });
    whenDialogAppears<QPrintDialog>(m_window.get(), [&](QPrintDialog *dialog) {
        auto *file = dialog->findChild<QLineEdit *>(QStringLiteral("filename"));
        if (file && file->isEnabled()) {
            file->setText(output);
            chosen = true;
            // Printed on a worker, behind a progress dialog.
            whenDialogAppears<QProgressDialog>(
                m_window.get(),
                [&](QProgressDialog *progress) {
                    progressShown = progress->objectName() == QLatin1String("printProgress");
                },
                20000, true);
            dialog->accept();
        }
    });
    action("actionPrintPreviewAllRosters")->trigger();
    if (!chosen)
        QSKIP("this platform's print dialog offers no print-to-file destination");
    QTRY_COMPARE(printAudits(), audits + 1);
    QVERIFY(progressShown);
    QFile printed(output);
    QVERIFY(printed.open(QIODevice::ReadOnly));
    QVERIFY(printed.read(5) == "%PDF-");
    QVERIFY2(printed.size() > 10000, qPrintable(QString::number(printed.size())));
    QVERIFY2(m_window->statusBar()->currentMessage().contains(u8("trang"))
                 || m_window->statusBar()->currentMessage().contains(QLatin1String("page")),
             qPrintable(m_window->statusBar()->currentMessage()));
}

void TestRoster::swapTwoHoldersWithUndo()
{
    const Id school = unitId(SampleData::QuerySchoolName);
    page()->showUnit(school);
    // The officer of the first day shift and of the last day's day shift.
    const QModelIndex first = grid()->index(0, RosterGridModel::FirstRoleColumn + 1);
    const Assignment a = grid()->cell(first)->holders.first();
    // Another day shift's officer who is someone else.
    QModelIndex last;
    for (int row = 2; row < grid()->rowCount() && !last.isValid(); row += 2) {
        const QModelIndex candidate = grid()->index(row, RosterGridModel::FirstRoleColumn + 1);
        const RosterGridModel::Cell *cell = grid()->cell(candidate);
        if (cell && !cell->holders.isEmpty() && cell->holders.first().personId != a.personId)
            last = candidate;
    }
    QVERIFY(last.isValid());
    const Assignment b = grid()->cell(last)->holders.first();
    page()->gridView()->setCurrentIndex(first);

    whenDialogShows<QDialog>([&](QDialog *dialog) {
        auto *list = dialog->findChild<QListWidget *>(QStringLiteral("swapSlotList"));
        auto *reason = dialog->findChild<QLineEdit *>(QStringLiteral("swapReason"));
        QVERIFY(list && reason);
        for (int row = 0; row < list->count(); ++row) {
            if (list->item(row)->data(Qt::UserRole).toLongLong() == b.id)
                list->setCurrentRow(row);
        }
        auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled()); // no reason yet
        reason->setText(u8("Đổi ca theo đề nghị"));
        QVERIFY(ok->isEnabled());
    });
    action("actionSwapPerson")->trigger();
    QCOMPARE(grid()->cell(first)->holders.first().personId, b.personId);
    QCOMPARE(grid()->cell(last)->holders.first().personId, a.personId);
    // Both former holders are in their slot's history.
    RosterEdit edit(m_window->session()->database());
    QCOMPARE(edit.history(a.id)->first().personId, a.personId);
    QCOMPARE(edit.history(b.id)->first().personId, b.personId);

    m_window->session()->undoStack()->undo();
    QCOMPARE(grid()->cell(first)->holders.first().personId, a.personId);
    QCOMPARE(grid()->cell(last)->holders.first().personId, b.personId);
    m_window->session()->undoStack()->redo();
    QCOMPARE(grid()->cell(first)->holders.first().personId, b.personId);
}

QTEST_MAIN(TestRoster)
#include "tst_roster.moc"
