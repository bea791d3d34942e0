#include "Format.h"

#include "PhoneNumber.h"
#include "Translations.h"

#include <QDialogButtonBox>
#include <QPushButton>

namespace DutyDesk {

QLocale Format::locale()
{
    return Translations::current() == QLatin1String("vi")
        ? QLocale(QLocale::Vietnamese, QLocale::Vietnam)
        : QLocale(QLocale::English, QLocale::UnitedKingdom);
}

QString Format::date(const QDate &date)
{
    return date.isValid() ? date.toString(QStringLiteral("dd/MM/yyyy")) : QString();
}

QString Format::dateWithWeekday(const QDate &date)
{
    if (!date.isValid())
        return {};
    QString weekday = locale().dayName(date.dayOfWeek(), QLocale::LongFormat);
    if (!weekday.isEmpty())
        weekday[0] = weekday.at(0).toUpper();
    return tr("%1, %2", "weekday, date").arg(weekday, Format::date(date));
}

QString Format::dateTime(const QDateTime &dateTime)
{
    return dateTime.isValid() ? dateTime.toString(QStringLiteral("dd/MM/yyyy HH:mm")) : QString();
}

QString Format::time(const QTime &time)
{
    return time.isValid() ? time.toString(QStringLiteral("HH:mm")) : QString();
}

QString Format::phone(const QString &e164)
{
    return PhoneNumber::displayStored(e164);
}

QString Format::minutes(int minutes)
{
    return tr("%n min", "wait before the next step", minutes);
}

void Format::translateButtons(QDialogButtonBox *box)
{
    const QList<QPair<QDialogButtonBox::StandardButton, QString>> texts = {
        {QDialogButtonBox::Ok, tr("OK")},       {QDialogButtonBox::Cancel, tr("Cancel")},
        {QDialogButtonBox::Save, tr("Save")},   {QDialogButtonBox::Close, tr("Close")},
        {QDialogButtonBox::Apply, tr("Apply")}, {QDialogButtonBox::Yes, tr("Yes")},
        {QDialogButtonBox::No, tr("No")},
    };
    for (const auto &[which, text] : texts) {
        if (QPushButton *button = box->button(which))
            button->setText(text);
    }
}

} // namespace DutyDesk
