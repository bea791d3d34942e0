#pragma once

#include "Database.h"
#include "Domain.h"
#include "Result.h"
#include "RosterData.h"

#include <QChar>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace DutyDesk {

enum class ExportKind {
    Roster, ///< the official roster (PDF) or its table (XLSX, CSV, ICS)
    CallSheet, ///< call sheets for duty officers (PDF)
    Contacts, ///< the directory's people (XLSX, CSV, VCF); needs no period
    Template, ///< a unit's roster to fill in and import back (XLSX); needs a unit
};

enum class ExportFormat { Pdf, Xlsx, Csv, Ics, Vcf };

/// What to export and where.
struct ExportRequest
{
    ExportKind kind = ExportKind::Roster;
    ExportFormat format = ExportFormat::Pdf;
    Id periodId = NoId; ///< required except for contacts
    Id unitId = NoId; ///< NoId: all units (consolidated roster, call sheet book)
    Id personId = NoId; ///< ICS only: one person's shifts
    QString outputPath;
    QChar csvDelimiter = QLatin1Char(',');
};

struct ExportReport
{
    QString path; ///< the absolute path written
    int records = 0; ///< slots, people or events written
    int pages = 0; ///< PDF only
};

/// Runs one export: reads what is needed, writes the file atomically
/// (QSaveFile: a failed or cancelled export leaves any older file alone),
/// makes it readable by its owner only (it holds personal phone numbers,
/// vietnam-facts.md §6) and writes an "export" record to the audit log with
/// the path and what was exported. When the audit record cannot be written
/// the file is removed again: no unrecorded copy of personal data.
///
/// Thread use: an Exporter works on the Database it is given and nothing
/// else, so a GUI runs it on a worker thread with that thread's own Database
/// opened on the same file; `control` reports progress in per mille
/// (done, 1000) from that thread and is polled for cancellation.
class Exporter
{
    Q_DECLARE_TR_FUNCTIONS(DutyDesk::Exporter)
public:
    explicit Exporter(Database &database);

    static bool supports(ExportKind kind, ExportFormat format);
    static QList<ExportFormat> formats(ExportKind kind);
    static QString key(ExportKind kind); ///< "roster", "callsheet", "contacts", "template"
    static QString key(ExportFormat format); ///< "pdf", "xlsx", "csv", "ics", "vcf"
    static std::optional<ExportKind> kindFromKey(const QString &key);
    static std::optional<ExportFormat> formatFromKey(const QString &key);
    /// The usual file suffix of a format, without the dot ("pdf").
    static QString suffix(ExportFormat format) { return key(format); }

    Result<ExportReport> run(const ExportRequest &request, const ExportControl &control = {});

private:
    Result<QByteArray> produce(const ExportRequest &request, const ExportControl &control,
                               ExportReport &report, QString &scope);

    Database &m_db;
};

} // namespace DutyDesk
