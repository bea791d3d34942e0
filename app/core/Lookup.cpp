#include "Lookup.h"

#include "DirectoryStore.h"
#include "PeriodStore.h"
#include "VietnameseText.h"

namespace DutyDesk {

namespace {

/// Picks one record among `items` by folded names: exact, then all typed
/// words found as word starts, then substring.
template<typename T, typename NamesOf>
Result<T> pick(const QList<T> &items, const QString &text, NamesOf namesOf, const QString &notFound,
               const QString &ambiguous)
{
    const QString wanted = VietnameseText::fold(text);
    if (wanted.isEmpty()) // else every name "contains" it
        return Error(Error::Code::NotFound, notFound.arg(text));
    const QStringList words = wanted.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QList<T> exact, wordMatches, substring;
    for (const T &item : items) {
        bool isExact = false, isWords = false, isSub = false;
        for (const QString &name : namesOf(item)) {
            const QString folded = VietnameseText::fold(name);
            if (folded.isEmpty())
                continue;
            isExact = isExact || folded == wanted;
            isSub = isSub || folded.contains(wanted);
            const QStringList nameWords = folded.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            const bool all = std::all_of(words.begin(), words.end(), [&](const QString &w) {
                return std::any_of(nameWords.begin(), nameWords.end(),
                                   [&](const QString &n) { return n.startsWith(w); });
            });
            isWords = isWords || (all && !words.isEmpty());
        }
        if (isExact)
            exact << item;
        else if (isWords)
            wordMatches << item;
        else if (isSub)
            substring << item;
    }
    for (const QList<T> *tier : {&exact, &wordMatches, &substring}) {
        if (tier->size() == 1)
            return tier->first();
        if (tier->size() > 1) {
            QStringList names;
            for (qsizetype i = 0; i < tier->size() && i < 5; ++i)
                names << namesOf(tier->at(i)).first();
            if (tier->size() > 5)
                names << QStringLiteral("…");
            return Error(
                Error::Code::Ambiguous,
                ambiguous.arg(text).arg(tier->size()).arg(names.join(QStringLiteral("; "))));
        }
    }
    return Error(Error::Code::NotFound, notFound.arg(text));
}

bool isId(const QString &text, Id &id)
{
    bool ok = false;
    id = text.trimmed().toLongLong(&ok);
    return ok && id > 0;
}

} // namespace

Result<Unit> Lookup::unit(Database &db, const QString &text)
{
    DirectoryStore directory(db);
    Id id = NoId;
    // An id first; a number that is no id may still be part of a name.
    if (isId(text, id)) {
        Result<Unit> byId = directory.unit(id);
        if (byId || byId.error().code() != Error::Code::NotFound)
            return byId;
    }
    const Result<QList<Unit>> all = directory.units();
    if (!all)
        return all.error();
    return pick<Unit>(
        all.value(), text,
        [](const Unit &u) {
            return QStringList {u.name, u.shortName, u.code};
        },
        tr("No unit matches “%1”."),
        tr("“%1” matches %2 units: %3. Type more of the name, or give the id."));
}

Result<DutyPeriod> Lookup::period(Database &db, const QString &text)
{
    PeriodStore periods(db);
    Id id = NoId;
    if (isId(text, id)) {
        Result<DutyPeriod> byId = periods.period(id);
        if (byId || byId.error().code() != Error::Code::NotFound)
            return byId;
    }
    const Result<QList<DutyPeriod>> all = periods.periods();
    if (!all)
        return all.error();
    return pick<DutyPeriod>(
        all.value(), text, [](const DutyPeriod &p) { return QStringList {p.title}; },
        tr("No duty period matches “%1”."),
        tr("“%1” matches %2 duty periods: %3. Type more of the title, or give the id."));
}

} // namespace DutyDesk
