#include "CalendarExport.h"
#include "Exporter.h"
#include "IoFixture.h"
#include "PhoneNumber.h"

#include <QFile>
#include <QSet>

#include <libical/ical.h>

using namespace DutyDesk;
using namespace IoTest;

namespace {

struct Event
{
    QString uid;
    QString summary;
    QString description;
    QString startTzid;
    QString start; ///< local time as written
    QString end;
};

/// Parses an iCalendar file with libical; `ok` false when it does not parse.
QList<Event> parseEvents(const QByteArray &ics, bool *ok, bool *hasZone)
{
    QList<Event> events;
    icalcomponent *cal = icalparser_parse_string(ics.constData());
    *ok = cal && icalcomponent_isa(cal) == ICAL_VCALENDAR_COMPONENT;
    *hasZone = false;
    if (!cal)
        return events;
    for (icalcomponent *zone = icalcomponent_get_first_component(cal, ICAL_VTIMEZONE_COMPONENT);
         zone; zone = icalcomponent_get_next_component(cal, ICAL_VTIMEZONE_COMPONENT)) {
        icalproperty *tzid = icalcomponent_get_first_property(zone, ICAL_TZID_PROPERTY);
        *hasZone |= tzid
            && QString::fromUtf8(icalproperty_get_tzid(tzid)) == QLatin1String("Asia/Ho_Chi_Minh");
    }
    for (icalcomponent *c = icalcomponent_get_first_component(cal, ICAL_VEVENT_COMPONENT); c;
         c = icalcomponent_get_next_component(cal, ICAL_VEVENT_COMPONENT)) {
        Event e;
        e.uid = QString::fromUtf8(icalcomponent_get_uid(c));
        e.summary = QString::fromUtf8(icalcomponent_get_summary(c));
        e.description = QString::fromUtf8(icalcomponent_get_description(c));
        icalproperty *start = icalcomponent_get_first_property(c, ICAL_DTSTART_PROPERTY);
        icalparameter *tzid
            = start ? icalproperty_get_first_parameter(start, ICAL_TZID_PARAMETER) : nullptr;
        e.startTzid = tzid ? QString::fromUtf8(icalparameter_get_tzid(tzid)) : QString();
        e.start = QString::fromUtf8(icaltime_as_ical_string(icalproperty_get_dtstart(start)));
        icalproperty *end = icalcomponent_get_first_property(c, ICAL_DTEND_PROPERTY);
        e.end = end ? QString::fromUtf8(icaltime_as_ical_string(icalproperty_get_dtend(end)))
                    : QString();
        events << e;
    }
    icalcomponent_free(cal);
    return events;
}

} // namespace

/// iCalendar files parsed back with libical: one VEVENT per shift held, the
/// Vietnamese time zone, the role, unit and escalation numbers in the
/// description, and UIDs that stay the same from one export to the next.
class TestICalendar : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_fx.setUp()); }
    void unitCalendar();
    void uidsAreStable();
    void personCalendar();

private:
    QByteArray exportIcs(Id unitId, Id personId, const QString &name);
    SampleFixture m_fx;
};

QByteArray TestICalendar::exportIcs(Id unitId, Id personId, const QString &name)
{
    ExportRequest request;
    request.kind = ExportKind::Roster;
    request.format = ExportFormat::Ics;
    request.periodId = m_fx.periodId;
    request.unitId = unitId;
    request.personId = personId;
    request.outputPath = m_fx.path(name);
    const Result<ExportReport> report = Exporter(m_fx.db).run(request);
    if (!report) {
        qWarning() << report.message();
        return {};
    }
    QFile file(report->path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void TestICalendar::unitCalendar()
{
    const QByteArray ics = exportIcs(m_fx.unitId, NoId, QStringLiteral("unit.ics"));
    QVERIFY(ics.startsWith("BEGIN:VCALENDAR\r\n"));
    QVERIFY(ics.contains("VERSION:2.0"));
    QVERIFY(ics.contains("PRODID:-//DutyDesk//"));
    bool ok = false;
    bool hasZone = false;
    const QList<Event> events = parseEvents(ics, &ok, &hasZone);
    QVERIFY(ok);
    QVERIFY(hasZone);
    OK_VALUE(document, RosterData::load(m_fx.db, m_fx.periodId, m_fx.unitId));
    QCOMPARE(events.size(), document.assignmentCount);

    // The night shift of 30/4 ends on 1/5 at 07:30, Vietnamese time.
    bool night = false;
    for (const Event &e : events) {
        QCOMPARE(e.startTzid, QStringLiteral("Asia/Ho_Chi_Minh"));
        QVERIFY(e.description.contains(u8("Vai trò: ")));
        QVERIFY(e.description.contains(u8("Đơn vị: ") + u8(SampleData::QuerySchoolName)));
        QVERIFY(e.description.contains(u8("Trình tự báo cáo:")));
        QVERIFY(e.summary.contains(u8(SampleData::QuerySchoolName)));
        if (e.start == QLatin1String("20230430T170000")) {
            night = true;
            QCOMPARE(e.end, QStringLiteral("20230501T073000"));
        }
    }
    QVERIFY(night);
    // The chain resolved for that very shift: the district office's officer
    // on duty then, and the hotlines with their numbers.
    const QString description = events.first().description;
    QVERIFY(description.contains(QStringLiteral("0225 3950 120")));
    QVERIFY(description.contains(QStringLiteral("113")));
}

void TestICalendar::uidsAreStable()
{
    bool ok = false;
    bool hasZone = false;
    const QList<Event> first
        = parseEvents(exportIcs(m_fx.unitId, NoId, QStringLiteral("a.ics")), &ok, &hasZone);
    const QList<Event> second
        = parseEvents(exportIcs(m_fx.unitId, NoId, QStringLiteral("b.ics")), &ok, &hasZone);
    QSet<QString> a;
    QSet<QString> b;
    for (const Event &e : first)
        a.insert(e.uid);
    for (const Event &e : second)
        b.insert(e.uid);
    QCOMPARE(a.size(), first.size()); // unique
    QCOMPARE(a, b); // stable
    for (const QString &uid : std::as_const(a))
        QVERIFY2(
            uid.startsWith(QStringLiteral("dutydesk-p%1-u%2-").arg(m_fx.periodId).arg(m_fx.unitId))
                && uid.endsWith(QLatin1String("@dutydesk")),
            qPrintable(uid));
    QCOMPARE(CalendarExport::uid(3, 17, QDate(2023, 4, 30), 2, 1, 0),
             QStringLiteral("dutydesk-p3-u17-20230430-s2-r1-0@dutydesk"));
}

void TestICalendar::personCalendar()
{
    OK_VALUE(document, RosterData::load(m_fx.db, m_fx.periodId, m_fx.unitId));
    RosterHolder someone;
    for (const RosterLine &line : document.units.first().lines) {
        if (!line.holders.first().isEmpty()) {
            someone = line.holders.first().first();
            break;
        }
    }
    QVERIFY(someone.personId != NoId);
    int expected = 0;
    for (const RosterLine &line : document.units.first().lines) {
        for (const QList<RosterHolder> &holders : line.holders) {
            for (const RosterHolder &h : holders)
                expected += h.personId == someone.personId ? 1 : 0;
        }
    }
    bool ok = false;
    bool hasZone = false;
    const QList<Event> events = parseEvents(
        exportIcs(NoId, someone.personId, QStringLiteral("person.ics")), &ok, &hasZone);
    QVERIFY(ok);
    QCOMPARE(events.size(), expected);
    for (const Event &e : events)
        QVERIFY(e.description.contains(u8("Người trực: ") + someone.name));
}

QTEST_MAIN(TestICalendar)
#include "tst_icalendar.moc"
