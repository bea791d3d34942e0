#include "Workload.h"

#include "Database.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>

namespace DutyDesk {

Workload Workload::province(quint64 seed)
{
    Workload w;
    w.name = QStringLiteral("province");
    w.options.units = 1100;
    w.options.people = 15000;
    w.options.days = 5;
    w.options.seed = seed;
    return w;
}

Workload Workload::national(quint64 seed)
{
    Workload w;
    w.name = QStringLiteral("national");
    w.options.units = 10000;
    w.options.people = 100000;
    w.options.days = 9;
    w.options.seed = seed;
    return w;
}

QString Workload::fileName() const
{
    return QStringLiteral("%1-u%2-p%3-d%4-s%5.db")
        .arg(name)
        .arg(options.units)
        .arg(options.people)
        .arg(options.days)
        .arg(options.seed);
}

Result<QString> Workload::ensure(const QString &cacheDir, qint64 &generatedMs) const
{
    generatedMs = -1;
    if (!QDir().mkpath(cacheDir))
        return Error(Error::Code::Io, QStringLiteral("cannot create %1").arg(cacheDir));
    const QString path = QDir(cacheDir).filePath(fileName());
    if (QFile::exists(path))
        return path;
    // Generated under another name and renamed when complete: an interrupted
    // run never leaves a half-built file in the cache.
    const QString partial = path + QStringLiteral(".partial");
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(partial + suffix);
    {
        Database db;
        if (const Status s = db.open(partial); !s)
            return s.error();
        QElapsedTimer timer;
        timer.start();
        const Result<Generator::Report> report = Generator::generate(db, options);
        if (!report)
            return report.error();
        generatedMs = timer.elapsed();
        // Fold the write-ahead log into the file, so that the copy is one file.
        QSqlQuery checkpoint(db.connection());
        if (!checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")))
            return Database::sqlError(checkpoint);
        checkpoint.finish();
        db.close();
    }
    QFile::remove(partial + QStringLiteral("-wal"));
    QFile::remove(partial + QStringLiteral("-shm"));
    if (!QFile::rename(partial, path))
        return Error(Error::Code::Io, QStringLiteral("cannot rename %1").arg(partial));
    return path;
}

} // namespace DutyDesk
