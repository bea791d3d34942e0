#pragma once

#include "JobControl.h"

#include <QCoreApplication>
#include <QProgressDialog>

#include <atomic>

namespace DutyDesk {

/// The window-modal progress dialog with Cancel of a job that runs on a worker
/// thread (an export, printing), and the JobControl that feeds it from there:
/// progress is handed to the dialog's thread, Cancel sets the job's flag.
class JobProgress
{
    Q_DECLARE_TR_FUNCTIONS(DutyDesk::JobProgress)
public:
    JobProgress(const QString &label, const QString &title, const QString &objectName,
                QWidget *parent);
    JobProgress(const JobProgress &) = delete;
    JobProgress &operator=(const JobProgress &) = delete;

    QProgressDialog *dialog() { return &m_dialog; }
    JobControl &control() { return m_control; }
    bool cancelled() const { return m_cancel; }

private:
    QProgressDialog m_dialog;
    std::atomic_bool m_cancel {false};
    JobControl m_control;
};

} // namespace DutyDesk
