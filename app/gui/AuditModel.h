#pragma once

#include "AuditLog.h"
#include "AuditText.h"

#include <QAbstractTableModel>

namespace DutyDesk {

class Session;

/// The audit log as the history view shows it, newest first: when, who, what
/// was done to which record, and the changes in words. At most MaxRows
/// records are read; truncated() tells when there were more.
class AuditModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { WhenColumn, UserColumn, ActionColumn, SubjectColumn, ChangesColumn, ColumnCount };
    enum Role { RecordIdRole = Qt::UserRole + 1 };
    static constexpr int MaxRows = 2000;

    explicit AuditModel(Session &session, QObject *parent = nullptr);

    /// While inactive (its view hidden) a change only marks the rows stale;
    /// they are read again when it becomes active.
    void setActive(bool active);
    void setFilter(const AuditLog::Filter &filter);
    const AuditLog::Filter &filter() const { return m_filter; }
    bool truncated() const { return m_truncated; }
    const AuditRecord *record(int row) const;
    /// The readable lines of a row's changes.
    QStringList changes(int row) const;
    void reload();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    void loadFailed(const QString &message);

private:
    struct Row
    {
        AuditRecord record;
        QString subject;
        QStringList changes;
    };

    Session &m_session;
    AuditText m_text;
    AuditLog::Filter m_filter;
    QList<Row> m_rows;
    bool m_truncated = false;
    bool m_active = true;
    bool m_stale = false;
};

} // namespace DutyDesk
