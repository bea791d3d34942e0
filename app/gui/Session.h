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
#include <QTimer>
#include <QUndoStack>

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
    /// Looks for changes another window or program saved, and tells the views.
    void checkForOutsideChanges();
    bool isOpen() const { return m_db.isOpen(); }
    QString path() const { return m_db.path(); }

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

private:
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
};

} // namespace DutyDesk
