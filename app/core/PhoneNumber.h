#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>

namespace DutyDesk {

/// A Vietnamese phone number, validated with libphonenumber (region VN), stored
/// as E.164 and shown the Vietnamese way (vietnam-facts.md §4). Foreign numbers
/// are refused. Emergency short numbers (111–115) are kept as they are.
class PhoneNumber
{
    Q_DECLARE_TR_FUNCTIONS(DutyDesk::PhoneNumber)

public:
    enum class Type {
        Mobile, ///< 03x, 05x, 07x, 08x, 09x: ten digits
        FixedLine, ///< 0 + area code + subscriber
        Short, ///< 111, 112, 113, 114, 115 and other short numbers libphonenumber knows
        Other, ///< 1800 (free) and 1900 (paid) service numbers, anything else
    };

    /// An empty number (isEmpty()).
    PhoneNumber() = default;

    /// Reads a number as people write it: "0904.185.683", "0904 185 683",
    /// "+84 904 185 683", "84904185683", "(0225) 3842 123", "0225-3842-123".
    /// Dots, spaces, dashes and brackets are ignored; an old 11-digit mobile
    /// ("01689 123 456") is converted to its 10-digit number first. Error::Code::Invalid
    /// for an empty, malformed, non-existent or foreign number.
    static Result<PhoneNumber> parse(const QString &written);

    /// A number read back from storage (what e164() returned). Not validated
    /// again; an unreadable value is kept as it is, type Other.
    static PhoneNumber fromE164(const QString &stored);

    /// fromE164(e164).display().
    static QString displayStored(const QString &e164);

    bool isEmpty() const { return m_e164.isEmpty(); }
    /// "+84904185683"; the bare digits for a short number ("113").
    QString e164() const { return m_e164; }
    /// "0904 185 683", "0225 3842 123", "024 3825 1234", "1800 1091", "113".
    QString display() const { return m_display; }
    /// The digits dialled inside Vietnam: "0904185683", "02253842123", "113".
    QString nationalDigits() const { return m_nationalDigits; }
    Type type() const { return m_type; }

    bool operator==(const PhoneNumber &other) const { return m_e164 == other.m_e164; }
    bool operator!=(const PhoneNumber &other) const { return !(*this == other); }

private:
    PhoneNumber(QString e164, QString nationalDigits, QString display, Type type);

    QString m_e164;
    QString m_nationalDigits;
    QString m_display;
    Type m_type = Type::Other;
};

} // namespace DutyDesk
