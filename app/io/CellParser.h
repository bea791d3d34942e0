#pragma once

#include "Domain.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace DutyDesk {

/// Reads cells the way people fill them in: several people with their
/// numbers in one cell ("Nguyễn Văn An - 0912.345.678",
/// "Đ/c Trần Thị Bình (PHT) 0912345678", two people separated by ";" or a
/// line break), dates ("30/4", "30/4/2023", "Thứ Bảy, 29/4/2023", Excel
/// serial numbers), weekdays and shifts (by name or by hours "07:30-17:00").
class CellParser
{
    Q_DECLARE_TR_FUNCTIONS(DutyDesk::CellParser)
public:
    /// One person named in a cell.
    struct PersonText
    {
        QString name;
        QString position; ///< "(PHT)" or ", Phó Hiệu trưởng" after the name
        QString phone; ///< E.164 when a valid number was written, else empty
        QString writtenPhone;
    };
    struct People
    {
        QList<PersonText> people;
        QStringList problems; ///< translated: numbers that are no valid phone number
    };

    /// The people of a cell.
    static People people(const QString &cell);

    /// The phone numbers of a cell ("0912.345.678 / 0225 3842 123"), as E.164;
    /// `problems` receives a message for each number that is not valid. A
    /// mobile number whose leading 0 a spreadsheet dropped (912345678) is
    /// read with it.
    static QStringList phones(const QString &cell, QStringList *problems = nullptr);

    /// A day. Without a year, the year is the one that puts the day inside
    /// [first, last] (a Tết period may span two years), else first's year.
    static std::optional<QDate> date(const QString &text, const QDate &first = {},
                                     const QDate &last = {});
    /// A weekday named in the text (1 = Monday … 7 = Sunday): "Thứ Bảy",
    /// "Thứ 7", "T7", "Chủ nhật", "CN", "Saturday".
    static std::optional<int> weekday(const QString &text);
    /// "Thứ Bảy" for 6: the Vietnamese name of a weekday.
    static QString weekdayName(int dayOfWeek);

    /// The index in `shifts` of the shift a cell names: by name ("Ca ngày",
    /// "ngày", "Ca 1" for the first), or by its hours ("07:30-17:00",
    /// "7h30 - 17h"). -1 when none.
    static int shiftIndex(const QString &text, const QList<Shift> &shifts);

    /// A person's name cleaned of titles (Đ/c, Ông, Bà), numbers and
    /// separators; the text in brackets goes to `position`.
    static QString cleanName(const QString &text, QString *position = nullptr);
};

} // namespace DutyDesk
