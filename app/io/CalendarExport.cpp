#include "CalendarExport.h"

#include "DocumentTexts.h"
#include "DutyResolver.h"
#include "PhoneNumber.h"

#include <QDateTime>
#include <QHash>

#include <cstdlib>
#include <libical/ical.h>

namespace DutyDesk {

namespace {

icaltimetype localTime(const QDateTime &moment)
{
    icaltimetype t = icaltime_null_time();
    t.year = moment.date().year();
    t.month = moment.date().month();
    t.day = moment.date().day();
    t.hour = moment.time().hour();
    t.minute = moment.time().minute();
    t.second = 0;
    t.is_date = 0;
    return t;
}

icalproperty *withZone(icalproperty *property)
{
    icalproperty_add_parameter(property, icalparameter_new_tzid(CalendarExport::TimeZoneId));
    return property;
}

icalcomponent *vietnamTimeZone()
{
    icalcomponent *zone = icalcomponent_new_vtimezone();
    icalcomponent_add_property(zone, icalproperty_new_tzid(CalendarExport::TimeZoneId));
    icalcomponent *standard = icalcomponent_new_xstandard();
    icaltimetype start = icaltime_null_time();
    start.year = 1970;
    start.month = 1;
    start.day = 1;
    icalcomponent_add_property(standard, icalproperty_new_dtstart(start));
    icalcomponent_add_property(standard, icalproperty_new_tzoffsetfrom(7 * 3600));
    icalcomponent_add_property(standard, icalproperty_new_tzoffsetto(7 * 3600));
    icalcomponent_add_property(standard, icalproperty_new_tzname("+07"));
    icalcomponent_add_component(zone, standard);
    return zone;
}

QString phones(const QStringList &e164)
{
    QStringList shown;
    for (const QString &n : e164)
        shown << PhoneNumber::displayStored(n);
    return shown.join(QStringLiteral(", "));
}

QString phones(const QList<PhoneEntry> &entries)
{
    QStringList e164;
    for (const PhoneEntry &p : entries)
        e164 << p.e164;
    return phones(e164);
}

QString holderLine(const RosterHolder &h)
{
    QString line = h.name;
    if (!h.position.isEmpty())
        line += QStringLiteral(" (") + h.position + QLatin1Char(')');
    const QString numbers = phones(h.phones);
    if (!numbers.isEmpty())
        line += QStringLiteral(": ") + numbers;
    return line;
}

QString escalationText(const DutyAnswer &answer)
{
    QStringList lines;
    if (!answer.escalation.isEmpty()) {
        lines << DocumentTexts::escalationHeadingShort();
        for (const ResolvedStep &step : answer.escalation) {
            QStringList reach;
            for (const Contact &c : step.contacts) {
                const QString numbers = phones(c.phones);
                if (step.target == EscalationTarget::Hotline)
                    reach << numbers;
                else
                    reach << c.name
                            + (numbers.isEmpty() ? QString() : QStringLiteral(" ") + numbers);
            }
            QString line = QStringLiteral("%1. %2").arg(step.order).arg(step.label);
            if (!reach.isEmpty() && step.target != EscalationTarget::Person)
                line += QStringLiteral(": ") + reach.join(QStringLiteral("; "));
            else if (!reach.isEmpty())
                line = QStringLiteral("%1. %2")
                           .arg(step.order)
                           .arg(reach.join(QStringLiteral("; ")));
            if (step.waitMinutes > 0)
                line += QStringLiteral(" (%1 phút)").arg(step.waitMinutes);
            lines << line;
        }
    }
    if (!answer.hotlines.isEmpty()) {
        lines << DocumentTexts::hotlinesHeading() + QLatin1Char(':');
        for (const Hotline &h : answer.hotlines)
            lines << h.label + QStringLiteral(": ") + PhoneNumber::displayStored(h.number);
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

QString CalendarExport::uid(Id periodId, Id unitId, const QDate &day, Id shiftId, Id roleId,
                            int slot)
{
    return QStringLiteral("dutydesk-p%1-u%2-%3-s%4-r%5-%6@dutydesk")
        .arg(periodId)
        .arg(unitId)
        .arg(day.toString(QStringLiteral("yyyyMMdd")))
        .arg(shiftId)
        .arg(roleId)
        .arg(slot);
}

Result<QByteArray> CalendarExport::calendar(Database &db, const RosterDocument &document,
                                            const ExportControl &control)
{
    icalcomponent *cal = icalcomponent_new_vcalendar();
    icalcomponent_add_property(
        cal,
        icalproperty_new_prodid(QStringLiteral("-//DutyDesk//DutyDesk %1//VI")
                                    .arg(QStringLiteral(DUTYDESK_VERSION))
                                    .toUtf8()
                                    .constData()));
    icalcomponent_add_property(cal, icalproperty_new_version("2.0"));
    icalcomponent_add_property(cal, icalproperty_new_calscale("GREGORIAN"));
    icalcomponent_add_property(cal, icalproperty_new_method(ICAL_METHOD_PUBLISH));
    icalproperty *name = icalproperty_new_x(
        DocumentTexts::rosterSummary(document.period.title).toUtf8().constData());
    icalproperty_set_x_name(name, "X-WR-CALNAME");
    icalcomponent_add_property(cal, name);
    icalproperty *zoneName = icalproperty_new_x(TimeZoneId);
    icalproperty_set_x_name(zoneName, "X-WR-TIMEZONE");
    icalcomponent_add_property(cal, zoneName);
    icalcomponent_add_component(cal, vietnamTimeZone());

    const QDateTime now = QDateTime::currentDateTimeUtc();
    const icaltimetype stamp = icaltime_from_timet_with_zone(time_t(now.toSecsSinceEpoch()), 0,
                                                             icaltimezone_get_utc_timezone());
    // Minutes since 2020: grows with every export, so the newer file wins.
    const int sequence = int(QDateTime(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC).secsTo(now) / 60);

    DutyResolver resolver(db);
    QHash<QString, QString> escalationCache;
    int done = 0;
    int total = 0;
    for (const RosterUnitBlock &block : document.units)
        total += block.assignmentCount;

    for (const RosterUnitBlock &block : document.units) {
        for (const RosterLine &line : block.lines) {
            if (line.isEmpty())
                continue;
            if (control.cancelled()) {
                icalcomponent_free(cal);
                return RosterData::cancelledError();
            }
            const Shift &shift = document.shifts.at(line.shiftIndex);
            const QDateTime start = shift.startOn(line.day);
            const QDateTime end = shift.endOn(line.day);
            // The chain resolved for this very shift: its role steps name the
            // people on duty then.
            const QString cacheKey = QStringLiteral("%1|%2|%3")
                                         .arg(block.unit.id)
                                         .arg(line.day.toJulianDay())
                                         .arg(shift.id);
            if (!escalationCache.contains(cacheKey)) {
                const Result<DutyAnswer> answer
                    = resolver.resolve(block.unit.id, start.addSecs(60));
                if (!answer) {
                    icalcomponent_free(cal);
                    return answer.error();
                }
                escalationCache.insert(cacheKey, escalationText(answer.value()));
            }
            for (int r = 0; r < line.holders.size(); ++r) {
                const DutyRole &role = document.roles.at(r);
                for (const RosterHolder &h : line.holders.at(r)) {
                    icalcomponent *event = icalcomponent_new_vevent();
                    const QString id = uid(document.period.id, block.unit.id, line.day, shift.id,
                                           role.id, h.slot);
                    icalcomponent_add_property(event,
                                               icalproperty_new_uid(id.toUtf8().constData()));
                    icalcomponent_add_property(event, icalproperty_new_dtstamp(stamp));
                    icalcomponent_add_property(event, icalproperty_new_sequence(sequence));
                    icalcomponent_add_property(
                        event, withZone(icalproperty_new_dtstart(localTime(start))));
                    icalcomponent_add_property(event,
                                               withZone(icalproperty_new_dtend(localTime(end))));
                    const QString summary = DocumentTexts::eventSummary(role.name, block.unit.name)
                        + QStringLiteral(": ") + h.name;
                    icalcomponent_add_property(
                        event, icalproperty_new_summary(summary.toUtf8().constData()));
                    const QString location = block.unit.address.isEmpty()
                        ? block.unit.name
                        : block.unit.name + QStringLiteral(", ") + block.unit.address;
                    icalcomponent_add_property(
                        event, icalproperty_new_location(location.toUtf8().constData()));

                    QStringList description;
                    description << QStringLiteral("Vai trò: ") + role.name;
                    description << QStringLiteral("Đơn vị: ") + block.unit.name;
                    description << QStringLiteral("Ca: %1 (%2 – %3)")
                                       .arg(shift.name,
                                            start.toString(QStringLiteral("HH:mm dd/MM/yyyy")),
                                            end.toString(QStringLiteral("HH:mm dd/MM/yyyy")));
                    description << QStringLiteral("Người trực: ") + holderLine(h);
                    if (!h.note.isEmpty())
                        description << QStringLiteral("Ghi chú: ") + h.note;
                    QStringList others;
                    for (int o = 0; o < line.holders.size(); ++o) {
                        for (const RosterHolder &other : line.holders.at(o)) {
                            if (o == r && other.slot == h.slot)
                                continue;
                            others << document.roles.at(o).name + QStringLiteral(": ")
                                    + holderLine(other);
                        }
                    }
                    if (!others.isEmpty())
                        description << QStringLiteral("Cùng ca:") << others;
                    const QString chain = escalationCache.value(cacheKey);
                    if (!chain.isEmpty())
                        description << chain;
                    icalcomponent_add_property(
                        event,
                        icalproperty_new_description(
                            description.join(QLatin1Char('\n')).toUtf8().constData()));
                    icalcomponent_add_property(event, icalproperty_new_categories("Lịch trực"));
                    icalcomponent_add_property(
                        event,
                        icalproperty_new_status(document.period.status == PeriodStatus::Published
                                                    ? ICAL_STATUS_CONFIRMED
                                                    : ICAL_STATUS_TENTATIVE));
                    icalcomponent_add_property(event, icalproperty_new_transp(ICAL_TRANSP_OPAQUE));
                    icalcomponent_add_component(cal, event);
                    ++done;
                }
            }
            control.report(done, total);
        }
    }

    char *text = icalcomponent_as_ical_string_r(cal);
    QByteArray result(text);
    std::free(text);
    icalcomponent_free(cal);
    return result;
}

} // namespace DutyDesk
