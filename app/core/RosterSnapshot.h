#pragma once

#include "Database.h"
#include "Domain.h"
#include "Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <QStringList>

#include <array>

namespace DutyDesk {

/// One period's roster and what surrounds it (units, people, their phones and
/// leave, and every assignment of the people concerned on the days around the
/// period, in any period), read in a handful of queries so that RosterCheck
/// and AutoFill work in memory: no query per slot, even at national scale.
///
/// Times are minutes counted from Julian day 0 (`day * 1440 + minute`), so
/// shifts of different days and periods, midnight-crossing ones included,
/// compare as plain integers.
struct RosterSnapshot
{
    Q_DECLARE_TR_FUNCTIONS(DutyDesk::RosterSnapshot)
public:
    static constexpr int MinutesPerDay = 1440;

    struct ShiftInfo
    {
        Id id = NoId;
        Id periodId = NoId;
        QString name;
        int startMinute = 0; ///< minutes after midnight
        int lengthMinutes = 0; ///< always positive; a night shift runs past midnight
        int index = -1; ///< position among the period's shifts; -1 for another period's
        bool night() const { return startMinute + lengthMinutes > MinutesPerDay; }
        qint64 startOn(qint64 julianDay) const { return julianDay * MinutesPerDay + startMinute; }
        qint64 endOn(qint64 julianDay) const { return startOn(julianDay) + lengthMinutes; }
    };

    struct RoleInfo
    {
        Id id = NoId;
        QString name;
        bool leaderRole = false;
        int index = 0; ///< position among the period's roles
        std::array<int, 7> counts {}; ///< people needed, per UnitKind
        int countFor(UnitKind kind) const { return counts.at(static_cast<size_t>(kind)); }
    };

    struct UnitInfo
    {
        Id id = NoId;
        UnitKind kind = UnitKind::School;
        QString name;
        bool active = true;
        int order = 0; ///< position in the directory's order (sort order, then id)
        /// Whether the unit must staff duty slots at all.
        bool staffed() const { return active && kind != UnitKind::External; }
    };

    struct Absence
    {
        qint64 firstDay = 0; ///< Julian day
        qint64 lastDay = 0;
        QString reason;
    };

    struct PersonInfo
    {
        Id id = NoId;
        Id unitId = NoId;
        QString name;
        bool leader = false;
        bool active = true;
        QStringList phones; ///< stored E.164 texts (loaded on request)
        QList<Absence> absences;
        /// The leave covering `julianDay`, or nullptr.
        const Absence *absenceOn(qint64 julianDay) const;
    };

    /// An assignment with its time resolved.
    struct Booking
    {
        Id id = NoId;
        Id periodId = NoId;
        Id unitId = NoId;
        qint64 day = 0; ///< Julian day
        Id shiftId = NoId;
        Id roleId = NoId;
        int slot = 0;
        Id personId = NoId;
        QString freeName;
        QString freePhone;
        qint64 start = 0;
        qint64 end = 0;
        bool inScope = false; ///< a slot of the period at a unit in scope
    };

    /// One (unit, day, shift, role) cell of the period: which places are taken.
    struct Cell
    {
        quint64 mask = 0; ///< bit n: place n taken (places 0..63)
        int count = 0; ///< assignments in the cell
    };

    /// What to read.
    struct Scope
    {
        QList<Id> unitIds; ///< the units whose slots matter; empty: every unit
        bool phones = false; ///< read people's phone numbers
        int marginDays = 1; ///< days around the period to read others' assignments from
    };

    /// Reads period `periodId` for `scope`; NotFound for an unknown period or unit.
    static Result<RosterSnapshot> load(Database &db, Id periodId, const Scope &scope);

    /// The Julian day of an ISO date text ("2023-04-30"); 0 when unreadable.
    static qint64 julianDay(const QString &iso);
    static QDate date(qint64 julianDay) { return QDate::fromJulianDay(julianDay); }
    static QString isoDay(qint64 julianDay) { return date(julianDay).toString(Qt::ISODate); }

    /// The key of a cell of the period, for `cells`.
    static quint64 cellKey(int unitOrder, int dayIndex, int shiftIndex, int roleIndex);
    /// The first `required - taken` free places of a cell, in order.
    static QList<int> emptyPlaces(const Cell &cell, int required);

    int dayCount() const { return int(lastDay - firstDay + 1); }
    bool inScope(Id unitId) const { return scopeUnits.isEmpty() || scopeUnits.contains(unitId); }
    /// The units in scope, in directory order.
    QList<const UnitInfo *> unitsInScope() const;
    const ShiftInfo *shift(Id shiftId) const;
    const RoleInfo *role(Id roleId) const;
    /// The period's cell an in-scope booking fills, or false when it lies
    /// outside the period's days, shifts or roles.
    bool cellOf(const Booking &booking, quint64 &key) const;

    DutyPeriod period;
    qint64 firstDay = 0;
    qint64 lastDay = 0;
    QSet<Id> scopeUnits; ///< empty: every unit
    QList<ShiftInfo> shifts; ///< the period's, in order
    QList<RoleInfo> roles; ///< the period's, in order
    QHash<Id, ShiftInfo> shiftById; ///< the period's and any other period's met in `bookings`
    QHash<Id, int> roleIndex; ///< role id → index in `roles`
    QHash<Id, UnitInfo> units; ///< every unit
    QList<Id> unitOrder; ///< every unit id, in directory order
    QHash<Id, PersonInfo> people; ///< everyone in scope's units or assigned there
    QList<Booking> bookings; ///< in-scope slots first, then the rest
    QHash<quint64, Cell> cells; ///< filled cells of the period in scope
    QHash<Id, QString> periodTitles; ///< every period
};

} // namespace DutyDesk
