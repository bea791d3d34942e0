#pragma once

#include <QString>

namespace DutyDesk {

/// Vietnamese names as text: the folding used by search, the normal form used for
/// storage, and the Vietnamese alphabet order (vietnam-facts.md §5) used for lists.
/// All functions are thread-safe.
class VietnameseText
{
public:
    /// Search folding: NFC, then NFD with the combining marks dropped, lower case,
    /// đ/Đ → d, whitespace simplified. "Phạm  Đức Tính" → "pham duc tinh".
    /// Format characters (soft hyphen, zero-width space, …) are dropped too.
    static QString fold(const QString &text);

    /// The stored form of a name: NFC, trimmed, runs of whitespace collapsed to
    /// one space.
    static QString normalize(const QString &text);

    /// The last word of a name ("Tính" in "Phạm Đức Tính"); the whole name if it
    /// is one word.
    static QString givenName(const QString &fullName);
    /// The first word ("Phạm"); empty for a one-word name.
    static QString familyName(const QString &fullName);
    /// The words between the family and the given name ("Đức", "Thị Minh"); may
    /// be empty.
    static QString middleName(const QString &fullName);

    /// Vietnamese collation (ICU "vi" through QCollator): a < ă < â, d < đ, …;
    /// tones at a lower level (none, huyền, hỏi, ngã, sắc, nặng). Negative, zero
    /// or positive like strcmp.
    static int compare(const QString &a, const QString &b);

    /// Official list order: given name, then middle name(s), then family name,
    /// each compared fully with compare(); ties broken by the whole name.
    static int compareByGivenName(const QString &a, const QString &b);

    /// A key for the given-name order: compare(sortKeyByGivenName(a),
    /// sortKeyByGivenName(b)) orders names like compareByGivenName(a, b).
    ///
    /// The key is "given ⇥ t(given) ⇥ middle ⇥ t(middle) ⇥ family ⇥ t(family)",
    /// ⇥ being a tab (the lowest non-ignorable character in ICU, below the space
    /// inside middle names) and t() a string of digits spelling the tone of each
    /// letter, then its case. ICU compares the base letters of the whole string
    /// before any tone, so without t() "Ha" vs "Hà" would be settled by the middle
    /// name; t() makes each part settle fully before the next. Exact for
    /// Vietnamese letters; other diacritics (ü, ç) get a coarser code. Meant for
    /// sorting in memory (a sort role), not for storing: it is not a binary key.
    static QString sortKeyByGivenName(const QString &fullName);

    /// The decimal digits of `text`, in order: "0904.185.683" → "0904185683".
    static QString digitsOnly(const QString &text);
};

} // namespace DutyDesk
