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
#include <numeric>
#include <string_view>
#include <unordered_map>

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
using Offsets = std::vector<quint32>;

Text view(const QByteArray &bytes)
{
    return Text(bytes.constData(), size_t(bytes.size()));
}

bool isWordChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}

bool isWordStart(Text text, size_t at)
{
    return at == 0 || !isWordChar(text[at - 1]);
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

/// Where `needle` first occurs in `text` at or after `from`: glibc's memmem
/// (a two-way search with vector instructions) scans megabytes several times
/// faster than string_view::find, which stops at every occurrence of the
/// needle's first letter.
size_t findIn(Text text, Text needle, size_t from = 0)
{
    if (from > text.size())
        return Text::npos;
    const void *found
        = memmem(text.data() + from, text.size() - from, needle.data(), needle.size());
    return found ? size_t(static_cast<const char *>(found) - text.data()) : Text::npos;
}

/// Item `i` of texts laid end to end in `arena`, each followed by '\n', where
/// `starts` holds each one's start and the end.
Text itemAt(const QByteArray &arena, const Offsets &starts, size_t i)
{
    return Text(arena.constData() + starts[i], size_t(starts[i + 1] - starts[i] - 1));
}

/// Calls `visit(i)` once for each item of `arena` (laid out as for itemAt)
/// that contains `needle`, in order.
template<typename Visit>
void forEachContaining(const QByteArray &arena, const Offsets &starts, Text needle, Visit visit)
{
    const Text all = view(arena);
    auto next = starts.cbegin();
    size_t at = findIn(all, needle);
    while (at != Text::npos) {
        // Matches come in order and are often close: step a few items
        // before falling back to a binary search.
        int steps = 0;
        while (next != starts.cend() && *next <= at && steps++ < 8)
            ++next;
        if (next != starts.cend() && *next <= at)
            next = std::upper_bound(next, starts.cend(), quint32(at));
        visit(size_t(next - starts.cbegin()) - 1);
        at = findIn(all, needle, size_t(*next)); // the next item's text
    }
}

/// The items [first, last) of a sorted list that start with `prefix`, by two
/// binary searches; `itemAt(i)` is item i, `count` how many there are.
template<typename ItemAt>
std::pair<size_t, size_t> prefixRange(size_t count, Text prefix, ItemAt itemAt)
{
    size_t low = 0;
    size_t high = count;
    while (low < high) {
        const size_t mid = low + (high - low) / 2;
        if (itemAt(mid) < prefix)
            low = mid + 1;
        else
            high = mid;
    }
    const size_t first = low;
    high = count;
    while (low < high) {
        const size_t mid = low + (high - low) / 2;
        if (itemAt(mid).substr(0, prefix.size()) == prefix)
            low = mid + 1;
        else
            high = mid;
    }
    return {first, low};
}

/// Texts laid end to end, each followed by '\n', with where each starts and
/// the end: one allocation for many short texts.
struct TextList
{
    QByteArray bytes;
    Offsets starts {0};

    void append(Text text)
    {
        bytes.append(text.data(), qsizetype(text.size()));
        bytes.append('\n');
        starts.push_back(quint32(bytes.size()));
    }
    void append(const QByteArray &text) { append(view(text)); }
    size_t size() const { return starts.size() - 1; }
    Text at(size_t i) const { return itemAt(bytes, starts, i); }
};

/// The first eight bytes of `text`, zero-padded, as a number that orders
/// like the bytes.
quint64 leadingBytes(Text text)
{
    quint64 key = 0;
    for (size_t i = 0; i < 8; ++i)
        key = (key << 8) | (i < text.size() ? quint8(text[i]) : 0);
    return key;
}

/// Calls `visit(run)` for each run of letters and digits in a folded text:
/// the words of the word index.
template<typename Visit> void forEachRun(Text text, Visit visit)
{
    size_t at = 0;
    while (at < text.size()) {
        if (!isWordChar(text[at])) {
            ++at;
            continue;
        }
        const size_t from = at;
        while (at < text.size() && isWordChar(text[at]))
            ++at;
        visit(text.substr(from, at - from));
    }
}

/// The runs of letters and digits in a folded query. In a text holding the
/// query, every run but one at the query's very start follows a space or a
/// sign, so it starts a word of that text; when the query is held at a
/// word's start, or as all its words, every run does. So every matching
/// text has, for each run, a word starting with it (or, for a leading run,
/// holding it).
std::vector<Text> runsOf(Text query)
{
    std::vector<Text> runs;
    forEachRun(query, [&](Text run) { runs.push_back(run); });
    return runs;
}

} // namespace

Text SearchIndex::Column::text(size_t t) const
{
    return itemAt(texts, textStart, t);
}

void SearchIndex::Column::build(const std::vector<Text> &perEntry)
{
    // The distinct texts, sorted: names come sorted (the entries' order),
    // others are numbered as first seen, then sorted.
    textOf.assign(perEntry.size(), 0);
    std::vector<Text> distinct;
    if (std::is_sorted(perEntry.cbegin(), perEntry.cend())) {
        for (size_t i = 0; i < perEntry.size(); ++i) {
            if (distinct.empty() || distinct.back() != perEntry[i])
                distinct.push_back(perEntry[i]);
            textOf[i] = quint32(distinct.size() - 1);
        }
    } else {
        std::unordered_map<Text, quint32> idOf;
        idOf.reserve(perEntry.size());
        for (size_t i = 0; i < perEntry.size(); ++i) {
            const auto [it, added] = idOf.try_emplace(perEntry[i], quint32(distinct.size()));
            if (added)
                distinct.push_back(perEntry[i]);
            textOf[i] = it->second;
        }
        Offsets order(distinct.size());
        std::iota(order.begin(), order.end(), 0);
        std::sort(order.begin(), order.end(),
                  [&](quint32 a, quint32 b) { return distinct[a] < distinct[b]; });
        Offsets place(distinct.size());
        std::vector<Text> sorted(distinct.size());
        for (size_t k = 0; k < order.size(); ++k) {
            place[order[k]] = quint32(k);
            sorted[k] = distinct[order[k]];
        }
        distinct.swap(sorted);
        for (quint32 &t : textOf)
            t = place[t];
    }
    size_t bytes = 0;
    for (const Text text : distinct)
        bytes += text.size() + 1;
    texts.clear();
    texts.reserve(qsizetype(bytes));
    textStart.clear();
    textStart.reserve(distinct.size() + 1);
    for (const Text text : distinct) {
        textStart.push_back(quint32(texts.size()));
        texts.append(text.data(), qsizetype(text.size()));
        texts.append('\n');
    }
    textStart.push_back(quint32(texts.size()));

    // Each text's entries, in entry order.
    entryStart.assign(textCount() + 1, 0);
    for (const quint32 t : textOf)
        ++entryStart[t + 1];
    std::partial_sum(entryStart.begin(), entryStart.end(), entryStart.begin());
    entries.resize(textOf.size());
    Offsets fill(entryStart.begin(), entryStart.end() - 1);
    for (size_t i = 0; i < textOf.size(); ++i)
        entries[fill[textOf[i]]++] = quint32(i);

    // The words of each text, numbered as first seen, then sorted.
    std::unordered_map<Text, quint32> wordId;
    std::vector<Text> distinctWords;
    std::vector<std::pair<quint32, quint32>> held; // (word, text), texts ascending
    for (size_t t = 0; t < textCount(); ++t) {
        forEachRun(text(t), [&](Text word) {
            const auto [it, added] = wordId.try_emplace(word, quint32(distinctWords.size()));
            if (added)
                distinctWords.push_back(word);
            held.emplace_back(it->second, quint32(t));
        });
    }
    wordId = {};
    Offsets wordOrder(distinctWords.size());
    std::iota(wordOrder.begin(), wordOrder.end(), 0);
    std::sort(wordOrder.begin(), wordOrder.end(),
              [&](quint32 a, quint32 b) { return distinctWords[a] < distinctWords[b]; });
    Offsets wordPlace(distinctWords.size());
    words.clear();
    wordStart.clear();
    wordStart.reserve(distinctWords.size() + 1);
    for (size_t k = 0; k < wordOrder.size(); ++k) {
        wordPlace[wordOrder[k]] = quint32(k);
        wordStart.push_back(quint32(words.size()));
        words.append(distinctWords[wordOrder[k]].data(),
                     qsizetype(distinctWords[wordOrder[k]].size()));
        words.append('\n');
    }
    wordStart.push_back(quint32(words.size()));
    // Postings: counted, then filled in text order (a word twice in a text
    // is posted once).
    postingStart.assign(distinctWords.size() + 1, 0);
    Offsets last(distinctWords.size(), std::numeric_limits<quint32>::max());
    for (auto &[word, t] : held) {
        word = wordPlace[word];
        if (last[word] == t) {
            t = std::numeric_limits<quint32>::max();
            continue;
        }
        last[word] = t;
        ++postingStart[word + 1];
    }
    std::partial_sum(postingStart.begin(), postingStart.end(), postingStart.begin());
    postings.resize(postingStart.back());
    Offsets cursor(postingStart.begin(), postingStart.end() - 1);
    for (const auto &[word, t] : held) {
        if (t != std::numeric_limits<quint32>::max())
            postings[cursor[word]++] = t;
    }
}

void SearchIndex::Column::candidates(Text query, const std::vector<Text> &runs, bool anywhere,
                                     std::vector<quint8> &seen, Offsets &out) const
{
    const auto add = [&](size_t t) {
        if (!seen[t]) {
            seen[t] = 1;
            out.push_back(quint32(t));
        }
    };
    if (runs.empty()) {
        // Only signs, or letters folding keeps (Greek, CJK): the texts
        // holding the query's longest word, by a scan.
        Text longest;
        size_t from = 0;
        while (from <= query.size()) {
            const size_t space = std::min(query.find(' ', from), query.size());
            if (space - from > longest.size())
                longest = query.substr(from, space - from);
            from = space + 1;
        }
        forEachContaining(texts, textStart, longest, add);
        return;
    }
    // The words that can stand for each run, and how many texts hold them:
    // the run held by the fewest texts gives the candidates.
    const auto wordAt = [&](size_t w) {
        return itemAt(words, wordStart, w);
    };
    const auto heldBy = [&](size_t w) {
        return size_t(postingStart[w + 1] - postingStart[w]);
    };
    Offsets best;
    size_t fewest = std::numeric_limits<size_t>::max();
    Offsets found;
    for (const Text run : runs) {
        found.clear();
        size_t count = 0;
        if (anywhere && run.data() == query.data()) {
            forEachContaining(words, wordStart, run, [&](size_t w) {
                found.push_back(quint32(w));
                count += heldBy(w);
            });
        } else {
            const auto [first, last] = prefixRange(wordStart.size() - 1, run, wordAt);
            for (size_t w = first; w < last; ++w)
                found.push_back(quint32(w));
            count = postingStart[last] - postingStart[first];
        }
        if (count < fewest) {
            fewest = count;
            best.swap(found);
        }
        if (fewest == 0)
            return;
    }
    for (const quint32 w : best) {
        for (quint32 p = postingStart[w]; p < postingStart[w + 1]; ++p)
            add(postings[p]);
    }
}

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
    m_numberStart = std::move(built.m_numberStart);
    m_numberOwner = std::move(built.m_numberOwner);
    m_numberOrder = std::move(built.m_numberOrder);
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
    // What is searched, folded, per entry as read: the name, the related
    // text (position and unit name, or unit short name and code) and the
    // national digits of each number ("0904185683"), from firstNumber[i].
    std::vector<Entry> entries;
    TextList names;
    TextList related;
    TextList numbers;
    Offsets firstNumber;
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
        names.append(foldBytes(e.name));
        related.append(foldBytes(shortName + QLatin1Char(' ') + units.value(3).toString()));
        firstNumber.push_back(quint32(numbers.size()));
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
        e.phones = phonesOf.value(e.id);
        names.append(foldBytes(e.name));
        related.append(foldBytes(position + QLatin1Char(' ') + unitName));
        firstNumber.push_back(quint32(numbers.size()));
        for (const QString &number : std::as_const(e.phones))
            numbers.append(nationalDigits(number));
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
        names.append(foldBytes(e.name));
        related.append(foldBytes(unitNames.value(e.unitId)));
        firstNumber.push_back(quint32(numbers.size()));
        numbers.append(nationalDigits(number));
        entries.push_back(std::move(e));
    }
    firstNumber.push_back(quint32(numbers.size()));

    // Ties are shown in name order, then in the order read: sort once here; a
    // search keeps this order within each rank.
    Offsets order(entries.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](quint32 a, quint32 b) {
        const Text x = names.at(a);
        const Text y = names.at(b);
        return x < y || (x == y && a < b);
    });
    m_entries.clear();
    m_entries.reserve(entries.size());
    std::vector<Text> sortedNames;
    std::vector<Text> sortedRelated;
    sortedNames.reserve(entries.size());
    sortedRelated.reserve(entries.size());
    TextList sortedNumbers;
    m_numberOwner.clear();
    for (const quint32 i : order) {
        for (quint32 n = firstNumber[i]; n < firstNumber[i + 1]; ++n) {
            m_numberOwner.push_back(quint32(m_entries.size()));
            sortedNumbers.append(numbers.at(n));
        }
        m_entries.push_back(std::move(entries[i]));
        sortedNames.push_back(names.at(i));
        sortedRelated.push_back(related.at(i));
    }
    entries = {};
    m_numbers = std::move(sortedNumbers.bytes);
    m_numberStart = std::move(sortedNumbers.starts);
    // The numbers in digit order, compared by their first eight digits
    // before the rest.
    std::vector<std::pair<quint64, quint32>> byDigits;
    byDigits.reserve(m_numberOwner.size());
    for (quint32 n = 0; n < m_numberOwner.size(); ++n)
        byDigits.emplace_back(leadingBytes(itemAt(m_numbers, m_numberStart, n)), n);
    std::sort(byDigits.begin(), byDigits.end(), [&](const auto &a, const auto &b) {
        if (a.first != b.first)
            return a.first < b.first;
        return itemAt(m_numbers, m_numberStart, a.second)
            < itemAt(m_numbers, m_numberStart, b.second);
    });
    m_numberOrder.clear();
    m_numberOrder.reserve(byDigits.size());
    for (const auto &[key, n] : byDigits)
        m_numberOrder.push_back(n);
    m_names.build(sortedNames);
    m_related.build(sortedRelated);
    m_built = true;
    m_builtChangeCount = changeCount;
    m_builtDataVersion = version ? version.value() : -1;
    return {};
}

QList<SearchHit> SearchIndex::search(const QString &query, int limit) const
{
    const QByteArray folded = foldBytes(query);
    if (folded.isEmpty() || limit <= 0 || m_entries.empty())
        return {};
    const Text q = view(folded);
    const QList<QByteArray> wordList = folded.split(' ');
    std::vector<Text> words;
    for (const QByteArray &word : wordList)
        words.push_back(view(word));
    const std::vector<Text> runs = runsOf(q);

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

    // Each entry's rank: its number's when one matches, else its name's,
    // else its related text's (Related + that text's rank), -1 for none.
    // Entries are found best ranks first, and each rank's count kept: once
    // `limit` entries rank at or above some rank, the entries that could
    // only rank below it cannot show and are not looked for.
    constexpr int Exact = int(SearchHit::Rank::Exact);
    constexpr int Prefix = int(SearchHit::Rank::Prefix);
    constexpr int WordPrefix = int(SearchHit::Rank::WordPrefix);
    constexpr int Substring = int(SearchHit::Rank::Substring);
    constexpr int AllWords = int(SearchHit::Rank::AllWords);
    constexpr int Related = int(SearchHit::Rank::Related);
    constexpr int Ranks = 2 * Related;
    std::vector<qint8> ranks(m_entries.size(), qint8(-1));
    std::array<int, Ranks> perRank {};
    const auto setRank = [&](size_t entry, int rank) {
        qint8 &current = ranks[entry];
        if (current >= 0) {
            if (current <= rank)
                return;
            --perRank[size_t(current)];
        }
        current = qint8(rank);
        ++perRank[size_t(rank)];
    };
    const auto enough = [&](int rank) {
        int count = 0;
        for (int r = 0; r <= rank; ++r)
            count += perRank[size_t(r)];
        return count >= limit;
    };

    // Numbers starting with the digits are one range of the sorted numbers;
    // those holding them elsewhere (a substring) are found only when needed.
    const Text needle = view(digits);
    const auto numberAt = [&](size_t number) {
        return itemAt(m_numbers, m_numberStart, number);
    };
    if (phoneQuery) {
        const auto [first, last] = prefixRange(
            m_numberOrder.size(), needle, [&](size_t i) { return numberAt(m_numberOrder[i]); });
        for (size_t i = first; i < last; ++i) {
            const size_t number = m_numberOrder[i];
            setRank(m_numberOwner[number],
                    numberAt(number).size() == needle.size() ? Exact : Prefix);
        }
    }
    bool numbersRanked = !phoneQuery;
    const auto numberRank = [&](size_t entry) {
        const auto [from, to]
            = std::equal_range(m_numberOwner.cbegin(), m_numberOwner.cend(), quint32(entry));
        int best = -1;
        for (auto it = from; it != to; ++it) {
            const Text number = numberAt(size_t(it - m_numberOwner.cbegin()));
            const int r = number.substr(0, needle.size()) == needle
                ? (number.size() == needle.size() ? Exact : Prefix)
                : (number.find(needle) != Text::npos ? Substring : -1);
            if (r >= 0 && (best < 0 || r < best))
                best = r;
        }
        return best;
    };
    // A matching text ranks those of its entries not ranked yet, but an
    // entry whose number matches keeps the number's rank.
    const auto rankEntries = [&](const Column &column, size_t t, int rank) {
        for (quint32 i = column.entryStart[t]; i < column.entryStart[t + 1]; ++i) {
            const size_t entry = column.entries[i];
            if (ranks[entry] >= 0)
                continue;
            const int byNumber = numbersRanked ? -1 : numberRank(entry);
            setRank(entry, byNumber >= 0 ? byNumber : rank);
        }
    };
    // A column's texts, offset by `offset`: exact and prefix matches are one
    // range of the sorted texts; then the texts whose words can hold the
    // query at a word's start; then anywhere. Returns whether `limit` entries
    // are known to rank at or above what a later step could find.
    std::vector<quint8> seen;
    Offsets candidates;
    const auto searchColumn = [&](const Column &column, int offset) {
        seen.assign(column.textCount(), 0);
        const auto [first, last]
            = prefixRange(column.textCount(), q, [&](size_t t) { return column.text(t); });
        for (size_t t = first; t < last; ++t) {
            seen[t] = 1;
            rankEntries(column, t, offset + (column.text(t).size() == q.size() ? Exact : Prefix));
        }
        if (enough(offset + Prefix))
            return true;
        for (const bool anywhere : {false, true}) {
            candidates.clear();
            column.candidates(q, runs, anywhere, seen, candidates);
            for (const quint32 t : candidates) {
                const int r = rankText(column.text(t), q, words);
                if (r >= 0)
                    rankEntries(column, t, offset + r);
            }
            if (!anywhere && enough(offset + WordPrefix))
                return true;
        }
        return false;
    };

    // Sorted by rank, units first at equal rank (a duty officer most often
    // types a unit), then in name order (the entries' order): one bucket per
    // (rank, kind), each needing no more than `limit` entries.
    const auto hits = [&] {
        constexpr int Kinds = 3;
        std::array<std::vector<size_t>, size_t(Ranks * Kinds)> buckets;
        for (size_t i = 0; i < ranks.size(); ++i) {
            if (ranks[i] < 0)
                continue;
            std::vector<size_t> &bucket
                = buckets[size_t(ranks[i] * Kinds + int(m_entries[i].kind))];
            if (bucket.size() < size_t(limit))
                bucket.push_back(i);
        }
        QList<SearchHit> found;
        for (size_t b = 0; b < buckets.size() && found.size() < limit; ++b) {
            for (const size_t index : buckets[b]) {
                if (found.size() >= limit)
                    break;
                const Entry &e = m_entries[index];
                SearchHit hit;
                hit.kind = e.kind;
                hit.id = e.id;
                hit.unitId = e.unitId;
                hit.name = e.name;
                hit.detail = e.detail;
                hit.phones = e.phones;
                hit.rank = SearchHit::Rank(std::min(int(b) / Kinds, Related));
                found << hit;
            }
        }
        return found;
    };

    if (searchColumn(m_names, 0))
        return hits();
    if (phoneQuery) {
        // The numbers holding the digits past their start.
        forEachContaining(m_numbers, m_numberStart, needle, [&](size_t number) {
            if (numberAt(number).substr(0, needle.size()) != needle)
                setRank(m_numberOwner[number], Substring);
        });
        numbersRanked = true;
    }
    // Entries are ranked on their related text only when neither a number
    // nor the name matches; when `limit` better matches are known they
    // cannot show.
    if (!enough(AllWords))
        searchColumn(m_related, Related);
    return hits();
}

} // namespace DutyDesk
