#pragma once

#include "Database.h"
#include "Domain.h"
#include "Result.h"

#include <QByteArray>
#include <QJsonObject>

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
/// The index holds every searchable text folded once, in memory, and a query
/// is one pass over compact byte strings: at 100,000 people that is a few
/// megabytes scanned per keystroke, with no database round trip.
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
    struct Entry
    {
        SearchHit::Kind kind;
        Id id;
        Id unitId;
        QString name;
        QString detail;
        QStringList phones;
        QByteArray foldedName;
        QByteArray foldedRelated; ///< position and unit name, or unit short name and code
        QList<QByteArray> digits; ///< national digits of each number ("0904185683")
    };

    /// Lays the folded texts of m_entries end to end (see m_names).
    void buildArenas();

    Database &m_db;
    std::vector<Entry> m_entries;
    // Every entry's folded name (and related text, and numbers) end to end,
    // each followed by '\n', with where each starts: a keystroke is one
    // memory scan of a few megabytes instead of 100,000 small strings.
    QByteArray m_names;
    QByteArray m_related;
    QByteArray m_numbers;
    std::vector<qsizetype> m_nameStart; ///< per entry
    std::vector<qsizetype> m_relatedStart; ///< per entry
    std::vector<qsizetype> m_numberStart; ///< per number
    std::vector<size_t> m_numberOwner; ///< per number: its entry
    bool m_built = false;
    quint64 m_builtChangeCount = 0;
    qint64 m_builtDataVersion = -1;
};

} // namespace DutyDesk
