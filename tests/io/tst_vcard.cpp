#include "DirectoryStore.h"
#include "Exporter.h"
#include "IoFixture.h"
#include "SpreadsheetExport.h"
#include "VCard.h"
#include "VietnameseText.h"

#include <QFile>
#include <QStringDecoder>

using namespace DutyDesk;
using namespace IoTest;

namespace {

struct Property
{
    QString name;
    QStringList parameters;
    QString rawValue;
};

using Card = QList<Property>;

/// RFC 2426 unescaping of one text value (or one component of a structured one).
QString unescape(const QString &value)
{
    QString out;
    for (qsizetype i = 0; i < value.size(); ++i) {
        if (value.at(i) == QLatin1Char('\\') && i + 1 < value.size()) {
            const QChar next = value.at(++i);
            out += next == QLatin1Char('n') || next == QLatin1Char('N') ? QChar(u'\n') : next;
        } else {
            out += value.at(i);
        }
    }
    return out;
}

/// Splits a structured value at the semicolons that are not escaped.
QStringList components(const QString &value)
{
    QStringList parts;
    QString current;
    for (qsizetype i = 0; i < value.size(); ++i) {
        if (value.at(i) == QLatin1Char('\\') && i + 1 < value.size()) {
            current += value.at(i);
            current += value.at(++i);
        } else if (value.at(i) == QLatin1Char(';')) {
            parts << unescape(current);
            current.clear();
        } else {
            current += value.at(i);
        }
    }
    parts << unescape(current);
    return parts;
}

/// A strict reader: CRLF only, physical lines of at most 75 octets that are
/// each valid UTF-8, folding undone, BEGIN/VERSION/END in place.
QList<Card> parseVCards(const QByteArray &data, QString *error)
{
    QList<Card> cards;
    if (!data.endsWith("\r\n")) {
        *error = QStringLiteral("no final CRLF");
        return {};
    }
    const QList<QByteArray> physical = data.left(data.size() - 2).split('\n');
    QStringList logical;
    for (const QByteArray &physicalLine : physical) {
        QByteArray line = physicalLine;
        // The final CRLF was cut off above; every other line must end with CR.
        if (line.endsWith('\r')) {
            line.chop(1);
        } else if (&physicalLine != &physical.last()) {
            *error = QStringLiteral("bare LF");
            return {};
        }
        if (line.size() > 75) {
            *error = QStringLiteral("line longer than 75 octets: ") + QString::fromUtf8(line);
            return {};
        }
        QStringDecoder decoder(QStringDecoder::Utf8);
        const QString text = decoder(line);
        if (decoder.hasError()) {
            *error = QStringLiteral("a fold cut a UTF-8 sequence");
            return {};
        }
        if (text.startsWith(QLatin1Char(' ')) && !logical.isEmpty())
            logical.last() += text.mid(1);
        else
            logical << text;
    }
    Card card;
    bool open = false;
    for (const QString &line : std::as_const(logical)) {
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        if (colon < 0) {
            *error = QStringLiteral("no colon: ") + line;
            return {};
        }
        QStringList head = line.left(colon).split(QLatin1Char(';'));
        const Property p {head.takeFirst().toUpper(), head, line.mid(colon + 1)};
        if (p.name == QLatin1String("BEGIN")) {
            if (open || p.rawValue != QLatin1String("VCARD")) {
                *error = QStringLiteral("BEGIN misplaced");
                return {};
            }
            open = true;
            card.clear();
        } else if (p.name == QLatin1String("END")) {
            if (!open || card.isEmpty() || card.first().name != QLatin1String("VERSION")
                || card.first().rawValue != QLatin1String("3.0")) {
                *error = QStringLiteral("END misplaced or VERSION:3.0 not first");
                return {};
            }
            open = false;
            cards << card;
        } else {
            card << p;
        }
    }
    if (open)
        *error = QStringLiteral("unterminated card");
    return cards;
}

const Property *find(const Card &card, const char *name)
{
    for (const Property &p : card) {
        if (p.name == QLatin1String(name))
            return &p;
    }
    return nullptr;
}

} // namespace

/// vCard 3.0 files read back with a strict line parser: structured Vietnamese
/// names, escaping, folding, typed numbers, one card per person.
class TestVCard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void escapingAndFolding();
    void allContacts();
    void oneUnit();

private:
    SampleFixture m_fx;
    Person m_tricky;
};

void TestVCard::initTestCase()
{
    QVERIFY(m_fx.setUp());
    m_tricky.unitId = m_fx.unitId;
    m_tricky.fullName = u8("Tôn Nữ Thị Minh Khai");
    m_tricky.position = u8("Tổ trưởng tổ Tin học, kiêm thư ký Hội đồng; phụ trách an toàn thông "
                           "tin và chuyển đổi số của nhà trường \\ năm học 2022–2023");
    m_tricky.email = QStringLiteral("minhkhai@example.vn");
    m_tricky.phones << PhoneEntry {NoId, PhoneKind::Mobile, QStringLiteral("0904 111 222")}
                    << PhoneEntry {NoId, PhoneKind::Office, QStringLiteral("0225 3842 123")}
                    << PhoneEntry {NoId, PhoneKind::Home, QStringLiteral("0225 3999 888")};
    OK_VALUE(added, DirectoryStore(m_fx.db).addPerson(m_tricky));
    m_tricky = added;
}

void TestVCard::escapingAndFolding()
{
    QCOMPARE(VCard::escape(QStringLiteral("a,b;c\\d\ne")), QStringLiteral("a\\,b\\;c\\\\d\\ne"));
    const QByteArray card = VCard::card(VCard::fromPerson(m_tricky, u8("Trường THPT Thái Phiên")));
    QString error;
    const QList<Card> cards = parseVCards(card, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(cards.size(), 1);
    const Card &c = cards.first();
    // N: family;given;middle;prefix;suffix
    QCOMPARE(components(find(c, "N")->rawValue),
             QStringList({u8("Tôn"), u8("Khai"), u8("Nữ Thị Minh"), QString(), QString()}));
    QCOMPARE(unescape(find(c, "FN")->rawValue), m_tricky.fullName);
    QCOMPARE(unescape(find(c, "TITLE")->rawValue), m_tricky.position); // folded and escaped
    QVERIFY(card.contains("\r\n ")); // it was folded
    QCOMPARE(unescape(find(c, "ORG")->rawValue), u8("Trường THPT Thái Phiên"));
    QStringList tels;
    for (const Property &p : c) {
        if (p.name == QLatin1String("TEL"))
            tels << p.parameters.join(QLatin1Char(';')) + QLatin1Char('=') + p.rawValue;
    }
    QCOMPARE(tels,
             QStringList({QStringLiteral("TYPE=CELL,PREF=+84904111222"),
                          QStringLiteral("TYPE=WORK,VOICE=+842253842123"),
                          QStringLiteral("TYPE=HOME,VOICE=+842253999888")}));
    QCOMPARE(find(c, "EMAIL")->rawValue, QStringLiteral("minhkhai@example.vn"));
    QCOMPARE(find(c, "UID")->rawValue, QStringLiteral("dutydesk-person-%1").arg(m_tricky.id));
}

void TestVCard::allContacts()
{
    ExportRequest request;
    request.kind = ExportKind::Contacts;
    request.format = ExportFormat::Vcf;
    request.outputPath = m_fx.path(QStringLiteral("all.vcf"));
    OK_VALUE(report, Exporter(m_fx.db).run(request));
    QFile file(report.path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QString error;
    const QList<Card> cards = parseVCards(file.readAll(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    OK_VALUE(contacts, ContactList::load(m_fx.db, NoId));
    QCOMPARE(cards.size(), contacts.people.size());
    QCOMPARE(report.records, int(cards.size()));
    for (int i = 0; i < cards.size(); ++i) {
        const Card &card = cards.at(i);
        const Person &person = contacts.people.at(i);
        QCOMPARE(unescape(find(card, "FN")->rawValue), person.fullName);
        const QStringList n = components(find(card, "N")->rawValue);
        QCOMPARE(n.size(), 5);
        QCOMPARE(n.at(0), VietnameseText::familyName(person.fullName));
        QCOMPARE(n.at(1), VietnameseText::givenName(person.fullName));
        QCOMPARE(n.at(2), VietnameseText::middleName(person.fullName));
        QCOMPARE(unescape(find(card, "ORG")->rawValue), contacts.unitNames.value(person.unitId));
        int tels = 0;
        for (const Property &p : card)
            tels += p.name == QLatin1String("TEL") ? 1 : 0;
        QCOMPARE(tels, person.phones.size());
    }
    const QString audit = m_fx.exportAudits().last();
    QVERIFY(audit.contains(QLatin1String("\"vcf\"")));
    QVERIFY(audit.contains(report.path));
}

void TestVCard::oneUnit()
{
    ExportRequest request;
    request.kind = ExportKind::Contacts;
    request.format = ExportFormat::Vcf;
    request.unitId = m_fx.unitId;
    request.outputPath = m_fx.path(QStringLiteral("unit.vcf"));
    OK_VALUE(report, Exporter(m_fx.db).run(request));
    QFile file(report.path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QString error;
    const QList<Card> cards = parseVCards(file.readAll(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    OK_VALUE(people, DirectoryStore(m_fx.db).people(m_fx.unitId));
    QCOMPARE(cards.size(), people.size());
    for (const Card &card : cards)
        QCOMPARE(unescape(find(card, "ORG")->rawValue), u8(SampleData::QuerySchoolName));
}

QTEST_MAIN(TestVCard)
#include "tst_vcard.moc"
