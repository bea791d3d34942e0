#include "CliApplication.h"

#include "AuditLog.h"
#include "AutoFill.h"
#include "Backups.h"
#include "DirectoryStore.h"
#include "DomainJson.h"
#include "DomainNames.h"
#include "DutyResolver.h"
#include "Exporter.h"
#include "GenerateCommand.h"
#include "Holidays.h"
#include "Importer.h"
#include "Lookup.h"
#include "LunarCalendar.h"
#include "PeriodStore.h"
#include "PhoneNumber.h"
#include "RosterCheck.h"
#include "SampleData.h"
#include "SearchIndex.h"
#include "TemplateExport.h"
#include "Translations.h"
#include "VietnameseText.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cstdio>

namespace DutyDesk {

namespace {

const QString optDatabase = QStringLiteral("database");
const QString optJson = QStringLiteral("json");
const QString optLang = QStringLiteral("lang");
const QString optSample = QStringLiteral("sample");
const QString optAt = QStringLiteral("at");
const QString optUnit = QStringLiteral("unit");
const QString optLimit = QStringLiteral("limit");
const QString optSince = QStringLiteral("since");
const QString optReadOnly = QStringLiteral("read-only");
const QString optDay = QStringLiteral("day");
const QString optShift = QStringLiteral("shift");
const QString optRole = QStringLiteral("role");
const QString optNote = QStringLiteral("note");
const QString optPeriod = QStringLiteral("period");
const QString optFormat = QStringLiteral("format");
const QString optOutput = QStringLiteral("output");
const QString optPerson = QStringLiteral("person");
const QString optDelimiter = QStringLiteral("delimiter");
const QString optDryRun = QStringLiteral("dry-run");
const QString optSheet = QStringLiteral("sheet");
const QString optSkipErrors = QStringLiteral("skip-errors");

QString displayPhones(const QStringList &e164)
{
    QStringList shown;
    for (const QString &number : e164)
        shown << PhoneNumber::displayStored(number);
    return shown.join(QStringLiteral(", "));
}

QJsonArray displayPhonesJson(const QList<PhoneEntry> &phones)
{
    QJsonArray result;
    for (const PhoneEntry &phone : phones)
        result.append(PhoneNumber::displayStored(phone.e164));
    return result;
}

QString vnDate(const QDate &date)
{
    return date.toString(QStringLiteral("dd/MM/yyyy"));
}

} // namespace

CliApplication::CliApplication()
    : m_out(stdout)
    , m_err(stderr)
{
}

QString CliApplication::usage() const
{
    return tr(
        "Usage: dutydesk-cli [--database FILE] [--json] COMMAND [ARGUMENTS]\n"
        "\n"
        "Commands:\n"
        "  init [--sample]              create a database; --sample fills it with a\n"
        "                               fictional province\n"
        "  units                        list the units\n"
        "  people [--unit UNIT]         list people with their numbers\n"
        "  periods                      list the duty periods\n"
        "  search TEXT [--limit N]      find units, people, numbers and hotlines\n"
        "  who UNIT [--at \"YYYY-MM-DD HH:MM\"]\n"
        "                               who is on duty and whom to call next\n"
        "  holidays YEAR                the public holidays of a year, with proposed days off\n"
        "  lunar YYYY-MM-DD             the Vietnamese lunar date of a day\n"
        "  backup FILE                  write a consistent copy of the database to FILE\n"
        "  restore FILE                 replace the database by the backup FILE (the\n"
        "                               current file is kept as a backup first)\n"
        "  verify                       check the database's integrity\n"
        "  audit [--since YYYY-MM-DD]   who changed or exported what, and when\n"
        "  export roster|callsheet|contacts [--period P] [--unit UNIT] [--person ID]\n"
        "         --format pdf|xlsx|csv|ics|vcf --output FILE [--delimiter C]\n"
        "                               write a document or file; roster: pdf, xlsx,\n"
        "                               csv, ics; callsheet: pdf; contacts (no period):\n"
        "                               xlsx, csv, vcf\n"
        "  export template --period P --unit UNIT [-o FILE]\n"
        "                               an XLSX roster for the unit to fill in (drop-downs\n"
        "                               of its people) that imports back as it is\n"
        "  generate --units N --people M --days D [--seed S]\n"
        "                               fill an empty database with synthetic data\n"
        "  check --period P [--unit UNIT]\n"
        "                               gaps, double bookings and other problems of a\n"
        "                               roster; exit 0 only when there are none\n"
        "  autofill --period P [--unit UNIT]\n"
        "                               fill the empty slots fairly\n"
        "  assign --period P --unit UNIT --day YYYY-MM-DD --shift S --role R\n"
        "         --person PERSON [--note TEXT]\n"
        "                               put a person in a slot\n"
        "  unassign ID                  empty the slot of assignment ID\n"
        "  import units|people|hotlines|roster FILE [--period P] [--unit UNIT]\n"
        "         [--sheet NAME] [--dry-run] [--skip-errors]\n"
        "                               bring a CSV or XLSX file in, all or nothing,\n"
        "                               after a backup; --dry-run only reports; a\n"
        "                               filled template needs no --period or --unit\n"
        "\n"
        "UNIT and period arguments take an id or a name, with or without diacritics.\n");
}

int CliApplication::run(const QStringList &arguments)
{
    m_parser.setApplicationDescription(usage());
    m_parser.addOption({optDatabase,
                        tr("The database file (default: %1).").arg(Database::defaultPath()),
                        tr("FILE")});
    m_parser.addOption({optJson, tr("Print machine-readable JSON.")});
    m_parser.addOption({optReadOnly, tr("Read-only duty mode: only the duty log can be written.")});
    m_parser.addOption({optLang, tr("Language of messages: vi (default) or en."), tr("LANG")});
    m_parser.addOption({optSample, tr("init: fill the new database with the sample province.")});
    m_parser.addOption(
        {optAt, tr("who: the moment to ask about (default: now)."), tr("YYYY-MM-DD HH:MM")});
    m_parser.addOption({optUnit, tr("people: only the people of this unit."), tr("UNIT")});
    m_parser.addOption({optSince, tr("audit: only records from this day on."), tr("YYYY-MM-DD")});
    m_parser.addOption({optLimit, tr("search: at most this many results (default 20)."), tr("N")});
    m_parser.addOption({optPeriod, tr("export: the duty period (id or title)."), tr("P")});
    m_parser.addOption({optFormat, tr("export: pdf, xlsx, csv, ics or vcf."), tr("FORMAT")});
    m_parser.addOption({QStringList {QStringLiteral("o"), optOutput},
                        tr("export: the file to write."), tr("FILE")});
    m_parser.addOption(
        {optPerson, tr("export: a calendar of this person's shifts only (id)."), tr("ID")});
    m_parser.addOption({optDryRun, tr("import: check the file and report, change nothing.")});
    m_parser.addOption(
        {optSheet, tr("import: the sheet of an XLSX file (name or number)."), tr("NAME")});
    m_parser.addOption({optSkipErrors,
                        tr("import: import the good rows, leaving out the rows in "
                           "error.")});
    m_parser.addOption(
        {optDelimiter, tr("export: the CSV field separator (default “,”)."), tr("C")});
    m_parser.addOption({optDay, tr("assign: the day."), tr("YYYY-MM-DD")});
    m_parser.addOption({optShift, tr("assign: the shift (name)."), tr("S")});
    m_parser.addOption({optRole, tr("assign: the duty role (name)."), tr("R")});
    m_parser.addOption({optNote, tr("assign: a note for the slot."), tr("TEXT")});
    const QCommandLineOption help = m_parser.addHelpOption();
    const QCommandLineOption version = m_parser.addVersionOption();
    m_parser.addPositionalArgument(tr("command"), tr("The command to run (see above)."));

    // The language first, so that even parse errors speak it.
    QString language = qEnvironmentVariable("DUTYDESK_LANG", Translations::defaultLanguage());
    const qsizetype langAt = arguments.indexOf(QStringLiteral("--lang"));
    if (langAt >= 0 && langAt + 1 < arguments.size())
        language = arguments.at(langAt + 1);
    for (const QString &argument : arguments) {
        if (argument.startsWith(QLatin1String("--lang=")))
            language = argument.mid(7);
    }
    Translations::install(language);

    // `generate` has options of its own: it parses the command line itself.
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--database") || argument == QLatin1String("--lang")) {
            ++i;
            continue;
        }
        if (argument.startsWith(QLatin1String("--")))
            continue;
        if (argument == QLatin1String("generate")) {
            QStringList rest = arguments.mid(1);
            rest.removeAt(i - 1);
            return runGenerate(rest, m_out, m_err);
        }
        break;
    }

    if (!m_parser.parse(arguments))
        return fail(m_parser.errorText() + QLatin1Char('\n') + tr("Try “dutydesk-cli --help”."),
                    UsageError);
    if (m_parser.isSet(help)) {
        m_out << m_parser.helpText();
        return Success;
    }
    if (m_parser.isSet(version)) {
        m_out << QStringLiteral("dutydesk-cli %1\n").arg(QStringLiteral(DUTYDESK_VERSION));
        return Success;
    }
    m_json = m_parser.isSet(optJson);

    QStringList positional = m_parser.positionalArguments();
    if (positional.isEmpty())
        return fail(tr("No command given.") + QLatin1Char('\n') + usage(), UsageError);
    const QString command = positional.takeFirst();
    return runCommand(command, positional);
}

int CliApplication::runCommand(const QString &command, const QStringList &arguments)
{
    if (command == QLatin1String("init"))
        return cmdInit();
    if (command == QLatin1String("holidays"))
        return cmdHolidays(arguments);
    if (command == QLatin1String("lunar"))
        return cmdLunar(arguments);
    if (command == QLatin1String("restore"))
        return cmdRestore(arguments);

    static const QStringList databaseCommands
        = {QStringLiteral("units"),  QStringLiteral("people"),  QStringLiteral("periods"),
           QStringLiteral("search"), QStringLiteral("who"),     QStringLiteral("backup"),
           QStringLiteral("verify"), QStringLiteral("audit"),   QStringLiteral("export"),
           QStringLiteral("import"), QStringLiteral("check"),   QStringLiteral("autofill"),
           QStringLiteral("assign"), QStringLiteral("unassign")};
    if (!databaseCommands.contains(command))
        return fail(tr("Unknown command “%1”.").arg(command) + QLatin1Char('\n') + usage(),
                    UsageError);
    if (const Status s = openDatabase(Database::OpenMode::MustExist); !s)
        return failWith(s.error());
    if (command == QLatin1String("units"))
        return cmdUnits();
    if (command == QLatin1String("people"))
        return cmdPeople();
    if (command == QLatin1String("periods"))
        return cmdPeriods();
    if (command == QLatin1String("search"))
        return cmdSearch(arguments);
    if (command == QLatin1String("backup"))
        return cmdBackup(arguments);
    if (command == QLatin1String("verify"))
        return cmdVerify();
    if (command == QLatin1String("check"))
        return cmdCheck();
    if (command == QLatin1String("autofill"))
        return cmdAutofill();
    if (command == QLatin1String("assign"))
        return cmdAssign();
    if (command == QLatin1String("unassign"))
        return cmdUnassign(arguments);
    if (command == QLatin1String("audit"))
        return cmdAudit();
    if (command == QLatin1String("export"))
        return cmdExport(arguments);
    if (command == QLatin1String("import"))
        return cmdImport(arguments);
    return cmdWho(arguments);
}

QString CliApplication::databasePath() const
{
    return m_parser.isSet(optDatabase) ? m_parser.value(optDatabase) : Database::defaultPath();
}

Status CliApplication::openDatabase(Database::OpenMode mode)
{
    const QString path = databasePath();
    if (mode == Database::OpenMode::MustExist && !QFileInfo::exists(path)) {
        return Error(
            Error::Code::NotFound,
            tr("The database “%1” does not exist. Create it with “dutydesk-cli init”.").arg(path));
    }
    if (const Status s = m_db.open(path, mode); !s)
        return s;
    m_db.setDutyMode(m_parser.isSet(optReadOnly));
    return {};
}

int CliApplication::fail(const QString &message, int code)
{
    m_err << QStringLiteral("dutydesk-cli: ") << message << '\n';
    m_err.flush();
    return code;
}

int CliApplication::failWith(const Error &error)
{
    return fail(error.message(), Failure);
}

void CliApplication::printJson(const QJsonValue &value)
{
    const QJsonDocument document
        = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    m_out << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    m_out.flush();
}

int CliApplication::cmdInit()
{
    if (const Status s = openDatabase(Database::OpenMode::CreateIfMissing); !s)
        return failWith(s.error());
    if (m_parser.isSet(optSample)) {
        if (const Status s = SampleData::build(m_db); !s)
            return failWith(s.error());
    }
    const Result<QList<Unit>> units = DirectoryStore(m_db).units();
    if (!units)
        return failWith(units.error());
    if (m_json) {
        printJson(QJsonObject {{QStringLiteral("database"), m_db.path()},
                               {QStringLiteral("schema_version"), Database::CurrentSchemaVersion},
                               {QStringLiteral("units"), units->size()}});
    } else {
        m_out
            << tr("Database ready: %1 (%n unit(s)).", nullptr, int(units->size())).arg(m_db.path())
            << '\n';
    }
    return Success;
}

int CliApplication::cmdUnits()
{
    const Result<QList<Unit>> units = DirectoryStore(m_db).units();
    if (!units)
        return failWith(units.error());
    if (m_json) {
        printJson(DomainJson::toJsonArray(units.value()));
        return Success;
    }
    // Printed as a tree, children under their parent, in sort order.
    QHash<Id, QList<Unit>> childrenOf;
    for (const Unit &unit : units.value())
        childrenOf[unit.parentId] << unit;
    std::function<void(Id, int)> print = [&](Id parent, int depth) {
        for (const Unit &unit : childrenOf.value(parent)) {
            m_out << QString(depth * 2, QLatin1Char(' ')) << unit.name << QStringLiteral("  [")
                  << unit.id << QStringLiteral(", ") << DomainNames::displayName(unit.kind)
                  << (unit.active ? QString() : QStringLiteral(", ") + tr("inactive"))
                  << QStringLiteral("]\n");
            print(unit.id, depth + 1);
        }
    };
    print(NoId, 0);
    return Success;
}

int CliApplication::cmdPeople()
{
    DirectoryStore directory(m_db);
    Id unitId = NoId;
    if (m_parser.isSet(optUnit)) {
        const Result<Unit> unit = Lookup::unit(m_db, m_parser.value(optUnit));
        if (!unit)
            return failWith(unit.error());
        unitId = unit->id;
    }
    const Result<QList<Person>> people = directory.people(unitId);
    const Result<QList<Unit>> units = directory.units();
    if (!people)
        return failWith(people.error());
    if (!units)
        return failWith(units.error());
    QHash<Id, QString> unitNames;
    for (const Unit &unit : units.value())
        unitNames.insert(unit.id, unit.name);

    // Official lists go by given name, then middle and family names.
    QList<Person> sorted = people.value();
    std::stable_sort(sorted.begin(), sorted.end(), [](const Person &a, const Person &b) {
        return VietnameseText::compareByGivenName(a.fullName, b.fullName) < 0;
    });
    if (m_json) {
        QJsonArray array;
        for (const Person &p : std::as_const(sorted)) {
            QJsonObject o = DomainJson::toJson(p);
            o.insert(QStringLiteral("unit"), unitNames.value(p.unitId));
            o.insert(QStringLiteral("phones"), displayPhonesJson(p.phones));
            array.append(o);
        }
        printJson(array);
        return Success;
    }
    for (const Person &p : std::as_const(sorted)) {
        QStringList numbers;
        for (const PhoneEntry &phone : p.phones)
            numbers << phone.e164;
        m_out << p.fullName << QStringLiteral("  [") << p.id << QStringLiteral("]  ") << p.position
              << QStringLiteral(" — ") << unitNames.value(p.unitId) << QStringLiteral("  ")
              << displayPhones(numbers) << '\n';
    }
    return Success;
}

int CliApplication::cmdPeriods()
{
    const Result<QList<DutyPeriod>> periods = PeriodStore(m_db).periods();
    if (!periods)
        return failWith(periods.error());
    if (m_json) {
        printJson(DomainJson::toJsonArray(periods.value()));
        return Success;
    }
    for (const DutyPeriod &p : periods.value()) {
        m_out << p.title << QStringLiteral("  [") << p.id << QStringLiteral("]  ")
              << vnDate(p.firstDay) << QStringLiteral(" – ") << vnDate(p.lastDay)
              << QStringLiteral("  ") << DomainNames::displayName(p.status) << '\n';
    }
    return Success;
}

int CliApplication::cmdSearch(const QStringList &arguments)
{
    const QString text = arguments.join(QLatin1Char(' ')).trimmed();
    if (text.isEmpty())
        return fail(tr("search: give the text to look for."), UsageError);
    int limit = 20;
    if (m_parser.isSet(optLimit)) {
        bool ok = false;
        limit = m_parser.value(optLimit).toInt(&ok);
        if (!ok || limit < 1)
            return fail(tr("--limit needs a positive number."), UsageError);
    }
    SearchIndex index(m_db);
    if (const Status s = index.rebuild(); !s)
        return failWith(s.error());
    const QList<SearchHit> hits = index.search(text, limit);
    if (m_json) {
        QJsonArray array;
        for (const SearchHit &hit : hits)
            array.append(hit.toJson());
        printJson(array);
        return Success;
    }
    if (hits.isEmpty()) {
        m_out << tr("Nothing matches “%1”.").arg(text) << '\n';
        return Success;
    }
    for (const SearchHit &hit : hits) {
        QString kind;
        switch (hit.kind) {
        case SearchHit::Kind::Unit:
            kind = tr("unit");
            break;
        case SearchHit::Kind::Person:
            kind = tr("person");
            break;
        case SearchHit::Kind::Hotline:
            kind = tr("hotline");
            break;
        }
        m_out << QStringLiteral("[%1 %2] ").arg(kind).arg(hit.id) << hit.name;
        if (!hit.detail.isEmpty() && hit.kind != SearchHit::Kind::Hotline)
            m_out << QStringLiteral(" — ") << hit.detail;
        if (!hit.phones.isEmpty())
            m_out << QStringLiteral("  ") << displayPhones(hit.phones);
        m_out << '\n';
    }
    return Success;
}

int CliApplication::cmdWho(const QStringList &arguments)
{
    const QString text = arguments.join(QLatin1Char(' ')).trimmed();
    if (text.isEmpty())
        return fail(tr("who: give a unit (id or name)."), UsageError);
    QDateTime at = QDateTime::currentDateTime();
    if (m_parser.isSet(optAt)) {
        const QString value = m_parser.value(optAt).trimmed();
        at = QDateTime::fromString(value, QStringLiteral("yyyy-MM-dd HH:mm"));
        if (!at.isValid())
            at = QDateTime::fromString(value, Qt::ISODate);
        if (!at.isValid())
            return fail(tr("--at: “%1” is not a moment in the form YYYY-MM-DD HH:MM.").arg(value),
                        UsageError);
    }
    const Result<Unit> unit = Lookup::unit(m_db, text);
    if (!unit)
        return failWith(unit.error());
    const Result<DutyAnswer> answer = DutyResolver(m_db).resolve(unit->id, at);
    if (!answer)
        return failWith(answer.error());
    if (m_json) {
        printJson(answer->toJson());
        return Success;
    }
    const DutyAnswer &a = answer.value();
    m_out << a.unit.name << QStringLiteral(" — ")
          << a.at.toString(QStringLiteral("HH:mm dd/MM/yyyy")) << '\n';
    if (a.shift) {
        m_out << tr("Shift: %1 (%2 – %3), %4")
                     .arg(a.shift->name,
                          a.shift->startOn(a.shiftDay).toString(QStringLiteral("HH:mm dd/MM")),
                          a.shift->endOn(a.shiftDay).toString(QStringLiteral("HH:mm dd/MM")),
                          a.period->title)
              << '\n';
    }
    if (!a.notice.isEmpty())
        m_out << QStringLiteral("! ") << a.notice << '\n';
    if (!a.onDuty.isEmpty()) {
        m_out << '\n' << tr("On duty:") << '\n';
        for (const OnDuty &d : a.onDuty) {
            m_out << QStringLiteral("  ") << d.roleName << QStringLiteral(": ") << d.contact.name;
            if (!d.contact.position.isEmpty())
                m_out << QStringLiteral(" (") << d.contact.position << QStringLiteral(")");
            m_out << QStringLiteral("  ") << displayPhones(d.contact.phones) << '\n';
        }
    }
    if (!a.escalation.isEmpty()) {
        m_out << '\n' << tr("Escalation chain:") << '\n';
        for (const ResolvedStep &step : a.escalation) {
            m_out << QStringLiteral("  %1. ").arg(step.order) << step.label;
            if (step.inherited)
                m_out << QStringLiteral(" ") << tr("(inherited)");
            m_out << '\n';
            for (const Contact &c : step.contacts) {
                if (step.target == EscalationTarget::Hotline)
                    m_out << QStringLiteral("     ") << displayPhones(c.phones) << '\n';
                else
                    m_out << QStringLiteral("     ") << c.name << QStringLiteral("  ")
                          << displayPhones(c.phones) << '\n';
            }
            if (!step.problem.isEmpty())
                m_out << QStringLiteral("     ! ") << step.problem << '\n';
            if (!step.instruction.isEmpty())
                m_out << QStringLiteral("     → ") << step.instruction << '\n';
            if (step.waitMinutes > 0)
                m_out << QStringLiteral("     ")
                      << tr("if no answer within %n minute(s), go on", nullptr, step.waitMinutes)
                      << '\n';
        }
    }
    if (!a.hotlines.isEmpty()) {
        m_out << '\n' << tr("Hotlines:") << '\n';
        for (const Hotline &h : a.hotlines) {
            m_out << QStringLiteral("  ") << h.label << QStringLiteral("  ")
                  << PhoneNumber::displayStored(h.number);
            if (!h.hours.isEmpty())
                m_out << QStringLiteral("  (") << h.hours << QStringLiteral(")");
            m_out << '\n';
        }
    }
    return Success;
}

int CliApplication::cmdHolidays(const QStringList &arguments)
{
    bool ok = false;
    const int year = arguments.value(0).toInt(&ok);
    if (arguments.size() != 1 || !ok || year < 1901 || year > 2099)
        return fail(tr("holidays: give a year from 1901 to 2099."), UsageError);
    const QList<Holidays::Holiday> holidays = Holidays::forYear(year);
    if (m_json) {
        printJson(Holidays::toJson(holidays));
        return Success;
    }
    for (const Holidays::Holiday &h : holidays) {
        QStringList days;
        for (const QDate &day : h.proposedDays)
            days << day.toString(QStringLiteral("dd/MM"));
        m_out << vnDate(h.date) << QStringLiteral("  ") << Holidays::kindName(h.kind)
              << QStringLiteral("  ")
              << tr("proposed days off: %1").arg(days.join(QStringLiteral(", "))) << '\n';
    }
    return Success;
}

int CliApplication::cmdLunar(const QStringList &arguments)
{
    const QDate date = QDate::fromString(arguments.value(0), Qt::ISODate);
    if (arguments.size() != 1 || !date.isValid())
        return fail(tr("lunar: give a date in the form YYYY-MM-DD."), UsageError);
    const Result<LunarDate> lunar = LunarCalendar::fromGregorian(date);
    if (!lunar)
        return failWith(lunar.error());
    const QString name = LunarCalendar::vietnameseName(lunar.value());
    if (m_json) {
        printJson(QJsonObject {{QStringLiteral("date"), date.toString(Qt::ISODate)},
                               {QStringLiteral("day"), lunar->day},
                               {QStringLiteral("month"), lunar->month},
                               {QStringLiteral("year"), lunar->year},
                               {QStringLiteral("leap"), lunar->leap},
                               {QStringLiteral("name"), name}});
        return Success;
    }
    m_out << name << '\n';
    return Success;
}

int CliApplication::cmdBackup(const QStringList &arguments)
{
    if (arguments.size() != 1)
        return fail(tr("backup: give the file to write."), UsageError);
    const QString target = QFileInfo(arguments.first()).absoluteFilePath();
    if (const Status s = Backups::copyTo(m_db, target); !s)
        return failWith(s.error());
    // A copy of the directory is an export of personal data.
    if (const Status s = m_db.transaction(
            [&]() {
                return m_db.audit(QStringLiteral("backup"), QStringLiteral("database"), 0, {},
                                  target);
            },
            Database::WriteKind::Record);
        !s)
        return failWith(s.error());
    if (m_json)
        printJson(QJsonObject {{QStringLiteral("backup"), target}});
    else
        m_out << tr("Backup written: %1").arg(target) << '\n';
    return Success;
}

int CliApplication::cmdRestore(const QStringList &arguments)
{
    if (arguments.size() != 1)
        return fail(tr("restore: give the backup file to restore."), UsageError);
    const QString source = arguments.first();
    if (!QFileInfo::exists(source))
        return fail(tr("The backup “%1” does not exist.").arg(source));
    const QString target = QFileInfo(databasePath()).absoluteFilePath();
    if (const Status s = Backups::restore(source, target); !s)
        return failWith(s.error());
    if (m_json)
        printJson(QJsonObject {{QStringLiteral("restored"), source},
                               {QStringLiteral("database"), target}});
    else
        m_out << tr("Restored %1 into %2.").arg(source, target) << '\n';
    return Success;
}

int CliApplication::cmdVerify()
{
    const Result<QStringList> problems = Backups::verify(m_db);
    if (!problems)
        return failWith(problems.error());
    if (m_json) {
        printJson(QJsonObject {
            {QStringLiteral("ok"), problems->isEmpty()},
            {QStringLiteral("problems"), QJsonArray::fromStringList(problems.value())}});
    } else if (problems->isEmpty()) {
        m_out << tr("The database is sound.") << '\n';
    } else {
        for (const QString &problem : problems.value())
            m_err << problem << '\n';
    }
    return problems->isEmpty() ? Success : Failure;
}

int CliApplication::cmdAudit()
{
    AuditLog::Filter filter;
    if (m_parser.isSet(optSince)) {
        const QDate since = QDate::fromString(m_parser.value(optSince), Qt::ISODate);
        if (!since.isValid())
            return fail(tr("--since: “%1” is not a date in the form YYYY-MM-DD.")
                            .arg(m_parser.value(optSince)),
                        UsageError);
        filter.since = QDateTime(since, QTime(0, 0));
    }
    const Result<QList<AuditRecord>> records = AuditLog(m_db).records(filter);
    if (!records)
        return failWith(records.error());
    if (m_json) {
        QJsonArray array;
        for (const AuditRecord &r : records.value())
            array.append(AuditLog::toJson(r));
        printJson(array);
        return Success;
    }
    for (const AuditRecord &r : records.value()) {
        m_out << r.at.toString(QStringLiteral("dd/MM/yyyy HH:mm:ss")) << QStringLiteral("  ")
              << r.user << QStringLiteral("  ") << r.action << QStringLiteral("  ") << r.table;
        if (r.rowId != NoId)
            m_out << QStringLiteral(" #") << r.rowId;
        m_out << '\n';
    }
    return Success;
}

bool CliApplication::needsGui(const QStringList &arguments)
{
    return arguments.contains(QStringLiteral("export"));
}

int CliApplication::cmdExport(const QStringList &arguments)
{
    if (arguments.size() != 1)
        return fail(tr("export: give what to export: roster, callsheet, contacts or template."),
                    UsageError);
    const std::optional<ExportKind> kind = Exporter::kindFromKey(arguments.first());
    if (!kind)
        return fail(tr("export: “%1” is not roster, callsheet, contacts or template.")
                        .arg(arguments.first()),
                    UsageError);
    // A template is always XLSX, and has a name of its own when none is given.
    const bool isTemplate = *kind == ExportKind::Template;
    if (!m_parser.isSet(optFormat) && !isTemplate)
        return fail(tr("export: give the format with --format."), UsageError);
    const std::optional<ExportFormat> format = m_parser.isSet(optFormat)
        ? Exporter::formatFromKey(m_parser.value(optFormat))
        : std::optional<ExportFormat>(ExportFormat::Xlsx);
    if (!format)
        return fail(
            tr("export: “%1” is not pdf, xlsx, csv, ics or vcf.").arg(m_parser.value(optFormat)),
            UsageError);
    if ((!m_parser.isSet(optOutput) || m_parser.value(optOutput).isEmpty()) && !isTemplate)
        return fail(tr("export: give the file to write with --output."), UsageError);
    if (isTemplate && !m_parser.isSet(optUnit))
        return fail(tr("export template: give the unit with --unit."), UsageError);

    ExportRequest request;
    request.kind = *kind;
    request.format = *format;
    request.outputPath = m_parser.value(optOutput);
    if (*kind != ExportKind::Contacts) {
        if (!m_parser.isSet(optPeriod))
            return fail(tr("export: give the duty period with --period."), UsageError);
        const Result<DutyPeriod> period = Lookup::period(m_db, m_parser.value(optPeriod));
        if (!period)
            return failWith(period.error());
        request.periodId = period->id;
    }
    if (m_parser.isSet(optUnit)) {
        const Result<Unit> unit = Lookup::unit(m_db, m_parser.value(optUnit));
        if (!unit)
            return failWith(unit.error());
        request.unitId = unit->id;
        if (isTemplate && request.outputPath.isEmpty()) {
            const Result<DutyPeriod> period = PeriodStore(m_db).period(request.periodId);
            if (!period)
                return failWith(period.error());
            request.outputPath = TemplateExport::fileName(unit->name, period->title);
        }
    }
    if (m_parser.isSet(optPerson)) {
        bool ok = false;
        request.personId = m_parser.value(optPerson).toLongLong(&ok);
        if (!ok || request.personId <= 0)
            return fail(tr("--person needs a person's id (see “dutydesk-cli people”)."),
                        UsageError);
        if (const Result<Person> person = DirectoryStore(m_db).person(request.personId); !person)
            return failWith(person.error());
    }
    if (m_parser.isSet(optDelimiter)) {
        QString delimiter = m_parser.value(optDelimiter);
        if (delimiter == QLatin1String("tab") || delimiter == QLatin1String("\\t"))
            delimiter = QStringLiteral("\t");
        if (delimiter.size() != 1)
            return fail(tr("--delimiter needs one character (or “tab”)."), UsageError);
        request.csvDelimiter = delimiter.at(0);
    }

    const Result<ExportReport> report = Exporter(m_db).run(request);
    if (!report)
        return failWith(report.error());
    if (m_json) {
        QJsonObject o {{QStringLiteral("path"), report->path},
                       {QStringLiteral("kind"), Exporter::key(request.kind)},
                       {QStringLiteral("format"), Exporter::key(request.format)},
                       {QStringLiteral("records"), report->records}};
        if (report->pages > 0)
            o.insert(QStringLiteral("pages"), report->pages);
        printJson(o);
    } else if (report->pages > 0) {
        m_out << tr("Written: %1 (%n page(s)).", nullptr, report->pages).arg(report->path) << '\n';
    } else {
        m_out << tr("Written: %1 (%n record(s)).", nullptr, report->records).arg(report->path)
              << '\n';
    }
    return Success;
}

int CliApplication::cmdImport(const QStringList &arguments)
{
    if (arguments.size() != 2)
        return fail(tr("import: give what to import (units, people, hotlines or roster) and the "
                       "file."),
                    UsageError);
    const std::optional<ImportKind> kind = ImportMapping::kindFromKey(arguments.at(0));
    if (!kind)
        return fail(
            tr("import: “%1” is not units, people, hotlines or roster.").arg(arguments.at(0)),
            UsageError);
    ImportRequest request;
    request.kind = *kind;
    request.path = arguments.at(1);
    request.sheet = m_parser.value(optSheet);
    request.dryRun = m_parser.isSet(optDryRun);
    request.skipRowsInError = m_parser.isSet(optSkipErrors);
    if (!QFileInfo::exists(request.path))
        return fail(tr("import: the file “%1” does not exist.").arg(request.path));
    if (*kind == ImportKind::Roster && !m_parser.isSet(optPeriod)) {
        // A filled template knows its period (and unit): the Importer reads them.
        if (!TemplateExport::identity(request.path))
            return fail(tr("import roster: give the duty period with --period."), UsageError);
    } else if (*kind == ImportKind::Roster) {
        const Result<DutyPeriod> period = Lookup::period(m_db, m_parser.value(optPeriod));
        if (!period)
            return failWith(period.error());
        request.periodId = period->id;
    }
    if (m_parser.isSet(optUnit)) {
        const Result<Unit> unit = Lookup::unit(m_db, m_parser.value(optUnit));
        if (!unit)
            return failWith(unit.error());
        request.unitId = unit->id;
    }
    const Result<ImportReport> report = Importer(m_db).run(request);
    if (!report)
        return failWith(report.error());
    if (m_json) {
        printJson(report->toJson());
    } else {
        // Errors to stderr, the rest to stdout.
        const QStringList lines = report->summary().split(u'\n');
        for (const QString &line : lines)
            (report->errorCount() > 0 && !report->applied ? m_err : m_out) << line << '\n';
    }
    return report->errorCount() > 0 ? Failure : Success;
}

Result<DutyPeriod> CliApplication::periodOption()
{
    if (!m_parser.isSet(optPeriod) || m_parser.value(optPeriod).trimmed().isEmpty())
        return Error(Error::Code::Invalid, tr("Give the duty period with --period (id or title)."));
    return Lookup::period(m_db, m_parser.value(optPeriod));
}

int CliApplication::cmdCheck()
{
    const Result<DutyPeriod> period = periodOption();
    if (!period)
        return failWith(period.error());
    Id unitId = NoId;
    if (m_parser.isSet(optUnit)) {
        const Result<Unit> unit = Lookup::unit(m_db, m_parser.value(optUnit));
        if (!unit)
            return failWith(unit.error());
        unitId = unit->id;
    }
    const Result<QList<RosterCheck::Problem>> problems
        = RosterCheck::check(m_db, period->id, unitId);
    if (!problems)
        return failWith(problems.error());
    if (m_json) {
        printJson(
            QJsonObject {{QStringLiteral("period"), period->title},
                         {QStringLiteral("problems"), RosterCheck::toJson(problems.value())}});
    } else if (problems->isEmpty()) {
        m_out << tr("No problems in “%1”.").arg(period->title) << '\n';
    } else {
        for (const RosterCheck::Problem &problem : problems.value())
            m_out << QStringLiteral("[") << RosterCheck::kindName(problem.kind)
                  << QStringLiteral("] ") << problem.message << '\n';
        m_out << tr("%n problem(s).", nullptr, int(problems->size())) << '\n';
    }
    return problems->isEmpty() ? Success : Failure;
}

int CliApplication::cmdAutofill()
{
    const Result<DutyPeriod> period = periodOption();
    if (!period)
        return failWith(period.error());
    AutoFill fill(m_db);
    Result<AutoFill::Report> report = Error(Error::Code::Invalid, QString(QLatin1Char('?')));
    QString scope = period->title;
    if (m_parser.isSet(optUnit)) {
        const Result<Unit> unit = Lookup::unit(m_db, m_parser.value(optUnit));
        if (!unit)
            return failWith(unit.error());
        scope = unit->name;
        report = fill.fillUnit(period->id, unit->id);
    } else {
        report = fill.fillPeriod(period->id);
    }
    if (!report)
        return failWith(report.error());
    if (m_json) {
        printJson(AutoFill::toJson(report.value()));
        return Success;
    }
    m_out << tr("Filled %1 slot(s) of %2.").arg(report->filled).arg(scope) << '\n';
    for (const AutoFill::EmptySlot &empty : report->leftEmpty)
        m_out << QStringLiteral("  ! ") << empty.message << '\n';
    m_out << tr("Largest spread of load within a unit (max – min): %1")
                 .arg(QLocale::c().toString(report->maxSpread, 'f', 1))
          << '\n';
    return Success;
}

int CliApplication::cmdAssign()
{
    const Result<DutyPeriod> period = periodOption();
    if (!period)
        return failWith(period.error());
    for (const QString &option : {optUnit, optDay, optShift, optRole, optPerson}) {
        if (!m_parser.isSet(option))
            return fail(tr("assign: --%1 is required.").arg(option), UsageError);
    }
    const Result<Unit> unit = Lookup::unit(m_db, m_parser.value(optUnit));
    if (!unit)
        return failWith(unit.error());
    const QDate day = QDate::fromString(m_parser.value(optDay), Qt::ISODate);
    if (!day.isValid())
        return fail(
            tr("--day: “%1” is not a date in the form YYYY-MM-DD.").arg(m_parser.value(optDay)),
            UsageError);
    PeriodStore periods(m_db);
    Assignment assignment;
    assignment.periodId = period->id;
    assignment.unitId = unit->id;
    assignment.day = day;
    assignment.note = m_parser.value(optNote);

    const QString shiftName = VietnameseText::fold(m_parser.value(optShift));
    const Result<QList<Shift>> shifts = periods.shifts(period->id);
    if (!shifts)
        return failWith(shifts.error());
    for (const Shift &shift : shifts.value()) {
        if (VietnameseText::fold(shift.name) == shiftName || QString::number(shift.id) == shiftName)
            assignment.shiftId = shift.id;
    }
    if (assignment.shiftId == NoId)
        return fail(tr("“%1” has no shift “%2”.").arg(period->title, m_parser.value(optShift)));

    const QString roleName = VietnameseText::fold(m_parser.value(optRole));
    const Result<QList<DutyRole>> roles = periods.roles(period->id);
    if (!roles)
        return failWith(roles.error());
    for (const DutyRole &role : roles.value()) {
        if (VietnameseText::fold(role.name) == roleName || QString::number(role.id) == roleName)
            assignment.roleId = role.id;
    }
    if (assignment.roleId == NoId)
        return fail(tr("“%1” has no duty role “%2”.").arg(period->title, m_parser.value(optRole)));

    // The person: an id, or a name (without diacritics) among the unit's people.
    const QString who = m_parser.value(optPerson).trimmed();
    bool isNumber = false;
    const Id personId = who.toLongLong(&isNumber);
    if (isNumber) {
        assignment.personId = personId;
    } else {
        const Result<QList<Person>> people = DirectoryStore(m_db).people(unit->id);
        if (!people)
            return failWith(people.error());
        QList<Id> matches;
        for (const Person &person : people.value()) {
            if (VietnameseText::fold(person.fullName) == VietnameseText::fold(who))
                matches << person.id;
        }
        if (matches.size() != 1)
            return fail(matches.isEmpty()
                            ? tr("Nobody called “%1” works at %2.").arg(who, unit->name)
                            : tr("Several people called “%1” work at %2; give the id.")
                                  .arg(who, unit->name));
        assignment.personId = matches.first();
    }
    const Result<Assignment> saved = periods.assign(assignment);
    if (!saved)
        return failWith(saved.error());
    if (m_json)
        printJson(DomainJson::toJson(saved.value()));
    else
        m_out << tr("Assigned (id %1).").arg(saved->id) << '\n';
    return Success;
}

int CliApplication::cmdUnassign(const QStringList &arguments)
{
    bool ok = false;
    const Id id = arguments.value(0).toLongLong(&ok);
    if (arguments.size() != 1 || !ok)
        return fail(tr("unassign: give the id of the assignment."), UsageError);
    if (const Status s = PeriodStore(m_db).unassign(id); !s)
        return failWith(s.error());
    if (m_json)
        printJson(QJsonObject {{QStringLiteral("unassigned"), id}});
    else
        m_out << tr("Slot emptied (assignment %1).").arg(id) << '\n';
    return Success;
}

} // namespace DutyDesk
