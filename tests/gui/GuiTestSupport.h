#pragma once

// Helpers shared by the GUI tests: literal UTF-8 text, and answering the next
// modal dialog from a test without ever leaving it hanging.

#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>

#include <functional>

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

/// The line edit called `name` in a dialog.
inline QLineEdit *edit(QWidget *dialog, const char *name)
{
    return dialog->findChild<QLineEdit *>(QString::fromLatin1(name));
}

} // namespace GuiTestSupport
