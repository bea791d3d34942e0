#include "PhoneNumber.h"

#include <algorithm>
#include <array>
#include <phonenumbers/phonenumberutil.h>
#include <phonenumbers/shortnumberinfo.h>
#include <string>

using namespace Qt::Literals::StringLiterals;

namespace DutyDesk {

namespace {

namespace pn = i18n::phonenumbers;

constexpr int kVietnamCallingCode = 84;
const std::string kRegion = "VN";

/// The 11-digit mobiles renumbered in 2018: old prefix after the 0 → new prefix.
struct PrefixChange
{
    char16_t oldPrefix[4];
    char16_t newPrefix[3];
};
constexpr std::array<PrefixChange, 21> kOldMobilePrefixes {{
    // Viettel
    {u"162", u"32"},
    {u"163", u"33"},
    {u"164", u"34"},
    {u"165", u"35"},
    {u"166", u"36"},
    {u"167", u"37"},
    {u"168", u"38"},
    {u"169", u"39"},
    // MobiFone
    {u"120", u"70"},
    {u"121", u"79"},
    {u"122", u"77"},
    {u"126", u"76"},
    {u"128", u"78"},
    // VinaPhone
    {u"123", u"83"},
    {u"124", u"84"},
    {u"125", u"85"},
    {u"127", u"81"},
    {u"129", u"82"},
    // Vietnamobile
    {u"186", u"56"},
    {u"188", u"58"},
    // Gmobile
    {u"199", u"59"},
}};

// ShortNumberInfo's VN data (8.12.57) knows 113, 114 and 115 only.
constexpr std::array<const char16_t *, 2> kExtraShortNumbers {{u"111", u"112"}};
constexpr qsizetype kMaxShortNumberLength = 6;

const pn::PhoneNumberUtil &util()
{
    return *pn::PhoneNumberUtil::GetInstance();
}

const pn::ShortNumberInfo &shortNumberInfo()
{
    static const pn::ShortNumberInfo info; // loads its metadata once
    return info;
}

std::string toStd(const QString &text)
{
    return text.toStdString();
}

QString fromStd(const std::string &text)
{
    return QString::fromStdString(text);
}

bool isSeparator(QChar c)
{
    switch (c.unicode()) {
    case u'.':
    case u'-':
    case u'(':
    case u')':
    case u'[':
    case u']':
    case 0x2010: // hyphen
    case 0x2011: // non-breaking hyphen
    case 0x2012: // figure dash
    case 0x2013: // en dash
    case 0x2014: // em dash
    case 0x2212: // minus sign
        return true;
    default:
        return c.isSpace();
    }
}

/// A 10-digit national significant number with an old prefix, renumbered; other
/// numbers unchanged.
QString renumberOldMobile(const QString &nationalSignificant)
{
    if (nationalSignificant.size() != 10)
        return nationalSignificant;
    const QStringView prefix = QStringView(nationalSignificant).left(3);
    for (const PrefixChange &change : kOldMobilePrefixes) {
        if (prefix == QStringView(change.oldPrefix))
            return QStringView(change.newPrefix) + QStringView(nationalSignificant).mid(3);
    }
    return nationalSignificant;
}

bool isShortNumber(const QString &digits)
{
    if (digits.size() < 3 || digits.size() > kMaxShortNumberLength || digits.startsWith(u'0'))
        return false;
    for (const char16_t *extra : kExtraShortNumbers) {
        if (digits == QStringView(extra))
            return true;
    }
    pn::PhoneNumber number;
    if (util().Parse(toStd(digits), kRegion, &number) != pn::PhoneNumberUtil::NO_PARSING_ERROR)
        return false;
    return shortNumberInfo().IsValidShortNumberForRegion(number, kRegion);
}

/// "3842123" → "3842 123", "38251234" → "3825 1234", "599920" → "599 920".
QString groupSubscriber(QStringView digits)
{
    if (digits.size() <= 4)
        return digits.toString();
    if (digits.size() == 6)
        return digits.left(3) + u' ' + digits.mid(3);
    return digits.left(4) + u' ' + digits.mid(4);
}

bool looksLikeMobile(const QString &nationalDigits)
{
    static constexpr QStringView kMobileStarts = u"35789";
    return nationalDigits.size() == 10 && nationalDigits.startsWith(u'0')
        && kMobileStarts.contains(nationalDigits.at(1));
}

/// Vietnamese grouping. Mobiles 4-3-3 (libphonenumber says "090 418 56 83");
/// otherwise the area or service code, then the subscriber.
QString vietnameseDisplay(const pn::PhoneNumber &number, const QString &nationalDigits,
                          PhoneNumber::Type type)
{
    if (type == PhoneNumber::Type::Mobile || looksLikeMobile(nationalDigits)) {
        return nationalDigits.left(4) + u' ' + nationalDigits.mid(4, 3) + u' '
            + nationalDigits.mid(7);
    }
    const int destinationCodeLength = util().GetLengthOfNationalDestinationCode(number);
    const qsizetype trunkLength = nationalDigits.startsWith(u'0') ? 1 : 0;
    const qsizetype prefixLength = trunkLength + destinationCodeLength;
    if (destinationCodeLength <= 0 || prefixLength >= nationalDigits.size()) {
        std::string formatted;
        util().Format(number, pn::PhoneNumberUtil::NATIONAL, &formatted);
        return fromStd(formatted);
    }
    const QStringView digits(nationalDigits);
    return digits.left(prefixLength) + u' ' + groupSubscriber(digits.mid(prefixLength));
}

PhoneNumber::Type typeOf(const pn::PhoneNumber &number)
{
    switch (util().GetNumberType(number)) {
    case pn::PhoneNumberUtil::MOBILE:
        return PhoneNumber::Type::Mobile;
    case pn::PhoneNumberUtil::FIXED_LINE:
    case pn::PhoneNumberUtil::FIXED_LINE_OR_MOBILE:
        return PhoneNumber::Type::FixedLine;
    default:
        return PhoneNumber::Type::Other;
    }
}

QString nationalDigitsOf(const pn::PhoneNumber &number)
{
    std::string formatted;
    util().Format(number, pn::PhoneNumberUtil::NATIONAL, &formatted);
    QString digits;
    for (const char c : formatted) {
        if (c >= '0' && c <= '9')
            digits += QChar(static_cast<char16_t>(c));
    }
    return digits;
}

} // namespace

PhoneNumber::PhoneNumber(QString e164, QString nationalDigits, QString display, Type type)
    : m_e164(std::move(e164))
    , m_nationalDigits(std::move(nationalDigits))
    , m_display(std::move(display))
    , m_type(type)
{
}

Result<PhoneNumber> PhoneNumber::parse(const QString &written)
{
    const auto invalid = [&written] {
        return Error(Error::Code::Invalid,
                     tr("“%1” is not a valid Vietnamese phone number").arg(written.trimmed()));
    };
    if (written.trimmed().isEmpty())
        return Error(Error::Code::Invalid, tr("The phone number is empty"));

    QString digits;
    bool international = false;
    for (const QChar c : written) {
        if (c.isDigit())
            digits += QChar(static_cast<char16_t>(u'0' + c.digitValue()));
        else if (c == u'+' && digits.isEmpty() && !international)
            international = true;
        else if (!isSeparator(c))
            return invalid();
    }
    if (digits.isEmpty())
        return invalid();

    if (!international && isShortNumber(digits))
        return PhoneNumber(digits, digits, digits, Type::Short);

    if (!international
        && digits.startsWith(u"00")) { // the international prefix dialled from Vietnam
        digits.remove(0, 2);
        international = true;
    }

    // Find the national significant number to renumber old 11-digit mobiles,
    // which libphonenumber rightly calls invalid today.
    QString nationalSignificant;
    if (international && digits.startsWith(u"84"))
        nationalSignificant = digits.mid(2);
    else if (!international && digits.startsWith(u'0'))
        nationalSignificant = digits.mid(1);
    else if (!international && digits.startsWith(u"84") && digits.size() == 12)
        nationalSignificant = digits.mid(2); // "841689123456": 84 and an old mobile
    if (nationalSignificant.startsWith(u'0')) // "+84 (0) 1689 …"
        nationalSignificant.remove(0, 1);
    const QString renumbered = renumberOldMobile(nationalSignificant);
    const QString toParse = renumbered != nationalSignificant
        ? u"+84"_s + renumbered
        : (international ? u"+"_s : QString()) + digits;

    pn::PhoneNumber number;
    if (util().Parse(toStd(toParse), kRegion, &number) != pn::PhoneNumberUtil::NO_PARSING_ERROR)
        return invalid();
    if (number.country_code() != kVietnamCallingCode) {
        if (util().IsValidNumber(number)) {
            return Error(Error::Code::Invalid,
                         tr("“%1” is a foreign phone number; only Vietnamese numbers are accepted")
                             .arg(written.trimmed()));
        }
        return invalid();
    }
    if (!util().IsValidNumberForRegion(number, kRegion))
        return invalid();

    std::string e164;
    util().Format(number, pn::PhoneNumberUtil::E164, &e164);
    const QString nationalDigits = nationalDigitsOf(number);
    const Type type = typeOf(number);
    return PhoneNumber(fromStd(e164), nationalDigits,
                       vietnameseDisplay(number, nationalDigits, type), type);
}

PhoneNumber PhoneNumber::fromE164(const QString &stored)
{
    if (stored.isEmpty())
        return {};
    if (!stored.startsWith(u'+')) {
        const bool allDigits = std::all_of(stored.cbegin(), stored.cend(),
                                           [](QChar c) { return c >= u'0' && c <= u'9'; });
        if (allDigits && stored.size() <= kMaxShortNumberLength)
            return PhoneNumber(stored, stored, stored, Type::Short);
        return PhoneNumber(stored, stored, stored, Type::Other);
    }
    pn::PhoneNumber number;
    if (util().Parse(toStd(stored), kRegion, &number) != pn::PhoneNumberUtil::NO_PARSING_ERROR)
        return PhoneNumber(stored, QString(), stored, Type::Other);
    if (number.country_code() != kVietnamCallingCode) {
        std::string international;
        util().Format(number, pn::PhoneNumberUtil::INTERNATIONAL, &international);
        return PhoneNumber(stored, QString(), fromStd(international), Type::Other);
    }
    const QString nationalDigits = nationalDigitsOf(number);
    const Type type = typeOf(number);
    return PhoneNumber(stored, nationalDigits, vietnameseDisplay(number, nationalDigits, type),
                       type);
}

QString PhoneNumber::displayStored(const QString &e164)
{
    // A stored ten-digit mobile ("+84" and nine digits from 3, 5, 7, 8 or 9)
    // is shown as its trunk "0" and the digits grouped 4-3-3 — what
    // fromE164() makes of every such number — without parsing it again:
    // spreadsheets show hundreds of thousands of them.
    if (e164.size() == 12 && e164.startsWith(u"+84") && QStringView(u"35789").contains(e164.at(3))
        && std::all_of(e164.cbegin() + 4, e164.cend(),
                       [](QChar c) { return c >= u'0' && c <= u'9'; })) {
        const QStringView digits = QStringView(e164).mid(3);
        return u'0' + digits.left(3) + u' ' + digits.mid(3, 3) + u' ' + digits.mid(6);
    }
    return fromE164(e164).display();
}

} // namespace DutyDesk
