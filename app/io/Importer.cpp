#include "Importer.h"

#include "Backups.h"
#include "CellParser.h"
#include "CsvReader.h"
#include "DirectoryStore.h"
#include "DomainJson.h"
#include "DomainNames.h"
#include "PeriodStore.h"
#include "PhoneNumber.h"
#include "StoreSupport.h"
#include "TemplateExport.h"
#include "VietnameseText.h"
#include "XlsxReader.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QSet>
#include <QSqlQuery>
#include <QVarLengthArray>

#include <functional>

namespace DutyDesk {

namespace {

using Field = ImportMapping::Field;

/// A person of the directory, or one the import will add (`pending` ≥ 0).
struct PersonRef
{
    Id id = NoId;
    int pending = -1;
    Id unitId = NoId;
    QString name;
    QString folded;
    QStringList phones;
    QString position;
};

struct SlotKey
{
    Id unitId;
    QDate day;
    Id shiftId;
    Id roleId;
    bool operator<(const SlotKey &o) const
    {
        return std::tie(unitId, day, shiftId, roleId)
            < std::tie(o.unitId, o.day, o.shiftId, o.roleId);
    }
};

struct SlotPerson
{
    int personIndex = -1; ///< into Run::people
    int row = 0;
    int column = -1;
};

/// The edit distance of two strings when it is at most `limit`, else limit + 1:
/// only the diagonal band a path of that cost can use is computed, and the
/// comparison stops as soon as every cell of a row is over the limit.
int boundedEditDistance(const QString &a, const QString &b, int limit)
{
    const int n = int(a.size());
    const int m = int(b.size());
    const int over = limit + 1;
    if (qAbs(n - m) > limit)
        return over;
    const QChar *pa = a.constData();
    const QChar *pb = b.constData();
    QVarLengthArray<int, 128> rows(2 * (m + 1));
    int *previous = rows.data();
    int *current = previous + m + 1;
    for (int j = 0; j <= m; ++j)
        previous[j] = qMin(j, over);
    for (int i = 1; i <= n; ++i) {
        const int low = qMax(1, i - limit);
        const int high = qMin(m, i + limit);
        current[0] = qMin(i, over);
        current[low - 1] = low == 1 ? current[0] : over;
        int rowMinimum = low == 1 ? current[0] : over;
        for (int j = low; j <= high; ++j) {
            const int cost = pa[i - 1] == pb[j - 1] ? 0 : 1;
            const int value
                = qMin(qMin(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
            current[j] = qMin(value, over);
            rowMinimum = qMin(rowMinimum, current[j]);
        }
        if (high < m)
            current[high + 1] = over;
        if (rowMinimum > limit)
            return over;
        std::swap(previous, current);
    }
    return previous[m];
}

std::optional<UnitKind> unitKindFromText(const QString &text)
{
    const QString folded = VietnameseText::fold(text);
    if (folded.isEmpty())
        return std::nullopt;
    if (const auto byKey = DomainNames::unitKindFromKey(text.trimmed()))
        return byKey;
    for (const UnitKind kind : DomainNames::allUnitKinds()) {
        if (VietnameseText::fold(DomainNames::displayName(kind)) == folded)
            return kind;
    }
    if (folded.startsWith(QLatin1String("truong")))
        return UnitKind::School;
    if (folded.startsWith(QLatin1String("phong gd")))
        return UnitKind::DistrictOffice;
    if (folded.startsWith(QLatin1String("trung tam")) || folded.startsWith(QLatin1String("tt ")))
        return UnitKind::Centre;
    if (folded.startsWith(QLatin1String("phong")) || folded.startsWith(QLatin1String("van phong")))
        return UnitKind::AgencyOffice;
    if (folded.startsWith(QLatin1String("so ")))
        return UnitKind::Department;
    return std::nullopt;
}

/// One import being checked, then applied.
class Run
{
    Q_DECLARE_TR_FUNCTIONS(DutyDesk::Importer)
public:
    Run(Database &db, const ImportRequest &request, const ImportTable &table,
        const ImportMapping &mapping, ImportReport &report)
        : m_db(db)
        , m_request(request)
        , m_table(table)
        , m_mapping(mapping)
        , m_report(report)
        , m_directory(db)
        , m_periods(db)
    {
    }

    Status check();
    Status apply();

private:
    // Issues
    void issue(ImportIssue::Severity severity, int row, int column, const QString &message)
    {
        ImportIssue i;
        i.severity = severity;
        i.file = m_table.file;
        i.sheet = m_table.sheet;
        i.row = row;
        i.column = column;
        i.message = message;
        m_report.issues << i;
        if (severity == ImportIssue::Severity::Error)
            m_rowHasError = true;
    }
    void error(int row, int column, const QString &message)
    {
        issue(ImportIssue::Severity::Error, row, column, message);
    }
    void warning(int row, int column, const QString &message)
    {
        issue(ImportIssue::Severity::Warning, row, column, message);
    }

    QString cell(const ImportRow &row, Field field) const
    {
        const int c = m_mapping.column(field);
        return c >= 0 && c < row.cells.size() ? row.cells.at(c).trimmed() : QString();
    }

    Status loadDirectory();
    /// The units a text names: by folded name or short name, or by code.
    QList<Id> unitsNamed(const QString &text) const;
    QString unitName(Id unitId) const
    {
        const int index = m_unitIndex.value(unitId, -1);
        return index >= 0 ? m_units.at(index).name : QString();
    }
    /// The unit named in a cell (or the request's unit); NoId with an error.
    Id unitOf(const ImportRow &row);
    /// Adds m_people[index] to the lookups by unit, name, length and phone.
    void indexPerson(int index);
    /// Adds a number of m_people[index] to the lookups by phone.
    void indexPhone(int index, const QString &phone);
    /// Takes m_people[index] out of every lookup.
    void unindexPerson(int index);
    /// Writes a person the import adds: what DirectoryStore::addPerson writes
    /// (the person, their numbers, the audit record), with the statements
    /// prepared once for all the people of the file.
    Status insertPerson(int pending);
    /// Matches a person in a unit; adds a pending person when nothing matches.
    int resolvePerson(Id unitId, const CellParser::PersonText &text, int row, int column,
                      bool mayCreate);

    Status checkUnits();
    Status checkPeople();
    Status checkHotlines();
    Status checkRoster();

    /// Starts a row: what it plans is kept only if it has no error.
    void beginRow()
    {
        m_rowHasError = false;
        m_rowOps.clear();
        m_rowPeople = m_people.size();
        m_rowPending = m_newPeople.size();
        m_rowUnits = m_newUnits.size();
    }
    void endRow();

    Database &m_db;
    const ImportRequest &m_request;
    const ImportTable &m_table;
    const ImportMapping &m_mapping;
    ImportReport &m_report;
    DirectoryStore m_directory;
    PeriodStore m_periods;

    QList<Unit> m_units;
    QHash<Id, int> m_unitIndex; ///< id → index into m_units
    QHash<QString, QList<int>> m_unitsByName; ///< folded name → indexes into m_units
    QHash<QString, QList<int>> m_unitsByShortName; ///< folded short name → indexes
    QHash<QString, QList<int>> m_unitsByCode; ///< case-folded code → indexes
    QList<PersonRef> m_people;
    /// The people of one unit (indexes into m_people, in that order), looked
    /// up by folded name, by number and by the length of the folded name.
    struct UnitPeople
    {
        QHash<QString, QList<int>> byName;
        QHash<QString, QList<int>> byPhone;
        QHash<int, QList<int>> byLength;
    };
    QHash<Id, UnitPeople> m_unitPeople;
    QHash<QString, QList<int>> m_peopleByPhone; ///< E.164 → people of every unit
    QList<Person> m_newPeople; ///< to add; index = PersonRef::pending
    QList<Id> m_newPeopleIds; ///< filled while applying
    QList<Unit> m_newUnits; ///< to add, parents before children
    QList<QString> m_newUnitParents; ///< folded name of a parent added by this import
    QList<QString> m_newUnitFolded; ///< folded name of each of m_newUnits
    QSet<QString> m_newUnitNames; ///< the same, to look up
    QHash<QString, Id> m_newUnitIds; ///< folded name → id, filled while applying
    QList<std::function<Status()>> m_ops;
    QList<std::function<Status()>> m_rowOps;
    std::optional<DirectoryStore::PersonInserter> m_inserter; ///< statements prepared once
    bool m_rowHasError = false;
    int m_rowPeople = 0;
    int m_rowPending = 0;
    int m_rowUnits = 0;
    int m_rowAdds = 0;
    int m_rowChanges = 0;
    int m_rowUnchanged = 0;
};

void Run::endRow()
{
    if (m_rowHasError) {
        // Forget what this row planned (people and units it would add).
        for (int i = int(m_people.size()) - 1; i >= m_rowPeople; --i)
            unindexPerson(i);
        m_people.resize(m_rowPeople);
        m_newPeople.resize(m_rowPending);
        for (int i = m_rowUnits; i < m_newUnitFolded.size(); ++i)
            m_newUnitNames.remove(m_newUnitFolded.at(i));
        m_newUnits.resize(m_rowUnits);
        m_newUnitParents.resize(m_rowUnits);
        m_newUnitFolded.resize(m_rowUnits);
        ++m_report.skippedRows;
    } else {
        m_ops += m_rowOps;
        m_report.toAdd += m_rowAdds;
        m_report.toChange += m_rowChanges;
        m_report.unchanged += m_rowUnchanged;
    }
    m_rowOps.clear();
    m_rowAdds = m_rowChanges = m_rowUnchanged = 0;
}

Status Run::loadDirectory()
{
    const Result<QList<Unit>> units = m_directory.units();
    if (!units)
        return units.error();
    m_units = units.value();
    for (int i = 0; i < m_units.size(); ++i) {
        const Unit &u = m_units.at(i);
        m_unitIndex.insert(u.id, i);
        m_unitsByName[VietnameseText::fold(u.name)] << i;
        if (!u.shortName.isEmpty())
            m_unitsByShortName[VietnameseText::fold(u.shortName)] << i;
        if (!u.code.isEmpty())
            m_unitsByCode[u.code.toCaseFolded()] << i;
    }
    const Result<QList<Person>> people = m_directory.people();
    if (!people)
        return people.error();
    for (const Person &p : people.value()) {
        PersonRef ref;
        ref.id = p.id;
        ref.unitId = p.unitId;
        ref.name = p.fullName;
        ref.folded = VietnameseText::fold(p.fullName);
        ref.position = p.position;
        for (const PhoneEntry &phone : p.phones)
            ref.phones << phone.e164;
        m_people << ref;
        indexPerson(int(m_people.size()) - 1);
    }
    return {};
}

void Run::indexPerson(int index)
{
    const PersonRef &ref = m_people.at(index);
    UnitPeople &unit = m_unitPeople[ref.unitId];
    unit.byName[ref.folded] << index;
    unit.byLength[int(ref.folded.size())] << index;
    for (const QString &phone : ref.phones)
        indexPhone(index, phone);
}

void Run::indexPhone(int index, const QString &phone)
{
    QList<int> &inUnit = m_unitPeople[m_people.at(index).unitId].byPhone[phone];
    if (!inUnit.contains(index))
        inUnit << index;
    QList<int> &anywhere = m_peopleByPhone[phone];
    if (!anywhere.contains(index))
        anywhere << index;
}

void Run::unindexPerson(int index)
{
    const PersonRef &ref = m_people.at(index);
    UnitPeople &unit = m_unitPeople[ref.unitId];
    unit.byName[ref.folded].removeAll(index);
    unit.byLength[int(ref.folded.size())].removeAll(index);
    for (const QString &phone : ref.phones) {
        unit.byPhone[phone].removeAll(index);
        m_peopleByPhone[phone].removeAll(index);
    }
}

QList<Id> Run::unitsNamed(const QString &text) const
{
    const QString folded = VietnameseText::fold(text);
    QList<int> indexes = m_unitsByName.value(folded);
    indexes += m_unitsByShortName.value(folded);
    if (!text.isEmpty())
        indexes += m_unitsByCode.value(text.toCaseFolded());
    // In directory order, each unit once.
    std::sort(indexes.begin(), indexes.end());
    indexes.erase(std::unique(indexes.begin(), indexes.end()), indexes.end());
    QList<Id> ids;
    for (const int i : std::as_const(indexes))
        ids << m_units.at(i).id;
    return ids;
}

Id Run::unitOf(const ImportRow &row)
{
    const int column = m_mapping.column(Field::Unit);
    const QString text = cell(row, Field::Unit);
    if (text.isEmpty()) {
        if (m_request.unitId != NoId)
            return m_request.unitId;
        error(row.number, column,
              column >= 0 ? tr("The unit is empty.")
                          : tr("The file has no “Đơn vị” column: choose the unit of these rows."));
        return NoId;
    }
    const QList<Id> matches = unitsNamed(text);
    if (matches.size() == 1)
        return matches.first();
    if (matches.size() > 1) {
        error(row.number, column,
              tr("“%1” names %2 units; write the unit's full name or code.")
                  .arg(text)
                  .arg(matches.size()));
        return NoId;
    }
    error(row.number, column, tr("Unknown unit “%1”: it is not in the directory.").arg(text));
    return NoId;
}

int Run::resolvePerson(Id unitId, const CellParser::PersonText &text, int row, int column,
                       bool mayCreate)
{
    const QString folded = VietnameseText::fold(text.name);
    const UnitPeople &unit = m_unitPeople[unitId];
    // By phone within the unit, then by name within the unit.
    if (!text.phone.isEmpty()) {
        const QList<int> byPhone = unit.byPhone.value(text.phone);
        if (!byPhone.isEmpty()) {
            const int i = *std::min_element(byPhone.cbegin(), byPhone.cend());
            if (!folded.isEmpty() && m_people.at(i).folded != folded)
                warning(row, column,
                        tr("%1 is matched to %2 of the directory by the number %3.")
                            .arg(text.name, m_people.at(i).name,
                                 PhoneNumber::displayStored(text.phone)));
            return i;
        }
    }
    if (folded.isEmpty())
        return -1;
    const QList<int> byName = unit.byName.value(folded);
    if (byName.size() == 1)
        return byName.first();
    if (byName.size() > 1) {
        error(row, column,
              tr("%1 names %2 people of the unit; add the phone number to tell them apart.")
                  .arg(text.name)
                  .arg(byName.size()));
        return -1;
    }
    // A roster slot may be held by someone of another unit (the Department's
    // duty staffed by its offices): the same name with the same number is them.
    if (m_request.kind == ImportKind::Roster && !text.phone.isEmpty()) {
        QList<int> elsewhere;
        for (const int i : m_peopleByPhone.value(text.phone)) {
            if (m_people.at(i).unitId != unitId && m_people.at(i).folded == folded)
                elsewhere << i;
        }
        if (elsewhere.size() == 1)
            return elsewhere.first();
    }
    if (!mayCreate)
        return -1;
    // Nothing matches: a new person, with the similar ones listed. Names
    // within two edits differ in length by two at most.
    constexpr int similarEdits = 2;
    QList<int> near;
    for (int length = int(folded.size()) - similarEdits;
         length <= int(folded.size()) + similarEdits; ++length) {
        const auto bucket = unit.byLength.constFind(length);
        if (bucket == unit.byLength.cend())
            continue;
        for (const int i : bucket.value()) {
            if (boundedEditDistance(m_people.at(i).folded, folded, similarEdits) <= similarEdits)
                near << i;
        }
    }
    std::sort(near.begin(), near.end());
    QStringList similar;
    for (const int i : std::as_const(near)) {
        const PersonRef &p = m_people.at(i);
        similar << (p.phones.isEmpty() ? p.name
                                       : QStringLiteral("%1 (%2)").arg(
                                           p.name, PhoneNumber::displayStored(p.phones.first())));
    }
    if (!text.phone.isEmpty()) {
        QList<int> sameNumber = m_peopleByPhone.value(text.phone);
        std::sort(sameNumber.begin(), sameNumber.end());
        for (const int i : std::as_const(sameNumber)) {
            const PersonRef &p = m_people.at(i);
            if (p.unitId != unitId)
                similar << tr("%1 of %2, who has the same number").arg(p.name, unitName(p.unitId));
        }
    }
    if (!similar.isEmpty())
        warning(row, column,
                tr("%1 will be added as a new person; similar people in the directory: %2.")
                    .arg(text.name, similar.join(QStringLiteral("; "))));
    Person person;
    person.unitId = unitId;
    person.fullName = VietnameseText::normalize(text.name);
    person.position = text.position;
    if (!text.phone.isEmpty())
        person.phones << PhoneEntry {NoId, PhoneKind::Mobile, text.phone};
    PersonRef ref;
    ref.pending = int(m_newPeople.size());
    ref.unitId = unitId;
    ref.name = person.fullName;
    ref.folded = folded;
    ref.position = person.position;
    if (!text.phone.isEmpty())
        ref.phones << text.phone;
    m_newPeople << person;
    m_people << ref;
    indexPerson(int(m_people.size()) - 1);
    const int pending = ref.pending;
    m_rowOps << [this, pending]() {
        return insertPerson(pending);
    };
    return int(m_people.size()) - 1;
}

Status Run::insertPerson(int pending)
{
    Person person = m_newPeople.at(pending);
    person.fullName = VietnameseText::normalize(person.fullName);
    person.position = VietnameseText::normalize(person.position);
    person.email = person.email.trimmed();
    if (person.fullName.isEmpty() || !m_unitIndex.contains(person.unitId)) {
        // Not expected after the checks; the store explains what is wrong.
        const Result<Person> added = m_directory.addPerson(person);
        if (!added)
            return added.error();
        m_newPeopleIds[pending] = added->id;
        return {};
    }
    // The numbers are E.164 already (CellParser); each is written once.
    QList<PhoneEntry> phones;
    QStringList seen;
    for (const PhoneEntry &entry : std::as_const(person.phones)) {
        if (entry.e164.isEmpty() || seen.contains(entry.e164))
            continue;
        seen << entry.e164;
        phones << entry;
    }
    person.phones = phones;
    if (!m_inserter)
        m_inserter.emplace(m_db);
    if (const Status s = m_inserter->insert(person); !s)
        return s;
    m_newPeopleIds[pending] = person.id;
    return {};
}

Status Run::check()
{
    if (const Status s = loadDirectory(); !s)
        return s;
    switch (m_request.kind) {
    case ImportKind::Units:
        return checkUnits();
    case ImportKind::People:
        return checkPeople();
    case ImportKind::Hotlines:
        return checkHotlines();
    case ImportKind::Roster:
        return checkRoster();
    }
    return {};
}

Status Run::checkUnits()
{
    for (int r = m_mapping.headerRow + 1; r < m_table.rows.size(); ++r) {
        const ImportRow &row = m_table.rows.at(r);
        ++m_report.rowsRead;
        beginRow();
        const QString name = VietnameseText::normalize(cell(row, Field::Name));
        if (name.isEmpty()) {
            error(row.number, m_mapping.column(Field::Name), tr("The unit's name is empty."));
            endRow();
            continue;
        }
        const QString folded = VietnameseText::fold(name);
        // The parent: in the directory or earlier in this file.
        Id parentId = NoId;
        QString pendingParent;
        const QString parentText = cell(row, Field::ParentUnit);
        if (!parentText.isEmpty()) {
            const QString parentFolded = VietnameseText::fold(parentText);
            if (m_newUnitNames.contains(parentFolded)) {
                pendingParent = parentFolded;
            } else {
                const int unitColumn = m_mapping.column(Field::ParentUnit);
                const QList<Id> matches = unitsNamed(parentText);
                if (matches.size() != 1)
                    error(row.number, unitColumn,
                          matches.isEmpty()
                              ? tr("Unknown unit “%1”: it is not in the directory nor above in "
                                   "this file.")
                                    .arg(parentText)
                              : tr("“%1” names %2 units; write the unit's full name or code.")
                                    .arg(parentText)
                                    .arg(matches.size()));
                else
                    parentId = matches.first();
            }
        }
        const QString kindText = cell(row, Field::Kind);
        std::optional<UnitKind> kind = unitKindFromText(kindText);
        if (!kindText.isEmpty() && !kind)
            warning(
                row.number, m_mapping.column(Field::Kind),
                tr("Unknown kind of unit “%1”; the kind is guessed from the name.").arg(kindText));
        if (!kind || kindText.isEmpty())
            kind = unitKindFromText(name);

        const QList<int> sameName = m_unitsByName.value(folded);
        const auto existing
            = sameName.isEmpty() ? m_units.cend() : m_units.cbegin() + sameName.constFirst();
        if (existing != m_units.cend()) {
            Unit changed = *existing;
            if (!cell(row, Field::ShortName).isEmpty())
                changed.shortName = VietnameseText::normalize(cell(row, Field::ShortName));
            if (!cell(row, Field::Code).isEmpty())
                changed.code = cell(row, Field::Code);
            if (!cell(row, Field::Address).isEmpty())
                changed.address = VietnameseText::normalize(cell(row, Field::Address));
            if (!kindText.isEmpty() && kind)
                changed.kind = *kind;
            const bool moved = parentId != NoId && parentId != existing->parentId;
            if (changed.shortName != existing->shortName || changed.code != existing->code
                || changed.address != existing->address || changed.kind != existing->kind) {
                ++m_rowChanges;
                m_rowOps << [this, changed]() mutable {
                    return m_directory.updateUnit(changed);
                };
            } else if (!moved) {
                ++m_rowUnchanged;
            }
            if (moved) {
                if (changed.shortName == existing->shortName && changed.code == existing->code
                    && changed.address == existing->address && changed.kind == existing->kind)
                    ++m_rowChanges;
                const Id unitId = existing->id;
                m_rowOps << [this, unitId, parentId]() {
                    return m_directory.moveUnit(unitId, parentId);
                };
            }
            endRow();
            continue;
        }
        if (m_newUnitNames.contains(folded)) {
            warning(row.number, m_mapping.column(Field::Name),
                    tr("“%1” is listed twice; this row is ignored.").arg(name));
            endRow();
            continue;
        }
        Unit unit;
        unit.name = name;
        unit.shortName = VietnameseText::normalize(cell(row, Field::ShortName));
        unit.code = cell(row, Field::Code);
        unit.address = VietnameseText::normalize(cell(row, Field::Address));
        unit.kind = kind.value_or(UnitKind::Affiliated);
        unit.parentId
            = parentId != NoId ? parentId : (pendingParent.isEmpty() ? m_request.unitId : NoId);
        m_newUnits << unit;
        m_newUnitParents << pendingParent;
        m_newUnitFolded << folded;
        m_newUnitNames.insert(folded);
        ++m_rowAdds;
        m_rowOps << [this, unit, pendingParent, folded]() mutable -> Status {
            if (!pendingParent.isEmpty())
                unit.parentId = m_newUnitIds.value(pendingParent);
            const Result<Unit> added = m_directory.addUnit(unit);
            if (!added)
                return added.error();
            m_newUnitIds.insert(folded, added->id);
            return {};
        };
        endRow();
    }
    return {};
}

Status Run::checkPeople()
{
    for (int r = m_mapping.headerRow + 1; r < m_table.rows.size(); ++r) {
        const ImportRow &row = m_table.rows.at(r);
        ++m_report.rowsRead;
        beginRow();
        const int nameColumn = m_mapping.column(Field::Name);
        QString position;
        const QString name = CellParser::cleanName(cell(row, Field::Name), &position);
        if (!cell(row, Field::Position).isEmpty())
            position = VietnameseText::normalize(cell(row, Field::Position));
        const Id unitId = unitOf(row);
        if (name.isEmpty())
            error(row.number, nameColumn, tr("The name is empty."));
        QStringList problems;
        const QStringList phones = CellParser::phones(cell(row, Field::Phone), &problems);
        for (const QString &problem : std::as_const(problems))
            error(row.number, m_mapping.column(Field::Phone), problem);
        if (m_rowHasError || unitId == NoId) {
            endRow();
            continue;
        }
        CellParser::PersonText text;
        text.name = name;
        text.position = position;
        const int before = int(m_newPeople.size());
        int index = -1;
        for (const QString &phone : phones) {
            text.phone = phone;
            index = resolvePerson(unitId, text, row.number, nameColumn, false);
            if (index >= 0)
                break;
        }
        if (index < 0) {
            text.phone = phones.value(0);
            index = resolvePerson(unitId, text, row.number, nameColumn, true);
        }
        if (index < 0) {
            endRow();
            continue;
        }
        PersonRef &ref = m_people[index];
        if (ref.pending >= 0 && ref.pending >= before) {
            // New: its other numbers and details come along.
            Person &person = m_newPeople[ref.pending];
            for (const QString &phone : phones) {
                if (!ref.phones.contains(phone)) {
                    ref.phones << phone;
                    indexPhone(index, phone);
                    person.phones << PhoneEntry {NoId, PhoneKind::Mobile, phone};
                }
            }
            person.email = cell(row, Field::Email);
            person.notes = cell(row, Field::Note);
            ++m_rowAdds;
            endRow();
            continue;
        }
        QStringList newPhones;
        for (const QString &phone : phones) {
            if (!ref.phones.contains(phone))
                newPhones << phone;
        }
        const bool positionChanged = !position.isEmpty() && position != ref.position;
        const QString email = cell(row, Field::Email);
        if (newPhones.isEmpty() && !positionChanged && email.isEmpty()) {
            ++m_rowUnchanged;
            endRow();
            continue;
        }
        if (ref.pending >= 0) {
            warning(row.number, nameColumn,
                    tr("%1 is listed twice; the rows are merged.").arg(name));
            Person &person = m_newPeople[ref.pending];
            for (const QString &phone : std::as_const(newPhones))
                person.phones << PhoneEntry {NoId, PhoneKind::Mobile, phone};
            if (positionChanged)
                person.position = position;
            ref.phones += newPhones;
            for (const QString &phone : std::as_const(newPhones))
                indexPhone(index, phone);
            endRow();
            continue;
        }
        ++m_rowChanges;
        ref.phones += newPhones;
        for (const QString &phone : std::as_const(newPhones))
            indexPhone(index, phone);
        if (positionChanged)
            ref.position = position;
        const Id personId = ref.id;
        m_rowOps << [this, personId, newPhones, position, positionChanged, email]() -> Status {
            Result<Person> person = m_directory.person(personId);
            if (!person)
                return person.error();
            Person changed = person.value();
            for (const QString &phone : newPhones)
                changed.phones << PhoneEntry {NoId, PhoneKind::Mobile, phone};
            if (positionChanged)
                changed.position = position;
            if (!email.isEmpty())
                changed.email = email;
            return m_directory.updatePerson(changed);
        };
        endRow();
    }
    return {};
}

Status Run::checkHotlines()
{
    const Result<QList<Hotline>> existing = m_directory.hotlines();
    if (!existing)
        return existing.error();
    QList<Hotline> known = existing.value();
    for (int r = m_mapping.headerRow + 1; r < m_table.rows.size(); ++r) {
        const ImportRow &row = m_table.rows.at(r);
        ++m_report.rowsRead;
        beginRow();
        const QString label = VietnameseText::normalize(cell(row, Field::Label));
        const QString written = cell(row, Field::Phone);
        Id unitId = NoId;
        if (!cell(row, Field::Unit).isEmpty() || m_request.unitId != NoId)
            unitId = unitOf(row);
        if (label.isEmpty())
            error(row.number, m_mapping.column(Field::Label),
                  tr("The hotline needs a label (what it is for)."));
        const Result<PhoneNumber> number = PhoneNumber::parse(written);
        if (!number)
            error(row.number, m_mapping.column(Field::Phone),
                  written.isEmpty()
                      ? tr("The number is empty.")
                      : tr("“%1” is not a valid Vietnamese phone number.").arg(written));
        if (m_rowHasError) {
            endRow();
            continue;
        }
        Hotline hotline;
        hotline.unitId = unitId;
        hotline.label = label;
        hotline.number = number->e164();
        hotline.hours = cell(row, Field::Hours);
        hotline.sourceNote = cell(row, Field::Source);
        const auto same = std::find_if(known.begin(), known.end(), [&](const Hotline &h) {
            return h.number == hotline.number && h.unitId == unitId;
        });
        if (same == known.end()) {
            known << hotline;
            ++m_rowAdds;
            m_rowOps << [this, hotline]() {
                return m_directory.addHotline(hotline).status();
            };
        } else if (same->label != label
                   || (!hotline.hours.isEmpty() && same->hours != hotline.hours)
                   || (!hotline.sourceNote.isEmpty() && same->sourceNote != hotline.sourceNote)) {
            Hotline changed = *same;
            changed.label = label;
            if (!hotline.hours.isEmpty())
                changed.hours = hotline.hours;
            if (!hotline.sourceNote.isEmpty())
                changed.sourceNote = hotline.sourceNote;
            *same = changed;
            ++m_rowChanges;
            if (changed.id != NoId)
                m_rowOps << [this, changed]() mutable {
                    return m_directory.updateHotline(changed);
                };
        } else {
            ++m_rowUnchanged;
        }
        endRow();
    }
    return {};
}

Status Run::checkRoster()
{
    if (m_request.periodId == NoId)
        return Error(Error::Code::Invalid, tr("A roster import needs its duty period."));
    const Result<DutyPeriod> period = m_periods.period(m_request.periodId);
    if (!period)
        return period.error();
    if (period->status == PeriodStatus::Published)
        return Error(
            Error::Code::Invalid,
            tr("“%1” is published and locked; reopen it before importing.").arg(period->title));
    const Result<QList<Shift>> shifts = m_periods.shifts(period->id);
    if (!shifts)
        return shifts.error();
    const Result<QList<DutyRole>> roles = m_periods.roles(period->id);
    if (!roles)
        return roles.error();
    auto roleIdOf = [&](const QString &name) -> Id {
        const QString key = VietnameseText::fold(name);
        for (const DutyRole &role : roles.value()) {
            const QString roleKey = VietnameseText::fold(role.name);
            if (roleKey == key || roleKey.startsWith(key) || key.startsWith(roleKey))
                return role.id;
        }
        return NoId;
    };
    const int headerNumber = m_table.rows.at(m_mapping.headerRow).number;
    QList<QPair<ImportMapping::Column, Id>> roleColumns;
    for (const ImportMapping::Column &column : m_mapping.roleColumns()) {
        const Id roleId = roleIdOf(column.roleName);
        if (roleId == NoId) {
            QStringList names;
            for (const DutyRole &role : roles.value())
                names << role.name;
            error(headerNumber, column.index,
                  tr("“%1” is not a duty role of “%2”; its roles are %3.")
                      .arg(column.header, period->title, names.join(QStringLiteral(", "))));
        } else {
            roleColumns.append({column, roleId});
        }
    }
    if (m_rowHasError && !m_request.skipRowsInError)
        return {};

    QMap<SlotKey, QList<SlotPerson>> slotMap;
    QHash<QString, QPair<int, SlotKey>> onDuty; // person × day × shift → first row
    QDate lastDate;
    QString lastUnitText;
    for (int r = m_mapping.headerRow + 1; r < m_table.rows.size(); ++r) {
        const ImportRow &row = m_table.rows.at(r);
        ++m_report.rowsRead;
        beginRow();
        const int dateColumn = m_mapping.column(Field::Date);
        const QString dateText = cell(row, Field::Date);
        QDate day = lastDate;
        if (!dateText.isEmpty()) {
            const std::optional<QDate> parsed
                = CellParser::date(dateText, period->firstDay, period->lastDay);
            if (!parsed || !parsed->isValid()) {
                error(row.number, dateColumn,
                      tr("“%1” is not a date (write it as 30/4/2023).").arg(dateText));
            } else if (*parsed < period->firstDay || *parsed > period->lastDay) {
                error(row.number, dateColumn,
                      tr("%1 is not a day of “%2” (%3 – %4).")
                          .arg(parsed->toString(QStringLiteral("dd/MM/yyyy")), period->title,
                               period->firstDay.toString(QStringLiteral("dd/MM/yyyy")),
                               period->lastDay.toString(QStringLiteral("dd/MM/yyyy"))));
            } else {
                day = *parsed;
                lastDate = day;
                const std::optional<int> written = CellParser::weekday(dateText);
                if (written && *written != day.dayOfWeek())
                    warning(row.number, dateColumn,
                            tr("%1 is a %2, not a %3.")
                                .arg(day.toString(QStringLiteral("dd/MM/yyyy")),
                                     CellParser::weekdayName(day.dayOfWeek()),
                                     CellParser::weekdayName(*written)));
            }
        } else if (!day.isValid()) {
            error(row.number, dateColumn, tr("The date is empty."));
        }
        const QString weekdayText = cell(row, Field::Weekday);
        if (day.isValid() && !weekdayText.isEmpty() && !dateText.isEmpty()) {
            const std::optional<int> written = CellParser::weekday(weekdayText);
            if (written && *written != day.dayOfWeek())
                warning(row.number, m_mapping.column(Field::Weekday),
                        tr("%1 is a %2, not a %3.")
                            .arg(day.toString(QStringLiteral("dd/MM/yyyy")),
                                 CellParser::weekdayName(day.dayOfWeek()),
                                 CellParser::weekdayName(*written)));
        }
        Id shiftId = NoId;
        const QString shiftText = cell(row, Field::Shift);
        if (shiftText.isEmpty() && shifts->size() == 1) {
            shiftId = shifts->first().id;
        } else {
            const int index = CellParser::shiftIndex(shiftText, shifts.value());
            if (index < 0) {
                QStringList names;
                for (const Shift &s : shifts.value())
                    names << QStringLiteral("%1 (%2–%3)")
                                 .arg(s.name, s.start.toString(QStringLiteral("HH:mm")),
                                      s.end.toString(QStringLiteral("HH:mm")));
                error(row.number, m_mapping.column(Field::Shift),
                      shiftText.isEmpty()
                          ? tr("The shift is empty; the shifts are %1.")
                                .arg(names.join(QStringLiteral(", ")))
                          : tr("“%1” is not a shift of this period; the shifts are %2.")
                                .arg(shiftText, names.join(QStringLiteral(", "))));
            } else {
                shiftId = shifts->at(index).id;
            }
        }
        // The unit: its column (merged cells repeat it), else the request's.
        ImportRow unitRow = row;
        const int unitColumn = m_mapping.column(Field::Unit);
        if (unitColumn >= 0) {
            if (cell(row, Field::Unit).isEmpty() && !lastUnitText.isEmpty()) {
                while (unitRow.cells.size() <= unitColumn)
                    unitRow.cells << QString();
                unitRow.cells[unitColumn] = lastUnitText;
            } else {
                lastUnitText = cell(row, Field::Unit);
            }
        }
        const Id unitId = unitOf(unitRow);

        // Who: one cell per role, or the list layout's role, name and phone columns.
        struct Named
        {
            Id roleId;
            int column;
            CellParser::People people;
        };
        QList<Named> named;
        if (!roleColumns.isEmpty()) {
            for (const auto &[column, roleId] : roleColumns) {
                const QString text = column.index < row.cells.size()
                    ? row.cells.at(column.index).trimmed()
                    : QString();
                if (!text.isEmpty())
                    named.append({roleId, column.index, CellParser::people(text)});
            }
        } else {
            const QString roleText = cell(row, Field::RoleName);
            const Id roleId = roleIdOf(roleText);
            if (roleId == NoId)
                error(row.number, m_mapping.column(Field::RoleName),
                      tr("“%1” is not a duty role of “%2”.").arg(roleText, period->title));
            QString text = cell(row, Field::Name);
            if (!cell(row, Field::Phone).isEmpty())
                text += QStringLiteral(" - ") + cell(row, Field::Phone);
            CellParser::People people = CellParser::people(text);
            if (people.people.size() == 1 && !cell(row, Field::Position).isEmpty())
                people.people[0].position = cell(row, Field::Position);
            named.append({roleId, m_mapping.column(Field::Name), people});
        }
        for (const Named &n : std::as_const(named)) {
            for (const QString &problem : n.people.problems)
                error(row.number, n.column, problem);
        }
        if (m_rowHasError || unitId == NoId || !day.isValid() || shiftId == NoId) {
            endRow();
            continue;
        }
        QList<QPair<SlotKey, SlotPerson>> rowSlots;
        for (const Named &n : std::as_const(named)) {
            for (const CellParser::PersonText &text : n.people.people) {
                if (text.name.isEmpty() && text.phone.isEmpty())
                    continue;
                if (text.name.isEmpty()) {
                    error(row.number, n.column,
                          tr("The number %1 has no name with it.").arg(text.writtenPhone));
                    continue;
                }
                const int index = resolvePerson(unitId, text, row.number, n.column, true);
                if (index < 0)
                    continue;
                const SlotKey key {unitId, day, shiftId, n.roleId};
                // One person, one place at a time.
                const PersonRef &ref = m_people.at(index);
                const QString who = ref.id != NoId ? QStringLiteral("id%1").arg(ref.id)
                                                   : QStringLiteral("new%1").arg(ref.pending);
                const QString dutyKey
                    = who + u'|' + day.toString(Qt::ISODate) + u'|' + QString::number(shiftId);
                if (onDuty.contains(dutyKey)) {
                    error(row.number, n.column,
                          tr("%1 is already on duty on %2 in this shift (row %3): a person cannot "
                             "hold two overlapping duties.")
                              .arg(ref.name, day.toString(QStringLiteral("dd/MM/yyyy")))
                              .arg(onDuty.value(dutyKey).first));
                    continue;
                }
                onDuty.insert(dutyKey, {row.number, key});
                rowSlots.append({key, SlotPerson {index, row.number, n.column}});
            }
        }
        if (!m_rowHasError) {
            for (const auto &[key, person] : std::as_const(rowSlots))
                slotMap[key] << person;
        } else {
            for (const auto &[key, person] : std::as_const(rowSlots)) {
                const PersonRef &ref = m_people.at(person.personIndex);
                const QString who = ref.id != NoId ? QStringLiteral("id%1").arg(ref.id)
                                                   : QStringLiteral("new%1").arg(ref.pending);
                onDuty.remove(who + u'|' + key.day.toString(Qt::ISODate) + u'|'
                              + QString::number(key.shiftId));
            }
        }
        endRow();
    }

    // Each slot: keep who is already there, add the others, give up the rest.
    QSet<Id> replaced;
    QList<std::function<Status()>> slotOps;
    for (auto it = slotMap.cbegin(); it != slotMap.cend(); ++it) {
        const SlotKey &key = it.key();
        const Result<QList<Assignment>> current
            = m_periods.assignmentsAt(key.unitId, key.day, key.shiftId);
        if (!current)
            return current.error();
        QList<Assignment> inSlot;
        for (const Assignment &a : current.value()) {
            if (a.roleId == key.roleId)
                inSlot << a;
        }
        QSet<Id> kept;
        for (const SlotPerson &sp : it.value()) {
            const PersonRef &ref = m_people.at(sp.personIndex);
            const auto same
                = std::find_if(inSlot.cbegin(), inSlot.cend(), [&](const Assignment &a) {
                      return ref.id != NoId && a.personId == ref.id;
                  });
            if (same != inSlot.cend()) {
                kept.insert(same->id);
                ++m_report.unchanged;
                continue;
            }
            bool clash = false;
            if (ref.id != NoId) {
                // Clashes with the person's other duties (elsewhere) and leave.
                Assignment probe;
                probe.periodId = m_request.periodId;
                probe.unitId = key.unitId;
                probe.day = key.day;
                probe.shiftId = key.shiftId;
                probe.roleId = key.roleId;
                probe.personId = ref.id;
                const Result<QList<Assignment>> clashes = m_periods.overlapping(probe);
                if (!clashes)
                    return clashes.error();
                for (const Assignment &other : clashes.value()) {
                    // A slot this file fills anew is given up (the file's own
                    // double bookings were reported above).
                    if (slotMap.contains(
                            SlotKey {other.unitId, other.day, other.shiftId, other.roleId}))
                        continue;
                    error(sp.row, sp.column,
                          tr("%1 is already on duty at %2 on %3, overlapping this shift: a person "
                             "cannot hold two overlapping duties.")
                              .arg(ref.name, unitName(other.unitId),
                                   other.day.toString(QStringLiteral("dd/MM/yyyy"))));
                    clash = true;
                    break;
                }
                const Result<QList<Unavailability>> away
                    = m_periods.unavailabilityOn(ref.id, key.day);
                if (!away)
                    return away.error();
                if (!away->isEmpty()) {
                    error(sp.row, sp.column,
                          tr("%1 is unavailable on %2 (%3).")
                              .arg(ref.name, key.day.toString(QStringLiteral("dd/MM/yyyy")),
                                   away->first().reason));
                    clash = true;
                }
            }
            if (clash) {
                ++m_report.skippedRows;
                continue;
            }
            ++m_report.toAdd;
            const int personIndex = sp.personIndex;
            slotOps << [this, key, personIndex]() -> Status {
                const PersonRef &ref = m_people.at(personIndex);
                Assignment a;
                a.periodId = m_request.periodId;
                a.unitId = key.unitId;
                a.day = key.day;
                a.shiftId = key.shiftId;
                a.roleId = key.roleId;
                a.personId = ref.id != NoId ? ref.id : m_newPeopleIds.value(ref.pending);
                return m_periods.assign(a, PeriodStore::ConflictPolicy::Refuse).status();
            };
        }
        for (const Assignment &a : std::as_const(inSlot)) {
            if (!kept.contains(a.id) && !replaced.contains(a.id)) {
                replaced.insert(a.id);
                ++m_report.toChange;
                const Id id = a.id;
                // Given up before the new holders are written.
                slotOps.prepend([this, id]() { return m_periods.unassign(id); });
            }
        }
    }
    m_ops += slotOps;
    return {};
}

Status Run::apply()
{
    m_newPeopleIds = QList<Id>(m_newPeople.size(), NoId);
    for (const auto &op : std::as_const(m_ops)) {
        if (m_request.cancel && m_request.cancel->load())
            return Error(Error::Code::Cancelled, tr("The import was cancelled."));
        if (const Status s = op(); !s)
            return s;
    }
    if (m_inserter)
        m_inserter->finish(); // no statement may still run when the transaction commits
    QJsonObject after {{QStringLiteral("file"), m_report.file},
                       {QStringLiteral("kind"), ImportMapping::kindKey(m_report.kind)},
                       {QStringLiteral("rowsRead"), m_report.rowsRead},
                       {QStringLiteral("added"), m_report.toAdd},
                       {QStringLiteral("changed"), m_report.toChange},
                       {QStringLiteral("unchanged"), m_report.unchanged},
                       {QStringLiteral("skippedRows"), m_report.skippedRows},
                       {QStringLiteral("backup"), m_report.backupPath}};
    if (!m_report.sheet.isEmpty())
        after.insert(QStringLiteral("sheet"), m_report.sheet);
    if (m_request.periodId != NoId)
        after.insert(QStringLiteral("periodId"), m_request.periodId);
    return m_db.audit(QStringLiteral("import"), ImportMapping::kindKey(m_report.kind), NoId, {},
                      QString::fromUtf8(QJsonDocument(after).toJson(QJsonDocument::Compact)));
}

} // namespace

QString ImportIssue::location() const
{
    QString text = file;
    if (!sheet.isEmpty())
        text += Importer::tr(", sheet “%1”").arg(sheet);
    if (row > 0)
        text += Importer::tr(", row %1").arg(row);
    if (column >= 0)
        text += Importer::tr(", column %1").arg(ImportTable::columnLetter(column));
    return text;
}

QString ImportIssue::text() const
{
    return location() + QStringLiteral(": ") + message;
}

int ImportReport::errorCount() const
{
    return int(std::count_if(issues.cbegin(), issues.cend(), [](const ImportIssue &i) {
        return i.severity == ImportIssue::Severity::Error;
    }));
}

int ImportReport::warningCount() const
{
    return int(issues.size()) - errorCount();
}

QJsonObject ImportReport::toJson() const
{
    QJsonArray errors;
    QJsonArray warnings;
    for (const ImportIssue &i : issues) {
        QJsonObject o {{QStringLiteral("file"), i.file},
                       {QStringLiteral("row"), i.row},
                       {QStringLiteral("message"), i.message},
                       {QStringLiteral("text"), i.text()}};
        if (!i.sheet.isEmpty())
            o.insert(QStringLiteral("sheet"), i.sheet);
        if (i.column >= 0)
            o.insert(QStringLiteral("column"), ImportTable::columnLetter(i.column));
        (i.severity == ImportIssue::Severity::Error ? errors : warnings).append(o);
    }
    QJsonObject o {{QStringLiteral("kind"), ImportMapping::kindKey(kind)},
                   {QStringLiteral("file"), file},
                   {QStringLiteral("rowsRead"), rowsRead},
                   {QStringLiteral("toAdd"), toAdd},
                   {QStringLiteral("toChange"), toChange},
                   {QStringLiteral("unchanged"), unchanged},
                   {QStringLiteral("skippedRows"), skippedRows},
                   {QStringLiteral("errors"), errors},
                   {QStringLiteral("warnings"), warnings},
                   {QStringLiteral("applied"), applied}};
    if (!sheet.isEmpty())
        o.insert(QStringLiteral("sheet"), sheet);
    if (!encoding.isEmpty())
        o.insert(QStringLiteral("encoding"), encoding);
    if (!backupPath.isEmpty())
        o.insert(QStringLiteral("backup"), backupPath);
    return o;
}

QString ImportReport::summary() const
{
    QStringList lines;
    lines << Importer::tr("%1: %n row(s) read.", nullptr, rowsRead)
                 .arg(sheet.isEmpty() ? file : Importer::tr("%1, sheet “%2”").arg(file, sheet));
    lines << Importer::tr("To add: %1. To change: %2. Unchanged: %3.")
                 .arg(toAdd)
                 .arg(toChange)
                 .arg(unchanged);
    if (skippedRows > 0)
        lines << Importer::tr("Rows skipped because of errors: %1.").arg(skippedRows);
    for (const ImportIssue &i : issues)
        lines << (i.severity == ImportIssue::Severity::Error ? Importer::tr("Error: %1")
                                                             : Importer::tr("Warning: %1"))
                     .arg(i.text());
    if (applied)
        lines << Importer::tr("Imported. A backup of the database before the import: %1")
                     .arg(backupPath);
    else if (errorCount() > 0)
        lines << Importer::tr(
            "Nothing was imported: correct the errors, or choose to skip the rows in error.");
    else
        lines << Importer::tr("Dry run: nothing was imported.");
    return lines.join(u'\n');
}

Importer::Importer(Database &database)
    : m_db(database)
{
}

Result<ImportTable> Importer::readTable(const QString &path, const QString &sheet)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    bool zip = suffix == QLatin1String("xlsx") || suffix == QLatin1String("xlsm");
    if (suffix != QLatin1String("csv") && suffix != QLatin1String("txt") && !zip) {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            zip = file.read(4) == QByteArray("PK\x03\x04");
    }
    if (zip)
        return XlsxReader::read(path, sheet);
    return CsvReader::readFile(path);
}

Result<ImportReport> Importer::run(const ImportRequest &given)
{
    // A DutyDesk template names its own period and unit.
    const Result<ImportRequest> completed = TemplateExport::completed(m_db, given);
    if (!completed)
        return completed.error();
    const ImportRequest &request = completed.value();
    const Result<ImportTable> table = readTable(request.path, request.sheet);
    if (!table)
        return table.error();
    QStringList roleNames;
    if (request.kind == ImportKind::Roster && request.periodId != NoId) {
        const Result<QList<DutyRole>> roles = PeriodStore(m_db).roles(request.periodId);
        if (!roles)
            return roles.error();
        for (const DutyRole &role : roles.value())
            roleNames << role.name;
    }
    const Result<ImportMapping> mapping = request.mapping
        ? Result<ImportMapping>(*request.mapping)
        : ImportMapping::recognise(table.value(), request.kind, roleNames);
    if (!mapping)
        return mapping.error();
    if (mapping->headerRow < 0 || mapping->headerRow >= table->rows.size())
        return Error(Error::Code::Invalid,
                     tr("%1: the header row is not in the file.").arg(table->file));

    ImportReport report;
    report.kind = request.kind;
    report.file = table->file;
    report.sheet = table->sheet;
    report.encoding = table->encoding;
    Run run(m_db, request, table.value(), mapping.value(), report);
    if (const Status s = run.check(); !s)
        return s.error();
    if (request.dryRun || (report.errorCount() > 0 && !request.skipRowsInError))
        return report;

    const Result<QString> backup = Backups::create(m_db, QStringLiteral("import"));
    if (!backup)
        return Error(backup.error().code(),
                     tr("No backup could be made before the import, so nothing was imported: %1")
                         .arg(backup.message()));
    report.backupPath = backup.value();
    const Status applied = m_db.transaction([&]() { return run.apply(); });
    if (!applied)
        return Error(applied.error().code(),
                     tr("%1: the import failed and nothing was imported: %2")
                         .arg(report.file, applied.message()));
    report.applied = true;
    return report;
}

} // namespace DutyDesk
