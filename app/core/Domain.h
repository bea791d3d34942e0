#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTime>

namespace DutyDesk {

using Id = qint64;
constexpr Id NoId = 0;

/// What kind of body a unit is; drives role requirements and report grouping.
enum class UnitKind {
    Department, ///< the issuing organisation itself (Sở)
    AgencyOffice, ///< an office of the Department (phòng cơ quan Sở)
    DistrictOffice, ///< a district education office (Phòng GD&ĐT)
    School, ///< upper-secondary and multi-level schools
    Centre, ///< continuing-education centres (TT GDNN-GDTX)
    Affiliated, ///< other affiliated units
    External, ///< external partners: telecoms, IT/security bodies, police, CERT
};

struct Unit
{
    Id id = NoId;
    Id parentId = NoId;
    UnitKind kind = UnitKind::School;
    QString name;
    QString shortName;
    QString code;
    QString address;
    int sortOrder = 0;
    bool active = true;
    int version = 0;
};

enum class PhoneKind { Mobile, Office, Home };

struct PhoneEntry
{
    Id id = NoId;
    PhoneKind kind = PhoneKind::Mobile;
    QString e164; ///< "+84904185683", or the digits of a short number
};

struct Person
{
    Id id = NoId;
    Id unitId = NoId;
    QString fullName;
    QString position;
    bool leader = false;
    bool itSecurity = false;
    QString email;
    QString notes;
    bool active = true;
    QList<PhoneEntry> phones;
    int version = 0;
};

struct Hotline
{
    Id id = NoId;
    Id unitId = NoId; ///< NoId: a global hotline
    QString label;
    QString number; ///< E.164 or short number
    QString hours;
    QString sourceNote;
    int sortOrder = 0;
    int version = 0;
};

enum class PeriodStatus { Draft, Published };

struct DutyPeriod
{
    Id id = NoId;
    QString title;
    QDate firstDay;
    QDate lastDay;
    PeriodStatus status = PeriodStatus::Draft;
    QString documentNumber;
    QDate documentDate;
    int version = 0;
};

/// A shift of a period's days; when `end` is not after `start` it crosses
/// midnight and ends on the next day.
struct Shift
{
    Id id = NoId;
    Id periodId = NoId;
    QString name;
    QTime start;
    QTime end;
    int sortOrder = 0;

    bool crossesMidnight() const { return end <= start; }
    QDateTime startOn(const QDate &day) const { return QDateTime(day, start); }
    QDateTime endOn(const QDate &day) const
    {
        return QDateTime(crossesMidnight() ? day.addDays(1) : day, end);
    }
};

/// How many people a unit of a kind must put in a role.
struct RoleRequirement
{
    UnitKind unitKind = UnitKind::School;
    int count = 1;
};

struct DutyRole
{
    Id id = NoId;
    Id periodId = NoId;
    QString name;
    bool leaderRole = false;
    int sortOrder = 0;
    QList<RoleRequirement> requirements;
};

struct Assignment
{
    Id id = NoId;
    Id periodId = NoId;
    Id unitId = NoId;
    QDate day;
    Id shiftId = NoId;
    Id roleId = NoId;
    Id personId = NoId; ///< NoId when someone outside the directory is named
    QString freeName; ///< name of someone outside the directory
    QString freePhone; ///< their number, E.164
    QString note;
    int version = 0;
};

struct Unavailability
{
    Id id = NoId;
    Id personId = NoId;
    QDate firstDay;
    QDate lastDay;
    QString reason;
};

enum class EscalationTarget {
    Role, ///< whoever holds duty role `roleName` at this unit right now
    Person, ///< a named person
    Hotline,
    Parent, ///< continue with the parent unit's chain
};

struct EscalationStep
{
    Id id = NoId;
    Id unitId = NoId;
    int position = 0;
    EscalationTarget target = EscalationTarget::Role;
    QString roleName;
    Id personId = NoId;
    Id hotlineId = NoId;
    int waitMinutes = 0;
    QString instruction;
    int version = 0;
};

enum class LogCategory { Call, Incident, Handover };

struct DutyLogEntry
{
    Id id = NoId;
    Id periodId = NoId;
    Id unitId = NoId;
    QDateTime at;
    QString author;
    LogCategory category = LogCategory::Call;
    QString text;
    Id correctsId = NoId; ///< the entry this one corrects; the original is kept
    QDateTime createdAt;
};

struct AuditRecord
{
    Id id = NoId;
    QDateTime at;
    QString user;
    QString action; ///< insert, update, delete, export, print
    QString table;
    Id rowId = NoId;
    QString before; ///< JSON
    QString after; ///< JSON
};

/// The organisation's own texts used on every document.
struct OrganisationSettings
{
    QString parentAgency;
    QString issuingAgency;
    QString documentSymbol;
    QString placeName;
    QString signerAuthority;
    QString signerTitle;
    QString signerName;
    QStringList recipients;
};

} // namespace DutyDesk
