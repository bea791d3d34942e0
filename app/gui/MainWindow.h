#pragma once

#include "Domain.h"
#include "SearchIndex.h"

#include <QMainWindow>

#include <optional>

class QAction;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;

namespace DutyDesk {

class AppSettings;
class DirectoryPage;
class DutyLogPage;
class DutyModeGuard;
class HistoryDialog;
class HotlinesPage;
class NowPage;
class RosterPage;
class SearchField;
class Session;

/// The DutyDesk main window: navigation on the left (directory, roster, now,
/// hotlines, duty log), menus and toolbar with shortcuts, the global search
/// field (Ctrl+K), undo and redo, and the status bar. It opens one database
/// at a time; every edit is saved at once.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum class View { Directory, Roster, Now, Hotlines, DutyLog };
    static QString viewKey(View view);
    static std::optional<View> viewFromKey(const QString &key);
    static QStringList viewKeys();

    explicit MainWindow(AppSettings &settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    Session *session() const { return m_session; }
    DirectoryPage *directoryPage() const { return m_directory; }
    NowPage *nowPage() const { return m_now; }
    DutyLogPage *dutyLogPage() const { return m_dutyLog; }
    HotlinesPage *hotlinesPage() const { return m_hotlines; }
    RosterPage *rosterPage() const { return m_roster; }
    SearchField *searchField() const { return m_search; }

    /// The sample database's place, in the user's data directory.
    static QString samplePath();

    /// Opens (or, when `mayCreate`, creates) a database; shows why it failed.
    bool openDatabase(const QString &path, bool mayCreate);
    /// Opens the sample, creating it first when it does not exist yet.
    bool openSample();
    /// The start: `databaseArgument` when given, else the last file, else the
    /// default file; with none of them, asks "start empty" or "explore the
    /// sample" (or, when `ask` is false, opens the sample).
    bool startUp(const QString &databaseArgument, bool ask = true);

    /// File ▸ Export: the dialog, then the export on a worker thread with
    /// progress and cancel. False when cancelled or failed.
    bool exportDocument();
    /// File ▸ Print Preview of the current unit's roster or call sheet, or
    /// of all units' (the consolidated roster, the book of call sheets): read
    /// on a worker, the first PreviewUnits units previewed, the whole
    /// document printed on a worker.
    enum class Document { Roster, CallSheet };
    void printPreview(Document document, bool allUnits);
    static constexpr int PreviewUnits = 10;

    void showView(View view);
    View currentView() const;
    void openSearchHit(const SearchHit &hit);

    /// File ▸ Restore from Backup: choose a sound backup, confirm, keep the
    /// current state as a backup, restore and reopen. False when cancelled or
    /// failed.
    bool restoreBackup();
    /// File ▸ History: the audit log in words; from the directory it starts
    /// with the chosen person or unit.
    HistoryDialog *showHistory();

    /// Read-only duty mode: only the duty log can be written; every editing
    /// action is disabled and says why. `fixed` when the command line
    /// (--read-only) decided it, so that the settings cannot lift it.
    void setDutyMode(bool on, bool fixed = false);
    bool isDutyMode() const;
    DutyModeGuard *dutyModeGuard() const { return m_dutyGuard; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    bool offerBackupForDamaged(const QString &path, const QString &problem);
    void createActions();
    void createMenus();
    void createToolBar();
    void guardEditingActions();
    void updateRecentMenu();
    void updateWindow();
    void newDatabase();
    void openDatabaseDialog();
    void showSettings();
    void about();
    void showStatus(const QString &message);

    AppSettings &m_settings;
    Session *m_session;

    QListWidget *m_navigation;
    QStackedWidget *m_pages;
    DirectoryPage *m_directory;
    RosterPage *m_roster;
    NowPage *m_now;
    HotlinesPage *m_hotlines;
    DutyLogPage *m_dutyLog;
    SearchField *m_search;
    QLabel *m_statusDatabase;
    QLabel *m_statusReadOnly;
    DutyModeGuard *m_dutyGuard;
    HistoryDialog *m_history = nullptr;
    bool m_dutyModeFixed = false;

    QAction *m_newDatabase = nullptr;
    QAction *m_openDatabase = nullptr;
    QAction *m_openSample = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QAction *m_find = nullptr;
    QAction *m_about = nullptr;
    QAction *m_import = nullptr;
    QAction *m_export = nullptr;
    QAction *m_printRoster = nullptr;
    QAction *m_printCallSheet = nullptr;
    QAction *m_printAllRosters = nullptr;
    QAction *m_printAllCallSheets = nullptr;
    QAction *m_restoreBackup = nullptr;
    QAction *m_historyAction = nullptr;
    QList<QAction *> m_viewActions;
    QMenu *m_recentMenu = nullptr;
};

} // namespace DutyDesk
