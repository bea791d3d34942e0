#include "LegacyEncoding.h"

#include <QRegularExpression>
#include <QStringDecoder>

#include <array>

namespace DutyDesk {

namespace {

// Windows-1252 and Windows-1258 from 0x80 to 0x9F (0xFFFD: unassigned).
constexpr std::array<char16_t, 32> cp1252High
    = {0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
       0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
       0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178};

// Windows-1258 from 0x80 to 0xFF (checked against Python's cp1258 codec).
constexpr std::array<char16_t, 128> cp1258 = {
    0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0xFFFD, 0x2039,
    0x0152, 0xFFFD, 0xFFFD, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0xFFFD, 0x203A, 0x0153, 0xFFFD, 0xFFFD, 0x0178, 0x00A0, 0x00A1, 0x00A2, 0x00A3,
    0x00A4, 0x00A5, 0x00A6, 0x00A7, 0x00A8, 0x00A9, 0x00AA, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x00AF,
    0x00B0, 0x00B1, 0x00B2, 0x00B3, 0x00B4, 0x00B5, 0x00B6, 0x00B7, 0x00B8, 0x00B9, 0x00BA, 0x00BB,
    0x00BC, 0x00BD, 0x00BE, 0x00BF, 0x00C0, 0x00C1, 0x00C2, 0x0102, 0x00C4, 0x00C5, 0x00C6, 0x00C7,
    0x00C8, 0x00C9, 0x00CA, 0x00CB, 0x0300, 0x00CD, 0x00CE, 0x00CF, 0x0110, 0x00D1, 0x0309, 0x00D3,
    0x00D4, 0x01A0, 0x00D6, 0x00D7, 0x00D8, 0x00D9, 0x00DA, 0x00DB, 0x00DC, 0x01AF, 0x0303, 0x00DF,
    0x00E0, 0x00E1, 0x00E2, 0x0103, 0x00E4, 0x00E5, 0x00E6, 0x00E7, 0x00E8, 0x00E9, 0x00EA, 0x00EB,
    0x0301, 0x00ED, 0x00EE, 0x00EF, 0x0111, 0x00F1, 0x0323, 0x00F3, 0x00F4, 0x01A1, 0x00F6, 0x00F7,
    0x00F8, 0x00F9, 0x00FA, 0x00FB, 0x00FC, 0x01B0, 0x20AB, 0x00FF};

struct ByteMap
{
    unsigned char byte;
    char16_t unicode;
};

// TCVN 5712:1993 (VN3, "ABC"): the precomposed letters and the five tone
// marks. Capitals with a tone do not exist: all-caps text was typed with the
// lowercase codes in a capitals font (.VnTimeH), see upperCaseWords().
constexpr ByteMap tcvn3[] = {
    {0xA1, 0x0102}, {0xA2, 0x00C2}, {0xA3, 0x00CA}, {0xA4, 0x00D4}, {0xA5, 0x01A0}, {0xA6, 0x01AF},
    {0xA7, 0x0110}, {0xA8, 0x0103}, {0xA9, 0x00E2}, {0xAA, 0x00EA}, {0xAB, 0x00F4}, {0xAC, 0x01A1},
    {0xAD, 0x01B0}, {0xAE, 0x0111}, {0xB0, 0x0300}, {0xB1, 0x0309}, {0xB2, 0x0303}, {0xB3, 0x0301},
    {0xB4, 0x0323}, {0xB5, 0x00E0}, {0xB6, 0x1EA3}, {0xB7, 0x00E3}, {0xB8, 0x00E1}, {0xB9, 0x1EA1},
    {0xBB, 0x1EB1}, {0xBC, 0x1EB3}, {0xBD, 0x1EB5}, {0xBE, 0x1EAF}, {0xC6, 0x1EB7}, {0xC7, 0x1EA7},
    {0xC8, 0x1EA9}, {0xC9, 0x1EAB}, {0xCA, 0x1EA5}, {0xCB, 0x1EAD}, {0xCC, 0x00E8}, {0xCE, 0x1EBB},
    {0xCF, 0x1EBD}, {0xD0, 0x00E9}, {0xD1, 0x1EB9}, {0xD2, 0x1EC1}, {0xD3, 0x1EC3}, {0xD4, 0x1EC5},
    {0xD5, 0x1EBF}, {0xD6, 0x1EC7}, {0xD7, 0x00EC}, {0xD8, 0x1EC9}, {0xDC, 0x0129}, {0xDD, 0x00ED},
    {0xDE, 0x1ECB}, {0xDF, 0x00F2}, {0xE1, 0x1ECF}, {0xE2, 0x00F5}, {0xE3, 0x00F3}, {0xE4, 0x1ECD},
    {0xE5, 0x1ED3}, {0xE6, 0x1ED5}, {0xE7, 0x1ED7}, {0xE8, 0x1ED1}, {0xE9, 0x1ED9}, {0xEA, 0x1EDD},
    {0xEB, 0x1EDF}, {0xEC, 0x1EE1}, {0xED, 0x1EDB}, {0xEE, 0x1EE3}, {0xEF, 0x00F9}, {0xF1, 0x1EE7},
    {0xF2, 0x0169}, {0xF3, 0x00FA}, {0xF4, 0x1EE5}, {0xF5, 0x1EEB}, {0xF6, 0x1EED}, {0xF7, 0x1EEF},
    {0xF8, 0x1EE9}, {0xF9, 0x1EF1}, {0xFA, 0x1EF3}, {0xFB, 0x1EF7}, {0xFC, 0x1EF9}, {0xFD, 0x00FD},
    {0xFE, 0x1EF5},
};

// VNI Windows: letters of their own (ơ ư đ and the toned i), then the bytes
// that follow a vowel and add its diacritics (as combining marks, composed by
// NFC afterwards). Lowercase and capital forms of each diacritic byte.
constexpr ByteMap vniLetters[] = {
    {0xD1, 0x0110}, {0xF1, 0x0111}, {0xD4, 0x01A0}, {0xF4, 0x01A1}, {0xD6, 0x01AF}, {0xF6, 0x01B0},
    {0xCC, 0x00CC}, {0xEC, 0x00EC}, {0xCD, 0x00CD}, {0xED, 0x00ED}, {0xC6, 0x1EC8}, {0xE6, 0x1EC9},
    {0xD3, 0x0128}, {0xF3, 0x0129}, {0xD2, 0x1ECA}, {0xF2, 0x1ECB},
};

struct VniMark
{
    unsigned char lower;
    unsigned char upper;
    char16_t first;
    char16_t second; ///< 0 when the byte adds one mark only
};

constexpr char16_t Grave = 0x0300, Acute = 0x0301, Circumflex = 0x0302, Tilde = 0x0303,
                   Breve = 0x0306, Hook = 0x0309, Dot = 0x0323;

constexpr VniMark vniMarks[] = {
    {0xF9, 0xD9, Acute, 0},
    {0xF8, 0xD8, Grave, 0},
    {0xFB, 0xDB, Hook, 0},
    {0xF5, 0xD5, Tilde, 0},
    {0xEF, 0xCF, Dot, 0},
    {0xE2, 0xC2, Circumflex, 0},
    {0xEA, 0xCA, Breve, 0},
    {0xE1, 0xC1, Circumflex, Acute},
    {0xE0, 0xC0, Circumflex, Grave},
    {0xE5, 0xC5, Circumflex, Hook},
    {0xE3, 0xC3, Circumflex, Tilde},
    {0xE4, 0xC4, Circumflex, Dot},
    {0xE9, 0xC9, Breve, Acute},
    {0xE8, 0xC8, Breve, Grave},
    {0xFA, 0xDA, Breve, Hook},
    {0xFC, 0xDC, Breve, Tilde},
    {0xEB, 0xCB, Breve, Dot},
};

char16_t windows1252(unsigned char byte)
{
    if (byte >= 0x80 && byte < 0xA0)
        return cp1252High[byte - 0x80];
    return byte;
}

const std::array<char16_t, 256> &tcvn3Table()
{
    static const std::array<char16_t, 256> table = [] {
        std::array<char16_t, 256> t {};
        for (int b = 0; b < 256; ++b)
            t[b] = windows1252(static_cast<unsigned char>(b));
        for (const ByteMap &m : tcvn3)
            t[m.byte] = m.unicode;
        return t;
    }();
    return table;
}

bool isAsciiVowel(QChar c)
{
    switch (c.toLower().unicode()) {
    case 'a':
    case 'e':
    case 'i':
    case 'o':
    case 'u':
    case 'y':
        return true;
    default:
        return false;
    }
}

bool isVniVowelBase(QChar c)
{
    const char16_t u = c.unicode();
    return isAsciiVowel(c) || u == 0x01A0 || u == 0x01A1 || u == 0x01AF || u == 0x01B0;
}

// All-caps words typed in a .VnTimeH font come out with lowercase toned
// letters ("TRườNG"): a word whose ASCII letters are all capitals is made
// all capitals.
QString upperCaseWords(const QString &text)
{
    QString result = text;
    qsizetype start = 0;
    while (start < result.size()) {
        while (start < result.size() && !result.at(start).isLetter())
            ++start;
        qsizetype end = start;
        int upper = 0;
        int lower = 0;
        bool nonAscii = false;
        while (end < result.size() && result.at(end).isLetter()) {
            const QChar c = result.at(end);
            // A capital after the first letter: "Hä" (Họ) is no all-caps word.
            if (c.unicode() < 0x80)
                (c.isUpper() ? upper : lower) += (c.isUpper() && end == start) ? 0 : 1;
            else
                nonAscii = true;
            ++end;
        }
        if (nonAscii && upper > 0 && lower == 0) {
            for (qsizetype i = start; i < end; ++i)
                result[i] = result.at(i).toUpper();
        }
        start = end;
    }
    return result;
}

QString decodeTcvn3(const QByteArray &bytes)
{
    const auto &table = tcvn3Table();
    QString text;
    text.reserve(bytes.size());
    for (const char ch : bytes)
        text.append(QChar(table[static_cast<unsigned char>(ch)]));
    return upperCaseWords(text.normalized(QString::NormalizationForm_C));
}

QString decodeVni(const QByteArray &bytes)
{
    static const std::array<char16_t, 256> letters = [] {
        std::array<char16_t, 256> t {};
        for (int b = 0; b < 256; ++b)
            t[b] = windows1252(static_cast<unsigned char>(b));
        for (const ByteMap &m : vniLetters)
            t[m.byte] = m.unicode;
        return t;
    }();
    static const std::array<const VniMark *, 256> marks = [] {
        std::array<const VniMark *, 256> t {};
        for (const VniMark &m : vniMarks) {
            t[m.lower] = &m;
            t[m.upper] = &m;
        }
        return t;
    }();
    QString text;
    text.reserve(bytes.size());
    for (const char ch : bytes) {
        const auto byte = static_cast<unsigned char>(ch);
        const VniMark *mark = marks[byte];
        if (mark && !text.isEmpty() && isVniVowelBase(text.back())) {
            text.append(QChar(mark->first));
            if (mark->second)
                text.append(QChar(mark->second));
            continue;
        }
        text.append(QChar(letters[byte]));
    }
    return text.normalized(QString::NormalizationForm_C);
}

QString decodeWindows1258(const QByteArray &bytes)
{
    QString text;
    text.reserve(bytes.size());
    for (const char ch : bytes) {
        const auto byte = static_cast<unsigned char>(ch);
        text.append(QChar(byte < 0x80 ? char16_t(byte) : cp1258[byte - 0x80]));
    }
    return text.normalized(QString::NormalizationForm_C);
}

bool isToneMark(char16_t c)
{
    return c == Grave || c == Acute || c == Tilde || c == Hook || c == Dot;
}

// Unicode characters back to the byte a legacy font drew them from (Latin-1
// and the Windows-1252 extras); -1 when the character has no byte.
int legacyByte(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x100)
        return u;
    for (int i = 0; i < 32; ++i) {
        if (cp1252High[i] == u && u != 0xFFFD)
            return 0x80 + i;
    }
    return -1;
}

} // namespace

QString LegacyEncoding::name(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Utf8:
        return QStringLiteral("UTF-8");
    case Encoding::Windows1258:
        return QStringLiteral("Windows-1258");
    case Encoding::Tcvn3:
        return QStringLiteral("TCVN3");
    case Encoding::Vni:
        return QStringLiteral("VNI");
    }
    return {};
}

bool LegacyEncoding::isSyllable(const QString &word)
{
    if (word.isEmpty())
        return false;
    // Case: lower, Capitalised or ALL CAPS; "NguyÔn" is none of them.
    bool anyLowerAfterFirst = false;
    bool anyUpperAfterFirst = false;
    for (qsizetype i = 1; i < word.size(); ++i) {
        if (word.at(i).isLower())
            anyLowerAfterFirst = true;
        else if (word.at(i).isUpper())
            anyUpperAfterFirst = true;
    }
    if (anyLowerAfterFirst && anyUpperAfterFirst)
        return false;
    if (anyUpperAfterFirst && word.at(0).isLower())
        return false;

    const QString decomposed = word.toLower().normalized(QString::NormalizationForm_D);
    QString bare;
    int tones = 0;
    for (const QChar c : decomposed) {
        if (isToneMark(c.unicode()))
            ++tones;
        else
            bare.append(c);
    }
    if (tones > 1)
        return false;
    bare = bare.normalized(QString::NormalizationForm_C);
    static const QRegularExpression syllable(
        QString::fromUtf8("^(ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|[bcdđghklmnpqrstvx])?"
                          "(iêu|oai|oay|oao|oeo|uây|uôi|ươi|ươu|uya|uyê|uyu|yêu|"
                          "ai|ao|au|ay|âu|ây|eo|êu|ia|iê|iu|oa|oă|oe|oi|ôi|ơi|oo|ôô|ua|uâ|uê|ui|uô|"
                          "uơ|uy|ưa|ưi|ưu|ươ|yê|"
                          "[aăâeêioôơuưy])"
                          "(ch|ng|nh|[cmnpt])?$"));
    return syllable.match(bare).hasMatch();
}

int LegacyEncoding::score(const QString &text)
{
    static const QRegularExpression separators(
        QStringLiteral("[\\s,;:.!?()\\[\\]\"'/\\\\\\-\\x{2013}\\x{2014}\\x{201C}\\x{201D}0-9]+"));
    int total = 0;
    const QStringList words = text.split(separators, Qt::SkipEmptyParts);
    for (const QString &word : words) {
        bool beyondAscii = false;
        for (const QChar c : word) {
            if (c.unicode() >= 0x80) {
                beyondAscii = true;
                break;
            }
        }
        if (beyondAscii)
            total += isSyllable(word) ? 1 : -1;
    }
    return total;
}

LegacyEncoding::Encoding LegacyEncoding::detect(const QByteArray &bytes)
{
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString asUtf8 = utf8.decode(bytes);
    if (!utf8.hasError())
        return Encoding::Utf8;
    // A sample is enough to tell and keeps detection fast on big files.
    const QByteArray sample = bytes.left(1024 * 1024);
    Encoding best = Encoding::Windows1258;
    int bestScore = score(decodeWindows1258(sample));
    for (const Encoding candidate : {Encoding::Tcvn3, Encoding::Vni}) {
        const int s = score(decode(sample, candidate));
        if (s > bestScore) {
            best = candidate;
            bestScore = s;
        }
    }
    return best;
}

QString LegacyEncoding::decode(const QByteArray &bytes, Encoding encoding)
{
    switch (encoding) {
    case Encoding::Utf8:
        return QString::fromUtf8(bytes).normalized(QString::NormalizationForm_C);
    case Encoding::Windows1258:
        return decodeWindows1258(bytes);
    case Encoding::Tcvn3:
        return decodeTcvn3(bytes);
    case Encoding::Vni:
        return decodeVni(bytes);
    }
    return {};
}

LegacyEncoding::Encoding LegacyEncoding::detectInText(const QString &text)
{
    QByteArray bytes;
    bytes.reserve(text.size());
    bool anyHigh = false;
    for (const QChar c : text) {
        const int byte = legacyByte(c);
        if (byte < 0)
            return Encoding::Utf8;
        anyHigh = anyHigh || byte >= 0x80;
        bytes.append(static_cast<char>(byte));
    }
    if (!anyHigh)
        return Encoding::Utf8;
    Encoding best = Encoding::Utf8;
    int bestScore = score(text);
    for (const Encoding candidate : {Encoding::Tcvn3, Encoding::Vni}) {
        const int s = score(decode(bytes, candidate));
        if (s > bestScore && s > 0) {
            best = candidate;
            bestScore = s;
        }
    }
    return best;
}

QString LegacyEncoding::repairText(const QString &text, Encoding encoding)
{
    if (encoding == Encoding::Utf8)
        return text;
    QByteArray bytes;
    bytes.reserve(text.size());
    for (const QChar c : text) {
        const int byte = legacyByte(c);
        if (byte < 0)
            return text;
        bytes.append(static_cast<char>(byte));
    }
    return decode(bytes, encoding);
}

} // namespace DutyDesk
