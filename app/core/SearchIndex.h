#pragma once

#include "Database.h"
#include "Domain.h"
#include "Result.h"

#include <QByteArray>
#include <QJsonObject>

#include <string_view>
#include <vector>

namespace DutyDesk {

struct SearchHit
{
    enum class Kind { Unit, Person, Hotline };
    /// How well the query matched, best first.
    enum class Rank { Exact, Prefix, WordPrefix, Substring, AllWords, Related };

    Kind kind = Kind::Person;
    Id id = NoId;
    Id unitId = NoId;
    QString name;
    QString detail; ///< position and unit, the unit's kind, or the number
    QStringList phones; ///< E.164
    Rank rank = Rank::Substring;

    static QString kindKey(Kind kind);
    QJsonObject toJson() const;
};

/// Search over units, people (name, position, unit), phone numbers (any
/// written form, also partial digits) and hotlines, without diacritics.
/// Results are ranked: exact, then prefix, then word prefix, then substring;
/// matches on a person's position or unit come after matches on names.
///
/// The index holds every searchable text folded once, in memory: each
/// distinct name and related text once, sorted, with an index of the words
/// they hold. A keystroke reads the texts whose words can hold the query,
/// best ranks first, and stops once `limit` better matches are known: no
/// database round trip and no scan of every text.
class SearchIndex
{
public:
    explicit SearchIndex(Database &database);

    /// Reads everything searchable from the database.
    Status rebuild();
    /// Rebuilds when the database changed since the last build.
    Status refreshIfChanged();
    /// Whether the index reflects the database as it is now.
    bool isCurrent() const;
    /// PRAGMA data_version of this index's connection: read it (with
    /// Database::changeCount()) before building another index on a worker
    /// thread, then pass both to adopt().
    Result<qint64> dataVersion() const;
    /// Takes over what `built` read through another connection (a worker
    /// thread's); `dataVersion` and `changeCount` are this index's database's,
    /// read before `built` started reading, so a change made meanwhile is
    /// still seen as one.
    void adopt(SearchIndex &&built, qint64 dataVersion, quint64 changeCount);

    bool isBuilt() const { return m_built; }
    qsizetype size() const { return qsizetype(m_entries.size()); }

    QList<SearchHit> search(const QString &query, int limit = 50) const;

private:
    /// What a hit shows; the folded texts live in the columns.
    struct Entry
    {
        SearchHit::Kind kind;
        Id id;
        Id unitId;
        QString name;
        QString detail;
        QStringList phones;
    };

    /// One folded text of every entry (its name, or its related text: a
    /// person's position and unit, a unit's short name and code, a hotline's
    /// unit), each distinct text once, and the words of those texts.
    struct Column
    {
        /// `perEntry` holds the text of each entry, in entry order.
        void build(const std::vector<std::string_view> &perEntry);
        size_t textCount() const { return textStart.size() - 1; }
        std::string_view text(size_t t) const;
        /// Appends to `out` the texts not yet `seen` that can hold `query`
        /// (with `runs` of letters and digits, see SearchIndex.cpp) and marks
        /// them seen: when `anywhere` is false, only those that can hold it at
        /// a word's start.
        void candidates(std::string_view query, const std::vector<std::string_view> &runs,
                        bool anywhere, std::vector<quint8> &seen, std::vector<quint32> &out) const;

        // The distinct texts, sorted, each followed by '\n', with where each
        // starts (and the end).
        QByteArray texts;
        std::vector<quint32> textStart;
        std::vector<quint32> textOf; ///< per entry: its text
        // Each text's entries, in entry order: entries[entryStart[t] .. entryStart[t + 1]).
        std::vector<quint32> entryStart;
        std::vector<quint32> entries;
        // The distinct words (runs of a-z and 0-9) of the texts, sorted, laid
        // out like the texts, and the texts holding each word, ascending:
        // postings[postingStart[w] .. postingStart[w + 1]).
        QByteArray words;
        std::vector<quint32> wordStart;
        std::vector<quint32> postingStart;
        std::vector<quint32> postings;
    };

    Database &m_db;
    std::vector<Entry> m_entries; ///< in folded-name order: ties are shown in name order
    Column m_names;
    Column m_related;
    // The national digits of every number ("0904185683"), each followed by
    // '\n', with where each starts (and the end), its entry, and the numbers
    // in digit order.
    QByteArray m_numbers;
    std::vector<quint32> m_numberStart;
    std::vector<quint32> m_numberOwner; ///< ascending
    std::vector<quint32> m_numberOrder;
    bool m_built = false;
    quint64 m_builtChangeCount = 0;
    qint64 m_builtDataVersion = -1;
};

} // namespace DutyDesk
