#include "Database.h"

#include "Backups.h"
#include "Schema.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QStandardPaths>

#include <utility>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace DutyDesk {

namespace {

QAtomicInteger<quint64> s_connectionCounter;

constexpr int BusyTimeoutMs = 10000;

// A null QString binds as SQL NULL; the text columns are NOT NULL.
QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

} // namespace

Database::Database()
    : m_connectionName(QStringLiteral("dutydesk-%1").arg(s_connectionCounter.fetchAndAddRelaxed(1)))
{
}

Database::~Database()
{
    close();
}

QString Database::defaultPath()
{
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return base + QStringLiteral("/dutydesk/dutydesk.db");
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool Database::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && connection().isOpen();
}

void Database::close()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    // The cached statements are finalized before the connection goes.
    m_statements.clear();
    ++m_generation;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_path.clear();
    m_transactionDepth = 0;
    m_writesHeld.clear();
}

Status Database::open(const QString &path, OpenMode mode)
{
    close();
    const QFileInfo info(path);
    const QString absolute = info.absoluteFilePath();
    const bool exists = info.exists();
    if (!exists && mode != OpenMode::CreateIfMissing)
        return Error(Error::Code::NotFound, tr("The database “%1” does not exist.").arg(absolute));

    if (!exists) {
        // Created owner-only before SQLite touches it: it holds personal phone
        // numbers. SQLite gives its -wal and -shm files the same mode.
        if (!QDir().mkpath(info.absolutePath()))
            return Error(Error::Code::Io,
                         tr("The folder “%1” could not be created.").arg(info.absolutePath()));
        QFile file(absolute);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                       QFileDevice::ReadOwner | QFileDevice::WriteOwner))
            return Error(
                Error::Code::Io,
                tr("The database “%1” could not be created: %2").arg(absolute, file.errorString()));
        file.close();
    }

    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(absolute);
        QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(BusyTimeoutMs);
        if (mode == OpenMode::ReadOnly)
            options += QStringLiteral(";QSQLITE_OPEN_READONLY");
        db.setConnectOptions(options);
        if (!db.open()) {
            const QString text = db.lastError().text();
            close();
            return Error(Error::Code::Database,
                         tr("The database “%1” could not be opened: %2").arg(absolute, text));
        }
    }
    m_path = absolute;
    m_readOnly = mode == OpenMode::ReadOnly;

    // Read the version before anything is written: a newer file stays untouched.
    const Result<int> version = storedSchemaVersion();
    if (!version) {
        close();
        return version.error();
    }
    if (version.value() > CurrentSchemaVersion) {
        close();
        return Error(Error::Code::NewerSchema,
                     tr("“%1” was written by a newer version of DutyDesk (database version %2; "
                        "this version knows up to %3). It has not been changed. Please update "
                        "DutyDesk to open it.")
                         .arg(absolute)
                         .arg(version.value())
                         .arg(CurrentSchemaVersion));
    }
    if (m_readOnly && version.value() < CurrentSchemaVersion) {
        close();
        return Error(Error::Code::NeedsUpgrade,
                     tr("“%1” needs to be upgraded by DutyDesk before it can be opened read-only.")
                         .arg(absolute));
    }

    Status status = applyPragmas();
    if (status && version.value() > 0 && version.value() < CurrentSchemaVersion) {
        // Keep the file as it was before changing its schema.
        const Result<QString> backup = Backups::create(*this, QStringLiteral("migration"));
        if (!backup)
            status = Error(Error::Code::Io,
                           tr("“%1” was not upgraded because no backup of it could be written "
                              "first: %2")
                               .arg(absolute, backup.message()));
    }
    if (status && version.value() < CurrentSchemaVersion)
        status = migrate(version.value());
    if (!status) {
        close();
        return status;
    }
    return {};
}

Result<int> Database::storedSchemaVersion() const
{
    QSqlQuery query(connection());
    // Every kind of schema object counts: a file holding only someone's views
    // or triggers is not an empty database that DutyDesk may fill.
    if (!query.exec(QStringLiteral("SELECT type, name FROM sqlite_master"))) {
        return Error(Error::Code::Database,
                     tr("“%1” is not a DutyDesk database or is damaged: %2")
                         .arg(m_path, query.lastError().text()));
    }
    bool empty = true;
    bool hasMeta = false;
    while (query.next()) {
        empty = false;
        hasMeta = hasMeta
            || (query.value(0).toString() == QLatin1String("table")
                && query.value(1).toString() == QLatin1String("meta"));
    }
    if (empty)
        return 0;
    if (!hasMeta)
        return Error(Error::Code::Database, tr("“%1” is not a DutyDesk database.").arg(m_path));
    if (!query.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'"))
        || !query.next())
        return Error(Error::Code::Database,
                     tr("“%1” has no schema version; it is not a DutyDesk database or is damaged.")
                         .arg(m_path));
    bool ok = false;
    const int version = query.value(0).toString().toInt(&ok);
    if (!ok || version < 1)
        return Error(Error::Code::Database,
                     tr("“%1” has an unreadable schema version.").arg(m_path));
    return version;
}

Status Database::applyPragmas()
{
    QStringList pragmas = {QStringLiteral("PRAGMA foreign_keys = ON"),
                           QStringLiteral("PRAGMA busy_timeout = %1").arg(BusyTimeoutMs)};
    if (!m_readOnly) {
        pragmas << QStringLiteral("PRAGMA journal_mode = WAL")
                << QStringLiteral("PRAGMA synchronous = FULL");
    }
    for (const QString &pragma : pragmas) {
        QSqlQuery query(connection());
        if (!query.exec(pragma))
            return sqlError(query);
    }
    return {};
}

Status Database::migrate(int fromVersion)
{
    // All pending migrations in one transaction: a failure leaves the file at
    // its old version, never half-way between two.
    return transaction([&]() -> Status {
        for (const Schema::Migration &migration : Schema::migrations()) {
            if (migration.version <= fromVersion)
                continue;
            Status status;
            for (const QString &statement : migration.statements) {
                QSqlQuery query(connection());
                if (!query.exec(statement)) {
                    status = sqlError(query);
                    break;
                }
            }
            if (status) {
                status = exec(
                    QStringLiteral("INSERT INTO meta (key, value) VALUES ('schema_version', ?) "
                                   "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                    {QString::number(migration.version)});
            }
            if (!status) {
                return Error(Error::Code::Database,
                             tr("The database could not be upgraded to version %1: %2")
                                 .arg(migration.version)
                                 .arg(status.message()));
            }
        }
        return Status();
    });
}

Error Database::dutyModeError()
{
    return Error(Error::Code::Invalid,
                 tr("This desk is in read-only duty mode: only the duty log can be written. "
                    "Changes to the directory and the rosters are made at the office's desk."));
}

Status Database::transaction(const std::function<Status()> &work, WriteKind kind)
{
    if (m_readOnly)
        return Error(Error::Code::Invalid, tr("The database is open read-only."));
    if (!m_writesHeld.isEmpty() && m_transactionDepth == 0)
        return Error(Error::Code::Invalid, m_writesHeld);
    if (m_dutyMode && kind == WriteKind::Edit && m_transactionDepth == 0)
        return dutyModeError();
    if (m_transactionDepth > 0) {
        ++m_transactionDepth;
        const Status status = work();
        --m_transactionDepth;
        return status;
    }
    // IMMEDIATE takes the write lock at once, so two writers queue on the busy
    // timeout instead of failing half-way.
    QSqlQuery begin(connection());
    if (!begin.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return sqlError(begin);
    ++m_transactionDepth;
    Status status = work();
    --m_transactionDepth;
    QSqlQuery end(connection());
    if (status) {
        if (!end.exec(QStringLiteral("COMMIT"))) {
            const Error error = sqlError(end);
            QSqlQuery(connection()).exec(QStringLiteral("ROLLBACK"));
            return error;
        }
        ++m_changeCount;
    } else {
        end.exec(QStringLiteral("ROLLBACK"));
    }
    return status;
}

QSqlQuery Database::prepare(const QString &sql) const
{
    QSqlQuery query(connection());
    // Every caller reads rows once, in order: no client-side row cache.
    query.setForwardOnly(true);
    query.prepare(sql);
    return query;
}

Database::Statement Database::statement(const QString &sql) const
{
    auto cached = m_statements.find(sql);
    if (cached != m_statements.end()) {
        QSqlQuery query = std::move(cached->second);
        m_statements.erase(cached);
        return Statement(this, sql, std::move(query), {});
    }
    QSqlQuery query(connection());
    query.setForwardOnly(true);
    // SQL that does not prepare is not kept; exec() reports why it did not.
    const Status prepared = query.prepare(sql) ? Status() : Status(sqlError(query));
    return Statement(this, sql, std::move(query), prepared);
}

Database::Statement::Statement(const Database *db, const QString &sql, QSqlQuery query,
                               Status prepared)
    : m_db(db)
    , m_sql(sql)
    , m_query(std::move(query))
    , m_generation(db->m_generation)
    , m_prepared(std::move(prepared))
{
}

Database::Statement::Statement(Statement &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_sql(std::move(other.m_sql))
    , m_query(std::move(other.m_query))
    , m_generation(other.m_generation)
    , m_prepared(std::move(other.m_prepared))
{
}

Database::Statement::~Statement()
{
    if (!m_db) // moved from
        return;
    // A statement left mid-way holds SQLite's read lock: reset it.
    m_query.finish();
    if (m_prepared && m_generation == m_db->m_generation && m_db->m_statements.count(m_sql) == 0)
        m_db->m_statements.emplace(m_sql, std::move(m_query));
}

Status Database::exec(Statement &statement) const
{
    if (!statement.m_prepared)
        return statement.m_prepared;
    return exec(statement.m_query);
}

Status Database::exec(QSqlQuery &query) const
{
    // A null QString binds as SQL NULL, but DutyDesk's text columns are NOT NULL
    // with '' for "none"; only ids are ever meant to be NULL.
    const QVariantList bound = query.boundValues();
    for (int i = 0; i < bound.size(); ++i) {
        const QVariant &value = bound.at(i);
        if (value.typeId() == QMetaType::QString && value.toString().isNull())
            query.bindValue(i, QStringLiteral(""));
    }
    if (!query.exec())
        return sqlError(query);
    return {};
}

Status Database::exec(const QString &sql, const QVariantList &values) const
{
    QSqlQuery query(connection());
    if (!query.prepare(sql))
        return sqlError(query);
    for (const QVariant &value : values)
        query.addBindValue(value);
    return exec(query);
}

Status Database::audit(const QString &action, const QString &table, Id rowId, const QString &before,
                       const QString &after)
{
    return exec(QStringLiteral("INSERT INTO audit_log (at, os_user, action, table_name, row_id, "
                               "before_json, after_json) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                {QDateTime::currentDateTime().toString(Qt::ISODate), currentUser(), action, table,
                 rowId, notNull(before), notNull(after)});
}

QString Database::currentUser()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    if (user.isEmpty())
        user = qEnvironmentVariable("LOGNAME");
#ifdef Q_OS_UNIX
    if (user.isEmpty()) {
        if (const passwd *entry = getpwuid(geteuid()))
            user = QString::fromLocal8Bit(entry->pw_name);
    }
#endif
    return user.isEmpty() ? QStringLiteral("?") : user;
}

Error Database::sqlError(const QSqlQuery &query)
{
    const QSqlError error = query.lastError();
    const QString native = error.nativeErrorCode();
    // SQLITE_BUSY (5) and SQLITE_LOCKED (6): another program holds the file.
    if (native == QLatin1String("5") || native == QLatin1String("6")) {
        return Error(Error::Code::Database,
                     tr("The database is busy: another DutyDesk window or command is saving. "
                        "Please try again."));
    }
    // SQLITE_CONSTRAINT (19) and its extended codes.
    if (native == QLatin1String("19") || native.endsWith(QLatin1String("19"))
        || error.databaseText().contains(QLatin1String("constraint"), Qt::CaseInsensitive)) {
        return Error(Error::Code::Conflict,
                     tr("The change breaks a rule of the data: %1").arg(error.databaseText()));
    }
    return Error(Error::Code::Database, tr("Database error: %1").arg(error.text()));
}

} // namespace DutyDesk
