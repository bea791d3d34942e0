#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace DutyDesk {

/// The 8-bit Vietnamese encodings still found in files offices send:
/// Windows-1258 (combining tone marks), TCVN3 ("ABC", one byte 0xA1–0xFE per
/// toned letter, used with the .VnTime fonts) and VNI (base letter followed by
/// a diacritic byte, used with the VNI-Times fonts). Qt 6.4 knows none of
/// them, so the tables are ours. Everything decodes to Unicode NFC.
///
/// Detection guesses by reading: each candidate decoding is scored by how many
/// of the words it produces are well-formed Vietnamese syllables.
class LegacyEncoding
{
    Q_DECLARE_TR_FUNCTIONS(DutyDesk::LegacyEncoding)
public:
    enum class Encoding { Utf8, Windows1258, Tcvn3, Vni };

    /// A short name for reports: "UTF-8", "Windows-1258", "TCVN3", "VNI".
    static QString name(Encoding encoding);

    /// Bytes that are not valid UTF-8: the 8-bit encoding that reads best.
    /// Valid UTF-8 (or pure ASCII) gives Utf8.
    static Encoding detect(const QByteArray &bytes);
    /// Decodes `bytes`; the result is NFC.
    static QString decode(const QByteArray &bytes, Encoding encoding);

    /// Unicode text that really holds legacy bytes: text typed with a .VnTime
    /// or VNI font and saved as Unicode shows as "NguyÔn V¨n An" or
    /// "Nguyeãn Vaên An". Returns the encoding the characters were meant in,
    /// or Utf8 when the text reads best as it is.
    static Encoding detectInText(const QString &text);
    /// `text` read back as `encoding` (see detectInText); unchanged for Utf8
    /// or when a character cannot have come from that encoding.
    static QString repairText(const QString &text, Encoding encoding);

    /// How Vietnamese `text` looks: +1 per well-formed syllable holding a
    /// letter beyond ASCII, -1 per malformed word holding one. Used to choose
    /// among decodings.
    static int score(const QString &text);

    /// Whether a single word (any case) is a well-formed Vietnamese syllable.
    static bool isSyllable(const QString &word);
};

} // namespace DutyDesk
