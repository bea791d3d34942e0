#pragma once

#include "Domain.h"

#include <QJsonArray>
#include <QJsonObject>

namespace DutyDesk {

/// JSON forms of the domain records: the audit log's before/after texts and
/// the command line's --json output share them.
class DomainJson
{
public:
    static QJsonObject toJson(const Unit &unit);
    static QJsonObject toJson(const Person &person);
    static QJsonObject toJson(const Hotline &hotline);
    static QJsonObject toJson(const DutyPeriod &period);
    static QJsonObject toJson(const Shift &shift);
    static QJsonObject toJson(const DutyRole &role);
    static QJsonObject toJson(const Assignment &assignment);
    static QJsonObject toJson(const Unavailability &unavailability);
    static QJsonObject toJson(const EscalationStep &step);
    static QJsonObject toJson(const DutyLogEntry &entry);

    /// A JSON array of records, each by its toJson().
    template<typename T> static QJsonArray toJsonArray(const QList<T> &records)
    {
        QJsonArray array;
        for (const T &record : records)
            array.append(toJson(record));
        return array;
    }

    /// Compact JSON text of an object, for the audit log.
    static QString text(const QJsonObject &object);
};

} // namespace DutyDesk
