#pragma once

#include "ImportTable.h"
#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace DutyDesk {

/// What a file holds.
enum class ImportKind { Units, People, Hotlines, Roster };

/// Which column of a table holds what: the header row is found below the
/// title rows (agency lines, "LỊCH TRỰC …") and its names are recognised in
/// Vietnamese or English, with or without diacritics, in any order.
class ImportMapping
{
    Q_DECLARE_TR_FUNCTIONS(DutyDesk::ImportMapping)
public:
    enum class Field {
        Ignore,
        Number, ///< STT: the row's number, ignored
        Name, ///< a person's or a unit's name
        Position, ///< chức vụ
        Unit,
        ParentUnit,
        ShortName,
        Code,
        Kind,
        Address,
        Phone,
        Email,
        Note,
        Date,
        Weekday,
        Shift,
        Role, ///< roster grid: one column per duty role (roleName)
        RoleName, ///< roster list: a column naming the role of each row
        Label, ///< hotline label
        Hours, ///< hotline hours
        Source, ///< hotline source note
    };

    struct Column
    {
        int index = 0;
        Field field = Field::Ignore;
        QString header; ///< as written in the file
        QString roleName; ///< Field::Role: the period's role it was matched to, else the header
    };

    /// Index in table.rows of the header row.
    int headerRow = -1;
    QList<Column> columns;

    /// The first column holding `field`, or -1.
    int column(Field field) const;
    QList<Column> roleColumns() const;

    /// Finds the header row among the first rows and recognises its columns.
    /// `roleNames` are the duty roles of the period (roster only). Fails,
    /// naming the columns expected, when no row looks like a header.
    static Result<ImportMapping> recognise(const ImportTable &table, ImportKind kind,
                                           const QStringList &roleNames = {});

    /// The field of one header text; for a role column `roleName` receives
    /// the matching name among `roleNames` (or the header itself).
    static Field fieldOf(const QString &header, ImportKind kind, const QStringList &roleNames,
                         QString *roleName = nullptr);

    static QString kindKey(ImportKind kind); ///< "units", "people", "hotlines", "roster"
    static std::optional<ImportKind> kindFromKey(const QString &key);
    static QString fieldKey(Field field);
};

} // namespace DutyDesk
