#pragma once

#include "Domain.h"

#include <QDate>
#include <QString>

namespace DutyDesk {

/// The fixed Vietnamese texts of the documents DutyDesk produces.
///
/// Official documents (Decree 30/2020/NĐ-CP) and the files sent to other
/// offices are always written in Vietnamese, whatever language the interface
/// speaks: these texts are document content, not interface strings, so they
/// are deliberately NOT passed through tr(). They are kept here, in one place,
/// so that the wording can be reviewed (and the "HÒA"/"HOÀ" choice changed)
/// without hunting through the layout code.
class DocumentTexts
{
public:
    // Header block (vietnam-facts.md §1)
    static QString nationalTitle(); ///< "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    static QString nationalMotto(); ///< "Độc lập - Tự do - Hạnh phúc"
    static QString documentType(); ///< "THÔNG BÁO"
    static QString documentTypeCode(); ///< "TB"
    /// "Số: 12/TB-SGDĐT-VP"; with no number, blank space for the clerk to fill
    /// in: "Số:       /TB-SGDĐT-VP".
    static QString numberLine(const QString &documentNumber, const QString &symbol);
    /// "Hải Phòng, ngày 05 tháng 02 năm 2026": days below 10 and months 1–2
    /// zero-padded; with no date, blanks to fill in by hand.
    static QString datedPlaceLine(const QString &place, const QDate &date);
    /// "Lịch trực nghỉ lễ 30/4 – 01/5/2023" from the period's title.
    static QString rosterSummary(const QString &periodTitle);
    /// The short body introducing the table.
    static QString rosterBody(const QString &issuer, const QString &periodTitle,
                              const QString &unitName);
    static QString recipientsHeading(); ///< "Nơi nhận:"
    /// "- Như trên;" — adds the closing ";" (or "." for the last line) when missing.
    static QString recipientLine(const QString &recipient, bool last);

    // Roster table
    static QString columnDay(); ///< "Ngày/Thứ"
    static QString columnShift(); ///< "Ca"
    static QString columnNote(); ///< "Ghi chú"
    /// "Thứ Hai" … "Thứ Bảy", "Chủ nhật".
    static QString weekday(const QDate &date);
    /// "dd/MM/yyyy".
    static QString date(const QDate &date);
    /// The group heading of a unit kind in a consolidated roster.
    static QString unitKindGroup(UnitKind kind);
    /// "I", "II", … for the group headings.
    static QString romanNumeral(int number);
    /// The lunar label of a roster row during Tết ("mùng 1 Tết", "29 tháng
    /// Chạp"); empty outside the Tết season.
    static QString tetLabel(const QDate &date);

    // Call sheet
    static QString internalUseMark(); ///< "LƯU HÀNH NỘI BỘ"
    static QString callSheetTitle(); ///< "PHIẾU LIÊN LẠC TRỰC"
    static QString hotlinesHeading();
    static QString onDutyHeading();
    static QString escalationHeading();
    static QString qrHeading();
    static QString printedOn(const QDateTime &moment);
    static QString waitBeforeNext(int minutes);
    static QString roleStepNote();
    static QString nobodyOnDuty();
    static QString continuation(); ///< "(tiếp theo)"

    // Spreadsheet and CSV column titles
    static QStringList rosterColumns();
    static QStringList contactColumns();
    static QString rosterSheetName();
    static QString contactsSheetName();
    static QString contactsTitle();
    static QString yes();

    // Calendar
    static QString eventSummary(const QString &roleName, const QString &unitName);
    static QString escalationHeadingShort();
};

} // namespace DutyDesk
