#pragma once

#include "Database.h"
#include "Domain.h"
#include "Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>

namespace DutyDesk {

/// Builds a synthetic database at any scale for benchmarks and load tests
/// (`dutydesk-cli generate`, `dutydesk-bench`): one or more provinces, each a
/// Department of Education and Training with its offices, affiliated units
/// and external partners, and districts with their education office, schools
/// and continuing-education centre; people with Vietnamese names drawn from
/// real family-name frequencies, unique valid (invented) phone numbers,
/// hotlines, escalation chains, and one duty period of `days` days × 2 shifts
/// × 3 roles filled for every unit that must staff it, with no double booking,
/// every leader role held by a leader and nobody on a night shift followed by
/// the next morning's shift.
///
/// The same options always give the same database: the randomness is our own
/// LCG and integer arithmetic, no standard distribution. Everything is written
/// in one transaction with multi-row prepared INSERTs; the stores' per-row
/// validation is bypassed because the generator produces valid rows by
/// construction (a sample of the phone numbers is still checked with
/// PhoneNumber::parse). The database must be empty.
class Generator
{
    Q_DECLARE_TR_FUNCTIONS(DutyDesk::Generator)
public:
    struct Options
    {
        int units = 1100;
        int people = 15000;
        int days = 5;
        quint64 seed = 1;
        QDate firstDay = QDate(2025, 1, 25); ///< the Tết Ất Tỵ 2025 holiday
    };

    struct Report
    {
        int units = 0;
        int people = 0;
        int phones = 0;
        int hotlines = 0;
        int escalationSteps = 0;
        int assignments = 0;
        Id periodId = NoId;

        QJsonObject toJson() const;
    };

    /// Staffed units need this many people: three roles on two shifts a day
    /// held by six different people.
    static constexpr int MinimumPeoplePerUnit = 6;

    /// Fills the empty database `db`, all or nothing. Error::Code::Invalid for
    /// options out of range or a database that already holds units.
    static Result<Report> generate(Database &db, const Options &options);
};

} // namespace DutyDesk
