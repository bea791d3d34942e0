#include "ImportMapping.h"

#include "VietnameseText.h"

#include <QHash>

namespace DutyDesk {

namespace {

using Field = ImportMapping::Field;

QString headerKey(const QString &text)
{
    QString folded = VietnameseText::fold(text);
    for (QChar &c : folded) {
        if (!c.isLetterOrNumber())
            c = u' ';
    }
    return folded.simplified();
}

struct Synonym
{
    const char *text;
    Field field;
};

// Folded header texts; the first table that knows a text decides.
constexpr Synonym common[] = {
    {"stt", Field::Number},        {"tt", Field::Number},
    {"so tt", Field::Number},      {"no", Field::Number},
    {"chuc vu", Field::Position},  {"chuc danh", Field::Position},
    {"position", Field::Position}, {"title", Field::Position},
    {"dien thoai", Field::Phone},  {"so dien thoai", Field::Phone},
    {"sdt", Field::Phone},         {"so dt", Field::Phone},
    {"dt", Field::Phone},          {"di dong", Field::Phone},
    {"dtdd", Field::Phone},        {"dien thoai di dong", Field::Phone},
    {"phone", Field::Phone},       {"mobile", Field::Phone},
    {"tel", Field::Phone},         {"dien thoai lien he", Field::Phone},
    {"email", Field::Email},       {"e mail", Field::Email},
    {"thu dien tu", Field::Email}, {"ghi chu", Field::Note},
    {"note", Field::Note},         {"notes", Field::Note},
    {"dia chi", Field::Address},   {"address", Field::Address},
};

constexpr Synonym people[] = {
    {"ho va ten", Field::Name}, {"ho ten", Field::Name},          {"ten", Field::Name},
    {"name", Field::Name},      {"full name", Field::Name},       {"ho ten can bo", Field::Name},
    {"don vi", Field::Unit},    {"ten don vi", Field::Unit},      {"unit", Field::Unit},
    {"co quan", Field::Unit},   {"don vi cong tac", Field::Unit},
};

constexpr Synonym units[] = {
    {"ten don vi", Field::Name},
    {"don vi", Field::Name},
    {"ten", Field::Name},
    {"name", Field::Name},
    {"unit", Field::Name},
    {"ten viet tat", Field::ShortName},
    {"viet tat", Field::ShortName},
    {"short name", Field::ShortName},
    {"ma", Field::Code},
    {"ma don vi", Field::Code},
    {"code", Field::Code},
    {"don vi cap tren", Field::ParentUnit},
    {"cap tren", Field::ParentUnit},
    {"truc thuoc", Field::ParentUnit},
    {"parent", Field::ParentUnit},
    {"loai", Field::Kind},
    {"loai don vi", Field::Kind},
    {"kind", Field::Kind},
    {"type", Field::Kind},
};

constexpr Synonym hotlines[] = {
    {"ten", Field::Label},
    {"noi dung", Field::Label},
    {"label", Field::Label},
    {"name", Field::Label},
    {"duong day nong", Field::Label},
    {"ten duong day", Field::Label},
    {"so", Field::Phone},
    {"so duong day nong", Field::Phone},
    {"hotline", Field::Phone},
    {"number", Field::Phone},
    {"don vi", Field::Unit},
    {"unit", Field::Unit},
    {"gio", Field::Hours},
    {"thoi gian", Field::Hours},
    {"hours", Field::Hours},
    {"gio truc", Field::Hours},
    {"nguon", Field::Source},
    {"source", Field::Source},
    {"ghi chu", Field::Source},
};

constexpr Synonym roster[] = {
    {"ngay", Field::Date},
    {"date", Field::Date},
    {"ngay truc", Field::Date},
    {"ngay thang", Field::Date},
    {"ngay thu", Field::Date},
    {"thu ngay", Field::Date},
    {"thu", Field::Weekday},
    {"weekday", Field::Weekday},
    {"ca", Field::Shift},
    {"ca truc", Field::Shift},
    {"shift", Field::Shift},
    {"buoi", Field::Shift},
    {"thoi gian", Field::Shift},
    {"gio", Field::Shift},
    {"gio truc", Field::Shift},
    {"nhiem vu", Field::RoleName},
    {"vai tro", Field::RoleName},
    {"role", Field::RoleName},
    {"vi tri truc", Field::RoleName},
    {"ho va ten", Field::Name},
    {"ho ten", Field::Name},
    {"name", Field::Name},
    {"nguoi truc", Field::Name},
    {"don vi", Field::Unit},
    {"ten don vi", Field::Unit},
    {"unit", Field::Unit},
};

// The usual role headers, whatever the period calls its roles.
constexpr const char *roleHeaders[] = {
    "lanh dao truc", "lanh dao",       "truc lanh dao",      "can bo truc", "can bo",
    "truc ky thuat", "ky thuat",       "truc ky thuat attt", "attt",        "bao ve",
    "truc bao ve",   "leader on duty", "officer on duty",    "technician",  "guard",
};

std::optional<Field> lookup(const Synonym *begin, const Synonym *end, const QString &key)
{
    for (const Synonym *s = begin; s != end; ++s) {
        if (key == QLatin1String(s->text))
            return s->field;
    }
    return std::nullopt;
}

} // namespace

int ImportMapping::column(Field field) const
{
    for (const Column &c : columns) {
        if (c.field == field)
            return c.index;
    }
    return -1;
}

QList<ImportMapping::Column> ImportMapping::roleColumns() const
{
    QList<Column> result;
    for (const Column &c : columns) {
        if (c.field == Field::Role)
            result << c;
    }
    return result;
}

ImportMapping::Field ImportMapping::fieldOf(const QString &header, ImportKind kind,
                                            const QStringList &roleNames, QString *roleName)
{
    const QString key = headerKey(header);
    if (key.isEmpty())
        return Field::Ignore;
    if (kind == ImportKind::Roster) {
        // A role of the period: its name, or the start of it ("Trực kỹ thuật"
        // for "Trực kỹ thuật/ATTT").
        for (const QString &role : roleNames) {
            const QString roleKey = headerKey(role);
            if (key == roleKey || roleKey.startsWith(key + u' ')
                || key.startsWith(roleKey + u' ')) {
                if (roleName)
                    *roleName = role;
                return Field::Role;
            }
        }
        for (const char *text : roleHeaders) {
            if (key == QLatin1String(text)) {
                if (roleName)
                    *roleName = header.simplified();
                return Field::Role;
            }
        }
    }
    std::optional<Field> field;
    switch (kind) {
    case ImportKind::People:
        field = lookup(std::begin(people), std::end(people), key);
        break;
    case ImportKind::Units:
        field = lookup(std::begin(units), std::end(units), key);
        break;
    case ImportKind::Hotlines:
        field = lookup(std::begin(hotlines), std::end(hotlines), key);
        break;
    case ImportKind::Roster:
        field = lookup(std::begin(roster), std::end(roster), key);
        break;
    }
    if (!field)
        field = lookup(std::begin(common), std::end(common), key);
    return field.value_or(Field::Ignore);
}

Result<ImportMapping> ImportMapping::recognise(const ImportTable &table, ImportKind kind,
                                               const QStringList &roleNames)
{
    auto satisfied = [kind](const ImportMapping &m) {
        switch (kind) {
        case ImportKind::People:
            return m.column(Field::Name) >= 0;
        case ImportKind::Units:
            return m.column(Field::Name) >= 0;
        case ImportKind::Hotlines:
            return m.column(Field::Phone) >= 0;
        case ImportKind::Roster:
            return m.column(Field::Date) >= 0
                && (!m.roleColumns().isEmpty()
                    || (m.column(Field::RoleName) >= 0 && m.column(Field::Name) >= 0));
        }
        return false;
    };
    ImportMapping best;
    int bestCount = 0;
    const int scan = int(qMin<qsizetype>(table.rows.size(), 30));
    for (int r = 0; r < scan; ++r) {
        ImportMapping candidate;
        candidate.headerRow = r;
        int recognised = 0;
        const QStringList &cells = table.rows.at(r).cells;
        for (int c = 0; c < cells.size(); ++c) {
            Column column;
            column.index = c;
            column.header = cells.at(c).simplified();
            column.field = fieldOf(cells.at(c), kind, roleNames, &column.roleName);
            if (column.field == Field::Ignore)
                continue;
            // A field named twice: the first column wins (roles may repeat).
            if (column.field != Field::Role && candidate.column(column.field) >= 0)
                continue;
            ++recognised;
            candidate.columns << column;
        }
        if (satisfied(candidate) && recognised > bestCount) {
            best = candidate;
            bestCount = recognised;
        }
    }
    if (best.headerRow >= 0)
        return best;

    QString expected;
    switch (kind) {
    case ImportKind::People:
        expected = tr("“Họ và tên” (Name), and “Chức vụ”, “Đơn vị”, “Điện thoại”");
        break;
    case ImportKind::Units:
        expected
            = tr("“Tên đơn vị” (Name), and “Tên viết tắt”, “Mã”, “Đơn vị cấp trên”, “Địa chỉ”");
        break;
    case ImportKind::Hotlines:
        expected = tr("“Số” or “Điện thoại” (Number), and “Tên”, “Đơn vị”, “Thời gian”");
        break;
    case ImportKind::Roster:
        expected = tr("“Ngày” (Date), “Ca” (Shift) and one column per duty role (%1)")
                       .arg(roleNames.isEmpty() ? tr("“Lãnh đạo trực”, “Cán bộ trực”, …")
                                                : roleNames.join(QStringLiteral(", ")));
        break;
    }
    const QString where
        = table.sheet.isEmpty() ? table.file : tr("%1, sheet “%2”").arg(table.file, table.sheet);
    return Error(Error::Code::Invalid,
                 tr("%1: no header row found in the first %2 rows. Expected columns: %3.")
                     .arg(where)
                     .arg(scan)
                     .arg(expected));
}

QString ImportMapping::kindKey(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Units:
        return QStringLiteral("units");
    case ImportKind::People:
        return QStringLiteral("people");
    case ImportKind::Hotlines:
        return QStringLiteral("hotlines");
    case ImportKind::Roster:
        return QStringLiteral("roster");
    }
    return {};
}

std::optional<ImportKind> ImportMapping::kindFromKey(const QString &key)
{
    for (const ImportKind kind :
         {ImportKind::Units, ImportKind::People, ImportKind::Hotlines, ImportKind::Roster}) {
        if (kindKey(kind) == key)
            return kind;
    }
    return std::nullopt;
}

QString ImportMapping::fieldKey(Field field)
{
    static const char *const keys[]
        = {"ignore",  "number", "name",    "position", "unit",  "parent", "shortName",
           "code",    "kind",   "address", "phone",    "email", "note",   "date",
           "weekday", "shift",  "role",    "roleName", "label", "hours",  "source"};
    return QString::fromLatin1(keys[int(field)]);
}

} // namespace DutyDesk
