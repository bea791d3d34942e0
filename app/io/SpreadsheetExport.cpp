#include "SpreadsheetExport.h"

#include "CellText.h"
#include "DirectoryStore.h"
#include "DocumentTexts.h"
#include "PhoneNumber.h"
#include "SettingsStore.h"
#include "VietnameseText.h"

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

QString phonesText(const QList<PhoneEntry> &phones)
{
    QStringList shown;
    for (const PhoneEntry &p : phones)
        shown << PhoneNumber::displayStored(p.e164);
    return shown.join(QStringLiteral(", "));
}

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
/// points to kept alive until then.
class Workbook
{
public:
    explicit Workbook(const QString &path)
        : m_path(path.toUtf8())
    {
        lxw_workbook_options options {};
        options.constant_memory = LXW_FALSE;
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

Status writeSheet(Workbook &wb, const SheetSpec &spec)
{
    lxw_worksheet *ws = workbook_add_worksheet(wb.book(), wb.keep(spec.sheetName));
    if (!ws)
        return Error(Error::Code::Io,
                     SpreadsheetExport::tr("The spreadsheet could not be written."));
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
    const lxw_row_t lastRow = headerRow + lxw_row_t(qMax<qsizetype>(1, spec.rows.size()));
    if (worksheet_add_table(ws, headerRow, 0, lastRow, lastColumn, &options) != LXW_NO_ERROR)
        return Error(Error::Code::Io,
                     SpreadsheetExport::tr("The spreadsheet table could not be "
                                           "written."));

    for (qsizetype r = 0; r < spec.rows.size(); ++r) {
        const QStringList &values = spec.rows.at(r);
        const lxw_row_t at = headerRow + 1 + lxw_row_t(r);
        for (int c = 0; c < values.size() && c < spec.columns.size(); ++c) {
            const QString &value = values.at(c);
            if (c == spec.dateColumn) {
                const QDate d = QDate::fromString(value, Qt::ISODate);
                if (d.isValid()) {
                    lxw_datetime dt {d.year(), d.month(), d.day(), 0, 0, 0.0};
                    worksheet_write_datetime(ws, at, lxw_col_t(c), &dt, date);
                    continue;
                }
            }
            if (value.isEmpty())
                continue;
            worksheet_write_string(ws, at, lxw_col_t(c), wb.keep(CellText::neutralised(value)),
                                   text);
        }
    }
    for (int c = 0; c < spec.widths.size() && c < spec.columns.size(); ++c)
        worksheet_set_column(ws, lxw_col_t(c), lxw_col_t(c), spec.widths.at(c), nullptr);
    // The table header stays in view while scrolling.
    worksheet_freeze_panes(ws, headerRow + 1, 0);
    worksheet_set_landscape(ws);
    worksheet_set_paper(ws, 9); // A4
    worksheet_repeat_rows(ws, headerRow, headerRow);
    worksheet_fit_to_pages(ws, 1, 0);
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
    QList<QStringList> rows;
    for (const RosterUnitBlock &block : document.units) {
        for (const RosterLine &line : block.lines) {
            const Shift &shift = document.shifts.at(line.shiftIndex);
            const QString hours = shift.start.toString(QStringLiteral("HH:mm"))
                + QStringLiteral("–") + shift.end.toString(QStringLiteral("HH:mm"));
            for (int r = 0; r < line.holders.size(); ++r) {
                for (const RosterHolder &h : line.holders.at(r)) {
                    QStringList row(RosterColumnCount);
                    row[RUnit] = block.unit.name;
                    row[RDate] = line.day.toString(Qt::ISODate);
                    row[RWeekday] = DocumentTexts::weekday(line.day);
                    row[RLunar] = DocumentTexts::tetLabel(line.day);
                    row[RShift] = shift.name;
                    row[RHours] = hours;
                    row[RRole] = document.roles.at(r).name;
                    row[RName] = h.name;
                    row[RPosition] = h.position;
                    row[RPhones] = phonesText(h.phones);
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

Status SpreadsheetExport::writeRosterXlsx(const RosterDocument &document, const QString &path)
{
    Workbook wb(path);
    if (!wb.book())
        return Error(Error::Code::Io, tr("The spreadsheet “%1” could not be created.").arg(path));
    SheetSpec spec;
    spec.sheetName = DocumentTexts::rosterSheetName();
    spec.headerLines = organisationLines(document.organisation);
    spec.headerLines << QString() << DocumentTexts::rosterSummary(document.period.title).toUpper();
    QString scope = DocumentTexts::date(document.period.firstDay) + QStringLiteral(" – ")
        + DocumentTexts::date(document.period.lastDay);
    if (!document.consolidated && !document.units.isEmpty())
        scope = document.units.first().unit.name + QStringLiteral(" (") + scope + QLatin1Char(')');
    spec.headerLines << scope;
    spec.columns = DocumentTexts::rosterColumns();
    spec.widths = {34, 12, 10, 14, 10, 12, 18, 24, 22, 26, 24};
    spec.rows = rosterRows(document);
    spec.dateColumn = RDate;
    lxw_doc_properties properties {};
    QByteArray titleText = spec.headerLines.at(spec.headerLines.size() - 2).toUtf8();
    QByteArray author = QByteArrayLiteral("DutyDesk");
    properties.title = titleText.data();
    properties.author = author.data();
    workbook_set_properties(wb.book(), &properties);
    if (const Status s = writeSheet(wb, spec); !s)
        return s;
    return wb.close();
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
