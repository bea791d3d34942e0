#pragma once

#include "Database.h"
#include "Domain.h"
#include "Result.h"

#include <QCoreApplication>

namespace DutyDesk {

/// Finds a unit or a period from what a user typed: an id, or a name typed
/// with or without diacritics ("hong bang" finds "Phòng GD&ĐT quận Hồng Bàng").
/// An exact name wins; otherwise the text must match one record only.
class Lookup
{
    Q_DECLARE_TR_FUNCTIONS(DutyDesk::Lookup)
public:
    static Result<Unit> unit(Database &db, const QString &text);
    static Result<DutyPeriod> period(Database &db, const QString &text);
};

} // namespace DutyDesk
