#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

class QWidget;

namespace DutyDesk {

/// Every question the application asks goes through here, so that a test can
/// answer it in advance (setNextAnswer) instead of facing a modal dialog.
/// Button texts are our own tr() strings: Debian ships no Vietnamese Qt
/// translation, and the standard buttons would otherwise stay in English.
class MessageBox
{
    Q_DECLARE_TR_FUNCTIONS(DutyDesk::MessageBox)
public:
    enum Button : int {
        NoButton = 0,
        Ok = 1 << 0,
        Cancel = 1 << 1,
        Yes = 1 << 2,
        No = 1 << 3,
        Delete = 1 << 4,
        Close = 1 << 5,
        // Custom answers
        StartEmpty = 1 << 10,
        ExploreSample = 1 << 11,
        Deactivate = 1 << 12,
    };
    using Buttons = int;

    static Button question(QWidget *parent, const QString &title, const QString &text,
                           Buttons buttons = Yes | No, Button defaultButton = NoButton);
    static Button warning(QWidget *parent, const QString &title, const QString &text,
                          Buttons buttons = Ok, Button defaultButton = NoButton);
    static Button critical(QWidget *parent, const QString &title, const QString &text,
                           Buttons buttons = Ok, Button defaultButton = NoButton);
    static Button information(QWidget *parent, const QString &title, const QString &text,
                              Buttons buttons = Ok, Button defaultButton = NoButton);

    /// Tests: the next message box returns `answer` at once without showing.
    /// Answers the next message box (several calls answer the next ones in turn).
    static void setNextAnswer(Button answer);
    /// Tests: the text of the last message box, answered or shown.
    static QString lastText();

    static QString buttonText(Button button);

private:
    enum class Kind { Question, Warning, Critical, Information };
    static Button ask(Kind kind, QWidget *parent, const QString &title, const QString &text,
                      Buttons buttons, Button defaultButton);
};

} // namespace DutyDesk
