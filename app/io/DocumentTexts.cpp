#include "DocumentTexts.h"

#include "LunarCalendar.h"

#include <QDateTime>

namespace DutyDesk {

QString DocumentTexts::nationalTitle()
{
    return QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
}

QString DocumentTexts::nationalMotto()
{
    return QStringLiteral("Độc lập - Tự do - Hạnh phúc");
}

QString DocumentTexts::documentType()
{
    return QStringLiteral("THÔNG BÁO");
}

QString DocumentTexts::documentTypeCode()
{
    return QStringLiteral("TB");
}

QString DocumentTexts::numberLine(const QString &documentNumber, const QString &symbol)
{
    QString number = documentNumber.trimmed();
    // A number below 10 is zero-padded ("Số: 05/TB-…").
    bool isNumber = false;
    const int value = number.toInt(&isNumber);
    if (isNumber && value >= 0 && value < 10)
        number = QStringLiteral("0%1").arg(value);
    // A full reference typed into the period ("12/TB-SGDĐT-VP") is kept as it is.
    if (number.contains(QLatin1Char('/')))
        return QStringLiteral("Số: ") + number;
    if (number.isEmpty())
        number = QString(8, QChar(0x00A0)); // room to write the number by hand
    QString line = QStringLiteral("Số: ") + number + QLatin1Char('/') + documentTypeCode();
    if (!symbol.trimmed().isEmpty())
        line += QLatin1Char('-') + symbol.trimmed();
    return line;
}

QString DocumentTexts::datedPlaceLine(const QString &place, const QDate &date)
{
    if (!date.isValid()) {
        const QString blank(6, QChar(0x00A0));
        return QStringLiteral("%1, ngày%2tháng%2năm %3")
            .arg(place, blank, QString::number(QDate::currentDate().year()));
    }
    const QString day
        = date.day() < 10 ? QStringLiteral("0%1").arg(date.day()) : QString::number(date.day());
    const QString month = date.month() <= 2 ? QStringLiteral("0%1").arg(date.month())
                                            : QString::number(date.month());
    return QStringLiteral("%1, ngày %2 tháng %3 năm %4")
        .arg(place, day, month, QString::number(date.year()));
}

QString DocumentTexts::rosterSummary(const QString &periodTitle)
{
    QString title = periodTitle.trimmed();
    // A title that already says it ("Lịch trực Tết …") stays as it is, and
    // "Trực nghỉ Tết …" reads "Lịch trực nghỉ Tết …", not "Lịch trực trực …".
    const QString roster = QStringLiteral("Lịch trực");
    if (title.startsWith(roster, Qt::CaseInsensitive)
        && (title.size() == roster.size() || title.at(roster.size()).isSpace()))
        return title;
    const QString duty = QStringLiteral("Trực");
    if (title.startsWith(duty, Qt::CaseInsensitive) && title.size() > duty.size()
        && title.at(duty.size()).isSpace())
        title = title.mid(duty.size() + 1).trimmed();
    // "Nghỉ lễ …" reads "Lịch trực nghỉ lễ …"; a title starting with a name
    // (all capitals, a number, or Tết, a holiday's name) keeps its case.
    const bool tet
        = title.startsWith(QStringLiteral("Tết")) && (title.size() == 3 || !title.at(3).isLetter());
    if (!tet && title.size() > 1 && title.at(0).isUpper() && title.at(1).isLower())
        title[0] = title.at(0).toLower();
    return roster + QLatin1Char(' ') + title;
}

QString DocumentTexts::rosterBody(const QString &issuer, const QString &periodTitle,
                                  const QString &unitName)
{
    QString title = periodTitle.trimmed();
    if (title.size() > 1 && title.at(0).isUpper() && title.at(1).isLower())
        title[0] = title.at(0).toLower();
    QString body
        = QStringLiteral("Thực hiện nhiệm vụ trực, bảo đảm an ninh, an toàn trong dịp %1, ")
              .arg(title);
    body += issuer.isEmpty() ? QStringLiteral("cơ quan") : issuer;
    if (unitName.isEmpty())
        body += QStringLiteral(" thông báo lịch trực của các đơn vị như sau:");
    else
        body += QStringLiteral(" thông báo lịch trực của %1 như sau:").arg(unitName);
    return body;
}

QString DocumentTexts::recipientsHeading()
{
    return QStringLiteral("Nơi nhận:");
}

QString DocumentTexts::recipientLine(const QString &recipient, bool last)
{
    QString text = recipient.trimmed();
    if (text.startsWith(QLatin1Char('-')))
        text = text.mid(1).trimmed();
    if (!text.endsWith(QLatin1Char(';')) && !text.endsWith(QLatin1Char('.')))
        text += last ? QLatin1Char('.') : QLatin1Char(';');
    return QStringLiteral("- ") + text;
}

QString DocumentTexts::columnDay()
{
    return QStringLiteral("Ngày/Thứ");
}

QString DocumentTexts::columnShift()
{
    return QStringLiteral("Ca");
}

QString DocumentTexts::columnNote()
{
    return QStringLiteral("Ghi chú");
}

QString DocumentTexts::weekday(const QDate &date)
{
    switch (date.dayOfWeek()) {
    case 1:
        return QStringLiteral("Thứ Hai");
    case 2:
        return QStringLiteral("Thứ Ba");
    case 3:
        return QStringLiteral("Thứ Tư");
    case 4:
        return QStringLiteral("Thứ Năm");
    case 5:
        return QStringLiteral("Thứ Sáu");
    case 6:
        return QStringLiteral("Thứ Bảy");
    case 7:
        return QStringLiteral("Chủ nhật");
    default:
        return {};
    }
}

QString DocumentTexts::date(const QDate &date)
{
    return date.toString(QStringLiteral("dd/MM/yyyy"));
}

QString DocumentTexts::unitKindGroup(UnitKind kind)
{
    switch (kind) {
    case UnitKind::Department:
        return QStringLiteral("Cơ quan Sở");
    case UnitKind::AgencyOffice:
        return QStringLiteral("Các phòng cơ quan Sở");
    case UnitKind::DistrictOffice:
        return QStringLiteral("Phòng Giáo dục và Đào tạo các quận, huyện");
    case UnitKind::School:
        return QStringLiteral("Các trường trung học phổ thông");
    case UnitKind::Centre:
        return QStringLiteral("Các trung tâm GDNN-GDTX");
    case UnitKind::Affiliated:
        return QStringLiteral("Các đơn vị trực thuộc");
    case UnitKind::External:
        return QStringLiteral("Các đơn vị phối hợp");
    }
    return {};
}

QString DocumentTexts::romanNumeral(int number)
{
    static const std::pair<int, const char *> parts[]
        = {{1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"}, {100, "C"}, {90, "XC"}, {50, "L"},
           {40, "XL"},  {10, "X"},   {9, "IX"},  {5, "V"},    {4, "IV"},  {1, "I"}};
    QString result;
    for (const auto &[value, letters] : parts) {
        while (number >= value) {
            result += QLatin1String(letters);
            number -= value;
        }
    }
    return result;
}

QString DocumentTexts::tetLabel(const QDate &date)
{
    const Result<LunarDate> lunar = LunarCalendar::fromGregorian(date);
    if (!lunar)
        return {};
    const LunarDate &l = lunar.value();
    // The Tết season as people name it: from ông Công ông Táo (23 tháng Chạp)
    // to mùng 10 tháng Giêng.
    const bool tet = !l.leap && ((l.month == 1 && l.day <= 10) || (l.month == 12 && l.day >= 23));
    return tet ? LunarCalendar::shortTetLabel(l) : QString();
}

QString DocumentTexts::internalUseMark()
{
    return QStringLiteral("LƯU HÀNH NỘI BỘ");
}

QString DocumentTexts::callSheetTitle()
{
    return QStringLiteral("PHIẾU LIÊN LẠC TRỰC");
}

QString DocumentTexts::hotlinesHeading()
{
    return QStringLiteral("Đường dây nóng");
}

QString DocumentTexts::onDutyHeading()
{
    return QStringLiteral("Người trực theo ngày và ca");
}

QString DocumentTexts::escalationHeading()
{
    return QStringLiteral("Trình tự báo cáo khi có sự cố");
}

QString DocumentTexts::qrHeading()
{
    return QStringLiteral("Quét mã để lưu danh bạ");
}

QString DocumentTexts::printedOn(const QDateTime &moment)
{
    return QStringLiteral("In lúc %1").arg(moment.toString(QStringLiteral("HH:mm dd/MM/yyyy")));
}

QString DocumentTexts::waitBeforeNext(int minutes)
{
    return QStringLiteral("Sau %1 phút không liên lạc được: chuyển bước tiếp theo").arg(minutes);
}

QString DocumentTexts::roleStepNote()
{
    return QStringLiteral("người đang trực theo lịch");
}

QString DocumentTexts::nobodyOnDuty()
{
    return QStringLiteral("(chưa phân công)");
}

QString DocumentTexts::continuation()
{
    return QStringLiteral("(tiếp theo)");
}

QStringList DocumentTexts::rosterColumns()
{
    return {QStringLiteral("Đơn vị"),     QStringLiteral("Ngày"),      QStringLiteral("Thứ"),
            QStringLiteral("Âm lịch"),    QStringLiteral("Ca"),        QStringLiteral("Giờ"),
            QStringLiteral("Vai trò"),    QStringLiteral("Họ và tên"), QStringLiteral("Chức vụ"),
            QStringLiteral("Điện thoại"), QStringLiteral("Ghi chú")};
}

QStringList DocumentTexts::contactColumns()
{
    return {QStringLiteral("Đơn vị"),  QStringLiteral("Họ và tên"), QStringLiteral("Chức vụ"),
            QStringLiteral("Di động"), QStringLiteral("Cơ quan"),   QStringLiteral("Nhà riêng"),
            QStringLiteral("Email"),   QStringLiteral("Lãnh đạo"),  QStringLiteral("CNTT/ATTT")};
}

QString DocumentTexts::rosterSheetName()
{
    return QStringLiteral("Lịch trực");
}

QString DocumentTexts::contactsSheetName()
{
    return QStringLiteral("Danh bạ");
}

QString DocumentTexts::contactsTitle()
{
    return QStringLiteral("DANH BẠ CÁN BỘ");
}

QString DocumentTexts::yes()
{
    return QStringLiteral("x");
}

QString DocumentTexts::eventSummary(const QString &roleName, const QString &unitName)
{
    return QStringLiteral("%1 – %2").arg(roleName, unitName);
}

QString DocumentTexts::escalationHeadingShort()
{
    return QStringLiteral("Trình tự báo cáo:");
}

} // namespace DutyDesk
