#pragma once

// Builders shared by the roster tests (check, auto-fill, copy, edit): a fresh
// database in a temporary folder and one-line helpers for units, people,
// periods, shifts, roles and slots. A failing builder aborts the test with
// the store's message: the data of a test is never half made.

#include "Database.h"
#include "DirectoryStore.h"
#include "PeriodStore.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace RosterFixture {

using namespace DutyDesk;

template<typename T> T must(Result<T> result, const char *what)
{
    if (!result)
        qFatal("%s failed: %s", what, qPrintable(result.message()));
    return std::move(result).value();
}

inline void must(const Status &status, const char *what)
{
    if (!status)
        qFatal("%s failed: %s", what, qPrintable(status.message()));
}

inline QDate day(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

inline QTime at(const char *hhmm)
{
    return QTime::fromString(QString::fromLatin1(hhmm), QStringLiteral("HH:mm"));
}

/// Every kind a unit can have but External, each needing `count` people.
inline QList<RoleRequirement> everyKind(int count)
{
    return {{UnitKind::Department, count},     {UnitKind::AgencyOffice, count},
            {UnitKind::DistrictOffice, count}, {UnitKind::School, count},
            {UnitKind::Centre, count},         {UnitKind::Affiliated, count},
            {UnitKind::External, count}};
}

class Fixture
{
public:
    Fixture()
        : dir(std::make_unique<QTemporaryDir>())
    {
        if (!dir->isValid())
            qFatal("no temporary folder");
        path = dir->filePath(QStringLiteral("roster.db"));
        must(db.open(path), "open");
    }

    Id unit(const QString &name, UnitKind kind = UnitKind::School, bool active = true)
    {
        Unit u;
        u.name = name;
        u.kind = kind;
        u.active = active;
        u.sortOrder = ++m_units;
        return must(directory.addUnit(u), "addUnit").id;
    }

    /// A person with a valid mobile number unless `phone` is given ("" for none).
    Id person(Id unitId, const QString &name, bool leader = false, bool active = true,
              const QString &phone = QStringLiteral("auto"))
    {
        Person p;
        p.unitId = unitId;
        p.fullName = name;
        p.leader = leader;
        p.active = active;
        const QString number = phone == QLatin1String("auto")
            ? QStringLiteral("0904%1").arg(++m_people, 6, 10, QLatin1Char('0'))
            : phone;
        if (!number.isEmpty())
            p.phones << PhoneEntry {NoId, PhoneKind::Mobile, number};
        return must(directory.addPerson(p), "addPerson").id;
    }

    Id period(const QString &title, const QDate &first, const QDate &last)
    {
        DutyPeriod p;
        p.title = title;
        p.firstDay = first;
        p.lastDay = last;
        return must(periods.addPeriod(p), "addPeriod").id;
    }

    Id shift(Id periodId, const QString &name, const char *start, const char *end, int order = 0)
    {
        Shift s;
        s.periodId = periodId;
        s.name = name;
        s.start = at(start);
        s.end = at(end);
        s.sortOrder = order;
        return must(periods.addShift(s), "addShift").id;
    }

    Id role(Id periodId, const QString &name, bool leader = false, int count = 1, int order = 0)
    {
        DutyRole r;
        r.periodId = periodId;
        r.name = name;
        r.leaderRole = leader;
        r.sortOrder = order;
        r.requirements = everyKind(count);
        return must(periods.addRole(r), "addRole").id;
    }

    /// A slot, conflicts allowed (the tests build clashes on purpose).
    Id assign(Id periodId, Id unitId, const QDate &d, Id shiftId, Id roleId, Id personId,
              PeriodStore::ConflictPolicy policy = PeriodStore::ConflictPolicy::Allow)
    {
        Assignment a;
        a.periodId = periodId;
        a.unitId = unitId;
        a.day = d;
        a.shiftId = shiftId;
        a.roleId = roleId;
        a.personId = personId;
        return must(periods.assign(a, policy), "assign").id;
    }

    Id assignFree(Id periodId, Id unitId, const QDate &d, Id shiftId, Id roleId,
                  const QString &name, const QString &phone = {})
    {
        Assignment a;
        a.periodId = periodId;
        a.unitId = unitId;
        a.day = d;
        a.shiftId = shiftId;
        a.roleId = roleId;
        a.freeName = name;
        a.freePhone = phone;
        return must(periods.assign(a, PeriodStore::ConflictPolicy::Allow), "assign").id;
    }

    Id away(Id personId, const QDate &first, const QDate &last, const QString &reason = {})
    {
        Unavailability u;
        u.personId = personId;
        u.firstDay = first;
        u.lastDay = last;
        u.reason = reason;
        return must(periods.addUnavailability(u), "addUnavailability").id;
    }

    int count(const QString &sql, const QVariantList &values = {})
    {
        QSqlQuery q = db.prepare(sql);
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (!q.exec() || !q.next())
            qFatal("count failed: %s", qPrintable(sql));
        return q.value(0).toInt();
    }

    std::unique_ptr<QTemporaryDir> dir;
    QString path;
    Database db;
    DirectoryStore directory {db};
    PeriodStore periods {db};

private:
    int m_units = 0;
    int m_people = 0;
};

} // namespace RosterFixture
