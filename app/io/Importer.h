#pragma once

#include "Database.h"
#include "Domain.h"
#include "ImportMapping.h"
#include "ImportTable.h"
#include "Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <atomic>
#include <optional>

namespace DutyDesk {

/// One thing found while checking an import, with where it is.
struct ImportIssue
{
    enum class Severity { Warning, Error };
    Severity severity = Severity::Error;
    QString file;
    QString sheet; ///< empty for CSV
    int row = 0; ///< 1-based as the user sees it; 0 for the whole file
    int column = -1; ///< 0-based; shown as a letter; -1 for the whole row
    QString message;

    /// "lich.xlsx, sheet “Lịch trực”, row 5, column D"
    QString location() const;
    /// location(): message
    QString text() const;
};

/// What an import would do (dry run) or did.
struct ImportReport
{
    ImportKind kind = ImportKind::People;
    QString file;
    QString sheet;
    QString encoding;
    int rowsRead = 0; ///< data rows below the header
    int toAdd = 0; ///< units, people, hotlines or duty slots to add
    int toChange = 0; ///< existing ones to change (or slots to give to someone else)
    int unchanged = 0;
    int skippedRows = 0; ///< rows left out because of their errors
    QList<ImportIssue> issues;
    bool applied = false;
    QString backupPath;

    int errorCount() const;
    int warningCount() const;
    QJsonObject toJson() const;
    /// A clerk-readable summary, one line per fact and per issue.
    QString summary() const;
};

struct ImportRequest
{
    ImportKind kind = ImportKind::People;
    QString path;
    QString sheet; ///< XLSX: a name or 1-based position; empty: the first visible
    Id periodId = NoId; ///< roster: required
    Id unitId = NoId; ///< the unit of every row when the file has no unit column
    bool dryRun = true;
    bool skipRowsInError = false; ///< apply the good rows even though others have errors
    /// The columns as the user mapped them, used instead of recognising the
    /// header; its Role columns name the period's roles in `roleName`.
    std::optional<ImportMapping> mapping;
    /// Set (from another thread) to stop applying; nothing is then changed.
    const std::atomic_bool *cancel = nullptr;
};

/// Brings a unit's spreadsheet into the database: reads the file (CSV or
/// XLSX), recognises its columns, checks every row against the directory and
/// the period, and reports what it would do. Applying is all or nothing:
/// a backup first, then one transaction with one audit record; refused while
/// there are errors unless the rows in error are skipped.
///
/// People are matched by phone number, then by folded name within their unit;
/// a person is created only when nothing matches, and similar names are
/// listed as warnings for the user to decide.
class Importer
{
    Q_DECLARE_TR_FUNCTIONS(DutyDesk::Importer)
public:
    explicit Importer(Database &database);

    /// Reads a CSV or XLSX file (by its extension, else by its first bytes).
    static Result<ImportTable> readTable(const QString &path, const QString &sheet = {});

    /// Checks and, unless `request.dryRun`, applies. An Error only when the
    /// file cannot be understood at all (unreadable, no header row) or
    /// applying failed (then nothing was changed); row problems are in the report.
    Result<ImportReport> run(const ImportRequest &request);

private:
    Database &m_db;
};

} // namespace DutyDesk
