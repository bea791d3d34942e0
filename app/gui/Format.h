#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QString>

class QDialogButtonBox;

namespace DutyDesk {

/// How dates, times and numbers look on screen: dd/MM/yyyy and Vietnamese
/// weekday names when the interface speaks Vietnamese.
class Format
{
    Q_DECLARE_TR_FUNCTIONS(DutyDesk::Format)
public:
    /// The locale of the interface language.
    static QLocale locale();
    static QString date(const QDate &date);
    /// "Chủ Nhật, 30/04/2023"
    static QString dateWithWeekday(const QDate &date);
    static QString dateTime(const QDateTime &dateTime);
    static QString time(const QTime &time);
    static QString dateTimeEditFormat() { return QStringLiteral("dd/MM/yyyy HH:mm"); }
    /// A stored number the Vietnamese way: "0904 185 683".
    static QString phone(const QString &e164);
    static QString minutes(int minutes);
    /// Gives the standard buttons our own (translated) texts.
    static void translateButtons(QDialogButtonBox *box);
};

} // namespace DutyDesk
