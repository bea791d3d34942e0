#pragma once

#include "Database.h"
#include "Domain.h"
#include "Result.h"

#include <QCoreApplication>

namespace DutyDesk {

/// Settings kept in the database file, so every desk that opens it prints the
/// same organisation texts: the organisation block and a few shared options.
class SettingsStore
{
    Q_DECLARE_TR_FUNCTIONS(DutyDesk::SettingsStore)
public:
    explicit SettingsStore(Database &database);

    Result<QString> value(const QString &key, const QString &fallback = {}) const;
    Status setValue(const QString &key, const QString &value);

    Result<OrganisationSettings> organisation() const;
    Status setOrganisation(const OrganisationSettings &settings);

private:
    Database &m_db;
};

} // namespace DutyDesk
