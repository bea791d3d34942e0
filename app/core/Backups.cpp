#include "Backups.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>

namespace DutyDesk {

namespace {

const QString stampFormat = QStringLiteral("yyyyMMdd-HHmmss-zzz");

// "<base>-20230430-200000-000-start.db"
const QRegularExpression &namePattern()
{
    static const QRegularExpression pattern(
        QStringLiteral("^(.+)-(\\d{8}-\\d{6}-\\d{3})-([a-z]+)\\.db$"));
    return pattern;
}

} // namespace

QString Backups::folderFor(const QString &databasePath)
{
    return QFileInfo(databasePath).absolutePath() + QStringLiteral("/backups");
}

Status Backups::createOwnerOnlyFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                   QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return Error(Error::Code::Io,
                     tr("The file “%1” could not be created: %2").arg(path, file.errorString()));
    return {};
}

Status Backups::copyTo(Database &db, const QString &target)
{
    if (QFileInfo::exists(target))
        return Error(Error::Code::Io, tr("“%1” already exists.").arg(target));
    // Created empty and owner-only first: VACUUM INTO fills an empty file and
    // keeps its mode, so the copy is never readable by others, not even briefly.
    if (const Status s = createOwnerOnlyFile(target); !s)
        return s;
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(target);
    if (!q.exec()) {
        const Error error = Database::sqlError(q);
        QFile::remove(target);
        return Error(Error::Code::Io,
                     tr("The backup “%1” could not be written: %2").arg(target, error.message()));
    }
    return {};
}

Result<QString> Backups::create(Database &db, const QString &reason)
{
    const QString folder = folderFor(db.path());
    QDir dir;
    if (!dir.exists(folder)) {
        if (!dir.mkpath(folder))
            return Error(Error::Code::Io, tr("The folder “%1” could not be created.").arg(folder));
        QFile::setPermissions(
            folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
    const QString base = QFileInfo(db.path()).completeBaseName();
    QString target;
    QDateTime now = QDateTime::currentDateTime();
    do {
        target = folder + QLatin1Char('/') + base + QLatin1Char('-') + now.toString(stampFormat)
            + QLatin1Char('-') + reason + QStringLiteral(".db");
        now = now.addMSecs(1);
    } while (QFileInfo::exists(target));
    if (const Status s = copyTo(db, target); !s)
        return s.error();
    rotate(db.path());
    return target;
}

QList<Backups::Entry> Backups::list(const QString &databasePath)
{
    const QString base = QFileInfo(databasePath).completeBaseName();
    QList<Entry> entries;
    const QFileInfoList files
        = QDir(folderFor(databasePath)).entryInfoList({QStringLiteral("*.db")}, QDir::Files);
    for (const QFileInfo &info : files) {
        const QRegularExpressionMatch m = namePattern().match(info.fileName());
        if (!m.hasMatch() || m.captured(1) != base)
            continue;
        Entry e;
        e.path = info.absoluteFilePath();
        e.created = QDateTime::fromString(m.captured(2), stampFormat);
        e.reason = m.captured(3);
        e.size = info.size();
        entries << e;
    }
    std::sort(entries.begin(), entries.end(),
              [](const Entry &a, const Entry &b) { return a.created > b.created; });
    return entries;
}

int Backups::rotate(const QString &databasePath, const QDateTime &now)
{
    const QList<Entry> entries = list(databasePath); // newest first
    QSet<QDate> daysKept;
    int removed = 0;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const Entry &e = entries.at(i);
        bool keep = i < KeepNewest;
        const QDate day = e.created.date();
        if (!daysKept.contains(day) && e.created.daysTo(now) < KeepDailyDays) {
            keep = true;
            daysKept.insert(day);
        } else if (keep) {
            daysKept.insert(day);
        }
        if (!keep && QFile::remove(e.path))
            ++removed;
    }
    return removed;
}

Result<QStringList> Backups::verify(Database &db)
{
    QStringList problems;
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")))
        return Database::sqlError(q);
    while (q.next()) {
        const QString line = q.value(0).toString();
        if (line != QLatin1String("ok"))
            problems << line;
    }
    if (!q.exec(QStringLiteral("PRAGMA foreign_key_check")))
        return Database::sqlError(q);
    while (q.next()) {
        problems << tr("Table %1, row %2 refers to a missing row of %3.")
                        .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString());
    }
    return problems;
}

Result<QStringList> Backups::verifyFile(const QString &path)
{
    Database db;
    if (const Status s = db.open(path, Database::OpenMode::ReadOnly); !s) {
        // An older file is checked after its upgrade (which backs it up first).
        if (s.error().code() == Error::Code::NeedsUpgrade)
            return QStringList();
        return s.error();
    }
    return verify(db);
}

Result<Backups::Summary> Backups::summarize(const QString &path)
{
    Database db;
    if (const Status s = db.open(path, Database::OpenMode::ReadOnly); !s)
        return s.error();
    Summary summary;
    const std::pair<const char *, int *> counts[] = {{"units", &summary.units},
                                                     {"people", &summary.people},
                                                     {"duty_periods", &summary.periods},
                                                     {"assignments", &summary.assignments}};
    for (const auto &[table, target] : counts) {
        QSqlQuery q(db.connection());
        if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM ") + QLatin1String(table)) || !q.next())
            return Database::sqlError(q);
        *target = q.value(0).toInt();
    }
    QSqlQuery last(db.connection());
    if (!last.exec(QStringLiteral("SELECT at, os_user FROM audit_log ORDER BY id DESC LIMIT 1")))
        return Database::sqlError(last);
    if (last.next()) {
        summary.lastChange = QDateTime::fromString(last.value(0).toString(), Qt::ISODate);
        summary.lastChangeBy = last.value(1).toString();
    }
    return summary;
}

Status Backups::restore(const QString &backupPath, const QString &databasePath)
{
    const Result<QStringList> problems = verifyFile(backupPath);
    if (!problems)
        return problems.error();
    if (!problems->isEmpty())
        return Error(Error::Code::Invalid,
                     tr("The backup “%1” is damaged: %2").arg(backupPath, problems->first()));
    // Keep what is there now, in case the restore was a mistake. Copied byte
    // for byte, never opened: the file may be damaged, and a damaged file is
    // not written to.
    if (QFileInfo::exists(databasePath)) {
        const QString folder = folderFor(databasePath);
        QDir().mkpath(folder);
        QFile::setPermissions(
            folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        const QString kept = folder + QLatin1Char('/') + QFileInfo(databasePath).completeBaseName()
            + QLatin1Char('-') + QDateTime::currentDateTime().toString(stampFormat)
            + QStringLiteral("-restore.db");
        for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
            const QString from = databasePath + suffix;
            if (!QFileInfo::exists(from) || QFileInfo(from).size() == 0)
                continue;
            if (!QFile::copy(from, kept + suffix))
                return Error(
                    Error::Code::Io,
                    tr("“%1” could not be kept as a backup before the restore.").arg(databasePath));
            QFile::setPermissions(kept + suffix, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        }
    }
    const QString temporary = databasePath + QStringLiteral(".restoring");
    QFile::remove(temporary);
    {
        Database source;
        if (const Status s = source.open(backupPath, Database::OpenMode::ReadOnly); !s)
            return s;
        if (const Status s = copyTo(source, temporary); !s)
            return s;
    }
    for (const char *suffix : {"-wal", "-shm"})
        QFile::remove(databasePath + QLatin1String(suffix));
    QFile::remove(databasePath);
    if (!QFile::rename(temporary, databasePath))
        return Error(Error::Code::Io,
                     tr("“%1” could not be replaced by the backup.").arg(databasePath));
    return {};
}

} // namespace DutyDesk
