#pragma once

#include "Database.h"
#include "DirectoryStore.h"
#include "DutyLogStore.h"
#include "DutyResolver.h"
#include "EscalationStore.h"
#include "PeriodStore.h"
#include "SearchIndex.h"
#include "SettingsStore.h"

#include <QObject>
#include <QPointer>
#include <QThread>
#include <QTimer>
#include <QUndoStack>

#include <memory>

namespace DutyDesk {

class EditCommand;

/// One open database with its stores, its search index and its undo stack:
/// what the windows and models of the GUI share. Every edit is an EditCommand
/// pushed here; it is applied (and saved) at once, then kept for undo.
class Session : public QObject
{
    Q_OBJECT
public:
    explicit Session(QObject *parent = nullptr);
    ~Session() override;

    /// Opens a database: an existing file is checked first (a damaged one is
    /// not written to; damagedFile() then tells) and backed up.
    Status open(const QString &path, Database::OpenMode mode = Database::OpenMode::CreateIfMissing);
    void close();
    /// The last open() refused the file because it is damaged.
    bool damagedFile() const { return m_damaged; }
    /// A large file is shown at once and checked (integrity, foreign keys),
    /// backed up and indexed for search on a worker thread; meanwhile writes
    /// are held. `checked()` or `damaged()` tells the end of it.
    bool isChecking() const { return m_checking; }
    /// Files of at least this many bytes are checked in the background
    /// (smaller ones before open() returns).
    void setBackgroundCheckFrom(qint64 bytes) { m_backgroundCheckFrom = bytes; }
    /// The open file is that large: the views read what takes long (the
    /// whole period's check, the search index) on worker threads.
    bool isLarge() const { return m_indexInBackground; }
    /// Waits for a background check or index build to end (tests, closing).
    void waitForBackgroundWork();
    /// Looks for changes another window or program saved, and tells the views.
    void checkForOutsideChanges();
    /// How often checkForOutsideChanges() runs by itself (two seconds).
    void setWatchInterval(int msec) { m_watch.setInterval(msec); }
    bool isOpen() const { return m_db.isOpen(); }
    QString path() const { return m_db.path(); }

    /// Read-only duty mode (Database::setDutyMode), kept across open() and
    /// applied to every file opened: only the duty log can be written.
    void setDutyMode(bool on);
    bool isDutyMode() const { return m_dutyMode; }

    Database &database() { return m_db; }
    DirectoryStore &directory() { return m_directory; }
    EscalationStore &escalation() { return m_escalation; }
    DutyLogStore &dutyLog() { return m_dutyLog; }
    SettingsStore &settings() { return m_settings; }
    PeriodStore &periods() { return m_periods; }
    DutyResolver &resolver() { return m_resolver; }
    /// The search index, brought up to date first.
    SearchIndex &searchIndex();
    QUndoStack *undoStack() { return &m_undoStack; }

    /// Applies `command`; on success it goes on the undo stack, otherwise it is
    /// deleted and the error returned.
    Status push(EditCommand *command);

    /// Tells the views that the data changed (after an edit, an undo, a redo,
    /// or an append to the duty log).
    void notifyChanged();
    /// An undo or redo could not be applied.
    void reportFailure(const Status &status);

signals:
    void opened();
    void aboutToClose();
    void changed();
    /// Another window or program saved changes to the file.
    void changedOutside();
    void editFailed(const QString &message);
    void dutyModeChanged(bool on);
    /// The background check of a large file found it sound; writes are open.
    void checked();
    /// The background check found the file damaged: it was closed unchanged.
    void damaged(const QString &path, const QString &message);
    /// A search index built in the background replaced the previous one.
    void searchIndexReady();

private:
    struct BackgroundResult;
    /// Starts the worker of a large file's open (check, backup, index) or of
    /// an index rebuild alone.
    void startBackgroundWork(bool checkFile);
    /// Takes what the worker found, once (from its finished signal or from
    /// waitForBackgroundWork()).
    void finishBackgroundWork();
    /// After a refused stale edit: the views show what was saved meanwhile.
    void reloadAfterConflict(const Status &status);

    Database m_db;
    DirectoryStore m_directory;
    EscalationStore m_escalation;
    DutyLogStore m_dutyLog;
    SettingsStore m_settings;
    PeriodStore m_periods;
    DutyResolver m_resolver;
    SearchIndex m_searchIndex;
    QUndoStack m_undoStack;
    QTimer m_watch;
    qint64 m_dataVersion = -1;
    bool m_damaged = false;
    bool m_checking = false;
    qint64 m_backgroundCheckFrom = 4 * 1024 * 1024; // a province is ~6 MB, the sample ~1 MB
    /// The index of a large file is rebuilt on a worker thread after a change.
    bool m_indexInBackground = false;
    QPointer<QThread> m_worker;
    std::shared_ptr<BackgroundResult> m_pending; ///< the running worker's result
    bool m_dutyMode = false;
};

} // namespace DutyDesk
