#pragma once

#include "JobControl.h"

#include <QCoreApplication>
#include <QProgressDialog>

#include <atomic>

class QPushButton;

namespace DutyDesk {

/// The window-modal progress dialog with Cancel of a job that runs on a worker
/// thread (an export, an import, an auto-fill, printing), and the JobControl
/// that feeds it from there: progress is handed to the dialog's thread, Cancel
/// sets the job's flag. The bar is busy until the job reports a total. Once
/// cancelled the dialog stays up, saying it is stopping, until the job has
/// stopped, so that nothing is clicked meanwhile.
class JobProgress
{
    Q_DECLARE_TR_FUNCTIONS(DutyDesk::JobProgress)
public:
    JobProgress(const QString &label, const QString &title, const QString &objectName,
                QWidget *parent);
    JobProgress(const JobProgress &) = delete;
    JobProgress &operator=(const JobProgress &) = delete;

    QProgressDialog *dialog() { return &m_dialog; }
    QPushButton *cancelButton() const { return m_cancelButton; }
    JobControl &control() { return m_control; }
    bool cancelled() const { return m_cancel; }
    /// What the dialog says while a cancelled job stops ("Stopping…").
    void setStoppingText(const QString &text) { m_stoppingText = text; }

private:
    QProgressDialog m_dialog;
    QPushButton *m_cancelButton = nullptr;
    QString m_stoppingText;
    std::atomic_bool m_cancel {false};
    JobControl m_control;
};

} // namespace DutyDesk
