#include "SettingsStore.h"

#include "DomainJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace DutyDesk {

namespace {
const QString organisationKey = QStringLiteral("organisation");
} // namespace

SettingsStore::SettingsStore(Database &database)
    : m_db(database)
{
}

Result<QString> SettingsStore::value(const QString &key, const QString &fallback) const
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    q.addBindValue(key);
    if (const Status s = m_db.exec(q); !s)
        return s.error();
    return q.next() ? q.value(0).toString() : fallback;
}

Status SettingsStore::setValue(const QString &key, const QString &value)
{
    return m_db.transaction([&]() -> Status {
        const Result<QString> before = this->value(key);
        if (!before)
            return before.error();
        if (const Status s = m_db.exec(
                QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) "
                               "DO UPDATE SET value = excluded.value"),
                {key, value});
            !s)
            return s;
        return m_db.audit(QStringLiteral("update"), QStringLiteral("settings"), 0,
                          DomainJson::text(QJsonObject {{key, before.value()}}),
                          DomainJson::text(QJsonObject {{key, value}}));
    });
}

Result<OrganisationSettings> SettingsStore::organisation() const
{
    const Result<QString> text = value(organisationKey);
    if (!text)
        return text.error();
    const QJsonObject o = QJsonDocument::fromJson(text->toUtf8()).object();
    OrganisationSettings s;
    s.parentAgency = o.value(QStringLiteral("parent_agency")).toString();
    s.issuingAgency = o.value(QStringLiteral("issuing_agency")).toString();
    s.documentSymbol = o.value(QStringLiteral("document_symbol")).toString();
    s.placeName = o.value(QStringLiteral("place_name")).toString();
    s.signerAuthority = o.value(QStringLiteral("signer_authority")).toString();
    s.signerTitle = o.value(QStringLiteral("signer_title")).toString();
    s.signerName = o.value(QStringLiteral("signer_name")).toString();
    for (const QJsonValue &recipient : o.value(QStringLiteral("recipients")).toArray())
        s.recipients << recipient.toString();
    return s;
}

Status SettingsStore::setOrganisation(const OrganisationSettings &s)
{
    const QJsonObject o {{QStringLiteral("parent_agency"), s.parentAgency.trimmed()},
                         {QStringLiteral("issuing_agency"), s.issuingAgency.trimmed()},
                         {QStringLiteral("document_symbol"), s.documentSymbol.trimmed()},
                         {QStringLiteral("place_name"), s.placeName.trimmed()},
                         {QStringLiteral("signer_authority"), s.signerAuthority.trimmed()},
                         {QStringLiteral("signer_title"), s.signerTitle.trimmed()},
                         {QStringLiteral("signer_name"), s.signerName.trimmed()},
                         {QStringLiteral("recipients"), QJsonArray::fromStringList(s.recipients)}};
    return setValue(organisationKey,
                    QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
}

} // namespace DutyDesk
