#pragma once

#include "Database.h"
#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>

namespace DutyDesk {

/// Consistent copies of a database file in a `backups` folder beside it,
/// owner-only, rotated: the newest ten are kept, plus the newest one of each
/// day for thirty days. Also the integrity check and restoring a copy.
class Backups
{
    Q_DECLARE_TR_FUNCTIONS(DutyDesk::Backups)
public:
    static constexpr int KeepNewest = 10;
    static constexpr int KeepDailyDays = 30;

    struct Entry
    {
        QString path;
        QDateTime created;
        QString reason; ///< start, migration, import, manual, restore
        qint64 size = 0;
    };

    /// A summary of what a file holds, for choosing a backup to restore.
    struct Summary
    {
        int units = 0;
        int people = 0;
        int periods = 0;
        int assignments = 0;
        QDateTime lastChange; ///< the newest audit record; invalid when none
        QString lastChangeBy; ///< its user
    };

    /// The folder holding the backups of the database at `databasePath`.
    static QString folderFor(const QString &databasePath);

    /// Writes a consistent copy of the open database (VACUUM INTO) into the
    /// backups folder, then rotates. Returns the new file's path.
    static Result<QString> create(Database &db, const QString &reason);
    /// Writes a consistent copy of the open database to `target` (must not exist).
    static Status copyTo(Database &db, const QString &target);

    /// The backups of a database, newest first.
    static QList<Entry> list(const QString &databasePath);
    /// Deletes the backups the rotation no longer keeps; returns how many.
    static int rotate(const QString &databasePath,
                      const QDateTime &now = QDateTime::currentDateTime());

    /// Integrity and foreign-key problems of the open database; empty when sound.
    static Result<QStringList> verify(Database &db);
    /// Opens `path` read-only and verifies it.
    static Result<QStringList> verifyFile(const QString &path);
    static Result<Summary> summarize(const QString &path);

    /// Replaces the database at `databasePath` by the backup `backupPath`, after
    /// checking the backup and saving the current file as a backup first. The
    /// database must be closed by the caller.
    static Status restore(const QString &backupPath, const QString &databasePath);

private:
    static Status createOwnerOnlyFile(const QString &path);
};

} // namespace DutyDesk
