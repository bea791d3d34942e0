#pragma once

#include "Database.h"
#include "Result.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonValue>
#include <QStringList>
#include <QTextStream>

namespace DutyDesk {

/// `dutydesk-cli`: the command line on the same core as the application, for
/// scripting, batch work and tests. Every command takes --database and --json;
/// errors go to stderr with a non-zero exit code.
class CliApplication
{
    Q_DECLARE_TR_FUNCTIONS(DutyDesk::CliApplication)
public:
    enum ExitCode { Success = 0, Failure = 1, UsageError = 2 };

    CliApplication();
    int run(const QStringList &arguments);
    /// Whether the command line needs a QGuiApplication (documents are drawn
    /// with QPainter): `export`.
    static bool needsGui(const QStringList &arguments);

private:
    int runCommand(const QString &command, const QStringList &arguments);
    Status openDatabase(Database::OpenMode mode);
    QString usage() const;

    int cmdInit();
    int cmdUnits();
    int cmdPeople();
    int cmdPeriods();
    int cmdSearch(const QStringList &arguments);
    int cmdWho(const QStringList &arguments);
    int cmdHolidays(const QStringList &arguments);
    int cmdLunar(const QStringList &arguments);
    int cmdBackup(const QStringList &arguments);
    int cmdRestore(const QStringList &arguments);
    int cmdVerify();
    int cmdCheck();
    int cmdAutofill();
    int cmdAssign();
    int cmdUnassign(const QStringList &arguments);
    Result<DutyPeriod> periodOption();
    int cmdAudit();
    int cmdExport(const QStringList &arguments);
    int cmdImport(const QStringList &arguments);
    QString databasePath() const;

    int fail(const QString &message, int code = Failure);
    int failWith(const Error &error);
    void printJson(const QJsonValue &value);

    QCommandLineParser m_parser;
    Database m_db;
    QTextStream m_out;
    QTextStream m_err;
    bool m_json = false;
};

} // namespace DutyDesk
