#include "SpreadsheetExport.h"

#include "CellText.h"
#include "DirectoryStore.h"
#include "DocumentTexts.h"
#include "PhoneNumber.h"
#include "SettingsStore.h"
#include "VietnameseText.h"
#include "XlsxStreamWriter.h"

#include <QDir>
#include <QIODevice>

#include <algorithm>
#include <memory>
#include <xlsxwriter.h>

namespace DutyDesk {

namespace {

// Roster columns (DocumentTexts::rosterColumns()).
enum RosterColumn {
    RUnit,
    RDate,
    RWeekday,
    RLunar,
    RShift,
    RHours,
    RRole,
    RName,
    RPosition,
    RPhones,
    RNote,
    RosterColumnCount
};

/// Phone numbers as shown, each number formatted once (libphonenumber's
/// formatting is the dearest part of a row).
class PhoneTexts
{
public:
    const QString &display(const QString &e164)
    {
        auto it = m_shown.constFind(e164);
        if (it == m_shown.cend())
            it = m_shown.insert(e164, PhoneNumber::displayStored(e164));
        return it.value();
    }
    QString joined(const QList<PhoneEntry> &phones)
    {
        if (phones.size() == 1)
            return display(phones.first().e164);
        QStringList shown;
        for (const PhoneEntry &p : phones)
            shown << display(p.e164);
        return shown.join(QStringLiteral(", "));
    }

private:
    QHash<QString, QString> m_shown;
};

/// The texts of roster rows that repeat: per day, per shift, and per person
/// (a person's name, position and numbers are the same on every slot).
class RosterTexts
{
public:
    struct DayTexts
    {
        QString iso;
        QString weekday;
        QString lunar;
    };
    struct PersonTexts
    {
        QString name;
        QString position;
        QString phones;
    };

    explicit RosterTexts(const RosterDocument &document)
        : m_firstJulian(document.period.firstDay.toJulianDay())
    {
        for (const Shift &shift : document.shifts)
            m_hours << shift.start.toString(QStringLiteral("HH:mm")) + QStringLiteral("–")
                    + shift.end.toString(QStringLiteral("HH:mm"));
    }

    const QString &hours(int shiftIndex) const { return m_hours.at(shiftIndex); }

    const DayTexts &day(const QDate &date)
    {
        const qint64 key = date.toJulianDay() - m_firstJulian;
        auto it = m_days.constFind(key);
        if (it == m_days.cend())
            it = m_days.insert(key,
                               DayTexts {date.toString(Qt::ISODate), DocumentTexts::weekday(date),
                                         DocumentTexts::tetLabel(date)});
        return it.value();
    }

    PersonTexts holder(const RosterHolder &h)
    {
        if (h.personId == NoId)
            return PersonTexts {h.name, h.position, m_phones.joined(h.phones)};
        auto it = m_people.constFind(h.personId);
        if (it == m_people.cend())
            it = m_people.insert(h.personId,
                                 PersonTexts {h.name, h.position, m_phones.joined(h.phones)});
        return it.value();
    }

private:
    qint64 m_firstJulian = 0;
    QStringList m_hours;
    QHash<qint64, DayTexts> m_days;
    QHash<Id, PersonTexts> m_people;
    PhoneTexts m_phones;
};

QString phonesOfKind(const QList<PhoneEntry> &phones, PhoneKind kind)
{
    QStringList shown;
    for (const PhoneEntry &p : phones) {
        if (p.kind == kind)
            shown << PhoneNumber::displayStored(p.e164);
    }
    return shown.join(QStringLiteral(", "));
}

Status writeCsv(const QStringList &header, const QList<QStringList> &rows, QIODevice *out,
                QChar delimiter)
{
    if (delimiter == QLatin1Char('"') || delimiter == QLatin1Char('\r')
        || delimiter == QLatin1Char('\n'))
        return Error(Error::Code::Invalid,
                     SpreadsheetExport::tr("“%1” cannot separate CSV fields.").arg(delimiter));
    if (!out->isOpen() && !out->open(QIODevice::WriteOnly))
        return Error(Error::Code::Io, out->errorString());
    QByteArray data = CellText::utf8Bom();
    data += CellText::csvRecord(header, delimiter).toUtf8();
    for (const QStringList &row : rows)
        data += CellText::csvRecord(row, delimiter).toUtf8();
    if (out->write(data) != data.size())
        return Error(Error::Code::Io, out->errorString());
    return {};
}

/// A libxlsxwriter workbook closed on every path, with the UTF-8 texts it
/// points to kept alive until then. Every cell is kept in memory, texts
/// shared, which allows a worksheet table.
class Workbook
{
public:
    explicit Workbook(const QString &path)
        : m_path(path.toUtf8())
        , m_tmpdir(QDir::toNativeSeparators(QDir::tempPath()).toLocal8Bit())
    {
        lxw_workbook_options options {};
        // Temporary files go to the directory the user chose (TMPDIR).
        options.tmpdir = m_tmpdir.data();
        m_book = workbook_new_opt(m_path.constData(), &options);
    }
    ~Workbook()
    {
        if (m_book)
            workbook_close(m_book);
    }
    lxw_workbook *book() const { return m_book; }
    const char *keep(const QString &text)
    {
        m_texts.push_back(std::make_unique<QByteArray>(text.toUtf8()));
        return m_texts.back()->constData();
    }
    Status close()
    {
        const lxw_error error = workbook_close(m_book);
        m_book = nullptr;
        if (error != LXW_NO_ERROR)
            return Error(Error::Code::Io,
                         SpreadsheetExport::tr("The spreadsheet could not be "
                                               "written: %1.")
                             .arg(QString::fromUtf8(lxw_strerror(error))));
        return {};
    }

private:
    QByteArray m_path;
    QByteArray m_tmpdir;
    lxw_workbook *m_book = nullptr;
    std::vector<std::unique_ptr<QByteArray>> m_texts;
};

struct SheetSpec
{
    QString sheetName;
    QStringList headerLines; ///< organisation and title lines above the table
    QStringList columns;
    QList<double> widths;
    QList<QStringList> rows;
    int dateColumn = -1; ///< written as a date cell (ISO text in `rows`)
};

/// A worksheet being written: the organisation lines and the table header
/// are in place; the data rows start at `firstRow`.
struct OpenSheet
{
    lxw_worksheet *ws = nullptr;
    lxw_row_t headerRow = 0;
    lxw_row_t firstRow = 0;
    lxw_format *text = nullptr;
    lxw_format *date = nullptr;
};

/// Adds the worksheet, its header lines and a table sized for `rowCount` rows.
Result<OpenSheet> beginSheet(Workbook &wb, const SheetSpec &spec, qsizetype rowCount)
{
    lxw_worksheet *ws = workbook_add_worksheet(wb.book(), wb.keep(spec.sheetName));
    if (!ws)
        return Error(Error::Code::Io,
                     SpreadsheetExport::tr("The spreadsheet could not be written."));
    // The formats are made once per workbook; cells only point to them.
    lxw_format *bold = workbook_add_format(wb.book());
    format_set_bold(bold);
    format_set_font_name(bold, "Times New Roman");
    format_set_font_size(bold, 12);
    lxw_format *title = workbook_add_format(wb.book());
    format_set_bold(title);
    format_set_font_name(title, "Times New Roman");
    format_set_font_size(title, 14);
    format_set_align(title, LXW_ALIGN_CENTER);
    lxw_format *text = workbook_add_format(wb.book());
    format_set_text_wrap(text);
    format_set_align(text, LXW_ALIGN_VERTICAL_TOP);
    lxw_format *date = workbook_add_format(wb.book());
    format_set_num_format(date, "dd/mm/yyyy");
    format_set_align(date, LXW_ALIGN_VERTICAL_TOP);
    format_set_align(date, LXW_ALIGN_LEFT);

    const lxw_col_t lastColumn = lxw_col_t(spec.columns.size() - 1);
    for (int c = 0; c < spec.widths.size() && c < spec.columns.size(); ++c)
        worksheet_set_column(ws, lxw_col_t(c), lxw_col_t(c), spec.widths.at(c), nullptr);
    lxw_row_t row = 0;
    for (int i = 0; i < spec.headerLines.size(); ++i, ++row) {
        const QString line = CellText::neutralised(spec.headerLines.at(i));
        if (line.isEmpty())
            continue;
        const bool isTitle = i >= spec.headerLines.size() - 2;
        if (isTitle)
            worksheet_merge_range(ws, row, 0, row, lastColumn, wb.keep(line), title);
        else
            worksheet_write_string(ws, row, 0, wb.keep(line), bold);
    }
    ++row; // a blank row before the table
    const lxw_row_t headerRow = row;
    const lxw_row_t lastRow = headerRow + lxw_row_t(qMax<qsizetype>(1, rowCount));

    // The table: header row, then at least one data row (Excel needs one).
    std::vector<lxw_table_column> columns(size_t(spec.columns.size()));
    std::vector<lxw_table_column *> columnPointers;
    for (int c = 0; c < spec.columns.size(); ++c) {
        columns[size_t(c)] = {};
        columns[size_t(c)].header = const_cast<char *>(wb.keep(spec.columns.at(c)));
        columnPointers.push_back(&columns[size_t(c)]);
    }
    columnPointers.push_back(nullptr);
    lxw_table_options options {};
    options.style_type = LXW_TABLE_STYLE_TYPE_LIGHT;
    options.style_type_number = 9;
    options.columns = columnPointers.data();
    if (worksheet_add_table(ws, headerRow, 0, lastRow, lastColumn, &options) != LXW_NO_ERROR)
        return Error(Error::Code::Io,
                     SpreadsheetExport::tr("The spreadsheet table could not be "
                                           "written."));
    return OpenSheet {ws, headerRow, headerRow + 1, text, date};
}

/// Column widths, the frozen header and the page setup.
void finishSheet(const OpenSheet &sheet)
{
    // The table header stays in view while scrolling.
    worksheet_freeze_panes(sheet.ws, sheet.headerRow + 1, 0);
    worksheet_set_landscape(sheet.ws);
    worksheet_set_paper(sheet.ws, 9); // A4
    worksheet_repeat_rows(sheet.ws, sheet.headerRow, sheet.headerRow);
    worksheet_fit_to_pages(sheet.ws, 1, 0);
}

/// Writes `utf8` as a text cell; libxlsxwriter copies it. Empty texts leave
/// the cell empty.
void writeText(const OpenSheet &sheet, lxw_row_t row, int column, const QByteArray &utf8)
{
    if (!utf8.isEmpty())
        worksheet_write_string(sheet.ws, row, lxw_col_t(column), utf8.constData(), sheet.text);
}

QByteArray cellUtf8(const QString &text)
{
    return CellText::neutralised(text).toUtf8();
}

Status writeSheet(Workbook &wb, const SheetSpec &spec)
{
    const Result<OpenSheet> opened = beginSheet(wb, spec, spec.rows.size());
    if (!opened)
        return opened.error();
    const OpenSheet &sheet = opened.value();
    for (qsizetype r = 0; r < spec.rows.size(); ++r) {
        const QStringList &values = spec.rows.at(r);
        const lxw_row_t at = sheet.firstRow + lxw_row_t(r);
        for (int c = 0; c < values.size() && c < spec.columns.size(); ++c) {
            const QString &value = values.at(c);
            if (c == spec.dateColumn) {
                const QDate d = QDate::fromString(value, Qt::ISODate);
                if (d.isValid()) {
                    lxw_datetime dt {d.year(), d.month(), d.day(), 0, 0, 0.0};
                    worksheet_write_datetime(sheet.ws, at, lxw_col_t(c), &dt, sheet.date);
                    continue;
                }
            }
            writeText(sheet, at, c, cellUtf8(value));
        }
    }
    finishSheet(sheet);
    return {};
}

/// The roster table straight from the document: every repeated text (unit,
/// day, shift, role, person) is neutralised and entered in the shared-string
/// table once. Empty texts leave their cell out.
Status writeRosterTable(XlsxStreamWriter &sheet, int firstRow, const RosterDocument &document,
                        const ExportControl &control)
{
    using Style = XlsxStreamWriter::Style;
    using Text = XlsxStreamWriter::Text;
    struct DayCells
    {
        double date; ///< the Excel serial of the day
        Text weekday;
        Text lunar;
    };
    struct PersonCells
    {
        Text name;
        Text position;
        Text phones;
    };
    const auto text = [&](const QString &t) {
        return sheet.text(CellText::neutralised(t));
    };
    const auto put = [&](int column, const Text &t) {
        if (!t.isEmpty())
            sheet.addText(column, t, Style::Text);
    };
    RosterTexts texts(document);
    QList<Text> shiftNames;
    QList<Text> shiftHours;
    for (int s = 0; s < document.shifts.size(); ++s) {
        shiftNames << text(document.shifts.at(s).name);
        shiftHours << text(texts.hours(s));
    }
    QList<Text> roleNames;
    for (const DutyRole &role : document.roles)
        roleNames << text(role.name);
    QHash<qint64, DayCells> days;
    QHash<Id, PersonCells> people;
    auto personCells = [&](const RosterHolder &h) {
        const RosterTexts::PersonTexts t = texts.holder(h);
        return PersonCells {text(t.name), text(t.position), text(t.phones)};
    };
    // Excel's day 0 (the 1900 date system, past its 29 February 1900).
    const QDate excelEpoch(1899, 12, 30);

    const int total = qMax(1, document.assignmentCount);
    int at = firstRow;
    int written = 0;
    for (const RosterUnitBlock &block : document.units) {
        if (control.cancelled())
            return RosterData::cancelledError();
        const Text unit = text(block.unit.name);
        for (const RosterLine &line : block.lines) {
            auto day = days.constFind(line.day.toJulianDay());
            if (day == days.cend()) {
                const RosterTexts::DayTexts &t = texts.day(line.day);
                day = days.insert(
                    line.day.toJulianDay(),
                    DayCells {double(excelEpoch.daysTo(line.day)), text(t.weekday), text(t.lunar)});
            }
            for (int r = 0; r < line.holders.size(); ++r) {
                for (const RosterHolder &h : line.holders.at(r)) {
                    PersonCells freeName;
                    const PersonCells *person = &freeName;
                    if (h.personId == NoId) {
                        freeName = personCells(h);
                    } else {
                        auto it = people.constFind(h.personId);
                        if (it == people.cend())
                            it = people.insert(h.personId, personCells(h));
                        person = &it.value();
                    }
                    sheet.startRow(at);
                    put(RUnit, unit);
                    sheet.addNumber(RDate, day->date, Style::Date);
                    put(RWeekday, day->weekday);
                    put(RLunar, day->lunar);
                    put(RShift, shiftNames.at(line.shiftIndex));
                    put(RHours, shiftHours.at(line.shiftIndex));
                    put(RRole, roleNames.at(r));
                    put(RName, person->name);
                    put(RPosition, person->position);
                    put(RPhones, person->phones);
                    if (!h.note.isEmpty())
                        put(RNote, text(h.note));
                    ++at;
                    ++written;
                }
            }
        }
        control.report(written, total);
    }
    control.report(total, total);
    return {};
}

QStringList organisationLines(const OrganisationSettings &org)
{
    QStringList lines;
    if (!org.parentAgency.isEmpty())
        lines << org.parentAgency.toUpper();
    lines << org.issuingAgency.toUpper();
    return lines;
}

} // namespace

QList<QStringList> SpreadsheetExport::rosterRows(const RosterDocument &document)
{
    RosterTexts texts(document);
    QList<QStringList> rows;
    rows.reserve(document.assignmentCount);
    for (const RosterUnitBlock &block : document.units) {
        for (const RosterLine &line : block.lines) {
            const Shift &shift = document.shifts.at(line.shiftIndex);
            const RosterTexts::DayTexts &day = texts.day(line.day);
            for (int r = 0; r < line.holders.size(); ++r) {
                for (const RosterHolder &h : line.holders.at(r)) {
                    const RosterTexts::PersonTexts person = texts.holder(h);
                    QStringList row(RosterColumnCount);
                    row[RUnit] = block.unit.name;
                    row[RDate] = day.iso;
                    row[RWeekday] = day.weekday;
                    row[RLunar] = day.lunar;
                    row[RShift] = shift.name;
                    row[RHours] = texts.hours(line.shiftIndex);
                    row[RRole] = document.roles.at(r).name;
                    row[RName] = person.name;
                    row[RPosition] = person.position;
                    row[RPhones] = person.phones;
                    row[RNote] = h.note;
                    rows << row;
                }
            }
        }
    }
    return rows;
}

Result<ContactList> ContactList::load(Database &db, Id unitId)
{
    DirectoryStore directory(db);
    ContactList list;
    const Result<OrganisationSettings> org = SettingsStore(db).organisation();
    if (!org)
        return org.error();
    list.organisation = org.value();
    const Result<QList<Unit>> units = directory.units();
    if (!units)
        return units.error();
    QHash<Id, int> order;
    for (const Unit &u : units.value()) {
        list.unitNames.insert(u.id, u.name);
        if (unitId == NoId || u.id == unitId) {
            order.insert(u.id, int(list.units.size()));
            list.units << u;
        }
    }
    if (unitId != NoId && list.units.isEmpty())
        return Error(Error::Code::NotFound,
                     SpreadsheetExport::tr("There is no unit with id %1.").arg(unitId));
    const Result<QList<Person>> people = directory.people(unitId);
    if (!people)
        return people.error();
    for (const Person &p : people.value()) {
        if (p.active)
            list.people << p;
    }
    std::stable_sort(list.people.begin(), list.people.end(), [&](const Person &a, const Person &b) {
        const int ua = order.value(a.unitId, INT_MAX);
        const int ub = order.value(b.unitId, INT_MAX);
        if (ua != ub)
            return ua < ub;
        return VietnameseText::compareByGivenName(a.fullName, b.fullName) < 0;
    });
    list.title = DocumentTexts::contactsTitle();
    if (unitId != NoId)
        list.title += QStringLiteral(" – ") + list.units.first().name.toUpper();
    return list;
}

QList<QStringList> SpreadsheetExport::contactRows(const ContactList &contacts)
{
    QList<QStringList> rows;
    for (const Person &p : contacts.people) {
        rows << QStringList {contacts.unitNames.value(p.unitId),
                             p.fullName,
                             p.position,
                             phonesOfKind(p.phones, PhoneKind::Mobile),
                             phonesOfKind(p.phones, PhoneKind::Office),
                             phonesOfKind(p.phones, PhoneKind::Home),
                             p.email,
                             p.leader ? DocumentTexts::yes() : QString(),
                             p.itSecurity ? DocumentTexts::yes() : QString()};
    }
    return rows;
}

Status SpreadsheetExport::writeRosterCsv(const RosterDocument &document, QIODevice *out,
                                         QChar delimiter)
{
    return writeCsv(DocumentTexts::rosterColumns(), rosterRows(document), out, delimiter);
}

Status SpreadsheetExport::writeContactsCsv(const ContactList &contacts, QIODevice *out,
                                           QChar delimiter)
{
    return writeCsv(DocumentTexts::contactColumns(), contactRows(contacts), out, delimiter);
}

Status SpreadsheetExport::writeRosterXlsx(const RosterDocument &document, const QString &path,
                                          const ExportControl &control)
{
    using Style = XlsxStreamWriter::Style;
    // Half a million rows and more at national scale: streamed.
    XlsxStreamWriter sheet(path);
    QStringList headerLines = organisationLines(document.organisation);
    headerLines << QString() << DocumentTexts::rosterSummary(document.period.title).toUpper();
    QString scope = DocumentTexts::date(document.period.firstDay) + QStringLiteral(" – ")
        + DocumentTexts::date(document.period.lastDay);
    if (!document.consolidated && !document.units.isEmpty())
        scope = document.units.first().unit.name + QStringLiteral(" (") + scope + QLatin1Char(')');
    headerLines << scope;
    const QStringList columns = DocumentTexts::rosterColumns();
    const int lastColumn = int(columns.size()) - 1;
    int rows = 0;
    for (const RosterUnitBlock &block : document.units) {
        for (const RosterLine &line : block.lines) {
            for (const QList<RosterHolder> &holders : line.holders)
                rows += int(holders.size());
        }
    }
    // The organisation and title lines, a blank row, the table's header, then
    // a row per slot held.
    const int headerRow = int(headerLines.size()) + 1;
    const int lastRow = headerRow + rows;

    sheet.setSheetName(DocumentTexts::rosterSheetName());
    sheet.setDocumentTitle(headerLines.at(headerLines.size() - 2));
    sheet.setAuthor(QStringLiteral("DutyDesk"));
    sheet.setColumnWidths({34, 12, 10, 14, 10, 12, 18, 24, 22, 26, 24});
    sheet.setLastCell(lastRow, lastColumn);
    // The table header stays in view while scrolling and on every page.
    sheet.setFrozenRows(headerRow + 1);
    sheet.setRepeatedRow(headerRow);
    sheet.setLandscapeA4FitToWidth();
    // A filter button per column over exactly the header and the rows.
    sheet.setAutoFilter(headerRow, 0, lastRow, lastColumn);
    for (int i = 0; i < headerLines.size(); ++i) {
        const bool isTitle = i >= headerLines.size() - 2;
        if (isTitle && !headerLines.at(i).isEmpty())
            sheet.addMergedRange(i, 0, lastColumn);
    }
    if (const Status s = sheet.open(); !s)
        return s;

    for (int i = 0; i < headerLines.size(); ++i) {
        const QString line = CellText::neutralised(headerLines.at(i));
        if (line.isEmpty())
            continue;
        sheet.startRow(i);
        if (i >= headerLines.size() - 2) {
            sheet.addText(0, sheet.text(line), Style::Title);
            for (int c = 1; c <= lastColumn; ++c)
                sheet.addText(c, {}, Style::Title);
        } else {
            sheet.addText(0, sheet.text(line), Style::Heading);
        }
    }
    sheet.startRow(headerRow);
    for (int c = 0; c <= lastColumn; ++c)
        sheet.addText(c, sheet.text(CellText::neutralised(columns.at(c))), Style::Header);
    if (const Status s = writeRosterTable(sheet, headerRow + 1, document, control); !s) {
        sheet.abandon();
        return s;
    }
    return sheet.finish();
}

Status SpreadsheetExport::writeContactsXlsx(const ContactList &contacts, const QString &path)
{
    Workbook wb(path);
    if (!wb.book())
        return Error(Error::Code::Io, tr("The spreadsheet “%1” could not be created.").arg(path));
    SheetSpec spec;
    spec.sheetName = DocumentTexts::contactsSheetName();
    spec.headerLines = organisationLines(contacts.organisation);
    spec.headerLines << QString() << contacts.title << QString();
    spec.columns = DocumentTexts::contactColumns();
    spec.widths = {34, 26, 24, 16, 16, 16, 28, 9, 10};
    spec.rows = contactRows(contacts);
    if (const Status s = writeSheet(wb, spec); !s)
        return s;
    return wb.close();
}

} // namespace DutyDesk
