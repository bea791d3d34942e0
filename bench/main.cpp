#include "BenchRunner.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>

int main(int argc, char *argv[])
{
    // Documents are drawn with QPainter and the main window is timed: a
    // QApplication, offscreen.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("dutydesk-bench"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("DutyDesk's national-scale benchmark."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("cache-dir"),
                      QStringLiteral("Where generated databases are kept between runs."),
                      QStringLiteral("DIR"),
                      QDir::temp().filePath(QStringLiteral("dutydesk-bench"))});
    parser.addOption({QStringLiteral("seed"), QStringLiteral("Generator seed."),
                      QStringLiteral("S"), QStringLiteral("1")});
    parser.addOption({QStringLiteral("quick"), QStringLiteral("Fewer repetitions.")});
    parser.addOption(
        {QStringLiteral("province-only"), QStringLiteral("Skip the national workload.")});
    parser.addOption(
        {QStringLiteral("national-only"), QStringLiteral("Skip the province workload.")});
    parser.addOption({QStringLiteral("only"),
                      QStringLiteral("Run only the cases whose name holds TEXT."),
                      QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("rss-probe"),
                      QStringLiteral("(internal) measure peak memory."), QStringLiteral("DB")});
    parser.process(app);

    if (parser.isSet(QStringLiteral("rss-probe")))
        return DutyDesk::BenchRunner::rssProbe(parser.value(QStringLiteral("rss-probe")));

    DutyDesk::BenchRunner::Config config;
    config.cacheDir = parser.value(QStringLiteral("cache-dir"));
    config.seed = parser.value(QStringLiteral("seed")).toULongLong();
    config.quick = parser.isSet(QStringLiteral("quick"));
    config.province = !parser.isSet(QStringLiteral("national-only"));
    config.national = !parser.isSet(QStringLiteral("province-only"));
    config.only = parser.value(QStringLiteral("only"));
    return DutyDesk::BenchRunner(config).run();
}
