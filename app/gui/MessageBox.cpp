#include "MessageBox.h"

#include <QHash>
#include <QMessageBox>
#include <QPushButton>

namespace DutyDesk {

namespace {
// Answers given in advance, in the order the questions will come.
QList<MessageBox::Button> s_nextAnswers;
QString s_lastText;

QMessageBox::ButtonRole roleOf(MessageBox::Button button)
{
    switch (button) {
    case MessageBox::Cancel:
    case MessageBox::Close:
        return QMessageBox::RejectRole;
    case MessageBox::No:
        return QMessageBox::NoRole;
    case MessageBox::Yes:
        return QMessageBox::YesRole;
    case MessageBox::Delete:
        return QMessageBox::DestructiveRole;
    default:
        return QMessageBox::AcceptRole;
    }
}
} // namespace

QString MessageBox::buttonText(Button button)
{
    switch (button) {
    case Ok:
        return tr("OK");
    case Cancel:
        return tr("Cancel");
    case Yes:
        return tr("Yes");
    case No:
        return tr("No");
    case Delete:
        return tr("Delete");
    case Close:
        return tr("Close");
    case StartEmpty:
        return tr("Start empty");
    case ExploreSample:
        return tr("Explore the sample");
    case Deactivate:
        return tr("Deactivate");
    case NoButton:
        break;
    }
    return {};
}

void MessageBox::setNextAnswer(Button answer)
{
    s_nextAnswers.append(answer);
}

QString MessageBox::lastText()
{
    return s_lastText;
}

MessageBox::Button MessageBox::question(QWidget *parent, const QString &title, const QString &text,
                                        Buttons buttons, Button defaultButton)
{
    return ask(Kind::Question, parent, title, text, buttons, defaultButton);
}

MessageBox::Button MessageBox::warning(QWidget *parent, const QString &title, const QString &text,
                                       Buttons buttons, Button defaultButton)
{
    return ask(Kind::Warning, parent, title, text, buttons, defaultButton);
}

MessageBox::Button MessageBox::critical(QWidget *parent, const QString &title, const QString &text,
                                        Buttons buttons, Button defaultButton)
{
    return ask(Kind::Critical, parent, title, text, buttons, defaultButton);
}

MessageBox::Button MessageBox::information(QWidget *parent, const QString &title,
                                           const QString &text, Buttons buttons,
                                           Button defaultButton)
{
    return ask(Kind::Information, parent, title, text, buttons, defaultButton);
}

MessageBox::Button MessageBox::ask(Kind kind, QWidget *parent, const QString &title,
                                   const QString &text, Buttons buttons, Button defaultButton)
{
    s_lastText = text;
    if (!s_nextAnswers.isEmpty()) {
        const Button answer = s_nextAnswers.takeFirst();
        return answer;
    }

    QMessageBox box(parent);
    box.setObjectName(QStringLiteral("messageBox"));
    box.setWindowTitle(title);
    box.setText(text);
    switch (kind) {
    case Kind::Question:
        box.setIcon(QMessageBox::Question);
        break;
    case Kind::Warning:
        box.setIcon(QMessageBox::Warning);
        break;
    case Kind::Critical:
        box.setIcon(QMessageBox::Critical);
        break;
    case Kind::Information:
        box.setIcon(QMessageBox::Information);
        break;
    }
    QHash<QAbstractButton *, Button> answers;
    for (int bit = 0; bit < 16; ++bit) {
        const auto button = Button(1 << bit);
        if (!(buttons & button))
            continue;
        QPushButton *pushButton = box.addButton(buttonText(button), roleOf(button));
        answers.insert(pushButton, button);
        if (button == defaultButton)
            box.setDefaultButton(pushButton);
        if (button == Cancel || button == Close || (button == No && !(buttons & Cancel)))
            box.setEscapeButton(pushButton);
    }
    box.exec();
    return answers.value(box.clickedButton(), Cancel);
}

} // namespace DutyDesk
