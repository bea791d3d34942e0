#pragma once

#include "Backups.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableView;

namespace DutyDesk {

class BackupListModel;

/// File ▸ Restore from Backup: the backups of the open database, newest
/// first, with when and why each was made, its size, what it holds and
/// whether it is sound. Only a sound backup can be chosen; the main window
/// asks for confirmation and does the restore.
class RestoreBackupDialog : public QDialog
{
    Q_OBJECT
public:
    explicit RestoreBackupDialog(const QString &databasePath, QWidget *parent = nullptr);

    BackupListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    /// Selects the backup at `backupPath`; false when it is missing or damaged.
    bool choose(const QString &backupPath);
    /// The chosen backup (valid after the dialog was accepted).
    std::optional<Backups::Entry> chosen() const;

private:
    void updateChoice();

    BackupListModel *m_model;
    QTableView *m_view;
    QLabel *m_details;
    QPushButton *m_restore;
};

} // namespace DutyDesk
