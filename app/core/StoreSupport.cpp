#include "StoreSupport.h"

#include <QSqlQuery>

namespace DutyDesk {

Status StoreSupport::execReturningId(const Database &db, QSqlQuery &query, Id &id)
{
    if (const Status s = db.exec(query); !s)
        return s;
    if (!query.next())
        return Error(Error::Code::Database, tr("The new record received no id."));
    id = query.value(0).toLongLong();
    query.finish();
    return {};
}

Error StoreSupport::staleError(const QString &what)
{
    return Error(Error::Code::Conflict,
                 tr("“%1” was changed or deleted elsewhere since it was opened. Your change was "
                    "not saved; the view has been reloaded.")
                     .arg(what));
}

} // namespace DutyDesk
