#pragma once

#include "Domain.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace DutyDesk {

/// One contact card in the terms of vCard 3.0 (RFC 2426), the version phones
/// read best.
struct VCardContact
{
    QString fullName;
    QString position;
    QString organisation;
    QList<PhoneEntry> phones; ///< E.164 (or a short number)
    QString email;
    QString uid; ///< stable identifier; empty: none written
};

/// Writes vCard 3.0 (RFC 2426): CRLF line ends, lines folded at 75 octets
/// (never inside a UTF-8 sequence), text values escaped (\\, \\n, \\, and \\;).
///
/// Vietnamese names are structured the Vietnamese way: the family name is the
/// first word, the given name the last, the middle name(s) go into the
/// "additional names" field: "Phạm Đức Tính" → N:Phạm;Tính;Đức;;
/// Phones are typed TEL;TYPE=CELL / WORK / HOME with the E.164 value, which
/// every phone dials from anywhere.
class VCard
{
public:
    static QByteArray card(const VCardContact &contact);
    /// Several cards, one after the other.
    static QByteArray cards(const QList<VCardContact> &contacts);
    /// A compact card for a QR code: no folding needed, no UID.
    static QByteArray qrCard(const VCardContact &contact);

    /// RFC 2426 text escaping: backslash, newline, comma and semicolon.
    static QString escape(const QString &text);
    /// Folds one content line (without its CRLF) at 75 octets.
    static QByteArray fold(const QByteArray &line);

    static VCardContact fromPerson(const Person &person, const QString &unitName);
};

} // namespace DutyDesk
