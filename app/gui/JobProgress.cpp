#include "JobProgress.h"

namespace DutyDesk {

JobProgress::JobProgress(const QString &label, const QString &title, const QString &objectName,
                         QWidget *parent)
    : m_dialog(label, tr("Cancel"), 0, 1000, parent)
{
    m_dialog.setObjectName(objectName);
    m_dialog.setWindowTitle(title);
    m_dialog.setWindowModality(Qt::WindowModal);
    m_dialog.setMinimumDuration(300);
    m_dialog.setAutoClose(false);
    m_dialog.setAutoReset(false);
    QObject::connect(&m_dialog, &QProgressDialog::canceled, &m_dialog, [this] { m_cancel = true; });
    m_control.cancel = &m_cancel;
    // Called on the worker thread: hand the numbers to the dialog's thread.
    QProgressDialog *dialog = &m_dialog;
    m_control.progress = [dialog](int done, int total) {
        QMetaObject::invokeMethod(
            dialog,
            [dialog, done, total] {
                dialog->setMaximum(qMax(1, total));
                dialog->setValue(qMin(done, total));
            },
            Qt::QueuedConnection);
    };
}

} // namespace DutyDesk
