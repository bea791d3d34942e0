#include "Database.h"
#include "DirectoryStore.h"
#include "SearchIndex.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace DutyDesk;

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

Q_DECLARE_METATYPE(DutyDesk::SearchHit::Kind)
Q_DECLARE_METATYPE(DutyDesk::SearchHit::Rank)

namespace DutyDesk {
// Readable QCOMPARE failures.
char *toString(SearchHit::Rank rank)
{
    static const char *const names[]
        = {"Exact", "Prefix", "WordPrefix", "Substring", "AllWords", "Related"};
    return qstrdup(names[int(rank)]);
}
} // namespace DutyDesk

namespace {

qsizetype indexOf(const QList<SearchHit> &hits, SearchHit::Kind kind, Id id)
{
    for (qsizetype i = 0; i < hits.size(); ++i) {
        if (hits.at(i).kind == kind && hits.at(i).id == id)
            return i;
    }
    return -1;
}

QString describe(const QList<SearchHit> &hits)
{
    QStringList lines;
    for (const SearchHit &hit : hits)
        lines << QStringLiteral("%1 %2 (rank %3)")
                     .arg(SearchHit::kindKey(hit.kind), hit.name)
                     .arg(int(hit.rank));
    return lines.join(QStringLiteral("; "));
}

} // namespace

/// The search behind Ctrl+K and "Trực ngay": folding, ranking, phone numbers
/// in any form, freshness across connections, and a national-scale directory.
class TestSearchIndex : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void withoutDiacritics_data();
    void withoutDiacritics();
    void ranking();
    void unitsAndHotlines();
    void positionAndUnitRankedAfterNames();
    void phoneNumbers_data();
    void phoneNumbers();
    void refreshAfterChangeElsewhere();
    void limit();
    void emptyQuery_data();
    void emptyQuery();
    void hitJson();
    void nationalScale();

private:
    Result<Person> addPerson(Id unitId, const QString &name, const QString &position = {},
                             const QStringList &numbers = {});
    void buildDirectory();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    QHash<QString, Id> m_ids; ///< by name
};

void TestSearchIndex::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestSearchIndex::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = std::make_unique<Database>();
    QVERIFY_OK(m_db->open(m_dir->filePath(QStringLiteral("search.db"))));
    m_ids.clear();
}

void TestSearchIndex::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

Result<Person> TestSearchIndex::addPerson(Id unitId, const QString &name, const QString &position,
                                          const QStringList &numbers)
{
    Person p;
    p.unitId = unitId;
    p.fullName = name;
    p.position = position;
    for (const QString &n : numbers)
        p.phones << PhoneEntry {NoId, PhoneKind::Mobile, n};
    const Result<Person> added = DirectoryStore(*m_db).addPerson(p);
    if (added)
        m_ids.insert(name, added->id);
    return added;
}

void TestSearchIndex::buildDirectory()
{
    DirectoryStore directory(*m_db);
    auto unit = [&](const QString &name, Id parent, UnitKind kind, const QString &code = {}) {
        Unit u;
        u.name = name;
        u.parentId = parent;
        u.kind = kind;
        u.code = code;
        const Result<Unit> added = directory.addUnit(u);
        if (added)
            m_ids.insert(name, added->id);
        return added;
    };
    OK_VALUE(department,
             unit(QStringLiteral("Sở Giáo dục và Đào tạo"), NoId, UnitKind::Department));
    OK_VALUE(hongBang,
             unit(QStringLiteral("Phòng GD&ĐT quận Hồng Bàng"), department.id,
                  UnitKind::DistrictOffice));
    OK_VALUE(minhKhai,
             unit(QStringLiteral("Trường THPT Minh Khai"), hongBang.id, UnitKind::School,
                  QStringLiteral("MK01")));
    OK_VALUE(hoa, unit(QStringLiteral("Hòa"), department.id, UnitKind::AgencyOffice));
    OK_VALUE(
        external,
        unit(QStringLiteral("Trung tâm Giám sát an toàn thông tin"), NoId, UnitKind::External));

    QVERIFY_OK(addPerson(department.id, QStringLiteral("Phạm Đức Tính"),
                         QStringLiteral("Phó Giám đốc"), {QStringLiteral("0904 185 683")}));
    QVERIFY_OK(addPerson(department.id, QStringLiteral("Hoàng Văn Nam"),
                         QStringLiteral("Chuyên viên"), {QStringLiteral("0225 3842 123")}));
    QVERIFY_OK(addPerson(hongBang.id, QStringLiteral("Nguyễn Thị Hoa"),
                         QStringLiteral("Trưởng phòng"),
                         {QStringLiteral("0912 345 678"), QStringLiteral("0987 111 222")}));
    QVERIFY_OK(addPerson(hongBang.id, QStringLiteral("Trần Thị Thoa"), QStringLiteral("Kế toán")));
    QVERIFY_OK(addPerson(minhKhai.id, QStringLiteral("Lê Văn Minh"), QStringLiteral("Giáo viên")));
    QVERIFY_OK(addPerson(minhKhai.id, QStringLiteral("Đỗ Thu Hà"), QStringLiteral("Hiệu trưởng"),
                         {QStringLiteral("0976 543 210")}));
    // Found through their unit (Hòa) only.
    QVERIFY_OK(addPerson(hoa.id, QStringLiteral("Vũ Văn Khánh"), QStringLiteral("Văn thư")));

    auto hotline = [&](Id unitId, const QString &label, const QString &number) {
        Hotline h;
        h.unitId = unitId;
        h.label = label;
        h.number = number;
        const Result<Hotline> added = directory.addHotline(h);
        if (added)
            m_ids.insert(label, added->id);
        return added;
    };
    QVERIFY_OK(hotline(external.id, QStringLiteral("Đường dây nóng ATTT"),
                       QStringLiteral("0225 3822 999")));
    QVERIFY_OK(hotline(NoId, QStringLiteral("Công an"), QStringLiteral("113")));
}

void TestSearchIndex::withoutDiacritics_data()
{
    QTest::addColumn<QString>("query");
    QTest::newRow("plain") << QStringLiteral("pham duc tinh");
    QTest::newRow("upper case") << QStringLiteral("PHAM DUC TINH");
    QTest::newRow("with diacritics") << QStringLiteral("Phạm Đức Tính");
    QTest::newRow("lower case with diacritics") << QStringLiteral("phạm đức tính");
    QTest::newRow("extra spaces") << QStringLiteral("  pham   duc  tinh ");
    QTest::newRow("decomposed marks")
        << QStringLiteral("Phạm Đức Tính").normalized(QString::NormalizationForm_D);
}

void TestSearchIndex::withoutDiacritics()
{
    QFETCH(QString, query);
    buildDirectory();
    if (QTest::currentTestFailed())
        return;
    SearchIndex index(*m_db);
    QVERIFY(!index.isBuilt());
    QVERIFY_OK(index.rebuild());
    QVERIFY(index.isBuilt());
    QCOMPARE(index.size(), 5 + 7 + 2);
    const QList<SearchHit> hits = index.search(query);
    QVERIFY2(!hits.isEmpty(), qPrintable(query));
    QCOMPARE(hits.first().kind, SearchHit::Kind::Person);
    QCOMPARE(hits.first().name, QStringLiteral("Phạm Đức Tính"));
    QCOMPARE(hits.first().id, m_ids.value(QStringLiteral("Phạm Đức Tính")));
    QCOMPARE(hits.first().rank, SearchHit::Rank::Exact);
    QCOMPARE(hits.first().phones, QStringList {QStringLiteral("+84904185683")});
    QVERIFY(hits.first().detail.contains(QStringLiteral("Phó Giám đốc")));
    QCOMPARE(hits.first().unitId, m_ids.value(QStringLiteral("Sở Giáo dục và Đào tạo")));

    // Single words and the words in another order find it too.
    QVERIFY(indexOf(index.search(QStringLiteral("tinh")), SearchHit::Kind::Person,
                    m_ids.value(QStringLiteral("Phạm Đức Tính")))
            >= 0);
    const QList<SearchHit> words = index.search(QStringLiteral("pham tinh"));
    QCOMPARE(words.size(), 1);
    QCOMPARE(words.first().rank, SearchHit::Rank::AllWords);
}

void TestSearchIndex::ranking()
{
    buildDirectory();
    if (QTest::currentTestFailed())
        return;
    SearchIndex index(*m_db);
    QVERIFY_OK(index.rebuild());
    const QList<SearchHit> hits = index.search(QStringLiteral("hoa"));
    const QString seen = describe(hits);
    const qsizetype exact
        = indexOf(hits, SearchHit::Kind::Unit, m_ids.value(QStringLiteral("Hòa")));
    const qsizetype prefix
        = indexOf(hits, SearchHit::Kind::Person, m_ids.value(QStringLiteral("Hoàng Văn Nam")));
    const qsizetype wordPrefix
        = indexOf(hits, SearchHit::Kind::Person, m_ids.value(QStringLiteral("Nguyễn Thị Hoa")));
    const qsizetype substring
        = indexOf(hits, SearchHit::Kind::Person, m_ids.value(QStringLiteral("Trần Thị Thoa")));
    const qsizetype related
        = indexOf(hits, SearchHit::Kind::Person, m_ids.value(QStringLiteral("Vũ Văn Khánh")));
    QVERIFY2(exact >= 0 && prefix >= 0 && wordPrefix >= 0 && substring >= 0 && related >= 0,
             qPrintable(seen));
    QVERIFY2(exact < prefix && prefix < wordPrefix && wordPrefix < substring && substring < related,
             qPrintable(seen));
    QCOMPARE(hits.at(exact).rank, SearchHit::Rank::Exact);
    QCOMPARE(hits.at(prefix).rank, SearchHit::Rank::Prefix);
    QCOMPARE(hits.at(wordPrefix).rank, SearchHit::Rank::WordPrefix);
    QCOMPARE(hits.at(substring).rank, SearchHit::Rank::Substring);
    QCOMPARE(hits.at(related).rank, SearchHit::Rank::Related);
    for (qsizetype i = 1; i < hits.size(); ++i)
        QVERIFY2(hits.at(i - 1).rank <= hits.at(i).rank, qPrintable(seen));
    // Not a match at all.
    QCOMPARE(indexOf(hits, SearchHit::Kind::Person, m_ids.value(QStringLiteral("Lê Văn Minh"))),
             -1);
}

void TestSearchIndex::unitsAndHotlines()
{
    buildDirectory();
    if (QTest::currentTestFailed())
        return;
    SearchIndex index(*m_db);
    QVERIFY_OK(index.rebuild());

    QList<SearchHit> hits = index.search(QStringLiteral("hong bang"));
    QVERIFY(!hits.isEmpty());
    QCOMPARE(hits.first().kind, SearchHit::Kind::Unit);
    QCOMPARE(hits.first().name, QStringLiteral("Phòng GD&ĐT quận Hồng Bàng"));
    QCOMPARE(hits.first().id, m_ids.value(QStringLiteral("Phòng GD&ĐT quận Hồng Bàng")));
    QVERIFY(!hits.first().detail.isEmpty()); // the kind of unit

    hits = index.search(QStringLiteral("mk01")); // a unit's code
    QVERIFY(!hits.isEmpty());
    QCOMPARE(hits.first().name, QStringLiteral("Trường THPT Minh Khai"));

    hits = index.search(QStringLiteral("duong day nong"));
    QVERIFY(!hits.isEmpty());
    QCOMPARE(hits.first().kind, SearchHit::Kind::Hotline);
    QCOMPARE(hits.first().name, QStringLiteral("Đường dây nóng ATTT"));
    QCOMPARE(hits.first().phones, QStringList {QStringLiteral("+842253822999")});
    QCOMPARE(hits.first().detail, QStringLiteral("0225 3822 999"));

    hits = index.search(QStringLiteral("cong an"));
    QVERIFY(!hits.isEmpty());
    QCOMPARE(hits.first().kind, SearchHit::Kind::Hotline);
    QCOMPARE(hits.first().unitId, NoId);

    // A hotline is found by its number, short numbers too.
    hits = index.search(QStringLiteral("113"));
    QVERIFY(!hits.isEmpty());
    QCOMPARE(hits.first().name, QStringLiteral("Công an"));
    QCOMPARE(hits.first().rank, SearchHit::Rank::Exact);
    // ... and through its unit's name.
    hits = index.search(QStringLiteral("giam sat an toan"));
    QVERIFY(
        indexOf(hits, SearchHit::Kind::Hotline, m_ids.value(QStringLiteral("Đường dây nóng ATTT")))
        > indexOf(hits, SearchHit::Kind::Unit,
                  m_ids.value(QStringLiteral("Trung tâm Giám sát an toàn thông tin"))));
}

void TestSearchIndex::positionAndUnitRankedAfterNames()
{
    buildDirectory();
    if (QTest::currentTestFailed())
        return;
    SearchIndex index(*m_db);
    QVERIFY_OK(index.rebuild());

    // By position.
    QList<SearchHit> hits = index.search(QStringLiteral("pho giam doc"));
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits.first().name, QStringLiteral("Phạm Đức Tính"));
    QCOMPARE(hits.first().rank, SearchHit::Rank::Related);
    hits = index.search(QStringLiteral("hieu truong"));
    QCOMPARE(indexOf(hits, SearchHit::Kind::Person, m_ids.value(QStringLiteral("Đỗ Thu Hà"))), 0);

    // "minh": the unit and the person named Minh first, then the people of
    // Trường THPT Minh Khai found through their unit.
    hits = index.search(QStringLiteral("minh"));
    const QString seen = describe(hits);
    const qsizetype unit = indexOf(hits, SearchHit::Kind::Unit,
                                   m_ids.value(QStringLiteral("Trường THPT Minh Khai")));
    const qsizetype byName
        = indexOf(hits, SearchHit::Kind::Person, m_ids.value(QStringLiteral("Lê Văn Minh")));
    const qsizetype byUnit
        = indexOf(hits, SearchHit::Kind::Person, m_ids.value(QStringLiteral("Đỗ Thu Hà")));
    QVERIFY2(unit >= 0 && byName >= 0 && byUnit >= 0, qPrintable(seen));
    QVERIFY2(byName < byUnit, qPrintable(seen));
    QVERIFY2(unit < byUnit, qPrintable(seen));
    QCOMPARE(hits.at(byUnit).rank, SearchHit::Rank::Related);
    QVERIFY(hits.at(byUnit).detail.contains(QStringLiteral("Trường THPT Minh Khai")));
    // Lê Văn Minh is found by name, though his unit matches as well.
    QCOMPARE(hits.at(byName).rank, SearchHit::Rank::WordPrefix);
}

void TestSearchIndex::phoneNumbers_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("name"); // the first hit
    QTest::addColumn<SearchHit::Rank>("rank");
    const QString tinh = QStringLiteral("Phạm Đức Tính");
    QTest::newRow("national digits")
        << QStringLiteral("0904185683") << tinh << SearchHit::Rank::Exact;
    QTest::newRow("dots") << QStringLiteral("0904.185.683") << tinh << SearchHit::Rank::Exact;
    QTest::newRow("spaces") << QStringLiteral("0904 185 683") << tinh << SearchHit::Rank::Exact;
    QTest::newRow("dashes and brackets")
        << QStringLiteral("(0904) 185-683") << tinh << SearchHit::Rank::Exact;
    QTest::newRow("E.164") << QStringLiteral("+84904185683") << tinh << SearchHit::Rank::Exact;
    QTest::newRow("international, spaced")
        << QStringLiteral("+84 904 185 683") << tinh << SearchHit::Rank::Exact;
    QTest::newRow("84 without plus")
        << QStringLiteral("84904185683") << tinh << SearchHit::Rank::Exact;
    QTest::newRow("international, partly typed")
        << QStringLiteral("+84 904 18") << tinh << SearchHit::Rank::Prefix;
    QTest::newRow("start") << QStringLiteral("0904") << tinh << SearchHit::Rank::Prefix;
    QTest::newRow("end") << QStringLiteral("185683") << tinh << SearchHit::Rank::Substring;
    QTest::newRow("three digits") << QStringLiteral("683") << tinh << SearchHit::Rank::Substring;
    QTest::newRow("without the leading 0")
        << QStringLiteral("904 185 683") << tinh << SearchHit::Rank::Substring;
    QTest::newRow("second number") << QStringLiteral("0987 111 222")
                                   << QStringLiteral("Nguyễn Thị Hoa") << SearchHit::Rank::Exact;
    QTest::newRow("fixed line") << QStringLiteral("(0225) 3842-123")
                                << QStringLiteral("Hoàng Văn Nam") << SearchHit::Rank::Exact;
    QTest::newRow("fixed line, international")
        << QStringLiteral("+84 225 3842 123") << QStringLiteral("Hoàng Văn Nam")
        << SearchHit::Rank::Exact;
}

void TestSearchIndex::phoneNumbers()
{
    QFETCH(QString, query);
    QFETCH(QString, name);
    QFETCH(SearchHit::Rank, rank);
    buildDirectory();
    if (QTest::currentTestFailed())
        return;
    SearchIndex index(*m_db);
    QVERIFY_OK(index.rebuild());
    const QList<SearchHit> hits = index.search(query);
    QVERIFY2(!hits.isEmpty(), qPrintable(query));
    QCOMPARE(hits.first().name, name);
    QCOMPARE(hits.first().rank, rank);
    if (rank == SearchHit::Rank::Exact)
        QCOMPARE(hits.size(), 1);
}

void TestSearchIndex::refreshAfterChangeElsewhere()
{
    buildDirectory();
    if (QTest::currentTestFailed())
        return;
    SearchIndex index(*m_db);
    QVERIFY_OK(index.refreshIfChanged()); // builds the first time
    QVERIFY(index.isBuilt());
    QVERIFY(index.search(QStringLiteral("ngo quyen")).isEmpty());
    const qsizetype before = index.size();

    // Another window or the command line changes the same file.
    {
        Database other;
        QVERIFY_OK(other.open(m_db->path(), Database::OpenMode::MustExist));
        DirectoryStore directory(other);
        Unit u;
        u.name = QStringLiteral("Trường THPT Ngô Quyền");
        OK_VALUE(added, directory.addUnit(u));
        Person p;
        p.unitId = added.id;
        p.fullName = QStringLiteral("Bùi Thị Nga");
        p.phones << PhoneEntry {NoId, PhoneKind::Mobile, QStringLiteral("0961 222 333")};
        QVERIFY_OK(directory.addPerson(p));
    }
    QVERIFY(index.search(QStringLiteral("ngo quyen")).isEmpty()); // not yet refreshed
    QVERIFY_OK(index.refreshIfChanged());
    QCOMPARE(index.size(), before + 2);
    QCOMPARE(index.search(QStringLiteral("ngo quyen")).first().name,
             QStringLiteral("Trường THPT Ngô Quyền"));
    QCOMPARE(index.search(QStringLiteral("0961222333")).first().name,
             QStringLiteral("Bùi Thị Nga"));

    // A change through this connection is seen as well.
    DirectoryStore directory(*m_db);
    QVERIFY_OK(directory.deletePerson(m_ids.value(QStringLiteral("Phạm Đức Tính"))));
    QVERIFY_OK(index.refreshIfChanged());
    QVERIFY(index.search(QStringLiteral("pham duc tinh")).isEmpty());
    QVERIFY(index.search(QStringLiteral("0904185683")).isEmpty());

    // Nothing changed: nothing to do, same answers.
    QVERIFY_OK(index.refreshIfChanged());
    QCOMPARE(index.size(), before + 1);
}

void TestSearchIndex::limit()
{
    const Result<Unit> unit
        = DirectoryStore(*m_db).addUnit(Unit {NoId,
                                              NoId,
                                              UnitKind::School,
                                              QStringLiteral("Trường THPT Trần Phú"),
                                              {},
                                              {},
                                              {},
                                              0,
                                              true,
                                              0});
    QVERIFY_OK(unit);
    for (int i = 0; i < 12; ++i)
        QVERIFY_OK(addPerson(unit->id, QStringLiteral("Nguyễn Văn Số %1").arg(i)));
    SearchIndex index(*m_db);
    QVERIFY_OK(index.rebuild());
    QCOMPARE(index.search(QStringLiteral("nguyen")).size(), 12);
    QCOMPARE(index.search(QStringLiteral("nguyen"), 5).size(), 5);
    QCOMPARE(index.search(QStringLiteral("nguyen"), 1).size(), 1);
    QCOMPARE(index.search(QStringLiteral("nguyen"), 0).size(), 0);
    QCOMPARE(index.search(QStringLiteral("nguyen"), -3).size(), 0);
    // The best come first whatever the limit.
    QCOMPARE(index.search(QStringLiteral("nguyen van so 7"), 1).first().name,
             QStringLiteral("Nguyễn Văn Số 7"));
}

void TestSearchIndex::emptyQuery_data()
{
    QTest::addColumn<QString>("query");
    QTest::newRow("empty") << QString();
    QTest::newRow("spaces") << QStringLiteral("   ");
    QTest::newRow("tab and newline") << QStringLiteral("\t\n");
}

void TestSearchIndex::emptyQuery()
{
    QFETCH(QString, query);
    buildDirectory();
    if (QTest::currentTestFailed())
        return;
    SearchIndex index(*m_db);
    QVERIFY_OK(index.rebuild());
    QVERIFY(index.search(query).isEmpty());
    // Also before any build.
    SearchIndex unbuilt(*m_db);
    QVERIFY(unbuilt.search(QStringLiteral("tinh")).isEmpty());
}

void TestSearchIndex::hitJson()
{
    buildDirectory();
    if (QTest::currentTestFailed())
        return;
    SearchIndex index(*m_db);
    QVERIFY_OK(index.rebuild());
    const QJsonObject person = index.search(QStringLiteral("nguyen thi hoa")).first().toJson();
    QCOMPARE(person.value(QStringLiteral("kind")).toString(), QStringLiteral("person"));
    QCOMPARE(person.value(QStringLiteral("name")).toString(), QStringLiteral("Nguyễn Thị Hoa"));
    QCOMPARE(person.value(QStringLiteral("phones")).toArray().size(), 2);
    QCOMPARE(person.value(QStringLiteral("phones")).toArray().first().toString(),
             QStringLiteral("0912 345 678"));
    const QJsonObject hotline = index.search(QStringLiteral("cong an")).first().toJson();
    QCOMPARE(hotline.value(QStringLiteral("kind")).toString(), QStringLiteral("hotline"));
    QVERIFY(hotline.value(QStringLiteral("unit_id")).isNull());
}

void TestSearchIndex::nationalScale()
{
    // 1,000 units and 100,000 people with a number each, written with plain
    // SQL in one transaction (the stores would validate each one: slow).
    constexpr int Units = 1000;
    constexpr int People = 100000;
    const QString families = QStringLiteral(
        "[\"Nguyễn\",\"Trần\",\"Lê\",\"Phạm\",\"Hoàng\",\"Vũ\",\"Đặng\",\"Bùi\",\"Đỗ\",\"Hồ\"]");
    const QString middles = QStringLiteral(
        "[\"Văn\",\"Thị\",\"Hữu\",\"Minh\",\"Thu\",\"Quang\",\"Ngọc\",\"Xuân\",\"Thanh\"]");
    const QString givens = QStringLiteral(
        "[\"An\",\"Bình\",\"Chi\",\"Dũng\",\"Giang\",\"Hà\",\"Khánh\",\"Lan\",\"Mai\",\"Nam\","
        "\"Oanh\",\"Phúc\",\"Quân\",\"Sơn\",\"Trang\",\"Uyên\",\"Vinh\",\"Yến\",\"Hải\"]");
    QVERIFY_OK(m_db->transaction([&]() -> Status {
        if (const Status s = m_db->exec(
                QStringLiteral(
                    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?) "
                    "INSERT INTO units (id, kind, name, code) SELECT i, 'school', "
                    "'Trường THPT số ' || i, printf('U%04d', i) FROM n"),
                {Units});
            !s)
            return s;
        if (const Status s = m_db->exec(
                QStringLiteral(
                    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?) "
                    "INSERT INTO people (id, unit_id, full_name, position) SELECT i, "
                    "1 + i % ?, json_extract(?, '$[' || (i % 10) || ']') || ' ' || "
                    "json_extract(?, '$[' || (i / 10 % 9) || ']') || ' ' || "
                    "json_extract(?, '$[' || (i / 90 % 19) || ']'), "
                    "CASE i % 4 WHEN 0 THEN 'Giáo viên' WHEN 1 THEN 'Hiệu trưởng' "
                    "WHEN 2 THEN 'Kế toán' ELSE 'Bảo vệ' END FROM n"),
                {People, Units, families, middles, givens});
            !s)
            return s;
        return m_db->exec(
            QStringLiteral("INSERT INTO phone_numbers (person_id, kind, e164) "
                           "SELECT id, 'mobile', printf('+8490%07d', id) FROM people"));
    }));
    // One person to look for, with a name no generated one has.
    const Result<Person> needle
        = addPerson(500, QStringLiteral("Phạm Đức Tính"), QStringLiteral("Phó Giám đốc"),
                    {QStringLiteral("0904 185 683")});
    QVERIFY_OK(needle);

    SearchIndex index(*m_db);
    QVERIFY_OK(index.rebuild());
    QCOMPARE(index.size(), Units + People + 1);

    QList<SearchHit> hits = index.search(QStringLiteral("pham duc tinh"));
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits.first().id, needle->id);
    QCOMPARE(hits.first().detail, QStringLiteral("Phó Giám đốc — Trường THPT số 500"));

    hits = index.search(QStringLiteral("0904 185 683"));
    QCOMPARE(hits.first().id, needle->id);
    QCOMPARE(hits.first().rank, SearchHit::Rank::Exact);

    // Generated person 54321: "+84900054321".
    hits = index.search(QStringLiteral("+84 900 054 321"));
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits.first().id, Id(54321));

    // A common name: the limit holds, every hit matches, the best first.
    hits = index.search(QStringLiteral("nguyen van an"), 50);
    QCOMPARE(hits.size(), 50);
    for (const SearchHit &hit : std::as_const(hits)) {
        QCOMPARE(hit.kind, SearchHit::Kind::Person);
        QCOMPARE(hit.name, QStringLiteral("Nguyễn Văn An"));
        QCOMPARE(hit.rank, SearchHit::Rank::Exact);
    }
    hits = index.search(QStringLiteral("truong thpt so 999"));
    QCOMPARE(hits.first().kind, SearchHit::Kind::Unit);
    QCOMPARE(hits.first().id, Id(999));
    QCOMPARE(hits.first().rank, SearchHit::Rank::Exact);
}

QTEST_GUILESS_MAIN(TestSearchIndex)
#include "tst_searchindex.moc"
