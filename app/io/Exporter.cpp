#include "Exporter.h"

#include "CalendarExport.h"
#include "CallSheetPdf.h"
#include "DirectoryStore.h"
#include "DomainJson.h"
#include "PeriodStore.h"
#include "RosterPdf.h"
#include "SpreadsheetExport.h"
#include "TemplateExport.h"
#include "VCard.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QSaveFile>
#include <QTemporaryDir>

namespace DutyDesk {

Exporter::Exporter(Database &database)
    : m_db(database)
{
}

QList<ExportFormat> Exporter::formats(ExportKind kind)
{
    switch (kind) {
    case ExportKind::Roster:
        return {ExportFormat::Pdf, ExportFormat::Xlsx, ExportFormat::Csv, ExportFormat::Ics};
    case ExportKind::CallSheet:
        return {ExportFormat::Pdf};
    case ExportKind::Contacts:
        return {ExportFormat::Xlsx, ExportFormat::Csv, ExportFormat::Vcf};
    case ExportKind::Template:
        return {ExportFormat::Xlsx};
    }
    return {};
}

bool Exporter::supports(ExportKind kind, ExportFormat format)
{
    return formats(kind).contains(format);
}

QString Exporter::key(ExportKind kind)
{
    switch (kind) {
    case ExportKind::Roster:
        return QStringLiteral("roster");
    case ExportKind::CallSheet:
        return QStringLiteral("callsheet");
    case ExportKind::Contacts:
        return QStringLiteral("contacts");
    case ExportKind::Template:
        return QStringLiteral("template");
    }
    return {};
}

QString Exporter::key(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Pdf:
        return QStringLiteral("pdf");
    case ExportFormat::Xlsx:
        return QStringLiteral("xlsx");
    case ExportFormat::Csv:
        return QStringLiteral("csv");
    case ExportFormat::Ics:
        return QStringLiteral("ics");
    case ExportFormat::Vcf:
        return QStringLiteral("vcf");
    }
    return {};
}

std::optional<ExportKind> Exporter::kindFromKey(const QString &key)
{
    for (ExportKind kind :
         {ExportKind::Roster, ExportKind::CallSheet, ExportKind::Contacts, ExportKind::Template}) {
        if (key.compare(Exporter::key(kind), Qt::CaseInsensitive) == 0)
            return kind;
    }
    return std::nullopt;
}

std::optional<ExportFormat> Exporter::formatFromKey(const QString &key)
{
    for (ExportFormat format : {ExportFormat::Pdf, ExportFormat::Xlsx, ExportFormat::Csv,
                                ExportFormat::Ics, ExportFormat::Vcf}) {
        if (key.compare(Exporter::key(format), Qt::CaseInsensitive) == 0)
            return format;
    }
    return std::nullopt;
}

Result<QByteArray> Exporter::produce(const ExportRequest &request, const ExportControl &control,
                                     ExportReport &report, QString &scope)
{
    // Loading counts for the first tenth of the progress, writing for the rest.
    ExportControl writing;
    writing.cancel = control.cancel;
    writing.progress = [&control](int done, int total) {
        if (total > 0)
            control.report(100 + int(qint64(900) * qMin(done, total) / total), 1000);
    };

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    auto xlsxBytes
        = [&](const std::function<Status(const QString &)> &write) -> Result<QByteArray> {
        QTemporaryDir dir;
        if (!dir.isValid())
            return Error(Error::Code::Io, tr("No temporary folder for the spreadsheet."));
        const QString path = dir.filePath(QStringLiteral("export.xlsx"));
        if (const Status s = write(path); !s)
            return s.error();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return Error(Error::Code::Io, file.errorString());
        return file.readAll();
    };

    if (request.kind == ExportKind::Contacts) {
        const Result<ContactList> contacts = ContactList::load(m_db, request.unitId);
        if (!contacts)
            return contacts.error();
        scope = request.unitId == NoId ? QString() : contacts->units.first().name;
        report.records = int(contacts->people.size());
        control.report(100, 1000);
        switch (request.format) {
        case ExportFormat::Csv:
            if (const Status s = SpreadsheetExport::writeContactsCsv(contacts.value(), &buffer,
                                                                     request.csvDelimiter);
                !s)
                return s.error();
            return buffer.data();
        case ExportFormat::Xlsx:
            return xlsxBytes([&](const QString &path) {
                return SpreadsheetExport::writeContactsXlsx(contacts.value(), path);
            });
        case ExportFormat::Vcf: {
            QList<VCardContact> cards;
            for (const Person &p : contacts->people)
                cards << VCard::fromPerson(p, contacts->unitNames.value(p.unitId));
            return VCard::cards(cards);
        }
        default:
            break;
        }
        return Error(Error::Code::Invalid, tr("This format cannot hold contacts."));
    }

    if (request.kind == ExportKind::Template) {
        const Result<RosterTemplate> roster
            = RosterTemplate::load(m_db, request.periodId, request.unitId, control);
        if (!roster)
            return roster.error();
        control.report(100, 1000);
        scope = roster->unit.name;
        report.records = roster->rowCount();
        return xlsxBytes(
            [&](const QString &path) { return TemplateExport::writeXlsx(roster.value(), path); });
    }

    if (request.kind == ExportKind::CallSheet) {
        // Read and painted at once: the progress counts the sheets painted.
        const Result<CallSheetPdf::Written> written = CallSheetPdf::loadAndWritePdf(
            m_db, request.periodId, request.unitId, &buffer, writing);
        if (!written)
            return written.error();
        if (request.unitId != NoId && !written->firstUnit.isEmpty())
            scope = written->firstUnit;
        report.records = written->sheets;
        report.pages = written->pages;
        return buffer.data();
    }

    const Result<RosterDocument> document
        = RosterData::load(m_db, request.periodId, request.unitId,
                           request.format == ExportFormat::Ics ? request.personId : NoId, control);
    if (!document)
        return document.error();
    control.report(100, 1000);
    if (request.unitId != NoId && !document->units.isEmpty())
        scope = document->units.first().unit.name;
    report.records = document->assignmentCount;
    switch (request.format) {
    case ExportFormat::Pdf:
        if (const Status s = RosterPdf::writePdf(document.value(), &buffer, writing, &report.pages);
            !s)
            return s.error();
        return buffer.data();
    case ExportFormat::Csv:
        if (const Status s
            = SpreadsheetExport::writeRosterCsv(document.value(), &buffer, request.csvDelimiter);
            !s)
            return s.error();
        return buffer.data();
    case ExportFormat::Xlsx:
        return xlsxBytes([&](const QString &path) {
            return SpreadsheetExport::writeRosterXlsx(document.value(), path, writing);
        });
    case ExportFormat::Ics:
        return CalendarExport::calendar(m_db, document.value(), writing);
    default:
        break;
    }
    return Error(Error::Code::Invalid, tr("This format cannot hold a roster."));
}

Result<ExportReport> Exporter::run(const ExportRequest &request, const ExportControl &control)
{
    if (!supports(request.kind, request.format)) {
        return Error(Error::Code::Invalid,
                     tr("A %1 cannot be exported as %2; choose one of: %3.")
                         .arg(key(request.kind), key(request.format), [&] {
                             QStringList keys;
                             for (ExportFormat f : formats(request.kind))
                                 keys << key(f);
                             return keys.join(QStringLiteral(", "));
                         }()));
    }
    if (request.kind != ExportKind::Contacts && request.periodId == NoId)
        return Error(Error::Code::Invalid, tr("Choose the duty period to export."));
    if (request.kind == ExportKind::Template && request.unitId == NoId)
        return Error(Error::Code::Invalid, tr("Choose the unit whose roster template to write."));
    if (request.outputPath.trimmed().isEmpty())
        return Error(Error::Code::Invalid, tr("Choose the file to write."));
    if (request.personId != NoId && request.format != ExportFormat::Ics)
        return Error(Error::Code::Invalid, tr("Only a calendar can be exported for one person."));
    if (m_db.isReadOnly())
        return Error(Error::Code::Invalid,
                     tr("The database is open read-only: the export could not be recorded in "
                        "the audit log."));

    const QString path = QFileInfo(request.outputPath).absoluteFilePath();
    if (!QFileInfo(QFileInfo(path).absolutePath()).isDir())
        return Error(Error::Code::Io,
                     tr("The folder “%1” does not exist.").arg(QFileInfo(path).absolutePath()));
    control.report(0, 1000);

    ExportReport report;
    report.path = path;
    QString scope;
    const Result<QByteArray> bytes = produce(request, control, report, scope);
    if (!bytes)
        return bytes.error();
    if (control.cancelled())
        return RosterData::cancelledError();

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error(Error::Code::Io,
                     tr("“%1” could not be written: %2").arg(path, file.errorString()));
    if (file.write(bytes.value()) != bytes->size() || !file.commit())
        return Error(Error::Code::Io,
                     tr("“%1” could not be written: %2").arg(path, file.errorString()));
    // It holds personal phone numbers: readable by its owner only.
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    QJsonObject what {{QStringLiteral("kind"), key(request.kind)},
                      {QStringLiteral("format"), key(request.format)},
                      {QStringLiteral("path"), path},
                      {QStringLiteral("records"), report.records}};
    if (request.periodId != NoId) {
        what.insert(QStringLiteral("period_id"), request.periodId);
        const Result<DutyPeriod> period = PeriodStore(m_db).period(request.periodId);
        if (period)
            what.insert(QStringLiteral("period"), period->title);
    }
    what.insert(QStringLiteral("unit_id"), request.unitId);
    what.insert(QStringLiteral("unit"), scope.isEmpty() ? QStringLiteral("*") : scope);
    if (request.personId != NoId)
        what.insert(QStringLiteral("person_id"), request.personId);
    if (report.pages > 0)
        what.insert(QStringLiteral("pages"), report.pages);
    const QString table = request.kind == ExportKind::Contacts ? QStringLiteral("people")
                                                               : QStringLiteral("duty_periods");
    const Id rowId = request.kind == ExportKind::Contacts ? request.unitId : request.periodId;
    const Status audited = m_db.transaction(
        [&]() -> Status {
            return m_db.audit(QStringLiteral("export"), table, rowId, {}, DomainJson::text(what));
        },
        Database::WriteKind::Record);
    if (!audited) {
        QFile::remove(path);
        return audited.error();
    }
    control.report(1000, 1000);
    return report;
}

} // namespace DutyDesk
