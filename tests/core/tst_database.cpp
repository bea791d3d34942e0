#include "Database.h"
#include "DirectoryStore.h"
#include "Schema.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

using namespace DutyDesk;

Q_DECLARE_METATYPE(DutyDesk::Database::OpenMode)

namespace DutyDesk {
// Readable QCOMPARE failures.
char *toString(Error::Code code)
{
    static const char *const names[]
        = {"None", "Invalid", "NotFound", "Ambiguous", "Conflict", "Database", "NewerSchema", "Io"};
    return qstrdup(names[int(code)]);
}
} // namespace DutyDesk

#define QVERIFY_OK(expr)                                                                           \
    do {                                                                                           \
        const auto &result_ = (expr);                                                              \
        QVERIFY2(result_.ok(), qPrintable(result_.message()));                                     \
    } while (false)

#define QVERIFY_ERROR(expr, expectedCode)                                                          \
    do {                                                                                           \
        const auto &result_ = (expr);                                                              \
        QVERIFY2(!result_.ok(), "an error was expected");                                          \
        QCOMPARE(result_.error().code(), expectedCode);                                            \
    } while (false)

namespace {

constexpr QFileDevice::Permissions NotOwner = QFileDevice::ReadGroup | QFileDevice::WriteGroup
    | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::WriteOther
    | QFileDevice::ExeOther;

/// Everything that tells whether a file was touched: its bytes and its mtime.
struct FileState
{
    QByteArray hash;
    QDateTime modified;
    qint64 size = -1;

    static FileState of(const QString &path)
    {
        FileState state;
        QFile file(path);
        if (file.open(QIODevice::ReadOnly)) {
            QCryptographicHash hash(QCryptographicHash::Sha256);
            hash.addData(&file);
            state.hash = hash.result();
        }
        const QFileInfo info(path);
        state.modified = info.lastModified();
        state.size = info.size();
        return state;
    }
    bool operator==(const FileState &other) const
    {
        return hash == other.hash && modified == other.modified && size == other.size;
    }
};

/// A plain SQLite connection beside DutyDesk's, for doing what DutyDesk never
/// would (writing a newer version, creating foreign files).
class RawConnection
{
public:
    explicit RawConnection(const QString &path)
        : m_name(QStringLiteral("raw-%1").arg(++s_counter))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        m_ok = db.open();
    }
    ~RawConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    bool ok() const { return m_ok; }
    bool exec(const QString &sql)
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        if (!q.exec(sql)) {
            qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
            return false;
        }
        return true;
    }
    QVariant value(const QString &sql)
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        if (!q.exec(sql) || !q.next())
            return {};
        return q.value(0);
    }

private:
    static inline int s_counter = 0;
    QString m_name;
    bool m_ok = false;
};

Unit makeUnit(const QString &name, UnitKind kind, Id parentId = NoId)
{
    Unit unit;
    unit.name = name;
    unit.kind = kind;
    unit.parentId = parentId;
    return unit;
}

QVariant pragma(const Database &db, const char *name)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("PRAGMA ") + QLatin1String(name)) || !q.next())
        return {};
    return q.value(0);
}

qint64 count(const Database &db, const QString &table)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

/// The number of commit frames in a WAL file whose salts match its header:
/// the transactions written since the WAL was last reset.
int walCommits(const QString &walPath)
{
    QFile file(walPath);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray wal = file.readAll();
    if (wal.size() < 32)
        return 0;
    const auto be32 = [&wal](qsizetype at) {
        return qFromBigEndian<quint32>(reinterpret_cast<const uchar *>(wal.constData() + at));
    };
    const quint32 pageSize = be32(8);
    const quint32 salt1 = be32(16);
    const quint32 salt2 = be32(20);
    int commits = 0;
    for (qsizetype at = 32; at + 24 + qsizetype(pageSize) <= wal.size(); at += 24 + pageSize) {
        if (be32(at + 8) != salt1 || be32(at + 12) != salt2)
            break;
        if (be32(at + 4) != 0)
            ++commits;
    }
    return commits;
}

} // namespace

/// The database file: owner-only creation, the pragmas, schema versions and
/// migrations, refusal of files DutyDesk must not touch, transactions, audit.
class TestDatabase : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void newFileIsOwnerOnly();
    void createsMissingFolders();
    void schemaVersionIsCurrent();
    void pragmasOnConnection();
    void reopen();
    void newerSchemaRefused_data();
    void newerSchemaRefused();
    void notSqliteRefused_data();
    void notSqliteRefused();
    void foreignSqliteRefused_data();
    void foreignSqliteRefused();
    void mustExistRefusesMissing_data();
    void mustExistRefusesMissing();
    void readOnlyRefusesWrites();
    void emptyFileMigratesInOneTransaction();
    void olderFileUpgraded_data();
    void olderFileUpgraded();
    void failedUpgradeChangesNothing();
    void rollbackOnFailure_data();
    void rollbackOnFailure();
    void nestedTransactionsJoinOuter();
    void nestedFailureRollsBackOuter();
    void changeCountCountsCommits();
    void auditRowPerChange();
    void sqlErrorsAreReadable();
    void statementsAreReused();
    void statementLeftMidwayIsReset();
    void defaultPathIsUserData();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestDatabase::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // The audit log records the OS user; make it known.
    qputenv("USER", "canbo.truc");
}

void TestDatabase::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestDatabase::newFileIsOwnerOnly()
{
    const QString file = path(QStringLiteral("new.db"));
    Database db;
    QVERIFY_OK(db.open(file));
    QVERIFY(db.isOpen());
    QCOMPARE(db.path(), QFileInfo(file).absoluteFilePath());

    QFileDevice::Permissions permissions = QFile::permissions(file);
    QVERIFY(permissions.testFlag(QFileDevice::ReadOwner));
    QVERIFY(permissions.testFlag(QFileDevice::WriteOwner));
    QCOMPARE(permissions & NotOwner, QFileDevice::Permissions());

    // After a write the WAL exists beside it, owner-only as well.
    QVERIFY_OK(db.transaction([&] {
        return db.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('a', 'b')"));
    }));
    const QString wal = file + QStringLiteral("-wal");
    QVERIFY(QFile::exists(wal));
    permissions = QFile::permissions(wal);
    QVERIFY(permissions.testFlag(QFileDevice::ReadOwner));
    QCOMPARE(permissions & NotOwner, QFileDevice::Permissions());
    const QString shm = file + QStringLiteral("-shm");
    if (QFile::exists(shm))
        QCOMPARE(QFile::permissions(shm) & NotOwner, QFileDevice::Permissions());
}

void TestDatabase::createsMissingFolders()
{
    const QString file = path(QStringLiteral("a/b/c/dutydesk.db"));
    Database db;
    QVERIFY_OK(db.open(file));
    QVERIFY(QFile::exists(file));
}

void TestDatabase::schemaVersionIsCurrent()
{
    const QString file = path(QStringLiteral("version.db"));
    Database db;
    QVERIFY_OK(db.open(file));
    const Result<int> version = db.storedSchemaVersion();
    QVERIFY_OK(version);
    QCOMPARE(version.value(), Database::CurrentSchemaVersion);
    QCOMPARE(Schema::migrations().last().version, Database::CurrentSchemaVersion);

    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QString::number(Database::CurrentSchemaVersion));
    QVERIFY(!q.next());
}

void TestDatabase::pragmasOnConnection()
{
    Database db;
    QVERIFY_OK(db.open(path(QStringLiteral("pragmas.db"))));
    QCOMPARE(pragma(db, "foreign_keys").toInt(), 1);
    QCOMPARE(pragma(db, "journal_mode").toString(), QStringLiteral("wal"));
    QCOMPARE(pragma(db, "synchronous").toInt(), 2); // FULL
    QVERIFY(pragma(db, "busy_timeout").toInt() > 0);

    // Foreign keys are really enforced.
    const Status status = db.transaction([&] {
        return db.exec(QStringLiteral("INSERT INTO people (unit_id, full_name) VALUES (999, 'X')"));
    });
    QVERIFY_ERROR(status, Error::Code::Conflict);
}

void TestDatabase::reopen()
{
    const QString file = path(QStringLiteral("reopen.db"));
    Id unitId = NoId;
    {
        Database db;
        QVERIFY_OK(db.open(file));
        const Result<Unit> unit = DirectoryStore(db).addUnit(
            makeUnit(QStringLiteral("Sở Giáo dục và Đào tạo"), UnitKind::Department, NoId));
        QVERIFY_OK(unit);
        unitId = unit->id;
        db.close();
        QVERIFY(!db.isOpen());
        // The same object opens again.
        QVERIFY_OK(db.open(file));
        QVERIFY_OK(DirectoryStore(db).unit(unitId));
    }
    for (const Database::OpenMode mode :
         {Database::OpenMode::CreateIfMissing, Database::OpenMode::MustExist,
          Database::OpenMode::ReadOnly}) {
        Database db;
        QVERIFY_OK(db.open(file, mode));
        QCOMPARE(db.isReadOnly(), mode == Database::OpenMode::ReadOnly);
        const Result<Unit> unit = DirectoryStore(db).unit(unitId);
        QVERIFY_OK(unit);
        QCOMPARE(unit->name, QStringLiteral("Sở Giáo dục và Đào tạo"));
        QCOMPARE(db.storedSchemaVersion().value(), Database::CurrentSchemaVersion);
    }
}

void TestDatabase::newerSchemaRefused_data()
{
    QTest::addColumn<bool>("walMode");
    QTest::newRow("WAL file") << true;
    QTest::newRow("rollback-journal file") << false;
}

void TestDatabase::newerSchemaRefused()
{
    QFETCH(bool, walMode);
    const QString file = path(QStringLiteral("newer.db"));
    {
        Database db;
        QVERIFY_OK(db.open(file));
        QVERIFY_OK(DirectoryStore(db).addUnit(
            makeUnit(QStringLiteral("Sở GD&ĐT"), UnitKind::Department, NoId)));
    }
    {
        RawConnection raw(file);
        QVERIFY(raw.ok());
        QVERIFY(raw.exec(QStringLiteral("UPDATE meta SET value = '%1' WHERE key = "
                                        "'schema_version'")
                             .arg(Database::CurrentSchemaVersion + 1)));
        if (!walMode)
            QVERIFY(raw.exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
    }
    QVERIFY(!QFile::exists(file + QStringLiteral("-wal")));
    const QStringList filesBefore = QDir(m_dir->path()).entryList(QDir::Files);
    const FileState before = FileState::of(file);
    QTest::qSleep(20); // a write would now show in the mtime

    for (const Database::OpenMode mode :
         {Database::OpenMode::CreateIfMissing, Database::OpenMode::MustExist,
          Database::OpenMode::ReadOnly}) {
        Database db;
        const Status status = db.open(file, mode);
        QVERIFY_ERROR(status, Error::Code::NewerSchema);
        QVERIFY2(status.message().contains(QFileInfo(file).absoluteFilePath()),
                 qPrintable(status.message()));
        QVERIFY(status.message().contains(QString::number(Database::CurrentSchemaVersion + 1)));
        QVERIFY(!db.isOpen());
        QVERIFY(FileState::of(file) == before);
        QStringList files = QDir(m_dir->path()).entryList(QDir::Files);
        if (mode == Database::OpenMode::ReadOnly && walMode) {
            // A read-only SQLite connection to a WAL file may leave the (empty)
            // -wal and -shm files it cannot delete; the database itself is untouched.
            QCOMPARE(QFileInfo(file + QStringLiteral("-wal")).size(), 0);
            files.removeAll(QStringLiteral("newer.db-wal"));
            files.removeAll(QStringLiteral("newer.db-shm"));
        }
        QCOMPARE(files, filesBefore);
    }
    QVERIFY(FileState::of(file) == before);
}

void TestDatabase::notSqliteRefused_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("short text") << QByteArrayLiteral("not a database\n");
    QByteArray text;
    for (int i = 0; i < 400; ++i)
        text += "Họ và tên;Chức vụ;Điện thoại\nNguyễn Văn A;Cán bộ;0904 185 683\n";
    QTest::newRow("csv text") << text;
    QTest::newRow("zeros") << QByteArray(8192, '\0');
    QTest::newRow("damaged header")
        << QByteArray("SQLite format 3").append('\0').append(QByteArray(4080, '\x7f'));
}

void TestDatabase::notSqliteRefused()
{
    QFETCH(QByteArray, content);
    const QString file = path(QStringLiteral("garbage.db"));
    {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(content);
    }
    const FileState before = FileState::of(file);
    QTest::qSleep(20);
    for (const Database::OpenMode mode :
         {Database::OpenMode::CreateIfMissing, Database::OpenMode::MustExist,
          Database::OpenMode::ReadOnly}) {
        Database db;
        const Status status = db.open(file, mode);
        QVERIFY(!status.ok());
        QVERIFY2(status.error().code() == Error::Code::Database, qPrintable(status.message()));
        QVERIFY2(status.message().contains(QFileInfo(file).absoluteFilePath()),
                 qPrintable(status.message()));
        QVERIFY2(status.message().contains(QStringLiteral("not a DutyDesk database")),
                 qPrintable(status.message()));
        QVERIFY(!db.isOpen());
    }
    QVERIFY(FileState::of(file) == before);
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files),
             QStringList {QStringLiteral("garbage.db")});
}

void TestDatabase::foreignSqliteRefused_data()
{
    QTest::addColumn<QStringList>("statements");
    QTest::newRow("someone's table") << QStringList {
        QStringLiteral("CREATE TABLE contacts (name TEXT, phone TEXT)"),
        QStringLiteral("INSERT INTO contacts VALUES ('Nguyễn Văn A', '0904185683')")};
    QTest::newRow("a table named like ours")
        << QStringList {QStringLiteral("CREATE TABLE units (id INTEGER PRIMARY KEY, name TEXT)")};
    // No table at all, but not empty either: still somebody else's file.
    QTest::newRow("only a view") << QStringList {QStringLiteral("CREATE VIEW people AS SELECT 1")};
    QTest::newRow("meta without version")
        << QStringList {QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)")};
}

void TestDatabase::foreignSqliteRefused()
{
    QFETCH(QStringList, statements);
    const QString file = path(QStringLiteral("foreign.sqlite"));
    {
        RawConnection raw(file);
        QVERIFY(raw.ok());
        for (const QString &statement : statements)
            QVERIFY(raw.exec(statement));
    }
    const FileState before = FileState::of(file);
    QTest::qSleep(20);
    for (const Database::OpenMode mode :
         {Database::OpenMode::CreateIfMissing, Database::OpenMode::ReadOnly}) {
        Database db;
        const Status status = db.open(file, mode);
        QVERIFY_ERROR(status, Error::Code::Database);
        QVERIFY2(status.message().contains(QFileInfo(file).absoluteFilePath()),
                 qPrintable(status.message()));
        QVERIFY(!db.isOpen());
    }
    QVERIFY(FileState::of(file) == before);
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files),
             QStringList {QStringLiteral("foreign.sqlite")});
}

void TestDatabase::mustExistRefusesMissing_data()
{
    QTest::addColumn<Database::OpenMode>("mode");
    QTest::newRow("MustExist") << Database::OpenMode::MustExist;
    QTest::newRow("ReadOnly") << Database::OpenMode::ReadOnly;
}

void TestDatabase::mustExistRefusesMissing()
{
    QFETCH(Database::OpenMode, mode);
    const QString file = path(QStringLiteral("missing/nothing.db"));
    Database db;
    const Status status = db.open(file, mode);
    QVERIFY_ERROR(status, Error::Code::NotFound);
    QVERIFY(status.message().contains(QFileInfo(file).absoluteFilePath()));
    QVERIFY(!db.isOpen());
    QVERIFY(!QFile::exists(file));
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("missing"))));
    QVERIFY(QDir(m_dir->path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).isEmpty());
}

void TestDatabase::readOnlyRefusesWrites()
{
    const QString file = path(QStringLiteral("readonly.db"));
    {
        Database db;
        QVERIFY_OK(db.open(file));
        QVERIFY_OK(DirectoryStore(db).addUnit(
            makeUnit(QStringLiteral("Sở GD&ĐT"), UnitKind::Department, NoId)));
    }
    const FileState before = FileState::of(file);
    QTest::qSleep(20);
    {
        Database db;
        QVERIFY_OK(db.open(file, Database::OpenMode::ReadOnly));
        QVERIFY(db.isReadOnly());
        bool ran = false;
        const Status status = db.transaction([&]() -> Status {
            ran = true;
            return {};
        });
        QVERIFY(!status.ok());
        QVERIFY(!status.message().isEmpty());
        QVERIFY(!ran);
        // The stores go through transaction() and are refused too.
        DirectoryStore directory(db);
        QVERIFY(!directory.addUnit(makeUnit(QStringLiteral("X"), UnitKind::School, NoId)).ok());
        QVERIFY(!directory.deleteUnit(1).ok());
        // Even raw SQL cannot write.
        QVERIFY(
            !db.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('k', 'v')")).ok());
        QCOMPARE(count(db, QStringLiteral("units")), 1);
        QCOMPARE(count(db, QStringLiteral("settings")), 0);
        QCOMPARE(db.changeCount(), quint64(0));
    }
    QCOMPARE(FileState::of(file).hash, before.hash);
}

void TestDatabase::emptyFileMigratesInOneTransaction()
{
    // An existing empty file is a version-0 database: MustExist accepts it and
    // migrates it; every migration is one transaction, i.e. one commit.
    const QString file = path(QStringLiteral("empty.db"));
    {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
    }
    QCOMPARE(QFileInfo(file).size(), 0);
    Database db;
    QVERIFY_OK(db.open(file, Database::OpenMode::MustExist));
    QCOMPARE(db.storedSchemaVersion().value(), Database::CurrentSchemaVersion);
    for (const char *table :
         {"meta", "settings", "units", "people", "phone_numbers", "hotlines", "duty_periods",
          "shifts", "duty_roles", "role_requirements", "assignments", "unavailability",
          "escalation_steps", "duty_log", "audit_log"})
        QVERIFY2(count(db, QLatin1String(table)) >= 0, table);
    // The connection is still open, so nothing was checkpointed: the WAL holds
    // exactly the commits made so far.
    QCOMPARE(walCommits(file + QStringLiteral("-wal")), 1);
    QVERIFY_OK(db.transaction([&] {
        return db.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('k', 'v')"));
    }));
    QCOMPARE(walCommits(file + QStringLiteral("-wal")), 2);
}

/// Writes a file as DutyDesk at schema `version` wrote it, with one unit.
static bool writeOldFile(const QString &file, int version, const QString &extraStatement = {})
{
    RawConnection raw(file);
    if (!raw.ok() || !raw.exec(QStringLiteral("PRAGMA journal_mode = WAL")))
        return false;
    for (const Schema::Migration &migration : Schema::migrations()) {
        if (migration.version > version)
            break;
        for (const QString &statement : migration.statements) {
            if (!raw.exec(statement))
                return false;
        }
    }
    if (!extraStatement.isEmpty() && !raw.exec(extraStatement))
        return false;
    return raw.exec(QStringLiteral("INSERT INTO meta (key, value) VALUES ('schema_version', '%1')")
                        .arg(version))
        && raw.exec(QStringLiteral("INSERT INTO units (id, kind, name) VALUES (7, 'school', "
                                   "'Trường THPT Ngô Quyền')"));
}

void TestDatabase::olderFileUpgraded_data()
{
    QTest::addColumn<int>("version");
    for (int version = 1; version < Database::CurrentSchemaVersion; ++version)
        QTest::addRow("version %d", version) << version;
    if (Database::CurrentSchemaVersion == 1)
        QTest::newRow("current") << 1; // nothing older yet: opening changes nothing
}

void TestDatabase::olderFileUpgraded()
{
    QFETCH(int, version);
    const QString file = path(QStringLiteral("old.db"));
    QVERIFY(writeOldFile(file, version));
    Database db;
    QVERIFY_OK(db.open(file, Database::OpenMode::MustExist));
    QCOMPARE(db.storedSchemaVersion().value(), Database::CurrentSchemaVersion);
    // Every pending migration in one commit.
    const int expectedCommits = version < Database::CurrentSchemaVersion ? 1 : 0;
    QCOMPARE(walCommits(file + QStringLiteral("-wal")), expectedCommits);
    const Result<Unit> unit = DirectoryStore(db).unit(7);
    QVERIFY_OK(unit);
    QCOMPARE(unit->name, QStringLiteral("Trường THPT Ngô Quyền"));
}

void TestDatabase::failedUpgradeChangesNothing()
{
    if (Database::CurrentSchemaVersion < 2)
        QSKIP("needs a schema with at least two versions");
    // A file at the version before the current one that already holds a table
    // the last migration creates: the last migration fails, and with it the
    // whole upgrade.
    const Schema::Migration &last = Schema::migrations().last();
    QString clash;
    for (const QString &statement : last.statements) {
        const qsizetype at = statement.indexOf(QStringLiteral("CREATE TABLE "));
        if (at >= 0) {
            const QString rest = statement.mid(at + 13);
            clash = rest.left(rest.indexOf(QLatin1Char(' ')));
            break;
        }
    }
    if (clash.isEmpty())
        QSKIP("the last migration creates no table");
    const QString file = path(QStringLiteral("clash.db"));
    QVERIFY(writeOldFile(file, last.version - 1,
                         QStringLiteral("CREATE TABLE %1 (x INTEGER)").arg(clash)));
    const FileState before = FileState::of(file);
    QTest::qSleep(20);

    Database db;
    const Status status = db.open(file);
    QVERIFY_ERROR(status, Error::Code::Database);
    QVERIFY2(status.message().contains(QString::number(last.version)),
             qPrintable(status.message()));
    QVERIFY(!db.isOpen());
    QVERIFY(FileState::of(file) == before);
    RawConnection raw(file);
    QCOMPARE(
        raw.value(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'")).toString(),
        QString::number(last.version - 1));
}

void TestDatabase::rollbackOnFailure_data()
{
    QTest::addColumn<bool>("sqlFails");
    QTest::newRow("work returns an error") << false;
    QTest::newRow("a statement fails") << true;
}

void TestDatabase::rollbackOnFailure()
{
    QFETCH(bool, sqlFails);
    Database db;
    QVERIFY_OK(db.open(path(QStringLiteral("rollback.db"))));
    DirectoryStore directory(db);
    const qint64 auditBefore = count(db, QStringLiteral("audit_log"));
    const quint64 changesBefore = db.changeCount();

    const Status status = db.transaction([&]() -> Status {
        const Result<Unit> unit
            = directory.addUnit(makeUnit(QStringLiteral("Sở"), UnitKind::Department, NoId));
        if (!unit)
            return unit.error();
        if (const Status s
            = db.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('half', 'done')"));
            !s)
            return s;
        if (sqlFails)
            return db.exec(
                QStringLiteral("INSERT INTO settings (key, value) VALUES ('half', 'x')"));
        return Error(Error::Code::Invalid, QStringLiteral("stop here"));
    });
    QVERIFY(!status.ok());
    if (sqlFails)
        QCOMPARE(status.error().code(), Error::Code::Conflict);
    else
        QCOMPARE(status.message(), QStringLiteral("stop here"));

    QCOMPARE(count(db, QStringLiteral("units")), 0);
    QCOMPARE(count(db, QStringLiteral("settings")), 0);
    QCOMPARE(count(db, QStringLiteral("audit_log")), auditBefore);
    QCOMPARE(db.changeCount(), changesBefore);

    // The connection is usable afterwards, and not stuck inside a transaction.
    QVERIFY_OK(directory.addUnit(makeUnit(QStringLiteral("Sở"), UnitKind::Department, NoId)));
    QCOMPARE(count(db, QStringLiteral("units")), 1);
    Database other;
    QVERIFY_OK(other.open(db.path()));
    QCOMPARE(count(other, QStringLiteral("units")), 1);
}

void TestDatabase::nestedTransactionsJoinOuter()
{
    const QString file = path(QStringLiteral("nested.db"));
    Database db;
    QVERIFY_OK(db.open(file));
    Database observer; // another connection sees only committed data
    QVERIFY_OK(observer.open(file));
    const quint64 changesBefore = db.changeCount();

    QVERIFY_OK(db.transaction([&]() -> Status {
        if (const Status s
            = db.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('outer', '1')"));
            !s)
            return s;
        const Status inner = db.transaction([&] {
            return db.exec(
                QStringLiteral("INSERT INTO settings (key, value) VALUES ('inner', '2')"));
        });
        if (!inner)
            return inner;
        // The inner transaction did not commit on its own.
        if (count(observer, QStringLiteral("settings")) != 0)
            return Error(Error::Code::Invalid, QStringLiteral("inner transaction committed"));
        if (count(db, QStringLiteral("settings")) != 2)
            return Error(Error::Code::Invalid, QStringLiteral("inner write not visible"));
        return {};
    }));
    QCOMPARE(count(observer, QStringLiteral("settings")), 2);
    QCOMPARE(db.changeCount(), changesBefore + 1);
}

void TestDatabase::nestedFailureRollsBackOuter()
{
    Database db;
    QVERIFY_OK(db.open(path(QStringLiteral("nestedfail.db"))));
    const Status status = db.transaction([&]() -> Status {
        if (const Status s
            = db.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('outer', '1')"));
            !s)
            return s;
        const Status inner = db.transaction([&]() -> Status {
            if (const Status s = db.exec(
                    QStringLiteral("INSERT INTO settings (key, value) VALUES ('inner', '2')"));
                !s)
                return s;
            return Error(Error::Code::Invalid, QStringLiteral("inner failed"));
        });
        return inner; // the outer gives up too
    });
    QCOMPARE(status.message(), QStringLiteral("inner failed"));
    QCOMPARE(count(db, QStringLiteral("settings")), 0);

    // And a nested success after a failure still works normally.
    QVERIFY_OK(db.transaction([&] {
        return db.transaction([&] {
            return db.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('k', 'v')"));
        });
    }));
    QCOMPARE(count(db, QStringLiteral("settings")), 1);
}

void TestDatabase::changeCountCountsCommits()
{
    Database db;
    QVERIFY_OK(db.open(path(QStringLiteral("changes.db"))));
    const quint64 start = db.changeCount();
    DirectoryStore directory(db);
    const Result<Unit> unit
        = directory.addUnit(makeUnit(QStringLiteral("Sở"), UnitKind::Department, NoId));
    QVERIFY_OK(unit);
    QCOMPARE(db.changeCount(), start + 1);
    QVERIFY(!directory.addUnit(makeUnit(QStringLiteral(" "), UnitKind::School, NoId)).ok());
    QCOMPARE(db.changeCount(), start + 1);
    QVERIFY_OK(directory.deleteUnit(unit->id));
    QCOMPARE(db.changeCount(), start + 2);
}

void TestDatabase::auditRowPerChange()
{
    Database db;
    QVERIFY_OK(db.open(path(QStringLiteral("audit.db"))));
    QCOMPARE(Database::currentUser(), QStringLiteral("canbo.truc"));
    QCOMPARE(count(db, QStringLiteral("audit_log")), 0);

    DirectoryStore directory(db);
    Result<Unit> unit = directory.addUnit(
        makeUnit(QStringLiteral("Sở Giáo dục và Đào tạo"), UnitKind::Department, NoId));
    QVERIFY_OK(unit);
    Unit changed = unit.value();
    changed.shortName = QStringLiteral("Sở GD&ĐT");
    QVERIFY_OK(directory.updateUnit(changed));
    QVERIFY_OK(directory.deleteUnit(changed.id));

    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT at, os_user, action, table_name, row_id, before_json, "
                                  "after_json FROM audit_log ORDER BY id")));
    QStringList actions;
    while (q.next()) {
        const QDateTime at = QDateTime::fromString(q.value(0).toString(), Qt::ISODate);
        QVERIFY(at.isValid());
        QVERIFY(qAbs(at.secsTo(QDateTime::currentDateTime())) < 600);
        QCOMPARE(q.value(1).toString(), QStringLiteral("canbo.truc"));
        QCOMPARE(q.value(3).toString(), QStringLiteral("units"));
        QCOMPARE(q.value(4).toLongLong(), changed.id);
        actions << q.value(2).toString();
        const QString before = q.value(5).toString();
        const QString after = q.value(6).toString();
        if (actions.last() == QLatin1String("insert")) {
            QVERIFY(before.isEmpty());
            QVERIFY(after.contains(QStringLiteral("Sở Giáo dục và Đào tạo")));
        } else if (actions.last() == QLatin1String("update")) {
            QVERIFY(!before.contains(QStringLiteral("Sở GD&ĐT")));
            QVERIFY(after.contains(QStringLiteral("Sở GD&ĐT")));
        } else {
            QVERIFY(before.contains(QStringLiteral("Sở GD&ĐT")));
            QVERIFY(after.isEmpty());
        }
    }
    QCOMPARE(actions,
             (QStringList {QStringLiteral("insert"), QStringLiteral("update"),
                           QStringLiteral("delete")}));

    // A refused change leaves no audit row.
    QVERIFY(!directory.addUnit(makeUnit(QStringLiteral("X"), UnitKind::School, 12345)).ok());
    QCOMPARE(count(db, QStringLiteral("audit_log")), 3);
}

void TestDatabase::sqlErrorsAreReadable()
{
    Database db;
    QVERIFY_OK(db.open(path(QStringLiteral("errors.db"))));
    const Status missing = db.exec(QStringLiteral("SELECT * FROM no_such_table"));
    QVERIFY_ERROR(missing, Error::Code::Database);
    QVERIFY(missing.message().contains(QStringLiteral("no_such_table")));

    QVERIFY_OK(db.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('k', 'v')")));
    const Status duplicate
        = db.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"),
                  {QStringLiteral("k"), QStringLiteral("w")});
    QVERIFY_ERROR(duplicate, Error::Code::Conflict);
}

void TestDatabase::statementsAreReused()
{
    Database db;
    QVERIFY_OK(db.open(path(QStringLiteral("statements.db"))));
    QVERIFY_OK(db.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('a', '1'), "
                                      "('b', '2')")));
    const QString sql = QStringLiteral("SELECT value FROM settings WHERE key = ?");
    auto valueOf = [&](Database::Statement &q, const QString &key) {
        q->addBindValue(key);
        if (!db.exec(q) || !q->next())
            return QString();
        return q->value(0).toString();
    };
    const QSqlResult *first = nullptr;
    {
        Database::Statement q = db.statement(sql);
        first = q->result();
        QCOMPARE(valueOf(q, QStringLiteral("a")), QStringLiteral("1"));
    }
    {
        // Given back and lent again: the same prepared query, bound afresh.
        Database::Statement q = db.statement(sql);
        QCOMPARE(q->result(), first);
        QCOMPARE(valueOf(q, QStringLiteral("b")), QStringLiteral("2"));
        // Lent out still: the same SQL meanwhile gets a query of its own.
        Database::Statement nested = db.statement(sql);
        QVERIFY(nested->result() != first);
        QCOMPARE(valueOf(nested, QStringLiteral("a")), QStringLiteral("1"));
        QCOMPARE(q->value(0).toString(), QStringLiteral("2"));
        // A handle moved away gives the query back once, from its new place.
        Database::Statement moved(std::move(nested));
        QCOMPARE(moved->value(0).toString(), QStringLiteral("1"));
    }

    // SQL that does not prepare is not kept: the error is told each time.
    for (int i = 0; i < 2; ++i) {
        Database::Statement bad = db.statement(QStringLiteral("SELECT * FROM no_such_table"));
        const Status s = db.exec(bad);
        QVERIFY_ERROR(s, Error::Code::Database);
        QVERIFY2(s.message().contains(QStringLiteral("no_such_table")), qPrintable(s.message()));
    }

    // Closing drops the cache; the reopened file prepares anew and reads.
    {
        // A query still lent when the file closes is not taken back.
        Database::Statement lent = db.statement(sql);
        db.close();
        QVERIFY_OK(db.open(path(QStringLiteral("statements.db"))));
    }
    Database::Statement q = db.statement(sql);
    QCOMPARE(valueOf(q, QStringLiteral("b")), QStringLiteral("2"));
    const QSqlResult *reopened = q->result();
    {
        Database::Statement again = db.statement(sql); // q is still lent
        QVERIFY(again->result() != reopened);
        QCOMPARE(valueOf(again, QStringLiteral("a")), QStringLiteral("1"));
    }
}

void TestDatabase::statementLeftMidwayIsReset()
{
    Database db;
    QVERIFY_OK(db.open(path(QStringLiteral("midway.db"))));
    QVERIFY_OK(db.exec(QStringLiteral("CREATE TABLE scratch (x INTEGER)")));
    QVERIFY_OK(db.exec(QStringLiteral("INSERT INTO scratch VALUES (1), (2), (3)")));
    {
        Database::Statement q = db.statement(QStringLiteral("SELECT x FROM scratch ORDER BY x"));
        QVERIFY_OK(db.exec(q));
        QVERIFY(q->next());
        QCOMPARE(q->value(0).toInt(), 1);
    } // two rows unread
    // A statement still stepping would lock the table ("database table is
    // locked"); the one given back was reset, so the table can go.
    QVERIFY_OK(db.exec(QStringLiteral("DROP TABLE scratch")));
    // And the kept query of a dropped table reports the table, not a crash.
    Database::Statement q = db.statement(QStringLiteral("SELECT x FROM scratch ORDER BY x"));
    const Status s = db.exec(q);
    QVERIFY_ERROR(s, Error::Code::Database);
    QVERIFY2(s.message().contains(QStringLiteral("scratch")), qPrintable(s.message()));
}

void TestDatabase::defaultPathIsUserData()
{
    const QString file = Database::defaultPath();
    QVERIFY(QFileInfo(file).isAbsolute());
    QVERIFY(file.endsWith(QStringLiteral("/dutydesk/dutydesk.db")));
    QVERIFY(file.startsWith(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)));
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
