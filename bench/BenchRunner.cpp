#include "BenchRunner.h"

#include "AppSettings.h"
#include "AutoFill.h"
#include "DirectoryStore.h"
#include "DutyResolver.h"
#include "Exporter.h"
#include "Importer.h"
#include "MainWindow.h"
#include "PeriodStore.h"
#include "PhoneNumber.h"
#include "RosterCheck.h"
#include "RosterPage.h"
#include "SearchIndex.h"
#include "Session.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QProcess>
#include <QSaveFile>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <QUrl>

#include <algorithm>
#include <cmath>
#include <memory>

namespace DutyDesk {

namespace {

// DESIGN.md "Budgets", in milliseconds (memory in MB).
constexpr double SearchBudget = 5;
constexpr double WhoNowBudget = 5;
constexpr double UnitRosterBudget = 20;
constexpr double OverviewBudget = 100;
constexpr double ColdStartBudget = 1000;
constexpr double CallSheetBudget = 5000;
constexpr double XlsxBudget = 5000;
constexpr double AutoFillBudget = 1000;
constexpr double MemoryBudgetMb = 300;

/// The line of /proc/self/status (or /proc/cpuinfo, /proc/meminfo) starting
/// with `key`, after the colon.
QString procValue(const QString &file, const QString &key)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    // Files of /proc report no size: read to the end, not up to atEnd().
    const QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (line.startsWith(key))
            return line.section(QLatin1Char(':'), 1).trimmed();
    }
    return {};
}

double percentile(QList<double> sorted, double p)
{
    if (sorted.isEmpty())
        return 0;
    // Nearest rank.
    const qsizetype rank = qsizetype(std::ceil(p * double(sorted.size())));
    return sorted.at(std::clamp<qsizetype>(rank - 1, 0, sorted.size() - 1));
}

Status copyFile(const QString &from, const QString &to)
{
    QFile::remove(to);
    if (!QFile::copy(from, to))
        return Error(Error::Code::Io, QStringLiteral("cannot copy %1 to %2").arg(from, to));
    QFile::setPermissions(to, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return {};
}

Result<Id> firstPeriod(Database &db)
{
    const Result<QList<DutyPeriod>> periods = PeriodStore(db).periods();
    if (!periods)
        return periods.error();
    if (periods->isEmpty())
        return Error(Error::Code::NotFound, QStringLiteral("no period"));
    return periods->constFirst().id;
}

Status execSql(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql))
        return Database::sqlError(q);
    return {};
}

/// What people type in the search field, one keystroke at a time: names with
/// and without diacritics, phone fragments in several written forms, a unit
/// and a position.
QStringList keystrokes()
{
    const QStringList typed = {
        QStringLiteral("Nguyễn Văn Hùng"), QStringLiteral("tran thi thu"),
        QStringLiteral("Phạm Đức"),        QStringLiteral("le hong phong"),
        QStringLiteral("0912 3"),          QStringLiteral("+84 98"),
        QStringLiteral("thcs le loi"),     QStringLiteral("Hiệu trưởng"),
        QStringLiteral("huynh"),           QStringLiteral("3842"),
    };
    QStringList queries;
    for (const QString &text : typed) {
        for (qsizetype n = 1; n <= text.size(); ++n) {
            const QString prefix = text.left(n);
            if (!prefix.endsWith(QLatin1Char(' ')))
                queries << prefix;
        }
    }
    return queries;
}

} // namespace

BenchRunner::BenchRunner(const Config &config)
    : m_config(config)
    , m_out(stdout)
{
}

int BenchRunner::reps(int full) const
{
    return m_config.quick ? std::max(1, full / 4) : full;
}

bool BenchRunner::wanted(const QString &name) const
{
    return m_config.only.isEmpty() || name.contains(m_config.only, Qt::CaseInsensitive);
}

void BenchRunner::addRow(Row row, QList<double> samples)
{
    std::sort(samples.begin(), samples.end());
    row.runs = int(samples.size());
    row.median = percentile(samples, 0.5);
    row.p95 = percentile(samples, 0.95);
    m_out << QStringLiteral("  %1 / %2: median %3 %5, p95 %4 %5\n")
                 .arg(row.workload, row.name, QString::number(row.median, 'f', 2),
                      QString::number(row.p95, 'f', 2), row.unit);
    m_out.flush();
    m_rows << row;
}

void BenchRunner::skip(const QString &workload, const QString &name, double budget,
                       const QString &note)
{
    Row row;
    row.workload = workload;
    row.name = name;
    row.budget = budget;
    row.note = note;
    row.runs = 0;
    m_out << QStringLiteral("  %1 / %2: skipped (%3)\n").arg(workload, name, note);
    m_out.flush();
    m_rows << row;
}

void BenchRunner::measure(const QString &workload, const QString &name, int runs, double budget,
                          const std::function<Status()> &work, const std::function<Status()> &setup)
{
    if (!wanted(name))
        return;
    QList<double> samples;
    QElapsedTimer timer;
    for (int i = 0; i < runs; ++i) {
        if (setup) {
            if (const Status s = setup(); !s) {
                skip(workload, name, budget, QStringLiteral("setup failed: ") + s.message());
                return;
            }
        }
        timer.start();
        const Status s = work();
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        if (!s) {
            skip(workload, name, budget, QStringLiteral("failed: ") + s.message());
            return;
        }
        samples << ms;
    }
    Row row;
    row.workload = workload;
    row.name = name;
    row.budget = budget;
    addRow(row, samples);
}

Status BenchRunner::runCommon(const Workload &workload, const QString &path, Id periodId)
{
    const QString w = workload.name;
    const bool national = w == QLatin1String("national");

    measure(w, QStringLiteral("database open"), reps(20), 0, [&]() -> Status {
        Database db;
        return db.open(path, Database::OpenMode::MustExist);
    });
    measure(w, QStringLiteral("cold start (open + search index + first query)"), reps(5),
            ColdStartBudget, [&]() -> Status {
                Database db;
                if (const Status s = db.open(path, Database::OpenMode::MustExist); !s)
                    return s;
                SearchIndex index(db);
                if (const Status s = index.rebuild(); !s)
                    return s;
                return index.search(QStringLiteral("nguyen")).isEmpty()
                    ? Error(Error::Code::NotFound, QStringLiteral("nothing found"))
                    : Status();
            });

    // The real window on a fresh copy (its start backup goes beside the copy):
    // usable once it is shown and painted; the file's check, backup and search
    // index then run on a worker thread, timed to the end separately.
    {
        QTemporaryDir windowDir;
        const QString copy = windowDir.filePath(QStringLiteral("window.db"));
        AppSettings settings(windowDir.filePath(QStringLiteral("settings.ini")));
        std::unique_ptr<MainWindow> window;
        const auto fresh = [&]() -> Status {
            window.reset();
            QFile::remove(copy);
            QDir(windowDir.filePath(QStringLiteral("backups"))).removeRecursively();
            return copyFile(path, copy);
        };
        measure(
            w, QStringLiteral("cold start to a usable window"), reps(5), ColdStartBudget,
            [&]() -> Status {
                window = std::make_unique<MainWindow>(settings);
                if (!window->startUp(copy, false))
                    return Error(Error::Code::Io, QStringLiteral("the window did not open"));
                window->show();
                QCoreApplication::processEvents(); // laid out and painted
                return {};
            },
            fresh);
        measure(
            w, QStringLiteral("window: file checked, backed up, search ready (background)"),
            reps(3), 0,
            [&]() -> Status {
                window = std::make_unique<MainWindow>(settings);
                QEventLoop loop;
                QObject::connect(window->session(), &Session::searchIndexReady, &loop,
                                 &QEventLoop::quit);
                if (!window->startUp(copy, false))
                    return Error(Error::Code::Io, QStringLiteral("the window did not open"));
                window->show();
                if (window->session()->isChecking())
                    loop.exec();
                return window->session()->isChecking()
                    ? Error(Error::Code::Io, QStringLiteral("the check did not end"))
                    : Status();
            },
            fresh);
        // What a user does first, each step timed on the UI thread: the
        // longest is how long the window stops answering.
        if (wanted(QStringLiteral("window: longest UI-thread step"))) {
            if (const Status s = fresh(); !s)
                return s;
            window = std::make_unique<MainWindow>(settings);
            QElapsedTimer step;
            QList<QPair<QString, double>> steps;
            const auto timed = [&](const QString &what, const std::function<void()> &work) {
                step.start();
                work();
                QCoreApplication::processEvents();
                steps << qMakePair(what, double(step.nsecsElapsed()) / 1e6);
            };
            timed(QStringLiteral("open"), [&] {
                window->startUp(copy, false);
                window->show();
            });
            window->session()->waitForBackgroundWork();
            for (const MainWindow::View view :
                 {MainWindow::View::Directory, MainWindow::View::Roster, MainWindow::View::Now,
                  MainWindow::View::Hotlines, MainWindow::View::DutyLog}) {
                timed(QStringLiteral("page ") + MainWindow::viewKey(view),
                      [&] { window->showView(view); });
            }
            window->showView(MainWindow::View::Roster);
            timed(QStringLiteral("roster period"),
                  [&] { window->rosterPage()->showPeriod(periodId); });
            timed(QStringLiteral("overview tab"),
                  [&] { window->rosterPage()->tabs()->setCurrentIndex(1); });
            PeriodStore periods(window->session()->database());
            const Result<QList<Assignment>> some = periods.assignments(periodId, 1);
            if (some && !some->isEmpty()) {
                timed(QStringLiteral("unassign + views refresh"), [&] {
                    periods.unassign(some->first().id);
                    window->session()->notifyChanged();
                });
            }
            timed(QStringLiteral("search keystroke after the edit"),
                  [&] { window->session()->searchIndex().search(QStringLiteral("ng")); });
            window->session()->waitForBackgroundWork();
            std::sort(steps.begin(), steps.end(),
                      [](const auto &a, const auto &b) { return a.second > b.second; });
            QList<double> longest {steps.first().second};
            QStringList worst;
            for (const auto &[what, ms] : steps.mid(0, 4))
                worst << QStringLiteral("%1 %2 ms").arg(what).arg(ms, 0, 'f', 0);
            Row row;
            row.workload = w;
            row.name = QStringLiteral("window: longest UI-thread step");
            row.budget = 100;
            row.note = worst.join(QStringLiteral(", "));
            addRow(row, longest);
        }
        window.reset();
    }

    Database db;
    if (const Status s = db.open(path, Database::OpenMode::MustExist); !s)
        return s;
    const Result<DutyPeriod> period = PeriodStore(db).period(periodId);
    if (!period)
        return period.error();

    if (wanted(QStringLiteral("search-as-you-type"))) {
        SearchIndex index(db);
        if (const Status s = index.rebuild(); !s)
            return s;
        const QStringList queries = keystrokes();
        QList<double> samples;
        QElapsedTimer timer;
        int hits = 0;
        QHash<QString, double> slowest; // per query, over the repetitions
        for (int rep = 0; rep < reps(3); ++rep) {
            for (const QString &query : queries) {
                timer.start();
                hits += int(index.search(query).size());
                const double ms = double(timer.nsecsElapsed()) / 1e6;
                samples << ms;
                slowest[query] = std::max(slowest.value(query), ms);
            }
        }
        QStringList byTime = slowest.keys();
        std::sort(byTime.begin(), byTime.end(), [&](const QString &a, const QString &b) {
            return slowest.value(a) > slowest.value(b);
        });
        QStringList worst;
        for (const QString &query : byTime.mid(0, 3))
            worst << QStringLiteral("“%1” %2 ms").arg(query).arg(slowest.value(query), 0, 'f', 1);
        Row row;
        row.workload = w;
        row.name = QStringLiteral("search-as-you-type (per keystroke)");
        row.budget = SearchBudget;
        row.note = QStringLiteral("%1 keystrokes; slowest %2")
                       .arg(queries.size())
                       .arg(worst.join(QStringLiteral(", ")));
        addRow(row, samples);
    }

    // Units spread over the whole tree, the same on every run.
    QList<Id> unitIds;
    const int unitCount = workload.options.units;
    for (int i = 0; i < 200; ++i)
        unitIds << Id(1 + (qint64(i) * 7919) % unitCount);

    const QDateTime now(period->firstDay.addDays(1), QTime(20, 0));
    {
        DutyResolver resolver(db);
        int i = 0;
        measure(w, QStringLiteral("who now"), reps(200), WhoNowBudget, [&]() -> Status {
            const Result<DutyAnswer> answer
                = resolver.resolve(unitIds.at(i++ % unitIds.size()), now);
            return answer ? Status() : Status(answer.error());
        });
    }
    {
        PeriodStore store(db);
        int i = 0;
        measure(w, QStringLiteral("one unit's roster"), reps(100), UnitRosterBudget,
                [&]() -> Status {
                    const auto rows = store.assignments(periodId, unitIds.at(i++ % unitIds.size()));
                    return rows ? Status() : Status(rows.error());
                });
        int d = 0;
        measure(w, QStringLiteral("all-units overview, one day"), reps(2 * workload.options.days),
                OverviewBudget, [&]() -> Status {
                    const auto rows = store.coverage(
                        periodId, period->firstDay.addDays(d++ % workload.options.days));
                    return rows ? Status() : Status(rows.error());
                });
        // What the Roster page's overview loads: every unit, every day.
        measure(w, QStringLiteral("all-units overview, whole period"), reps(5), 0, [&]() -> Status {
            const auto rows = store.coverage(periodId);
            return rows ? Status() : Status(rows.error());
        });
    }
    measure(w, QStringLiteral("check (whole period)"), reps(national ? 3 : 5), 0, [&]() -> Status {
        const auto problems = RosterCheck::check(db, periodId);
        if (!problems)
            return problems.error();
        return problems->isEmpty()
            ? Status()
            : Error(Error::Code::Invalid,
                    QStringLiteral("%1 problems in generated data").arg(problems->size()));
    });

    // Exports write an audit record: they run on a copy, never on the cache.
    QTemporaryDir exportDir;
    const QString copy = exportDir.filePath(QStringLiteral("export.db"));
    if (const Status s = copyFile(path, copy); !s)
        return s;
    Database exportDb;
    if (const Status s = exportDb.open(copy, Database::OpenMode::MustExist); !s)
        return s;
    // `perThousand`: the budget is for 1,000 units (one sheet or roster block
    // each), so it is scaled to the number written.
    const auto exportCase = [&](const QString &name, ExportKind kind, ExportFormat format,
                                double budget, int runs, bool perThousand) {
        QString pages;
        int records = 0;
        measure(w, name, runs, budget, [&]() -> Status {
            ExportRequest request;
            request.kind = kind;
            request.format = format;
            request.periodId = periodId;
            request.outputPath
                = exportDir.filePath(QStringLiteral("out.") + Exporter::suffix(format));
            const Result<ExportReport> report = Exporter(exportDb).run(request);
            if (!report)
                return report.error();
            records = report->records;
            pages = format == ExportFormat::Pdf ? QStringLiteral("%1 pages, ").arg(report->pages)
                                                : QString();
            pages += QStringLiteral("%1 records, %2 MB")
                         .arg(report->records)
                         .arg(double(QFileInfo(report->path).size()) / 1e6, 0, 'f', 1);
            return {};
        });
        if (m_rows.isEmpty() || m_rows.last().name != name || m_rows.last().runs == 0)
            return;
        m_rows.last().note = pages;
        if (perThousand && records > 0) {
            m_rows.last().budget = budget * records / 1000.0;
            m_rows.last().note += QStringLiteral("; budget %1 ms per 1,000 units × %2")
                                      .arg(budget)
                                      .arg(records / 1000.0, 0, 'f', 3);
        }
    };
    if (!national) {
        exportCase(QStringLiteral("PDF roster, all units"), ExportKind::Roster, ExportFormat::Pdf,
                   CallSheetBudget, reps(3), false);
        exportCase(QStringLiteral("PDF call sheets, all units"), ExportKind::CallSheet,
                   ExportFormat::Pdf, CallSheetBudget, reps(3), true);
    }
    exportCase(QStringLiteral("XLSX of all assignments"), ExportKind::Roster, ExportFormat::Xlsx,
               XlsxBudget, reps(3), false);
    return {};
}

Status BenchRunner::runProvinceOnly(const QString &path, Id periodId)
{
    const QString w = QStringLiteral("province");
    if (const Status s = runReference(path, periodId); !s)
        return s;
    if (!wanted(QStringLiteral("auto-fill")))
        return {};
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("autofill.db"));
    if (const Status s = copyFile(path, copy); !s)
        return s;
    Database db;
    if (const Status s = db.open(copy, Database::OpenMode::MustExist); !s)
        return s;
    int filled = 0;
    measure(
        w, QStringLiteral("auto-fill of the period (all slots empty)"), reps(3), AutoFillBudget,
        [&]() -> Status {
            const Result<AutoFill::Report> report = AutoFill(db).fillPeriod(periodId);
            if (!report)
                return report.error();
            filled = report->filled;
            return {};
        },
        [&]() { return execSql(db, QStringLiteral("DELETE FROM assignments")); });
    if (!m_rows.isEmpty() && m_rows.last().runs > 0)
        m_rows.last().note = QStringLiteral("%1 slots filled").arg(filled);
    return {};
}

Status BenchRunner::runReference(const QString &path, Id periodId)
{
    const QString w = QStringLiteral("province");
    const QString name = QStringLiteral("reference: LibreOffice XLSX → PDF (same roster)");
    if (!wanted(name))
        return {};
    QString office = QStandardPaths::findExecutable(QStringLiteral("libreoffice"));
    if (office.isEmpty())
        office = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    if (office.isEmpty()) {
        skip(w, name, 0, QStringLiteral("LibreOffice is not installed"));
        return {};
    }
    // The province roster as our XLSX, on a copy (exports are audited).
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("reference.db"));
    if (const Status s = copyFile(path, copy); !s)
        return s;
    Database db;
    if (const Status s = db.open(copy, Database::OpenMode::MustExist); !s)
        return s;
    ExportRequest request;
    request.kind = ExportKind::Roster;
    request.format = ExportFormat::Xlsx;
    request.periodId = periodId;
    request.outputPath = dir.filePath(QStringLiteral("roster.xlsx"));
    if (const Result<ExportReport> report = Exporter(db).run(request); !report)
        return report.error();
    // A profile of its own: no first-start dialogs, no lock shared with a
    // LibreOffice the user has open.
    const QString profile = QUrl::fromLocalFile(dir.filePath(QStringLiteral("profile"))).toString();
    measure(w, name, reps(2), 0, [&]() -> Status {
        QProcess process;
        process.start(office,
                      {QStringLiteral("-env:UserInstallation=") + profile,
                       QStringLiteral("--headless"), QStringLiteral("--convert-to"),
                       QStringLiteral("pdf"), QStringLiteral("--outdir"), dir.path(),
                       request.outputPath});
        if (!process.waitForFinished(30 * 60 * 1000) || process.exitCode() != 0)
            return Error(Error::Code::Io,
                         QStringLiteral("LibreOffice failed: ")
                             + QString::fromLocal8Bit(process.readAllStandardError()));
        return QFileInfo::exists(dir.filePath(QStringLiteral("roster.pdf")))
            ? Status()
            : Error(Error::Code::Io, QStringLiteral("LibreOffice wrote no PDF"));
    });
    // Side by side with our own PDF of the same roster (measured earlier).
    double ours = 0;
    for (const Row &row : std::as_const(m_rows)) {
        if (row.workload == w && row.name.startsWith(QLatin1String("PDF roster")))
            ours = row.median;
    }
    if (!m_rows.isEmpty() && m_rows.last().name == name && m_rows.last().runs > 0 && ours > 0)
        m_rows.last().note = QStringLiteral("DutyDesk's own PDF of it: %1 s, %2× faster")
                                 .arg(ours / 1000, 0, 'f', 2)
                                 .arg(m_rows.last().median / ours, 0, 'f', 1);
    return {};
}

Status BenchRunner::runNationalOnly(const QString &path, Id periodId, const QString &workDir)
{
    Q_UNUSED(periodId);
    const QString w = QStringLiteral("national");

    // Peak memory in a fresh process, as the application would hold it.
    if (wanted(QStringLiteral("peak memory"))) {
        QProcess probe;
        probe.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--rss-probe"), path});
        if (!probe.waitForFinished(300000) || probe.exitCode() != 0) {
            skip(w, QStringLiteral("peak memory (RSS)"), MemoryBudgetMb,
                 QStringLiteral("the probe failed: ")
                     + QString::fromLocal8Bit(probe.readAllStandardError()));
        } else {
            const QString output = QString::fromLatin1(probe.readAllStandardOutput()).trimmed();
            const double mb = output.section(QLatin1Char(' '), 1, 1).toDouble() / 1024.0;
            Row row;
            row.workload = w;
            row.name = QStringLiteral("peak memory (RSS)");
            row.budget = MemoryBudgetMb;
            row.unit = QStringLiteral("MB");
            row.note = QStringLiteral("VmHWM after open + search index + search + unit tree");
            addRow(row, {mb});
        }
    }

    // CSV import of 100,000 people into the national tree (emptied of people).
    if (wanted(QStringLiteral("CSV import"))) {
        const QString csv = QDir(workDir).filePath(QStringLiteral("people.csv"));
        const QString target = QDir(workDir).filePath(QStringLiteral("import.db"));
        {
            Database db;
            if (const Status s = db.open(path, Database::OpenMode::ReadOnly); !s)
                return s;
            QSqlQuery q(db.connection());
            if (!q.exec(QStringLiteral(
                    "SELECT p.full_name, p.position, u.code,"
                    " (SELECT e164 FROM phone_numbers n WHERE n.person_id = p.id"
                    "  ORDER BY sort_order LIMIT 1)"
                    " FROM people p JOIN units u ON u.id = p.unit_id ORDER BY p.id")))
                return Database::sqlError(q);
            QSaveFile file(csv);
            if (!file.open(QIODevice::WriteOnly))
                return Error(Error::Code::Io, file.errorString());
            QByteArray text = "Họ và tên,Chức vụ,Đơn vị,Điện thoại\n";
            while (q.next()) {
                // Numbers written the way offices type them: "0904 185 683".
                text += q.value(0).toString().toUtf8() + ',' + q.value(1).toString().toUtf8() + ','
                    + q.value(2).toString().toUtf8() + ','
                    + PhoneNumber::displayStored(q.value(3).toString()).toUtf8() + '\n';
            }
            file.write(text);
            if (!file.commit())
                return Error(Error::Code::Io, file.errorString());
        }
        Database db;
        int added = 0;
        measure(
            w, QStringLiteral("CSV import of 100,000 people"), reps(2) > 1 ? 2 : 1, 0,
            [&]() -> Status {
                ImportRequest request;
                request.kind = ImportKind::People;
                request.path = csv;
                request.dryRun = false;
                const Result<ImportReport> report = Importer(db).run(request);
                if (!report)
                    return report.error();
                if (!report->applied)
                    return Error(Error::Code::Invalid,
                                 QStringLiteral("not applied: %1 errors; first: %2")
                                     .arg(report->errorCount())
                                     .arg(report->issues.isEmpty()
                                              ? QString()
                                              : report->issues.constFirst().text()));
                added = report->toAdd;
                return {};
            },
            [&]() -> Status {
                db.close();
                if (const Status s = copyFile(path, target); !s)
                    return s;
                if (const Status s = db.open(target, Database::OpenMode::MustExist); !s)
                    return s;
                return execSql(db, QStringLiteral("DELETE FROM people"));
            });
        if (!m_rows.isEmpty() && m_rows.last().runs > 0)
            m_rows.last().note = QStringLiteral("%1 people added; includes the backup taken "
                                                "before applying")
                                     .arg(added);
        db.close();
        QFile::remove(target);
    }
    return {};
}

Status BenchRunner::runWorkload(const Workload &workload)
{
    m_out << QStringLiteral("== %1: %2 units, %3 people, %4 days (seed %5)\n")
                 .arg(workload.name)
                 .arg(workload.options.units)
                 .arg(workload.options.people)
                 .arg(workload.options.days)
                 .arg(workload.options.seed);
    m_out.flush();
    qint64 generatedMs = -1;
    const Result<QString> path = workload.ensure(m_config.cacheDir, generatedMs);
    if (!path)
        return path.error();
    if (generatedMs >= 0) {
        Row row;
        row.workload = workload.name;
        row.name = QStringLiteral("generate (dutydesk-cli generate)");
        row.note = QStringLiteral("one run; cached afterwards");
        addRow(row, {double(generatedMs)});
    } else {
        m_notes << QStringLiteral("%1: the generated database came from the cache (%2).")
                       .arg(workload.name, path.value());
    }
    m_notes << QStringLiteral("%1 database: %2 MB.")
                   .arg(workload.name)
                   .arg(double(QFileInfo(path.value()).size()) / 1e6, 0, 'f', 1);

    // Everything runs on a private copy: the cache stays as generated.
    QTemporaryDir work;
    if (!work.isValid())
        return Error(Error::Code::Io, QStringLiteral("no temporary folder"));
    const QString copy = work.filePath(QStringLiteral("work.db"));
    if (const Status s = copyFile(path.value(), copy); !s)
        return s;
    Id periodId = NoId;
    {
        Database db;
        if (const Status s = db.open(copy, Database::OpenMode::MustExist); !s)
            return s;
        const Result<Id> id = firstPeriod(db);
        if (!id)
            return id.error();
        periodId = id.value();
    }
    if (const Status s = runCommon(workload, copy, periodId); !s)
        return s;
    if (workload.name == QLatin1String("province")) {
        if (const Status s = runProvinceOnly(copy, periodId); !s)
            return s;
    } else {
        if (const Status s = runNationalOnly(copy, periodId, work.path()); !s)
            return s;
    }
    return {};
}

void BenchRunner::printMachine()
{
    m_out << QStringLiteral("Machine: %1 × %2, %3 RAM, %4; Qt %5\n")
                 .arg(QString::number(QThread::idealThreadCount()),
                      procValue(QStringLiteral("/proc/cpuinfo"), QStringLiteral("model name")),
                      procValue(QStringLiteral("/proc/meminfo"), QStringLiteral("MemTotal")),
                      QSysInfo::prettyProductName(), QString::fromLatin1(qVersion()));
    m_out.flush();
}

void BenchRunner::printTable()
{
    m_out << QStringLiteral("\n| workload | case | runs | median | p95 | budget | p95 / budget | "
                            "notes |\n|---|---|---:|---:|---:|---:|---:|---|\n");
    for (const Row &row : std::as_const(m_rows)) {
        const auto value = [&row](double v) {
            return QStringLiteral("%1 %2").arg(QString::number(v, 'f', v < 10 ? 2 : 0), row.unit);
        };
        const bool done = row.runs > 0;
        const QString budget
            = row.budget > 0 ? QStringLiteral("≤ ") + value(row.budget) : QStringLiteral("—");
        QString ratio = QStringLiteral("—");
        if (done && row.budget > 0) {
            const double r = row.p95 / row.budget;
            ratio = QString::number(r, 'f', 2)
                + (r <= 1.0 ? QStringLiteral(" ✓") : QStringLiteral(" ✗ missed"));
        }
        m_out << QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 | %8 |\n")
                     .arg(row.workload, row.name,
                          done ? QString::number(row.runs) : QStringLiteral("skipped"),
                          done ? value(row.median) : QStringLiteral("—"),
                          done ? value(row.p95) : QStringLiteral("—"), budget, ratio, row.note);
    }
    for (const QString &note : std::as_const(m_notes))
        m_out << QStringLiteral("- ") << note << '\n';
    m_out.flush();
}

int BenchRunner::run()
{
    printMachine();
    QList<Workload> workloads;
    if (m_config.province)
        workloads << Workload::province(m_config.seed);
    if (m_config.national)
        workloads << Workload::national(m_config.seed);
    for (const Workload &workload : std::as_const(workloads)) {
        if (const Status s = runWorkload(workload); !s) {
            QTextStream(stderr) << "dutydesk-bench: " << s.message() << '\n';
            return 1;
        }
    }

    printTable();
    return 0;
}

int BenchRunner::rssProbe(const QString &path)
{
    Database db;
    if (const Status s = db.open(path, Database::OpenMode::MustExist); !s) {
        QTextStream(stderr) << s.message() << '\n';
        return 1;
    }
    SearchIndex index(db);
    if (const Status s = index.rebuild(); !s) {
        QTextStream(stderr) << s.message() << '\n';
        return 1;
    }
    const int hits = int(index.search(QStringLiteral("nguyen van")).size());
    const Result<QList<Unit>> units = DirectoryStore(db).units();
    if (!units) {
        QTextStream(stderr) << units.message() << '\n';
        return 1;
    }
    const QString hwm = procValue(QStringLiteral("/proc/self/status"), QStringLiteral("VmHWM"));
    QTextStream(stdout) << "VmHWM " << hwm.section(QLatin1Char(' '), 0, 0) << ' ' << hits << ' '
                        << units->size() << '\n';
    return 0;
}

} // namespace DutyDesk
