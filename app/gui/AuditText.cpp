#include "AuditText.h"

#include "DomainNames.h"
#include "Format.h"
#include "Session.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace DutyDesk {

namespace {

QJsonObject parse(const QString &text)
{
    return text.isEmpty() ? QJsonObject() : QJsonDocument::fromJson(text.toUtf8()).object();
}

// Fields that only the database needs, or that the subject already names.
bool hidden(const QString &key)
{
    static const QStringList keys = {
        QStringLiteral("id"),      QStringLiteral("version"), QStringLiteral("crosses_midnight"),
        QStringLiteral("columns"), QStringLiteral("copied"),  QStringLiteral("skipped_source_ids"),
        QStringLiteral("os_user")};
    return keys.contains(key);
}

QString first(const QJsonObject &a, const QJsonObject &b, const QString &key)
{
    const QString value = a.value(key).toString();
    return value.isEmpty() ? b.value(key).toString() : value;
}

} // namespace

AuditText::AuditText(Session &session)
    : m_session(session)
{
}

void AuditText::clear()
{
    m_names.clear();
    m_periodsRead.clear();
}

void AuditText::setPeriodOf(const AuditRecord &record)
{
    m_period = NoId;
    for (const QString *text : {&record.after, &record.before}) {
        const QJsonValue value = parse(*text).value(QStringLiteral("period_id"));
        if (value.isDouble()) {
            m_period = value.toInteger();
            return;
        }
    }
    if (record.table == QLatin1String("duty_periods"))
        m_period = record.rowId;
}

QString AuditText::action(const QString &action)
{
    static const QHash<QString, const char *> names = {
        {QStringLiteral("insert"), QT_TR_NOOP("Added")},
        {QStringLiteral("update"), QT_TR_NOOP("Changed")},
        {QStringLiteral("delete"), QT_TR_NOOP("Deleted")},
        {QStringLiteral("erase"), QT_TR_NOOP("Erased on request")},
        {QStringLiteral("restore"), QT_TR_NOOP("Brought back")},
        {QStringLiteral("move"), QT_TR_NOOP("Moved")},
        {QStringLiteral("replace_chain"), QT_TR_NOOP("Chain rewritten")},
        {QStringLiteral("autofill"), QT_TR_NOOP("Auto-filled")},
        {QStringLiteral("copy"), QT_TR_NOOP("Copied from an earlier period")},
        {QStringLiteral("import"), QT_TR_NOOP("Imported")},
        {QStringLiteral("export"), QT_TR_NOOP("Exported")},
        {QStringLiteral("print"), QT_TR_NOOP("Printed")},
        {QStringLiteral("backup"), QT_TR_NOOP("Backed up")},
        {QStringLiteral("sample"), QT_TR_NOOP("Sample created")},
    };
    const auto it = names.constFind(action);
    return it == names.constEnd() ? action : tr(it.value());
}

QString AuditText::kindName(const QString &key)
{
    // What an import read or an export wrote.
    static const QHash<QString, const char *> names = {
        {QStringLiteral("units"), QT_TR_NOOP("units")},
        {QStringLiteral("people"), QT_TR_NOOP("people")},
        {QStringLiteral("hotlines"), QT_TR_NOOP("hotlines")},
        {QStringLiteral("roster"), QT_TR_NOOP("duty roster")},
        {QStringLiteral("callsheet"), QT_TR_NOOP("call sheet")},
        {QStringLiteral("contacts"), QT_TR_NOOP("contacts")},
        {QStringLiteral("template"), QT_TR_NOOP("roster template")},
    };
    const auto it = names.constFind(key);
    return it == names.constEnd() ? key : tr(it.value());
}

QString AuditText::name(Kind kind, Id id)
{
    if (id == NoId)
        return {};
    const QPair<int, Id> key(int(kind), id);
    if (const auto it = m_names.constFind(key); it != m_names.constEnd())
        return it.value();
    QString text;
    switch (kind) {
    case Kind::Unit:
        if (const Result<Unit> unit = m_session.directory().unit(id))
            text = unit->name;
        break;
    case Kind::Person:
        if (const Result<Person> person = m_session.directory().person(id))
            text = person->fullName;
        break;
    case Kind::Hotline:
        if (const Result<Hotline> hotline = m_session.directory().hotline(id))
            text = hotline->label;
        break;
    case Kind::Period:
        if (const Result<DutyPeriod> period = m_session.periods().period(id))
            text = period->title;
        break;
    case Kind::Shift:
    case Kind::Role:
        // Read by period: the shifts and roles of the record's period at once.
        if (m_period != NoId && !m_periodsRead.contains(m_period)) {
            m_periodsRead.insert(m_period);
            if (const Result<QList<Shift>> shifts = m_session.periods().shifts(m_period)) {
                for (const Shift &shift : shifts.value())
                    m_names.insert({int(Kind::Shift), shift.id}, shift.name);
            }
            if (const Result<QList<DutyRole>> roles = m_session.periods().roles(m_period)) {
                for (const DutyRole &role : roles.value())
                    m_names.insert({int(Kind::Role), role.id}, role.name);
            }
            if (const auto it = m_names.constFind(key); it != m_names.constEnd())
                return it.value();
        }
        break;
    }
    // Deleted since: the number at least.
    if (text.isEmpty())
        text = QStringLiteral("#%1").arg(id);
    m_names.insert(key, text);
    return text;
}

QString AuditText::subject(const AuditRecord &record)
{
    setPeriodOf(record);
    const QJsonObject before = parse(record.before);
    const QJsonObject after = parse(record.after);
    const QString &table = record.table;
    auto id = [&](const QString &key) -> Id {
        const QJsonValue value = after.contains(key) ? after.value(key) : before.value(key);
        return value.isDouble() ? value.toInteger() : NoId;
    };
    auto named = [&](const QString &key, Kind kind, Id fallback) {
        const QString text = first(after, before, key);
        return text.isEmpty() ? name(kind, fallback) : text;
    };

    if (record.action == QLatin1String("import")) {
        return tr("Import of %1 from “%2”")
            .arg(kindName(table),
                 QFileInfo(after.value(QStringLiteral("file")).toString()).fileName());
    }
    if (record.action == QLatin1String("export") || record.action == QLatin1String("print")) {
        const QString kind = kindName(after.value(QStringLiteral("kind")).toString());
        const QString period = after.contains(QStringLiteral("period"))
            ? after.value(QStringLiteral("period")).toString()
            : name(Kind::Period,
                   id(QStringLiteral("period_id")) != NoId
                       ? id(QStringLiteral("period_id"))
                       : (table == QLatin1String("duty_periods") ? record.rowId : NoId));
        return period.isEmpty() ? tr("Document %1").arg(kind)
                                : tr("Document %1 of “%2”").arg(kind, period);
    }
    if (table == QLatin1String("units"))
        return tr("Unit %1").arg(named(QStringLiteral("name"), Kind::Unit, record.rowId));
    if (table == QLatin1String("people"))
        return tr("Person %1").arg(named(QStringLiteral("name"), Kind::Person, record.rowId));
    if (table == QLatin1String("hotlines"))
        return tr("Hotline %1").arg(named(QStringLiteral("label"), Kind::Hotline, record.rowId));
    if (table == QLatin1String("duty_periods"))
        return tr("Duty period “%1”")
            .arg(named(QStringLiteral("title"), Kind::Period, record.rowId));
    if (table == QLatin1String("shifts"))
        return tr("Shift %1 of “%2”")
            .arg(named(QStringLiteral("name"), Kind::Shift, record.rowId),
                 name(Kind::Period, id(QStringLiteral("period_id"))));
    if (table == QLatin1String("duty_roles"))
        return tr("Duty role %1 of “%2”")
            .arg(named(QStringLiteral("name"), Kind::Role, record.rowId),
                 name(Kind::Period, id(QStringLiteral("period_id"))));
    if (table == QLatin1String("assignments")) {
        QString who = first(after, before, QStringLiteral("free_name"));
        if (id(QStringLiteral("person_id")) != NoId)
            who = name(Kind::Person, id(QStringLiteral("person_id")));
        const QDate day
            = QDate::fromString(first(after, before, QStringLiteral("day")), Qt::ISODate);
        return tr("Duty of %1 at %2, %3 %4")
            .arg(who, name(Kind::Unit, id(QStringLiteral("unit_id"))), Format::date(day),
                 name(Kind::Shift, id(QStringLiteral("shift_id"))));
    }
    if (table == QLatin1String("assignment_history"))
        return tr("Former holder of a duty: %1")
            .arg(id(QStringLiteral("person_id")) != NoId
                     ? name(Kind::Person, id(QStringLiteral("person_id")))
                     : first(after, before, QStringLiteral("free_name")));
    if (table == QLatin1String("unavailability"))
        return tr("Unavailability of %1").arg(name(Kind::Person, id(QStringLiteral("person_id"))));
    if (table == QLatin1String("escalation_steps")) {
        const Id unit = record.action == QLatin1String("replace_chain")
            ? record.rowId
            : id(QStringLiteral("unit_id"));
        return unit == NoId ? tr("Escalation step")
                            : tr("Escalation chain of %1").arg(name(Kind::Unit, unit));
    }
    if (table == QLatin1String("duty_log")) {
        const Id unit = id(QStringLiteral("unit_id"));
        return unit == NoId ? tr("Duty log entry")
                            : tr("Duty log entry for %1").arg(name(Kind::Unit, unit));
    }
    if (table == QLatin1String("settings"))
        return tr("Settings of the organisation");
    if (table == QLatin1String("database"))
        return tr("The database");
    return record.rowId == NoId ? table : QStringLiteral("%1 #%2").arg(table).arg(record.rowId);
}

QString AuditText::fieldLabel(const QString &table, const QString &key) const
{
    if (key == QLatin1String("position"))
        return table == QLatin1String("escalation_steps") ? tr("Order") : tr("Position");
    if (key == QLatin1String("name"))
        return table == QLatin1String("people") ? tr("Full name") : tr("Name");
    static const QHash<QString, const char *> labels = {
        {QStringLiteral("short_name"), QT_TR_NOOP("Short name")},
        {QStringLiteral("code"), QT_TR_NOOP("Code")},
        {QStringLiteral("address"), QT_TR_NOOP("Address")},
        {QStringLiteral("kind"), QT_TR_NOOP("Kind")},
        {QStringLiteral("sort_order"), QT_TR_NOOP("Place in the list")},
        {QStringLiteral("active"), QT_TR_NOOP("Active")},
        {QStringLiteral("parent_id"), QT_TR_NOOP("Parent unit")},
        {QStringLiteral("unit_id"), QT_TR_NOOP("Unit")},
        {QStringLiteral("leader"), QT_TR_NOOP("Leader")},
        {QStringLiteral("it_security"), QT_TR_NOOP("IT/security staff")},
        {QStringLiteral("email"), QT_TR_NOOP("E-mail")},
        {QStringLiteral("notes"), QT_TR_NOOP("Notes")},
        {QStringLiteral("phone_numbers"), QT_TR_NOOP("Phone numbers")},
        {QStringLiteral("label"), QT_TR_NOOP("Label")},
        {QStringLiteral("number"), QT_TR_NOOP("Number")},
        {QStringLiteral("hours"), QT_TR_NOOP("Hours")},
        {QStringLiteral("source_note"), QT_TR_NOOP("Source")},
        {QStringLiteral("title"), QT_TR_NOOP("Title")},
        {QStringLiteral("first_day"), QT_TR_NOOP("First day")},
        {QStringLiteral("last_day"), QT_TR_NOOP("Last day")},
        {QStringLiteral("status"), QT_TR_NOOP("Status")},
        {QStringLiteral("document_number"), QT_TR_NOOP("Document number")},
        {QStringLiteral("document_date"), QT_TR_NOOP("Document date")},
        {QStringLiteral("period_id"), QT_TR_NOOP("Duty period")},
        {QStringLiteral("period"), QT_TR_NOOP("Duty period")},
        {QStringLiteral("start"), QT_TR_NOOP("Start")},
        {QStringLiteral("end"), QT_TR_NOOP("End")},
        {QStringLiteral("leader_role"), QT_TR_NOOP("Leaders only")},
        {QStringLiteral("requirements"), QT_TR_NOOP("People needed")},
        {QStringLiteral("day"), QT_TR_NOOP("Day")},
        {QStringLiteral("shift_id"), QT_TR_NOOP("Shift")},
        {QStringLiteral("role_id"), QT_TR_NOOP("Duty role")},
        {QStringLiteral("person_id"), QT_TR_NOOP("Person")},
        {QStringLiteral("free_name"), QT_TR_NOOP("Name (not in the directory)")},
        {QStringLiteral("free_phone"), QT_TR_NOOP("Phone (not in the directory)")},
        {QStringLiteral("note"), QT_TR_NOOP("Note")},
        {QStringLiteral("reason"), QT_TR_NOOP("Reason")},
        {QStringLiteral("replaced_at"), QT_TR_NOOP("Replaced at")},
        {QStringLiteral("assignment_id"), QT_TR_NOOP("Duty slot")},
        {QStringLiteral("target"), QT_TR_NOOP("Calls")},
        {QStringLiteral("role_name"), QT_TR_NOOP("Duty role")},
        {QStringLiteral("hotline_id"), QT_TR_NOOP("Hotline")},
        {QStringLiteral("wait_minutes"), QT_TR_NOOP("Wait")},
        {QStringLiteral("instruction"), QT_TR_NOOP("Instruction")},
        {QStringLiteral("at"), QT_TR_NOOP("Time")},
        {QStringLiteral("author"), QT_TR_NOOP("Author")},
        {QStringLiteral("category"), QT_TR_NOOP("Category")},
        {QStringLiteral("text"), QT_TR_NOOP("Text")},
        {QStringLiteral("corrects_id"), QT_TR_NOOP("Corrects entry")},
        {QStringLiteral("format"), QT_TR_NOOP("Format")},
        {QStringLiteral("path"), QT_TR_NOOP("File")},
        {QStringLiteral("file"), QT_TR_NOOP("File")},
        {QStringLiteral("records"), QT_TR_NOOP("Records")},
        {QStringLiteral("pages"), QT_TR_NOOP("Pages")},
        {QStringLiteral("printer"), QT_TR_NOOP("Printer")},
        {QStringLiteral("filled"), QT_TR_NOOP("Places filled")},
        {QStringLiteral("left_empty"), QT_TR_NOOP("Places left empty")},
        {QStringLiteral("assignments"), QT_TR_NOOP("Assignments")},
        {QStringLiteral("shifts"), QT_TR_NOOP("Shifts")},
        {QStringLiteral("roles"), QT_TR_NOOP("Duty roles")},
        {QStringLiteral("dropped"), QT_TR_NOOP("Left out")},
        {QStringLiteral("unit_ids"), QT_TR_NOOP("Units")},
        {QStringLiteral("rowsRead"), QT_TR_NOOP("Rows read")},
        {QStringLiteral("added"), QT_TR_NOOP("Added")},
        {QStringLiteral("changed"), QT_TR_NOOP("Changed")},
        {QStringLiteral("unchanged"), QT_TR_NOOP("Unchanged")},
        {QStringLiteral("skippedRows"), QT_TR_NOOP("Rows skipped")},
        {QStringLiteral("backup"), QT_TR_NOOP("Backup")},
        {QStringLiteral("sheet"), QT_TR_NOOP("Sheet")},
        {QStringLiteral("parent_agency"), QT_TR_NOOP("Parent agency")},
        {QStringLiteral("issuing_agency"), QT_TR_NOOP("Issuing agency")},
        {QStringLiteral("document_symbol"), QT_TR_NOOP("Document symbol")},
        {QStringLiteral("place_name"), QT_TR_NOOP("Place name")},
        {QStringLiteral("signer_authority"), QT_TR_NOOP("Signer's authority")},
        {QStringLiteral("signer_title"), QT_TR_NOOP("Signer's title")},
        {QStringLiteral("signer_name"), QT_TR_NOOP("Signer's name")},
        {QStringLiteral("recipients"), QT_TR_NOOP("Recipients")},
    };
    const auto it = labels.constFind(key);
    if (it != labels.constEnd())
        return tr(it.value());
    QString words = key;
    words.replace(QLatin1Char('_'), QLatin1Char(' '));
    return words;
}

QString AuditText::valueText(const QString &table, const QString &key, const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return tr("none");
    if (value.isBool())
        return value.toBool() ? tr("yes") : tr("no");
    if (key == QLatin1String("phone_numbers")) {
        QStringList numbers;
        for (const QJsonValue &phone : value.toArray()) {
            const QJsonObject o = phone.toObject();
            QString text = Format::phone(o.value(QStringLiteral("number")).toString());
            if (const auto kind
                = DomainNames::phoneKindFromKey(o.value(QStringLiteral("kind")).toString()))
                text += QStringLiteral(" (%1)").arg(DomainNames::displayName(*kind));
            numbers << text;
        }
        return numbers.isEmpty() ? tr("none") : numbers.join(QStringLiteral(", "));
    }
    if (value.isArray()) {
        QStringList items;
        for (const QJsonValue &item : value.toArray())
            items << (item.isString()       ? item.toString()
                          : item.isDouble() ? QString::number(item.toInteger())
                                            : QString());
        return items.join(QStringLiteral(", "));
    }
    if (value.isObject()) {
        QStringList items;
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            const auto kind = DomainNames::unitKindFromKey(it.key());
            items << QStringLiteral("%1: %2").arg(kind ? DomainNames::displayName(*kind) : it.key(),
                                                  valueText(table, QString(), it.value()));
        }
        return items.join(QStringLiteral(", "));
    }
    if (value.isDouble()) {
        const Id id = value.toInteger();
        if (key == QLatin1String("unit_id") || key == QLatin1String("parent_id"))
            return name(Kind::Unit, id);
        if (key == QLatin1String("person_id"))
            return name(Kind::Person, id);
        if (key == QLatin1String("hotline_id"))
            return name(Kind::Hotline, id);
        if (key == QLatin1String("period_id"))
            return name(Kind::Period, id);
        if (key == QLatin1String("shift_id"))
            return name(Kind::Shift, id);
        if (key == QLatin1String("role_id"))
            return name(Kind::Role, id);
        if (key == QLatin1String("wait_minutes"))
            return Format::minutes(int(id));
        return Format::locale().toString(value.toDouble(), 'g', 15);
    }
    const QString text = value.toString();
    if (text.isEmpty())
        return tr("empty");
    if (key == QLatin1String("kind")) {
        // A unit's kind, or what an import or an export was about.
        if (const auto kind = DomainNames::unitKindFromKey(text))
            return DomainNames::displayName(*kind);
        return kindName(text);
    }
    if (key == QLatin1String("status")) {
        if (const auto status = DomainNames::periodStatusFromKey(text))
            return DomainNames::displayName(*status);
    }
    if (key == QLatin1String("target")) {
        if (const auto target = DomainNames::escalationTargetFromKey(text))
            return DomainNames::displayName(*target);
    }
    if (key == QLatin1String("category")) {
        if (const auto category = DomainNames::logCategoryFromKey(text))
            return DomainNames::displayName(*category);
    }
    if (key == QLatin1String("number") || key == QLatin1String("free_phone"))
        return Format::phone(text);
    // Dates and moments the way the interface writes them.
    if (text.size() == 10) {
        if (const QDate day = QDate::fromString(text, Qt::ISODate); day.isValid())
            return Format::date(day);
    }
    if (text.size() >= 16 && text.at(10) == QLatin1Char('T')) {
        if (const QDateTime at = QDateTime::fromString(text, Qt::ISODate); at.isValid())
            return Format::dateTime(at);
    }
    return text;
}

QStringList AuditText::fields(const QString &table, const QJsonObject &object)
{
    QStringList lines;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (hidden(it.key()))
            continue;
        const QJsonValue &value = it.value();
        if ((value.isString() && value.toString().isEmpty()) || value.isNull()
            || (value.isArray() && value.toArray().isEmpty()))
            continue;
        // What most records are (active, not a leader) goes without saying.
        if (value.isBool() && value.toBool() == (it.key() == QLatin1String("active")))
            continue;
        lines << QStringLiteral("%1: %2").arg(fieldLabel(table, it.key()),
                                              valueText(table, it.key(), value));
    }
    return lines;
}

QStringList AuditText::differences(const QString &table, const QJsonObject &before,
                                   const QJsonObject &after)
{
    QStringList keys = before.keys();
    for (const QString &key : after.keys()) {
        if (!keys.contains(key))
            keys << key;
    }
    QStringList lines;
    for (const QString &key : std::as_const(keys)) {
        const QJsonValue old = before.value(key);
        const QJsonValue now = after.value(key);
        if (hidden(key) || old == now)
            continue;
        // The organisation's settings are one JSON text: compare inside it.
        if (old.isString() && now.isString()) {
            const QJsonObject a = parse(old.toString());
            const QJsonObject b = parse(now.toString());
            if (!a.isEmpty() || !b.isEmpty()) {
                lines << differences(table, a, b);
                continue;
            }
        }
        lines << QStringLiteral("%1: %2 → %3")
                     .arg(fieldLabel(table, key), valueText(table, key, old),
                          valueText(table, key, now));
    }
    return lines;
}

QStringList AuditText::changes(const AuditRecord &record)
{
    setPeriodOf(record);
    if (record.action == QLatin1String("erase"))
        return {tr("Personal data removed, also from this history")};
    const QJsonObject before = parse(record.before);
    const QJsonObject after = parse(record.after);
    // A step moved: its old and new place are plain numbers.
    if (record.action == QLatin1String("move") && before.isEmpty() && after.isEmpty()
        && !record.before.isEmpty())
        return {tr("Order: %1 → %2").arg(record.before, record.after)};
    if (!before.isEmpty() && !after.isEmpty())
        return differences(record.table, before, after);
    if (!after.isEmpty())
        return fields(record.table, after);
    if (!before.isEmpty())
        return fields(record.table, before);
    return {};
}

} // namespace DutyDesk
