#include "GenerateCommand.h"

#include "Database.h"
#include "Generator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QLocale>

namespace DutyDesk {

namespace {

struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(DutyDesk::GenerateCommand)
};

/// A positive integer option, or false with a message.
bool intOption(const QCommandLineParser &parser, const QString &name, qint64 &value,
               QString &message)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    value = parser.value(name).toLongLong(&ok);
    if (!ok || value < 0) {
        message = Texts::tr("--%1 takes a positive whole number, not “%2”.")
                      .arg(name, parser.value(name));
        return false;
    }
    return true;
}

} // namespace

int runGenerate(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const auto fail = [&err](const QString &message, int code) {
        err << QStringLiteral("dutydesk-cli: ") << message << '\n';
        err.flush();
        return code;
    };
    QCommandLineParser parser;
    parser.addOption(
        {QStringLiteral("database"), Texts::tr("The database file to create."), Texts::tr("FILE")});
    parser.addOption(
        {QStringLiteral("units"), Texts::tr("Number of units (default 1100)."), Texts::tr("N")});
    parser.addOption(
        {QStringLiteral("people"), Texts::tr("Number of people (default 15000)."), Texts::tr("M")});
    parser.addOption({QStringLiteral("days"), Texts::tr("Days of the duty period (default 5)."),
                      Texts::tr("D")});
    parser.addOption(
        {QStringLiteral("seed"), Texts::tr("Seed of the generator (default 1)."), Texts::tr("S")});
    parser.addOption({QStringLiteral("json"), Texts::tr("Print machine-readable JSON.")});
    parser.addOption(
        {QStringLiteral("lang"), Texts::tr("Language of messages."), Texts::tr("LANG")});
    // QCommandLineParser skips the first argument as the program name.
    if (!parser.parse(QStringList {QStringLiteral("generate")} + arguments))
        return fail(parser.errorText(), 2);
    if (!parser.positionalArguments().isEmpty())
        return fail(Texts::tr("generate takes no argument “%1”.")
                        .arg(parser.positionalArguments().constFirst()),
                    2);

    Generator::Options options;
    qint64 units = options.units, people = options.people, days = options.days;
    qint64 seed = qint64(options.seed);
    QString message;
    if (!intOption(parser, QStringLiteral("units"), units, message)
        || !intOption(parser, QStringLiteral("people"), people, message)
        || !intOption(parser, QStringLiteral("days"), days, message)
        || !intOption(parser, QStringLiteral("seed"), seed, message))
        return fail(message, 2);
    if (units > 1000000 || people > 10000000 || days > 60)
        return fail(Texts::tr("At most 1,000,000 units, 10,000,000 people and 60 days."), 2);
    options.units = int(units);
    options.people = int(people);
    options.days = int(days);
    options.seed = quint64(seed);

    const QString path = parser.isSet(QStringLiteral("database"))
        ? parser.value(QStringLiteral("database"))
        : Database::defaultPath();
    Database db;
    if (const Status s = db.open(path, Database::OpenMode::CreateIfMissing); !s)
        return fail(s.message(), 1);
    QElapsedTimer timer;
    timer.start();
    const Result<Generator::Report> report = Generator::generate(db, options);
    if (!report)
        return fail(report.message(), 1);
    const qint64 ms = timer.elapsed();
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject json = report->toJson();
        json.insert(QStringLiteral("database"), db.path());
        json.insert(QStringLiteral("milliseconds"), ms);
        out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
    } else {
        const QLocale c = QLocale::c();
        out << Texts::tr("Generated %1 units, %2 people (%3 numbers), %4 escalation steps and "
                         "%5 assignments in %6 s into %7.")
                   .arg(c.toString(report->units), c.toString(report->people),
                        c.toString(report->phones), c.toString(report->escalationSteps),
                        c.toString(report->assignments), c.toString(double(ms) / 1000.0, 'f', 1),
                        db.path())
            << '\n';
    }
    out.flush();
    return 0;
}

} // namespace DutyDesk
