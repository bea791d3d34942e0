#include "AuditModel.h"

#include "Format.h"
#include "Session.h"

namespace DutyDesk {

AuditModel::AuditModel(Session &session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
    , m_text(session)
{
    connect(&m_session, &Session::changed, this, [this] {
        if (m_active)
            reload();
        else
            m_stale = true;
    });
    connect(&m_session, &Session::aboutToClose, this, [this] {
        beginResetModel();
        m_rows.clear();
        m_truncated = false;
        endResetModel();
    });
}

void AuditModel::setActive(bool active)
{
    m_active = active;
    if (active && m_stale)
        reload();
}

void AuditModel::setFilter(const AuditLog::Filter &filter)
{
    m_filter = filter;
    reload();
}

void AuditModel::reload()
{
    m_stale = false;
    beginResetModel();
    m_rows.clear();
    m_truncated = false;
    m_text.clear();
    QString failure;
    if (m_session.isOpen()) {
        AuditLog::Filter filter = m_filter;
        filter.newestFirst = true;
        filter.limit = MaxRows + 1;
        const Result<QList<AuditRecord>> records = AuditLog(m_session.database()).records(filter);
        if (records) {
            for (const AuditRecord &record : records.value()) {
                if (m_rows.size() == MaxRows) {
                    m_truncated = true;
                    break;
                }
                m_rows.append({record, m_text.subject(record), m_text.changes(record)});
            }
        } else {
            failure = records.message();
        }
    }
    endResetModel();
    if (!failure.isEmpty())
        emit loadFailed(failure);
}

const AuditRecord *AuditModel::record(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row).record : nullptr;
}

QStringList AuditModel::changes(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).changes : QStringList();
}

int AuditModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AuditModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    if (role == RecordIdRole)
        return row.record.id;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case WhenColumn:
            return row.record.at.toString(QStringLiteral("dd/MM/yyyy HH:mm:ss"));
        case UserColumn:
            return row.record.user;
        case ActionColumn:
            return AuditText::action(row.record.action);
        case SubjectColumn:
            return row.subject;
        case ChangesColumn:
            return row.changes.join(QStringLiteral("; "));
        }
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == ChangesColumn || index.column() == SubjectColumn)
            return (QStringList {QString(row.subject + QLatin1Char(':'))} + row.changes)
                .join(QLatin1Char('\n'));
        if (index.column() == WhenColumn)
            return QString(Format::dateWithWeekday(row.record.at.date()) + QLatin1Char(' ')
                           + Format::time(row.record.at.time()));
    }
    return {};
}

QVariant AuditModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case WhenColumn:
        return tr("When");
    case UserColumn:
        return tr("Who");
    case ActionColumn:
        return tr("Action");
    case SubjectColumn:
        return tr("What");
    case ChangesColumn:
        return tr("Before → after");
    }
    return {};
}

} // namespace DutyDesk
