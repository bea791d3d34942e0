#include "VCard.h"

#include "VietnameseText.h"

namespace DutyDesk {

QString VCard::escape(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '\\':
            out += QStringLiteral("\\\\");
            break;
        case ',':
            out += QStringLiteral("\\,");
            break;
        case ';':
            out += QStringLiteral("\\;");
            break;
        case '\n':
            out += QStringLiteral("\\n");
            break;
        case '\r':
            break;
        default:
            out += c;
        }
    }
    return out;
}

QByteArray VCard::fold(const QByteArray &line)
{
    constexpr int Limit = 75;
    if (line.size() <= Limit)
        return line;
    QByteArray out;
    int start = 0;
    int limit = Limit; // the first line has 75 octets, the next ones a space + 74
    while (line.size() - start > limit) {
        int cut = start + limit;
        // Never cut inside a UTF-8 sequence: back up over continuation bytes.
        while (cut > start && (static_cast<unsigned char>(line.at(cut)) & 0xC0) == 0x80)
            --cut;
        out += line.mid(start, cut - start);
        out += "\r\n ";
        start = cut;
        limit = Limit - 1;
    }
    out += line.mid(start);
    return out;
}

namespace {

QString structuredName(const QString &fullName)
{
    const QString name = VietnameseText::normalize(fullName);
    // Family;Given;Additional;Prefix;Suffix
    return VCard::escape(VietnameseText::familyName(name)) + QLatin1Char(';')
        + VCard::escape(VietnameseText::givenName(name)) + QLatin1Char(';')
        + VCard::escape(VietnameseText::middleName(name)) + QStringLiteral(";;");
}

QString telType(PhoneKind kind)
{
    switch (kind) {
    case PhoneKind::Mobile:
        return QStringLiteral("CELL");
    case PhoneKind::Office:
        return QStringLiteral("WORK");
    case PhoneKind::Home:
        return QStringLiteral("HOME");
    }
    return QStringLiteral("VOICE");
}

QList<QString> contentLines(const VCardContact &c, bool full)
{
    const QString name = VietnameseText::normalize(c.fullName);
    QList<QString> lines;
    lines << QStringLiteral("BEGIN:VCARD") << QStringLiteral("VERSION:3.0");
    lines << QStringLiteral("N:") + structuredName(name);
    lines << QStringLiteral("FN:") + VCard::escape(name);
    if (!c.organisation.isEmpty())
        lines << QStringLiteral("ORG:") + VCard::escape(c.organisation);
    if (!c.position.isEmpty())
        lines << QStringLiteral("TITLE:") + VCard::escape(c.position);
    for (int i = 0; i < c.phones.size(); ++i) {
        const PhoneEntry &phone = c.phones.at(i);
        QString type = telType(phone.kind);
        if (i == 0 && full)
            type += QStringLiteral(",PREF");
        if (phone.kind != PhoneKind::Mobile)
            type += QStringLiteral(",VOICE");
        lines << QStringLiteral("TEL;TYPE=%1:%2").arg(type, VCard::escape(phone.e164));
    }
    if (!c.email.isEmpty())
        lines << QStringLiteral("EMAIL;TYPE=INTERNET:") + VCard::escape(c.email);
    if (full && !c.uid.isEmpty())
        lines << QStringLiteral("UID:") + VCard::escape(c.uid);
    lines << QStringLiteral("END:VCARD");
    return lines;
}

} // namespace

QByteArray VCard::card(const VCardContact &contact)
{
    QByteArray out;
    for (const QString &line : contentLines(contact, true))
        out += fold(line.toUtf8()) + "\r\n";
    return out;
}

QByteArray VCard::cards(const QList<VCardContact> &contacts)
{
    QByteArray out;
    for (const VCardContact &contact : contacts)
        out += card(contact);
    return out;
}

QByteArray VCard::qrCard(const VCardContact &contact)
{
    QByteArray out;
    for (const QString &line : contentLines(contact, false))
        out += line.toUtf8() + "\r\n";
    return out;
}

VCardContact VCard::fromPerson(const Person &person, const QString &unitName)
{
    VCardContact c;
    c.fullName = person.fullName;
    c.position = person.position;
    c.organisation = unitName;
    c.phones = person.phones;
    c.email = person.email;
    if (person.id != NoId)
        c.uid = QStringLiteral("dutydesk-person-%1").arg(person.id);
    return c;
}

} // namespace DutyDesk
