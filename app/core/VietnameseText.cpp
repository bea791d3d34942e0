#include "VietnameseText.h"

#include <QCollator>
#include <QLocale>

#include <array>

using namespace Qt::Literals::StringLiterals;

namespace DutyDesk {

namespace {

constexpr char16_t kSmallDStroke = 0x0111; // đ: has no decomposition, mapped by hand
constexpr char16_t kCapitalDStroke = 0x0110; // Đ

bool isDroppedCategory(QChar::Category category)
{
    return category == QChar::Mark_NonSpacing || category == QChar::Mark_Enclosing
        || category == QChar::Other_Format;
}

void appendCodePoint(QString &out, char32_t codePoint)
{
    if (QChar::requiresSurrogates(codePoint)) {
        out += QChar(QChar::highSurrogate(codePoint));
        out += QChar(QChar::lowSurrogate(codePoint));
    } else {
        out += QChar(static_cast<char16_t>(codePoint));
    }
}

// The definition of §5, character by character. NFD(NFC(x)) is NFD(x), so the
// NFC step needs no pass of its own.
QString foldReference(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    bool pendingSpace = false;
    for (qsizetype i = 0; i < decomposed.size(); ++i) {
        char32_t codePoint = decomposed.at(i).unicode();
        if (QChar::isHighSurrogate(codePoint) && i + 1 < decomposed.size()
            && decomposed.at(i + 1).isLowSurrogate()) {
            codePoint = QChar::surrogateToUcs4(static_cast<char16_t>(codePoint),
                                               decomposed.at(i + 1).unicode());
            ++i;
        }
        if (QChar::isSpace(codePoint)) {
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (isDroppedCategory(QChar::category(codePoint)))
            continue;
        if (codePoint == kSmallDStroke || codePoint == kCapitalDStroke)
            codePoint = U'd';
        else
            codePoint = QChar::toLower(codePoint);
        if (pendingSpace) {
            out += u' ';
            pendingSpace = false;
        }
        appendCodePoint(out, codePoint);
    }
    return out;
}

// What one UTF-16 unit folds to, for the blocks Vietnamese text lives in. Built
// once from foldReference(), so the fast path cannot drift from the definition.
class FoldTable
{
public:
    static constexpr char16_t Slow = 0x0000; ///< not in the table: use foldReference()
    static constexpr char16_t Drop = 0xFFFF; ///< folds to nothing (a mark, a format char)

    FoldTable()
    {
        for (const Block &block : kBlocks) {
            for (char16_t c = block.first; c <= block.last; ++c)
                m_map[indexOf(c)] = build(c);
        }
    }

    char16_t lookup(char16_t c) const
    {
        const qsizetype index = indexOf(c);
        return index < 0 ? Slow : m_map[index];
    }

private:
    struct Block
    {
        char16_t first;
        char16_t last;
    };
    // Latin-1 Supplement to Latin Extended-B, Combining Diacritical Marks, Latin
    // Extended Additional (ạ … ỹ), General Punctuation (dashes, quotes, odd spaces).
    static constexpr std::array<Block, 4> kBlocks {
        {{0x0080, 0x024F}, {0x0300, 0x036F}, {0x1E00, 0x1EFF}, {0x2000, 0x206F}}};
    static constexpr qsizetype kSize = (0x024F - 0x0080 + 1) + (0x036F - 0x0300 + 1)
        + (0x1EFF - 0x1E00 + 1) + (0x206F - 0x2000 + 1);

    static qsizetype indexOf(char16_t c)
    {
        qsizetype offset = 0;
        for (const Block &block : kBlocks) {
            if (c >= block.first && c <= block.last)
                return offset + (c - block.first);
            offset += block.last - block.first + 1;
        }
        return -1;
    }

    static char16_t build(char16_t c)
    {
        if (QChar::isSpace(c))
            return u' ';
        if (QChar::isSurrogate(c))
            return Slow;
        const QString folded = foldReference(QString(QChar(c)));
        if (folded.isEmpty())
            return Drop;
        if (folded.size() == 1 && folded.at(0).unicode() != Slow)
            return folded.at(0).unicode();
        return Slow;
    }

    std::array<char16_t, kSize> m_map {};
};

const FoldTable &foldTable()
{
    static const FoldTable table; // thread-safe initialisation
    return table;
}

QCollator &vietnameseCollator()
{
    // QCollator is not safe to share between threads; one per thread, built once.
    thread_local QCollator collator {QLocale(QLocale::Vietnamese)};
    return collator;
}

/// Views of the three parts of an already simplified name.
struct NameParts
{
    QStringView family;
    QStringView middle;
    QStringView given;
};

NameParts splitName(const QString &simplified)
{
    NameParts parts;
    const qsizetype firstSpace = simplified.indexOf(u' ');
    if (firstSpace < 0) {
        parts.given = simplified;
        return parts;
    }
    const qsizetype lastSpace = simplified.lastIndexOf(u' ');
    const QStringView view(simplified);
    parts.family = view.left(firstSpace);
    parts.given = view.mid(lastSpace + 1);
    if (lastSpace > firstSpace)
        parts.middle = view.mid(firstSpace + 1, lastSpace - firstSpace - 1);
    return parts;
}

// The tones and cases of a name part as digits, so that they weigh at ICU's
// primary level (see sortKeyByGivenName()). Tones follow §5: none 0, huyền 1,
// hỏi 2, ngã 3, sắc 4, nặng 5; marks foreign to Vietnamese get 6 to 9. Then one
// digit per letter for the case, lower (0) before upper (1) as ICU orders them.
void appendToneAndCaseCode(QString &key, QStringView part)
{
    const QString decomposed = part.toString().normalized(QString::NormalizationForm_D);
    QString tones;
    QString cases;
    char16_t previousBase = 0;
    for (const QChar c : decomposed) {
        if (!c.isMark()) {
            previousBase = static_cast<char16_t>(QChar::toLower(c.unicode()));
            tones += u'0';
            cases += c.isUpper() ? u'1' : u'0';
            continue;
        }
        if (tones.isEmpty())
            continue;
        // Breve, circumflex and horn make the letters ă â ê ô ơ ư: primary in "vi".
        const char16_t mark = c.unicode();
        const bool letterMark = (mark == 0x0306 && previousBase == u'a')
            || (mark == 0x0302
                && (previousBase == u'a' || previousBase == u'e' || previousBase == u'o'))
            || (mark == 0x031B && (previousBase == u'o' || previousBase == u'u'));
        if (letterMark)
            continue;
        char16_t code;
        switch (mark) {
        case 0x0300:
            code = u'1';
            break; // huyền
        case 0x0309:
            code = u'2';
            break; // hỏi
        case 0x0303:
            code = u'3';
            break; // ngã
        case 0x0301:
            code = u'4';
            break; // sắc
        case 0x0323:
            code = u'5';
            break; // nặng
        case 0x0308:
            code = u'6';
            break; // diaeresis (ü)
        case 0x030A:
            code = u'7';
            break; // ring (å)
        case 0x0327:
            code = u'8';
            break; // cedilla (ç)
        default:
            code = u'9';
            break;
        }
        QChar &slot = tones[tones.size() - 1];
        slot = slot == u'0' ? QChar(code) : QChar(u'9'); // two tones on a letter: not Vietnamese
    }
    key += tones;
    key += cases;
}

} // namespace

QString VietnameseText::fold(const QString &text)
{
    const FoldTable &table = foldTable();
    QString out(text.size(), Qt::Uninitialized);
    QChar *dst = out.data();
    qsizetype length = 0;
    bool pendingSpace = false;
    for (const QChar qc : text) {
        const char16_t c = qc.unicode();
        char16_t folded;
        if (c < 0x80) {
            if (c == u' ' || (c >= u'\t' && c <= u'\r'))
                folded = u' ';
            else if (c >= u'A' && c <= u'Z')
                folded = static_cast<char16_t>(c + (u'a' - u'A'));
            else
                folded = c;
        } else {
            folded = table.lookup(c);
            if (folded == FoldTable::Slow)
                return foldReference(text); // Greek, CJK, surrogates, …: rare in names
            if (folded == FoldTable::Drop)
                continue;
        }
        if (folded == u' ') {
            pendingSpace = length > 0;
            continue;
        }
        if (pendingSpace) {
            dst[length++] = u' ';
            pendingSpace = false;
        }
        dst[length++] = QChar(folded);
    }
    out.truncate(length);
    return out;
}

QString VietnameseText::normalize(const QString &text)
{
    return text.normalized(QString::NormalizationForm_C).simplified();
}

QString VietnameseText::givenName(const QString &fullName)
{
    const QString simplified = normalize(fullName);
    return splitName(simplified).given.toString();
}

QString VietnameseText::familyName(const QString &fullName)
{
    const QString simplified = normalize(fullName);
    return splitName(simplified).family.toString();
}

QString VietnameseText::middleName(const QString &fullName)
{
    const QString simplified = normalize(fullName);
    return splitName(simplified).middle.toString();
}

int VietnameseText::compare(const QString &a, const QString &b)
{
    return vietnameseCollator().compare(a, b);
}

int VietnameseText::compareByGivenName(const QString &a, const QString &b)
{
    const QString simpleA = a.simplified();
    const QString simpleB = b.simplified();
    const NameParts partsA = splitName(simpleA);
    const NameParts partsB = splitName(simpleB);
    QCollator &collator = vietnameseCollator();
    if (const int order = collator.compare(partsA.given, partsB.given))
        return order;
    if (const int order = collator.compare(partsA.middle, partsB.middle))
        return order;
    if (const int order = collator.compare(partsA.family, partsB.family))
        return order;
    if (const int order = collator.compare(simpleA, simpleB))
        return order;
    return a.compare(b); // a total order, so sorting is deterministic
}

QString VietnameseText::sortKeyByGivenName(const QString &fullName)
{
    const QString simplified = fullName.simplified();
    const NameParts parts = splitName(simplified);
    QString key;
    key.reserve(simplified.size() * 3 + 8);
    for (const QStringView part : {parts.given, parts.middle, parts.family}) {
        if (!key.isEmpty())
            key += u'\t';
        key += part;
        key += u'\t';
        appendToneAndCaseCode(key, part);
    }
    return key;
}

QString VietnameseText::digitsOnly(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c.isDigit())
            out += QChar(static_cast<char16_t>(
                u'0' + c.digitValue())); // also folds full-width and other digits
    }
    return out;
}

} // namespace DutyDesk
