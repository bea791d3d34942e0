#include "MainWindow.h"

#include "AppSettings.h"
#include "BackgroundJob.h"
#include "Backups.h"
#include "DirectoryPage.h"
#include "DomainJson.h"
#include "DutyLogPage.h"
#include "DutyModeGuard.h"
#include "ExportDialog.h"
#include "FileDialog.h"
#include "Format.h"
#include "HistoryDialog.h"
#include "HotlineModel.h"
#include "HotlinesPage.h"
#include "ImportDialog.h"
#include "ImportDropTarget.h"
#include "JobProgress.h"
#include "MessageBox.h"
#include "NowPage.h"
#include "PeopleModel.h"
#include "PrintPreviewDialog.h"
#include "PrintableDocument.h"
#include "RestoreBackupDialog.h"
#include "RosterPage.h"
#include "SampleData.h"
#include "SearchField.h"
#include "Session.h"
#include "SetOrganisationCommand.h"
#include "SettingsDialog.h"
#include "Translations.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QToolBar>
#include <QTreeView>

namespace DutyDesk {

namespace {

bool sameOrganisation(const OrganisationSettings &a, const OrganisationSettings &b)
{
    return a.parentAgency == b.parentAgency && a.issuingAgency == b.issuingAgency
        && a.documentSymbol == b.documentSymbol && a.placeName == b.placeName
        && a.signerAuthority == b.signerAuthority && a.signerTitle == b.signerTitle
        && a.signerName == b.signerName && a.recipients == b.recipients;
}

} // namespace

QString MainWindow::viewKey(View view)
{
    switch (view) {
    case View::Directory:
        return QStringLiteral("directory");
    case View::Roster:
        return QStringLiteral("roster");
    case View::Now:
        return QStringLiteral("now");
    case View::Hotlines:
        return QStringLiteral("hotlines");
    case View::DutyLog:
        return QStringLiteral("log");
    }
    return {};
}

std::optional<MainWindow::View> MainWindow::viewFromKey(const QString &key)
{
    for (View view : {View::Directory, View::Roster, View::Now, View::Hotlines, View::DutyLog}) {
        if (viewKey(view) == key)
            return view;
    }
    return std::nullopt;
}

QStringList MainWindow::viewKeys()
{
    return {viewKey(View::Directory), viewKey(View::Roster), viewKey(View::Now),
            viewKey(View::Hotlines), viewKey(View::DutyLog)};
}

QString MainWindow::samplePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QStringLiteral("/dutydesk/sample.db");
}

MainWindow::MainWindow(AppSettings &settings, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_session(new Session(this))
    , m_navigation(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("DutyDesk"));

    m_directory = new DirectoryPage(*m_session, m_settings, m_pages);
    m_roster = new RosterPage(*m_session, m_pages);
    m_now = new NowPage(*m_session, m_pages);
    m_hotlines = new HotlinesPage(*m_session, m_pages);
    m_dutyLog = new DutyLogPage(*m_session, m_pages);
    m_search = new SearchField(*m_session, this);
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setPlaceholderText(tr("Search units, people, numbers (Ctrl+K)"));
    m_search->setMinimumWidth(360);

    m_pages->setObjectName(QStringLiteral("pages"));
    m_pages->addWidget(m_directory);
    m_pages->addWidget(m_roster);
    m_pages->addWidget(m_now);
    m_pages->addWidget(m_hotlines);
    m_pages->addWidget(m_dutyLog);

    // Navigation: a fixed list of five pages.
    m_navigation->setObjectName(QStringLiteral("navigationList"));
    QStyle *style = QApplication::style();
    const QList<QPair<QString, QStyle::StandardPixmap>> pages = {
        {tr("Directory"), QStyle::SP_DirHomeIcon},
        {tr("Duty roster"), QStyle::SP_FileDialogDetailedView},
        {tr("On duty now"), QStyle::SP_MediaPlay},
        {tr("Hotlines"), QStyle::SP_MessageBoxInformation},
        {tr("Duty log"), QStyle::SP_FileDialogContentsView},
    };
    for (const auto &[text, icon] : pages)
        new QListWidgetItem(style->standardIcon(icon), text, m_navigation);
    QFont navFont = m_navigation->font();
    navFont.setPointSizeF(navFont.pointSizeF() * 1.1);
    m_navigation->setFont(navFont);
    m_navigation->setSpacing(3);
    m_navigation->setFixedWidth(190);
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages,
            &QStackedWidget::setCurrentIndex);

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_navigation);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    createActions();
    createMenus();
    createToolBar();

    m_statusDatabase = new QLabel(this);
    m_statusDatabase->setObjectName(QStringLiteral("statusDatabaseLabel"));
    m_statusReadOnly = new QLabel(tr("Read-only duty desk"), this);
    m_statusReadOnly->setObjectName(QStringLiteral("statusReadOnlyLabel"));
    m_statusReadOnly->setToolTip(Database::dutyModeError().message());
    m_statusReadOnly->setStyleSheet(QStringLiteral(
        "QLabel { background: #fff4cc; border: 1px solid #e0c060; padding: 0 6px; }"));
    m_statusReadOnly->hide();
    statusBar()->setObjectName(QStringLiteral("statusBar"));
    statusBar()->addPermanentWidget(m_statusReadOnly);
    statusBar()->addPermanentWidget(m_statusDatabase);
    m_dutyGuard = new DutyModeGuard(this);
    guardEditingActions();

    connect(m_search, &SearchField::hitActivated, this, &MainWindow::openSearchHit);
    connect(m_directory, &DirectoryPage::statusMessage, this, &MainWindow::showStatus);
    connect(m_now, &NowPage::statusMessage, this, &MainWindow::showStatus);
    connect(m_dutyLog, &DutyLogPage::statusMessage, this, &MainWindow::showStatus);
    connect(m_roster, &RosterPage::statusMessage, this, &MainWindow::showStatus);
    connect(m_directory, &DirectoryPage::currentUnitChanged, m_dutyLog,
            &DutyLogPage::setCurrentUnit);
    connect(m_now, &NowPage::unitChosen, m_dutyLog, &DutyLogPage::setCurrentUnit);
    connect(m_session, &Session::changed, this, &MainWindow::updateWindow);
    // The editing actions are off on a read-only duty desk, and while a
    // large file is still being checked after it opened.
    const auto guardEdits = [this] {
        m_dutyGuard->setActive(m_session->isDutyMode() || m_session->isChecking(),
                               m_session->isDutyMode() ? DutyModeGuard::Why::DutyDesk
                                                       : DutyModeGuard::Why::Checking);
    };
    connect(m_session, &Session::dutyModeChanged, this, [this, guardEdits] {
        guardEdits();
        updateWindow();
    });
    connect(m_session, &Session::opened, this, guardEdits);
    connect(m_session, &Session::editFailed, this,
            [this](const QString &message) { MessageBox::warning(this, tr("DutyDesk"), message); });
    // A large file is checked after it shows (Session::isChecking()).
    connect(m_session, &Session::checked, this, [this, guardEdits] {
        guardEdits();
        updateWindow();
        showStatus(tr("The file was checked and backed up; changes can be saved."));
    });
    connect(m_session, &Session::damaged, this,
            [this, guardEdits](const QString &path, const QString &message) {
                guardEdits();
                updateWindow();
                offerBackupForDamaged(path, message);
            });

    if (!m_settings.windowGeometry().isEmpty())
        restoreGeometry(m_settings.windowGeometry());
    else
        resize(1240, 800);
    if (!m_settings.windowState().isEmpty())
        restoreState(m_settings.windowState());
    showView(viewFromKey(m_settings.lastView()).value_or(View::Now));
    updateRecentMenu();
    // A duty desk is one from its first moment, before any file is opened.
    setDutyMode(m_settings.dutyDeskReadOnly());
    updateWindow();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    auto make = [this](const QString &name, const QString &text, const QKeySequence &key = {}) {
        auto *action = new QAction(text, this);
        action->setObjectName(name);
        if (!key.isEmpty())
            action->setShortcut(key);
        addAction(action);
        return action;
    };
    QStyle *style = QApplication::style();
    m_newDatabase
        = make(QStringLiteral("actionNewDatabase"), tr("&New Database…"), QKeySequence::New);
    m_openDatabase
        = make(QStringLiteral("actionOpenDatabase"), tr("&Open Database…"), QKeySequence::Open);
    m_openDatabase->setIcon(style->standardIcon(QStyle::SP_DialogOpenButton));
    m_openSample = make(QStringLiteral("actionOpenSample"), tr("Open the Sa&mple"));
    m_settingsAction = make(QStringLiteral("actionSettings"), tr("&Settings…"),
                            QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_quit = make(QStringLiteral("actionQuit"), tr("&Quit"), QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quit->setMenuRole(QAction::QuitRole);

    m_undo = m_session->undoStack()->createUndoAction(this, tr("&Undo"));
    m_undo->setObjectName(QStringLiteral("actionUndo"));
    m_undo->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Z));
    m_undo->setIcon(style->standardIcon(QStyle::SP_ArrowBack));
    addAction(m_undo);
    m_redo = m_session->undoStack()->createRedoAction(this, tr("&Redo"));
    m_redo->setObjectName(QStringLiteral("actionRedo"));
    m_redo->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    m_redo->setIcon(style->standardIcon(QStyle::SP_ArrowForward));
    addAction(m_redo);

    m_find = make(QStringLiteral("actionFind"), tr("&Find…"), QKeySequence(Qt::CTRL | Qt::Key_K));
    m_export
        = make(QStringLiteral("actionExport"), tr("&Export…"), QKeySequence(Qt::CTRL | Qt::Key_E));
    m_printRoster = make(QStringLiteral("actionPrintPreviewRoster"),
                         tr("&Print Preview of the Roster…"), QKeySequence::Print);
    m_printCallSheet = make(QStringLiteral("actionPrintPreviewCallSheet"),
                            tr("Print Preview of the &Call Sheet…"));
    m_printAllRosters = make(QStringLiteral("actionPrintPreviewAllRosters"),
                             tr("Print Preview of the Roster of &All Units…"),
                             QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_P));
    m_printAllCallSheets = make(QStringLiteral("actionPrintPreviewAllCallSheets"),
                                tr("Print Preview of the Call Sheets of All Uni&ts…"));
    connect(m_export, &QAction::triggered, this, &MainWindow::exportDocument);
    m_import
        = make(QStringLiteral("actionImport"), tr("&Import…"), QKeySequence(Qt::CTRL | Qt::Key_I));
    auto importFile = [this](const QString &path) {
        if (!m_session->isOpen())
            return;
        ImportDialog dialog(*m_session, m_roster->currentPeriodId(), m_roster->currentUnitId(),
                            this);
        if (!path.isEmpty())
            dialog.setFile(path);
        dialog.exec();
    };
    connect(m_import, &QAction::triggered, this, [importFile] { importFile({}); });
    connect(new ImportDropTarget(m_import, this), &ImportDropTarget::fileDropped, this, importFile);
    connect(m_printRoster, &QAction::triggered, this,
            [this] { printPreview(Document::Roster, false); });
    connect(m_printCallSheet, &QAction::triggered, this,
            [this] { printPreview(Document::CallSheet, false); });
    connect(m_printAllRosters, &QAction::triggered, this,
            [this] { printPreview(Document::Roster, true); });
    connect(m_printAllCallSheets, &QAction::triggered, this,
            [this] { printPreview(Document::CallSheet, true); });
    m_historyAction = make(QStringLiteral("actionHistory"), tr("&History of Changes…"),
                           QKeySequence(Qt::CTRL | Qt::Key_H));
    m_restoreBackup = make(QStringLiteral("actionRestoreBackup"), tr("Restore from &Backup…"));
    connect(m_historyAction, &QAction::triggered, this, &MainWindow::showHistory);
    connect(m_restoreBackup, &QAction::triggered, this, &MainWindow::restoreBackup);
    m_about = make(QStringLiteral("actionAbout"), tr("&About DutyDesk"));
    m_about->setMenuRole(QAction::AboutRole);

    const QStringList names
        = {QStringLiteral("actionViewDirectory"), QStringLiteral("actionViewRoster"),
           QStringLiteral("actionViewNow"), QStringLiteral("actionViewHotlines"),
           QStringLiteral("actionViewDutyLog")};
    auto *group = new QActionGroup(this);
    for (int i = 0; i < names.size(); ++i) {
        QAction *action = make(names.at(i), m_navigation->item(i)->text(),
                               QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        action->setCheckable(true);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, i] { showView(View(i)); });
        m_viewActions << action;
    }
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < m_viewActions.size())
            m_viewActions.at(row)->setChecked(true);
    });

    connect(m_newDatabase, &QAction::triggered, this, &MainWindow::newDatabase);
    connect(m_openDatabase, &QAction::triggered, this, &MainWindow::openDatabaseDialog);
    connect(m_openSample, &QAction::triggered, this, &MainWindow::openSample);
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::showSettings);
    connect(m_quit, &QAction::triggered, this, &QWidget::close);
    connect(m_find, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    connect(m_about, &QAction::triggered, this, &MainWindow::about);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("menuFile"));
    file->addAction(m_newDatabase);
    file->addAction(m_openDatabase);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("menuRecentFiles"));
    file->addAction(m_openSample);
    file->addSeparator();
    file->addAction(m_import);
    file->addAction(m_export);
    file->addAction(m_printRoster);
    file->addAction(m_printCallSheet);
    file->addAction(m_printAllRosters);
    file->addAction(m_printAllCallSheets);
    file->addSeparator();
    file->addAction(m_historyAction);
    file->addAction(m_restoreBackup);
    file->addSeparator();
    file->addAction(m_settingsAction);
    file->addSeparator();
    file->addAction(m_quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->setObjectName(QStringLiteral("menuEdit"));
    edit->addAction(m_undo);
    edit->addAction(m_redo);
    edit->addSeparator();
    edit->addAction(m_find);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("menuView"));
    view->addActions(m_viewActions);

    QMenu *directory = menuBar()->addMenu(tr("&Directory"));
    directory->setObjectName(QStringLiteral("menuDirectory"));
    directory->addActions(m_directory->unitActions());
    directory->addSeparator();
    directory->addActions(m_directory->personActions());
    directory->addSeparator();
    directory->addAction(m_directory->addHotlineAction());
    directory->addSeparator();
    directory->addActions(m_directory->chainActions());
    // Shortcuts of the directory work from anywhere in the window.
    addActions(m_directory->unitActions());
    addActions(m_directory->chainActions());
    addAction(m_directory->addHotlineAction());
    for (QAction *action : m_directory->personActions()) {
        if (action->shortcutContext() != Qt::WidgetShortcut)
            addAction(action);
    }

    QMenu *roster = menuBar()->addMenu(tr("&Roster"));
    roster->setObjectName(QStringLiteral("menuRoster"));
    roster->addActions(m_roster->periodActions());
    roster->addSeparator();
    roster->addActions(m_roster->slotActions());
    roster->addSeparator();
    roster->addActions(m_roster->fillActions());
    addActions(m_roster->periodActions());
    addActions(m_roster->fillActions());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("menuHelp"));
    help->addAction(m_about);
}

void MainWindow::createToolBar()
{
    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addAction(m_undo);
    bar->addAction(m_redo);
    bar->addSeparator();
    const QList<QAction *> unitActions = m_directory->unitActions();
    bar->addAction(unitActions.first());
    bar->addAction(m_directory->personActions().first());
    auto *spacer = new QWidget(bar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
    bar->addWidget(m_search);
}

void MainWindow::showStatus(const QString &message)
{
    statusBar()->showMessage(message, 5000);
}

void MainWindow::showView(View view)
{
    m_navigation->setCurrentRow(int(view));
    if (view == View::Now)
        m_now->searchField()->setFocus(Qt::OtherFocusReason);
}

MainWindow::View MainWindow::currentView() const
{
    return View(m_pages->currentIndex());
}

void MainWindow::openSearchHit(const SearchHit &hit)
{
    switch (hit.kind) {
    case SearchHit::Kind::Unit:
        showView(View::Directory);
        m_directory->showUnit(hit.id);
        break;
    case SearchHit::Kind::Person:
        showView(View::Directory);
        m_directory->showPerson(hit.id);
        break;
    case SearchHit::Kind::Hotline:
        if (hit.unitId != NoId) {
            showView(View::Directory);
            m_directory->showHotline(hit.id);
        } else {
            showView(View::Hotlines);
            HotlineModel *model = m_hotlines->model();
            for (int row = 0; row < model->rowCount(); ++row) {
                if (model->hotline(row)->id == hit.id)
                    m_hotlines->view()->setCurrentIndex(model->index(row, 0));
            }
        }
        break;
    }
}

bool MainWindow::openDatabase(const QString &path, bool mayCreate)
{
    const Status s = m_session->open(
        path, mayCreate ? Database::OpenMode::CreateIfMissing : Database::OpenMode::MustExist);
    if (!s && m_session->damagedFile())
        return offerBackupForDamaged(path, s.message());
    if (!s) {
        MessageBox::critical(
            this, tr("Open Database"),
            tr("“%1” could not be opened.\n\n%2").arg(QDir::toNativeSeparators(path), s.message()));
        updateWindow();
        return false;
    }
    m_settings.setLastDatabase(m_session->path());
    m_settings.addRecentFile(m_session->path());
    updateRecentMenu();
    updateWindow();
    showStatus(
        m_session->isChecking()
            ? tr("Opened %1; checking the file…").arg(QDir::toNativeSeparators(m_session->path()))
            : tr("Opened %1").arg(QDir::toNativeSeparators(m_session->path())));
    return true;
}

bool MainWindow::offerBackupForDamaged(const QString &path, const QString &problem)
{
    // The newest backup that is itself sound.
    for (const Backups::Entry &entry : Backups::list(path)) {
        const Result<QStringList> problems = Backups::verifyFile(entry.path);
        if (!problems || !problems->isEmpty())
            continue;
        const Result<Backups::Summary> summary = Backups::summarize(entry.path);
        const QString contents = summary ? tr("%1 units, %2 people, %3 duty periods")
                                               .arg(summary->units)
                                               .arg(summary->people)
                                               .arg(summary->periods)
                                         : QString();
        const auto answer = MessageBox::question(
            this, tr("Damaged Database"),
            tr("“%1” is damaged and was left as it is.\n\n%2\n\nRestore the newest sound "
               "backup, from %3 (%4)? The damaged file is kept as a backup too.")
                .arg(QDir::toNativeSeparators(path), problem,
                     entry.created.toString(QStringLiteral("dd/MM/yyyy HH:mm")), contents),
            MessageBox::Yes | MessageBox::No, MessageBox::Yes);
        if (answer != MessageBox::Yes)
            break;
        if (const Status restored = Backups::restore(entry.path, path); !restored) {
            MessageBox::critical(
                this, tr("Damaged Database"),
                tr("The backup could not be restored.\n\n%1").arg(restored.message()));
            break;
        }
        return openDatabase(path, false);
    }
    MessageBox::critical(
        this, tr("Open Database"),
        tr("“%1” could not be opened.\n\n%2").arg(QDir::toNativeSeparators(path), problem));
    updateWindow();
    return false;
}

bool MainWindow::openSample()
{
    const QString path = samplePath();
    if (QFileInfo::exists(path))
        return openDatabase(path, false);
    if (!openDatabase(path, true))
        return false;
    const Status built = SampleData::build(m_session->database());
    if (!built) {
        m_session->close();
        QFile::remove(path);
        MessageBox::critical(this, tr("Open the Sample"),
                             tr("The sample could not be created.\n\n%1").arg(built.message()));
        updateWindow();
        return false;
    }
    // Reopen so that every view and the search index start from the full sample.
    return openDatabase(path, false);
}

bool MainWindow::startUp(const QString &databaseArgument, bool ask)
{
    if (!databaseArgument.isEmpty())
        return openDatabase(databaseArgument, true);
    const QString last = m_settings.lastDatabase();
    if (!last.isEmpty() && QFileInfo::exists(last))
        return openDatabase(last, false);
    if (QFileInfo::exists(Database::defaultPath()))
        return openDatabase(Database::defaultPath(), false);
    if (!ask)
        return openSample();
    const MessageBox::Button answer = MessageBox::question(
        this, tr("Welcome to DutyDesk"),
        tr("There is no DutyDesk database on this computer yet.\n\n"
           "Start with an empty directory, or explore a fictional province with its units, "
           "people, hotlines, escalation chains and a holiday duty period?"),
        MessageBox::StartEmpty | MessageBox::ExploreSample | MessageBox::Cancel,
        MessageBox::ExploreSample);
    if (answer == MessageBox::ExploreSample)
        return openSample();
    if (answer == MessageBox::StartEmpty) {
        if (!openDatabase(Database::defaultPath(), true))
            return false;
        showView(View::Directory);
        return true;
    }
    return false;
}

void MainWindow::newDatabase()
{
    const QString dir = QFileInfo(Database::defaultPath()).absolutePath();
    QString path = FileDialog::getSaveFileName(this, tr("New Database"), dir,
                                               tr("DutyDesk databases (*.db)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".db");
    if (QFileInfo::exists(path)) {
        MessageBox::warning(this, tr("New Database"),
                            tr("“%1” exists already. Open it with File ▸ Open Database.")
                                .arg(QDir::toNativeSeparators(path)));
        return;
    }
    if (openDatabase(path, true))
        showView(View::Directory);
}

void MainWindow::openDatabaseDialog()
{
    const QString dir = m_session->isOpen() ? QFileInfo(m_session->path()).absolutePath()
                                            : QFileInfo(Database::defaultPath()).absolutePath();
    const QString path = FileDialog::getOpenFileName(
        this, tr("Open Database"), dir, tr("DutyDesk databases (*.db);;All files (*)"));
    if (!path.isEmpty())
        openDatabase(path, false);
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = m_settings.recentFiles();
    for (const QString &file : files) {
        QAction *action = m_recentMenu->addAction(QDir::toNativeSeparators(file));
        action->setObjectName(QStringLiteral("actionRecentFile"));
        connect(action, &QAction::triggered, this, [this, file] { openDatabase(file, false); });
    }
    if (!files.isEmpty()) {
        m_recentMenu->addSeparator();
        QAction *clear = m_recentMenu->addAction(tr("&Clear the List"));
        clear->setObjectName(QStringLiteral("actionClearRecentFiles"));
        connect(clear, &QAction::triggered, this, [this] {
            m_settings.clearRecentFiles();
            updateRecentMenu();
        });
    }
    m_recentMenu->setEnabled(!files.isEmpty());
}

void MainWindow::updateWindow()
{
    const bool open = m_session->isOpen();
    m_settingsAction->setEnabled(open);
    m_import->setEnabled(open);
    m_export->setEnabled(open);
    for (QAction *print :
         {m_printRoster, m_printCallSheet, m_printAllRosters, m_printAllCallSheets})
        print->setEnabled(open);
    m_historyAction->setEnabled(open);
    m_restoreBackup->setEnabled(open);
    m_search->setEnabled(open);
    const bool readOnly = m_session->isDutyMode();
    m_statusReadOnly->setVisible(readOnly);
    if (!open) {
        setWindowTitle(readOnly ? tr("DutyDesk (read-only)") : tr("DutyDesk"));
        m_statusDatabase->setText(tr("No database open"));
        return;
    }
    setWindowFilePath(m_session->path());
    const QString file = QFileInfo(m_session->path()).fileName();
    setWindowTitle(readOnly ? tr("%1 — DutyDesk (read-only)").arg(file)
                            : tr("%1 — DutyDesk").arg(file));
    const Result<DirectoryStore::Counts> counts = m_session->directory().counts();
    m_statusDatabase->setText(tr("%1 · %2 units · %3 people")
                                  .arg(QDir::toNativeSeparators(m_session->path()))
                                  .arg(counts ? counts->units : 0)
                                  .arg(counts ? counts->people : 0));
}

void MainWindow::showSettings()
{
    if (!m_session->isOpen())
        return;
    const Result<OrganisationSettings> current = m_session->settings().organisation();
    if (!current) {
        MessageBox::warning(this, tr("Settings"), current.message());
        return;
    }
    SettingsDialog dialog(current.value(), m_settings.language(), this);
    dialog.setDutyDeskReadOnly(
        isDutyMode(),
        m_dutyModeFixed ? tr("This desk was started read-only (--read-only) and stays so until "
                             "DutyDesk is started without it.")
                        : QString());
    if (isDutyMode())
        dialog.setOrganisationReadOnly(
            tr("Read-only duty desk: the organisation's texts are shown here, not changed; they "
               "are changed at the office's desk."));
    if (dialog.exec() != QDialog::Accepted)
        return;
    const OrganisationSettings after = dialog.organisation();
    if (!m_dutyModeFixed && dialog.dutyDeskReadOnly() != m_settings.dutyDeskReadOnly()) {
        m_settings.setDutyDeskReadOnly(dialog.dutyDeskReadOnly());
        setDutyMode(dialog.dutyDeskReadOnly());
        showStatus(dialog.dutyDeskReadOnly() ? tr("This desk is now a read-only duty desk.")
                                             : tr("This desk can change the data again."));
    }
    if (!isDutyMode() && !sameOrganisation(current.value(), after)) {
        if (const Status s
            = m_session->push(new SetOrganisationCommand(*m_session, current.value(), after));
            !s)
            MessageBox::warning(this, tr("Settings"), s.message());
    }
    if (dialog.language() != m_settings.language()) {
        m_settings.setLanguage(dialog.language());
        showStatus(tr("The new language applies from the next start."));
    }
}

bool MainWindow::exportDocument()
{
    if (!m_session->isOpen())
        return false;
    ExportDialog dialog(*m_session, m_roster->currentPeriodId(), m_roster->currentUnitId(), this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    const ExportRequest request = dialog.request();

    JobProgress progress(tr("Exporting…"), tr("Export"), QStringLiteral("exportProgress"), this);
    const ExportControl &control = progress.control();
    std::optional<ExportReport> report;
    const Status status = BackgroundJob::run(
        m_session->path(),
        [&](Database &db) -> Status {
            Result<ExportReport> r = Exporter(db).run(request, control);
            if (!r)
                return r.error();
            report = r.value();
            return {};
        },
        progress.dialog());
    if (progress.cancelled()) {
        showStatus(tr("The export was cancelled; nothing was written."));
        return false;
    }
    if (!status) {
        MessageBox::warning(this, tr("Export"), status.message());
        return false;
    }
    showStatus(tr("Exported to %1").arg(QDir::toNativeSeparators(report->path)));
    return true;
}

void MainWindow::printPreview(Document document, bool allUnits)
{
    const Id periodId = m_roster->currentPeriodId();
    const Id unitId = allUnits ? NoId : m_roster->currentUnitId();
    if (!m_session->isOpen() || periodId == NoId)
        return;
    const QString title = document == Document::Roster ? tr("Print Preview: Duty Roster")
                                                       : tr("Print Preview: Call Sheet");
    const PrintableDocument::Kind kind = document == Document::Roster
        ? PrintableDocument::Kind::Roster
        : PrintableDocument::Kind::CallSheet;

    // Reading a province's call sheets takes a second or more: on a worker.
    std::optional<PrintableDocument> loaded;
    {
        JobProgress progress(tr("Reading the document…"), title,
                             QStringLiteral("printLoadProgress"), this);
        const Status status = BackgroundJob::run(
            m_session->path(),
            [&](Database &db) -> Status {
                Result<PrintableDocument> r
                    = PrintableDocument::load(db, kind, periodId, unitId, progress.control());
                if (!r)
                    return r.error();
                loaded = std::move(r.value());
                return {};
            },
            progress.dialog());
        if (progress.cancelled())
            return;
        if (!status) {
            MessageBox::warning(this, title, status.message());
            return;
        }
    }

    // The preview is painted on this thread: a few units, never a province.
    QPrinter printer(QPrinter::HighResolution);
    printer.setFullPage(true); // the documents draw their own Decree 30 margins
    printer.setPageLayout(loaded->pageLayout());
    printer.setDocName(loaded->title());
    {
        const PrintableDocument shown = loaded->firstUnits(PreviewUnits);
        PrintPreviewDialog preview(&printer, shown.unitCount(), loaded->unitCount(), this);
        preview.setWindowTitle(title);
        QString failure;
        connect(&preview, &PrintPreviewDialog::paintRequested, this, [&](QPrinter *target) {
            if (const Status s = shown.paint(target); !s)
                failure = s.message();
        });
        const bool wanted = preview.exec() == QDialog::Accepted;
        if (!failure.isEmpty()) {
            MessageBox::warning(this, title, failure);
            return;
        }
        if (!wanted)
            return;
    }
    QPrintDialog choose(&printer, this);
    choose.setObjectName(QStringLiteral("printDialog"));
    // The documents are printed whole (their pages are laid out as they go).
    choose.setOption(QAbstractPrintDialog::PrintPageRange, false);
    if (choose.exec() != QDialog::Accepted)
        return;

    // Printing the whole document: on a worker (Qt paints on a QPrinter from
    // any one thread). A cancel stops before the next unit and aborts the
    // job where the print system can; where it cannot (CUPS, a PDF file) the
    // pages drawn so far still go out, and the user is told so.
    JobProgress progress(tr("Printing…"), tr("Print"), QStringLiteral("printProgress"), this);
    std::atomic_bool aborted {false};
    progress.control().abandon = [&printer, &aborted] {
        aborted = printer.abort();
    };
    int pages = 0;
    const Status printed = BackgroundJob::run(
        [&]() -> Status { return loaded->paint(&printer, progress.control(), &pages); },
        progress.dialog());
    const bool cancelled = !printed && printed.error().code() == Error::Code::Cancelled;
    if (!printed && !cancelled) {
        MessageBox::warning(this, tr("Print"), printed.message());
        return;
    }
    if (cancelled && aborted) {
        showStatus(tr("Printing was cancelled; nothing was sent to the printer."));
        return;
    }
    const QString file
        = printer.outputFormat() == QPrinter::PdfFormat ? printer.outputFileName() : QString();
    if (cancelled && !file.isEmpty()) {
        QFile::remove(file); // half a document is no use
        showStatus(tr("Printing was cancelled; no file was written."));
        return;
    }
    // Printing hands personal numbers out like an export: record it, also
    // the part of a cancelled job that went out.
    QJsonObject what {
        {QStringLiteral("kind"),
         document == Document::Roster ? QStringLiteral("roster") : QStringLiteral("callsheet")},
        {QStringLiteral("unit_id"), unitId},
        {QStringLiteral("printer"), printer.printerName()}};
    if (cancelled)
        what.insert(QStringLiteral("cancelled"), true);
    else
        what.insert(QStringLiteral("pages"), pages);
    Database &db = m_session->database();
    const Status audited = db.transaction(
        [&]() -> Status {
            return db.audit(QStringLiteral("print"), QStringLiteral("duty_periods"), periodId, {},
                            DomainJson::text(what));
        },
        Database::WriteKind::Record);
    if (!audited)
        MessageBox::warning(this, tr("Print"), audited.message());
    if (cancelled) {
        MessageBox::warning(this, tr("Print"),
                            tr("Printing was stopped. This printer cannot take back a job, so "
                               "the pages drawn before Cancel may still be printed."));
    } else {
        showStatus(tr("%n page(s) sent to the printer.", nullptr, pages));
    }
}

void MainWindow::guardEditingActions()
{
    // Everything that changes the directory, the rosters, the organisation's
    // settings or the whole file; the duty log, searching, the Now page,
    // printing and exporting stay.
    QList<QAction *> actions = {m_undo, m_redo, m_restoreBackup, m_directory->addHotlineAction()};
    actions << m_directory->unitActions() << m_directory->personActions()
            << m_directory->chainActions() << m_roster->periodActions() << m_roster->fillActions();
    for (QAction *action : m_roster->slotActions()) {
        if (action->objectName() != QLatin1String("actionSlotHistory"))
            actions << action;
    }
    for (const char *name : {"actionEditHotline", "actionDeleteHotline"})
        actions << m_directory->findChild<QAction *>(QString::fromLatin1(name));
    // Imports, whichever menu offers them.
    const QList<QAction *> own = findChildren<QAction *>();
    for (QAction *action : own) {
        if (action->objectName().startsWith(QLatin1String("actionImport")))
            actions << action;
    }
    actions.removeAll(nullptr);
    m_dutyGuard->addActions(actions);
    for (const char *name : {"addHotlineButton", "editHotlineButton", "deleteHotlineButton"}) {
        if (auto *button = m_hotlines->findChild<QPushButton *>(QString::fromLatin1(name)))
            m_dutyGuard->addButton(button);
    }
    if (auto *reopen = m_roster->findChild<QPushButton *>(QStringLiteral("reopenButton")))
        m_dutyGuard->addButton(reopen);
    m_dutyGuard->addItemView(m_directory->unitTree());
}

void MainWindow::setDutyMode(bool on, bool fixed)
{
    m_dutyModeFixed = on && fixed;
    m_session->setDutyMode(on); // the window follows through dutyModeChanged
}

bool MainWindow::isDutyMode() const
{
    return m_session->isDutyMode();
}

HistoryDialog *MainWindow::showHistory()
{
    if (!m_session->isOpen())
        return nullptr;
    if (!m_history)
        m_history = new HistoryDialog(*m_session, this);
    // From the directory, the history of what is chosen there.
    if (currentView() == View::Directory) {
        const QModelIndexList selected
            = m_directory->peopleView()->selectionModel()->selectedRows();
        const Person *person = selected.isEmpty()
            ? nullptr
            : m_directory->peopleModel()->person(selected.first().row());
        if (person)
            m_history->setPerson(person->id);
        else
            m_history->setUnit(m_directory->currentUnitId());
    }
    m_history->show();
    m_history->raise();
    m_history->activateWindow();
    return m_history;
}

bool MainWindow::restoreBackup()
{
    if (!m_session->isOpen() || isDutyMode())
        return false;
    const QString path = m_session->path();
    RestoreBackupDialog dialog(path, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    const std::optional<Backups::Entry> chosen = dialog.chosen();
    if (!chosen)
        return false;
    const QString when = Format::dateTime(chosen->created);
    const auto answer = MessageBox::question(
        this, tr("Restore from a Backup"),
        tr("Replace “%1” by the backup of %2?\n\nEverything changed since then is replaced "
           "too. The database as it is now is kept as a backup (“Before a restore”), so you can "
           "go back to it the same way.")
            .arg(QDir::toNativeSeparators(path), when),
        MessageBox::Yes | MessageBox::Cancel, MessageBox::Cancel);
    if (answer != MessageBox::Yes)
        return false;
    m_session->close();
    const Status restored = Backups::restore(chosen->path, path);
    // Reopened either way: after a failure the file is as it was.
    const bool reopened = openDatabase(path, false);
    if (!restored) {
        MessageBox::critical(this, tr("Restore from a Backup"),
                             tr("The backup could not be restored; nothing was changed.\n\n%1")
                                 .arg(restored.message()));
        return false;
    }
    if (reopened)
        showStatus(tr("Restored the backup of %1.").arg(when));
    return reopened;
}

void MainWindow::about()
{
    MessageBox::information(
        this, tr("About DutyDesk"),
        tr("DutyDesk %1\n\nHoliday duty rosters, hotlines and escalation chains for Vietnamese "
           "offices.")
            .arg(QCoreApplication::applicationVersion()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_settings.setWindowGeometry(saveGeometry());
    m_settings.setWindowState(saveState());
    m_settings.setLastView(viewKey(currentView()));
    m_settings.sync();
    QMainWindow::closeEvent(event);
}

} // namespace DutyDesk
