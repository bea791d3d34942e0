#pragma once

// Shared by the io tests: a sample database in a temporary folder, and the
// command-line tools (poppler-utils) that read PDFs back.

#include "Database.h"
#include "Lookup.h"
#include "PeriodStore.h"
#include "SampleData.h"

#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#define QVERIFY_OK(expr)                                                                           \
    do {                                                                                           \
        const auto &result_ = (expr);                                                              \
        QVERIFY2(result_.ok(), qPrintable(result_.message()));                                     \
    } while (false)

/// Declares `var` as the value of a Result that must be ok.
#define OK_VALUE(var, expr)                                                                        \
    auto var##Result_ = (expr);                                                                    \
    QVERIFY2(var##Result_.ok(), qPrintable(var##Result_.message()));                               \
    auto var = std::move(var##Result_).value()

namespace IoTest {

inline QString u8(const char *text)
{
    return QString::fromUtf8(text);
}

/// Runs a tool and returns its standard output (empty and `ok` false on failure).
inline QString run(const QString &program, const QStringList &arguments, bool *ok = nullptr)
{
    QProcess process;
    process.start(program, arguments);
    const bool finished = process.waitForFinished(60000);
    const bool good
        = finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    if (ok)
        *ok = good;
    return QString::fromUtf8(process.readAllStandardOutput());
}

inline bool havePoppler()
{
    return !QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()
        && !QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty()
        && !QStandardPaths::findExecutable(QStringLiteral("pdffonts")).isEmpty();
}

#define REQUIRE_POPPLER()                                                                          \
    do {                                                                                           \
        if (!IoTest::havePoppler())                                                                \
            QSKIP("poppler-utils (pdftotext, pdfinfo, pdffonts) is not installed: the PDF cannot " \
                  "be read back. Install poppler-utils to run this test.");                        \
    } while (false)

/// `pdftotext -layout` of some pages (all when first is 0).
inline QString pdfText(const QString &pdf, int first = 0, int last = 0)
{
    QStringList arguments
        = {QStringLiteral("-layout"), QStringLiteral("-enc"), QStringLiteral("UTF-8")};
    if (first > 0)
        arguments << QStringLiteral("-f") << QString::number(first) << QStringLiteral("-l")
                  << QString::number(last > 0 ? last : first);
    arguments << pdf << QStringLiteral("-");
    return run(QStringLiteral("pdftotext"), arguments);
}

/// A field of `pdfinfo` ("Pages", "Page size").
inline QString pdfInfo(const QString &pdf, const QString &field)
{
    const QStringList lines = run(QStringLiteral("pdfinfo"), {pdf}).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (line.startsWith(field + QLatin1Char(':')))
            return line.mid(field.size() + 1).trimmed();
    }
    return {};
}

/// Whether every font of the PDF is embedded (pdffonts' "emb" column); the
/// font names in `names`.
inline bool allFontsEmbedded(const QString &pdf, QStringList *names = nullptr)
{
    const QStringList lines = run(QStringLiteral("pdffonts"), {pdf}).split(QLatin1Char('\n'));
    bool all = lines.size() > 2;
    for (const QString &line : lines.mid(2)) {
        const QStringList columns = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (columns.isEmpty())
            continue;
        if (names)
            names->append(columns.first());
        all &= columns.size() >= 5 && columns.at(columns.size() - 5) == QLatin1String("yes");
    }
    return all;
}

/// A sample database in its own temporary folder.
class SampleFixture
{
public:
    bool setUp()
    {
        QStandardPaths::setTestModeEnabled(true);
        if (!dir.isValid())
            return false;
        if (!db.open(dir.filePath(QStringLiteral("sample.db"))))
            return false;
        if (!DutyDesk::SampleData::build(db))
            return false;
        const auto period = DutyDesk::Lookup::period(db, u8(DutyDesk::SampleData::PeriodTitle));
        const auto unit = DutyDesk::Lookup::unit(db, u8(DutyDesk::SampleData::QuerySchoolName));
        if (!period || !unit)
            return false;
        periodId = period->id;
        unitId = unit->id;
        return true;
    }
    QString path(const QString &name) const { return dir.filePath(name); }

    /// The audit records of exports, newest last: their after_json texts.
    QStringList exportAudits()
    {
        QStringList result;
        QSqlQuery q(db.connection());
        q.exec(
            QStringLiteral("SELECT after_json FROM audit_log WHERE action = 'export' ORDER BY id"));
        while (q.next())
            result << q.value(0).toString();
        return result;
    }

    QTemporaryDir dir;
    DutyDesk::Database db;
    DutyDesk::Id periodId = DutyDesk::NoId;
    DutyDesk::Id unitId = DutyDesk::NoId;
};

} // namespace IoTest
