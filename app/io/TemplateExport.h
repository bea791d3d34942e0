#pragma once

#include "Database.h"
#include "Domain.h"
#include "Importer.h"
#include "Result.h"
#include "RosterData.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace DutyDesk {

/// One column of a template's table that a unit fills in: a duty role, or
/// one of its places when the unit puts several people in the role.
struct TemplateRoleColumn
{
    int roleIndex = 0; ///< into RosterDocument::roles
    int place = 0; ///< 0 for the first person of the role, 1 for the second…
    QString header; ///< "Cán bộ trực", or "Cán bộ trực (2)" for a second place
};

/// Everything a unit's roster template shows: the period's days, shifts and
/// roles, what the unit already holds, and the unit's people to choose from.
struct RosterTemplate
{
    RosterDocument roster; ///< one unit's roster (roster.units holds that unit)
    Unit unit;
    QList<Person> people; ///< the unit's active people, by given name
    QList<TemplateRoleColumn> roleColumns;

    static Result<RosterTemplate> load(Database &db, Id periodId, Id unitId,
                                       const ExportControl &control = {});
    /// Days × shifts: the rows of the table.
    int rowCount() const;
};

/// Where a template came from, as stored in the file itself.
struct TemplateIdentity
{
    Id periodId = NoId;
    QString periodTitle;
    Id unitId = NoId;
    QString unitName;
    QString unitCode;
};

/// A unit's roster template (XLSX): sheet "Lịch trực" with the title rows
/// and a table of the period's days × shifts, one column per duty role place
/// offering the unit's people in a drop-down, dates and shifts locked; sheet
/// "Danh sách" with the people (the drop-down's source); sheet "Hướng dẫn"
/// with how to fill it in; and a hidden sheet naming the period and the unit,
/// so that the filled file imports back without being told either.
///
/// The header row is the one ImportMapping recognises and each choice is
/// "Name - phone" as CellParser reads it back, so a filled template needs no
/// mapping. The Vietnamese texts in the file are document content (see
/// DocumentTexts) and deliberately not translated.
class TemplateExport
{
    Q_DECLARE_TR_FUNCTIONS(DutyDesk::TemplateExport)
public:
    static QString rosterSheetName(); ///< "Lịch trực"
    static QString peopleSheetName(); ///< "Danh sách"
    static QString instructionsSheetName(); ///< "Hướng dẫn"
    static QString identitySheetName(); ///< the hidden sheet: "DutyDesk"

    /// The text offered for a person in the drop-down: "Nguyễn Văn An -
    /// 0904 185 683" (first mobile, else first number), the name alone when
    /// the person has no number.
    static QString choiceText(const Person &person);
    /// "Mẫu lịch trực - <unit> - <period>.xlsx", without characters a file
    /// name cannot hold ("30/4" becomes "30-4").
    static QString fileName(const QString &unitName, const QString &periodTitle);

    /// libxlsxwriter writes to a file name: `path` is written in place.
    static Status writeXlsx(const RosterTemplate &roster, const QString &path);

    /// What a template file says about itself; nullopt when the file is no
    /// DutyDesk template (or cannot be read).
    static std::optional<TemplateIdentity> identity(const QString &path);
    /// A roster import of a template: the period and unit the request leaves
    /// open are taken from the file (by id, checked against the stored title
    /// and name, else by title, code or name). Other requests come back as
    /// they are; an Error when the template's period or unit is not in `db`.
    static Result<ImportRequest> completed(Database &db, const ImportRequest &request);
};

} // namespace DutyDesk
