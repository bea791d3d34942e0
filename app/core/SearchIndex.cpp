#include "SearchIndex.h"

#include "DomainNames.h"
#include "PhoneNumber.h"
#include "VietnameseText.h"

#include <QHash>
#include <QJsonArray>
#include <QSqlQuery>

#include <algorithm>

namespace DutyDesk {

namespace {

QByteArray foldBytes(const QString &text)
{
    return VietnameseText::fold(text).toUtf8();
}

/// National digits of a stored number: "+84904185683" → "0904185683".
QByteArray nationalDigits(const QString &e164)
{
    if (e164.startsWith(QLatin1String("+84")))
        return "0" + e164.mid(3).toLatin1();
    return VietnameseText::digitsOnly(e164).toLatin1();
}

bool isWordStart(const QByteArray &text, qsizetype at)
{
    if (at == 0)
        return true;
    const char before = text.at(at - 1);
    return !((before >= 'a' && before <= 'z') || (before >= '0' && before <= '9'));
}

/// Rank of a folded text against a folded query, or -1 when it does not match.
int rankText(const QByteArray &text, const QByteArray &query, const QList<QByteArray> &words)
{
    if (text.isEmpty())
        return -1;
    qsizetype at = text.indexOf(query);
    if (at >= 0) {
        if (at == 0)
            return text.size() == query.size() ? int(SearchHit::Rank::Exact)
                                               : int(SearchHit::Rank::Prefix);
        while (at >= 0) {
            if (isWordStart(text, at))
                return int(SearchHit::Rank::WordPrefix);
            at = text.indexOf(query, at + 1);
        }
        return int(SearchHit::Rank::Substring);
    }
    // "pham tinh" finds "pham duc tinh": every word starts a word of the text.
    if (words.size() < 2)
        return -1;
    for (const QByteArray &word : words) {
        qsizetype pos = text.indexOf(word);
        bool found = false;
        while (pos >= 0 && !found) {
            found = isWordStart(text, pos);
            pos = text.indexOf(word, pos + 1);
        }
        if (!found)
            return -1;
    }
    return int(SearchHit::Rank::AllWords);
}

} // namespace

QString SearchHit::kindKey(Kind kind)
{
    switch (kind) {
    case Kind::Unit:
        return QStringLiteral("unit");
    case Kind::Person:
        return QStringLiteral("person");
    case Kind::Hotline:
        return QStringLiteral("hotline");
    }
    return {};
}

QJsonObject SearchHit::toJson() const
{
    QJsonArray numbers;
    for (const QString &phone : phones)
        numbers.append(PhoneNumber::displayStored(phone));
    return {{QStringLiteral("kind"), kindKey(kind)},
            {QStringLiteral("id"), id},
            {QStringLiteral("name"), name},
            {QStringLiteral("detail"), detail},
            {QStringLiteral("unit_id"), unitId == NoId ? QJsonValue() : QJsonValue(unitId)},
            {QStringLiteral("phones"), numbers},
            {QStringLiteral("rank"), int(rank)}};
}

SearchIndex::SearchIndex(Database &database)
    : m_db(database)
{
}

Result<qint64> SearchIndex::dataVersion() const
{
    // Changes by other connections (another window, the command line) bump it.
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("PRAGMA data_version")) || !q.next())
        return Database::sqlError(q);
    return q.value(0).toLongLong();
}

Status SearchIndex::refreshIfChanged()
{
    const Result<qint64> version = dataVersion();
    if (!version)
        return version.error();
    if (m_built && m_builtChangeCount == m_db.changeCount()
        && m_builtDataVersion == version.value())
        return {};
    return rebuild();
}

Status SearchIndex::rebuild()
{
    // Read before the data: a change committed while reading is seen next time.
    const Result<qint64> version = dataVersion();
    const quint64 changeCount = m_db.changeCount();
    std::vector<Entry> entries;
    QHash<Id, QString> unitNames;

    QSqlQuery units(m_db.connection());
    units.setForwardOnly(true);
    if (!units.exec(QStringLiteral("SELECT id, name, short_name, code, kind FROM units")))
        return Database::sqlError(units);
    while (units.next()) {
        Entry e;
        e.kind = SearchHit::Kind::Unit;
        e.id = e.unitId = units.value(0).toLongLong();
        e.name = units.value(1).toString();
        const QString shortName = units.value(2).toString();
        const auto kind = DomainNames::unitKindFromKey(units.value(4).toString());
        e.detail = kind ? DomainNames::displayName(*kind) : QString();
        e.foldedName = foldBytes(e.name);
        e.foldedRelated = foldBytes(shortName + QLatin1Char(' ') + units.value(3).toString());
        unitNames.insert(e.id, e.name);
        entries.push_back(std::move(e));
    }

    QHash<Id, QStringList> phonesOf;
    QSqlQuery phones(m_db.connection());
    phones.setForwardOnly(true);
    if (!phones.exec(QStringLiteral(
            "SELECT person_id, e164 FROM phone_numbers ORDER BY person_id, sort_order, id")))
        return Database::sqlError(phones);
    while (phones.next())
        phonesOf[phones.value(0).toLongLong()] << phones.value(1).toString();

    QSqlQuery people(m_db.connection());
    people.setForwardOnly(true);
    if (!people.exec(QStringLiteral("SELECT id, unit_id, full_name, position FROM people")))
        return Database::sqlError(people);
    while (people.next()) {
        Entry e;
        e.kind = SearchHit::Kind::Person;
        e.id = people.value(0).toLongLong();
        e.unitId = people.value(1).toLongLong();
        e.name = people.value(2).toString();
        const QString position = people.value(3).toString();
        const QString unitName = unitNames.value(e.unitId);
        e.detail = position.isEmpty() ? unitName : position + QStringLiteral(" — ") + unitName;
        e.foldedName = foldBytes(e.name);
        e.foldedRelated = foldBytes(position + QLatin1Char(' ') + unitName);
        e.phones = phonesOf.value(e.id);
        for (const QString &number : std::as_const(e.phones))
            e.digits << nationalDigits(number);
        entries.push_back(std::move(e));
    }

    QSqlQuery hotlines(m_db.connection());
    hotlines.setForwardOnly(true);
    if (!hotlines.exec(QStringLiteral("SELECT id, unit_id, label, number FROM hotlines")))
        return Database::sqlError(hotlines);
    while (hotlines.next()) {
        Entry e;
        e.kind = SearchHit::Kind::Hotline;
        e.id = hotlines.value(0).toLongLong();
        e.unitId = hotlines.value(1).toLongLong();
        e.name = hotlines.value(2).toString();
        const QString number = hotlines.value(3).toString();
        e.detail = PhoneNumber::displayStored(number);
        e.phones << number;
        e.digits << nationalDigits(number);
        e.foldedName = foldBytes(e.name);
        e.foldedRelated = foldBytes(unitNames.value(e.unitId));
        entries.push_back(std::move(e));
    }

    // Ties are shown in name order: sort once here, then stable-sort by rank.
    std::stable_sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        return a.foldedName < b.foldedName;
    });
    m_entries = std::move(entries);
    m_built = true;
    m_builtChangeCount = changeCount;
    m_builtDataVersion = version ? version.value() : -1;
    return {};
}

QList<SearchHit> SearchIndex::search(const QString &query, int limit) const
{
    const QByteArray folded = foldBytes(query);
    if (folded.isEmpty() || limit <= 0)
        return {};
    const QList<QByteArray> words = folded.split(' ');

    // Phone fragments: at least three digits and nothing but digits and separators.
    QByteArray digits = VietnameseText::digitsOnly(query).toLatin1();
    const bool phoneQuery = digits.size() >= 3
        && digits.size() * 2 >= VietnameseText::digitsOnly(query.simplified()).size()
        && std::none_of(query.begin(), query.end(), [](QChar c) { return c.isLetter(); });
    // "+84 904 185 683" and "84904185683" are 0904185683; so is a started
    // "+84 904 18".
    const bool international = query.trimmed().startsWith(QLatin1Char('+'));
    if (phoneQuery && digits.startsWith("84") && (digits.size() >= 11 || international))
        digits = "0" + digits.mid(2);

    struct Match
    {
        int rank;
        size_t index;
    };
    std::vector<Match> matches;
    for (size_t i = 0; i < m_entries.size(); ++i) {
        const Entry &e = m_entries[i];
        int rank = -1;
        if (phoneQuery) {
            for (const QByteArray &number : e.digits) {
                const qsizetype at = number.indexOf(digits);
                if (at < 0)
                    continue;
                const int r = at == 0 ? (number.size() == digits.size() ? 0 : 1) : 3;
                if (rank < 0 || r < rank)
                    rank = r;
            }
        }
        if (rank < 0)
            rank = rankText(e.foldedName, folded, words);
        if (rank < 0) {
            const int related = rankText(e.foldedRelated, folded, words);
            if (related >= 0)
                rank = int(SearchHit::Rank::Related) + related;
        }
        if (rank >= 0)
            matches.push_back({rank, i});
    }
    std::stable_sort(matches.begin(), matches.end(), [this](const Match &a, const Match &b) {
        if (a.rank != b.rank)
            return a.rank < b.rank;
        // Units first at equal rank: a duty officer most often types a unit.
        return int(m_entries[a.index].kind) < int(m_entries[b.index].kind);
    });

    QList<SearchHit> hits;
    const size_t count = std::min(matches.size(), size_t(limit));
    hits.reserve(qsizetype(count));
    for (size_t i = 0; i < count; ++i) {
        const Entry &e = m_entries[matches[i].index];
        SearchHit hit;
        hit.kind = e.kind;
        hit.id = e.id;
        hit.unitId = e.unitId;
        hit.name = e.name;
        hit.detail = e.detail;
        hit.phones = e.phones;
        hit.rank = SearchHit::Rank(std::min(matches[i].rank, int(SearchHit::Rank::Related)));
        hits << hit;
    }
    return hits;
}

} // namespace DutyDesk
