#pragma once

#include "Domain.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QSet>

namespace DutyDesk {

class Session;

/// The audit log in words for the history view: what was done ("Changed"),
/// to what ("Person Nguyễn Văn An") and how ("Position: Hiệu trưởng → Phó
/// Hiệu trưởng"), with ids turned into the names of units, people, periods,
/// shifts and roles (read once, then remembered until clear()).
class AuditText
{
    Q_DECLARE_TR_FUNCTIONS(DutyDesk::AuditText)
public:
    explicit AuditText(Session &session);

    /// Forgets the names read so far (the data changed).
    void clear();

    static QString action(const QString &action);
    /// "duty roster", "people": what an import or an export was about.
    static QString kindName(const QString &key);
    QString subject(const AuditRecord &record);
    /// One line per changed field ("Field: old → new"); for an addition or a
    /// deletion, the fields it had.
    QStringList changes(const AuditRecord &record);

private:
    enum class Kind { Unit, Person, Hotline, Period, Shift, Role };
    QString name(Kind kind, Id id);
    /// Shifts and roles are named within the period of the record at hand.
    void setPeriodOf(const AuditRecord &record);
    QString fieldLabel(const QString &table, const QString &key) const;
    QString valueText(const QString &table, const QString &key, const QJsonValue &value);
    QStringList fields(const QString &table, const QJsonObject &object);
    QStringList differences(const QString &table, const QJsonObject &before,
                            const QJsonObject &after);

    Session &m_session;
    QHash<QPair<int, Id>, QString> m_names;
    QSet<Id> m_periodsRead;
    Id m_period = NoId;
};

} // namespace DutyDesk
