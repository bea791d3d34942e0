#include "TemplateExport.h"

#include "CellText.h"
#include "DirectoryStore.h"
#include "DocumentTexts.h"
#include "PeriodStore.h"
#include "PhoneNumber.h"
#include "VietnameseText.h"
#include "XlsxReader.h"

#include <QFileInfo>
#include <QHash>

#include <algorithm>
#include <memory>
#include <vector>
#include <xlsxwriter.h>

namespace DutyDesk {

namespace {

// The fixed columns of the table; the role columns follow, then the note.
enum FixedColumn { CDate, CWeekday, CShift, CHours, FixedColumnCount };

// Rows of the sheet "Lịch trực" (0-based): title block, then the table.
constexpr lxw_row_t HeaderRow = 7;
constexpr lxw_row_t FirstDataRow = HeaderRow + 1;

// Keys of the hidden identity sheet.
const QString FormatKey = QStringLiteral("format");
const QString FormatValue = QStringLiteral("dutydesk-roster-template");
const QString VersionKey = QStringLiteral("version");
const QString PeriodIdKey = QStringLiteral("period_id");
const QString PeriodKey = QStringLiteral("period");
const QString FirstDayKey = QStringLiteral("first_day");
const QString LastDayKey = QStringLiteral("last_day");
const QString UnitIdKey = QStringLiteral("unit_id");
const QString UnitKey = QStringLiteral("unit");
const QString UnitCodeKey = QStringLiteral("unit_code");

int requiredCount(const DutyRole &role, UnitKind kind)
{
    for (const RoleRequirement &r : role.requirements) {
        if (r.unitKind == kind)
            return r.count;
    }
    return 0;
}

/// A libxlsxwriter workbook closed on every path, with the UTF-8 texts it
/// points to kept alive until then.
class Workbook
{
public:
    explicit Workbook(const QString &path)
        : m_path(path.toUtf8())
    {
        m_book = workbook_new(m_path.constData());
    }
    ~Workbook()
    {
        if (m_book)
            workbook_close(m_book);
    }
    Workbook(const Workbook &) = delete;
    Workbook &operator=(const Workbook &) = delete;

    lxw_workbook *book() const { return m_book; }
    char *keep(const QString &text)
    {
        m_texts.push_back(std::make_unique<QByteArray>(text.toUtf8()));
        return m_texts.back()->data();
    }
    Status close()
    {
        const lxw_error error = workbook_close(m_book);
        m_book = nullptr;
        if (error != LXW_NO_ERROR)
            return Error(Error::Code::Io,
                         TemplateExport::tr("The template could not be written: %1.")
                             .arg(QString::fromUtf8(lxw_strerror(error))));
        return {};
    }

private:
    QByteArray m_path;
    lxw_workbook *m_book = nullptr;
    std::vector<std::unique_ptr<QByteArray>> m_texts;
};

/// The formats of the template, Times New Roman like the official documents.
struct Formats
{
    explicit Formats(lxw_workbook *book)
    {
        auto make = [book](double size, bool isBold) {
            lxw_format *f = workbook_add_format(book);
            format_set_font_name(f, "Times New Roman");
            format_set_font_size(f, size);
            if (isBold)
                format_set_bold(f);
            return f;
        };
        agency = make(12, false);
        format_set_align(agency, LXW_ALIGN_CENTER);
        unitName = make(12, true);
        format_set_align(unitName, LXW_ALIGN_CENTER);
        national = make(12, true);
        format_set_align(national, LXW_ALIGN_CENTER);
        motto = make(13, true);
        format_set_align(motto, LXW_ALIGN_CENTER);
        format_set_underline(motto, LXW_UNDERLINE_SINGLE);
        title = make(14, true);
        format_set_align(title, LXW_ALIGN_CENTER);
        subtitle = make(13, true);
        format_set_align(subtitle, LXW_ALIGN_CENTER);
        dates = make(13, false);
        format_set_italic(dates);
        format_set_align(dates, LXW_ALIGN_CENTER);

        header = make(12, true);
        format_set_align(header, LXW_ALIGN_CENTER);
        format_set_align(header, LXW_ALIGN_VERTICAL_CENTER);
        format_set_text_wrap(header);
        format_set_border(header, LXW_BORDER_THIN);
        format_set_bg_color(header, 0xD9E1F2);

        // Filled in by DutyDesk: locked, on a grey ground.
        fixedDate = make(12, true);
        format_set_num_format(fixedDate, "dd/mm/yyyy");
        fixedText = make(12, false);
        for (lxw_format *f : {fixedDate, fixedText}) {
            format_set_align(f, LXW_ALIGN_CENTER);
            format_set_align(f, LXW_ALIGN_VERTICAL_CENTER);
            format_set_text_wrap(f);
            format_set_border(f, LXW_BORDER_THIN);
            format_set_bg_color(f, 0xF2F2F2);
        }
        // Filled in by the unit: unlocked, white.
        input = make(12, false);
        format_set_unlocked(input);
        format_set_align(input, LXW_ALIGN_VERTICAL_CENTER);
        format_set_text_wrap(input);
        format_set_border(input, LXW_BORDER_THIN);

        plain = make(12, false);
        format_set_text_wrap(plain);
        format_set_align(plain, LXW_ALIGN_VERTICAL_TOP);
        listHeader = make(12, true);
        format_set_border(listHeader, LXW_BORDER_THIN);
        format_set_bg_color(listHeader, 0xD9E1F2);
        format_set_text_wrap(listHeader);
        format_set_align(listHeader, LXW_ALIGN_VERTICAL_CENTER);
        listCell = make(12, false);
        format_set_border(listCell, LXW_BORDER_THIN);
        format_set_align(listCell, LXW_ALIGN_VERTICAL_CENTER);
        heading = make(14, true);
    }
    lxw_format *agency, *unitName, *national, *motto, *title, *subtitle, *dates;
    lxw_format *header, *fixedDate, *fixedText, *input;
    lxw_format *plain, *listHeader, *listCell, *heading;
};

QString phoneOfChoice(const Person &person)
{
    for (const PhoneEntry &p : person.phones) {
        if (p.kind == PhoneKind::Mobile)
            return p.e164;
    }
    return person.phones.isEmpty() ? QString() : person.phones.first().e164;
}

QString holderText(const RosterHolder &holder, const QHash<Id, QString> &choices)
{
    if (holder.personId != NoId && choices.contains(holder.personId))
        return choices.value(holder.personId);
    QString text = holder.name;
    if (!holder.phones.isEmpty())
        text += QStringLiteral(" - ") + PhoneNumber::displayStored(holder.phones.first().e164);
    return text;
}

QStringList instructionLines(const RosterTemplate &t)
{
    const DutyPeriod &period = t.roster.period;
    QStringList roles;
    for (const TemplateRoleColumn &c : t.roleColumns) {
        const QString name = t.roster.roles.at(c.roleIndex).name;
        if (!roles.contains(name))
            roles << name;
    }
    QString summary = DocumentTexts::rosterSummary(period.title);
    summary[0] = summary.at(0).toLower(); // "lịch trực nghỉ lễ …" inside the sentence
    const QString office
        = t.roster.issuerName.isEmpty() ? QStringLiteral("Văn phòng Sở") : t.roster.issuerName;
    return {
        QStringLiteral("Mẫu này dùng để %1 đăng ký %2, từ ngày %3 đến ngày %4. Chỉ điền vào "
                       "sheet “%5”; không đổi tên, không xóa các sheet.")
            .arg(t.unit.name, summary, DocumentTexts::date(period.firstDay),
                 DocumentTexts::date(period.lastDay), TemplateExport::rosterSheetName()),
        QStringLiteral("Các cột Ngày, Thứ, Ca và Khung giờ đã điền sẵn và được khóa. Không thêm, "
                       "xóa hay sắp xếp lại dòng, cột."),
        QStringLiteral("Mỗi ô ở các cột %1 ghi MỘT người. Bấm vào ô, bấm mũi tên bên phải ô và "
                       "chọn người trong danh sách (lấy từ sheet “%2”).")
            .arg(roles.join(QStringLiteral(", ")), TemplateExport::peopleSheetName()),
        QStringLiteral("Người chưa có trong danh sách: gõ “Họ và tên - số điện thoại di động”, "
                       "ví dụ “Nguyễn Văn An - 0912 345 678”. Số di động có 10 chữ số, bắt đầu "
                       "bằng số 0, viết liền hoặc cách nhau bằng dấu cách hay dấu chấm; số cố "
                       "định ghi cả mã vùng, ví dụ “0225 3842 123”."),
        QStringLiteral("Một người không trực hai ca trùng giờ; người nghỉ phép, đi công tác "
                       "trong những ngày này không xếp trực."),
        QStringLiteral("Ô đã có tên là người đã được xếp trực. Muốn đổi người, chọn người khác; "
                       "để trống ô đó không xóa người đã xếp: xin báo lại cho %1.")
            .arg(office),
        QStringLiteral("Cột Ghi chú để trao đổi thêm; nội dung ghi chú không được nhập vào lịch "
                       "trực."),
        QStringLiteral("Điền xong, lưu tệp ở định dạng Excel (.xlsx), giữ nguyên tên tệp hoặc "
                       "thêm tên đơn vị, và gửi lại cho %1 đúng hạn.")
            .arg(office),
        QStringLiteral("Tệp có số điện thoại cá nhân: chỉ gửi cho người có trách nhiệm, không "
                       "đăng công khai."),
    };
}

Status writeRosterSheet(Workbook &wb, const Formats &f, const RosterTemplate &t, lxw_worksheet *ws,
                        const QString &listRange)
{
    const RosterDocument &doc = t.roster;
    const lxw_col_t firstRole = FixedColumnCount;
    const lxw_col_t noteColumn = firstRole + lxw_col_t(t.roleColumns.size());
    const lxw_col_t lastColumn = noteColumn;

    // Title block: agency | national title, then the title and the period.
    const lxw_col_t leftEnd = CHours;
    const QString agency = doc.organisation.issuingAgency.isEmpty()
        ? doc.issuerName.toUpper()
        : doc.organisation.issuingAgency.toUpper();
    worksheet_merge_range(ws, 0, 0, 0, leftEnd, wb.keep(CellText::neutralised(agency)), f.agency);
    worksheet_merge_range(ws, 1, 0, 1, leftEnd,
                          wb.keep(CellText::neutralised(t.unit.name.toUpper())), f.unitName);
    if (lastColumn > leftEnd + 1) {
        worksheet_merge_range(ws, 0, leftEnd + 1, 0, lastColumn,
                              wb.keep(DocumentTexts::nationalTitle()), f.national);
        worksheet_merge_range(ws, 1, leftEnd + 1, 1, lastColumn,
                              wb.keep(DocumentTexts::nationalMotto()), f.motto);
    } else {
        worksheet_write_string(ws, 0, lastColumn, wb.keep(DocumentTexts::nationalTitle()),
                               f.national);
        worksheet_write_string(ws, 1, lastColumn, wb.keep(DocumentTexts::nationalMotto()), f.motto);
    }
    worksheet_merge_range(
        ws, 3, 0, 3, lastColumn,
        wb.keep(CellText::neutralised(DocumentTexts::rosterSummary(doc.period.title).toUpper())),
        f.title);
    worksheet_merge_range(ws, 4, 0, 4, lastColumn,
                          wb.keep(CellText::neutralised(QStringLiteral("Đơn vị: ") + t.unit.name)),
                          f.subtitle);
    worksheet_merge_range(ws, 5, 0, 5, lastColumn,
                          wb.keep(QStringLiteral("(Từ ngày %1 đến ngày %2)")
                                      .arg(DocumentTexts::date(doc.period.firstDay),
                                           DocumentTexts::date(doc.period.lastDay))),
                          f.dates);
    worksheet_set_row(ws, 3, 21, nullptr);

    // The header row, as ImportMapping recognises it.
    worksheet_write_string(ws, HeaderRow, CDate, "Ngày", f.header);
    worksheet_write_string(ws, HeaderRow, CWeekday, "Thứ", f.header);
    worksheet_write_string(ws, HeaderRow, CShift, "Ca", f.header);
    worksheet_write_string(ws, HeaderRow, CHours, "Khung giờ", f.header);
    for (int c = 0; c < t.roleColumns.size(); ++c)
        worksheet_write_string(ws, HeaderRow, firstRole + lxw_col_t(c),
                               wb.keep(t.roleColumns.at(c).header), f.header);
    worksheet_write_string(ws, HeaderRow, noteColumn, "Ghi chú", f.header);
    worksheet_set_row(ws, HeaderRow, 33, nullptr);

    // One row per day × shift: the day merged over its shifts.
    QHash<Id, QString> choices;
    for (const Person &p : t.people)
        choices.insert(p.id, TemplateExport::choiceText(p));
    const RosterUnitBlock *block = doc.units.isEmpty() ? nullptr : &doc.units.first();
    const QList<QDate> days = doc.days();
    const auto shiftCount = lxw_row_t(doc.shifts.size());
    lxw_row_t row = FirstDataRow;
    for (int d = 0; d < days.size(); ++d) {
        const QDate &day = days.at(d);
        lxw_datetime date {day.year(), day.month(), day.day(), 0, 0, 0.0};
        if (shiftCount > 1) {
            worksheet_merge_range(ws, row, CDate, row + shiftCount - 1, CDate, "", f.fixedDate);
            worksheet_merge_range(ws, row, CWeekday, row + shiftCount - 1, CWeekday, "",
                                  f.fixedText);
        }
        worksheet_write_datetime(ws, row, CDate, &date, f.fixedDate);
        worksheet_write_string(ws, row, CWeekday, wb.keep(DocumentTexts::weekday(day)),
                               f.fixedText);
        for (int s = 0; s < doc.shifts.size(); ++s, ++row) {
            const Shift &shift = doc.shifts.at(s);
            worksheet_write_string(ws, row, CShift, wb.keep(CellText::neutralised(shift.name)),
                                   f.fixedText);
            worksheet_write_string(ws, row, CHours,
                                   wb.keep(shift.start.toString(QStringLiteral("HH:mm"))
                                           + QStringLiteral("–")
                                           + shift.end.toString(QStringLiteral("HH:mm"))),
                                   f.fixedText);
            const RosterLine *line = nullptr;
            const int lineIndex = d * int(doc.shifts.size()) + s;
            if (block && lineIndex < block->lines.size())
                line = &block->lines.at(lineIndex);
            for (int c = 0; c < t.roleColumns.size(); ++c) {
                const TemplateRoleColumn &column = t.roleColumns.at(c);
                QString text;
                if (line && column.roleIndex < line->holders.size()
                    && column.place < line->holders.at(column.roleIndex).size())
                    text = holderText(line->holders.at(column.roleIndex).at(column.place), choices);
                if (text.isEmpty())
                    worksheet_write_blank(ws, row, firstRole + lxw_col_t(c), f.input);
                else
                    worksheet_write_string(ws, row, firstRole + lxw_col_t(c),
                                           wb.keep(CellText::neutralised(text)), f.input);
            }
            const QString note = line ? line->notes.join(QStringLiteral("; ")) : QString();
            if (note.isEmpty())
                worksheet_write_blank(ws, row, noteColumn, f.input);
            else
                worksheet_write_string(ws, row, noteColumn, wb.keep(CellText::neutralised(note)),
                                       f.input);
            worksheet_set_row(ws, row, 33, nullptr);
        }
    }
    const lxw_row_t lastDataRow = row - 1;

    // The role cells offer the unit's people; someone else may still be typed
    // in (a warning, not a refusal: a name and number outside the list is
    // allowed and imported as a new person).
    if (!t.roleColumns.isEmpty() && row > FirstDataRow && !listRange.isEmpty()) {
        lxw_data_validation validation {};
        validation.validate = LXW_VALIDATION_TYPE_LIST_FORMULA;
        validation.value_formula = wb.keep(listRange);
        validation.ignore_blank = LXW_VALIDATION_ON;
        validation.dropdown = LXW_VALIDATION_ON;
        validation.show_input = LXW_VALIDATION_ON;
        validation.input_title = wb.keep(QStringLiteral("Chọn người trực"));
        validation.input_message = wb.keep(
            QStringLiteral("Chọn một người trong danh sách, hoặc gõ: Họ và tên - số điện thoại."));
        validation.show_error = LXW_VALIDATION_ON;
        validation.error_type = LXW_VALIDATION_ERROR_TYPE_WARNING;
        validation.error_title = wb.keep(QStringLiteral("Không có trong danh sách"));
        validation.error_message
            = wb.keep(QStringLiteral("Người này chưa có trong danh sách của đơn vị. Nếu đúng, "
                                     "chọn Yes (Có) và ghi rõ: Họ và tên - số điện thoại di "
                                     "động."));
        if (worksheet_data_validation_range(ws, FirstDataRow, firstRole, lastDataRow,
                                            noteColumn - 1, &validation)
            != LXW_NO_ERROR)
            return Error(Error::Code::Io,
                         TemplateExport::tr("The drop-down lists of the template "
                                            "could not be written."));
    }

    worksheet_set_column(ws, CDate, CDate, 12, nullptr);
    worksheet_set_column(ws, CWeekday, CWeekday, 10, nullptr);
    worksheet_set_column(ws, CShift, CShift, 11, nullptr);
    worksheet_set_column(ws, CHours, CHours, 13, nullptr);
    if (!t.roleColumns.isEmpty())
        worksheet_set_column(ws, firstRole, noteColumn - 1, 32, nullptr);
    worksheet_set_column(ws, noteColumn, noteColumn, 24, nullptr);

    // Dates and shifts stay in view; locked, but rows and columns may be resized.
    worksheet_freeze_panes(ws, FirstDataRow, firstRole);
    lxw_protection protection {};
    protection.format_columns = 1;
    protection.format_rows = 1;
    worksheet_protect(ws, nullptr, &protection);

    // Printed like an office document: A4 landscape, one page wide, the
    // header row repeated, Decree 30 margins (cm → inches).
    worksheet_set_landscape(ws);
    worksheet_set_paper(ws, 9);
    worksheet_set_margins(ws, 2.0 / 2.54, 1.5 / 2.54, 2.0 / 2.54, 2.0 / 2.54);
    worksheet_center_horizontally(ws);
    worksheet_repeat_rows(ws, HeaderRow, HeaderRow);
    worksheet_print_area(ws, 0, 0, qMax(lastDataRow, HeaderRow), lastColumn);
    worksheet_fit_to_pages(ws, 1, 0);
    worksheet_set_footer(ws, "&CTrang &P/&N");
    worksheet_activate(ws);
    return {};
}

/// The people to choose from; returns the list range for the drop-down
/// ("'Danh sách'!$B$2:$B$9"), empty when the unit has nobody.
QString writePeopleSheet(Workbook &wb, const Formats &f, const RosterTemplate &t, lxw_worksheet *ws)
{
    const QStringList headers {
        QStringLiteral("STT"), QStringLiteral("Chọn trong ô (họ tên - điện thoại)"),
        QStringLiteral("Họ và tên"), QStringLiteral("Chức vụ"), QStringLiteral("Điện thoại")};
    for (int c = 0; c < headers.size(); ++c)
        worksheet_write_string(ws, 0, lxw_col_t(c), wb.keep(headers.at(c)), f.listHeader);
    lxw_row_t row = 1;
    for (const Person &p : t.people) {
        QStringList phones;
        for (const PhoneEntry &phone : p.phones)
            phones << PhoneNumber::displayStored(phone.e164);
        worksheet_write_number(ws, row, 0, double(row), f.listCell);
        worksheet_write_string(
            ws, row, 1, wb.keep(CellText::neutralised(TemplateExport::choiceText(p))), f.listCell);
        worksheet_write_string(ws, row, 2, wb.keep(CellText::neutralised(p.fullName)), f.listCell);
        worksheet_write_string(ws, row, 3, wb.keep(CellText::neutralised(p.position)), f.listCell);
        worksheet_write_string(ws, row, 4, wb.keep(phones.join(QStringLiteral(", "))), f.listCell);
        ++row;
    }
    worksheet_set_column(ws, 0, 0, 6, nullptr);
    worksheet_set_column(ws, 1, 1, 40, nullptr);
    worksheet_set_column(ws, 2, 2, 26, nullptr);
    worksheet_set_column(ws, 3, 3, 26, nullptr);
    worksheet_set_column(ws, 4, 4, 28, nullptr);
    worksheet_set_row(ws, 0, 33, nullptr);
    worksheet_freeze_panes(ws, 1, 0);
    worksheet_set_landscape(ws);
    worksheet_set_paper(ws, 9);
    worksheet_fit_to_pages(ws, 1, 0);
    if (t.people.isEmpty())
        return {};
    return QStringLiteral("='%1'!$B$2:$B$%2").arg(TemplateExport::peopleSheetName()).arg(row);
}

void writeInstructionsSheet(Workbook &wb, const Formats &f, const RosterTemplate &t,
                            lxw_worksheet *ws)
{
    constexpr double TextWidth = 100; // characters of column B
    worksheet_merge_range(ws, 0, 0, 0, 1, "HƯỚNG DẪN ĐIỀN MẪU LỊCH TRỰC", f.heading);
    worksheet_merge_range(
        ws, 1, 0, 1, 1,
        wb.keep(CellText::neutralised(t.roster.period.title + QStringLiteral(" – ") + t.unit.name)),
        f.plain);
    worksheet_set_row(ws, 0, 21, nullptr);
    const QStringList lines = instructionLines(t);
    lxw_row_t row = 3;
    for (int i = 0; i < lines.size(); ++i, ++row) {
        const QString line = CellText::neutralised(lines.at(i));
        worksheet_write_string(ws, row, 0, wb.keep(QStringLiteral("%1.").arg(i + 1)), f.plain);
        worksheet_write_string(ws, row, 1, wb.keep(line), f.plain);
        // Wrapped text gets its height here: not every spreadsheet fits it on opening.
        const int wrapped = int(line.size() / (TextWidth * 0.95)) + 1;
        worksheet_set_row(ws, row, 16.5 * wrapped + 3, nullptr);
    }
    worksheet_set_column(ws, 0, 0, 5, nullptr);
    worksheet_set_column(ws, 1, 1, TextWidth, nullptr);
    worksheet_set_paper(ws, 9);
    worksheet_set_landscape(ws);
    worksheet_fit_to_pages(ws, 1, 0);
}

void writeIdentitySheet(Workbook &wb, const RosterTemplate &t, lxw_worksheet *ws)
{
    const QList<QPair<QString, QString>> values {
        {FormatKey, FormatValue},
        {VersionKey, QStringLiteral("1")},
        {PeriodIdKey, QString::number(t.roster.period.id)},
        {PeriodKey, t.roster.period.title},
        {FirstDayKey, t.roster.period.firstDay.toString(Qt::ISODate)},
        {LastDayKey, t.roster.period.lastDay.toString(Qt::ISODate)},
        {UnitIdKey, QString::number(t.unit.id)},
        {UnitKey, t.unit.name},
        {UnitCodeKey, t.unit.code},
    };
    lxw_row_t row = 0;
    for (const auto &[key, value] : values) {
        worksheet_write_string(ws, row, 0, wb.keep(key), nullptr);
        if (!value.isEmpty())
            worksheet_write_string(ws, row, 1, wb.keep(CellText::neutralised(value)), nullptr);
        ++row;
    }
    worksheet_hide(ws);
}

} // namespace

int RosterTemplate::rowCount() const
{
    return int(roster.days().size() * roster.shifts.size());
}

Result<RosterTemplate> RosterTemplate::load(Database &db, Id periodId, Id unitId,
                                            const ExportControl &control)
{
    if (unitId == NoId)
        return Error(Error::Code::Invalid,
                     TemplateExport::tr("A roster template is made for one unit: choose it."));
    RosterTemplate t;
    const Result<RosterDocument> roster = RosterData::load(db, periodId, unitId, NoId, control);
    if (!roster)
        return roster.error();
    t.roster = roster.value();
    if (t.roster.units.isEmpty())
        return Error(Error::Code::NotFound,
                     TemplateExport::tr("There is no unit with id %1.").arg(unitId));
    t.unit = t.roster.units.first().unit;

    const Result<QList<Person>> people = DirectoryStore(db).people(unitId);
    if (!people)
        return people.error();
    for (const Person &p : people.value()) {
        if (p.active && p.unitId == unitId)
            t.people << p;
    }
    std::stable_sort(t.people.begin(), t.people.end(), [](const Person &a, const Person &b) {
        return VietnameseText::compareByGivenName(a.fullName, b.fullName) < 0;
    });

    // As many places per role as the unit's kind requires, or as it holds
    // already; every role once when the period asks nothing of this kind.
    const RosterUnitBlock &block = t.roster.units.first();
    QList<int> places(t.roster.roles.size(), 0);
    for (int r = 0; r < t.roster.roles.size(); ++r) {
        places[r] = requiredCount(t.roster.roles.at(r), t.unit.kind);
        for (const RosterLine &line : block.lines) {
            if (r < line.holders.size())
                places[r] = qMax(places[r], int(line.holders.at(r).size()));
        }
    }
    if (std::all_of(places.cbegin(), places.cend(), [](int n) { return n == 0; }))
        places.fill(1);
    for (int r = 0; r < t.roster.roles.size(); ++r) {
        for (int place = 0; place < places.at(r); ++place) {
            TemplateRoleColumn column;
            column.roleIndex = r;
            column.place = place;
            column.header = t.roster.roles.at(r).name;
            if (places.at(r) > 1)
                column.header += QStringLiteral(" (%1)").arg(place + 1);
            t.roleColumns << column;
        }
    }
    return t;
}

QString TemplateExport::rosterSheetName()
{
    return QStringLiteral("Lịch trực");
}

QString TemplateExport::peopleSheetName()
{
    return QStringLiteral("Danh sách");
}

QString TemplateExport::instructionsSheetName()
{
    return QStringLiteral("Hướng dẫn");
}

QString TemplateExport::identitySheetName()
{
    return QStringLiteral("DutyDesk");
}

QString TemplateExport::choiceText(const Person &person)
{
    const QString phone = phoneOfChoice(person);
    if (phone.isEmpty())
        return person.fullName;
    return person.fullName + QStringLiteral(" - ") + PhoneNumber::displayStored(phone);
}

QString TemplateExport::fileName(const QString &unitName, const QString &periodTitle)
{
    QString base = QStringLiteral("Mẫu lịch trực - %1 - %2").arg(unitName, periodTitle);
    static const QString bad = QStringLiteral("/\\:*?\"<>|");
    for (QChar &c : base) {
        if (bad.contains(c) || c.category() == QChar::Other_Control)
            c = u'-';
    }
    return base.simplified() + QStringLiteral(".xlsx");
}

Status TemplateExport::writeXlsx(const RosterTemplate &t, const QString &path)
{
    Workbook wb(path);
    if (!wb.book())
        return Error(Error::Code::Io, tr("The template “%1” could not be created.").arg(path));
    const Formats formats(wb.book());
    lxw_worksheet *roster = workbook_add_worksheet(wb.book(), wb.keep(rosterSheetName()));
    lxw_worksheet *people = workbook_add_worksheet(wb.book(), wb.keep(peopleSheetName()));
    lxw_worksheet *help = workbook_add_worksheet(wb.book(), wb.keep(instructionsSheetName()));
    lxw_worksheet *identity = workbook_add_worksheet(wb.book(), wb.keep(identitySheetName()));
    if (!roster || !people || !help || !identity)
        return Error(Error::Code::Io, tr("The template could not be written."));

    const QString listRange = writePeopleSheet(wb, formats, t, people);
    if (const Status s = writeRosterSheet(wb, formats, t, roster, listRange); !s)
        return s;
    writeInstructionsSheet(wb, formats, t, help);
    writeIdentitySheet(wb, t, identity);

    lxw_doc_properties properties {};
    properties.title = wb.keep(QStringLiteral("Mẫu lịch trực – ") + t.unit.name);
    properties.subject = wb.keep(t.roster.period.title);
    properties.author = wb.keep(QStringLiteral("DutyDesk"));
    properties.company = wb.keep(t.roster.organisation.issuingAgency);
    workbook_set_properties(wb.book(), &properties);
    return wb.close();
}

std::optional<TemplateIdentity> TemplateExport::identity(const QString &path)
{
    const Result<QList<XlsxReader::SheetInfo>> sheets = XlsxReader::sheets(path);
    if (!sheets)
        return std::nullopt;
    const bool found = std::any_of(sheets->cbegin(), sheets->cend(), [](const auto &sheet) {
        return sheet.name == identitySheetName();
    });
    if (!found)
        return std::nullopt;
    const Result<ImportTable> table = XlsxReader::read(path, identitySheetName());
    if (!table)
        return std::nullopt;
    QHash<QString, QString> values;
    for (const ImportRow &row : table->rows) {
        if (row.cells.size() >= 2)
            values.insert(row.cells.at(0).trimmed(), row.cells.at(1).trimmed());
        else if (row.cells.size() == 1)
            values.insert(row.cells.at(0).trimmed(), QString());
    }
    if (values.value(FormatKey) != FormatValue)
        return std::nullopt;
    TemplateIdentity id;
    id.periodId = values.value(PeriodIdKey).toLongLong();
    id.periodTitle = values.value(PeriodKey);
    id.unitId = values.value(UnitIdKey).toLongLong();
    id.unitName = values.value(UnitKey);
    id.unitCode = values.value(UnitCodeKey);
    if (id.periodTitle.isEmpty() && id.periodId == NoId)
        return std::nullopt;
    return id;
}

Result<ImportRequest> TemplateExport::completed(Database &db, const ImportRequest &request)
{
    if (request.kind != ImportKind::Roster || (request.periodId != NoId && request.unitId != NoId))
        return request;
    const std::optional<TemplateIdentity> id = identity(request.path);
    if (!id)
        return request;
    const QString file = QFileInfo(request.path).fileName();
    ImportRequest result = request;

    // By id when the stored title or name still agrees (the same database),
    // else by exactly that title, code or name (a copy of it): never a guess.
    if (result.periodId == NoId) {
        const Result<QList<DutyPeriod>> periods = PeriodStore(db).periods();
        if (!periods)
            return periods.error();
        const QString title = VietnameseText::fold(id->periodTitle);
        QList<Id> byTitle;
        for (const DutyPeriod &p : periods.value()) {
            if (VietnameseText::fold(p.title) != title)
                continue;
            if (p.id == id->periodId) {
                byTitle = {p.id};
                break;
            }
            byTitle << p.id;
        }
        if (byTitle.size() != 1)
            return Error(Error::Code::NotFound,
                         tr("%1 is a template for the duty period “%2”, which is not in this "
                            "database: choose the period to import it into.")
                             .arg(file, id->periodTitle));
        result.periodId = byTitle.first();
    }
    if (result.unitId == NoId) {
        const Result<QList<Unit>> units = DirectoryStore(db).units();
        if (!units)
            return units.error();
        const QString name = VietnameseText::fold(id->unitName);
        QList<Id> byName;
        QList<Id> byCode;
        for (const Unit &u : units.value()) {
            const bool sameName = !name.isEmpty() && VietnameseText::fold(u.name) == name;
            if (sameName && u.id == id->unitId) {
                byName = {u.id};
                byCode.clear();
                break;
            }
            if (sameName)
                byName << u.id;
            if (!id->unitCode.isEmpty() && u.code.compare(id->unitCode, Qt::CaseInsensitive) == 0)
                byCode << u.id;
        }
        const QList<Id> &chosen = byCode.size() == 1 ? byCode : byName;
        if (chosen.size() != 1)
            return Error(Error::Code::NotFound,
                         tr("%1 is a template for the unit “%2”, which is not in this database: "
                            "choose the unit to import it into.")
                             .arg(file, id->unitName));
        result.unitId = chosen.first();
    }
    return result;
}

} // namespace DutyDesk
