#include "SampleData.h"

#include "AssignmentBatch.h"
#include "DirectoryStore.h"
#include "DomainJson.h"
#include "DutyLogStore.h"
#include "EscalationStore.h"
#include "PeriodStore.h"
#include "PhoneNumber.h"
#include "SettingsStore.h"
#include "VietnameseText.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <array>
#include <tuple>
#include <vector>

namespace DutyDesk {

namespace {

QString u8(const char *text)
{
    return QString::fromUtf8(text);
}

QDate isoDay(const char *text)
{
    return QDate::fromString(QString::fromLatin1(text), Qt::ISODate);
}

// ---- deterministic randomness ---------------------------------------------

/// A 64-bit linear congruential generator (Knuth's MMIX constants) with our own
/// reduction, so the sample is the same with every compiler and standard library.
class Rng
{
public:
    explicit Rng(quint64 seed)
        : m_state(seed)
    {
    }

    quint32 next()
    {
        m_state = m_state * 6364136223846793005ULL + 1442695040888963407ULL;
        return quint32(m_state >> 33);
    }
    /// 0 … n-1.
    int below(int n) { return n <= 1 ? 0 : int(next() % quint32(n)); }
    /// True with the given percentage.
    bool chance(int percent) { return below(100) < percent; }

private:
    quint64 m_state;
};

struct Weighted
{
    const char *text;
    int weight;
};

template<size_t N> const char *pick(Rng &rng, const Weighted (&items)[N])
{
    int total = 0;
    for (const Weighted &item : items)
        total += item.weight;
    int at = rng.below(total);
    for (const Weighted &item : items) {
        if (at < item.weight)
            return item.text;
        at -= item.weight;
    }
    return items[0].text;
}

template<size_t N> const char *pick(Rng &rng, const char *const (&items)[N])
{
    return items[rng.below(int(N))];
}

// ---- names ------------------------------------------------------------------

enum class Sex { Any, Male, Female };

constexpr Weighted familyNames[] = {
    {"Nguyễn", 30}, {"Trần", 11}, {"Lê", 9},   {"Phạm", 7},  {"Hoàng", 5}, {"Vũ", 5},
    {"Phan", 3},    {"Đặng", 3},  {"Bùi", 3},  {"Đỗ", 3},    {"Hồ", 2},    {"Ngô", 2},
    {"Dương", 2},   {"Lý", 1},    {"Đinh", 2}, {"Trịnh", 1}, {"Lương", 1}, {"Mai", 1},
    {"Cao", 1},     {"Đoàn", 1},  {"Tạ", 1},   {"Lưu", 1},   {"Nhữ", 1},   {"Khúc", 1},
};

constexpr Weighted maleMiddleNames[] = {
    {"Văn", 6},   {"Đức", 3},  {"Minh", 3},  {"Quang", 2}, {"Hữu", 2},   {"Xuân", 2},
    {"Thanh", 2}, {"Ngọc", 1}, {"Mạnh", 1},  {"Công", 2},  {"Trọng", 1}, {"Việt", 1},
    {"Duy", 1},   {"Tiến", 1}, {"Hoàng", 1}, {"Anh", 1},   {"Bá", 1},    {"Đình", 2},
};

constexpr Weighted femaleMiddleNames[] = {
    {"Thị", 8},     {"Thu", 2},      {"Ngọc", 2},     {"Thanh", 2},     {"Minh", 1},
    {"Thị Thu", 1}, {"Thị Ngọc", 1}, {"Thị Minh", 1}, {"Thị Hồng", 1},  {"Phương", 1},
    {"Thùy", 1},    {"Hồng", 1},     {"Kim", 1},      {"Thị Thanh", 1}, {"Diệu", 1},
};

constexpr const char *maleGivenNames[] = {
    "Anh",   "Bình",  "Cường", "Dũng", "Đạt",  "Đức",   "Giang", "Hải",  "Hiếu",  "Hòa",
    "Hùng",  "Huy",   "Khánh", "Khoa", "Kiên", "Lâm",   "Long",  "Lộc",  "Mạnh",  "Minh",
    "Nam",   "Nghĩa", "Phong", "Phúc", "Quân", "Quang", "Sơn",   "Tài",  "Thắng", "Thành",
    "Thịnh", "Toàn",  "Trung", "Tú",   "Tuấn", "Tùng",  "Việt",  "Vinh", "Hưng",  "Hậu",
    "Khải",  "Chiến", "Dương", "Tiến", "Bảo",  "Hiệp",  "Thái",  "Công", "Định",  "Lực",
};

constexpr const char *femaleGivenNames[] = {
    "Anh",   "Chi",  "Dung",   "Giang", "Hà",    "Hạnh", "Hằng",  "Hiền", "Hoa",   "Huyền",
    "Hương", "Lan",  "Liên",   "Linh",  "Loan",  "Mai",  "My",    "Nga",  "Ngân",  "Ngọc",
    "Nhung", "Oanh", "Phương", "Quyên", "Quỳnh", "Tâm",  "Thảo",  "Thơ",  "Thủy",  "Trang",
    "Tuyết", "Uyên", "Vân",    "Yến",   "Hồng",  "Lệ",   "Duyên", "Nhàn", "Hường", "Thúy",
};

/// Invents full names, never the same twice, even without diacritics.
class NameMaker
{
public:
    explicit NameMaker(Rng &rng)
        : m_rng(rng)
    {
        // The real people named in the letter the product was born from.
        m_used.insert(QStringLiteral("pham duc tinh"));
        m_used.insert(QStringLiteral("pham quoc hieu"));
    }

    QString make(Sex sex)
    {
        const bool male = sex == Sex::Any ? m_rng.chance(55) : sex == Sex::Male;
        for (;;) {
            const QString family = u8(pick(m_rng, familyNames));
            const QString middle
                = u8(male ? pick(m_rng, maleMiddleNames) : pick(m_rng, femaleMiddleNames));
            const QString given
                = u8(male ? pick(m_rng, maleGivenNames) : pick(m_rng, femaleGivenNames));
            if (given == family || middle.section(QLatin1Char(' '), -1) == given)
                continue;
            const QString full = family + QLatin1Char(' ') + middle + QLatin1Char(' ') + given;
            const QString folded = VietnameseText::fold(full);
            if (m_used.contains(folded))
                continue;
            m_used.insert(folded);
            return full;
        }
    }

private:
    Rng &m_rng;
    QSet<QString> m_used;
};

// ---- phone numbers ------------------------------------------------------------

/// Invents unique numbers: mobile subscribers come from a counter through a
/// bijection of 0 … 9,999,999 (multiplying by a number prime to 10⁷), so no two
/// people share one.
class PhoneMaker
{
public:
    explicit PhoneMaker(Rng &rng)
        : m_rng(rng)
    {
        m_used.insert(QStringLiteral("0904185683")); // the letter's focal contact
    }

    QString mobile()
    {
        static constexpr const char *prefixes[]
            = {"090", "091", "093", "094", "096", "097", "098", "083", "084", "085", "088",
               "032", "033", "034", "035", "036", "037", "038", "039", "070", "077", "079"};
        for (;;) {
            const QString prefix = QString::fromLatin1(pick(m_rng, prefixes));
            const quint64 subscriber
                = (quint64(m_mobiles++) * 4782969ULL + 2468135ULL) % 10000000ULL;
            const QString number
                = prefix + QStringLiteral("%1").arg(subscriber, 7, 10, QLatin1Char('0'));
            if (!m_used.contains(number)) {
                m_used.insert(number);
                return number;
            }
        }
    }

    /// A Hải Phòng office line, 0225 37xx xxx.
    QString office()
    {
        for (;;) {
            const int subscriber = 700000 + (m_offices++ * 37 + 113) % 100000;
            const QString number = QStringLiteral("02253%1").arg(subscriber);
            if (!m_used.contains(number)) {
                m_used.insert(number);
                return number;
            }
        }
    }

private:
    Rng &m_rng;
    QSet<QString> m_used;
    int m_mobiles = 0;
    int m_offices = 0;
};

// ---- the province -------------------------------------------------------------

struct DistrictDef
{
    const char *name; ///< without "quận"/"huyện"
    bool urban; ///< quận (true) or huyện
    const char *code;
    bool hasCentre;
};

constexpr DistrictDef districts[] = {
    {"Hồng Bàng", true, "HB", true},       {"Ngô Quyền", true, "NQ", true},
    {"Lê Chân", true, "LC", true},         {"Hải An", true, "HA", false},
    {"Kiến An", true, "KA", true},         {"Đồ Sơn", true, "DS", true},
    {"Dương Kinh", true, "DK", false},     {"Thủy Nguyên", false, "TN", true},
    {"An Dương", false, "AD", true},       {"An Lão", false, "AL", true},
    {"Kiến Thụy", false, "KT", true},      {"Tiên Lãng", false, "TL", true},
    {"Vĩnh Bảo", false, "VB", true},       {"Cát Hải", false, "CH", true},
    {"Bạch Long Vĩ", false, "BLV", false},
};
static_assert(sizeof(districts) / sizeof(districts[0]) == SampleData::DistrictOfficeCount);

struct SchoolDef
{
    int district; ///< index into districts
    const char *name; ///< after "Trường THPT " or "Trường PT nhiều cấp học "
    bool multiLevel; ///< PT nhiều cấp học
    bool ownChain; ///< has an escalation chain of its own
};

constexpr SchoolDef schools[] = {
    {0, "Hồng Bàng", false, false},      {0, "Lương Thế Vinh", false, false},
    {0, "Chu Văn An", false, true},      {0, "Lý Tự Trọng", false, false},
    {0, "Hoa Sen", true, false},         {1, "Ngô Quyền", false, false},
    {1, "Thái Phiên", false, false},     {1, "Trần Nguyên Hãn", false, false},
    {1, "Trần Hưng Đạo", false, false},  {1, "Trần Phú", false, true},
    {2, "Lê Chân", false, false},        {2, "Lê Quý Đôn", false, true},
    {2, "Võ Thị Sáu", false, false},     {2, "Nguyễn Văn Cừ", false, false},
    {2, "Ánh Dương", true, false},       {3, "Hải An", false, false},
    {3, "Lê Hồng Phong", false, false},  {3, "Phan Bội Châu", false, false},
    {3, "Nguyễn Du", false, false},      {4, "Kiến An", false, true},
    {4, "Đồng Hòa", false, false},       {4, "Phan Đăng Lưu", false, false},
    {4, "Hàn Thuyên", false, false},     {4, "Hòa Bình", true, false},
    {5, "Đồ Sơn", false, false},         {5, "Nguyễn Huệ", false, false},
    {5, "Ngọc Xuyên", false, false},     {6, "Dương Kinh", false, false},
    {6, "Hải Thành", false, false},      {6, "Mạc Đĩnh Chi", false, false},
    {7, "Thủy Sơn", false, true},        {7, "Phạm Ngũ Lão", false, false},
    {7, "Lê Ích Mộc", false, false},     {7, "Quang Trung", false, false},
    {7, "Bạch Đằng", false, false},      {7, "Lý Thường Kiệt", false, false},
    {7, "Tuệ Tĩnh", true, false},        {8, "An Dương", false, false},
    {8, "Tân An", false, false},         {8, "Nguyễn Trãi", false, false},
    {8, "An Hải", false, false},         {9, "An Lão", false, false},
    {9, "Trần Tất Văn", false, false},   {9, "Quốc Tuấn", false, false},
    {10, "Kiến Thụy", false, false},     {10, "Nguyễn Đức Cảnh", false, false},
    {10, "Thụy Hương", false, false},    {10, "Đoàn Thượng", false, false},
    {11, "Tiên Lãng", false, false},     {11, "Hùng Thắng", false, false},
    {11, "Toàn Thắng", false, false},    {11, "Nhữ Văn Lan", false, false},
    {12, "Vĩnh Bảo", false, true},       {12, "Nguyễn Bỉnh Khiêm", false, false},
    {12, "Cộng Hiền", false, false},     {12, "Tô Hiến Thành", false, false},
    {12, "Nguyễn Khuyến", false, false}, {13, "Cát Hải", false, false},
    {13, "Cát Bà", false, false},        {14, "Bạch Long Vĩ", true, false},
};
static_assert(sizeof(schools) / sizeof(schools[0]) == SampleData::SchoolCount);

struct OfficeDef
{
    const char *name;
    const char *shortName;
    const char *code;
    const char *head; ///< position of the head
    const char *deputy; ///< position of the deputy
    const char *staff; ///< position of the others
};

constexpr OfficeDef agencyOffices[] = {
    {"Văn phòng Sở", "Văn phòng", "SGD-VP", "Chánh Văn phòng", "Phó Chánh Văn phòng",
     "Chuyên viên"},
    {"Thanh tra Sở", "Thanh tra", "SGD-TTR", "Chánh Thanh tra", "Phó Chánh Thanh tra",
     "Thanh tra viên"},
    {"Phòng Tổ chức cán bộ", "Phòng TCCB", "SGD-TCCB", "Trưởng phòng", "Phó Trưởng phòng",
     "Chuyên viên"},
    {"Phòng Kế hoạch - Tài chính", "Phòng KHTC", "SGD-KHTC", "Trưởng phòng", "Phó Trưởng phòng",
     "Chuyên viên"},
    {"Phòng Giáo dục Trung học", "Phòng GDTrH", "SGD-GDTRH", "Trưởng phòng", "Phó Trưởng phòng",
     "Chuyên viên"},
    {"Phòng Giáo dục thường xuyên - Chuyên nghiệp", "Phòng GDTX-CN", "SGD-GDTX", "Trưởng phòng",
     "Phó Trưởng phòng", "Chuyên viên"},
    {"Phòng Khảo thí và Kiểm định chất lượng giáo dục", "Phòng KT&KĐCL", "SGD-KTKD", "Trưởng phòng",
     "Phó Trưởng phòng", "Chuyên viên"},
};

constexpr OfficeDef affiliatedUnits[] = {
    {"Trung tâm Hỗ trợ phát triển giáo dục hòa nhập Hải Phòng", "TT GD hòa nhập", "SGD-HN",
     "Giám đốc", "Phó Giám đốc", "Nhân viên hành chính"},
    {"Trung tâm Kỹ thuật tổng hợp - Hướng nghiệp Hải Phòng", "TT KTTH-HN", "SGD-KTTH", "Giám đốc",
     "Phó Giám đốc", "Giáo viên"},
    {"Trường Trung cấp Nghiệp vụ Giáo dục Hải Phòng", "TC Nghiệp vụ GD", "SGD-TCNV", "Hiệu trưởng",
     "Phó Hiệu trưởng", "Nhân viên văn phòng"},
};

// Duty roles, in the order of the period's columns.
enum RoleIndex { Leader = 0, Officer = 1, Tech = 2, Guard = 3, RoleCount = 4 };

/// How many people each kind of unit puts in each role.
int requirement(UnitKind kind, int role)
{
    static constexpr int table[7][RoleCount] = {
        {1, 1, 1, 0}, // Department
        {1, 0, 0, 0}, // AgencyOffice: a leader on call; the Department's officer and
                      // technician (staffed by Văn phòng Sở) serve the whole Sở
        {1, 1, 1, 0}, // DistrictOffice
        {1, 1, 1, 1}, // School
        {1, 1, 1, 1}, // Centre
        {1, 1, 0, 0}, // Affiliated
        {0, 0, 0, 0}, // External
    };
    return table[int(kind)][role];
}

constexpr UnitKind allKinds[]
    = {UnitKind::Department, UnitKind::AgencyOffice, UnitKind::DistrictOffice, UnitKind::School,
       UnitKind::Centre,     UnitKind::Affiliated,   UnitKind::External};

/// How much of its roster a unit has sent in: nothing, everything, or only
/// the leader role on the first PartialDays days.
enum class Fill { None, Full, Partial };
constexpr int PartialDays = 3;

struct PersonRec
{
    Id id = NoId;
    QString name;
};

struct UnitRec
{
    Id id = NoId;
    UnitKind kind = UnitKind::School;
    QString name;
    Fill fill = Fill::None;
    std::array<QList<int>, RoleCount> pools; ///< candidates (indexes into m_people) per role
};

/// One build: the stores, the generators and what was created so far.
class Builder
{
public:
    explicit Builder(Database &db)
        : m_db(db)
        , m_directory(db)
        , m_periods(db)
        , m_escalation(db)
        , m_settings(db)
        , m_log(db)
        , m_rng(0x44757479446573ULL) // "DutyDes"
        , m_names(m_rng)
        , m_phones(m_rng)
    {
    }

    Status run();

private:
    struct StaffSpec
    {
        QString position;
        bool leader = false;
        bool it = false;
        bool guard = false;
        Sex sex = Sex::Any;
    };

    Result<int> addUnit(Id parentId, UnitKind kind, const QString &name, const QString &shortName,
                        const QString &code, const QString &address, int sortOrder);
    Result<int> addPerson(int unit, const StaffSpec &spec);
    /// Adds the people of `specs` to `unit` and fills the unit's pools from them.
    Status staff(int unit, const QList<StaffSpec> &specs);
    Result<Id> addHotline(Id unitId, const char *label, const char *number, const char *hours,
                          const char *source, int sortOrder);
    Status addStep(Id unitId, EscalationTarget target, const QString &roleName, Id personId,
                   Id hotlineId, int wait, const char *instruction);

    Status buildDirectory();
    Status buildHotlinesAndChains();
    Status buildFirstPeriod();
    Status buildSecondPeriod();
    Status buildLog();

    static qint64 slotKey(int unit, int k, int role) { return (qint64(unit) * 64 + k) * 8 + role; }

    Database &m_db;
    DirectoryStore m_directory;
    PeriodStore m_periods;
    EscalationStore m_escalation;
    SettingsStore m_settings;
    DutyLogStore m_log;
    Rng m_rng;
    NameMaker m_names;
    PhoneMaker m_phones;

    std::vector<UnitRec> m_units;
    std::vector<PersonRec> m_people;
    QHash<QString, int> m_unitByName;
    QSet<int> m_onLeave; ///< people indexes

    int m_root = -1;
    int m_office = -1; ///< Văn phòng Sở
    int m_partnersGroup = -1;
    int m_securityBody = -1;
    int m_policeCyber = -1;
    int m_cert = -1;
    std::vector<int> m_districtUnits;
    std::array<int, 3> m_telecoms {};
    int m_focalContact = -1;
    int m_signer = -1;

    Id m_period = NoId;
    std::array<Id, 2> m_shiftIds {};
    std::array<Id, RoleCount> m_roleIds {};
    QHash<qint64, int> m_holders; ///< slotKey → person index, first period
};

Result<int> Builder::addUnit(Id parentId, UnitKind kind, const QString &name,
                             const QString &shortName, const QString &code, const QString &address,
                             int sortOrder)
{
    Unit unit;
    unit.parentId = parentId;
    unit.kind = kind;
    unit.name = name;
    unit.shortName = shortName;
    unit.code = code;
    unit.address = address;
    unit.sortOrder = sortOrder;
    const Result<Unit> added = m_directory.addUnit(unit);
    if (!added)
        return added.error();
    UnitRec rec;
    rec.id = added->id;
    rec.kind = kind;
    rec.name = added->name;
    m_units.push_back(rec);
    const int index = int(m_units.size()) - 1;
    m_unitByName.insert(rec.name, index);
    return index;
}

Result<int> Builder::addPerson(int unit, const StaffSpec &spec)
{
    Person person;
    person.unitId = m_units[size_t(unit)].id;
    person.fullName = m_names.make(spec.guard ? Sex::Male : spec.sex);
    person.position = spec.position;
    person.leader = spec.leader;
    person.itSecurity = spec.it;
    person.phones << PhoneEntry {NoId, PhoneKind::Mobile, m_phones.mobile()};
    if (!spec.guard && m_rng.chance(spec.leader ? 60 : 15))
        person.phones << PhoneEntry {NoId, PhoneKind::Office, m_phones.office()};
    else if (m_rng.chance(6))
        person.phones << PhoneEntry {NoId, PhoneKind::Mobile, m_phones.mobile()};
    const Result<Person> added = m_directory.addPerson(person);
    if (!added)
        return added.error();
    m_people.push_back(PersonRec {added->id, added->fullName});
    return int(m_people.size()) - 1;
}

Status Builder::staff(int unit, const QList<StaffSpec> &specs)
{
    for (const StaffSpec &spec : specs) {
        const Result<int> person = addPerson(unit, spec);
        if (!person)
            return person.error();
        auto &pools = m_units[size_t(unit)].pools;
        if (spec.leader)
            pools[Leader] << person.value();
        else if (spec.guard)
            pools[Guard] << person.value();
        else if (spec.it)
            pools[Tech] << person.value();
        else
            pools[Officer] << person.value();
    }
    return {};
}

Result<Id> Builder::addHotline(Id unitId, const char *label, const char *number, const char *hours,
                               const char *source, int sortOrder)
{
    Hotline hotline;
    hotline.unitId = unitId;
    hotline.label = u8(label);
    hotline.number = QString::fromLatin1(number);
    hotline.hours = u8(hours);
    hotline.sourceNote = u8(source);
    hotline.sortOrder = sortOrder;
    const Result<Hotline> added = m_directory.addHotline(hotline);
    if (!added)
        return added.error();
    return added->id;
}

Status Builder::addStep(Id unitId, EscalationTarget target, const QString &roleName, Id personId,
                        Id hotlineId, int wait, const char *instruction)
{
    EscalationStep step;
    step.unitId = unitId;
    step.target = target;
    step.roleName = roleName;
    step.personId = personId;
    step.hotlineId = hotlineId;
    step.waitMinutes = wait;
    step.instruction = u8(instruction);
    return m_escalation.addStep(step).status();
}

Status Builder::buildDirectory()
{
    const QString city = QStringLiteral(", thành phố Hải Phòng");

    // The Department and its board.
    Result<int> added
        = addUnit(NoId, UnitKind::Department, u8(SampleData::DepartmentName), u8("Sở GD&ĐT"),
                  QStringLiteral("SGDDT"), u8("quận Ngô Quyền") + city, 1);
    if (!added)
        return added.error();
    m_root = added.value();
    const Id rootId = m_units[size_t(m_root)].id;
    {
        QList<StaffSpec> board {{u8("Giám đốc"), true}};
        for (int i = 0; i < 3; ++i)
            board << StaffSpec {u8("Phó Giám đốc"), true};
        if (const Status s = staff(m_root, board); !s)
            return s;
        m_signer = m_units[size_t(m_root)].pools[Leader].at(1); // the first deputy
    }

    // The offices of the Department.
    int order = 1;
    for (const OfficeDef &def : agencyOffices) {
        const bool office = order == 1; // Văn phòng Sở comes first
        added = addUnit(rootId, UnitKind::AgencyOffice, u8(def.name), u8(def.shortName),
                        QString::fromLatin1(def.code), QString(), order++);
        if (!added)
            return added.error();
        const int unit = added.value();
        if (office) {
            // Văn phòng Sở organises the Department's own duty: its officers and
            // IT staff hold the Department's slots, its clerks its own.
            m_office = unit;
            const StaffSpec head {u8(def.head), true};
            const StaffSpec deputy {u8(def.deputy), true};
            const StaffSpec it {u8("Chuyên viên CNTT"), false, true};
            const StaffSpec officer {u8(def.staff)};
            QList<int> its, officers;
            for (const StaffSpec &spec : {head, deputy, deputy}) {
                const Result<int> p = addPerson(unit, spec);
                if (!p)
                    return p.error();
                m_units[size_t(unit)].pools[Leader] << p.value();
            }
            for (const StaffSpec &spec : {it, it, it, officer, officer, officer, officer}) {
                const Result<int> p = addPerson(unit, spec);
                if (!p)
                    return p.error();
                (spec.it ? its : officers) << p.value();
            }
            for (const char *position : {"Văn thư", "Nhân viên hành chính", "Kế toán", "Thủ quỹ"}) {
                const Result<int> p = addPerson(unit, StaffSpec {u8(position)});
                if (!p)
                    return p.error();
                m_units[size_t(unit)].pools[Officer] << p.value();
            }
            m_focalContact = its.first();
            m_units[size_t(m_root)].pools[Officer] = officers;
            m_units[size_t(m_root)].pools[Tech] = its;
            m_units[size_t(m_root)].fill = Fill::Full;
            m_units[size_t(unit)].fill = Fill::Full;
            continue;
        }
        QList<StaffSpec> specs {{u8(def.head), true}, {u8(def.deputy), true}};
        if (m_rng.chance(50))
            specs << StaffSpec {u8(def.deputy), true};
        const int others = 3 + m_rng.below(3);
        for (int i = 0; i < others; ++i)
            specs << StaffSpec {u8(def.staff)};
        if (const Status s = staff(unit, specs); !s)
            return s;
        m_units[size_t(unit)].fill = Fill::Full;
    }

    // District offices, their schools and centres.
    int schoolIndex = 0;
    for (int d = 0; d < SampleData::DistrictOfficeCount; ++d) {
        const DistrictDef &def = districts[d];
        const QString place = QString(def.urban ? u8("quận ") : u8("huyện ")) + u8(def.name);
        const QString code = QString::fromLatin1(def.code);
        added = addUnit(rootId, UnitKind::DistrictOffice, u8("Phòng GD&ĐT ") + place,
                        u8("PGD ") + u8(def.name), QStringLiteral("PGD-") + code, place + city,
                        100 + d);
        if (!added)
            return added.error();
        const int office = added.value();
        m_districtUnits.push_back(office);
        const Id officeId = m_units[size_t(office)].id;
        {
            // A head, two deputies (Hồng Bàng three, one of them on leave),
            // specialists, two IT specialists and an accountant.
            const bool hongBang = m_units[size_t(office)].name == u8(SampleData::OnLeaveUnitName);
            QList<StaffSpec> specs {{u8("Trưởng phòng"), true}};
            const int deputies = hongBang ? 3 : 2;
            for (int i = 0; i < deputies; ++i)
                specs << StaffSpec {u8("Phó Trưởng phòng"), true};
            const int officers = 4 + m_rng.below(3);
            for (int i = 0; i < officers; ++i)
                specs << StaffSpec {u8("Chuyên viên")};
            for (int i = 0; i < 2; ++i)
                specs << StaffSpec {u8("Chuyên viên CNTT"), false, true};
            specs << StaffSpec {u8("Kế toán")};
            if (const Status s = staff(office, specs); !s)
                return s;
            m_units[size_t(office)].fill = Fill::Full;
            if (hongBang)
                m_onLeave.insert(m_units[size_t(office)].pools[Leader].at(1));
        }

        int childOrder = 1;
        int number = 1;
        for (; schoolIndex < SampleData::SchoolCount && schools[schoolIndex].district == d;
             ++schoolIndex) {
            const SchoolDef &school = schools[schoolIndex];
            const QString kindText = school.multiLevel ? u8("PT nhiều cấp học ") : u8("THPT ");
            const QString shortKind = school.multiLevel ? u8("PTNCH ") : u8("THPT ");
            added
                = addUnit(officeId, UnitKind::School, u8("Trường ") + kindText + u8(school.name),
                          shortKind + u8(school.name),
                          QStringLiteral("%1-%2").arg(code).arg(number++, 2, 10, QLatin1Char('0')),
                          place + city, childOrder++);
            if (!added)
                return added.error();
            const int unit = added.value();
            // The people who take turns on duty (a school has dozens of staff;
            // the directory lists those on the duty roster): the principal and
            // two deputies, two or three IT staff (the first a Giáo viên Tin
            // học), five others and three guards.
            QList<StaffSpec> specs {{u8("Hiệu trưởng"), true}};
            for (int i = 0; i < 2; ++i)
                specs << StaffSpec {u8("Phó Hiệu trưởng"), true};
            specs << StaffSpec {u8(SampleData::DoubleBookedPosition), false, true};
            specs << StaffSpec {m_rng.chance(50) ? u8("Nhân viên CNTT") : u8("Giáo viên Tin học"),
                                false, true};
            if (m_rng.chance(40))
                specs << StaffSpec {u8("Giáo viên Tin học"), false, true};
            static constexpr const char *otherPositions[]
                = {"Nhân viên văn thư", "Kế toán", "Nhân viên thiết bị", "Giáo viên",
                   "Nhân viên văn phòng"};
            for (const char *position : otherPositions)
                specs << StaffSpec {u8(position)};
            for (int i = 0; i < 3; ++i)
                specs << StaffSpec {u8("Bảo vệ"), false, false, true};
            if (const Status s = staff(unit, specs); !s)
                return s;

            UnitRec &rec = m_units[size_t(unit)];
            if (rec.name == u8(SampleData::UnfilledSchoolName))
                rec.fill = Fill::None;
            else if (rec.name == u8(SampleData::QuerySchoolName)
                     || rec.name == u8(SampleData::DoubleBookedSchoolName))
                rec.fill = Fill::Full;
            else
                rec.fill
                    = schoolIndex % 5 == 0 || schoolIndex % 5 == 2 ? Fill::Full : Fill::Partial;
        }

        if (def.hasCentre) {
            added = addUnit(officeId, UnitKind::Centre, u8("Trung tâm GDNN-GDTX ") + place,
                            u8("TT GDNN-GDTX ") + u8(def.name), QStringLiteral("TTGDTX-") + code,
                            place + city, childOrder++);
            if (!added)
                return added.error();
            const int unit = added.value();
            QList<StaffSpec> specs {{u8("Giám đốc"), true}};
            for (int i = 0; i < 2; ++i)
                specs << StaffSpec {u8("Phó Giám đốc"), true};
            specs << StaffSpec {u8("Nhân viên CNTT"), false, true};
            specs << StaffSpec {u8("Giáo viên Tin học"), false, true};
            specs << StaffSpec {u8("Nhân viên hành chính")} << StaffSpec {u8("Kế toán")}
                  << StaffSpec {u8("Giáo viên")} << StaffSpec {u8("Giáo viên")};
            if (m_rng.chance(50))
                specs << StaffSpec {u8("Nhân viên thiết bị")};
            for (int i = 0; i < 3; ++i)
                specs << StaffSpec {u8("Bảo vệ"), false, false, true};
            if (const Status s = staff(unit, specs); !s)
                return s;
            m_units[size_t(unit)].fill = d % 4 == 0 ? Fill::Full : Fill::Partial;
        }
    }

    // Affiliated units.
    order = 200;
    for (const OfficeDef &def : affiliatedUnits) {
        added = addUnit(rootId, UnitKind::Affiliated, u8(def.name), u8(def.shortName),
                        QString::fromLatin1(def.code), u8("thành phố Hải Phòng"), order++);
        if (!added)
            return added.error();
        const int unit = added.value();
        QList<StaffSpec> specs {{u8(def.head), true}, {u8(def.deputy), true}};
        if (m_rng.chance(50))
            specs << StaffSpec {u8(def.deputy), true};
        for (int i = 0; i < 3; ++i)
            specs << StaffSpec {u8(def.staff)};
        specs << StaffSpec {u8("Kế toán")} << StaffSpec {u8("Nhân viên CNTT"), false, true};
        if (const Status s = staff(unit, specs); !s)
            return s;
        m_units[size_t(unit)].fill = Fill::Full;
    }

    // External partners, grouped.
    added = addUnit(NoId, UnitKind::External, u8(SampleData::PartnersGroupName), u8("Phối hợp"),
                    QStringLiteral("EXT"), QString(), 2);
    if (!added)
        return added.error();
    m_partnersGroup = added.value();
    const Id groupId = m_units[size_t(m_partnersGroup)].id;
    struct ExternalDef
    {
        const char *name;
        const char *shortName;
        const char *code;
        const char *contactPosition; ///< nullptr: no named contact
        int *slot;
    };
    int viettel = -1, vnpt = -1, fpt = -1;
    const ExternalDef externals[] = {
        {"Trung tâm Giám sát an toàn thông tin (Sở KH&CN)", "TT Giám sát ATTT", "EXT-ATTT",
         "Kỹ sư giám sát an toàn thông tin", &m_securityBody},
        {"Phòng An ninh mạng và PCTP sử dụng CNC - Công an thành phố", "PA05 Công an TP",
         "EXT-PA05", "Cán bộ tiếp nhận tin báo", &m_policeCyber},
        {"Trung tâm Ứng cứu khẩn cấp không gian mạng Việt Nam (VNCERT)", "VNCERT", "EXT-VNCERT",
         nullptr, &m_cert},
        {"Viettel Hải Phòng", "Viettel HP", "EXT-VTL", "Nhân viên kỹ thuật khách hàng doanh nghiệp",
         &viettel},
        {"VNPT Hải Phòng", "VNPT HP", "EXT-VNPT", "Nhân viên kỹ thuật khách hàng doanh nghiệp",
         &vnpt},
        {"FPT Telecom Hải Phòng", "FPT Telecom HP", "EXT-FPT", "Nhân viên hỗ trợ kỹ thuật", &fpt},
    };
    order = 1;
    for (const ExternalDef &def : externals) {
        added = addUnit(groupId, UnitKind::External, u8(def.name), u8(def.shortName),
                        QString::fromLatin1(def.code), QString(), order++);
        if (!added)
            return added.error();
        *def.slot = added.value();
        if (def.contactPosition) {
            const Result<int> p
                = addPerson(added.value(), StaffSpec {u8(def.contactPosition), false, true});
            if (!p)
                return p.error();
        }
    }
    m_telecoms = {viettel, vnpt, fpt};
    return {};
}

Status Builder::buildHotlinesAndChains()
{
    const char *const portal = "công bố trên Cổng thông tin điện tử thành phố";
    const Id root = m_units[size_t(m_root)].id;
    const Result<Id> department
        = addHotline(root, "Đường dây nóng trực lễ Sở GD&ĐT", "0225 3950 101", "24/7",
                     "thông báo trong văn bản triển khai trực lễ của Sở", 1);
    const Result<Id> security = addHotline(m_units[size_t(m_securityBody)].id,
                                           "Đường dây nóng ứng cứu sự cố an toàn thông tin",
                                           "0225 3950 120", "24/7", portal, 1);
    const Result<Id> police = addHotline(
        m_units[size_t(m_policeCyber)].id, "Đường dây nóng tiếp nhận tin báo về an ninh mạng",
        "0225 3950 130", "24/7", "công bố trên Trang thông tin điện tử Công an thành phố", 1);
    const Result<Id> cert
        = addHotline(m_units[size_t(m_cert)].id, "Đường dây nóng tiếp nhận sự cố (VNCERT)",
                     "024 3950 1010", "24/7", "theo thông báo của Cục An toàn thông tin", 1);
    for (const Result<Id> &r : {department, security, police, cert}) {
        if (!r)
            return r.error();
    }
    struct TelecomLine
    {
        const char *label;
        const char *number;
        const char *hours;
    };
    const TelecomLine telecomLines[] = {
        {"Tổng đài hỗ trợ kỹ thuật khách hàng doanh nghiệp", "0225 3950 140", "24/7"},
        {"Hỗ trợ sự cố đường truyền", "0225 3950 150", "24/7"},
        {"Hỗ trợ kỹ thuật", "0225 3950 160", "07:00–22:00"},
    };
    for (size_t i = 0; i < m_telecoms.size(); ++i) {
        const Result<Id> line
            = addHotline(m_units[size_t(m_telecoms[i])].id, telecomLines[i].label,
                         telecomLines[i].number, telecomLines[i].hours, portal, 1);
        if (!line)
            return line.error();
    }
    const char *const national = "số khẩn cấp quốc gia";
    for (const auto &[label, number, order] : {std::tuple {"Công an (khẩn cấp)", "113", 1},
                                               std::tuple {"Cứu hỏa, cứu nạn, cứu hộ", "114", 2},
                                               std::tuple {"Cấp cứu y tế", "115", 3}}) {
        const Result<Id> line = addHotline(NoId, label, number, "24/7", national, order);
        if (!line)
            return line.error();
    }

    // The Department's chain ends at the provincial and national bodies.
    const QString leader = u8(SampleData::LeaderRoleName);
    const QString officer = u8(SampleData::OfficerRoleName);
    const QString tech = u8(SampleData::TechRoleName);
    using T = EscalationTarget;
    const Id focal = m_people[size_t(m_focalContact)].id;
    for (const Status &s : {
             addStep(root, T::Role, officer, NoId, NoId, 10,
                     "Tiếp nhận thông tin, ghi sổ trực, xác minh sự cố"),
             addStep(root, T::Role, leader, NoId, NoId, 15,
                     "Báo cáo lãnh đạo trực, xin ý kiến chỉ đạo"),
             addStep(root, T::Person, QString(), focal, NoId, 15,
                     "Đầu mối kỹ thuật của Sở: phối hợp xử lý, cô lập hệ thống bị ảnh hưởng"),
             addStep(root, T::Hotline, QString(), NoId, security.value(), 30,
                     "báo cáo ngay sự cố ATTT"),
             addStep(
                 root, T::Hotline, QString(), NoId, police.value(), 30,
                 "Báo cáo khi có dấu hiệu tấn công mạng, lộ lọt dữ liệu hoặc vi phạm pháp luật"),
             addStep(root, T::Hotline, QString(), NoId, cert.value(), 0,
                     "Đề nghị hỗ trợ ứng cứu khi sự cố nghiêm trọng, vượt khả năng xử lý"),
         }) {
        if (!s)
            return s;
    }

    // District offices: their own duty people, then the Department.
    for (int office : m_districtUnits) {
        const Id id = m_units[size_t(office)].id;
        for (const Status &s : {
                 addStep(id, T::Role, officer, NoId, NoId, 10,
                         "Tiếp nhận, ghi sổ trực, hướng dẫn trường ngắt kết nối máy bị ảnh hưởng"),
                 addStep(id, T::Role, tech, NoId, NoId, 10,
                         "Hỗ trợ kỹ thuật, thu thập thông tin sự cố"),
                 addStep(id, T::Role, leader, NoId, NoId, 15, "Báo cáo lãnh đạo phòng"),
                 addStep(id, T::Parent, QString(), NoId, NoId, 0, "Báo cáo Sở GD&ĐT"),
             }) {
            if (!s)
                return s;
        }
    }

    // A few schools have a chain of their own; the others inherit.
    for (int i = 0; i < SampleData::SchoolCount; ++i) {
        if (!schools[i].ownChain)
            continue;
        const QString name
            = (schools[i].multiLevel ? u8("Trường PT nhiều cấp học ") : u8("Trường THPT "))
            + u8(schools[i].name);
        const Id id = m_units[size_t(m_unitByName.value(name))].id;
        for (const Status &s : {
                 addStep(id, T::Role, tech, NoId, NoId, 10,
                         "Kiểm tra, ngắt kết nối mạng các máy nghi nhiễm mã độc"),
                 addStep(id, T::Role, leader, NoId, NoId, 15, "Báo cáo Ban Giám hiệu"),
                 addStep(id, T::Parent, QString(), NoId, NoId, 0, "Báo cáo Phòng GD&ĐT"),
             }) {
            if (!s)
                return s;
        }
    }
    return {};
}

Status Builder::buildFirstPeriod()
{
    DutyPeriod period;
    period.title = u8(SampleData::PeriodTitle);
    period.firstDay = isoDay(SampleData::PeriodFirstDay);
    period.lastDay = isoDay(SampleData::PeriodLastDay);
    period.status = PeriodStatus::Draft;
    period.documentDate = QDate(2023, 4, 27);
    const Result<DutyPeriod> added = m_periods.addPeriod(period);
    if (!added)
        return added.error();
    m_period = added->id;

    const Shift shifts[] = {
        {NoId, m_period, u8(SampleData::DayShiftName), QTime(7, 30), QTime(17, 0), 1},
        {NoId, m_period, u8(SampleData::NightShiftName), QTime(17, 0), QTime(7, 30), 2},
    };
    for (int i = 0; i < 2; ++i) {
        const Result<Shift> shift = m_periods.addShift(shifts[i]);
        if (!shift)
            return shift.error();
        m_shiftIds[size_t(i)] = shift->id;
    }
    const char *const roleNames[RoleCount]
        = {SampleData::LeaderRoleName, SampleData::OfficerRoleName, SampleData::TechRoleName,
           SampleData::GuardRoleName};
    for (int r = 0; r < RoleCount; ++r) {
        DutyRole role;
        role.periodId = m_period;
        role.name = u8(roleNames[r]);
        role.leaderRole = r == Leader;
        role.sortOrder = r + 1;
        for (UnitKind kind : allKinds)
            role.requirements << RoleRequirement {kind, requirement(kind, r)};
        const Result<DutyRole> stored = m_periods.addRole(role);
        if (!stored)
            return stored.error();
        m_roleIds[size_t(r)] = stored->id;
    }

    // The leave, the gap and the slot the double booking takes.
    const int onLeave = *m_onLeave.constBegin();
    Unavailability leave;
    leave.personId = m_people[size_t(onLeave)].id;
    leave.firstDay = QDate(2023, 4, 28);
    leave.lastDay = QDate(2023, 5, 3);
    leave.reason = u8("Nghỉ phép năm");
    if (const Result<Unavailability> u = m_periods.addUnavailability(leave); !u)
        return u.error();

    const QDate first = period.firstDay;
    const int dayCount = int(first.daysTo(period.lastDay)) + 1;
    const int gapUnit = m_unitByName.value(u8(SampleData::GapUnitName), -1);
    const int gapK = int(first.daysTo(isoDay(SampleData::GapDay))) * 2 + 1;
    const int bookedSchool = m_unitByName.value(u8(SampleData::DoubleBookedSchoolName), -1);
    const int bookedOther = m_unitByName.value(u8(SampleData::DoubleBookedOtherUnitName), -1);
    const int bookedK = int(first.daysTo(isoDay(SampleData::DoubleBookedDay))) * 2 + 1;
    if (gapUnit < 0 || bookedSchool < 0 || bookedOther < 0)
        return Error(Error::Code::Invalid, QStringLiteral("sample: a named unit is missing"));
    // Planned like every other slot, then not sent in: whoever was planned
    // there stays free and rested, so auto-fill finds someone for it. The same
    // goes for the double-booked night at the school (the teacher is stored
    // instead), so either side of the double booking can be removed and filled.
    const QSet<qint64> leaveEmpty {slotKey(gapUnit, gapK, Officer),
                                   slotKey(bookedOther, bookedK, Tech)};

    // The roster is planned in memory the way a unit's secretary would, and as
    // AutoFill does: nobody holds two slots at overlapping times, everyone has
    // RestMinutes between two duties, and the least loaded person of the role's
    // pool (then of the fallback pool) takes the slot. A leader is on duty for
    // the whole day (the day shift ends when the night shift starts).
    static constexpr int MinutesPerDay = 24 * 60;
    static constexpr int RestMinutes = 12 * 60;
    static constexpr int DayStart = 7 * 60 + 30;
    static constexpr int NightStart = 17 * 60;
    struct Interval
    {
        int start;
        int end;
    };
    struct Load
    {
        int load = 0; ///< day shift 2, night 3
        QList<Interval> busy;
    };
    QHash<int, Load> loads; ///< person index → their duties so far
    auto interval = [](int k, bool wholeDay) {
        const int day = (k / 2) * MinutesPerDay;
        if (wholeDay)
            return Interval {day + DayStart, day + MinutesPerDay + DayStart};
        return k % 2 == 0 ? Interval {day + DayStart, day + NightStart}
                          : Interval {day + NightStart, day + MinutesPerDay + DayStart};
    };
    auto hold = [&](int person, const Interval &at, int load) {
        Load &l = loads[person];
        l.busy << at;
        l.load += load;
    };
    // The teacher of the double booking holds the named night at the school.
    const int bookedTeacher = m_units[size_t(bookedSchool)].pools[Tech].value(0, -1);
    if (bookedTeacher < 0)
        return Error(Error::Code::Invalid, QStringLiteral("sample: no teacher to double-book"));
    hold(bookedTeacher, interval(bookedK, false), 3);

    // Each role's pool, then the pool it falls back on.
    static constexpr int fallback[RoleCount] = {Leader, Tech, Officer, Officer};
    static constexpr int fillOrder[] = {Leader, Tech, Guard, Officer};
    QList<AssignmentBatch::Row> rows;
    Assignment a;
    a.periodId = m_period;
    for (int u = 0; u < int(m_units.size()); ++u) {
        const UnitRec &unit = m_units[size_t(u)];
        if (unit.fill == Fill::None)
            continue;
        a.unitId = unit.id;
        for (int k = 0; k < dayCount * 2; ++k) {
            const int day = k / 2;
            for (int role : fillOrder) {
                if (requirement(unit.kind, role) == 0)
                    continue;
                if (unit.fill == Fill::Partial && (day >= PartialDays || role != Leader))
                    continue;
                const bool wholeDay = role == Leader;
                if (wholeDay && k % 2 == 1)
                    continue; // held with the day shift
                const Interval at = interval(k, wholeDay);
                int chosen = -1;
                int bestLoad = 0;
                for (const int poolRole : {role, fallback[role]}) {
                    const QList<int> &pool = unit.pools[size_t(poolRole)];
                    const int n = int(pool.size());
                    for (int j = 0; j < n; ++j) {
                        // Ties go round the pool, from a different place in each unit.
                        const int candidate = pool.at((j + u) % n);
                        if (m_onLeave.contains(candidate))
                            continue;
                        const Load &l = loads[candidate];
                        const bool fits
                            = std::all_of(l.busy.cbegin(), l.busy.cend(), [&at](const Interval &b) {
                                  return b.end + RestMinutes <= at.start
                                      || at.end + RestMinutes <= b.start;
                              });
                        if (fits && (chosen < 0 || l.load < bestLoad)) {
                            chosen = candidate;
                            bestLoad = l.load;
                        }
                    }
                    if (chosen >= 0 || poolRole == fallback[role])
                        break;
                }
                if (chosen < 0)
                    return Error(Error::Code::Invalid,
                                 QStringLiteral("sample: nobody for %1, slot %2, role %3")
                                     .arg(unit.name)
                                     .arg(k)
                                     .arg(role));
                hold(chosen, at, wholeDay ? 5 : k % 2 == 0 ? 2 : 3);
                // The double-booked night at the school is the teacher's; the
                // one planned for it stays free, like the gap's.
                if (u == bookedSchool && k == bookedK && role == Tech)
                    chosen = bookedTeacher;
                for (int shift = k; shift <= (wholeDay ? k + 1 : k); ++shift) {
                    const qint64 slot = slotKey(u, shift, role);
                    if (leaveEmpty.contains(slot))
                        continue;
                    a.day = first.addDays(day);
                    a.shiftId = m_shiftIds[size_t(shift % 2)];
                    a.roleId = m_roleIds[size_t(role)];
                    a.personId = m_people[size_t(chosen)].id;
                    rows << AssignmentBatch::Row {a, 0};
                    m_holders.insert(slot, chosen);
                }
            }
        }
    }
    // Every slot above is one place of a role that needs one, checked in memory.
    const Result<QList<Id>> ids = AssignmentBatch::insert(m_db, rows);
    if (!ids)
        return ids.error();
    if (const Status s = m_db.audit(
            QStringLiteral("sample"), QStringLiteral("duty_periods"), m_period, {},
            DomainJson::text(QJsonObject {{QStringLiteral("period_id"), m_period},
                                          {QStringLiteral("assignments"), int(rows.size())}}));
        !s)
        return s;

    // The one deliberate double booking.
    a.unitId = m_units[size_t(bookedOther)].id;
    a.day = first.addDays(bookedK / 2);
    a.shiftId = m_shiftIds[1];
    a.roleId = m_roleIds[Tech];
    a.personId = m_people[size_t(bookedTeacher)].id;
    a.note = u8("Tăng cường hỗ trợ kỹ thuật cho Phòng GD&ĐT");
    if (const Result<Assignment> stored = m_periods.assign(a, PeriodStore::ConflictPolicy::Allow);
        !stored)
        return stored.error();
    m_holders.insert(slotKey(bookedOther, bookedK, Tech), bookedTeacher);
    return {};
}

Status Builder::buildSecondPeriod()
{
    DutyPeriod period;
    period.title = u8(SampleData::SecondPeriodTitle);
    period.firstDay = QDate(2023, 9, 1);
    period.lastDay = QDate(2023, 9, 4);
    const Result<DutyPeriod> added = m_periods.addPeriod(period);
    if (!added)
        return added.error();
    std::array<Id, 2> shiftIds {};
    const Shift shifts[] = {
        {NoId, added->id, u8(SampleData::DayShiftName), QTime(7, 30), QTime(17, 0), 1},
        {NoId, added->id, u8(SampleData::NightShiftName), QTime(17, 0), QTime(7, 30), 2},
    };
    for (int i = 0; i < 2; ++i) {
        const Result<Shift> shift = m_periods.addShift(shifts[i]);
        if (!shift)
            return shift.error();
        shiftIds[size_t(i)] = shift->id;
    }
    const char *const roleNames[RoleCount]
        = {SampleData::LeaderRoleName, SampleData::OfficerRoleName, SampleData::TechRoleName,
           SampleData::GuardRoleName};
    Id leaderRole = NoId;
    for (int r = 0; r < RoleCount; ++r) {
        DutyRole role;
        role.periodId = added->id;
        role.name = u8(roleNames[r]);
        role.leaderRole = r == Leader;
        role.sortOrder = r + 1;
        for (UnitKind kind : allKinds)
            role.requirements << RoleRequirement {kind, requirement(kind, r)};
        const Result<DutyRole> stored = m_periods.addRole(role);
        if (!stored)
            return stored.error();
        if (r == Leader)
            leaderRole = stored->id;
    }
    // Only the Department's leaders so far.
    const UnitRec &root = m_units[size_t(m_root)];
    Assignment a;
    a.periodId = added->id;
    a.unitId = root.id;
    a.roleId = leaderRole;
    for (int day = 0; day < 4; ++day) {
        a.day = period.firstDay.addDays(day);
        a.personId = m_people[size_t(root.pools[Leader].at(day % root.pools[Leader].size()))].id;
        for (Id shift : shiftIds) {
            a.shiftId = shift;
            if (const Result<Assignment> stored = m_periods.assign(a); !stored)
                return stored.error();
        }
    }
    return {};
}

Status Builder::buildLog()
{
    const QDate first = isoDay(SampleData::PeriodFirstDay);
    auto holder = [&](int unit, const QDate &day, int shift, int role) {
        const int k = int(first.daysTo(day)) * 2 + shift;
        const int person = m_holders.value(slotKey(unit, k, role), -1);
        return person < 0 ? QString() : m_people[size_t(person)].name;
    };
    const int ngoQuyen = m_unitByName.value(u8("Phòng GD&ĐT quận Ngô Quyền"));
    struct Entry
    {
        int unit;
        QDateTime at;
        int shift;
        int role;
        LogCategory category;
        const char *text;
    };
    const Entry entries[] = {
        {m_root, QDateTime(QDate(2023, 4, 29), QTime(7, 40)), 0, Officer, LogCategory::Handover,
         "Nhận ca trực. Hệ thống thư điện tử, cổng thông tin điện tử và phần mềm quản lý nhà "
         "trường hoạt động bình thường."},
        {ngoQuyen, QDateTime(QDate(2023, 4, 30), QTime(20, 40)), 1, Officer, LogCategory::Call,
         "Trường THPT Thái Phiên báo mất kết nối Internet tại phòng máy; đã liên hệ nhà mạng, "
         "kết nối được khôi phục lúc 21:15."},
        {m_root, QDateTime(QDate(2023, 5, 1), QTime(9, 20)), 0, Tech, LogCategory::Incident,
         "Phát hiện thư điện tử giả mạo gửi tới một số hộp thư của Sở; đã cảnh báo các đơn vị, "
         "chặn tên miền gửi thư và báo cáo Trung tâm Giám sát an toàn thông tin."},
    };
    for (const Entry &e : entries) {
        DutyLogEntry entry;
        entry.periodId = m_period;
        entry.unitId = m_units[size_t(e.unit)].id;
        entry.at = e.at;
        entry.author = holder(e.unit, e.at.date(), e.shift, e.role);
        entry.category = e.category;
        entry.text = u8(e.text);
        if (const Result<DutyLogEntry> added = m_log.add(entry); !added)
            return added.error();
    }
    return {};
}

Status Builder::run()
{
    const Result<QList<Unit>> existing = m_directory.units();
    if (!existing)
        return existing.error();
    if (!existing->isEmpty())
        return Error(Error::Code::Invalid,
                     SampleData::tr("The sample data can only fill an empty database; this one "
                                    "already holds %n unit(s).",
                                    nullptr, int(existing->size())));
    if (const Status s = buildDirectory(); !s)
        return s;

    OrganisationSettings organisation;
    organisation.parentAgency = u8("UBND THÀNH PHỐ HẢI PHÒNG");
    organisation.issuingAgency = u8("SỞ GIÁO DỤC VÀ ĐÀO TẠO");
    organisation.documentSymbol = u8("SGDĐT-VP");
    organisation.placeName = u8("Hải Phòng");
    organisation.signerAuthority = u8("KT. GIÁM ĐỐC");
    organisation.signerTitle = u8("PHÓ GIÁM ĐỐC");
    organisation.signerName = m_people[size_t(m_signer)].name;
    organisation.recipients
        = QStringList {u8("Như trên;"), u8("Giám đốc Sở (để b/c);"), u8("Lưu: VT, VP.")};
    if (const Status s = m_settings.setOrganisation(organisation); !s)
        return s;

    if (const Status s = buildHotlinesAndChains(); !s)
        return s;
    if (const Status s = buildFirstPeriod(); !s)
        return s;
    if (const Status s = buildSecondPeriod(); !s)
        return s;
    return buildLog();
}

} // namespace

Status SampleData::build(Database &db)
{
    return db.transaction([&db]() -> Status {
        Builder builder(db);
        return builder.run();
    });
}

} // namespace DutyDesk
