// Data safety in the application, driven through the real main window,
// offscreen: restoring a backup, the history of changes, the read-only duty
// desk, and two windows editing the same file.

#include "AppSettings.h"
#include "AuditModel.h"
#include "BackupListModel.h"
#include "Backups.h"
#include "CommandLineOptions.h"
#include "DirectoryPage.h"
#include "DutyLogModel.h"
#include "DutyLogPage.h"
#include "DutyModeGuard.h"
#include "GuiTestSupport.h"
#include "HistoryDialog.h"
#include "HotlinesPage.h"
#include "Lookup.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "PeopleModel.h"
#include "RestoreBackupDialog.h"
#include "RosterGridModel.h"
#include "RosterPage.h"
#include "SampleData.h"
#include "Session.h"
#include "UnitTreeModel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

#include <functional>
#include <memory>

using namespace DutyDesk;
using namespace GuiTestSupport;

namespace {

/// Every row of every table, for "nothing else changed".
QMap<QString, QStringList> dump(Database &db)
{
    QMap<QString, QStringList> tables;
    QSqlQuery names(db.connection());
    if (!names.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                                   "AND name NOT LIKE 'sqlite_%' ORDER BY name")))
        return tables;
    while (names.next()) {
        const QString table = names.value(0).toString();
        QSqlQuery rows(db.connection());
        if (!rows.exec(QStringLiteral("SELECT * FROM ") + table + QStringLiteral(" ORDER BY 1")))
            continue;
        QStringList lines;
        while (rows.next()) {
            QStringList values;
            for (int c = 0; c < rows.record().count(); ++c)
                values << rows.value(c).toString();
            lines << values.join(QLatin1Char('|'));
        }
        tables.insert(table, lines);
    }
    return tables;
}

int count(Session *session, const char *table)
{
    QSqlQuery q = session->database().prepare(QStringLiteral("SELECT COUNT(*) FROM ")
                                              + QString::fromLatin1(table));
    return session->database().exec(q).ok() && q.next() ? q.value(0).toInt() : -1;
}

} // namespace

class TestDataSafety : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void restoreBringsBackAnEarlierBackupAndCanBeUndone();
    void damagedBackupCannotBeChosen();
    void historyShowsChangesInWordsAndFilters();
    void historyStartsFromTheDirectorySelection();
    void readOnlyDeskDisablesEveryEditAndSaysWhy();
    void readOnlySettingAppliesAtOnceAndAtTheNextStart();
    void staleEditInASecondWindowIsRefusedAndReloads();

private:
    QAction *action(const char *name, MainWindow *window = nullptr) const;
    Id addUnitThroughDialog(const QString &name, bool subUnit);
    Id addPersonThroughDialog(const QString &name, const QString &position);
    void editPositionThroughDialog(MainWindow *window, Id personId, const QString &position);
    void buildSample(const QString &path);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<MainWindow> m_window;
    QString m_dbPath;
    ModalWatchdog m_watchdog;
};

void TestDataSafety::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_watchdog.start(2000);
}

void TestDataSafety::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QFile::remove(MainWindow::samplePath());
    QFile::remove(Database::defaultPath());
    m_settings = std::make_unique<AppSettings>(m_dir->filePath(QStringLiteral("settings.ini")));
    m_window = std::make_unique<MainWindow>(*m_settings);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_dbPath = m_dir->filePath(QStringLiteral("office.db"));
}

void TestDataSafety::cleanup()
{
    const QStringList unexpected = m_watchdog.takeUnexpected();
    m_window.reset();
    m_settings.reset();
    QFile::remove(MainWindow::samplePath());
    QFile::remove(Database::defaultPath());
    m_dir.reset();
    QVERIFY2(unexpected.isEmpty(), qPrintable(unexpected.join(QStringLiteral("; "))));
}

QAction *TestDataSafety::action(const char *name, MainWindow *window) const
{
    auto *found
        = (window ? window : m_window.get())->findChild<QAction *>(QString::fromLatin1(name));
    if (!found)
        qWarning("no action %s", name);
    return found;
}

Id TestDataSafety::addUnitThroughDialog(const QString &name, bool subUnit)
{
    whenDialogShows<QDialog>(
        [name](QDialog *dialog) { edit(dialog, "unitNameEdit")->setText(name); });
    action(subUnit ? "actionAddSubUnit" : "actionAddUnit")->trigger();
    return m_window->directoryPage()->currentUnitId();
}

Id TestDataSafety::addPersonThroughDialog(const QString &name, const QString &position)
{
    whenDialogShows<QDialog>([=](QDialog *dialog) {
        edit(dialog, "fullNameEdit")->setText(name);
        edit(dialog, "positionEdit")->setText(position);
    });
    action("actionAddPerson")->trigger();
    const QModelIndex current = m_window->directoryPage()->peopleView()->currentIndex();
    return current.isValid() ? m_window->directoryPage()->peopleModel()->person(current.row())->id
                             : NoId;
}

void TestDataSafety::editPositionThroughDialog(MainWindow *window, Id personId,
                                               const QString &position)
{
    // The dialog starts from what the window's list shows, as a user's would.
    DirectoryPage *page = window->directoryPage();
    const int row = page->peopleModel()->rowOf(personId);
    QVERIFY(row >= 0);
    page->peopleView()->setCurrentIndex(page->peopleModel()->index(row, 0));
    whenDialogShows<QDialog>(
        [position](QDialog *dialog) { edit(dialog, "positionEdit")->setText(position); });
    action("actionEditPerson", window)->trigger();
}

void TestDataSafety::buildSample(const QString &path)
{
    Database db;
    QVERIFY(db.open(path).ok());
    QVERIFY(SampleData::build(db).ok());
}

// ---- restore ------------------------------------------------------------------

void TestDataSafety::restoreBringsBackAnEarlierBackupAndCanBeUndone()
{
    QVERIFY(m_window->openDatabase(m_dbPath, true));
    addUnitThroughDialog(u8("Trường THPT Ngô Quyền"), false);
    addPersonThroughDialog(u8("Nguyễn Văn An"), u8("Hiệu trưởng"));
    // Opening again writes the "start" backup that holds the school and An.
    QVERIFY(m_window->openDatabase(m_dbPath, false));
    QCOMPARE(Backups::list(m_dbPath).size(), 1);
    const QString earlier = Backups::list(m_dbPath).first().path;

    // Edits made after it.
    Session *session = m_window->session();
    const Id second = addUnitThroughDialog(u8("Trường THPT Lê Chân"), false);
    addPersonThroughDialog(u8("Trần Thị Bình"), u8("Giáo viên"));
    QCOMPARE(count(session, "units"), 2);
    QCOMPARE(count(session, "people"), 2);
    QVERIFY(session->undoStack()->count() > 0);

    // The dialog lists the backup with what it holds; cancelling the
    // confirmation changes nothing.
    QAction *restore = action("actionRestoreBackup");
    QVERIFY(restore->isEnabled());
    QVERIFY(m_window->findChild<QMenu *>(QStringLiteral("menuFile"))->actions().contains(restore));
    bool listed = false;
    whenDialogShows<RestoreBackupDialog>([&](RestoreBackupDialog *dialog) {
        QAbstractItemModelTester tester(dialog->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        BackupListModel *model = dialog->model();
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->data(model->index(0, BackupListModel::ReasonColumn)).toString(),
                 QStringLiteral("On opening"));
        const QString contents
            = model->data(model->index(0, BackupListModel::ContentsColumn)).toString();
        QVERIFY2(contents.contains(QStringLiteral("1 unit")), qPrintable(contents));
        QVERIFY2(contents.contains(QStringLiteral("1 person")), qPrintable(contents));
        QVERIFY2(contents.contains(QStringLiteral("last change")), qPrintable(contents));
        QVERIFY(model->data(model->index(0, BackupListModel::CheckColumn))
                    .toString()
                    .contains(QStringLiteral("Sound")));
        // The newest sound backup is offered first.
        QVERIFY(dialog->chosen().has_value());
        QCOMPARE(dialog->chosen()->path, earlier);
        listed = true;
        MessageBox::setNextAnswer(MessageBox::Cancel);
        dialog->findChild<QPushButton *>(QStringLiteral("restoreButton"))->click();
    });
    QVERIFY(!m_window->restoreBackup());
    QVERIFY(listed);
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("kept as a backup")));
    QCOMPARE(count(session, "units"), 2);

    // Restoring: the school added later is gone, in the data and the views.
    whenDialogShows<RestoreBackupDialog>([&](RestoreBackupDialog *dialog) {
        QVERIFY(dialog->choose(earlier));
        MessageBox::setNextAnswer(MessageBox::Yes);
        dialog->findChild<QPushButton *>(QStringLiteral("restoreButton"))->click();
    });
    restore->trigger();
    QVERIFY(session->isOpen());
    QCOMPARE(session->path(), QFileInfo(m_dbPath).absoluteFilePath());
    QCOMPARE(count(session, "units"), 1);
    QCOMPARE(count(session, "people"), 1);
    QVERIFY(!session->directory().unit(second));
    QCOMPARE(m_window->directoryPage()->unitModel()->unitCount(), 1);
    QVERIFY(!m_window->directoryPage()->unitModel()->unit(second));
    QCOMPARE(session->undoStack()->count(), 0); // the edits undone by the restore are gone
    QVERIFY(session->searchIndex().search(QStringLiteral("le chan")).isEmpty());

    // The state before the restore was kept, and restoring it undoes the restore.
    QString before;
    for (const Backups::Entry &e : Backups::list(m_dbPath)) {
        if (e.reason == QStringLiteral("restore"))
            before = e.path;
    }
    QVERIFY(!before.isEmpty());
    QCOMPARE(Backups::summarize(before)->units, 2);
    whenDialogShows<RestoreBackupDialog>([&](RestoreBackupDialog *dialog) {
        const int row = dialog->model()->rowOf(before);
        QVERIFY(row >= 0);
        QCOMPARE(dialog->model()
                     ->data(dialog->model()->index(row, BackupListModel::ReasonColumn))
                     .toString(),
                 QStringLiteral("Before a restore"));
        QVERIFY(dialog->choose(before));
        MessageBox::setNextAnswer(MessageBox::Yes);
        dialog->findChild<QPushButton *>(QStringLiteral("restoreButton"))->click();
    });
    QVERIFY(m_window->restoreBackup());
    QCOMPARE(count(session, "units"), 2);
    QCOMPARE(count(session, "people"), 2);
    QVERIFY(m_window->directoryPage()->unitModel()->unit(second));
}

void TestDataSafety::damagedBackupCannotBeChosen()
{
    QVERIFY(m_window->openDatabase(m_dbPath, true));
    addUnitThroughDialog(u8("Trường THPT Ngô Quyền"), false);
    QVERIFY(m_window->openDatabase(m_dbPath, false)); // a sound "start" backup
    // A damaged one, newer than it.
    const QString damaged
        = Backups::folderFor(m_dbPath) + QStringLiteral("/office-29991231-235959-000-manual.db");
    QFile file(damaged);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(8192, '\xAB'));
    file.close();

    whenDialogShows<RestoreBackupDialog>([&](RestoreBackupDialog *dialog) {
        BackupListModel *model = dialog->model();
        QCOMPARE(model->rowCount(), 2);
        QCOMPARE(model->rowOf(damaged), 0); // newest first
        const QModelIndex bad = model->index(0, BackupListModel::CheckColumn);
        QVERIFY(!(model->flags(bad) & Qt::ItemIsEnabled));
        QVERIFY(!(model->flags(bad) & Qt::ItemIsSelectable));
        QVERIFY(model->data(bad).toString().contains(QStringLiteral("Damaged")));
        QVERIFY(model->data(bad, Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("cannot be restored")));
        QVERIFY(!dialog->choose(damaged));
        // The sound one below it is what is offered.
        QCOMPARE(dialog->chosen()->reason, QStringLiteral("start"));
        QVERIFY(dialog->findChild<QPushButton *>(QStringLiteral("restoreButton"))->isEnabled());
        // Clicking the damaged row does not choose it.
        QTableView *view = dialog->view();
        view->setCurrentIndex(model->index(0, 0));
        QCOMPARE(dialog->chosen()->reason, QStringLiteral("start"));
        dialog->reject();
    });
    QVERIFY(!m_window->restoreBackup());
    QCOMPARE(count(m_window->session(), "units"), 1);
}

// ---- history ------------------------------------------------------------------

void TestDataSafety::historyShowsChangesInWordsAndFilters()
{
    QVERIFY(m_window->openDatabase(m_dbPath, true));
    Session *session = m_window->session();
    const Id school = addUnitThroughDialog(u8("Trường THPT Ngô Quyền"), false);
    const Id an = addPersonThroughDialog(u8("Nguyễn Văn An"), u8("Hiệu trưởng"));
    const Id other = addUnitThroughDialog(u8("Trường THPT Lê Chân"), false);
    const Id binh = addPersonThroughDialog(u8("Trần Thị Bình"), u8("Giáo viên"));
    QVERIFY(an != NoId && binh != NoId && other != NoId);
    m_window->directoryPage()->showUnit(school);
    editPositionThroughDialog(m_window.get(), an, u8("Phó Hiệu trưởng"));
    QCOMPARE(session->directory().person(an)->position, u8("Phó Hiệu trưởng"));

    m_window->showView(MainWindow::View::Now);
    QAction *history = action("actionHistory");
    QCOMPARE(history->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_H));
    history->trigger();
    auto *dialog = m_window->findChild<HistoryDialog *>(QStringLiteral("historyDialog"));
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    AuditModel *model = dialog->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model->rowCount(), count(session, "audit_log"));
    QCOMPARE(model->rowCount(), 5);

    // Newest first, in words: the change of An's position.
    auto text = [model](int row, int column) {
        return model->data(model->index(row, column)).toString();
    };
    QCOMPARE(text(0, AuditModel::ActionColumn), QStringLiteral("Changed"));
    QCOMPARE(text(0, AuditModel::SubjectColumn), u8("Person Nguyễn Văn An"));
    QCOMPARE(text(0, AuditModel::ChangesColumn), u8("Position: Hiệu trưởng → Phó Hiệu trưởng"));
    QCOMPARE(text(0, AuditModel::UserColumn), Database::currentUser());
    QCOMPARE(text(0, AuditModel::WhenColumn).left(10),
             QDate::currentDate().toString(QStringLiteral("dd/MM/yyyy")));
    // An addition lists what was added, never raw JSON.
    const int added = model->rowCount() - 1;
    QCOMPARE(text(added, AuditModel::ActionColumn), QStringLiteral("Added"));
    QCOMPARE(text(added, AuditModel::SubjectColumn), u8("Unit Trường THPT Ngô Quyền"));
    for (int row = 0; row < model->rowCount(); ++row)
        QVERIFY2(!text(row, AuditModel::ChangesColumn).contains(QLatin1Char('{')),
                 qPrintable(text(row, AuditModel::ChangesColumn)));
    QVERIFY(text(1, AuditModel::ChangesColumn).contains(u8("Unit: Trường THPT Lê Chân")));
    // The chosen row reads in full below the list.
    dialog->view()->setCurrentIndex(model->index(0, 0));
    QVERIFY(dialog->findChild<QPlainTextEdit *>(QStringLiteral("historyDetails"))
                ->toPlainText()
                .contains(u8("Phó Hiệu trưởng")));

    // By unit: the school and its person, not the other school.
    auto *unitCombo = dialog->findChild<QComboBox *>(QStringLiteral("historyUnitCombo"));
    auto *personCombo = dialog->findChild<QComboBox *>(QStringLiteral("historyPersonCombo"));
    QVERIFY(!personCombo->isEnabled());
    unitCombo->setCurrentIndex(unitCombo->findData(qint64(school)));
    QCOMPARE(model->rowCount(), 3);
    for (int row = 0; row < model->rowCount(); ++row)
        QVERIFY(!text(row, AuditModel::SubjectColumn).contains(u8("Bình")));

    // By person: An's addition and change.
    QVERIFY(personCombo->isEnabled());
    personCombo->setCurrentIndex(personCombo->findData(qint64(an)));
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(text(1, AuditModel::ActionColumn), QStringLiteral("Added"));
    unitCombo->setCurrentIndex(0);
    QCOMPARE(model->rowCount(), 5);

    // By dates: the other school was added on the holiday.
    QSqlQuery q(session->database().connection());
    QVERIFY(q.exec(QStringLiteral("UPDATE audit_log SET at = '2023-04-30T08:15:00' "
                                  "WHERE table_name = 'units' AND row_id = %1")
                       .arg(other)));
    auto *fromCheck = dialog->findChild<QCheckBox *>(QStringLiteral("historyFromCheck"));
    auto *from = dialog->findChild<QDateEdit *>(QStringLiteral("historyFromEdit"));
    auto *toCheck = dialog->findChild<QCheckBox *>(QStringLiteral("historyToCheck"));
    auto *to = dialog->findChild<QDateEdit *>(QStringLiteral("historyToEdit"));
    QVERIFY(!from->isEnabled());
    fromCheck->setChecked(true);
    QVERIFY(from->isEnabled());
    from->setDate(QDate(2023, 4, 30));
    toCheck->setChecked(true);
    to->setDate(QDate(2023, 4, 30));
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(text(0, AuditModel::SubjectColumn), u8("Unit Trường THPT Lê Chân"));
    QCOMPARE(text(0, AuditModel::WhenColumn), QStringLiteral("30/04/2023 08:15:00"));
    to->setDate(QDate::currentDate());
    QCOMPARE(model->rowCount(), 5);
    from->setDate(QDate::currentDate().addDays(1));
    QCOMPARE(model->rowCount(), 0);
    fromCheck->setChecked(false);
    toCheck->setChecked(false);
    QCOMPARE(model->rowCount(), 5);

    // Free text, diacritics optional, after a pause in typing.
    auto *search = dialog->findChild<QLineEdit *>(QStringLiteral("historyTextEdit"));
    QTest::keyClicks(search, QStringLiteral("pho hieu"));
    QTRY_COMPARE(model->rowCount(), 1);
    QCOMPARE(text(0, AuditModel::SubjectColumn), u8("Person Nguyễn Văn An"));
    search->clear();
    QTRY_COMPARE(model->rowCount(), 5);

    // It follows new changes while open.
    m_window->directoryPage()->showUnit(other);
    editPositionThroughDialog(m_window.get(), binh, u8("Tổ trưởng"));
    QCOMPARE(model->rowCount(), 6);
    QCOMPARE(text(0, AuditModel::SubjectColumn), u8("Person Trần Thị Bình"));

    // Closed, it reads the log again only when it is shown again.
    dialog->close();
    editPositionThroughDialog(m_window.get(), binh, u8("Giáo viên"));
    QCOMPARE(model->rowCount(), 6);
    m_window->showView(MainWindow::View::Now);
    QCOMPARE(m_window->showHistory(), dialog);
    QCOMPARE(model->rowCount(), 7);
    dialog->close();
}

void TestDataSafety::historyStartsFromTheDirectorySelection()
{
    QVERIFY(m_window->openDatabase(m_dbPath, true));
    const Id school = addUnitThroughDialog(u8("Trường THPT Ngô Quyền"), false);
    const Id an = addPersonThroughDialog(u8("Nguyễn Văn An"), u8("Hiệu trưởng"));
    addPersonThroughDialog(u8("Lê Thị Cúc"), u8("Giáo viên"));
    DirectoryPage *page = m_window->directoryPage();
    m_window->showView(MainWindow::View::Directory);

    // A person chosen: their history.
    page->showPerson(an);
    HistoryDialog *dialog = m_window->showHistory();
    QVERIFY(dialog);
    QCOMPARE(dialog->model()->filter().personId, an);
    QCOMPARE(dialog->model()->rowCount(), 1);
    dialog->close();

    // Only the unit chosen: the unit's history.
    page->peopleView()->clearSelection();
    page->showUnit(school);
    page->peopleView()->selectionModel()->clear();
    dialog = m_window->showHistory();
    QCOMPARE(dialog->model()->filter().unitId, school);
    QCOMPARE(dialog->model()->filter().personId, NoId);
    QCOMPARE(dialog->model()->rowCount(), 3);
    dialog->close();
}

// ---- read-only duty desk ------------------------------------------------------

void TestDataSafety::readOnlyDeskDisablesEveryEditAndSaysWhy()
{
    // The command line turns it on.
    QVERIFY(CommandLineOptions::parse({QStringLiteral("dutydesk"), QStringLiteral("--read-only")})
                ->readOnly);
    QVERIFY(!CommandLineOptions::parse({QStringLiteral("dutydesk")})->readOnly);

    buildSample(m_dbPath);
    m_window->setDutyMode(true, true); // as --read-only does
    QVERIFY(m_window->openDatabase(m_dbPath, false));
    Session *session = m_window->session();
    QVERIFY(session->database().isDutyMode());
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("read-only")));
    auto *badge = m_window->findChild<QLabel *>(QStringLiteral("statusReadOnlyLabel"));
    QVERIFY(badge && badge->isVisible());
    QVERIFY(badge->text().contains(QStringLiteral("Read-only")));
    const QMap<QString, QStringList> before = dump(session->database());

    // Choose what every editing action works on, so that only the mode can
    // be what disables them.
    const Result<Unit> school = Lookup::unit(session->database(), u8(SampleData::QuerySchoolName));
    QVERIFY(school);
    DirectoryPage *directory = m_window->directoryPage();
    m_window->showView(MainWindow::View::Directory);
    directory->showUnit(school->id);
    directory->peopleView()->setCurrentIndex(directory->peopleModel()->index(0, 0));
    RosterPage *roster = m_window->rosterPage();
    const Result<DutyPeriod> period
        = Lookup::period(session->database(), u8(SampleData::PeriodTitle));
    QVERIFY(period);
    roster->showPeriod(period->id);
    roster->showUnit(school->id);
    roster->gridView()->setCurrentIndex(
        roster->gridModel()->index(0, RosterGridModel::FirstRoleColumn));

    const QList<const char *> editing = {
        "actionUndo",
        "actionRedo",
        "actionRestoreBackup",
        "actionAddUnit",
        "actionAddSubUnit",
        "actionEditUnit",
        "actionRenameUnit",
        "actionMoveUnit",
        "actionToggleUnitActive",
        "actionDeleteUnit",
        "actionAddPerson",
        "actionEditPerson",
        "actionPersonUnavailability",
        "actionDeletePerson",
        "actionAddHotline",
        "actionEditHotline",
        "actionDeleteHotline",
        "actionAddStep",
        "actionEditStep",
        "actionRemoveStep",
        "actionStepUp",
        "actionStepDown",
        "actionNewPeriod",
        "actionPublishPeriod",
        "actionReopenPeriod",
        "actionAssignPerson",
        "actionReplacePerson",
        "actionSwapPerson",
        "actionRemoveFromDuty",
        "actionAutoFillPeriod",
        "actionAutoFillUnit",
        "actionAutoFillSelection",
    };
    auto checkReadOnly = [&] {
        for (const char *name : editing) {
            QAction *a = action(name);
            QVERIFY2(a, name);
            QVERIFY2(!a->isEnabled(), name);
            QVERIFY2(a->toolTip().startsWith(QStringLiteral("Read-only duty desk: ")), name);
            QVERIFY2(a->statusTip().startsWith(QStringLiteral("Read-only duty desk: ")), name);
        }
        for (const char *name : {"addHotlineButton", "editHotlineButton", "deleteHotlineButton"}) {
            auto *button
                = m_window->hotlinesPage()->findChild<QPushButton *>(QString::fromLatin1(name));
            QVERIFY2(button && !button->isEnabled(), name);
            QVERIFY2(button->toolTip().startsWith(QStringLiteral("Read-only duty desk: ")), name);
        }
        // File ▸ Import, where the window offers it.
        if (QAction *import = m_window->findChild<QAction *>(QStringLiteral("actionImport"))) {
            QVERIFY(!import->isEnabled());
            QVERIFY(import->toolTip().startsWith(QStringLiteral("Read-only duty desk: ")));
        }
        QVERIFY(!roster->findChild<QPushButton *>(QStringLiteral("reopenButton"))->isEnabled());
        QCOMPARE(directory->unitTree()->editTriggers(), QAbstractItemView::NoEditTriggers);
        QVERIFY(!directory->unitTree()->dragEnabled());
    };
    checkReadOnly();
    QVERIFY(
        action("actionToggleUnitActive")->toolTip().contains(QStringLiteral("Deactivate Unit")));

    // What a duty officer needs stays.
    for (const char *name : {"actionFind", "actionExport", "actionPrintPreviewRoster",
                             "actionPrintPreviewCallSheet", "actionHistory", "actionSettings",
                             "actionViewNow", "actionViewDutyLog", "actionOpenDatabase"})
        QVERIFY2(action(name)->isEnabled(), name);

    // Triggering, double-clicking and the keyboard open nothing (the
    // watchdog would catch a dialog) and change nothing.
    action("actionAddUnit")->trigger();
    emit directory->peopleView()->activated(directory->peopleModel()->index(0, 0));
    m_window->showView(MainWindow::View::Hotlines);
    QTableView *hotlines = m_window->hotlinesPage()->view();
    if (hotlines->model()->rowCount() > 0)
        emit hotlines->activated(hotlines->model()->index(0, 0));
    m_window->showView(MainWindow::View::Roster);
    QSignalSpy said(roster, &RosterPage::statusMessage);
    emit roster->gridView()->activated(roster->gridView()->currentIndex());
    QCOMPARE(said.count(), 1);
    QVERIFY(said.first().first().toString().contains(QStringLiteral("read-only duty mode")));
    m_window->activateWindow();
    QTest::keyClick(m_window.get(), Qt::Key_U, Qt::ControlModifier); // Add Unit
    QTest::qWait(50);

    // The organisation's settings are shown, not edited; the desk stays
    // read-only because the command line said so.
    bool settingsChecked = false;
    whenDialogShows<QDialog>([&](QDialog *dialog) {
        QVERIFY(edit(dialog, "parentAgencyEdit")->isReadOnly());
        QVERIFY(
            dialog->findChild<QPlainTextEdit *>(QStringLiteral("recipientsEdit"))->isReadOnly());
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("organisationReadOnlyLabel")));
        auto *desk = dialog->findChild<QCheckBox *>(QStringLiteral("dutyDeskReadOnlyCheck"));
        QVERIFY(desk->isChecked());
        QVERIFY(!desk->isEnabled());
        edit(dialog, "parentAgencyEdit")->setText(QStringLiteral("UBND")); // programmatic
        settingsChecked = true;
    });
    action("actionSettings")->trigger();
    QVERIFY(settingsChecked);
    QVERIFY(m_window->isDutyMode());

    // The duty log can be written.
    m_window->showView(MainWindow::View::DutyLog);
    DutyLogPage *log = m_window->dutyLogPage();
    const int entries = log->model()->rowCount();
    auto *text = log->findChild<QLineEdit *>(QStringLiteral("logTextEdit"));
    text->setFocus();
    text->setText(u8("Trường THPT Thái Phiên báo mất điện, đã gọi điện lực"));
    auto *add = log->findChild<QPushButton *>(QStringLiteral("addLogEntryButton"));
    QVERIFY(add->isEnabled());
    add->click();
    QCOMPARE(log->model()->rowCount(), entries + 1);

    // Nothing else changed: only the duty log and its audit record.
    const QMap<QString, QStringList> after = dump(session->database());
    QCOMPARE(after.keys(), before.keys());
    for (const QString &table : before.keys()) {
        if (table == QLatin1String("duty_log") || table == QLatin1String("audit_log"))
            continue;
        QVERIFY2(after.value(table) == before.value(table), qPrintable(table));
    }
    QCOMPARE(after.value(QStringLiteral("duty_log")).size(),
             before.value(QStringLiteral("duty_log")).size() + 1);
    QCOMPARE(after.value(QStringLiteral("audit_log")).size(),
             before.value(QStringLiteral("audit_log")).size() + 1);
    QVERIFY(after.value(QStringLiteral("audit_log")).last().contains(QStringLiteral("|duty_log|")));

    // Off again: the actions come back as the pages left them, without the
    // reason. (The new log entry reloaded the lists: choose again first; the
    // pages' choices made meanwhile count.)
    directory->peopleView()->setCurrentIndex(directory->peopleModel()->index(0, 0));
    roster->gridView()->setCurrentIndex(
        roster->gridModel()->index(0, RosterGridModel::FirstRoleColumn));
    QVERIFY(!action("actionEditPerson")->isEnabled());
    m_window->setDutyMode(false);
    QVERIFY(!session->database().isDutyMode());
    QVERIFY(!badge->isVisible());
    QVERIFY(!m_window->windowTitle().contains(QStringLiteral("read-only")));
    for (const char *name :
         {"actionAddUnit", "actionEditUnit", "actionAddPerson", "actionEditPerson",
          "actionAddHotline", "actionAddStep", "actionNewPeriod", "actionAssignPerson",
          "actionAutoFillUnit", "actionRestoreBackup"}) {
        QVERIFY2(action(name)->isEnabled(), name);
        QVERIFY2(!action(name)->toolTip().startsWith(QStringLiteral("Read-only")), name);
    }
    QVERIFY(!action("actionUndo")->isEnabled()); // nothing to undo
    QCOMPARE(action("actionAddUnit")->toolTip(), QStringLiteral("Add Unit…"));
    QCOMPARE(directory->unitTree()->dragDropMode(), QAbstractItemView::InternalMove);
    QVERIFY(directory->unitTree()->editTriggers() != QAbstractItemView::NoEditTriggers);
    QVERIFY(m_window->hotlinesPage()
                ->findChild<QPushButton *>(QStringLiteral("addHotlineButton"))
                ->isEnabled());
    // And on again: the same actions are disabled as before.
    m_window->setDutyMode(true);
    checkReadOnly();
}

void TestDataSafety::readOnlySettingAppliesAtOnceAndAtTheNextStart()
{
    QVERIFY(m_window->openDatabase(m_dbPath, true));
    QVERIFY(!m_window->isDutyMode());
    QVERIFY(action("actionAddUnit")->isEnabled());
    whenDialogShows<QDialog>([](QDialog *dialog) {
        auto *desk = dialog->findChild<QCheckBox *>(QStringLiteral("dutyDeskReadOnlyCheck"));
        QVERIFY(desk->isEnabled());
        QVERIFY(!desk->isChecked());
        QVERIFY(!edit(dialog, "parentAgencyEdit")->isReadOnly());
        desk->setChecked(true);
    });
    action("actionSettings")->trigger();
    QVERIFY(m_settings->dutyDeskReadOnly());
    QVERIFY(m_window->isDutyMode());
    QVERIFY(m_window->session()->database().isDutyMode());
    QVERIFY(!action("actionAddUnit")->isEnabled());
    // The core refuses too, with the same reason.
    Unit unit;
    unit.kind = UnitKind::School;
    unit.name = QStringLiteral("X");
    const Result<Unit> refused = m_window->session()->directory().addUnit(unit);
    QVERIFY(!refused);
    QVERIFY(refused.message().contains(QStringLiteral("read-only duty mode")));

    // The next window on this computer starts as a duty desk.
    m_window->close();
    MainWindow again(*m_settings);
    QVERIFY(again.isDutyMode());
    QVERIFY(again.openDatabase(m_dbPath, false));
    QVERIFY(again.session()->database().isDutyMode());
    QVERIFY(!action("actionAddUnit", &again)->isEnabled());
    QVERIFY(again.windowTitle().contains(QStringLiteral("read-only")));

    // Unticked, it can edit again at once.
    whenDialogShows<QDialog>([](QDialog *dialog) {
        dialog->findChild<QCheckBox *>(QStringLiteral("dutyDeskReadOnlyCheck"))->setChecked(false);
    });
    action("actionSettings", &again)->trigger();
    QVERIFY(!m_settings->dutyDeskReadOnly());
    QVERIFY(!again.isDutyMode());
    QVERIFY(action("actionAddUnit", &again)->isEnabled());
    QVERIFY(again.session()->directory().addUnit(unit));
}

// ---- two windows --------------------------------------------------------------

void TestDataSafety::staleEditInASecondWindowIsRefusedAndReloads()
{
    Id school = NoId;
    Id an = NoId;
    {
        Database db;
        QVERIFY(db.open(m_dbPath).ok());
        Unit unit;
        unit.kind = UnitKind::School;
        unit.name = u8("Trường THPT Ngô Quyền");
        school = DirectoryStore(db).addUnit(unit)->id;
        Person person;
        person.unitId = school;
        person.fullName = u8("Nguyễn Văn An");
        person.position = u8("Hiệu trưởng");
        an = DirectoryStore(db).addPerson(person)->id;
    }
    // Two windows, each with its own session on the same file.
    AppSettings otherSettings(m_dir->filePath(QStringLiteral("other.ini")));
    MainWindow other(otherSettings);
    other.show();
    QVERIFY(QTest::qWaitForWindowExposed(&other));
    QVERIFY(m_window->openDatabase(m_dbPath, false));
    QVERIFY(other.openDatabase(m_dbPath, false));
    // B does not look for outside changes on its own until told below.
    other.session()->setWatchInterval(3600 * 1000);
    for (MainWindow *window : {m_window.get(), &other}) {
        window->showView(MainWindow::View::Directory);
        window->directoryPage()->showUnit(school);
        QCOMPARE(window->directoryPage()->peopleModel()->rowCount(), 1);
    }

    // A changes An; B has not looked since.
    editPositionThroughDialog(m_window.get(), an, u8("Phó Hiệu trưởng"));
    QCOMPARE(m_window->session()->directory().person(an)->position, u8("Phó Hiệu trưởng"));
    PeopleModel *seenByB = other.directoryPage()->peopleModel();
    QCOMPARE(seenByB->person(seenByB->rowOf(an))->position, u8("Hiệu trưởng"));

    // B changes An from what it shows: refused with a message, and B shows A's change.
    QSignalSpy reloaded(seenByB, &QAbstractItemModel::modelReset);
    MessageBox::setNextAnswer(MessageBox::Ok);
    editPositionThroughDialog(&other, an, u8("Giáo viên"));
    const QString message = MessageBox::lastText();
    QVERIFY2(message.contains(QStringLiteral("changed or deleted elsewhere")), qPrintable(message));
    QVERIFY2(!message.contains(QStringLiteral("locked"), Qt::CaseInsensitive), qPrintable(message));
    QVERIFY(reloaded.count() >= 1);
    QCOMPARE(seenByB->person(seenByB->rowOf(an))->position, u8("Phó Hiệu trưởng"));
    QCOMPARE(other.session()->directory().person(an)->position, u8("Phó Hiệu trưởng"));
    QCOMPARE(other.session()->undoStack()->count(), 0);
    // B's next edit, from the fresh data, goes through.
    editPositionThroughDialog(&other, an, u8("Giáo viên"));
    QCOMPARE(other.session()->directory().person(an)->position, u8("Giáo viên"));

    // A's undo would overwrite B's change: refused, and A's view reloads.
    MessageBox::setNextAnswer(MessageBox::Ok);
    action("actionUndo")->trigger();
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("changed elsewhere")),
             qPrintable(MessageBox::lastText()));
    PeopleModel *seenByA = m_window->directoryPage()->peopleModel();
    QCOMPARE(seenByA->person(seenByA->rowOf(an))->position, u8("Giáo viên"));
    QCOMPARE(m_window->session()->directory().person(an)->position, u8("Giáo viên"));

    // Without any edit, a window shows what the other saved within moments.
    other.session()->setWatchInterval(100);
    const Id added = addUnitThroughDialog(u8("Trường THPT Lê Chân"), false);
    QVERIFY(added != NoId);
    QTRY_VERIFY_WITH_TIMEOUT(other.directoryPage()->unitModel()->unit(added), 5000);
    QCOMPARE(other.directoryPage()->unitModel()->unitCount(), 2);
}

QTEST_MAIN(TestDataSafety)
#include "tst_datasafety.moc"
