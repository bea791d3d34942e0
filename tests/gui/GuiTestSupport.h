#pragma once

// Helpers shared by the GUI tests: literal UTF-8 text, and answering the next
// modal dialog from a test without ever leaving it hanging.

#include <QApplication>
#include <QDeadlineTimer>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QStringList>
#include <QTimer>

#include <functional>
#include <type_traits>
#include <utility>

namespace GuiTestSupport {

inline QString u8(const char *text)
{
    return QString::fromUtf8(text);
}

/// Runs `act` on the next modal dialog of type D once it shows; a dialog that
/// `act` left open is then accepted through its OK button when it has an
/// enabled one, else rejected, so that a failing test never hangs.
template<typename D = QDialog> void whenDialogShows(std::function<void(D *)> act)
{
    QTimer::singleShot(0, [act] {
        auto *dialog = qobject_cast<D *>(QApplication::activeModalWidget());
        if (!dialog) {
            qWarning("no modal dialog of the expected kind");
            if (auto *other = qobject_cast<QDialog *>(QApplication::activeModalWidget()))
                other->reject();
            return;
        }
        act(dialog);
        if (!dialog->isVisible())
            return;
        auto *box = dialog->template findChild<QDialogButtonBox *>();
        QPushButton *ok = box ? box->button(QDialogButtonBox::Ok) : nullptr;
        if (ok && ok->isEnabled())
            ok->click();
        else
            dialog->reject();
    });
}

/// Like whenDialogShows, for a dialog that comes after others: runs `act` on
/// the first modal dialog of type D to show within `waitMs`, while progress
/// dialogs and other dialogs come and go (each answered by its own handler).
/// The dialog is then rejected if still open, unless `leaveOpen`. Nothing
/// runs once `context` (the window under test) is gone.
template<typename D>
void whenDialogAppears(QObject *context, std::function<void(D *)> act, int waitMs = 20000,
                       bool leaveOpen = false)
{
    const QDeadlineTimer deadline(waitMs);
    QTimer::singleShot(10, context, [context, act, deadline, leaveOpen] {
        QWidget *modal = QApplication::activeModalWidget();
        auto *dialog = qobject_cast<D *>(modal);
        if (!dialog
            || (qobject_cast<QProgressDialog *>(modal) && !std::is_same_v<D, QProgressDialog>)) {
            if (!deadline.hasExpired()) {
                whenDialogAppears<D>(context, act, int(deadline.remainingTime()), leaveOpen);
                return;
            }
            qWarning("the expected dialog did not show");
            return;
        }
        act(dialog);
        if (!leaveOpen && dialog->isVisible())
            dialog->reject();
    });
}

/// The line edit called `name` in a dialog.
inline QLineEdit *edit(QWidget *dialog, const char *name)
{
    return dialog->findChild<QLineEdit *>(QString::fromLatin1(name));
}

/// A modal window nobody in the test answers would hang the run: every
/// `interval` ms the watchdog closes one (a progress dialog named in
/// `allowed` excepted) and keeps its text, for cleanup() to fail the test.
class ModalWatchdog
{
public:
    void start(int interval, const QStringList &allowed = {})
    {
        m_timer.setInterval(interval);
        QObject::connect(&m_timer, &QTimer::timeout, [this, allowed] {
            QWidget *modal = QApplication::activeModalWidget();
            if (!modal || allowed.contains(modal->objectName()))
                return;
            auto *box = qobject_cast<QMessageBox *>(modal);
            m_unexpected << (box ? box->text() : modal->objectName());
            qWarning("unexpected modal window: %s", qPrintable(m_unexpected.last()));
            if (auto *dialog = qobject_cast<QDialog *>(modal))
                dialog->reject();
        });
        m_timer.start();
    }
    /// What was closed since the last call.
    QStringList takeUnexpected() { return std::exchange(m_unexpected, {}); }

private:
    QTimer m_timer;
    QStringList m_unexpected;
};

} // namespace GuiTestSupport
