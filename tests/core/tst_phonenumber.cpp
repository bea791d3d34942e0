#include "PhoneNumber.h"

#include <QStringList>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using DutyDesk::Error;
using DutyDesk::PhoneNumber;

Q_DECLARE_METATYPE(DutyDesk::PhoneNumber::Type)

namespace DutyDesk {
// Readable QCOMPARE failures.
char *toString(PhoneNumber::Type type)
{
    switch (type) {
    case PhoneNumber::Type::Mobile:
        return qstrdup("Mobile");
    case PhoneNumber::Type::FixedLine:
        return qstrdup("FixedLine");
    case PhoneNumber::Type::Short:
        return qstrdup("Short");
    case PhoneNumber::Type::Other:
        return qstrdup("Other");
    }
    return qstrdup("?");
}
} // namespace DutyDesk

namespace {

struct OldPrefix
{
    const char *carrier;
    const char *oldPrefix; // after the 0
    const char *newPrefix;
};

// vietnam-facts.md §4.
constexpr OldPrefix kOldPrefixes[] = {
    {"Viettel", "162", "32"},      {"Viettel", "163", "33"},      {"Viettel", "164", "34"},
    {"Viettel", "165", "35"},      {"Viettel", "166", "36"},      {"Viettel", "167", "37"},
    {"Viettel", "168", "38"},      {"Viettel", "169", "39"},      {"MobiFone", "120", "70"},
    {"MobiFone", "121", "79"},     {"MobiFone", "122", "77"},     {"MobiFone", "126", "76"},
    {"MobiFone", "128", "78"},     {"VinaPhone", "123", "83"},    {"VinaPhone", "124", "84"},
    {"VinaPhone", "125", "85"},    {"VinaPhone", "127", "81"},    {"VinaPhone", "129", "82"},
    {"Vietnamobile", "186", "56"}, {"Vietnamobile", "188", "58"}, {"Gmobile", "199", "59"},
};

} // namespace

class TestPhoneNumber : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void oldMobiles_data();
    void oldMobiles();
    void invalid_data();
    void invalid();
    void foreign_data();
    void foreign();
    void fromE164_data();
    void fromE164();
    void displayStoredMobiles();
    void equality();
};

void TestPhoneNumber::parse_data()
{
    QTest::addColumn<QString>("written");
    QTest::addColumn<QString>("e164");
    QTest::addColumn<QString>("display");
    QTest::addColumn<QString>("national");
    QTest::addColumn<PhoneNumber::Type>("type");

    const auto mobile = [](const char *name, const QString &written) {
        QTest::newRow(name) << written << u"+84904185683"_s << u"0904 185 683"_s << u"0904185683"_s
                            << PhoneNumber::Type::Mobile;
    };
    mobile("dots", u"0904.185.683"_s);
    mobile("spaces", u"0904 185 683"_s);
    mobile("plus 84", u"+84 904 185 683"_s);
    mobile("84 without plus", u"84904185683"_s);
    mobile("digits only", u"0904185683"_s);
    mobile("dashes", u"0904-185-683"_s);
    mobile("en dashes", u"0904–185–683"_s);
    mobile("00 84", u"0084 904 185 683"_s);
    mobile("plus 84 (0)", u"+84 (0) 904 185 683"_s);
    mobile("no-break spaces, padding", u" 0904\u00A0185\u00A0683 "_s);
    mobile("full-width digits", u"０９０４１８５６８３"_s);

    QTest::newRow("Viettel 032") << u"0321 234 567"_s << u"+84321234567"_s << u"0321 234 567"_s
                                 << u"0321234567"_s << PhoneNumber::Type::Mobile;
    QTest::newRow("VinaPhone 088") << u"0888.123.456"_s << u"+84888123456"_s << u"0888 123 456"_s
                                   << u"0888123456"_s << PhoneNumber::Type::Mobile;

    const auto haiPhong = [](const char *name, const QString &written) {
        QTest::newRow(name) << written << u"+842253842123"_s << u"0225 3842 123"_s
                            << u"02253842123"_s << PhoneNumber::Type::FixedLine;
    };
    haiPhong("Hải Phòng brackets", u"(0225) 3842 123"_s);
    haiPhong("Hải Phòng dashes", u"0225-3842-123"_s);
    haiPhong("Hải Phòng plus", u"+84 225 3842 123"_s);
    haiPhong("Hải Phòng dots", u"0225.3842.123"_s);
    QTest::newRow("Hải Dương 0220")
        << u"0220 3842 123"_s << u"+842203842123"_s << u"0220 3842 123"_s << u"02203842123"_s
        << PhoneNumber::Type::FixedLine;
    QTest::newRow("Hà Nội 024") << u"(024) 3825-1234"_s << u"+842438251234"_s << u"024 3825 1234"_s
                                << u"02438251234"_s << PhoneNumber::Type::FixedLine;
    QTest::newRow("Hà Nội plus") << u"+84 24 3825 1234"_s << u"+842438251234"_s
                                 << u"024 3825 1234"_s << u"02438251234"_s
                                 << PhoneNumber::Type::FixedLine;
    QTest::newRow("TP HCM 028") << u"028.3829.5555"_s << u"+842838295555"_s << u"028 3829 5555"_s
                                << u"02838295555"_s << PhoneNumber::Type::FixedLine;

    for (const char *digits : {"111", "112", "113", "114", "115"}) {
        const QString number = QString::fromLatin1(digits);
        QTest::addRow("short %s", digits)
            << number << number << number << number << PhoneNumber::Type::Short;
    }
    QTest::newRow("short with space")
        << u"11 3"_s << u"113"_s << u"113"_s << u"113"_s << PhoneNumber::Type::Short;

    // 1800 (free) and 1900 (paid) numbers are full numbers to libphonenumber.
    QTest::newRow("1800 short") << u"1800 1091"_s << u"+8418001091"_s << u"1800 1091"_s
                                << u"18001091"_s << PhoneNumber::Type::Other;
    QTest::newRow("1800 long") << u"1800.599.920"_s << u"+841800599920"_s << u"1800 599 920"_s
                               << u"1800599920"_s << PhoneNumber::Type::Other;
    QTest::newRow("1900") << u"1900 1570"_s << u"+8419001570"_s << u"1900 1570"_s << u"19001570"_s
                          << PhoneNumber::Type::Other;
}

void TestPhoneNumber::parse()
{
    QFETCH(QString, written);
    QFETCH(QString, e164);
    QFETCH(QString, display);
    QFETCH(QString, national);
    QFETCH(PhoneNumber::Type, type);

    const DutyDesk::Result<PhoneNumber> result = PhoneNumber::parse(written);
    QVERIFY2(result.ok(), qPrintable(result.message()));
    QCOMPARE(result->e164(), e164);
    QCOMPARE(result->display(), display);
    QCOMPARE(result->nationalDigits(), national);
    QCOMPARE(result->type(), type);
    QVERIFY(!result->isEmpty());

    // What is stored reads back the same.
    const PhoneNumber stored = PhoneNumber::fromE164(result->e164());
    QCOMPARE(stored, *result);
    QCOMPARE(stored.display(), display);
    QCOMPARE(stored.nationalDigits(), national);
    QCOMPARE(stored.type(), type);
    QCOMPARE(PhoneNumber::displayStored(e164), display);
}

void TestPhoneNumber::oldMobiles_data()
{
    QTest::addColumn<QString>("written");
    QTest::addColumn<QString>("e164");
    QTest::addColumn<QString>("display");

    for (const OldPrefix &old : kOldPrefixes) {
        const QString oldPrefix = QString::fromLatin1(old.oldPrefix);
        const QString newPrefix = QString::fromLatin1(old.newPrefix);
        const QString e164 = u"+84"_s + newPrefix + u"9123456"_s;
        const QString display = u'0' + newPrefix + u"9 123 456"_s;
        const QStringList forms {
            u'0' + oldPrefix + u"9123456"_s,        u'0' + oldPrefix + u"9.123.456"_s,
            u"+84 "_s + oldPrefix + u"9 123 456"_s, u"84"_s + oldPrefix + u"9123456"_s,
            u"0084"_s + oldPrefix + u"9123456"_s,
        };
        for (const QString &written : forms)
            QTest::addRow("%s %s", old.carrier, qPrintable(written)) << written << e164 << display;
    }
}

void TestPhoneNumber::oldMobiles()
{
    QFETCH(QString, written);
    QFETCH(QString, e164);
    QFETCH(QString, display);

    const DutyDesk::Result<PhoneNumber> result = PhoneNumber::parse(written);
    QVERIFY2(result.ok(), qPrintable(result.message()));
    QCOMPARE(result->e164(), e164);
    QCOMPARE(result->display(), display);
    QCOMPARE(result->type(), PhoneNumber::Type::Mobile);
}

void TestPhoneNumber::invalid_data()
{
    QTest::addColumn<QString>("written");

    QTest::newRow("empty") << QString();
    QTest::newRow("blank") << u"   "_s;
    QTest::newRow("letters") << u"abc"_s;
    QTest::newRow("letter inside") << u"0904 185 68a"_s;
    QTest::newRow("extension") << u"0225 3842 123 ext 12"_s;
    QTest::newRow("slashes") << u"0904/185/683"_s;
    QTest::newRow("two plus signs") << u"++84904185683"_s;
    QTest::newRow("plus inside") << u"84+904185683"_s;
    QTest::newRow("punctuation only") << u"(--)"_s;
    QTest::newRow("too short") << u"090 418 568"_s;
    QTest::newRow("too long") << u"0904 185 6831"_s;
    QTest::newRow("landline too short") << u"0225 384 212"_s;
    QTest::newRow("non-existent prefix") << u"0104 185 683"_s;
    QTest::newRow("old prefix never used") << u"0130 912 3456"_s;
    QTest::newRow("old prefix, too short") << u"0168 912 345"_s;
    QTest::newRow("unknown short") << u"116"_s;
    QTest::newRow("short with trunk 0") << u"0113"_s;
    QTest::newRow("short with country code") << u"+84 113"_s;
    QTest::newRow("four digits") << u"1234"_s;
}

void TestPhoneNumber::invalid()
{
    QFETCH(QString, written);
    const DutyDesk::Result<PhoneNumber> result = PhoneNumber::parse(written);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code(), Error::Code::Invalid);
    QVERIFY(!result.message().isEmpty());
    QVERIFY2(result.message().contains(written.trimmed()), qPrintable(result.message()));
}

void TestPhoneNumber::foreign_data()
{
    QTest::addColumn<QString>("written");

    QTest::newRow("US") << u"+1 202 555 0123"_s;
    QTest::newRow("UK") << u"+44 20 7946 0000"_s;
    QTest::newRow("UK dialled with 00") << u"0044 20 7946 0000"_s;
    QTest::newRow("France mobile") << u"+33 6 12 34 56 78"_s;
}

void TestPhoneNumber::foreign()
{
    QFETCH(QString, written);
    const DutyDesk::Result<PhoneNumber> result = PhoneNumber::parse(written);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code(), Error::Code::Invalid);
    QVERIFY2(result.message().contains(written), qPrintable(result.message()));
    QVERIFY2(result.message().contains(u"foreign"_s), qPrintable(result.message()));
}

void TestPhoneNumber::fromE164_data()
{
    QTest::addColumn<QString>("stored");
    QTest::addColumn<QString>("display");
    QTest::addColumn<PhoneNumber::Type>("type");

    QTest::newRow("mobile") << u"+84904185683"_s << u"0904 185 683"_s << PhoneNumber::Type::Mobile;
    QTest::newRow("Hải Phòng") << u"+842253842123"_s << u"0225 3842 123"_s
                               << PhoneNumber::Type::FixedLine;
    QTest::newRow("Hà Nội") << u"+842438251234"_s << u"024 3825 1234"_s
                            << PhoneNumber::Type::FixedLine;
    QTest::newRow("short") << u"113"_s << u"113"_s << PhoneNumber::Type::Short;
    QTest::newRow("free") << u"+8418001091"_s << u"1800 1091"_s << PhoneNumber::Type::Other;
    QTest::newRow("foreign, stored by someone else")
        << u"+12025550123"_s << u"+1 202-555-0123"_s << PhoneNumber::Type::Other;
    QTest::newRow("unreadable") << u"hello"_s << u"hello"_s << PhoneNumber::Type::Other;
}

void TestPhoneNumber::fromE164()
{
    QFETCH(QString, stored);
    QFETCH(QString, display);
    QFETCH(PhoneNumber::Type, type);

    const PhoneNumber number = PhoneNumber::fromE164(stored);
    QCOMPARE(number.e164(), stored);
    QCOMPARE(number.display(), display);
    QCOMPARE(number.type(), type);
    QCOMPARE(PhoneNumber::displayStored(stored), display);
}

void TestPhoneNumber::displayStoredMobiles()
{
    // displayStored() shows a stored ten-digit mobile without libphonenumber:
    // for every prefix a stored mobile can have (allocated or not), the same
    // text as the full reading.
    int compared = 0;
    for (const QChar first : QStringView(u"35789")) {
        for (int next = 0; next < 100; ++next) {
            for (const char16_t *tail : {u"000000", u"123456", u"185683", u"999999"}) {
                const QString stored = u"+84"_s + first
                    + QStringLiteral("%1").arg(next, 2, 10, QLatin1Char('0'))
                    + QString::fromUtf16(tail);
                const QString full = PhoneNumber::fromE164(stored).display();
                QCOMPARE(PhoneNumber::displayStored(stored), full);
                QCOMPARE(full.size(), 12);
                ++compared;
            }
        }
    }
    QCOMPARE(compared, 5 * 100 * 4);
    // Anything else still goes through libphonenumber.
    for (const QString &other : {u"+8490418568"_s, u"+84904185683a"_s, u"+84 904 185 683"_s,
                                 u"+842253842123"_s, u"+8418001091"_s, u"113"_s}) {
        QCOMPARE(PhoneNumber::displayStored(other), PhoneNumber::fromE164(other).display());
    }
}

void TestPhoneNumber::equality()
{
    const auto parsed = [](const QString &written) {
        return PhoneNumber::parse(written).value();
    };
    QCOMPARE(parsed(u"0904.185.683"_s), parsed(u"+84 904 185 683"_s));
    QCOMPARE(parsed(u"01689 123 456"_s), parsed(u"0389 123 456"_s));
    QVERIFY(parsed(u"0904.185.683"_s) != parsed(u"0904.185.684"_s));
    QVERIFY(PhoneNumber().isEmpty());
    QVERIFY(PhoneNumber::fromE164(QString()).isEmpty());
    QCOMPARE(PhoneNumber(), PhoneNumber::fromE164(QString()));
}

QTEST_GUILESS_MAIN(TestPhoneNumber)
#include "tst_phonenumber.moc"
