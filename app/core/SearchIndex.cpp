#include "SearchIndex.h"

#include "DomainNames.h"
#include "PhoneNumber.h"
#include "VietnameseText.h"

#include <QHash>
#include <QJsonArray>
#include <QSqlQuery>

#include <algorithm>
#include <array>
#include <cstring>
#include <limits>
#include <string_view>

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

using Text = std::string_view;

Text view(const QByteArray &bytes)
{
    return Text(bytes.constData(), size_t(bytes.size()));
}

bool isWordStart(Text text, size_t at)
{
    if (at == 0)
        return true;
    const char before = text[at - 1];
    return !((before >= 'a' && before <= 'z') || (before >= '0' && before <= '9'));
}

/// Rank of a folded text against a folded query, or -1 when it does not match.
int rankText(Text text, Text query, const std::vector<Text> &words)
{
    if (text.empty())
        return -1;
    size_t at = text.find(query);
    if (at != Text::npos) {
        if (at == 0)
            return text.size() == query.size() ? int(SearchHit::Rank::Exact)
                                               : int(SearchHit::Rank::Prefix);
        while (at != Text::npos) {
            if (isWordStart(text, at))
                return int(SearchHit::Rank::WordPrefix);
            at = text.find(query, at + 1);
        }
        return int(SearchHit::Rank::Substring);
    }
    // "pham tinh" finds "pham duc tinh": every word starts a word of the text.
    if (words.size() < 2)
        return -1;
    for (const Text word : words) {
        size_t pos = text.find(word);
        bool found = false;
        while (pos != Text::npos && !found) {
            found = isWordStart(text, pos);
            pos = text.find(word, pos + 1);
        }
        if (!found)
            return -1;
    }
    return int(SearchHit::Rank::AllWords);
}

/// Calls `visit(entry)` once for each entry whose text in `arena` (laid out
/// as SearchIndex::m_names) contains `needle`, in entry order.
/// Where `needle` first occurs in `text` at or after `from`: glibc's memmem
/// (a two-way search with vector instructions) scans the megabytes of an
/// arena several times faster than string_view::find, which stops at every
/// occurrence of the needle's first letter.
size_t findIn(Text text, Text needle, size_t from = 0)
{
    if (from > text.size())
        return Text::npos;
    const void *found
        = memmem(text.data() + from, text.size() - from, needle.data(), needle.size());
    return found ? size_t(static_cast<const char *>(found) - text.data()) : Text::npos;
}

template<typename Visit>
void forEachContaining(const QByteArray &arena, const std::vector<qsizetype> &starts, Text needle,
                       Visit visit)
{
    const Text all = view(arena);
    auto next = starts.cbegin();
    size_t at = findIn(all, needle);
    while (at != Text::npos) {
        // Matches come in order and are often close: step a few entries
        // before falling back to a binary search.
        int steps = 0;
        while (next != starts.cend() && *next <= qsizetype(at) && steps++ < 8)
            ++next;
        if (next != starts.cend() && *next <= qsizetype(at))
            next = std::upper_bound(next, starts.cend(), qsizetype(at));
        const size_t entry = size_t(next - starts.cbegin()) - 1;
        visit(entry);
        if (next == starts.cend())
            break;
        at = findIn(all, needle, size_t(*next)); // the next entry's text
    }
}

/// The text of `entry` in an arena, without its '\n'.
Text entryText(const QByteArray &arena, const std::vector<qsizetype> &starts, size_t entry)
{
    const qsizetype from = starts[entry];
    const qsizetype to = entry + 1 < starts.size() ? starts[entry + 1] : arena.size();
    return Text(arena.constData() + from, size_t(to - from - 1));
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

bool SearchIndex::isCurrent() const
{
    const Result<qint64> version = dataVersion();
    return version && m_built && m_builtChangeCount == m_db.changeCount()
        && m_builtDataVersion == version.value();
}

Status SearchIndex::refreshIfChanged()
{
    if (isCurrent())
        return {};
    return rebuild();
}

void SearchIndex::adopt(SearchIndex &&built, qint64 dataVersion, quint64 changeCount)
{
    m_entries = std::move(built.m_entries);
    m_names = std::move(built.m_names);
    m_related = std::move(built.m_related);
    m_numbers = std::move(built.m_numbers);
    m_nameStart = std::move(built.m_nameStart);
    m_relatedStart = std::move(built.m_relatedStart);
    m_numberStart = std::move(built.m_numberStart);
    m_numberOwner = std::move(built.m_numberOwner);
    m_built = built.m_built;
    m_builtDataVersion = dataVersion;
    m_builtChangeCount = changeCount;
    built.m_built = false;
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
    std::stable_sort(entries.begin(), entries.end(),
                     [](const Entry &a, const Entry &b) { return a.foldedName < b.foldedName; });
    m_entries = std::move(entries);
    buildArenas();
    m_built = true;
    m_builtChangeCount = changeCount;
    m_builtDataVersion = version ? version.value() : -1;
    return {};
}

void SearchIndex::buildArenas()
{
    m_names.clear();
    m_related.clear();
    m_numbers.clear();
    m_nameStart.clear();
    m_relatedStart.clear();
    m_numberStart.clear();
    m_numberOwner.clear();
    m_nameStart.reserve(m_entries.size());
    m_relatedStart.reserve(m_entries.size());
    for (size_t i = 0; i < m_entries.size(); ++i) {
        const Entry &e = m_entries[i];
        m_nameStart.push_back(m_names.size());
        m_names += e.foldedName + '\n';
        m_relatedStart.push_back(m_related.size());
        m_related += e.foldedRelated + '\n';
        for (const QByteArray &number : e.digits) {
            m_numberStart.push_back(m_numbers.size());
            m_numberOwner.push_back(i);
            m_numbers += number + '\n';
        }
    }
}

QList<SearchHit> SearchIndex::search(const QString &query, int limit) const
{
    const QByteArray folded = foldBytes(query);
    if (folded.isEmpty() || limit <= 0)
        return {};
    const QList<QByteArray> wordList = folded.split(' ');
    std::vector<Text> words;
    for (const QByteArray &word : wordList)
        words.push_back(view(word));
    // The longest word: the rarest unless the arena says otherwise (rarestIn).
    const Text longest = *std::max_element(words.cbegin(), words.cend(),
                                           [](Text a, Text b) { return a.size() < b.size(); });

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

    // Sorted by rank, units first at equal rank (a duty officer most often
    // types a unit), then in name order (the entries' order): one bucket per
    // (rank, kind), each needing no more than `limit` entries.
    constexpr int Kinds = 3;
    constexpr int Ranks = 2 * int(SearchHit::Rank::Related);
    std::array<std::vector<size_t>, size_t(Ranks * Kinds)> buckets;
    const auto toBucket = [&](size_t entry, int rank) {
        std::vector<size_t> &bucket = buckets[size_t(rank * Kinds + int(m_entries[entry].kind))];
        if (bucket.size() < size_t(limit))
            bucket.push_back(entry);
    };
    const auto hitsFromBuckets = [&] {
        QList<SearchHit> hits;
        for (size_t b = 0; b < buckets.size() && hits.size() < limit; ++b) {
            for (const size_t index : buckets[b]) {
                if (hits.size() >= limit)
                    break;
                const Entry &e = m_entries[index];
                SearchHit hit;
                hit.kind = e.kind;
                hit.id = e.id;
                hit.unitId = e.unitId;
                hit.name = e.name;
                hit.detail = e.detail;
                hit.phones = e.phones;
                hit.rank = SearchHit::Rank(std::min(int(b) / Kinds, int(SearchHit::Rank::Related)));
                hits << hit;
            }
        }
        return hits;
    };

    // The names are sorted, so those starting with the query are one range,
    // found by two binary searches. When that range alone fills `limit`,
    // nothing ranked lower can show: the one- and two-letter queries that
    // match nearly everyone read `limit` entries instead of all of them.
    if (!phoneQuery) {
        const Text q = view(folded);
        const auto nameAt = [&](size_t entry) {
            return entryText(m_names, m_nameStart, entry);
        };
        // First entry not below q, then first one past the names starting with q.
        size_t low = 0;
        size_t high = m_entries.size();
        while (low < high) {
            const size_t mid = low + (high - low) / 2;
            if (nameAt(mid) < q)
                low = mid + 1;
            else
                high = mid;
        }
        const size_t first = low;
        high = m_entries.size();
        while (low < high) {
            const size_t mid = low + (high - low) / 2;
            if (nameAt(mid).substr(0, q.size()) == q)
                low = mid + 1;
            else
                high = mid;
        }
        if (low - first >= size_t(limit)) {
            for (size_t i = first; i < low; ++i)
                toBucket(i,
                         nameAt(i).size() == q.size() ? int(SearchHit::Rank::Exact)
                                                      : int(SearchHit::Rank::Prefix));
            return hitsFromBuckets();
        }
    }

    // The rank of each entry: a matching number first, then the name, then
    // the related text.
    std::vector<qint8> ranks(m_entries.size(), qint8(-1));
    int matched = 0;
    if (phoneQuery) {
        const Text needle = view(digits);
        const Text all = view(m_numbers);
        for (size_t at = findIn(all, needle); at != Text::npos; at = findIn(all, needle, at + 1)) {
            const auto next
                = std::upper_bound(m_numberStart.cbegin(), m_numberStart.cend(), qsizetype(at));
            const size_t number = size_t(next - m_numberStart.cbegin()) - 1;
            const qsizetype start = m_numberStart[number];
            const qsizetype end = next == m_numberStart.cend() ? m_numbers.size() - 1 : *next - 1;
            const int r
                = qsizetype(at) == start ? (end - start == qsizetype(needle.size()) ? 0 : 1) : 3;
            qint8 &rank = ranks[m_numberOwner[number]];
            if (rank < 0)
                ++matched;
            if (rank < 0 || r < rank)
                rank = qint8(r);
        }
    }
    // Entries holding every word are found among those holding one of them:
    // the rarest, judged by its count in the arena's first 256 KB ("truong"
    // is in nearly every school's name, "hieu" in far fewer texts).
    const auto rarestIn = [&](const QByteArray &arena) {
        const Text sample = view(arena).substr(0, 256 * 1024);
        Text best = longest;
        size_t fewest = std::numeric_limits<size_t>::max();
        for (const Text word : words) {
            if (word.empty())
                continue;
            size_t count = 0;
            for (size_t at = findIn(sample, word); at != Text::npos;
                 at = findIn(sample, word, at + word.size()))
                ++count;
            if (count < fewest || (count == fewest && word.size() > best.size())) {
                best = word;
                fewest = count;
            }
        }
        return best;
    };
    const auto rankIn
        = [&](const QByteArray &arena, const std::vector<qsizetype> &starts, int offset) {
              const auto visit = [&](size_t entry) {
                  if (ranks[entry] >= 0)
                      return;
                  const int r = rankText(entryText(arena, starts, entry), view(folded), words);
                  if (r >= 0) {
                      ranks[entry] = qint8(offset + r);
                      ++matched;
                  }
              };
              forEachContaining(arena, starts, view(folded), visit);
              if (words.size() >= 2)
                  forEachContaining(arena, starts, rarestIn(arena), visit);
          };
    // Entries are ranked on their related text only when their name does not
    // match; when `limit` better matches are already known they cannot show.
    rankIn(m_names, m_nameStart, 0);
    if (matched < limit)
        rankIn(m_related, m_relatedStart, int(SearchHit::Rank::Related));

    for (size_t i = 0; i < ranks.size(); ++i) {
        if (ranks[i] >= 0)
            toBucket(i, ranks[i]);
    }
    return hitsFromBuckets();
}

} // namespace DutyDesk
