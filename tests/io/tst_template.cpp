#include "CellParser.h"
#include "DirectoryStore.h"
#include "DocumentTexts.h"
#include "Exporter.h"
#include "ImportMapping.h"
#include "Importer.h"
#include "IoFixture.h"
#include "TemplateExport.h"
#include "XlsxReader.h"
#include "ZipEntry.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <zip.h>

using namespace DutyDesk;
using IoTest::u8;
using IoTest::zipEntry;

namespace {

/// Types `cells` (reference → text) into a copy of the workbook the way a
/// spreadsheet program saves what was typed: the worksheet's XML gets the
/// values, everything else (styles, drop-downs, merged cells, the other
/// sheets) stays as it was.
bool typeInto(const QString &from, const QString &to, const QString &part,
              const QList<QPair<QString, QString>> &cells)
{
    QFile::remove(to);
    if (!QFile::copy(from, to))
        return false;
    QFile::setPermissions(to, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QString xml = QString::fromUtf8(zipEntry(to, part));
    if (xml.isEmpty())
        return false;
    for (const auto &[ref, text] : cells) {
        // <c r="E9" s="7"/> or <c r="E9" s="7" t="s"><v>3</v></c>
        const QRegularExpression cell(QStringLiteral("<c r=\"%1\"([^>]*?)(/>|>.*?</c>)").arg(ref));
        const QRegularExpressionMatch m = cell.match(xml);
        if (!m.hasMatch())
            return false;
        QString attributes = m.captured(1);
        attributes.remove(QRegularExpression(QStringLiteral(" t=\"[^\"]*\"")));
        xml.replace(m.capturedStart(), m.capturedLength(),
                    QStringLiteral("<c r=\"%1\"%2 t=\"inlineStr\"><is><t>%3</t></is></c>")
                        .arg(ref, attributes, text.toHtmlEscaped()));
    }
    int error = 0;
    zip_t *zip = zip_open(QFile::encodeName(to).constData(), 0, &error);
    if (!zip)
        return false;
    const QByteArray data = xml.toUtf8();
    void *copy = malloc(size_t(data.size()));
    memcpy(copy, data.constData(), size_t(data.size()));
    zip_source_t *source = zip_source_buffer(zip, copy, zip_uint64_t(data.size()), 1);
    const QByteArray name = part.toUtf8();
    if (!source
        || zip_file_replace(zip, zip_name_locate(zip, name.constData(), 0), source, 0) < 0) {
        zip_discard(zip);
        return false;
    }
    return zip_close(zip) == 0;
}

/// "E9": a cell of the table (0-based table row and column).
QString cellRef(int sheetRow, int column)
{
    return ImportTable::columnLetter(column) + QString::number(sheetRow);
}

/// The sheet row (1-based, as in the file) of a day × shift of the table.
constexpr int FirstDataRow = 9;

} // namespace

/// The roster template of a unit: its layout, its drop-downs and the hidden
/// identity, read back with the project's own XlsxReader and as raw XML; the
/// filled file imported back through the Importer and `dutydesk-cli` with no
/// period, unit or mapping given.
class TestTemplate : public QObject
{
    Q_OBJECT

private:
    IoTest::SampleFixture m_fx;
    QList<Shift> m_shifts;
    QList<DutyRole> m_roles;
    DutyPeriod m_period;
    Id m_emptySchool = NoId; ///< nothing filled in the sample (both databases)
    QList<Person> m_emptySchoolPeople;

    Result<ExportReport> exportTemplate(Id unitId, const QString &path)
    {
        ExportRequest request;
        request.kind = ExportKind::Template;
        request.format = ExportFormat::Xlsx;
        request.periodId = m_fx.periodId;
        request.unitId = unitId;
        request.outputPath = path;
        return Exporter(m_fx.db).run(request);
    }

    /// A school of the sample with no slot filled in the period and at
    /// least three people with a number, none of them away on the first days.
    Id emptySchool(QList<Person> *available)
    {
        DirectoryStore directory(m_fx.db);
        PeriodStore periods(m_fx.db);
        const QList<Unit> units = directory.units().value();
        for (const Unit &u : units) {
            if (u.kind != UnitKind::School || !u.active || u.id == m_fx.unitId)
                continue;
            if (!periods.assignments(m_fx.periodId, u.id)->isEmpty())
                continue;
            QList<Person> people;
            const QList<Person> all = directory.people(u.id).value();
            for (const Person &p : all) {
                if (!p.active || p.unitId != u.id || p.phones.isEmpty())
                    continue;
                bool away = false;
                for (int d = 0; d < 2; ++d)
                    away
                        |= !periods.unavailabilityOn(p.id, m_period.firstDay.addDays(d))->isEmpty();
                if (!away)
                    people << p;
            }
            if (people.size() >= 3) {
                *available = people;
                return u.id;
            }
        }
        return NoId;
    }

    int requiredColumns(UnitKind kind) const
    {
        int columns = 0;
        for (const DutyRole &role : m_roles) {
            for (const RoleRequirement &r : role.requirements) {
                if (r.unitKind == kind)
                    columns += r.count;
            }
        }
        return columns;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_fx.setUp());
        PeriodStore periods(m_fx.db);
        m_period = periods.period(m_fx.periodId).value();
        m_shifts = periods.shifts(m_fx.periodId).value();
        m_roles = periods.roles(m_fx.periodId).value();
        QVERIFY(m_shifts.size() >= 2);
        QVERIFY(m_roles.size() >= 3);
        m_emptySchool = emptySchool(&m_emptySchoolPeople);
        QVERIFY2(m_emptySchool != NoId, "the sample has no empty school with three people");
    }

    void layoutHasDaysShiftsAndRoles()
    {
        const QString path = m_fx.path(QStringLiteral("layout.xlsx"));
        OK_VALUE(report, exportTemplate(m_fx.unitId, path));
        const int days = int(m_period.firstDay.daysTo(m_period.lastDay)) + 1;
        QCOMPARE(report.records, days * int(m_shifts.size()));

        // Three sheets to see and the identity hidden.
        OK_VALUE(sheets, XlsxReader::sheets(path));
        QCOMPARE(sheets.size(), 4);
        QCOMPARE(sheets.at(0).name, u8("Lịch trực"));
        QCOMPARE(sheets.at(1).name, u8("Danh sách"));
        QCOMPARE(sheets.at(2).name, u8("Hướng dẫn"));
        QCOMPARE(sheets.at(3).name, TemplateExport::identitySheetName());
        QVERIFY(!sheets.at(0).hidden && !sheets.at(1).hidden && !sheets.at(2).hidden);
        QVERIFY(sheets.at(3).hidden);

        // The title rows, then the header the importer recognises by itself.
        OK_VALUE(table, XlsxReader::read(path));
        QCOMPARE(table.sheet, u8("Lịch trực"));
        const Unit unit = DirectoryStore(m_fx.db).unit(m_fx.unitId).value();
        QString titles;
        for (int r = 0; r < 5; ++r)
            titles += table.rows.at(r).cells.join(u'|') + u'\n';
        QVERIFY2(titles.contains(u8("LỊCH TRỰC NGHỈ LỄ 30/4 – 01/5/2023")), qPrintable(titles));
        QVERIFY2(titles.contains(u8("Đơn vị: ") + unit.name), qPrintable(titles));
        QVERIFY2(titles.contains(u8("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")), qPrintable(titles));
        QVERIFY2(titles.contains(u8("Từ ngày 29/04/2023 đến ngày 03/05/2023")), qPrintable(titles));

        QStringList roleNames;
        for (const DutyRole &role : m_roles)
            roleNames << role.name;
        OK_VALUE(mapping, ImportMapping::recognise(table, ImportKind::Roster, {}));
        const QStringList header = table.rows.at(mapping.headerRow).cells;
        QCOMPARE(table.rows.at(mapping.headerRow).number, FirstDataRow - 1);
        QCOMPARE(header.mid(0, 4),
                 (QStringList {u8("Ngày"), u8("Thứ"), u8("Ca"), u8("Khung giờ")}));
        QCOMPARE(header.last(), u8("Ghi chú"));
        // A school puts one person in each of the sample's roles.
        QCOMPARE(int(header.size()) - 5, requiredColumns(unit.kind));
        QCOMPARE(header.mid(4, m_roles.size()), roleNames);
        OK_VALUE(withRoles, ImportMapping::recognise(table, ImportKind::Roster, roleNames));
        QCOMPARE(withRoles.roleColumns().size(), m_roles.size());
        QCOMPARE(withRoles.column(ImportMapping::Field::Date), 0);
        QCOMPARE(withRoles.column(ImportMapping::Field::Weekday), 1);
        QCOMPARE(withRoles.column(ImportMapping::Field::Shift), 2);

        // One row per day × shift, dates and weekdays filled in (merged over
        // the shifts of a day), shifts by name with their hours.
        const QList<ImportRow> rows = table.rows.mid(mapping.headerRow + 1);
        QCOMPARE(rows.size(), days * m_shifts.size());
        for (int i = 0; i < rows.size(); ++i) {
            const QDate day = m_period.firstDay.addDays(i / m_shifts.size());
            const Shift &shift = m_shifts.at(i % m_shifts.size());
            const QStringList &cells = rows.at(i).cells;
            QCOMPARE(rows.at(i).number, FirstDataRow + i);
            QCOMPARE(cells.at(0), day.toString(QStringLiteral("dd/MM/yyyy")));
            QCOMPARE(cells.at(1), DocumentTexts::weekday(day));
            QCOMPARE(cells.at(2), shift.name);
            QCOMPARE(CellParser::shiftIndex(cells.at(2), m_shifts), i % m_shifts.size());
            QCOMPARE(cells.at(3),
                     shift.start.toString(QStringLiteral("HH:mm")) + u8("–")
                         + shift.end.toString(QStringLiteral("HH:mm")));
        }

        // Instructions in Vietnamese: one person per cell, the phone format, send it back.
        OK_VALUE(help, XlsxReader::read(path, u8("Hướng dẫn")));
        QString text;
        for (const ImportRow &row : help.rows)
            text += row.cells.join(u' ') + u'\n';
        QVERIFY(text.contains(u8("HƯỚNG DẪN ĐIỀN MẪU LỊCH TRỰC")));
        QVERIFY(text.contains(u8("ghi MỘT người")));
        QVERIFY(text.contains(u8("Họ và tên - số điện thoại di động")));
        QVERIFY(text.contains(u8("10 chữ số")));
        QVERIFY(text.contains(u8("gửi lại")));

        // Locked table with the input cells open, frozen panes, printed A4 landscape.
        const QString sheet
            = QString::fromUtf8(zipEntry(path, QStringLiteral("xl/worksheets/sheet1.xml")));
        QVERIFY(sheet.contains(QStringLiteral("<sheetProtection")));
        QVERIFY(sheet.contains(QStringLiteral("<pane xSplit=\"4\" ySplit=\"8\"")));
        QVERIFY(sheet.contains(QStringLiteral("paperSize=\"9\"")));
        QVERIFY(sheet.contains(QStringLiteral("orientation=\"landscape\"")));
        QVERIFY(sheet.contains(
            QStringLiteral("<mergeCell ref=\"A9:A%1\"/>").arg(FirstDataRow + m_shifts.size() - 1)));
        const QString styles = QString::fromUtf8(zipEntry(path, QStringLiteral("xl/styles.xml")));
        QVERIFY(styles.contains(QStringLiteral("<protection locked=\"0\"/>")));

        // The audit log records the export.
        QVERIFY(m_fx.exportAudits().last().contains(QStringLiteral("\"kind\":\"template\"")));
    }

    void dropDownsOfferTheUnitsPeople()
    {
        const QString path = m_fx.path(QStringLiteral("dropdowns.xlsx"));
        QVERIFY_OK(exportTemplate(m_fx.unitId, path));

        QList<Person> people;
        const QList<Person> all = DirectoryStore(m_fx.db).people(m_fx.unitId).value();
        for (const Person &p : all) {
            if (p.active && p.unitId == m_fx.unitId)
                people << p;
        }
        QVERIFY(people.size() >= 3);

        // The list: one row per person, the choice reading back as that person.
        OK_VALUE(list, XlsxReader::read(path, u8("Danh sách")));
        QCOMPARE(list.rows.size(), people.size() + 1);
        QCOMPARE(list.rows.first().cells.at(2), u8("Họ và tên"));
        QSet<Id> seen;
        for (const ImportRow &row : list.rows.mid(1)) {
            const QString choice = row.cells.at(1);
            const CellParser::People parsed = CellParser::people(choice);
            QVERIFY2(parsed.problems.isEmpty(), qPrintable(choice));
            QCOMPARE(parsed.people.size(), 1);
            const auto person = std::find_if(people.cbegin(), people.cend(), [&](const Person &p) {
                return p.fullName == parsed.people.first().name;
            });
            QVERIFY2(person != people.cend(), qPrintable(choice));
            QCOMPARE(choice, TemplateExport::choiceText(*person));
            if (!person->phones.isEmpty())
                QCOMPARE(parsed.people.first().phone, person->phones.first().e164);
            seen.insert(person->id);
        }
        QCOMPARE(seen.size(), people.size());

        // The role cells of every row take their values from that list.
        const QString sheet
            = QString::fromUtf8(zipEntry(path, QStringLiteral("xl/worksheets/sheet1.xml")));
        const int days = int(m_period.firstDay.daysTo(m_period.lastDay)) + 1;
        const int lastRow = FirstDataRow + days * int(m_shifts.size()) - 1;
        const QString lastRole = ImportTable::columnLetter(4 + int(m_roles.size()) - 1);
        QVERIFY2(sheet.contains(QStringLiteral("<dataValidation type=\"list\"")),
                 qPrintable(sheet.right(3000)));
        QVERIFY(sheet.contains(QStringLiteral("errorStyle=\"warning\"")));
        QVERIFY2(
            sheet.contains(
                QStringLiteral("sqref=\"E%1:%2%3\"").arg(FirstDataRow).arg(lastRole).arg(lastRow)),
            qPrintable(sheet.right(3000)));
        QVERIFY2(sheet.contains(
                     u8("<formula1>'Danh sách'!$B$2:$B$%1</formula1>").arg(people.size() + 1)),
                 qPrintable(sheet.right(3000)));
    }

    void filledSlotsArePrefilled()
    {
        const QString path = m_fx.path(QStringLiteral("prefilled.xlsx"));
        QVERIFY_OK(exportTemplate(m_fx.unitId, path));
        OK_VALUE(assignments, PeriodStore(m_fx.db).assignments(m_fx.periodId, m_fx.unitId));
        QVERIFY(!assignments.isEmpty());
        OK_VALUE(table, XlsxReader::read(path));
        OK_VALUE(mapping, ImportMapping::recognise(table, ImportKind::Roster, {}));
        int checked = 0;
        for (const Assignment &a : assignments) {
            if (a.personId == NoId)
                continue;
            const int line = int(m_period.firstDay.daysTo(a.day)) * int(m_shifts.size())
                + int(std::find_if(m_shifts.cbegin(), m_shifts.cend(),
                                   [&](const Shift &s) { return s.id == a.shiftId; })
                      - m_shifts.cbegin());
            const int role = int(std::find_if(m_roles.cbegin(), m_roles.cend(),
                                              [&](const DutyRole &r) { return r.id == a.roleId; })
                                 - m_roles.cbegin());
            const Person person = DirectoryStore(m_fx.db).person(a.personId).value();
            const QStringList &cells = table.rows.at(mapping.headerRow + 1 + line).cells;
            QCOMPARE(cells.value(4 + role), TemplateExport::choiceText(person));
            ++checked;
        }
        QVERIFY(checked > 0);

        // Sent back untouched, it changes nothing.
        ImportRequest request;
        request.kind = ImportKind::Roster;
        request.path = path;
        OK_VALUE(report, Importer(m_fx.db).run(request));
        QCOMPARE(report.toAdd, 0);
        QCOMPARE(report.toChange, 0);
        QCOMPARE(report.unchanged, checked);

        // The Department's duty is held by people of its offices: sent back
        // untouched, its template finds them again rather than adding copies.
        const QList<Unit> units = DirectoryStore(m_fx.db).units().value();
        const auto department = std::find_if(units.cbegin(), units.cend(), [](const Unit &u) {
            return u.kind == UnitKind::Department;
        });
        QVERIFY(department != units.cend());
        OK_VALUE(held, PeriodStore(m_fx.db).assignments(m_fx.periodId, department->id));
        QVERIFY(!held.isEmpty());
        const QString departmentPath = m_fx.path(QStringLiteral("department.xlsx"));
        QVERIFY_OK(exportTemplate(department->id, departmentPath));
        request.path = departmentPath;
        OK_VALUE(again, Importer(m_fx.db).run(request));
        QVERIFY2(again.errorCount() == 0, qPrintable(again.summary()));
        QCOMPARE(again.toAdd, 0);
        QCOMPARE(again.toChange, 0);
        QCOMPARE(again.unchanged, held.size());
    }

    void filledTemplateImportsBack()
    {
        const Id unitId = m_emptySchool;
        const QList<Person> &people = m_emptySchoolPeople;
        const QString blank = m_fx.path(QStringLiteral("blank.xlsx"));
        QVERIFY_OK(exportTemplate(unitId, blank));

        // Day 1, first shift: two people picked from the drop-down. Day 2,
        // first shift: one typed by hand with a title and dotted number, one
        // from outside the list with a new number.
        const int day2 = FirstDataRow + int(m_shifts.size());
        const QString typed = u8("Đ/c ") + people.at(2).fullName + QStringLiteral(" - 0")
            + people.at(2).phones.first().e164.mid(3, 3) + u'.'
            + people.at(2).phones.first().e164.mid(6, 3) + u'.'
            + people.at(2).phones.first().e164.mid(9);
        const QString filled = m_fx.path(QStringLiteral("filled.xlsx"));
        QVERIFY(typeInto(blank, filled, QStringLiteral("xl/worksheets/sheet1.xml"),
                         {{cellRef(FirstDataRow, 4), TemplateExport::choiceText(people.at(0))},
                          {cellRef(FirstDataRow, 5), TemplateExport::choiceText(people.at(1))},
                          {cellRef(day2, 4), typed},
                          {cellRef(day2, 5), u8("Nguyễn Thị Mới - 0389 123 457")}}));

        // A dry run: no period, no unit, no mapping given; nothing changes.
        ImportRequest request;
        request.kind = ImportKind::Roster;
        request.path = filled;
        OK_VALUE(dry, Importer(m_fx.db).run(request));
        QVERIFY2(dry.errorCount() == 0, qPrintable(dry.summary()));
        QCOMPARE(dry.sheet, u8("Lịch trực"));
        QCOMPARE(dry.toAdd, 4);
        QVERIFY(!dry.applied);
        QVERIFY(PeriodStore(m_fx.db).assignments(m_fx.periodId, unitId)->isEmpty());

        request.dryRun = false;
        OK_VALUE(applied, Importer(m_fx.db).run(request));
        QVERIFY2(applied.applied, qPrintable(applied.summary()));
        OK_VALUE(assignments, PeriodStore(m_fx.db).assignments(m_fx.periodId, unitId));
        QCOMPARE(assignments.size(), 4);
        auto holder = [&](const QDate &day, int role) -> Id {
            for (const Assignment &a : assignments) {
                if (a.day == day && a.shiftId == m_shifts.first().id
                    && a.roleId == m_roles.at(role).id)
                    return a.personId;
            }
            return NoId;
        };
        const QDate first = m_period.firstDay;
        QCOMPARE(holder(first, 0), people.at(0).id);
        QCOMPARE(holder(first, 1), people.at(1).id);
        QCOMPARE(holder(first.addDays(1), 0), people.at(2).id);
        const Id added = holder(first.addDays(1), 1);
        QVERIFY(added != NoId);
        OK_VALUE(newcomer, DirectoryStore(m_fx.db).person(added));
        QCOMPARE(newcomer.fullName, u8("Nguyễn Thị Mới"));
        QCOMPARE(newcomer.unitId, unitId);
        QCOMPARE(newcomer.phones.first().e164, QStringLiteral("+84389123457"));

        // The next template of that unit shows them, and the newcomer in the list.
        const QString again = m_fx.path(QStringLiteral("again.xlsx"));
        QVERIFY_OK(exportTemplate(unitId, again));
        OK_VALUE(table, XlsxReader::read(again));
        OK_VALUE(mapping, ImportMapping::recognise(table, ImportKind::Roster, {}));
        QCOMPARE(table.rows.at(mapping.headerRow + 1).cells.at(4),
                 TemplateExport::choiceText(people.at(0)));
        QCOMPARE(table.rows.at(mapping.headerRow + 1 + m_shifts.size()).cells.at(5),
                 u8("Nguyễn Thị Mới - 0389 123 457"));
    }

    void twoPlacesForARole()
    {
        // Schools now put two officers on duty: two columns, one person each.
        PeriodStore periods(m_fx.db);
        DutyRole officer = m_roles.at(1);
        const DutyRole saved = officer;
        for (RoleRequirement &r : officer.requirements) {
            if (r.unitKind == UnitKind::School)
                r.count = 2;
        }
        QVERIFY_OK(periods.updateRole(officer));
        const QString blank = m_fx.path(QStringLiteral("two.xlsx"));
        QVERIFY_OK(exportTemplate(m_emptySchool, blank));
        OK_VALUE(table, XlsxReader::read(blank));
        OK_VALUE(mapping, ImportMapping::recognise(table, ImportKind::Roster, {}));
        const QStringList header = table.rows.at(mapping.headerRow).cells;
        QCOMPARE(header.mid(4, 3),
                 (QStringList {m_roles.at(0).name, officer.name + u8(" (1)"),
                               officer.name + u8(" (2)")}));

        // Day 3, first shift: both officer places filled.
        const int day3 = FirstDataRow + 2 * int(m_shifts.size());
        const QString filled = m_fx.path(QStringLiteral("two-filled.xlsx"));
        QVERIFY(
            typeInto(blank, filled, QStringLiteral("xl/worksheets/sheet1.xml"),
                     {{cellRef(day3, 5), TemplateExport::choiceText(m_emptySchoolPeople.at(0))},
                      {cellRef(day3, 6), TemplateExport::choiceText(m_emptySchoolPeople.at(1))}}));
        ImportRequest request;
        request.kind = ImportKind::Roster;
        request.path = filled;
        request.dryRun = false;
        OK_VALUE(report, Importer(m_fx.db).run(request));
        QVERIFY2(report.applied && report.errorCount() == 0, qPrintable(report.summary()));
        QCOMPARE(report.toAdd, 2);
        OK_VALUE(slot,
                 periods.assignmentsAt(m_emptySchool, m_period.firstDay.addDays(2),
                                       m_shifts.first().id));
        QSet<Id> officers;
        for (const Assignment &a : slot) {
            if (a.roleId == officer.id)
                officers.insert(a.personId);
        }
        QCOMPARE(officers, (QSet<Id> {m_emptySchoolPeople.at(0).id, m_emptySchoolPeople.at(1).id}));

        DutyRole restore = saved;
        QVERIFY_OK(periods.updateRole(restore));
    }

    void templateOfAnotherDatabaseIsRefused()
    {
        const QString path = m_fx.path(QStringLiteral("other.xlsx"));
        QVERIFY_OK(exportTemplate(m_fx.unitId, path));
        const std::optional<TemplateIdentity> found = TemplateExport::identity(path);
        QVERIFY(found);
        const TemplateIdentity identity = *found;
        QCOMPARE(identity.periodId, m_fx.periodId);
        QCOMPARE(identity.unitId, m_fx.unitId);
        QCOMPARE(identity.periodTitle, u8(SampleData::PeriodTitle));
        QCOMPARE(identity.unitName, u8(SampleData::QuerySchoolName));

        // Its period renamed and renumbered: nothing here to import it into.
        const QString other = m_fx.path(QStringLiteral("other-period.xlsx"));
        QVERIFY(typeInto(path, other, QStringLiteral("xl/worksheets/sheet4.xml"),
                         {{QStringLiteral("B3"), QStringLiteral("99999")},
                          {QStringLiteral("B4"), u8("Tết Nguyên đán 2099")}}));
        ImportRequest request;
        request.kind = ImportKind::Roster;
        request.path = other;
        const Result<ImportReport> refused = Importer(m_fx.db).run(request);
        QVERIFY(!refused);
        QVERIFY2(refused.message().contains(u8("“Tết Nguyên đán 2099”")),
                 qPrintable(refused.message()));

        // The period given by hand wins; the unit still comes from the file.
        request.periodId = m_fx.periodId;
        OK_VALUE(report, Importer(m_fx.db).run(request));
        QVERIFY2(report.errorCount() == 0, qPrintable(report.summary()));
        QVERIFY(report.unchanged > 0);

        // A file that is no template is left alone.
        QVERIFY(!TemplateExport::identity(m_fx.path(QStringLiteral("nothing.xlsx"))));
        ImportRequest plain;
        plain.kind = ImportKind::Roster;
        plain.path = path;
        plain.periodId = m_fx.periodId;
        plain.unitId = m_fx.unitId;
        OK_VALUE(same, TemplateExport::completed(m_fx.db, plain));
        QCOMPARE(same.periodId, m_fx.periodId);
    }

    void exportNeedsAUnit()
    {
        ExportRequest request;
        request.kind = ExportKind::Template;
        request.format = ExportFormat::Xlsx;
        request.periodId = m_fx.periodId;
        request.outputPath = m_fx.path(QStringLiteral("nounit.xlsx"));
        const Result<ExportReport> refused = Exporter(m_fx.db).run(request);
        QVERIFY(!refused);
        QVERIFY(!QFileInfo::exists(request.outputPath));
        QVERIFY(!Exporter::supports(ExportKind::Template, ExportFormat::Pdf));
        QCOMPARE(Exporter::kindFromKey(QStringLiteral("template")), ExportKind::Template);
        QCOMPARE(
            TemplateExport::fileName(u8("Trường THPT Thái Phiên"), u8("Nghỉ lễ 30/4 – 01/5/2023")),
            u8("Mẫu lịch trực - Trường THPT Thái Phiên - Nghỉ lễ 30-4 – 01-5-2023.xlsx"));
    }

    void cliRoundTrip()
    {
        // dutydesk-cli on a database of its own, as a script would run it.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString db = dir.filePath(QStringLiteral("cli.db"));
        auto cli
            = [&](const QStringList &arguments, QString *out = nullptr, QString *err = nullptr) {
                  QProcess process;
                  QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
                  env.insert(QStringLiteral("DUTYDESK_LANG"), QStringLiteral("en"));
                  process.setProcessEnvironment(env);
                  process.setWorkingDirectory(dir.path());
                  process.start(QStringLiteral(DUTYDESK_CLI_PATH),
                                QStringList {QStringLiteral("--database"), db} + arguments);
                  if (!process.waitForFinished(240000))
                      return -1;
                  if (out)
                      *out = QString::fromUtf8(process.readAllStandardOutput());
                  if (err)
                      *err = QString::fromUtf8(process.readAllStandardError());
                  return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
              };
        QCOMPARE(cli({QStringLiteral("init"), QStringLiteral("--sample")}), 0);

        // Without -o the file is named after the unit and the period.
        QString out, err;
        QCOMPARE(cli({QStringLiteral("export"), QStringLiteral("template"),
                      QStringLiteral("--period"), QStringLiteral("nghi le 30/4"),
                      QStringLiteral("--unit"), QStringLiteral("thai phien")},
                     &out, &err),
                 0);
        const QString named = dir.filePath(
            TemplateExport::fileName(u8(SampleData::QuerySchoolName), u8(SampleData::PeriodTitle)));
        QVERIFY2(QFileInfo::exists(named), qPrintable(out + err));

        // A unit is required; -o names the file.
        QCOMPARE(cli({QStringLiteral("export"), QStringLiteral("template"),
                      QStringLiteral("--period"), QStringLiteral("nghi le 30/4")},
                     &out, &err),
                 2);
        QVERIFY2(err.contains(QStringLiteral("--unit")), qPrintable(err));
        // A school with nothing filled in yet (the sample is the same in both
        // databases): its first shift filled with people picked from the list.
        const Id unitId = m_emptySchool;
        const QList<Person> &people = m_emptySchoolPeople;
        const QString unitName = DirectoryStore(m_fx.db).unit(unitId)->name;
        const QString blank = dir.filePath(QStringLiteral("blank.xlsx"));
        QCOMPARE(cli({QStringLiteral("export"), QStringLiteral("template"),
                      QStringLiteral("--period"), QStringLiteral("nghi le 30/4"),
                      QStringLiteral("--unit"), unitName, QStringLiteral("-o"), blank},
                     &out, &err),
                 0);
        QVERIFY2(out.contains(QStringLiteral("blank.xlsx")), qPrintable(out + err));
        OK_VALUE(list, XlsxReader::read(blank, u8("Danh sách")));
        QStringList choices;
        for (const ImportRow &row : list.rows.mid(1))
            choices << row.cells.at(1);
        QList<QPair<QString, QString>> typed;
        for (int c = 0; c < 3; ++c) {
            const QString choice = TemplateExport::choiceText(people.at(c));
            QVERIFY2(choices.contains(choice), qPrintable(choice));
            typed.append({cellRef(FirstDataRow, 4 + c), choice});
        }
        const QString filled = dir.filePath(QStringLiteral("filled.xlsx"));
        QVERIFY(typeInto(blank, filled, QStringLiteral("xl/worksheets/sheet1.xml"), typed));

        QCOMPARE(cli({QStringLiteral("--json"), QStringLiteral("import"), QStringLiteral("roster"),
                      filled, QStringLiteral("--dry-run")},
                     &out, &err),
                 0);
        const QJsonObject dry = QJsonDocument::fromJson(out.toUtf8()).object();
        QVERIFY2(!dry.isEmpty(), qPrintable(out + err));
        QCOMPARE(dry.value(QStringLiteral("applied")).toBool(), false);
        QCOMPARE(dry.value(QStringLiteral("toAdd")).toInt(), 3);
        const int code
            = cli({QStringLiteral("import"), QStringLiteral("roster"), filled}, &out, &err);
        QVERIFY2(code == 0, qPrintable(out + err));

        // Exported again, the slots hold who was chosen.
        const QString after = dir.filePath(QStringLiteral("after.xlsx"));
        QCOMPARE(cli({QStringLiteral("export"), QStringLiteral("template"),
                      QStringLiteral("--period"), QStringLiteral("nghi le 30/4"),
                      QStringLiteral("--unit"), unitName, QStringLiteral("--output"), after}),
                 0);
        OK_VALUE(again, XlsxReader::read(after));
        for (const auto &[ref, text] : typed) {
            const int row = QStringView(ref).mid(1).toInt();
            const int column = ref.at(0).unicode() - u'A';
            const auto line = std::find_if(again.rows.cbegin(), again.rows.cend(),
                                           [&](const ImportRow &r) { return r.number == row; });
            QVERIFY(line != again.rows.cend());
            QCOMPARE(line->cells.value(column), text);
        }

        // A roster file that is no template still needs its period.
        const QString csv = dir.filePath(QStringLiteral("plain.csv"));
        QFile plain(csv);
        QVERIFY(plain.open(QIODevice::WriteOnly));
        plain.write("Ngày,Ca,Lãnh đạo trực\n29/4/2023,Ca ngày,Nguyễn Văn An\n");
        plain.close();
        QCOMPARE(cli({QStringLiteral("import"), QStringLiteral("roster"), csv}, &out, &err), 2);
        QVERIFY2(err.contains(QStringLiteral("--period")), qPrintable(err));
    }

    void libreOfficeOpensIt()
    {
        const QString office = QStandardPaths::findExecutable(QStringLiteral("soffice"));
        if (office.isEmpty())
            QSKIP(
                "LibreOffice is not installed: the template cannot be opened by an office suite.");
        const QString path = m_fx.path(QStringLiteral("office.xlsx"));
        QVERIFY_OK(exportTemplate(m_fx.unitId, path));
        QTemporaryDir profile;
        const QString outDir = m_fx.path(QStringLiteral("office"));
        QDir().mkpath(outDir);
        QProcess process;
        process.start(office,
                      {QStringLiteral("-env:UserInstallation=file://") + profile.path(),
                       QStringLiteral("--headless"), QStringLiteral("--convert-to"),
                       QStringLiteral("csv:Text - txt - csv (StarCalc):44,34,76"),
                       QStringLiteral("--outdir"), outDir, path});
        QVERIFY(process.waitForFinished(180000));
        QFile csv(QDir(outDir).filePath(QStringLiteral("office.csv")));
        QVERIFY2(csv.open(QIODevice::ReadOnly),
                 qPrintable(QString::fromUtf8(process.readAllStandardError())));
        const QString text = QString::fromUtf8(csv.readAll());
        QVERIFY2(text.contains(u8("LỊCH TRỰC NGHỈ LỄ 30/4 – 01/5/2023")),
                 qPrintable(text.left(500)));
        QVERIFY(text.contains(u8("Ngày,Thứ,Ca,Khung giờ,") + m_roles.first().name));
        QVERIFY(text.contains(QStringLiteral("29/04/2023")));

        // Saved again by the office suite (its own XML, shared strings, the
        // hidden sheet kept), the file still imports with nothing to ask.
        const QString resaved = m_fx.path(QStringLiteral("resaved"));
        QDir().mkpath(resaved);
        process.start(office,
                      {QStringLiteral("-env:UserInstallation=file://") + profile.path(),
                       QStringLiteral("--headless"), QStringLiteral("--convert-to"),
                       QStringLiteral("xlsx"), QStringLiteral("--outdir"), resaved, path});
        QVERIFY(process.waitForFinished(180000));
        const QString copy = QDir(resaved).filePath(QStringLiteral("office.xlsx"));
        QVERIFY(QFileInfo::exists(copy));
        QVERIFY(
            zipEntry(copy, QStringLiteral("xl/worksheets/sheet1.xml")).contains("<dataValidation"));
        ImportRequest request;
        request.kind = ImportKind::Roster;
        request.path = copy;
        OK_VALUE(report, Importer(m_fx.db).run(request));
        QVERIFY2(report.errorCount() == 0, qPrintable(report.summary()));
        QCOMPARE(report.toAdd, 0);
        QCOMPARE(report.toChange, 0);
        OK_VALUE(held, PeriodStore(m_fx.db).assignments(m_fx.periodId, m_fx.unitId));
        QCOMPARE(report.unchanged, held.size());
    }
};

QTEST_MAIN(TestTemplate)
#include "tst_template.moc"
