#pragma once

#include "Domain.h"
#include "Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <functional>
#include <unordered_map>

namespace DutyDesk {

/// One DutyDesk database file: opening (creating it owner-only), the pragmas
/// that protect the data, schema migrations, transactions and the audit trail.
/// All SQL of DutyDesk goes through this class and the stores built on it.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(DutyDesk::Database)
public:
    enum class OpenMode {
        CreateIfMissing, ///< create and migrate the file when it does not exist
        MustExist, ///< refuse a missing file
        ReadOnly, ///< open an existing file without ever writing to it
    };

    static constexpr int CurrentSchemaVersion = 3;

    Database();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    /// The file the application and the command line use by default, under the
    /// user's data directory.
    static QString defaultPath();

    Status open(const QString &path, OpenMode mode = OpenMode::CreateIfMissing);
    void close();
    bool isOpen() const;
    bool isReadOnly() const { return m_readOnly; }
    QString path() const { return m_path; }
    QSqlDatabase connection() const;

    /// The schema version written in the file (0 for a new, empty file).
    Result<int> storedSchemaVersion() const;

    /// What a transaction writes, for the read-only duty mode.
    enum class WriteKind {
        Edit, ///< a change of the directory, the rosters or the settings
        Record, ///< a duty-log entry or the audit record of an export or print
    };

    /// Runs `work` in one transaction: committed when it returns success,
    /// rolled back otherwise. Nested calls join the outer transaction.
    Status transaction(const std::function<Status()> &work, WriteKind kind = WriteKind::Edit);

    /// Read-only duty mode, for duty officers' desks: searching, answering and
    /// printing work and the duty log can be written, every other change is
    /// refused with a message that says why.
    void setDutyMode(bool on) { m_dutyMode = on; }
    /// While `reason` is set every write is refused with it: a file still
    /// being checked is not written to. An empty reason lets writes through.
    void holdWrites(const QString &reason) { m_writesHeld = reason; }
    bool writesHeld() const { return !m_writesHeld.isEmpty(); }
    bool isDutyMode() const { return m_dutyMode; }
    /// The refusal of an edit in duty mode.
    static Error dutyModeError();

    /// A prepared query on this connection.
    QSqlQuery prepare(const QString &sql) const;

    /// A prepared query lent from the connection's statement cache, for the
    /// short look-ups made once per unit or person: SQLite parses and plans
    /// such SQL in about as long as it takes to run it, so it is prepared once
    /// per connection. The query goes back to the cache, reset, when the handle
    /// is destroyed; a query still lent out is never lent again (a nested use
    /// of the same SQL prepares its own). Handles must not outlive the
    /// Database; closing it drops the cache.
    class Statement
    {
    public:
        Statement(Statement &&other) noexcept;
        Statement(const Statement &) = delete;
        Statement &operator=(const Statement &) = delete;
        Statement &operator=(Statement &&) = delete;
        ~Statement();

        QSqlQuery &operator*() { return m_query; }
        QSqlQuery *operator->() { return &m_query; }

    private:
        friend class Database;
        Statement(const Database *db, const QString &sql, QSqlQuery query, Status prepared);

        const Database *m_db; ///< null once moved from
        QString m_sql;
        QSqlQuery m_query;
        quint64 m_generation;
        Status m_prepared; ///< why the SQL did not prepare; such a query is not kept
    };
    /// The cached query for `sql` (see Statement).
    Statement statement(const QString &sql) const;
    /// Executes a lent query; SQL that did not prepare gives the reason.
    Status exec(Statement &statement) const;
    /// Executes a prepared query, turning a failure into a readable Error.
    Status exec(QSqlQuery &query) const;
    /// Prepares, binds `values` in order and executes.
    Status exec(const QString &sql, const QVariantList &values = {}) const;

    /// Records a change or an export in the audit log, inside the current
    /// transaction. `before` and `after` are JSON texts (empty when none).
    Status audit(const QString &action, const QString &table, Id rowId, const QString &before = {},
                 const QString &after = {});

    /// The operating-system user recorded as the author of changes.
    static QString currentUser();

    /// A counter bumped by every committed change made through this object.
    quint64 changeCount() const { return m_changeCount; }

    /// An Error for a failed query, with the driver's text.
    static Error sqlError(const QSqlQuery &query);

private:
    Status applyPragmas();
    Status migrate(int fromVersion);

    QString m_connectionName;
    QString m_path;
    bool m_readOnly = false;
    bool m_dutyMode = false;
    QString m_writesHeld;
    int m_transactionDepth = 0;
    quint64 m_changeCount = 0;
    /// Prepared queries not lent out, by their SQL.
    mutable std::unordered_map<QString, QSqlQuery> m_statements;
    /// Bumped by close(): a query lent before is not taken back.
    quint64 m_generation = 0;
};

} // namespace DutyDesk
