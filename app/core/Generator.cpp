#include "Generator.h"

#include "DomainNames.h"
#include "PeriodStore.h"
#include "PhoneNumber.h"
#include "SettingsStore.h"
#include "StoreSupport.h"

#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>
#include <array>
#include <vector>

namespace DutyDesk {

namespace {

QString u8(const char *text)
{
    return QString::fromUtf8(text);
}

// ---- deterministic randomness ---------------------------------------------

/// Knuth's MMIX LCG with our own reduction: the same numbers with every
/// compiler and standard library (no std distribution is used).
class Rng
{
public:
    explicit Rng(quint64 seed)
        : m_state(seed ^ 0x9E3779B97F4A7C15ULL)
    {
        for (int i = 0; i < 4; ++i)
            next();
    }

    quint32 next()
    {
        m_state = m_state * 6364136223846793005ULL + 1442695040888963407ULL;
        return quint32(m_state >> 33);
    }
    /// 0 … n-1.
    int below(int n) { return n <= 1 ? 0 : int(next() % quint32(n)); }
    bool chance(int percent) { return below(100) < percent; }

private:
    quint64 m_state;
};

struct Weighted
{
    const char *text;
    int weight;
};

/// A weighted list with its texts converted once, picked by cumulative weight.
class WeightedList
{
public:
    template<size_t N> explicit WeightedList(const Weighted (&items)[N])
    {
        for (const Weighted &item : items) {
            m_total += item.weight;
            m_texts << u8(item.text);
            m_bounds.push_back(m_total);
        }
    }
    const QString &pick(Rng &rng) const
    {
        const int at = rng.below(m_total);
        const auto it = std::upper_bound(m_bounds.cbegin(), m_bounds.cend(), at);
        return m_texts.at(it - m_bounds.cbegin());
    }

private:
    QStringList m_texts;
    std::vector<int> m_bounds;
    int m_total = 0;
};

class PlainList
{
public:
    template<size_t N> explicit PlainList(const char *const (&items)[N])
    {
        for (const char *item : items)
            m_texts << u8(item);
    }
    const QString &pick(Rng &rng) const { return m_texts.at(rng.below(int(m_texts.size()))); }
    const QString &at(int i) const { return m_texts.at(i % int(m_texts.size())); }
    int size() const { return int(m_texts.size()); }

private:
    QStringList m_texts;
};

// ---- names --------------------------------------------------------------------

// Family names in per-mille, after the published frequencies (Nguyễn about
// 38 %, Trần 11 %, Lê 9.5 % …); the last 9.5 % is shared by rarer names.
constexpr Weighted familyNames[] = {
    {"Nguyễn", 380}, {"Trần", 110}, {"Lê", 95},    {"Phạm", 70},  {"Hoàng", 30}, {"Huỳnh", 20},
    {"Phan", 45},    {"Vũ", 20},    {"Võ", 19},    {"Đặng", 21},  {"Bùi", 20},   {"Đỗ", 14},
    {"Hồ", 13},      {"Ngô", 13},   {"Dương", 10}, {"Lý", 5},     {"Đinh", 10},  {"Trịnh", 7},
    {"Đào", 7},      {"Lương", 6},  {"Mai", 6},    {"Cao", 5},    {"Đoàn", 6},   {"Hà", 6},
    {"Tô", 4},       {"Lưu", 4},    {"Tạ", 3},     {"Trương", 6}, {"Lâm", 4},    {"Thái", 3},
    {"Châu", 3},     {"Quách", 2},  {"Kiều", 2},   {"Triệu", 3},  {"Mạc", 1},    {"Khúc", 1},
    {"Nông", 3},     {"Lò", 2},     {"Tăng", 2},   {"La", 2},     {"Hứa", 2},    {"Nhữ", 1},
};

constexpr Weighted maleMiddleNames[] = {
    {"Văn", 30},  {"Đức", 10}, {"Minh", 9},  {"Quang", 7}, {"Hữu", 7},   {"Xuân", 5},
    {"Thanh", 6}, {"Ngọc", 4}, {"Mạnh", 3},  {"Công", 6},  {"Trọng", 4}, {"Việt", 3},
    {"Duy", 4},   {"Tiến", 3}, {"Hoàng", 4}, {"Anh", 3},   {"Bá", 3},    {"Đình", 6},
    {"Quốc", 5},  {"Thế", 3},  {"Trung", 3}, {"Tuấn", 2},  {"Hải", 2},   {"Văn Minh", 1},
};

constexpr Weighted femaleMiddleNames[] = {
    {"Thị", 45},    {"Thu", 6},      {"Ngọc", 7},     {"Thanh", 6},     {"Minh", 4},
    {"Thị Thu", 3}, {"Thị Ngọc", 3}, {"Thị Minh", 2}, {"Thị Hồng", 2},  {"Phương", 3},
    {"Thùy", 3},    {"Hồng", 4},     {"Kim", 3},      {"Thị Thanh", 2}, {"Diệu", 1},
    {"Bích", 2},    {"Hoài", 2},     {"Mỹ", 2},       {"Khánh", 2},     {"Bảo", 1},
};

constexpr Weighted maleGivenNames[] = {
    {"Anh", 9},   {"Bình", 5},  {"Cường", 5}, {"Dũng", 7}, {"Đạt", 5},   {"Đức", 6},   {"Giang", 3},
    {"Hải", 7},   {"Hiếu", 5},  {"Hòa", 4},   {"Hùng", 8}, {"Huy", 7},   {"Khánh", 4}, {"Khoa", 3},
    {"Kiên", 3},  {"Lâm", 3},   {"Long", 7},  {"Lộc", 3},  {"Mạnh", 4},  {"Minh", 9},  {"Nam", 8},
    {"Nghĩa", 4}, {"Phong", 5}, {"Phúc", 4},  {"Quân", 5}, {"Quang", 5}, {"Sơn", 7},   {"Tài", 3},
    {"Thắng", 6}, {"Thành", 7}, {"Thịnh", 3}, {"Toàn", 4}, {"Trung", 6}, {"Tú", 4},    {"Tuấn", 9},
    {"Tùng", 5},  {"Việt", 4},  {"Vinh", 4},  {"Hưng", 5}, {"Hậu", 2},   {"Khải", 2},  {"Chiến", 3},
    {"Dương", 3}, {"Tiến", 4},  {"Bảo", 3},   {"Hiệp", 3}, {"Thái", 3},  {"Công", 2},  {"Định", 2},
    {"Lực", 2},   {"Phát", 2},  {"Trí", 3},   {"Vũ", 3},   {"Khang", 2},
};

constexpr Weighted femaleGivenNames[] = {
    {"Anh", 8},  {"Chi", 4},    {"Dung", 5},  {"Giang", 4}, {"Hà", 7},   {"Hạnh", 5}, {"Hằng", 6},
    {"Hiền", 6}, {"Hoa", 6},    {"Huyền", 6}, {"Hương", 8}, {"Lan", 7},  {"Liên", 4}, {"Linh", 9},
    {"Loan", 4}, {"Mai", 7},    {"My", 4},    {"Nga", 6},   {"Ngân", 4}, {"Ngọc", 6}, {"Nhung", 5},
    {"Oanh", 4}, {"Phương", 7}, {"Quyên", 3}, {"Quỳnh", 5}, {"Tâm", 4},  {"Thảo", 7}, {"Thơ", 2},
    {"Thủy", 6}, {"Trang", 9},  {"Tuyết", 3}, {"Uyên", 3},  {"Vân", 5},  {"Yến", 5},  {"Hồng", 4},
    {"Lệ", 2},   {"Duyên", 3},  {"Nhàn", 2},  {"Hường", 3}, {"Thúy", 4}, {"Ly", 3},   {"Nhi", 3},
};

// ---- places -------------------------------------------------------------------

constexpr const char *provinceNames[] = {
    "Hải Phòng",
    "Hà Nội",
    "Thành phố Hồ Chí Minh",
    "Đà Nẵng",
    "Cần Thơ",
    "Quảng Ninh",
    "Nam Định",
    "Thái Bình",
    "Hải Dương",
    "Hưng Yên",
    "Bắc Ninh",
    "Bắc Giang",
    "Vĩnh Phúc",
    "Phú Thọ",
    "Thái Nguyên",
    "Ninh Bình",
    "Hà Nam",
    "Thanh Hóa",
    "Nghệ An",
    "Hà Tĩnh",
    "Quảng Bình",
    "Quảng Trị",
    "Thừa Thiên Huế",
    "Quảng Nam",
    "Quảng Ngãi",
    "Bình Định",
    "Phú Yên",
    "Khánh Hòa",
    "Ninh Thuận",
    "Bình Thuận",
    "Kon Tum",
    "Gia Lai",
    "Đắk Lắk",
    "Đắk Nông",
    "Lâm Đồng",
    "Bình Phước",
    "Tây Ninh",
    "Bình Dương",
    "Đồng Nai",
    "Bà Rịa - Vũng Tàu",
    "Long An",
    "Tiền Giang",
    "Bến Tre",
    "Trà Vinh",
    "Vĩnh Long",
    "Đồng Tháp",
    "An Giang",
    "Kiên Giang",
    "Hậu Giang",
    "Sóc Trăng",
    "Bạc Liêu",
    "Cà Mau",
    "Lào Cai",
    "Yên Bái",
    "Điện Biên",
    "Lai Châu",
    "Sơn La",
    "Hòa Bình",
    "Hà Giang",
    "Tuyên Quang",
    "Cao Bằng",
    "Bắc Kạn",
    "Lạng Sơn",
};

// Syllables that Vietnamese place names (districts, communes) are made of.
constexpr const char *placeSyllables[] = {
    "An",   "Bình",  "Hòa",   "Tân",  "Phú",   "Đông",  "Tây",  "Nam",   "Bắc",   "Thạnh",
    "Hưng", "Lộc",   "Phước", "Long", "Thuận", "Mỹ",    "Vĩnh", "Quang", "Minh",  "Thành",
    "Xuân", "Trung", "Hải",   "Sơn",  "Thủy",  "Lâm",   "Đức",  "Kiến",  "Cát",   "Hiệp",
    "Thái", "Hồng",  "Yên",   "Lạc",  "Phong", "Quảng", "Hợp",  "Nghĩa", "Thịnh", "Gia",
};

// People and events schools are named after.
constexpr const char *schoolNamesakes[] = {
    "Lê Lợi",          "Trần Hưng Đạo",
    "Nguyễn Trãi",     "Lê Quý Đôn",
    "Chu Văn An",      "Lý Thường Kiệt",
    "Quang Trung",     "Nguyễn Du",
    "Trần Phú",        "Võ Thị Sáu",
    "Nguyễn Huệ",      "Lê Hồng Phong",
    "Phan Bội Châu",   "Phan Chu Trinh",
    "Hai Bà Trưng",    "Ngô Quyền",
    "Đinh Tiên Hoàng", "Lý Tự Trọng",
    "Nguyễn Văn Trỗi", "Kim Đồng",
    "Trần Quốc Toản",  "Lương Thế Vinh",
    "Nguyễn Khuyến",   "Nguyễn Bỉnh Khiêm",
    "Hàn Thuyên",      "Tô Hiến Thành",
    "Mạc Đĩnh Chi",    "Nguyễn Đình Chiểu",
    "Trần Quang Khải", "Yết Kiêu",
    "Phạm Ngũ Lão",    "Bà Triệu",
    "Lê Văn Tám",      "Nguyễn Thị Minh Khai",
    "Hoàng Văn Thụ",   "Võ Trường Toản",
    "Nguyễn Công Trứ", "Trương Định",
    "Phan Đình Phùng", "Nguyễn Thái Học",
    "Tôn Đức Thắng",   "Đoàn Thị Điểm",
    "Lê Thánh Tông",   "Trần Nhân Tông",
    "Lê Lai",          "Ngô Gia Tự",
    "Phạm Văn Đồng",   "Huỳnh Thúc Kháng",
    "Cao Bá Quát",     "Hồ Xuân Hương",
};

struct LevelDef
{
    const char *prefix; ///< before the namesake or the commune
    const char *shortPrefix;
    int weight;
};

constexpr LevelDef schoolLevels[] = {
    {"Trường Mầm non", "MN", 30},
    {"Trường Tiểu học", "TH", 34},
    {"Trường THCS", "THCS", 26},
    {"Trường THPT", "THPT", 8},
    {"Trường Tiểu học và THCS", "TH&THCS", 2},
};

struct OfficeDef
{
    const char *name;
    const char *shortName;
    const char *code;
};

constexpr OfficeDef agencyOffices[] = {
    {"Văn phòng Sở", "Văn phòng", "VP"},
    {"Thanh tra Sở", "Thanh tra", "TTR"},
    {"Phòng Tổ chức cán bộ", "Phòng TCCB", "TCCB"},
    {"Phòng Kế hoạch - Tài chính", "Phòng KHTC", "KHTC"},
    {"Phòng Giáo dục Mầm non", "Phòng GDMN", "GDMN"},
    {"Phòng Giáo dục Tiểu học", "Phòng GDTH", "GDTH"},
    {"Phòng Giáo dục Trung học", "Phòng GDTrH", "GDTRH"},
    {"Phòng Khảo thí và Kiểm định chất lượng giáo dục", "Phòng KT&KĐCL", "KTKD"},
};

constexpr OfficeDef affiliatedUnits[] = {
    {"Trung tâm Hỗ trợ phát triển giáo dục hòa nhập", "TT GD hòa nhập", "HN"},
    {"Trung tâm Kỹ thuật tổng hợp - Hướng nghiệp", "TT KTTH-HN", "KTTH"},
    {"Trường Trung cấp Nghiệp vụ Giáo dục", "TC Nghiệp vụ GD", "TCNV"},
};

constexpr OfficeDef externalPartners[] = {
    {"Viettel", "Viettel", "VTL"},
    {"VNPT", "VNPT", "VNPT"},
    {"Phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao - Công an", "PA05", "PA05"},
    {"Sở Thông tin và Truyền thông", "Sở TT&TT", "STTTT"},
};

constexpr int FixedUnitsPerProvince = 1 + int(std::size(agencyOffices))
    + int(std::size(affiliatedUnits)) + int(std::size(externalPartners));
constexpr int UnitsPerDistrict = 72; // an office and about seventy schools and centres

// ---- roles and positions -----------------------------------------------------------

enum Role { LeaderRole = 0, OfficerRole = 1, TechRole = 2, RoleCount = 3 };

struct Positions
{
    const char *head;
    const char *deputy;
    const char *it; ///< the first of the staff
    const char *staff[3];
};

const Positions &positionsOf(UnitKind kind)
{
    static constexpr Positions department {"Giám đốc Sở",
                                           "Phó Giám đốc Sở",
                                           "Chuyên viên Công nghệ thông tin",
                                           {"Chuyên viên", "Chuyên viên", "Văn thư"}};
    static constexpr Positions office {"Trưởng phòng",
                                       "Phó Trưởng phòng",
                                       "Chuyên viên CNTT",
                                       {"Chuyên viên", "Chuyên viên", "Chuyên viên chính"}};
    static constexpr Positions school {"Hiệu trưởng",
                                       "Phó Hiệu trưởng",
                                       "Giáo viên Tin học",
                                       {"Giáo viên", "Giáo viên", "Nhân viên văn phòng"}};
    static constexpr Positions centre {
        "Giám đốc", "Phó Giám đốc", "Giáo viên Tin học", {"Giáo viên", "Nhân viên", "Kế toán"}};
    static constexpr Positions external {"Trưởng phòng",
                                         "Phó Trưởng phòng",
                                         "Kỹ sư an ninh mạng",
                                         {"Cán bộ trực ban", "Kỹ sư", "Chuyên viên"}};
    switch (kind) {
    case UnitKind::Department:
        return department;
    case UnitKind::AgencyOffice:
    case UnitKind::DistrictOffice:
        return office;
    case UnitKind::School:
        return school;
    case UnitKind::Centre:
    case UnitKind::Affiliated:
        return centre;
    case UnitKind::External:
        return external;
    }
    return office;
}

/// How many more people than the minimum a kind of unit tends to have.
int staffWeight(UnitKind kind)
{
    switch (kind) {
    case UnitKind::Department:
        return 40;
    case UnitKind::AgencyOffice:
        return 5;
    case UnitKind::DistrictOffice:
        return 12;
    case UnitKind::School:
        return 10;
    case UnitKind::Centre:
        return 12;
    case UnitKind::Affiliated:
        return 10;
    case UnitKind::External:
        return 2;
    }
    return 10;
}

bool staffed(UnitKind kind)
{
    return kind != UnitKind::External;
}

// ---- bulk writing ---------------------------------------------------------------

/// Multi-row INSERTs through one prepared statement reused for every full
/// batch: a few thousand statements for half a million rows instead of half a
/// million. Runs inside the caller's transaction.
class BulkInsert
{
public:
    BulkInsert(Database &db, const QString &table, const QStringList &columns)
        : m_db(db)
        , m_columns(int(columns.size()))
        , m_rowsPerStatement(std::max(1, 999 / m_columns)) // SQLite's lowest variable limit
    {
        m_head = QStringLiteral("INSERT INTO ") + table + QStringLiteral(" (")
            + columns.join(QStringLiteral(", ")) + QStringLiteral(") VALUES ");
        m_values.reserve(size_t(m_rowsPerStatement * m_columns));
    }

    /// Adds one row (exactly one value per column); writes a batch when full.
    Status add(std::initializer_list<QVariant> row)
    {
        Q_ASSERT(int(row.size()) == m_columns);
        m_values.insert(m_values.end(), row.begin(), row.end());
        ++m_count;
        if (int(m_values.size()) >= m_rowsPerStatement * m_columns)
            return flush();
        return {};
    }

    /// Writes what is left.
    Status finish() { return flush(); }
    int count() const { return m_count; }

private:
    QString sql(int rows) const
    {
        QString row = QStringLiteral("(?");
        for (int c = 1; c < m_columns; ++c)
            row += QStringLiteral(", ?");
        row += QLatin1Char(')');
        QString text = m_head;
        for (int r = 0; r < rows; ++r) {
            if (r > 0)
                text += QLatin1Char(',');
            text += row;
        }
        return text;
    }

    Status flush()
    {
        const int rows = int(m_values.size()) / m_columns;
        if (rows == 0)
            return {};
        QSqlQuery partial;
        if (rows == m_rowsPerStatement && !m_fullPrepared) {
            m_full = m_db.prepare(sql(rows));
            m_fullPrepared = true;
        } else if (rows != m_rowsPerStatement) {
            partial = m_db.prepare(sql(rows));
        }
        QSqlQuery &q = rows == m_rowsPerStatement ? m_full : partial;
        for (int i = 0; i < int(m_values.size()); ++i)
            q.bindValue(i, m_values[size_t(i)]);
        m_values.clear();
        const Status status = m_db.exec(q);
        q.finish();
        return status;
    }

    Database &m_db;
    int m_columns;
    int m_rowsPerStatement;
    QString m_head;
    QSqlQuery m_full;
    bool m_fullPrepared = false;
    std::vector<QVariant> m_values;
    int m_count = 0;
};

// ---- the plan -------------------------------------------------------------------

struct UnitPlan
{
    Id parentId = NoId;
    UnitKind kind = UnitKind::School;
    QString name;
    QString shortName;
    QString code;
    QString address;
    int sortOrder = 0;
    int people = 0;
    Id firstPerson = NoId; ///< ids of its people: firstPerson … firstPerson + people - 1
    int leaders = 0; ///< the first `leaders` of its people
};

class Builder
{
public:
    Builder(Database &db, const Generator::Options &options)
        : m_db(db)
        , m_options(options)
        , m_rng(options.seed)
        , m_family(familyNames)
        , m_maleMiddle(maleMiddleNames)
        , m_femaleMiddle(femaleMiddleNames)
        , m_maleGiven(maleGivenNames)
        , m_femaleGiven(femaleGivenNames)
        , m_syllables(placeSyllables)
        , m_namesakes(schoolNamesakes)
        , m_provinces(provinceNames)
    {
    }

    Result<Generator::Report> run();

private:
    void planUnits();
    void planProvince(int province, int unitCount);
    Id addUnit(Id parentId, UnitKind kind, const QString &name, const QString &shortName,
               const QString &code, const QString &address);
    void planPeople();
    QString placeName();
    QString personName(bool male);
    QString mobile();
    QString office();
    static QString e164(const QString &national) { return QStringLiteral("+84") + national.mid(1); }

    Status writeUnits();
    Status writePeople(Generator::Report &report);
    Status writeHotlinesAndChains(Generator::Report &report);
    Status writePeriod(Generator::Report &report);

    Database &m_db;
    Generator::Options m_options;
    Rng m_rng;
    WeightedList m_family, m_maleMiddle, m_femaleMiddle, m_maleGiven, m_femaleGiven;
    PlainList m_syllables, m_namesakes, m_provinces;

    std::vector<UnitPlan> m_units; ///< unit id = index + 1
    std::vector<Id> m_departments;
    std::vector<Id> m_police; ///< the police partner of each province
    int m_mobiles = 0;
    int m_offices = 0;
    int m_checkedPhones = 0;
};

Id Builder::addUnit(Id parentId, UnitKind kind, const QString &name, const QString &shortName,
                    const QString &code, const QString &address)
{
    UnitPlan plan;
    plan.parentId = parentId;
    plan.kind = kind;
    plan.name = name;
    plan.shortName = shortName;
    plan.code = code;
    plan.address = address;
    plan.sortOrder = int(m_units.size()) + 1;
    m_units.push_back(plan);
    return Id(m_units.size());
}

QString Builder::placeName()
{
    const int a = m_rng.below(m_syllables.size());
    int b = m_rng.below(m_syllables.size() - 1);
    if (b >= a)
        ++b;
    return m_syllables.at(a) + QLatin1Char(' ') + m_syllables.at(b);
}

void Builder::planUnits()
{
    // About 1,200 units a province: "province" is one, "national" nine.
    const int provinces = std::max(1, (m_options.units + 1199) / 1200);
    for (int p = 0; p < provinces; ++p)
        planProvince(p, m_options.units / provinces + (p < m_options.units % provinces ? 1 : 0));
}

void Builder::planProvince(int p, int unitCount)
{
    QString province = m_provinces.at(p);
    if (p >= m_provinces.size())
        province += QStringLiteral(" %1").arg(p / m_provinces.size() + 1);
    const QString code = QStringLiteral("T%1").arg(p + 1, 2, 10, QLatin1Char('0'));
    const auto fullCode = [&code](const QString &local) -> QString {
        return code + QLatin1Char('-') + local;
    };
    const int end = int(m_units.size()) + unitCount;
    const auto room = [&]() {
        return int(m_units.size()) < end;
    };

    const Id department
        = addUnit(NoId, UnitKind::Department, u8("Sở Giáo dục và Đào tạo ") + province,
                  u8("Sở GD&ĐT ") + province, fullCode(QStringLiteral("SGD")), province);
    m_departments.push_back(department);
    Id police = NoId;
    for (const OfficeDef &office : agencyOffices) {
        if (room())
            addUnit(department, UnitKind::AgencyOffice, u8(office.name), u8(office.shortName),
                    fullCode(QString::fromLatin1(office.code)), province);
    }
    for (const OfficeDef &unit : affiliatedUnits) {
        if (room())
            addUnit(department, UnitKind::Affiliated, u8(unit.name) + QLatin1Char(' ') + province,
                    u8(unit.shortName), fullCode(QString::fromLatin1(unit.code)), province);
    }
    for (const OfficeDef &partner : externalPartners) {
        if (!room())
            break;
        const Id id = addUnit(department, UnitKind::External,
                              u8(partner.name) + QLatin1Char(' ') + province, u8(partner.shortName),
                              fullCode(QString::fromLatin1(partner.code)), province);
        if (qstrcmp(partner.code, "PA05") == 0)
            police = id;
    }
    m_police.push_back(police);

    const int rest = end - int(m_units.size());
    if (rest <= 0)
        return;
    const int districts = std::max(1, (rest + UnitsPerDistrict / 2) / UnitsPerDistrict);
    QSet<QString> districtNames;
    for (int d = 0; d < districts; ++d) {
        const int count = rest / districts + (d < rest % districts ? 1 : 0);
        QString place;
        do {
            place = placeName();
        } while (districtNames.contains(place));
        districtNames.insert(place);
        const QString district = (d < districts / 5 ? u8("quận ") : u8("huyện ")) + place;
        const QString dcode = fullCode(QStringLiteral("D%1").arg(d + 1, 2, 10, QLatin1Char('0')));
        const QString address = district + QStringLiteral(", ") + province;
        const Id districtOffice = addUnit(department, UnitKind::DistrictOffice,
                                          u8("Phòng Giáo dục và Đào tạo ") + district,
                                          u8("Phòng GD&ĐT ") + place, dcode, address);
        QSet<QString> schoolNames;
        for (int i = 1; i < count; ++i) {
            if (i == 1 && count >= 3) {
                addUnit(districtOffice, UnitKind::Centre, u8("Trung tâm GDNN-GDTX ") + district,
                        u8("TT GDNN-GDTX ") + place, dcode + QStringLiteral("-TT"), address);
                continue;
            }
            int at = m_rng.below(100);
            const LevelDef *level = &schoolLevels[0];
            for (const LevelDef &candidate : schoolLevels) {
                level = &candidate;
                if (at < candidate.weight)
                    break;
                at -= candidate.weight;
            }
            // Schools are named after a famous person or their commune.
            const QString after = m_rng.chance(40) ? m_namesakes.pick(m_rng) : placeName();
            QString name = u8(level->prefix) + QLatin1Char(' ') + after;
            for (int n = 2; schoolNames.contains(name); ++n)
                name = u8(level->prefix) + QLatin1Char(' ') + after + u8(" số %1").arg(n);
            schoolNames.insert(name);
            addUnit(districtOffice, UnitKind::School, name,
                    QString::fromLatin1(level->shortPrefix) + QLatin1Char(' ') + after,
                    dcode + QStringLiteral("-S%1").arg(i, 3, 10, QLatin1Char('0')), address);
        }
    }
}

void Builder::planPeople()
{
    // Everyone gets the minimum; what is left goes by kind weight, the
    // remainder of the division one by one.
    int given = 0;
    qint64 weights = 0;
    for (UnitPlan &unit : m_units) {
        unit.people = staffed(unit.kind) ? Generator::MinimumPeoplePerUnit : 2;
        given += unit.people;
        weights += staffWeight(unit.kind);
    }
    const int extra = m_options.people - given;
    int shared = 0;
    for (UnitPlan &unit : m_units) {
        const int more = int(qint64(extra) * staffWeight(unit.kind) / weights);
        unit.people += more;
        shared += more;
    }
    for (int left = extra - shared; left > 0; --left)
        ++m_units[size_t(m_rng.below(int(m_units.size())))].people;
    Id next = 1;
    for (UnitPlan &unit : m_units) {
        unit.firstPerson = next;
        next += unit.people;
        unit.leaders = staffed(unit.kind) ? (unit.people >= 9 ? 3 : 2) : 1;
    }
}

QString Builder::personName(bool male)
{
    const QString &family = m_family.pick(m_rng);
    const QString &middle = male ? m_maleMiddle.pick(m_rng) : m_femaleMiddle.pick(m_rng);
    QString given = male ? m_maleGiven.pick(m_rng) : m_femaleGiven.pick(m_rng);
    if (given == middle) // "Nguyễn Minh Minh"
        given = male ? m_maleGiven.pick(m_rng) : m_femaleGiven.pick(m_rng);
    return family + QLatin1Char(' ') + middle + QLatin1Char(' ') + given;
}

/// Unique mobiles: the subscriber comes from a counter through a bijection of
/// 0 … 9,999,999 (multiplying by a number prime to 10⁷), so no two numbers are
/// the same whatever the prefix.
QString Builder::mobile()
{
    static constexpr const char *prefixes[]
        = {"090", "091", "093", "094", "096", "097", "098", "083", "084", "085", "088",
           "032", "033", "034", "035", "036", "037", "038", "039", "070", "077", "079"};
    for (;;) {
        const QString prefix = QString::fromLatin1(prefixes[m_rng.below(int(std::size(prefixes)))]);
        const quint64 subscriber = (quint64(m_mobiles++) * 4782969ULL + 1357913ULL) % 10000000ULL;
        const QString number
            = prefix + QStringLiteral("%1").arg(subscriber, 7, 10, QLatin1Char('0'));
        if (number != QLatin1String("0904185683")) // the real contact of the letter
            return number;
    }
}

/// Unique office lines, 0225 3xx xxxx.
QString Builder::office()
{
    const quint64 subscriber = (quint64(m_offices++) * 7919ULL + 4243ULL) % 1000000ULL;
    return QStringLiteral("02253%1").arg(subscriber, 6, 10, QLatin1Char('0'));
}

Status Builder::writeUnits()
{
    BulkInsert insert(m_db, QStringLiteral("units"),
                      {QStringLiteral("id"), QStringLiteral("parent_id"), QStringLiteral("kind"),
                       QStringLiteral("name"), QStringLiteral("short_name"), QStringLiteral("code"),
                       QStringLiteral("address"), QStringLiteral("sort_order")});
    for (size_t i = 0; i < m_units.size(); ++i) {
        const UnitPlan &u = m_units[i];
        if (const Status s
            = insert.add({Id(i + 1), StoreSupport::nullableId(u.parentId), DomainNames::key(u.kind),
                          u.name, u.shortName, u.code, u.address, u.sortOrder});
            !s)
            return s;
    }
    return insert.finish();
}

Status Builder::writePeople(Generator::Report &report)
{
    BulkInsert people(m_db, QStringLiteral("people"),
                      {QStringLiteral("id"), QStringLiteral("unit_id"), QStringLiteral("full_name"),
                       QStringLiteral("position"), QStringLiteral("is_leader"),
                       QStringLiteral("is_it_security"), QStringLiteral("email")});
    BulkInsert phones(m_db, QStringLiteral("phone_numbers"),
                      {QStringLiteral("person_id"), QStringLiteral("kind"), QStringLiteral("e164"),
                       QStringLiteral("sort_order")});
    const QString mobileKey = DomainNames::key(PhoneKind::Mobile);
    const QString officeKey = DomainNames::key(PhoneKind::Office);
    const auto addPhone
        = [&](Id person, const QString &kind, const QString &national, int order) -> Status {
        // Every 500th number goes through libphonenumber: the patterns above
        // must stay valid Vietnamese numbers.
        if (m_checkedPhones++ % 500 == 0) {
            const Result<PhoneNumber> parsed = PhoneNumber::parse(national);
            if (!parsed || parsed->e164() != e164(national))
                return Error(Error::Code::Invalid,
                             Generator::tr("The generated number %1 is not valid.").arg(national));
        }
        return phones.add({person, kind, e164(national), order});
    };

    for (size_t u = 0; u < m_units.size(); ++u) {
        const UnitPlan &unit = m_units[u];
        const Positions &positions = positionsOf(unit.kind);
        for (int i = 0; i < unit.people; ++i) {
            const Id id = unit.firstPerson + i;
            const bool leader = i < unit.leaders;
            const bool it = i == unit.leaders; // the first of the staff
            QString position;
            if (i == 0)
                position = u8(positions.head);
            else if (leader)
                position = u8(positions.deputy);
            else if (it)
                position = u8(positions.it);
            else
                position = u8(positions.staff[m_rng.below(3)]);
            const bool male = m_rng.chance(leader ? 60 : 45);
            if (const Status s = people.add(
                    {id, Id(u + 1), personName(male), position, leader, it, QStringLiteral("")});
                !s)
                return s;
            int order = 0;
            if (const Status s = addPhone(id, mobileKey, mobile(), order++); !s)
                return s;
            if (leader && m_rng.chance(50)) {
                if (const Status s = addPhone(id, officeKey, office(), order++); !s)
                    return s;
            } else if (m_rng.chance(5)) {
                if (const Status s = addPhone(id, mobileKey, mobile(), order++); !s)
                    return s;
            }
        }
    }
    if (const Status s = people.finish(); !s)
        return s;
    if (const Status s = phones.finish(); !s)
        return s;
    report.people = people.count();
    report.phones = phones.count();
    return {};
}

Status Builder::writeHotlinesAndChains(Generator::Report &report)
{
    BulkInsert hotlines(m_db, QStringLiteral("hotlines"),
                        {QStringLiteral("id"), QStringLiteral("unit_id"), QStringLiteral("label"),
                         QStringLiteral("number"), QStringLiteral("hours"),
                         QStringLiteral("source_note"), QStringLiteral("sort_order")});
    Id hotlineId = 0;
    const QVariant global = StoreSupport::nullableId(NoId);
    const std::array<std::pair<const char *, const char *>, 3> emergency
        = {{{"Công an", "113"}, {"Cứu hỏa", "114"}, {"Cấp cứu", "115"}}};
    for (const auto &[label, number] : emergency) {
        ++hotlineId;
        if (const Status s
            = hotlines.add({hotlineId, global, u8(label), QString::fromLatin1(number), u8("24/7"),
                            u8("Số khẩn cấp quốc gia"), int(hotlineId)});
            !s)
            return s;
    }
    std::vector<Id> cyberHotline(m_departments.size(), NoId);
    for (size_t p = 0; p < m_departments.size(); ++p) {
        const Id owner = m_police[p] != NoId ? m_police[p] : m_departments[p];
        cyberHotline[p] = ++hotlineId;
        if (const Status s
            = hotlines.add({hotlineId, owner, u8("Đường dây nóng an ninh mạng"), e164(office()),
                            u8("24/7"), u8("Số mô phỏng (dữ liệu tổng hợp)"), 1});
            !s)
            return s;
    }
    if (const Status s = hotlines.finish(); !s)
        return s;
    report.hotlines = hotlines.count();

    BulkInsert steps(m_db, QStringLiteral("escalation_steps"),
                     {QStringLiteral("unit_id"), QStringLiteral("position"),
                      QStringLiteral("target"), QStringLiteral("role_name"),
                      QStringLiteral("hotline_id"), QStringLiteral("wait_minutes"),
                      QStringLiteral("instruction")});
    const QString roleKey = DomainNames::key(EscalationTarget::Role);
    const QString parentKey = DomainNames::key(EscalationTarget::Parent);
    const QString hotlineKey = DomainNames::key(EscalationTarget::Hotline);
    const QString leader = u8("Lãnh đạo trực");
    const QString officer = u8("Cán bộ trực");
    const QString tech = u8("Trực kỹ thuật/ATTT");
    const QVariant noHotline = StoreSupport::nullableId(NoId);
    size_t province = 0;
    for (size_t u = 0; u < m_units.size(); ++u) {
        const UnitPlan &unit = m_units[u];
        const Id id = Id(u + 1);
        if (unit.kind == UnitKind::Department)
            province = size_t(std::find(m_departments.cbegin(), m_departments.cend(), id)
                              - m_departments.cbegin());
        QList<std::tuple<QString, QString, QVariant, int, QString>> chain;
        switch (unit.kind) {
        case UnitKind::Department:
            chain = {{roleKey, officer, noHotline, 5, u8("Gọi cán bộ trực của Sở.")},
                     {roleKey, leader, noHotline, 10, u8("Báo cáo lãnh đạo trực Sở.")},
                     {hotlineKey, QString(), cyberHotline[province], 0,
                      u8("Sự cố an ninh mạng: báo cơ quan công an.")}};
            break;
        case UnitKind::DistrictOffice:
            chain = {{roleKey, officer, noHotline, 5, u8("Gọi cán bộ trực của Phòng.")},
                     {roleKey, leader, noHotline, 10, u8("Báo cáo lãnh đạo trực Phòng.")},
                     {parentKey, QString(), noHotline, 0, QString()}};
            break;
        case UnitKind::School:
            if (!m_rng.chance(15))
                break; // inherits its district office's chain
            chain = {{roleKey, tech, noHotline, 5, u8("Sự cố mạng, máy tính: gọi trực kỹ thuật.")},
                     {roleKey, leader, noHotline, 10, u8("Báo cáo lãnh đạo trực của trường.")},
                     {parentKey, QString(), noHotline, 0, QString()}};
            break;
        case UnitKind::AgencyOffice:
        case UnitKind::Centre:
        case UnitKind::Affiliated:
            chain = {{roleKey, leader, noHotline, 10, u8("Báo cáo lãnh đạo trực của đơn vị.")},
                     {parentKey, QString(), noHotline, 0, QString()}};
            break;
        case UnitKind::External:
            break;
        }
        int position = 0;
        for (const auto &[target, role, hotline, wait, instruction] : chain) {
            if (const Status s = steps.add(
                    {id, ++position, target, role.isNull() ? QStringLiteral("") : role, hotline,
                     wait, instruction.isNull() ? QStringLiteral("") : instruction});
                !s)
                return s;
        }
    }
    if (const Status s = steps.finish(); !s)
        return s;
    report.escalationSteps = steps.count();
    return {};
}

Status Builder::writePeriod(Generator::Report &report)
{
    PeriodStore store(m_db);
    DutyPeriod period;
    period.firstDay = m_options.firstDay;
    period.lastDay = m_options.firstDay.addDays(m_options.days - 1);
    period.title = u8("Trực nghỉ Tết %1 – %2")
                       .arg(period.firstDay.toString(QStringLiteral("dd/MM")),
                            period.lastDay.toString(QStringLiteral("dd/MM/yyyy")));
    const Result<DutyPeriod> added = store.addPeriod(period);
    if (!added)
        return added.error();
    report.periodId = added->id;

    std::array<Id, 2> shiftIds {};
    const std::array<std::tuple<const char *, QTime, QTime>, 2> shifts
        = {{{"Ca ngày", QTime(7, 30), QTime(17, 0)}, {"Ca đêm", QTime(17, 0), QTime(7, 30)}}};
    for (size_t s = 0; s < shifts.size(); ++s) {
        Shift shift;
        shift.periodId = added->id;
        shift.name = u8(std::get<0>(shifts[s]));
        shift.start = std::get<1>(shifts[s]);
        shift.end = std::get<2>(shifts[s]);
        shift.sortOrder = int(s) + 1;
        const Result<Shift> saved = store.addShift(shift);
        if (!saved)
            return saved.error();
        shiftIds[s] = saved->id;
    }

    std::array<Id, RoleCount> roleIds {};
    const std::array<const char *, RoleCount> roleNames
        = {"Lãnh đạo trực", "Cán bộ trực", "Trực kỹ thuật/ATTT"};
    for (int r = 0; r < RoleCount; ++r) {
        DutyRole role;
        role.periodId = added->id;
        role.name = u8(roleNames[size_t(r)]);
        role.leaderRole = r == LeaderRole;
        role.sortOrder = r + 1;
        for (const UnitKind kind : DomainNames::allUnitKinds()) {
            if (staffed(kind))
                role.requirements << RoleRequirement {kind, 1};
        }
        const Result<DutyRole> saved = store.addRole(role);
        if (!saved)
            return saved.error();
        roleIds[size_t(r)] = saved->id;
    }

    // Leaders take the leader role in turn (index 2d + shift), the others the
    // officer and technician roles (4d + 2·shift + role): with at least two
    // leaders and four others nobody holds two slots of a day, and whoever
    // worked a night is not on the next morning's shift.
    BulkInsert insert(m_db, QStringLiteral("assignments"),
                      {QStringLiteral("period_id"), QStringLiteral("unit_id"),
                       QStringLiteral("day"), QStringLiteral("shift_id"), QStringLiteral("role_id"),
                       QStringLiteral("slot"), QStringLiteral("person_id")});
    QStringList days;
    for (int d = 0; d < m_options.days; ++d)
        days << m_options.firstDay.addDays(d).toString(Qt::ISODate);
    for (size_t u = 0; u < m_units.size(); ++u) {
        const UnitPlan &unit = m_units[u];
        if (!staffed(unit.kind))
            continue;
        const int others = unit.people - unit.leaders;
        const int leaderOffset = m_rng.below(unit.leaders);
        const int otherOffset = m_rng.below(others);
        for (int d = 0; d < m_options.days; ++d) {
            for (int s = 0; s < 2; ++s) {
                for (int r = 0; r < RoleCount; ++r) {
                    const Id person = r == LeaderRole
                        ? unit.firstPerson + (2 * d + s + leaderOffset) % unit.leaders
                        : unit.firstPerson + unit.leaders
                            + (4 * d + 2 * s + (r - 1) + otherOffset) % others;
                    if (const Status st
                        = insert.add({report.periodId, Id(u + 1), days.at(d), shiftIds[size_t(s)],
                                      roleIds[size_t(r)], 0, person});
                        !st)
                        return st;
                }
            }
        }
    }
    if (const Status s = insert.finish(); !s)
        return s;
    report.assignments = insert.count();
    return {};
}

Result<Generator::Report> Builder::run()
{
    QSqlQuery count(m_db.connection());
    if (!count.exec(QStringLiteral("SELECT COUNT(*) FROM units")) || !count.next())
        return Database::sqlError(count);
    if (count.value(0).toLongLong() > 0)
        return Error(Error::Code::Invalid,
                     Generator::tr("Data can only be generated into an empty database; this one "
                                   "already holds %n unit(s).",
                                   nullptr, count.value(0).toInt()));
    // Rows are written in batches per table, several tables at once (a
    // person's numbers may reach the file before the person): the foreign
    // keys are checked at commit.
    QSqlQuery defer(m_db.connection());
    if (!defer.exec(QStringLiteral("PRAGMA defer_foreign_keys = ON")))
        return Database::sqlError(defer);
    planUnits();
    planPeople();

    Generator::Report report;
    report.units = int(m_units.size());
    if (const Status s = writeUnits(); !s)
        return s.error();
    if (const Status s = writePeople(report); !s)
        return s.error();
    if (const Status s = writeHotlinesAndChains(report); !s)
        return s.error();

    OrganisationSettings organisation;
    organisation.parentAgency = u8("UBND TỈNH ") + m_units.front().address.toUpper();
    organisation.issuingAgency = u8("SỞ GIÁO DỤC VÀ ĐÀO TẠO");
    organisation.documentSymbol = u8("SGDĐT-VP");
    organisation.placeName = m_units.front().address;
    organisation.signerAuthority = u8("KT. GIÁM ĐỐC");
    organisation.signerTitle = u8("PHÓ GIÁM ĐỐC");
    organisation.signerName = u8("Nguyễn Văn An");
    organisation.recipients = QStringList {u8("Như trên;"), u8("Lưu: VT, VP.")};
    if (const Status s = SettingsStore(m_db).setOrganisation(organisation); !s)
        return s.error();

    if (const Status s = writePeriod(report); !s)
        return s.error();
    const QJsonObject summary = report.toJson();
    if (const Status s
        = m_db.audit(QStringLiteral("insert"), QStringLiteral("units"), NoId, {},
                     QString::fromUtf8(QJsonDocument(summary).toJson(QJsonDocument::Compact)));
        !s)
        return s.error();
    return report;
}

} // namespace

QJsonObject Generator::Report::toJson() const
{
    return QJsonObject {{QStringLiteral("units"), units},
                        {QStringLiteral("people"), people},
                        {QStringLiteral("phones"), phones},
                        {QStringLiteral("hotlines"), hotlines},
                        {QStringLiteral("escalation_steps"), escalationSteps},
                        {QStringLiteral("assignments"), assignments},
                        {QStringLiteral("period_id"), periodId}};
}

Result<Generator::Report> Generator::generate(Database &db, const Options &options)
{
    if (options.units < 1 || options.units > 1000000)
        return Error(Error::Code::Invalid,
                     tr("The number of units must be between 1 and 1,000,000."));
    if (options.days < 1 || options.days > 60)
        return Error(Error::Code::Invalid, tr("The number of days must be between 1 and 60."));
    if (!options.firstDay.isValid())
        return Error(Error::Code::Invalid, tr("The first day is not a valid date."));
    // A generous upper bound; the exact minimum depends on the unit kinds.
    if (qint64(options.people) < qint64(options.units) * MinimumPeoplePerUnit
        || options.people > 10000000)
        return Error(Error::Code::Invalid,
                     tr("At least %1 people are needed for %2 units (%3 a unit), and at most "
                        "10,000,000.")
                         .arg(qint64(options.units) * MinimumPeoplePerUnit)
                         .arg(options.units)
                         .arg(MinimumPeoplePerUnit));
    Result<Report> result = Error(Error::Code::Database, tr("Nothing was generated."));
    const Status status = db.transaction([&]() -> Status {
        Builder builder(db, options);
        result = builder.run();
        return result ? Status() : Status(result.error());
    });
    if (!status)
        return status.error();
    return result;
}

} // namespace DutyDesk
