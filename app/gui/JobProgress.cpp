#include "JobProgress.h"

#include <QPushButton>

namespace DutyDesk {

JobProgress::JobProgress(const QString &label, const QString &title, const QString &objectName,
                         QWidget *parent)
    : m_dialog(label, QString(), 0, 0, parent)
    , m_stoppingText(tr("Stopping…"))
{
    m_dialog.setObjectName(objectName);
    m_dialog.setWindowTitle(title);
    m_dialog.setWindowModality(Qt::WindowModal);
    m_dialog.setMinimumDuration(300);
    m_dialog.setAutoClose(false);
    m_dialog.setAutoReset(false);
    m_cancelButton = new QPushButton(tr("Cancel"), &m_dialog);
    m_dialog.setCancelButton(m_cancelButton);
    QObject::connect(&m_dialog, &QProgressDialog::canceled, &m_dialog, [this] {
        m_cancel = true;
        // The dialog has hidden itself: it comes back, busy, until the worker
        // has stopped (and rolled back what it began).
        m_cancelButton->setEnabled(false);
        m_dialog.setLabelText(m_stoppingText);
        m_dialog.setRange(0, 0);
        m_dialog.show();
    });
    m_control.cancel = &m_cancel;
    // Called on the worker thread: hand the numbers to the dialog's thread.
    m_control.progress = [this](int done, int total) {
        QMetaObject::invokeMethod(
            &m_dialog,
            [this, done, total] {
                if (m_cancel)
                    return;
                m_dialog.setMaximum(qMax(1, total));
                m_dialog.setValue(qMin(done, total));
            },
            Qt::QueuedConnection);
    };
}

} // namespace DutyDesk
