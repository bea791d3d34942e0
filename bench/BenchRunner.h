#pragma once

#include "Database.h"
#include "Result.h"
#include "Workload.h"

#include <QList>
#include <QString>
#include <QTextStream>

#include <functional>

namespace DutyDesk {

/// Runs the benchmark on the province and national workloads and
/// prints a Markdown table: median and 95th percentile over repeated runs,
/// the budget of DESIGN.md "Budgets" and the ratio p95 / budget.
class BenchRunner
{
public:
    struct Config
    {
        QString cacheDir;
        quint64 seed = 1;
        bool quick = false; ///< fewer repetitions
        bool province = true;
        bool national = true;
        QString only; ///< run only the cases whose name contains this (for profiling)
    };

    explicit BenchRunner(const Config &config);
    int run();

    /// The child process measuring peak memory: opens `path`, builds the
    /// search index, searches, reads the unit tree, prints "VmHWM <kB>".
    static int rssProbe(const QString &path);

private:
    struct Row
    {
        QString workload;
        QString name;
        int runs = 0;
        double median = 0;
        double p95 = 0;
        double budget = 0; ///< ms (or MB for memory); 0: no budget
        QString unit = QStringLiteral("ms");
        QString note;
    };

    bool wanted(const QString &name) const;
    /// Times `work` `runs` times (after `setup`, untimed, each time).
    void measure(const QString &workload, const QString &name, int runs, double budget,
                 const std::function<Status()> &work, const std::function<Status()> &setup = {});
    void addRow(Row row, QList<double> samples);
    void skip(const QString &workload, const QString &name, double budget, const QString &note);
    int reps(int full) const;

    Status runWorkload(const Workload &workload);
    Status runCommon(const Workload &workload, const QString &path, Id periodId);
    Status runProvinceOnly(const QString &path, Id periodId);
    /// LibreOffice converting our XLSX of the province roster to PDF, beside our PDF.
    Status runReference(const QString &path, Id periodId);
    Status runNationalOnly(const QString &path, Id periodId, const QString &workDir);
    void printMachine();
    void printTable();

    Config m_config;
    QList<Row> m_rows;
    QStringList m_notes;
    QTextStream m_out;
};

} // namespace DutyDesk
