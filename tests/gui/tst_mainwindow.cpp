// Drives the real main window, offscreen: every edit goes through the
// window's actions, dialogs and fields as a user's would.

#include "AppSettings.h"
#include "Backups.h"
#include "CommandLineOptions.h"
#include "DirectoryPage.h"
#include "DutyLogModel.h"
#include "DutyLogPage.h"
#include "EscalationChainModel.h"
#include "FileDialog.h"
#include "GuiTestSupport.h"
#include "HotlineModel.h"
#include "HotlinesPage.h"
#include "Lookup.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "NowPage.h"
#include "PeopleModel.h"
#include "SampleData.h"
#include "SearchField.h"
#include "SearchResultsModel.h"
#include "Session.h"
#include "Translations.h"
#include "UnitPickerDialog.h"
#include "UnitTreeModel.h"
#include "VietnameseText.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>

#include <functional>
#include <memory>

using namespace DutyDesk;
using namespace GuiTestSupport;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void firstStartOffersTheSample();
    void shortcutsAreUnique();
    void menuLettersAreUnique();
    void firstStartCanStartEmpty();
    void createUnitAndPersonWithUndoRedo();
    void personDialogChecksPhonesAsTyped();
    void searchFindsWithoutDiacritics();
    void escalationChainIsResolvedInNow();
    void nowPageWithKeyboardOnly();
    void dutyLogEntryAndCorrection();
    void reopeningFindsEverything();
    void deletingUnitSaysWhatGoesAndUndoRestoresIt();
    void dragAndDropAndMoveToMoveUnits();
    void renameAndDeactivateInTheTree();
    void hotlinesPageListsAll();
    void settingsAreUndoable();
    void windowRemembersViewAndRecentFiles();
    void commandLineOptions();
    void openingBacksUpAndNoticesOutsideChanges();
    void damagedDatabaseOffersTheNewestSoundBackup();
    void largeFileIsCheckedAfterItShows();
    void largeDamagedFileIsClosedUnchanged();
    void largeFileIsReadByEachPageWhenItShows();
    void unavailabilityIsEnteredPerPerson();

private:
    void openFresh();
    void attachTesters();
    QAction *action(const char *name) const;
    Id addUnitThroughDialog(const QString &name, bool subUnit);
    Id addPersonThroughDialog(const QString &name, const QString &position,
                              const QStringList &phones);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<MainWindow> m_window;
    QList<QAbstractItemModelTester *> m_testers;
    QString m_dbPath;
    ModalWatchdog m_watchdog;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_watchdog.start(2000);
}

void TestMainWindow::shortcutsAreUnique()
{
    // Two window-wide actions on one key: Qt runs neither ("ambiguous").
    QVERIFY(m_window->openDatabase(MainWindow::samplePath(), true));
    QHash<QKeySequence, QString> owner;
    QStringList clashes;
    const QList<QAction *> actions = m_window->findChildren<QAction *>();
    for (QAction *action : actions) {
        if (action->shortcutContext() == Qt::WidgetShortcut
            || action->shortcutContext() == Qt::WidgetWithChildrenShortcut)
            continue;
        const QString name = action->objectName().isEmpty() ? action->text() : action->objectName();
        for (const QKeySequence &key : action->shortcuts()) {
            const auto it = owner.constFind(key);
            if (it != owner.cend() && it.value() != name)
                clashes << QStringLiteral("%1: %2, %3").arg(key.toString(), it.value(), name);
            owner.insert(key, name);
        }
    }
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QStringLiteral("; "))));
    QCOMPARE(
        m_window->findChild<QAction *>(QStringLiteral("actionPrintPreviewAllRosters"))->shortcut(),
        QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_P));
}

void TestMainWindow::menuLettersAreUnique()
{
    // Alt+letter in a menu: two entries with one letter only cycle between
    // them. In both languages (a window takes its texts when made).
    const QString language = Translations::current();
    for (const QString &lang : {QStringLiteral("en"), QStringLiteral("vi")}) {
        QVERIFY(Translations::install(lang));
        MainWindow window(*m_settings);
        QStringList clashes;
        const QList<QMenu *> menus = window.menuBar()->findChildren<QMenu *>();
        for (QMenu *menu : menus) {
            QHash<QChar, QString> owner;
            for (QAction *action : menu->actions()) {
                if (action->isSeparator() || !action->isVisible())
                    continue;
                const QString text = action->text();
                const qsizetype at = text.indexOf(QRegularExpression(QStringLiteral("&[^&]")));
                if (at < 0)
                    continue;
                const QChar letter = text.at(at + 1).toLower();
                if (owner.contains(letter))
                    clashes << QStringLiteral("%1: %2 / %3").arg(lang, owner.value(letter), text);
                owner.insert(letter, text);
            }
        }
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QStringLiteral("; "))));
    }
    QVERIFY(Translations::install(language.isEmpty() ? QStringLiteral("en") : language));
}

void TestMainWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    // The test-mode data directory is shared between runs: start clean.
    QFile::remove(MainWindow::samplePath());
    QFile::remove(Database::defaultPath());
    m_settings = std::make_unique<AppSettings>(m_dir->filePath(QStringLiteral("settings.ini")));
    m_window = std::make_unique<MainWindow>(*m_settings);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    attachTesters();
    m_dbPath = m_dir->filePath(QStringLiteral("office.db"));
}

void TestMainWindow::cleanup()
{
    const QStringList unexpected = m_watchdog.takeUnexpected();
    qDeleteAll(m_testers);
    m_testers.clear();
    m_window.reset();
    m_settings.reset();
    QFile::remove(MainWindow::samplePath());
    QFile::remove(Database::defaultPath());
    m_dir.reset();
    QVERIFY2(unexpected.isEmpty(), qPrintable(unexpected.join(QStringLiteral("; "))));
}

void TestMainWindow::attachTesters()
{
    // Every model is watched through every reset and change the test causes.
    const QList<QAbstractItemModel *> models = {
        m_window->directoryPage()->unitModel(),    m_window->directoryPage()->peopleModel(),
        m_window->directoryPage()->hotlineModel(), m_window->directoryPage()->chainModel(),
        m_window->dutyLogPage()->model(),          m_window->hotlinesPage()->model(),
        m_window->searchField()->results(),        m_window->nowPage()->searchField()->results(),
    };
    for (QAbstractItemModel *model : models)
        m_testers << new QAbstractItemModelTester(
            model, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
}

void TestMainWindow::openFresh()
{
    QVERIFY(m_window->openDatabase(m_dbPath, true));
}

QAction *TestMainWindow::action(const char *name) const
{
    auto *found = m_window->findChild<QAction *>(QString::fromLatin1(name));
    if (!found)
        qWarning("no action %s", name);
    return found;
}

Id TestMainWindow::addUnitThroughDialog(const QString &name, bool subUnit)
{
    whenDialogShows<QDialog>(
        [name](QDialog *dialog) { edit(dialog, "unitNameEdit")->setText(name); });
    action(subUnit ? "actionAddSubUnit" : "actionAddUnit")->trigger();
    return m_window->directoryPage()->currentUnitId();
}

Id TestMainWindow::addPersonThroughDialog(const QString &name, const QString &position,
                                          const QStringList &phones)
{
    whenDialogShows<QDialog>([=](QDialog *dialog) {
        edit(dialog, "fullNameEdit")->setText(name);
        edit(dialog, "positionEdit")->setText(position);
        dialog->findChild<QCheckBox *>(QStringLiteral("leaderCheck"))->setChecked(true);
        for (int i = 0; i < phones.size(); ++i) {
            if (i > 0)
                dialog->findChild<QPushButton *>(QStringLiteral("addPhoneButton"))->click();
            const QList<QLineEdit *> edits
                = dialog->findChildren<QLineEdit *>(QStringLiteral("phoneEdit"));
            QTest::keyClicks(edits.last(), phones.at(i));
        }
    });
    action("actionAddPerson")->trigger();
    PeopleModel *people = m_window->directoryPage()->peopleModel();
    const QModelIndex current = m_window->directoryPage()->peopleView()->currentIndex();
    return current.isValid() ? people->person(current.row())->id : NoId;
}

// ---- start ------------------------------------------------------------------

void TestMainWindow::firstStartOffersTheSample()
{
    MessageBox::setNextAnswer(MessageBox::ExploreSample);
    QVERIFY(m_window->startUp(QString()));
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("explore")));
    QCOMPARE(m_window->session()->path(), MainWindow::samplePath());
    QVERIFY(m_window->directoryPage()->unitModel()->unitCount() > 80);
    QCOMPARE(m_settings->lastDatabase(), MainWindow::samplePath());
}

void TestMainWindow::firstStartCanStartEmpty()
{
    MessageBox::setNextAnswer(MessageBox::StartEmpty);
    QVERIFY(m_window->startUp(QString()));
    QCOMPARE(m_window->session()->path(), Database::defaultPath());
    QCOMPARE(m_window->directoryPage()->unitModel()->unitCount(), 0);
    QCOMPARE(m_window->currentView(), MainWindow::View::Directory);
}

// ---- directory and undo -----------------------------------------------------

void TestMainWindow::createUnitAndPersonWithUndoRedo()
{
    openFresh();
    DirectoryPage *page = m_window->directoryPage();
    const Id department = addUnitThroughDialog(u8("Sở Giáo dục và Đào tạo Thử nghiệm"), false);
    QVERIFY(department != NoId);
    const Id school = addUnitThroughDialog(u8("Trường THPT Hồng Bàng"), true);
    QVERIFY(school != NoId && school != department);
    QCOMPARE(page->unitModel()->unit(school)->parentId, department);
    QCOMPARE(page->unitTree()->currentIndex(), page->unitModel()->indexOf(school));

    const Id person = addPersonThroughDialog(
        u8("Phạm Đức Tính"), u8("Hiệu trưởng"),
        {QStringLiteral("0904.185.683"), QStringLiteral("(0225) 3842 123")});
    QVERIFY(person != NoId);
    QCOMPARE(page->peopleModel()->rowCount(), 1);
    const Person *saved = page->peopleModel()->person(0);
    QCOMPARE(saved->fullName, u8("Phạm Đức Tính"));
    QVERIFY(saved->leader);
    QCOMPARE(saved->phones.size(), 2);
    QCOMPARE(saved->phones.first().e164, QStringLiteral("+84904185683"));

    // The Edit menu names the edit; undo and redo go through the actions.
    QAction *undo = action("actionUndo");
    QAction *redo = action("actionRedo");
    QCOMPARE(undo->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Z));
    QCOMPARE(redo->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    QVERIFY(undo->text().contains(u8("Add Person “Phạm Đức Tính”")));
    undo->trigger();
    QCOMPARE(page->peopleModel()->rowCount(), 0);
    QVERIFY(!m_window->session()->directory().person(person));
    QVERIFY(redo->text().contains(u8("Phạm Đức Tính")));
    redo->trigger();
    QCOMPARE(page->peopleModel()->rowCount(), 1);
    // The very same record is back: later edits refer to it by id.
    QCOMPARE(page->peopleModel()->person(0)->id, person);

    // Undo everything, then redo everything: the ids survive both ways.
    undo->trigger();
    undo->trigger();
    QVERIFY(!m_window->session()->directory().unit(school));
    undo->trigger();
    QCOMPARE(page->unitModel()->unitCount(), 0);
    redo->trigger();
    redo->trigger();
    redo->trigger();
    QCOMPARE(page->unitModel()->unitCount(), 2);
    const Result<Person> back = m_window->session()->directory().person(person);
    QVERIFY(back);
    QCOMPARE(back->unitId, school);
    QCOMPARE(back->phones.size(), 2);

    // Editing through the dialog is one more undoable step.
    page->showPerson(person);
    whenDialogShows<QDialog>(
        [](QDialog *dialog) { edit(dialog, "positionEdit")->setText(u8("Phó Hiệu trưởng")); });
    action("actionEditPerson")->trigger();
    QCOMPARE(m_window->session()->directory().person(person)->position, u8("Phó Hiệu trưởng"));
    undo->trigger();
    QCOMPARE(m_window->session()->directory().person(person)->position, u8("Hiệu trưởng"));
}

void TestMainWindow::personDialogChecksPhonesAsTyped()
{
    openFresh();
    addUnitThroughDialog(u8("Trường THPT Ngô Quyền"), false);
    bool checked = false;
    whenDialogShows<QDialog>([&checked](QDialog *dialog) {
        edit(dialog, "fullNameEdit")->setText(u8("Lê Thị Hoa"));
        QLineEdit *phone = edit(dialog, "phoneEdit");
        auto *reason = dialog->findChild<QLabel *>(QStringLiteral("phoneReasonLabel"));
        QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QTest::keyClicks(phone, QStringLiteral("12345"));
        QVERIFY(!reason->text().isEmpty());
        QVERIFY(!reason->text().startsWith(u8("✓")));
        QVERIFY(!ok->isEnabled());
        phone->clear();
        QTest::keyClicks(phone, QStringLiteral("+84 904 185 683"));
        QCOMPARE(reason->text(), u8("✓ 0904 185 683"));
        QVERIFY(ok->isEnabled());
        checked = true;
    });
    action("actionAddPerson")->trigger();
    QVERIFY(checked);
    QCOMPARE(m_window->directoryPage()->peopleModel()->rowCount(), 1);
}

// ---- search -----------------------------------------------------------------

void TestMainWindow::searchFindsWithoutDiacritics()
{
    openFresh();
    addUnitThroughDialog(u8("Sở Giáo dục và Đào tạo Thử nghiệm"), false);
    const Id school = addUnitThroughDialog(u8("Trường THPT Hồng Bàng"), true);
    const Id person = addPersonThroughDialog(u8("Phạm Đức Tính"), u8("Hiệu trưởng"),
                                             {QStringLiteral("0904185683")});
    m_window->showView(MainWindow::View::Now);

    // Ctrl+K puts the cursor in the global search field.
    SearchField *search = m_window->searchField();
    m_window->activateWindow(); // the dialogs took it
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QVERIFY(!search->hasFocus());
    QTest::keyClick(m_window.get(), Qt::Key_K, Qt::ControlModifier);
    QTRY_VERIFY(search->hasFocus());

    QTest::keyClicks(search, QStringLiteral("pham duc tinh"));
    QTRY_VERIFY(search->popup()->isVisible());
    QVERIFY(search->results()->rowCount() >= 1);
    QCOMPARE(search->results()->hits().first().id, person);
    QTest::keyClick(search, Qt::Key_Return);
    QVERIFY(!search->popup()->isVisible());
    QCOMPARE(m_window->currentView(), MainWindow::View::Directory);
    QCOMPARE(m_window->directoryPage()->currentUnitId(), school);
    QCOMPARE(m_window->directoryPage()->peopleView()->currentIndex().row(), 0);

    // Units without diacritics, arrows to move, Enter to open.
    search->clear();
    QTest::keyClicks(search, QStringLiteral("hong bang"));
    QTRY_VERIFY(search->popup()->isVisible());
    QCOMPARE(search->currentRow(), 0);
    QTest::keyClick(search, Qt::Key_Down);
    QTest::keyClick(search, Qt::Key_Up);
    QCOMPARE(search->currentRow(), 0);
    QCOMPARE(search->results()->hits().first().kind, SearchHit::Kind::Unit);
    m_window->showView(MainWindow::View::Hotlines);
    QTest::keyClick(search, Qt::Key_Enter);
    QCOMPARE(m_window->currentView(), MainWindow::View::Directory);
    QCOMPARE(m_window->directoryPage()->currentUnitId(), school);

    // Partial digits of a number.
    search->clear();
    QTest::keyClicks(search, QStringLiteral("185683"));
    QTRY_VERIFY(search->popup()->isVisible());
    QCOMPARE(search->results()->hits().first().id, person);
    QTest::keyClick(search, Qt::Key_Escape);
    QVERIFY(!search->popup()->isVisible());
}

// ---- escalation and Now -----------------------------------------------------

void TestMainWindow::escalationChainIsResolvedInNow()
{
    openFresh();
    DirectoryPage *page = m_window->directoryPage();
    const Id department = addUnitThroughDialog(u8("Sở Giáo dục và Đào tạo Thử nghiệm"), false);

    // The department's hotline, and its chain: call that hotline.
    page->showUnit(department);
    whenDialogShows<QDialog>([](QDialog *dialog) {
        edit(dialog, "hotlineLabelEdit")->setText(u8("Đường dây nóng Sở"));
        QTest::keyClicks(edit(dialog, "hotlineNumberEdit"), QStringLiteral("0225 3842 123"));
        edit(dialog, "hotlineHoursEdit")->setText(QStringLiteral("24/7"));
    });
    action("actionAddHotline")->trigger();
    QCOMPARE(page->hotlineModel()->rowCount(), 1);
    whenDialogShows<QDialog>([](QDialog *dialog) {
        auto *target = dialog->findChild<QComboBox *>(QStringLiteral("stepTargetCombo"));
        target->setCurrentIndex(target->findData(int(EscalationTarget::Hotline)));
        dialog->findChild<QSpinBox *>(QStringLiteral("stepWaitSpin"))->setValue(0);
    });
    action("actionAddStep")->trigger();
    QCOMPARE(page->chainModel()->ownSteps().size(), 1);

    // The school: its headmaster first, then the department's chain.
    const Id school = addUnitThroughDialog(u8("Trường THPT Hồng Bàng"), true);
    const Id person = addPersonThroughDialog(u8("Phạm Đức Tính"), u8("Hiệu trưởng"),
                                             {QStringLiteral("0904185683")});
    QVERIFY(person != NoId);
    // Before it has a chain of its own, the school shows the inherited step, greyed.
    QCOMPARE(page->chainModel()->rowCount(), 1);
    QVERIFY(page->chainModel()->isInherited(0));
    QVERIFY(!(page->chainModel()->flags(page->chainModel()->index(0, 1)) & Qt::ItemIsEnabled));

    whenDialogShows<QDialog>([person](QDialog *dialog) {
        auto *target = dialog->findChild<QComboBox *>(QStringLiteral("stepTargetCombo"));
        target->setCurrentIndex(target->findData(int(EscalationTarget::Person)));
        auto *who = dialog->findChild<QComboBox *>(QStringLiteral("stepPersonCombo"));
        who->setCurrentIndex(who->findData(qint64(person)));
        dialog->findChild<QSpinBox *>(QStringLiteral("stepWaitSpin"))->setValue(10);
        edit(dialog, "stepInstructionEdit")->setText(u8("Báo cáo ngay sự cố ATTT"));
    });
    action("actionAddStep")->trigger();
    whenDialogShows<QDialog>([](QDialog *dialog) {
        auto *target = dialog->findChild<QComboBox *>(QStringLiteral("stepTargetCombo"));
        target->setCurrentIndex(target->findData(int(EscalationTarget::Parent)));
    });
    action("actionAddStep")->trigger();
    EscalationChainModel *chain = page->chainModel();
    QCOMPARE(chain->ownSteps().size(), 2);
    QCOMPARE(chain->rowCount(), 3); // two own steps, then the department's, inherited
    QVERIFY(!chain->isInherited(1));
    QVERIFY(chain->isInherited(2));

    // Reorder with the buttons, and undo it.
    page->chainView()->setCurrentIndex(chain->index(1, 0));
    action("actionStepUp")->trigger();
    QCOMPARE(chain->ownSteps().first().target, EscalationTarget::Parent);
    QVERIFY(action("actionUndo")->text().contains(QStringLiteral("Move Escalation Step")));
    action("actionUndo")->trigger();
    QCOMPARE(chain->ownSteps().first().target, EscalationTarget::Person);

    // Now: search the school, see the chain resolved into names and numbers.
    m_window->showView(MainWindow::View::Now);
    NowPage *now = m_window->nowPage();
    QTest::keyClicks(now->searchField(), QStringLiteral("thpt hong bang"));
    QTRY_VERIFY(now->searchField()->popup()->isVisible());
    QTest::keyClick(now->searchField(), Qt::Key_Return);
    QCOMPARE(now->unitId(), school);
    QVERIFY(now->answer().has_value());
    const DutyAnswer &answer = *now->answer();
    QCOMPARE(answer.escalation.size(), 2);
    QCOMPARE(answer.escalation.at(0).waitMinutes, 10);
    QCOMPARE(answer.escalation.at(0).instruction, u8("Báo cáo ngay sự cố ATTT"));
    QVERIFY(answer.escalation.at(1).inherited);
    const QList<QLabel *> steps
        = now->answerCard()->findChildren<QLabel *>(QStringLiteral("stepLabel"));
    QCOMPARE(steps.size(), 2);
    QVERIFY(steps.at(0)->text().startsWith(QStringLiteral("1. ")));
    QVERIFY(steps.at(0)->text().contains(u8("Phạm Đức Tính")));
    QVERIFY(steps.at(1)->text().contains(u8("Đường dây nóng Sở")));
    const QList<QLabel *> numbers
        = now->answerCard()->findChildren<QLabel *>(QStringLiteral("phoneLabel"));
    QStringList shown;
    for (const QLabel *label : numbers)
        shown << label->text();
    QVERIFY(shown.contains(QStringLiteral("0904 185 683")));
    QVERIFY(shown.contains(QStringLiteral("0225 3842 123")));
}

void TestMainWindow::nowPageWithKeyboardOnly()
{
    QVERIFY(m_window->openSample());
    m_window->showView(MainWindow::View::Now);
    NowPage *now = m_window->nowPage();
    QTRY_VERIFY(now->searchField()->hasFocus());
    now->setMoment(QDateTime::fromString(QString::fromLatin1(SampleData::QueryMoment),
                                         QStringLiteral("yyyy-MM-dd HH:mm")));
    QTest::keyClicks(now->searchField(), QStringLiteral("thai phien"));
    QTRY_VERIFY(now->searchField()->popup()->isVisible());
    QTest::keyClick(now->searchField(), Qt::Key_Return);
    QVERIFY(now->answer().has_value());
    QCOMPARE(now->answer()->unit.name, u8(SampleData::QuerySchoolName));
    QVERIFY(now->answer()->shift.has_value());
    QVERIFY(!now->answer()->onDuty.isEmpty());
    QVERIFY(now->answerCard()
                ->findChild<QLabel *>(QStringLiteral("answerShift"))
                ->text()
                .contains(QStringLiteral("30/04/2023")));

    // Tab reaches the copy buttons; Space copies the number.
    const QList<QToolButton *> copies
        = now->answerCard()->findChildren<QToolButton *>(QStringLiteral("copyPhoneButton"));
    QVERIFY(!copies.isEmpty());
    QWidget *focus = now->searchField();
    for (int i = 0; i < 10 && focus != copies.first(); ++i)
        focus = focus->nextInFocusChain();
    QCOMPARE(focus, copies.first());
    copies.first()->setFocus();
    QTest::keyClick(copies.first(), Qt::Key_Space);
    QCOMPARE(QApplication::clipboard()->text(), copies.first()->property("phone").toString());

    // Another moment: the night before the period, nobody is on duty.
    now->momentEdit()->setDateTime(QDateTime(QDate(2023, 4, 1), QTime(10, 0)));
    QVERIFY(now->answer().has_value());
    QVERIFY(!now->answer()->period.has_value());
    QVERIFY(now->answer()->onDuty.isEmpty());
}

// ---- duty log -----------------------------------------------------------------

void TestMainWindow::dutyLogEntryAndCorrection()
{
    openFresh();
    const Id unit = addUnitThroughDialog(u8("Trường THPT Hồng Bàng"), false);
    m_window->showView(MainWindow::View::DutyLog);
    DutyLogPage *page = m_window->dutyLogPage();
    auto *combo = page->findChild<QComboBox *>(QStringLiteral("logUnitCombo"));
    QCOMPARE(combo->currentData().toLongLong(), unit); // the unit chosen in the directory
    auto *category = page->findChild<QComboBox *>(QStringLiteral("logCategoryCombo"));
    category->setCurrentIndex(category->findData(int(LogCategory::Incident)));
    auto *text = page->findChild<QLineEdit *>(QStringLiteral("logTextEdit"));
    auto *add = page->findChild<QPushButton *>(QStringLiteral("addLogEntryButton"));
    QVERIFY(!add->isEnabled());
    // QTest types ASCII only: the Vietnamese text is set as a whole.
    text->setText(u8("Mất kết nối mạng tại phòng máy, đã báo kỹ thuật"));
    QVERIFY(add->isEnabled());
    add->click();
    QCOMPARE(page->model()->rowCount(), 1);
    QVERIFY(text->text().isEmpty());
    const DutyLogEntry *entry = page->model()->entry(0);
    QCOMPARE(entry->unitId, unit);
    QCOMPARE(entry->category, LogCategory::Incident);
    QCOMPARE(entry->author, Database::currentUser());

    // The author corrects it; the original stays.
    page->view()->setCurrentIndex(page->model()->index(0, 0));
    auto *correct = page->findChild<QPushButton *>(QStringLiteral("correctLogEntryButton"));
    QVERIFY(correct->isEnabled());
    QVERIFY(page->correctEntry(0, u8("Mất kết nối mạng tại phòng máy 2, đã báo kỹ thuật")).ok());
    QCOMPARE(page->model()->rowCount(), 2);
    QVERIFY(page->model()->data(page->model()->index(0, 0), DutyLogModel::CorrectedRole).toBool());
    QCOMPARE(page->model()->entry(1)->correctsId, page->model()->entry(0)->id);

    // The filter.
    auto *filter = page->findChild<QLineEdit *>(QStringLiteral("logFilterTextEdit"));
    filter->setText(QStringLiteral("phong may 2"));
    QCOMPARE(page->model()->rowCount(), 1);
    filter->setText(QStringLiteral("no such words"));
    QCOMPARE(page->model()->rowCount(), 0);
    filter->clear();
    auto *categoryFilter = page->findChild<QComboBox *>(QStringLiteral("logFilterCategoryCombo"));
    categoryFilter->setCurrentIndex(categoryFilter->findData(int(LogCategory::Call)));
    QCOMPARE(page->model()->rowCount(), 0);
}

// ---- persistence --------------------------------------------------------------

void TestMainWindow::reopeningFindsEverything()
{
    openFresh();
    const Id department = addUnitThroughDialog(u8("Sở Giáo dục và Đào tạo Thử nghiệm"), false);
    const Id school = addUnitThroughDialog(u8("Trường THPT Hồng Bàng"), true);
    const Id person = addPersonThroughDialog(u8("Phạm Đức Tính"), u8("Hiệu trưởng"),
                                             {QStringLiteral("0904185683")});
    whenDialogShows<QDialog>([](QDialog *dialog) {
        auto *target = dialog->findChild<QComboBox *>(QStringLiteral("stepTargetCombo"));
        target->setCurrentIndex(target->findData(int(EscalationTarget::Role)));
        dialog->findChild<QComboBox *>(QStringLiteral("stepRoleCombo"))
            ->setCurrentText(u8("Lãnh đạo trực"));
    });
    action("actionAddStep")->trigger();
    m_window->showView(MainWindow::View::DutyLog);
    auto *text = m_window->dutyLogPage()->findChild<QLineEdit *>(QStringLiteral("logTextEdit"));
    text->setText(u8("Bàn giao ca trực"));
    m_window->dutyLogPage()->findChild<QPushButton *>(QStringLiteral("addLogEntryButton"))->click();

    // Close the window; a new one opens the last database by itself.
    m_window->close();
    qDeleteAll(m_testers);
    m_testers.clear();
    m_window.reset();
    m_window = std::make_unique<MainWindow>(*m_settings);
    attachTesters();
    QVERIFY(m_window->startUp(QString()));
    QCOMPARE(m_window->session()->path(), m_dbPath);
    QCOMPARE(m_window->currentView(), MainWindow::View::DutyLog);

    DirectoryPage *page = m_window->directoryPage();
    QCOMPARE(page->unitModel()->unitCount(), 2);
    QCOMPARE(page->unitModel()->unit(school)->parentId, department);
    page->showUnit(school);
    QCOMPARE(page->peopleModel()->rowCount(), 1);
    QCOMPARE(page->peopleModel()->person(0)->id, person);
    QCOMPARE(page->chainModel()->ownSteps().size(), 1);
    QCOMPARE(page->chainModel()->ownSteps().first().roleName, u8("Lãnh đạo trực"));
    QCOMPARE(m_window->dutyLogPage()->model()->rowCount(), 1);
    QCOMPARE(m_window->dutyLogPage()->model()->entry(0)->text, u8("Bàn giao ca trực"));
    // And the search index knows them.
    QCOMPARE(m_window->session()->searchIndex().search(QStringLiteral("tinh")).first().id, person);
}

void TestMainWindow::deletingUnitSaysWhatGoesAndUndoRestoresIt()
{
    QVERIFY(m_window->openSample());
    Session *session = m_window->session();
    const Result<Unit> district
        = Lookup::unit(session->database(), u8(SampleData::DoubleBookedOtherUnitName));
    QVERIFY(district);
    auto count = [session](const char *table) {
        QSqlQuery q = session->database().prepare(QStringLiteral("SELECT COUNT(*) FROM ")
                                                  + QString::fromLatin1(table));
        return session->database().exec(q).ok() && q.next() ? q.value(0).toInt() : -1;
    };
    const QList<const char *> tables
        = {"units",       "people",        "phone_numbers", "hotlines", "escalation_steps",
           "assignments", "unavailability"};
    QList<int> before;
    for (const char *table : tables)
        before << count(table);
    const QDateTime moment = QDateTime::fromString(QString::fromLatin1(SampleData::QueryMoment),
                                                   QStringLiteral("yyyy-MM-dd HH:mm"));
    const Result<DutyAnswer> answerBefore = session->resolver().resolve(district->id, moment);
    QVERIFY(answerBefore);

    m_window->directoryPage()->showUnit(district->id);
    MessageBox::setNextAnswer(MessageBox::Cancel);
    action("actionDeleteUnit")->trigger();
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("sub-unit")));
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("person")));
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("assignment")));
    QVERIFY(session->directory().unit(district->id)); // cancelled: still there

    MessageBox::setNextAnswer(MessageBox::Delete);
    action("actionDeleteUnit")->trigger();
    QVERIFY(!session->directory().unit(district->id));
    QVERIFY(count("units") < before.at(0));
    QVERIFY(count("assignments") < before.at(5));

    action("actionUndo")->trigger();
    for (int i = 0; i < tables.size(); ++i)
        QCOMPARE(count(tables.at(i)), before.at(i));
    const Result<DutyAnswer> answerAfter = session->resolver().resolve(district->id, moment);
    QVERIFY(answerAfter);
    QCOMPARE(answerAfter->toJson(), answerBefore->toJson());

    action("actionRedo")->trigger();
    QVERIFY(!session->directory().unit(district->id));
    action("actionUndo")->trigger();
    QVERIFY(session->directory().unit(district->id));
}

void TestMainWindow::dragAndDropAndMoveToMoveUnits()
{
    openFresh();
    DirectoryPage *page = m_window->directoryPage();
    UnitTreeModel *model = page->unitModel();
    const Id first = addUnitThroughDialog(u8("Phòng GD&ĐT quận Hồng Bàng"), false);
    const Id second = addUnitThroughDialog(u8("Phòng GD&ĐT quận Lê Chân"), false);
    page->showUnit(first);
    const Id school = addUnitThroughDialog(u8("Trường THPT Hồng Bàng"), true);
    QCOMPARE(model->unit(school)->parentId, first);

    // Drag the school onto the other district.
    QMimeData *data = model->mimeData({model->indexOf(school)});
    QVERIFY(!model->canDropMimeData(data, Qt::MoveAction, -1, -1, model->indexOf(school)));
    QVERIFY(model->canDropMimeData(data, Qt::MoveAction, -1, -1, model->indexOf(second)));
    QVERIFY(model->dropMimeData(data, Qt::MoveAction, -1, -1, model->indexOf(second)));
    delete data;
    QCOMPARE(model->unit(school)->parentId, second);
    QVERIFY(action("actionUndo")->text().contains(u8("Move Unit “Trường THPT Hồng Bàng”")));
    action("actionUndo")->trigger();
    QCOMPARE(model->unit(school)->parentId, first);

    // A district cannot go below its own school.
    QMimeData *up = model->mimeData({model->indexOf(first)});
    QVERIFY(!model->canDropMimeData(up, Qt::MoveAction, -1, -1, model->indexOf(school)));
    delete up;

    // "Move to…" through its dialog.
    page->showUnit(school);
    whenDialogShows<UnitPickerDialog>(
        [second](UnitPickerDialog *dialog) { dialog->choose(second); });
    action("actionMoveUnit")->trigger();
    QCOMPARE(model->unit(school)->parentId, second);
    whenDialogShows<UnitPickerDialog>([](UnitPickerDialog *dialog) { dialog->choose(NoId); });
    action("actionMoveUnit")->trigger();
    QCOMPARE(model->unit(school)->parentId, NoId);
    QCOMPARE(model->parent(model->indexOf(school)), QModelIndex());
}

void TestMainWindow::renameAndDeactivateInTheTree()
{
    openFresh();
    DirectoryPage *page = m_window->directoryPage();
    UnitTreeModel *model = page->unitModel();
    const Id unit = addUnitThroughDialog(u8("Trường THPT Ngo Quyen"), false);
    QVERIFY(model->setData(model->indexOf(unit), u8("Trường THPT Ngô Quyền")));
    QCOMPARE(model->unit(unit)->name, u8("Trường THPT Ngô Quyền"));
    QVERIFY(action("actionUndo")->text().contains(QStringLiteral("Rename Unit")));

    action("actionToggleUnitActive")->trigger();
    QVERIFY(!model->unit(unit)->active);
    QVERIFY(model->data(model->indexOf(unit)).toString().contains(QStringLiteral("inactive")));
    QCOMPARE(action("actionToggleUnitActive")->text(), QStringLiteral("Re&activate Unit"));
    action("actionUndo")->trigger();
    QVERIFY(model->unit(unit)->active);
    action("actionUndo")->trigger();
    QCOMPARE(model->unit(unit)->name, u8("Trường THPT Ngo Quyen"));
}

void TestMainWindow::hotlinesPageListsAll()
{
    QVERIFY(m_window->openSample());
    m_window->showView(MainWindow::View::Hotlines);
    HotlineModel *model = m_window->hotlinesPage()->model();
    const Result<QList<Hotline>> all = m_window->session()->directory().hotlines();
    QVERIFY(all);
    QCOMPARE(model->rowCount(), all->size());
    bool global = false;
    bool perUnit = false;
    for (int row = 0; row < model->rowCount(); ++row) {
        (model->hotline(row)->unitId == NoId ? global : perUnit) = true;
    }
    QVERIFY(global || perUnit);
}

void TestMainWindow::settingsAreUndoable()
{
    openFresh();
    whenDialogShows<QDialog>([](QDialog *dialog) {
        edit(dialog, "parentAgencyEdit")->setText(u8("UBND THÀNH PHỐ HẢI PHÒNG"));
        edit(dialog, "issuingAgencyEdit")->setText(u8("SỞ GIÁO DỤC VÀ ĐÀO TẠO"));
        auto *language = dialog->findChild<QComboBox *>(QStringLiteral("languageCombo"));
        language->setCurrentIndex(language->findData(QStringLiteral("en")));
    });
    action("actionSettings")->trigger();
    QCOMPARE(m_window->session()->settings().organisation()->issuingAgency,
             u8("SỞ GIÁO DỤC VÀ ĐÀO TẠO"));
    QCOMPARE(m_settings->language(), QStringLiteral("en"));
    action("actionUndo")->trigger();
    QVERIFY(m_window->session()->settings().organisation()->issuingAgency.isEmpty());
}

void TestMainWindow::windowRemembersViewAndRecentFiles()
{
    openFresh();
    const QString other = m_dir->filePath(QStringLiteral("other.db"));
    FileDialog::setNextFileName(other);
    action("actionNewDatabase")->trigger();
    QCOMPARE(m_window->session()->path(), other);
    QCOMPARE(m_settings->recentFiles().first(), other);
    QCOMPARE(m_settings->recentFiles().at(1), m_dbPath);

    FileDialog::setNextFileName(m_dbPath);
    action("actionOpenDatabase")->trigger();
    QCOMPARE(m_window->session()->path(), m_dbPath);
    QVERIFY(m_window->session()->undoStack()->count() == 0);

    action("actionViewHotlines")->trigger();
    QCOMPARE(m_window->currentView(), MainWindow::View::Hotlines);
    m_window->resize(1300, 860);
    m_window->close();
    MainWindow again(*m_settings);
    QCOMPARE(again.currentView(), MainWindow::View::Hotlines);
    QCOMPARE(again.size(), QSize(1300, 860));
    auto *recent = again.findChild<QMenu *>(QStringLiteral("menuRecentFiles"));
    QVERIFY(recent);
    QCOMPARE(recent->findChildren<QAction *>(QStringLiteral("actionRecentFile")).size(), 2);
}

void TestMainWindow::commandLineOptions()
{
    const QString app = QStringLiteral("dutydesk");
    Result<GuiOptions> options = CommandLineOptions::parse(
        {app, QStringLiteral("--database"), QStringLiteral("/tmp/a.db"), QStringLiteral("--lang"),
         QStringLiteral("en"), QStringLiteral("--view"), QStringLiteral("now"),
         QStringLiteral("--screenshot"), QStringLiteral("/tmp/a.png"), QStringLiteral("--at"),
         QStringLiteral("2023-04-30 20:00")});
    QVERIFY(options);
    QCOMPARE(options->database, QStringLiteral("/tmp/a.db"));
    QCOMPARE(options->language, QStringLiteral("en"));
    QCOMPARE(options->view, QStringLiteral("now"));
    QCOMPARE(options->screenshot, QStringLiteral("/tmp/a.png"));
    QCOMPARE(options->at, QDateTime(QDate(2023, 4, 30), QTime(20, 0)));
    QVERIFY(!CommandLineOptions::parse({app, QStringLiteral("--lang"), QStringLiteral("fr")}));
    QVERIFY(!CommandLineOptions::parse({app, QStringLiteral("--view"), QStringLiteral("nowhere")}));
    QVERIFY(!CommandLineOptions::parse({app, QStringLiteral("--bogus")}));
    QVERIFY(CommandLineOptions::parse({app, QStringLiteral("--help")})->help);
    QVERIFY(CommandLineOptions::parse({app, QStringLiteral("--version")})->version);
}

void TestMainWindow::openingBacksUpAndNoticesOutsideChanges()
{
    {
        Database db;
        QVERIFY(db.open(m_dbPath).ok());
        QVERIFY(SampleData::build(db).ok());
    }
    QVERIFY(Backups::list(m_dbPath).isEmpty());
    QVERIFY(m_window->openDatabase(m_dbPath, false));
    // A backup at every start.
    const QList<Backups::Entry> backups = Backups::list(m_dbPath);
    QCOMPARE(backups.size(), 1);
    QCOMPARE(backups.first().reason, QStringLiteral("start"));

    // Another program (here another connection) saves a unit: the window notices.
    Session *session = m_window->session();
    QSignalSpy outside(session, &Session::changedOutside);
    session->checkForOutsideChanges();
    QCOMPARE(outside.count(), 0);
    {
        Database other;
        QVERIFY(other.open(m_dbPath, Database::OpenMode::MustExist).ok());
        Unit unit;
        unit.kind = UnitKind::School;
        unit.name = u8("Trường THPT Thêm Từ Nơi Khác");
        QVERIFY(DirectoryStore(other).addUnit(unit).ok());
    }
    QTRY_COMPARE_WITH_TIMEOUT(outside.count(), 1, 5000);
    QCOMPARE(session->searchIndex().search(QStringLiteral("them tu noi khac")).size(), 1);
    // Its own edits are not mistaken for outside ones.
    Unit mine;
    mine.kind = UnitKind::School;
    mine.name = u8("Trường của chính cửa sổ này");
    QVERIFY(session->directory().addUnit(mine).ok());
    session->checkForOutsideChanges();
    QCOMPARE(outside.count(), 1);
}

void TestMainWindow::damagedDatabaseOffersTheNewestSoundBackup()
{
    int units = 0;
    {
        Database db;
        QVERIFY(db.open(m_dbPath).ok());
        QVERIFY(SampleData::build(db).ok());
        QVERIFY(Backups::create(db, QStringLiteral("manual")).ok());
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM units")) && q.next());
        units = q.value(0).toInt();
    }
    // Damage the middle of the file.
    QFile file(m_dbPath);
    QVERIFY(file.open(QIODevice::ReadWrite));
    file.seek(file.size() / 2);
    file.write(QByteArray(8192, '\xAB'));
    file.close();
    QFile damaged(m_dbPath);
    QVERIFY(damaged.open(QIODevice::ReadOnly));
    const QByteArray damagedBytes = damaged.readAll();
    damaged.close();

    // Declining leaves the damaged file exactly as it was.
    MessageBox::setNextAnswer(MessageBox::No);
    MessageBox::setNextAnswer(MessageBox::Ok);
    QVERIFY(!m_window->openDatabase(m_dbPath, false));
    QVERIFY(damaged.open(QIODevice::ReadOnly));
    QCOMPARE(damaged.readAll(), damagedBytes);
    damaged.close();

    // Accepting restores the newest sound backup and opens it.
    MessageBox::setNextAnswer(MessageBox::Yes);
    QVERIFY(m_window->openDatabase(m_dbPath, false));
    QSqlQuery q
        = m_window->session()->database().prepare(QStringLiteral("SELECT COUNT(*) FROM units"));
    QVERIFY(m_window->session()->database().exec(q).ok() && q.next());
    QCOMPARE(q.value(0).toInt(), units);
    // The damaged file was kept among the backups.
    bool kept = false;
    for (const Backups::Entry &e : Backups::list(m_dbPath))
        kept = kept || e.reason == QStringLiteral("restore");
    QVERIFY(kept);
}

void TestMainWindow::unavailabilityIsEnteredPerPerson()
{
    QVERIFY(m_window->openSample());
    Session *session = m_window->session();
    const Result<Unit> school = Lookup::unit(session->database(), u8(SampleData::QuerySchoolName));
    QVERIFY(school);
    m_window->directoryPage()->showUnit(school->id);
    QTableView *people = m_window->directoryPage()->peopleView();
    people->setCurrentIndex(people->model()->index(0, 0));
    const Person person = *m_window->directoryPage()->peopleModel()->person(0);
    QVERIFY(session->periods().unavailability(person.id)->isEmpty());

    // Through the dialog: a bad range is refused with its reason, a good one saved.
    whenDialogShows<QDialog>([](QDialog *dialog) {
        auto *from = dialog->findChild<QDateEdit *>(QStringLiteral("unavailabilityFrom"));
        auto *to = dialog->findChild<QDateEdit *>(QStringLiteral("unavailabilityTo"));
        auto *reason = dialog->findChild<QLineEdit *>(QStringLiteral("unavailabilityReason"));
        auto *add = dialog->findChild<QPushButton *>(QStringLiteral("addUnavailability"));
        from->setDate(QDate(2023, 5, 2));
        to->setDate(QDate(2023, 4, 30));
        MessageBox::setNextAnswer(MessageBox::Ok);
        add->click();
        QVERIFY(MessageBox::lastText().contains(QStringLiteral("02/05/2023")));
        from->setDate(QDate(2023, 4, 30));
        to->setDate(QDate(2023, 5, 2));
        reason->setText(u8("Đi công tác"));
        add->click();
        QCOMPARE(dialog->findChild<QListWidget *>(QStringLiteral("unavailabilityList"))->count(),
                 1);
        dialog->reject();
    });
    action("actionPersonUnavailability")->trigger();
    Result<QList<Unavailability>> saved = session->periods().unavailability(person.id);
    QCOMPARE(saved->size(), 1);
    QCOMPARE(saved->first().reason, u8("Đi công tác"));
    QCOMPARE(saved->first().firstDay, QDate(2023, 4, 30));

    // Undo and redo.
    session->undoStack()->undo();
    QVERIFY(session->periods().unavailability(person.id)->isEmpty());
    session->undoStack()->redo();
    QCOMPARE(session->periods().unavailability(person.id)->size(), 1);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"

void TestMainWindow::largeFileIsCheckedAfterItShows()
{
    {
        Database db;
        QVERIFY(db.open(m_dbPath).ok());
        QVERIFY(SampleData::build(db).ok());
    }
    Session *session = m_window->session();
    session->setBackgroundCheckFrom(0); // every file counts as large
    QSignalSpy checked(session, &Session::checked);
    QSignalSpy indexReady(session, &Session::searchIndexReady);
    QVERIFY(m_window->openDatabase(m_dbPath, false));
    // The window shows the file at once; writes wait for the check.
    QVERIFY(session->isChecking());
    QVERIFY(session->directory().units().ok());
    Unit unit;
    unit.kind = UnitKind::School;
    unit.name = u8("Trường THCS Chờ Kiểm Tra");
    const Result<Unit> held = session->directory().addUnit(unit);
    QVERIFY(!held);
    QVERIFY2(held.message().contains(QStringLiteral("checking")), qPrintable(held.message()));
    // The window does not offer edits meanwhile, and says why.
    auto *addUnit = m_window->findChild<QAction *>(QStringLiteral("actionAddUnit"));
    QVERIFY(addUnit);
    QVERIFY(!addUnit->isEnabled());
    QVERIFY2(addUnit->toolTip().contains(QStringLiteral("checked")),
             qPrintable(addUnit->toolTip()));

    QTRY_COMPARE_WITH_TIMEOUT(checked.count(), 1, 60000);
    QVERIFY(!session->isChecking());
    QVERIFY(addUnit->isEnabled());
    QCOMPARE(indexReady.count(), 1);
    QVERIFY(!session->searchIndex().search(QStringLiteral("thai phien")).isEmpty());
    bool backedUp = false;
    for (const Backups::Entry &e : Backups::list(m_dbPath))
        backedUp = backedUp || e.reason == QStringLiteral("start");
    QVERIFY(backedUp);

    // Writes are open now; the index of a large file follows on a worker.
    QVERIFY(session->directory().addUnit(unit).ok());
    QVERIFY(session->searchIndex().search(QStringLiteral("cho kiem tra")).isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(indexReady.count(), 2, 60000);
    QCOMPARE(session->searchIndex().search(QStringLiteral("cho kiem tra")).size(), 1);
}

void TestMainWindow::largeFileIsReadByEachPageWhenItShows()
{
    {
        Database db;
        QVERIFY(db.open(m_dbPath).ok());
        QVERIFY(SampleData::build(db).ok());
    }
    Session *session = m_window->session();
    session->setBackgroundCheckFrom(0); // every file counts as large
    m_window->showView(MainWindow::View::Now);
    QVERIFY(m_window->openDatabase(m_dbPath, false));
    session->waitForBackgroundWork();
    QVERIFY(session->isLarge());
    UnitTreeModel *units = m_window->directoryPage()->unitModel();
    HotlineModel *hotlines = m_window->hotlinesPage()->model();
    DutyLogModel *log = m_window->dutyLogPage()->model();
    auto *logUnits
        = m_window->dutyLogPage()->findChild<QComboBox *>(QStringLiteral("logFilterUnitCombo"));
    QVERIFY(logUnits);

    // The hidden pages did not read the file yet.
    QVERIFY(units->isOutOfDate());
    QVERIFY(hotlines->isOutOfDate());
    QCOMPARE(logUnits->count(), 1); // "All units" only

    // The directory reads its tree when it shows, with an edit made meanwhile.
    m_window->showView(MainWindow::View::Directory);
    QVERIFY(!units->isOutOfDate());
    const int before = units->unitCount();
    QVERIFY(before > 60);
    m_window->showView(MainWindow::View::Now);
    Unit unit;
    unit.kind = UnitKind::School;
    unit.name = u8("Trường THCS Thêm Khi Ẩn");
    QVERIFY(session->directory().addUnit(unit).ok());
    session->notifyChanged();
    QCOMPARE(units->unitCount(), before); // hidden: not read again
    QVERIFY(units->isOutOfDate());
    m_window->showView(MainWindow::View::Directory);
    QCOMPARE(units->unitCount(), before + 1);
    QVERIFY(m_window->directoryPage()->unitTree()->model()->rowCount() > 0);

    // Every hotline, with its unit's name, when the hotline page shows.
    m_window->showView(MainWindow::View::Hotlines);
    QVERIFY(!hotlines->isOutOfDate());
    QVERIFY(hotlines->rowCount() > 0);
    bool named = false;
    for (int row = 0; row < hotlines->rowCount(); ++row) {
        if (hotlines->hotline(row)->unitId != NoId)
            named = named
                || !hotlines->index(row, HotlineModel::UnitColumn).data().toString().isEmpty();
    }
    QVERIFY(named);

    // The duty log lists the units, in Vietnamese order, when it shows: read
    // on a worker, the unit chosen meanwhile chosen once they are there.
    const Id chosen = units->unitId(units->index(0, 0));
    QVERIFY(chosen != NoId);
    m_window->showView(MainWindow::View::DutyLog);
    QVERIFY(!log->isOutOfDate());
    QCOMPARE(logUnits->count(), 1);
    m_window->dutyLogPage()->setCurrentUnit(chosen);
    QTRY_COMPARE_WITH_TIMEOUT(logUnits->count(), before + 1 + 1, 30000);
    auto *logUnit = m_window->dutyLogPage()->findChild<QComboBox *>(QStringLiteral("logUnitCombo"));
    QVERIFY(logUnit);
    QCOMPARE(logUnit->currentData().toLongLong(), chosen);
    for (int i = 2; i < logUnits->count(); ++i)
        QVERIFY(VietnameseText::compare(logUnits->itemText(i - 1), logUnits->itemText(i)) <= 0);
    QVERIFY(logUnits->findText(unit.name) > 0);
}

void TestMainWindow::largeDamagedFileIsClosedUnchanged()
{
    {
        Database db;
        QVERIFY(db.open(m_dbPath).ok());
        QVERIFY(SampleData::build(db).ok());
    }
    QFile file(m_dbPath);
    QVERIFY(file.open(QIODevice::ReadWrite));
    file.seek(file.size() / 2);
    file.write(QByteArray(8192, '\xAB'));
    file.close();
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray damagedBytes = file.readAll();
    file.close();

    Session *session = m_window->session();
    session->setBackgroundCheckFrom(0);
    QSignalSpy damaged(session, &Session::damaged);
    // No backup to offer: the window says the file could not be opened.
    MessageBox::setNextAnswer(MessageBox::Ok);
    QVERIFY(m_window->openDatabase(m_dbPath, false));
    QVERIFY(session->isChecking());
    QTRY_COMPARE_WITH_TIMEOUT(damaged.count(), 1, 60000);
    QVERIFY(!session->isOpen());
    QVERIFY(session->damagedFile());
    QVERIFY(damaged.first().at(1).toString().contains(QStringLiteral("damaged")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), damagedBytes);
}
