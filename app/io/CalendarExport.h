#pragma once

#include "Database.h"
#include "Result.h"
#include "RosterData.h"

#include <QByteArray>
#include <QCoreApplication>

namespace DutyDesk {

/// A roster as iCalendar (RFC 5545), written with libical: one VEVENT per
/// shift held by a person, with the role, the unit, the holder's numbers,
/// the others on duty in the same shift, the escalation chain resolved for
/// that very shift and the hotlines in DESCRIPTION.
///
/// Times: Vietnam has kept UTC+7 without daylight saving since 1975, so the
/// events carry TZID=Asia/Ho_Chi_Minh with a VTIMEZONE we write ourselves
/// (one STANDARD rule, +0700): every client shows the right hour wherever the
/// reader is, and the file does not depend on a zoneinfo database.
///
/// UIDs are derived from period, unit, day, shift, role and the place in the
/// slot ("dutydesk-p3-u17-20230430-s2-r1-0@dutydesk"), so importing a newer
/// export updates the events instead of duplicating them; SEQUENCE grows with
/// the export time so the newer file wins.
class CalendarExport
{
    Q_DECLARE_TR_FUNCTIONS(DutyDesk::CalendarExport)
public:
    static constexpr const char *TimeZoneId = "Asia/Ho_Chi_Minh";

    /// The calendar of `document` (one unit, all units, or one person's slots).
    static Result<QByteArray> calendar(Database &db, const RosterDocument &document,
                                       const ExportControl &control = {});
    static QString uid(Id periodId, Id unitId, const QDate &day, Id shiftId, Id roleId, int slot);
};

} // namespace DutyDesk
