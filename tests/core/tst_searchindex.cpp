#include "Database.h"
#include "DirectoryStore.h"
#include "SearchIndex.h"
#include "VietnameseText.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>
#include <tuple>

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

/// The search's ranking written out plainly, entry by entry: what the index
/// must answer, however it finds it.
class ReferenceSearch
{
public:
    explicit ReferenceSearch(Database &db)
    {
        // Read in the order the index reads: units, people, hotlines.
        QHash<Id, QString> unitNames;
        QSqlQuery units(db.connection());
        m_ok = units.exec(QStringLiteral("SELECT id, name, short_name, code FROM units"));
        while (units.next()) {
            const QString name = units.value(1).toString();
            unitNames.insert(units.value(0).toLongLong(), name);
            add(SearchHit::Kind::Unit, units.value(0).toLongLong(), name,
                units.value(2).toString() + QLatin1Char(' ') + units.value(3).toString());
        }
        QSqlQuery people(db.connection());
        m_ok = m_ok
            && people.exec(QStringLiteral("SELECT id, unit_id, full_name, position FROM people"));
        while (people.next()) {
            add(SearchHit::Kind::Person, people.value(0).toLongLong(), people.value(2).toString(),
                people.value(3).toString() + QLatin1Char(' ')
                    + unitNames.value(people.value(1).toLongLong()));
        }
        QSqlQuery hotlines(db.connection());
        m_ok = m_ok && hotlines.exec(QStringLiteral("SELECT id, unit_id, label FROM hotlines"));
        while (hotlines.next()) {
            add(SearchHit::Kind::Hotline, hotlines.value(0).toLongLong(),
                hotlines.value(2).toString(), unitNames.value(hotlines.value(1).toLongLong()));
        }
    }

    /// Whether everything was read.
    bool ok() const { return m_ok; }

    /// (kind, id, rank) of the best `limit` entries for a query of words
    /// (not a phone number).
    QList<std::tuple<SearchHit::Kind, Id, SearchHit::Rank>> search(const QString &query,
                                                                   int limit) const
    {
        const QByteArray q = VietnameseText::fold(query).toUtf8();
        struct Match
        {
            int rank;
            int kind;
            QByteArray name;
            int order;
        };
        QList<Match> matches;
        for (int i = 0; i < m_entries.size(); ++i) {
            const Entry &e = m_entries.at(i);
            int rank = rankOf(e.name, q);
            if (rank < 0 && rankOf(e.related, q) >= 0)
                rank = int(SearchHit::Rank::Related) + rankOf(e.related, q);
            if (rank >= 0)
                matches.append({rank, int(e.kind), e.name, i});
        }
        std::sort(matches.begin(), matches.end(), [](const Match &a, const Match &b) {
            return std::tie(a.rank, a.kind, a.name, a.order)
                < std::tie(b.rank, b.kind, b.name, b.order);
        });
        QList<std::tuple<SearchHit::Kind, Id, SearchHit::Rank>> best;
        for (const Match &m : std::as_const(matches).mid(0, limit)) {
            best.append({m_entries.at(m.order).kind, m_entries.at(m.order).id,
                         SearchHit::Rank(std::min(m.rank, int(SearchHit::Rank::Related)))});
        }
        return best;
    }

private:
    struct Entry
    {
        SearchHit::Kind kind;
        Id id;
        QByteArray name;
        QByteArray related;
    };

    void add(SearchHit::Kind kind, Id id, const QString &name, const QString &related)
    {
        m_entries.append({kind, id, VietnameseText::fold(name).toUtf8(),
                          VietnameseText::fold(related).toUtf8()});
    }

    static bool startsWord(const QByteArray &text, qsizetype at)
    {
        if (at == 0)
            return true;
        const char c = text.at(at - 1);
        return !((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'));
    }

    /// Exact, prefix, word prefix, substring, all words at word starts, or -1.
    static int rankOf(const QByteArray &text, const QByteArray &query)
    {
        if (text.isEmpty())
            return -1;
        if (text == query)
            return int(SearchHit::Rank::Exact);
        if (text.startsWith(query))
            return int(SearchHit::Rank::Prefix);
        bool found = false;
        for (qsizetype at = text.indexOf(query); at >= 0; at = text.indexOf(query, at + 1)) {
            if (startsWord(text, at))
                return int(SearchHit::Rank::WordPrefix);
            found = true;
        }
        if (found)
            return int(SearchHit::Rank::Substring);
        const QList<QByteArray> words = query.split(' ');
        if (words.size() < 2)
            return -1;
        for (const QByteArray &word : words) {
            bool atStart = false;
            for (qsizetype at = text.indexOf(word); at >= 0 && !atStart;
                 at = text.indexOf(word, at + 1))
                atStart = startsWord(text, at);
            if (!atStart)
                return -1;
        }
        return int(SearchHit::Rank::AllWords);
    }

    QList<Entry> m_entries;
    bool m_ok = false;
};

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
    void relatedTextOnly();
    void substringInsideWord();
    void wordsInDifferentFields();
    void numberRankBeforeName();
    void manyNumbersBeyondLimit();
    void matchesReference();

private:
    Result<Person> addPerson(Id unitId, const QString &name, const QString &position = {},
                             const QStringList &numbers = {});
    void buildDirectory();
    void buildSchools();

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

void TestSearchIndex::buildSchools()
{
    // 60 schools of three levels in 20 places, ten people each (a principal,
    // two vice principals, teachers, an accountant, one without a position)
    // and a department office: names, positions and units repeat the way
    // they do in a province.
    const QStringList levels
        = {QStringLiteral("THCS"), QStringLiteral("THPT"), QStringLiteral("Tiểu học")};
    const QStringList places = {
        QStringLiteral("Lê Lợi"),    QStringLiteral("Trần Phú"),    QStringLiteral("Hồng Bàng"),
        QStringLiteral("Ngô Quyền"), QStringLiteral("Minh Khai"),   QStringLiteral("Quang Trung"),
        QStringLiteral("Hiếu Tử"),   QStringLiteral("Trương Định"), QStringLiteral("An Dương"),
        QStringLiteral("Lê Chân"),   QStringLiteral("Kiến An"),     QStringLiteral("Thủy Nguyên"),
        QStringLiteral("Hòa Bình"),  QStringLiteral("Đồ Sơn"),      QStringLiteral("Cát Bà"),
        QStringLiteral("Vĩnh Bảo"),  QStringLiteral("Tiên Lãng"),   QStringLiteral("An Lão"),
        QStringLiteral("Kiến Thụy"), QStringLiteral("Bạch Long Vĩ")};
    const QStringList positions
        = {QStringLiteral("Hiệu trưởng"),     QStringLiteral("Phó Hiệu trưởng"),
           QStringLiteral("Phó Hiệu trưởng"), QStringLiteral("Giáo viên"),
           QStringLiteral("Giáo viên"),       QStringLiteral("Giáo viên"),
           QStringLiteral("Giáo viên"),       QStringLiteral("Giáo viên"),
           QStringLiteral("Kế toán"),         QString()};
    const QStringList families
        = {QStringLiteral("Nguyễn"), QStringLiteral("Trần"),   QStringLiteral("Lê"),
           QStringLiteral("Phạm"),   QStringLiteral("Trương"), QStringLiteral("Hoàng"),
           QStringLiteral("Vũ"),     QStringLiteral("Đỗ"),     QStringLiteral("Bùi"),
           QStringLiteral("Hồ")};
    const QStringList middles
        = {QStringLiteral("Văn"),  QStringLiteral("Thị"), QStringLiteral("Hữu"),
           QStringLiteral("Minh"), QStringLiteral("Đức"), QStringLiteral("Thu")};
    const QStringList givens
        = {QStringLiteral("Hiếu"), QStringLiteral("Trung"), QStringLiteral("Hoa"),
           QStringLiteral("Thoa"), QStringLiteral("An"),    QStringLiteral("Lợi"),
           QStringLiteral("Hà"),   QStringLiteral("Khánh"), QStringLiteral("Tính"),
           QStringLiteral("Nam"),  QStringLiteral("Phú"),   QStringLiteral("Tâm"),
           QStringLiteral("Bình"), QStringLiteral("Chi"),   QStringLiteral("Quân")};
    QVERIFY_OK(m_db->transaction([&]() -> Status {
        const auto unit = [&](const QString &kind, const QString &name, const QString &shortName,
                              const QString &code) {
            return m_db->exec(QStringLiteral("INSERT INTO units (kind, name, short_name, code) "
                                             "VALUES (?, ?, ?, ?)"),
                              {kind, name, shortName, code});
        };
        if (const Status s
            = unit(QStringLiteral("department"), QStringLiteral("Sở Giáo dục và Đào tạo"),
                   QStringLiteral("Sở GD&ĐT"), QStringLiteral("SGD"));
            !s)
            return s;
        if (const Status s
            = unit(QStringLiteral("agency_office"), QStringLiteral("Phòng Kế hoạch - Tài chính"),
                   QStringLiteral("Phòng KHTC"), QStringLiteral("SGD-KHTC"));
            !s)
            return s;
        for (int i = 0; i < 60; ++i) {
            const QString school = levels.at(i % 3) + QLatin1Char(' ') + places.at(i / 3);
            if (const Status s
                = unit(QStringLiteral("school"), QStringLiteral("Trường ") + school, school,
                       QStringLiteral("D%1-S%2")
                           .arg(i / 10, 2, 10, QLatin1Char('0'))
                           .arg(i, 3, 10, QLatin1Char('0')));
                !s)
                return s;
        }
        for (int k = 0; k < 610; ++k) {
            const QString name = families.at(k % 10) + QLatin1Char(' ') + middles.at(k / 10 % 6)
                + QLatin1Char(' ') + givens.at(k / 60 % 15);
            // Units 1 and 2 are the department and its office; schools from 3.
            const int unitId = k < 600 ? 3 + k / 10 : 1 + k % 2;
            const QString position = k < 600 ? positions.at(k % 10) : QStringLiteral("Chuyên viên");
            if (const Status s
                = m_db->exec(QStringLiteral("INSERT INTO people (unit_id, full_name, "
                                            "position) VALUES (?, ?, ?)"),
                             {unitId, name, position});
                !s)
                return s;
        }
        return {};
    }));
}

void TestSearchIndex::relatedTextOnly()
{
    buildSchools();
    if (QTest::currentTestFailed())
        return;
    // Named after the position (the words in another order): found by name,
    // before everyone found by it. So are the six Trương ... Hiếu teachers,
    // after the three schools of Hiếu Tử (units first).
    QVERIFY_OK(addPerson(1, QStringLiteral("Trương Văn Hiếu"), QStringLiteral("Chuyên viên")));
    SearchIndex index(*m_db);
    QVERIFY_OK(index.rebuild());

    // Then by position and unit: the 60 principals ("hieu truong truong
    // ...": the query starts the text), the 120 vice principals ("pho hieu
    // truong ...": it starts a word), and the other 21 people of the Hiếu Tử
    // schools ("giao vien truong thcs hieu tu": both words), each in name
    // order.
    const QList<SearchHit> all = index.search(QStringLiteral("Hiệu trưởng"), 1000);
    QCOMPARE(all.size(), 3 + 7 + 60 + 120 + 21);
    for (qsizetype i = 0; i < all.size(); ++i) {
        const SearchHit &hit = all.at(i);
        if (i < 3) {
            QCOMPARE(hit.kind, SearchHit::Kind::Unit);
            QCOMPARE(hit.rank, SearchHit::Rank::AllWords);
            QVERIFY2(hit.name.endsWith(QStringLiteral("Hiếu Tử")), qPrintable(hit.name));
            continue;
        }
        QCOMPARE(hit.kind, SearchHit::Kind::Person);
        if (i < 10) {
            QCOMPARE(hit.rank, SearchHit::Rank::AllWords);
            QVERIFY2(hit.name.startsWith(QStringLiteral("Trương")), qPrintable(hit.name));
            continue;
        }
        QCOMPARE(hit.rank, SearchHit::Rank::Related);
        if (i < 70)
            QVERIFY2(hit.detail.startsWith(QStringLiteral("Hiệu trưởng — ")),
                     qPrintable(hit.detail));
        else if (i < 190)
            QVERIFY2(hit.detail.startsWith(QStringLiteral("Phó Hiệu trưởng — ")),
                     qPrintable(hit.detail));
        else
            QVERIFY2(hit.detail.endsWith(QStringLiteral("Hiếu Tử")), qPrintable(hit.detail));
        if (i != 10 && i != 70 && i != 190)
            QVERIFY(VietnameseText::fold(all.at(i - 1).name) <= VietnameseText::fold(hit.name));
    }
    // Fewer than match: the same first ones, each prefix of the typing.
    for (const QString &typed :
         {QStringLiteral("Hiệu tr"), QStringLiteral("Hiệu trư"), QStringLiteral("Hiệu trưởng")}) {
        const QList<SearchHit> full = index.search(typed, 1000);
        const QList<SearchHit> first = index.search(typed, 10);
        QCOMPARE(first.size(), 10);
        for (qsizetype i = 0; i < first.size(); ++i) {
            QCOMPARE(first.at(i).id, full.at(i).id);
            QCOMPARE(first.at(i).rank, full.at(i).rank);
        }
    }
}

void TestSearchIndex::substringInsideWord()
{
    buildSchools();
    if (QTest::currentTestFailed())
        return;
    SearchIndex index(*m_db);
    QVERIFY_OK(index.rebuild());

    // "ieu" is inside "Hiếu": a substring of names, before related texts.
    QList<SearchHit> hits = index.search(QStringLiteral("ieu"), 1000);
    QVERIFY(!hits.isEmpty());
    QCOMPARE(hits.first().rank, SearchHit::Rank::Substring);
    QVERIFY(VietnameseText::fold(hits.first().name).contains(QStringLiteral("hieu")));
    // The unit named after a place with "Hiếu", and its people by their unit.
    const qsizetype unit = indexOf(hits, SearchHit::Kind::Unit, 3 + 18); // Trường THCS Hiếu Tử
    QVERIFY2(unit >= 0, qPrintable(describe(hits)));
    QCOMPARE(hits.at(unit).name, QStringLiteral("Trường THCS Hiếu Tử"));

    // Started inside a word and going on to the next one: every principal
    // and vice principal by position ("hieu truong ...").
    hits = index.search(QStringLiteral("ieu trư"), 1000);
    int byPosition = 0;
    for (const SearchHit &hit : std::as_const(hits)) {
        if (hit.rank == SearchHit::Rank::Related
            && hit.detail.contains(QStringLiteral("Hiệu trưởng")))
            ++byPosition;
    }
    QCOMPARE(byPosition, 180);
    // A code, from inside: "D01-S012" holds "1-s01".
    hits = index.search(QStringLiteral("1-s01"));
    QVERIFY(!hits.isEmpty());
    QCOMPARE(hits.first().kind, SearchHit::Kind::Unit);
    QCOMPARE(hits.first().rank, SearchHit::Rank::Related);
}

void TestSearchIndex::wordsInDifferentFields()
{
    buildDirectory();
    if (QTest::currentTestFailed())
        return;
    SearchIndex index(*m_db);
    QVERIFY_OK(index.rebuild());
    // Every word must be in the name, or every word in the position and
    // unit: "tinh" is in Phạm Đức Tính's name, "giam doc" in his position.
    QVERIFY(index.search(QStringLiteral("tinh giam doc")).isEmpty());
    QList<SearchHit> hits = index.search(QStringLiteral("giam doc so giao duc"));
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits.first().name, QStringLiteral("Phạm Đức Tính"));
    QCOMPARE(hits.first().rank, SearchHit::Rank::Related);
    // Words of the name in another order, one of them cut short.
    hits = index.search(QStringLiteral("tinh pham d"));
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits.first().rank, SearchHit::Rank::AllWords);
    // Signs inside words: "GD&ĐT" and "Minh Khai".
    hits = index.search(QStringLiteral("gd&dt quan"));
    QVERIFY(!hits.isEmpty());
    QCOMPARE(hits.first().name, QStringLiteral("Phòng GD&ĐT quận Hồng Bàng"));
    QCOMPARE(hits.first().rank, SearchHit::Rank::WordPrefix);
    hits = index.search(QStringLiteral("&"));
    QVERIFY(indexOf(hits, SearchHit::Kind::Unit,
                    m_ids.value(QStringLiteral("Phòng GD&ĐT quận Hồng Bàng")))
            >= 0);
}

void TestSearchIndex::numberRankBeforeName()
{
    OK_VALUE(station,
             DirectoryStore(*m_db).addUnit(Unit {NoId,
                                                 NoId,
                                                 UnitKind::AgencyOffice,
                                                 QStringLiteral("Trạm 113"),
                                                 {},
                                                 {},
                                                 {},
                                                 0,
                                                 true,
                                                 0}));
    // Named like the number, but the number holds the digits past its
    // start: the number's rank (a substring) is the one shown.
    QVERIFY_OK(m_db->exec(
        QStringLiteral("INSERT INTO people (id, unit_id, full_name) VALUES (900, ?, '113')"),
        {station.id}));
    QVERIFY_OK(m_db->exec(QStringLiteral("INSERT INTO phone_numbers (person_id, kind, e164) "
                                         "VALUES (900, 'mobile', '+84911300000')")));
    Hotline police;
    police.label = QStringLiteral("Công an");
    police.number = QStringLiteral("113");
    QVERIFY_OK(DirectoryStore(*m_db).addHotline(police));
    SearchIndex index(*m_db);
    QVERIFY_OK(index.rebuild());

    const QList<SearchHit> hits = index.search(QStringLiteral("113"));
    QCOMPARE(hits.size(), 3);
    QCOMPARE(hits.at(0).kind, SearchHit::Kind::Hotline); // the number itself
    QCOMPARE(hits.at(0).rank, SearchHit::Rank::Exact);
    QCOMPARE(hits.at(1).kind, SearchHit::Kind::Unit); // a word of its name
    QCOMPARE(hits.at(1).rank, SearchHit::Rank::WordPrefix);
    QCOMPARE(hits.at(2).id, Id(900));
    QCOMPARE(hits.at(2).rank, SearchHit::Rank::Substring);
    // With room for two only, the two best.
    const QList<SearchHit> two = index.search(QStringLiteral("113"), 2);
    QCOMPARE(two.size(), 2);
    QCOMPARE(two.at(1).kind, SearchHit::Kind::Unit);
}

void TestSearchIndex::manyNumbersBeyondLimit()
{
    buildSchools();
    if (QTest::currentTestFailed())
        return;
    // Person k has 0912 345 0kk (starts with "09123"), and every fifth one
    // also a landline holding "09123" past its start.
    QVERIFY_OK(m_db->exec(QStringLiteral("INSERT INTO phone_numbers (person_id, kind, e164) "
                                         "SELECT id, 'mobile', printf('+84912345%03d', id) "
                                         "FROM people")));
    QVERIFY_OK(m_db->exec(QStringLiteral("INSERT INTO phone_numbers (person_id, kind, e164) "
                                         "SELECT id, 'office', printf('+842250912%03d', id) "
                                         "FROM people WHERE id % 5 = 0")));
    QVERIFY_OK(m_db->exec(
        QStringLiteral("INSERT INTO people (id, unit_id, full_name) VALUES (5000, 1, 'Zô Xa')")));
    QVERIFY_OK(m_db->exec(QStringLiteral("INSERT INTO phone_numbers (person_id, kind, e164) "
                                         "VALUES (5000, 'office', '+842253091234')")));
    SearchIndex index(*m_db);
    QVERIFY_OK(index.rebuild());

    const QList<SearchHit> all = index.search(QStringLiteral("0912 3"), 1000);
    QCOMPARE(all.size(), 611);
    // Everyone by the start of a number first, in name order; the one whose
    // number holds it only past its start last.
    for (qsizetype i = 0; i + 1 < all.size(); ++i) {
        QCOMPARE(all.at(i).rank, SearchHit::Rank::Prefix);
        if (i > 0)
            QVERIFY(VietnameseText::fold(all.at(i - 1).name)
                    <= VietnameseText::fold(all.at(i).name));
    }
    QCOMPARE(all.last().id, Id(5000));
    QCOMPARE(all.last().rank, SearchHit::Rank::Substring);
    const QList<SearchHit> first = index.search(QStringLiteral("+84 912 3"), 7);
    QCOMPARE(first.size(), 7);
    for (qsizetype i = 0; i < first.size(); ++i)
        QCOMPARE(first.at(i).id, all.at(i).id);
    // The exact number, of many that start the same way.
    const QList<SearchHit> exact = index.search(QStringLiteral("0912 345 042"));
    QCOMPARE(exact.size(), 1);
    QCOMPARE(exact.first().id, Id(42));
    QCOMPARE(exact.first().rank, SearchHit::Rank::Exact);
}

void TestSearchIndex::matchesReference()
{
    buildDirectory();
    buildSchools();
    if (QTest::currentTestFailed())
        return;
    SearchIndex index(*m_db);
    QVERIFY_OK(index.rebuild());
    const ReferenceSearch reference(*m_db);
    QVERIFY(reference.ok());

    // Every start of these, as typed, and more cut out of names, positions,
    // units and codes.
    QStringList queries;
    for (const QString &typed :
         {QStringLiteral("Hiệu trưởng"), QStringLiteral("Phó Hiệu trưởng Trần Phú"),
          QStringLiteral("Trương Văn Hiếu"), QStringLiteral("le loi"), QStringLiteral("hoa"),
          QStringLiteral("Trường THCS Hồng Bàng"), QStringLiteral("giao vien tieu hoc"),
          QStringLiteral("D01-S012"), QStringLiteral("Phòng Kế hoạch - Tài chính"),
          QStringLiteral("nguyen thi hoa"), QStringLiteral("so gd&dt")}) {
        for (qsizetype n = 1; n <= typed.size(); ++n)
            queries << typed.left(n);
    }
    queries << QStringLiteral("ieu") << QStringLiteral("ieu tr") << QStringLiteral("uong thc")
            << QStringLiteral("thi hoa") << QStringLiteral("hieu hieu") << QStringLiteral("an an")
            << QStringLiteral("truong truong truong") << QStringLiteral("hoa tran")
            << QStringLiteral("tru hieu") << QStringLiteral("s01") << QStringLiteral("-s0")
            << QStringLiteral("- tai") << QStringLiteral("&") << QStringLiteral("-")
            << QStringLiteral("hòa bình") << QStringLiteral("bach long vi")
            << QStringLiteral("Vĩnh Bảo hiệu") << QStringLiteral("khtc") << QStringLiteral("x")
            << QStringLiteral("q") << QStringLiteral("zzz") << QStringLiteral("a b")
            << QStringLiteral("ζ") << QStringLiteral("a-") << QStringLiteral("k t")
            << QStringLiteral("t01") << QStringLiteral("duong day");
    int compared = 0;
    for (const QString &query : std::as_const(queries)) {
        for (const int limit : {1, 3, 10, 50, 1000}) {
            const QList<SearchHit> hits = index.search(query, limit);
            const auto expected = reference.search(query, limit);
            QList<std::tuple<SearchHit::Kind, Id, SearchHit::Rank>> found;
            for (const SearchHit &hit : hits)
                found.append({hit.kind, hit.id, hit.rank});
            QVERIFY2(found == expected,
                     qPrintable(QStringLiteral("“%1”, limit %2: %3 hits, %4 expected; got %5")
                                    .arg(query)
                                    .arg(limit)
                                    .arg(found.size())
                                    .arg(expected.size())
                                    .arg(describe(hits.mid(0, 8)))));
            ++compared;
        }
    }
    QVERIFY(compared > 500);
}

QTEST_GUILESS_MAIN(TestSearchIndex)
#include "tst_searchindex.moc"
