#include "VietnameseText.h"

#include <QStringList>
#include <QTest>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;
using DutyDesk::VietnameseText;

namespace {

int sign(int value)
{
    return (value > 0) - (value < 0);
}

// §5 written out plainly, independent of the table-driven fast path.
QString foldByDefinition(const QString &text)
{
    const QString decomposed
        = text.normalized(QString::NormalizationForm_C).normalized(QString::NormalizationForm_D);
    QString out;
    for (qsizetype i = 0; i < decomposed.size(); ++i) {
        char32_t c = decomposed.at(i).unicode();
        if (decomposed.at(i).isHighSurrogate() && i + 1 < decomposed.size()) {
            c = QChar::surrogateToUcs4(decomposed.at(i), decomposed.at(i + 1));
            ++i;
        }
        const QChar::Category category = QChar::category(c);
        if (category == QChar::Mark_NonSpacing || category == QChar::Mark_Enclosing
            || category == QChar::Other_Format)
            continue;
        if (QChar::isSpace(c)) {
            out += u' ';
            continue;
        }
        c = (c == 0x0110 || c == 0x0111) ? U'd' : QChar::toLower(c);
        out += QStringView(QChar::fromUcs4(c));
    }
    return out.simplified();
}

// The Vietnamese alphabet of §5, in order.
const QStringList kAlphabet
    = u"a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y"_s.split(u' ');

// Official list order (given name, middle, family) of a small office.
const QStringList kByGivenName {
    u"An"_s,
    u"Nguyễn Văn An"_s,
    u"Trần Thị Ánh"_s,
    u"Lê Văn Ân"_s,
    u"Đặng Văn Dũng"_s,
    u"Dương Văn Đức"_s,
    u"Nguyễn Văn Ha"_s,
    u"Hoàng Thị Hà"_s,
    u"Lê Thị Hà"_s,
    u"Bùi Thị Hạ"_s,
    u"Đỗ Hải"_s,
    u"Trần Hoà"_s,
    u"Trần Hòa"_s,
    u"Phạm Đức Tính"_s,
    u"Võ Văn Tú"_s,
    u"Trần Văn Minh Tú"_s,
};

} // namespace

class TestVietnameseText : public QObject
{
    Q_OBJECT

private slots:
    void fold_data();
    void fold();
    void foldAgreesWithDefinition();
    void normalize_data();
    void normalize();
    void nameParts_data();
    void nameParts();
    void collation_data();
    void collation();
    void collationSortsTheAlphabet();
    void collationIgnoresNormalizationForm();
    void givenNameOrder();
    void sortKeyMatchesGivenNameOrder();
    void digitsOnly_data();
    void digitsOnly();
    void foldSpeed();
};

void TestVietnameseText::fold_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("folded");

    QTest::newRow("composed") << u"Phạm Đức Tính"_s << u"pham duc tinh"_s;
    QTest::newRow("upper case") << u"PHẠM ĐỨC TÍNH"_s << u"pham duc tinh"_s;
    QTest::newRow("decomposed") << u"Pha\u0323m \u0110u\u031B\u0301c Ti\u0301nh"_s
                                << u"pham duc tinh"_s;
    QTest::newRow("lower đ") << u"đào"_s << u"dao"_s;
    QTest::newRow("upper Đ") << u"ĐÀO"_s << u"dao"_s;
    QTest::newRow("mixed whitespace") << u"  Phạm\t Đức\u00A0\n Tính \r\n"_s << u"pham duc tinh"_s;
    QTest::newRow("all letters") << u"ăâêôơư ĂÂÊÔƠƯ"_s << u"aaeoou aaeoou"_s;
    QTest::newRow("all tones") << u"a à ả ã á ạ ằ ẳ ẵ ắ ặ Ầ Ẩ Ẫ Ấ Ậ"_s
                               << u"a a a a a a a a a a a a a a a a"_s;
    QTest::newRow("long name") << u"Nguyễn Thị Ánh Tuyết"_s << u"nguyen thi anh tuyet"_s;
    QTest::newRow("ascii") << u"  John   SMITH "_s << u"john smith"_s;
    QTest::newRow("ascii already folded") << u"pham duc tinh"_s << u"pham duc tinh"_s;
    QTest::newRow("digits") << u"0904.185.683"_s << u"0904.185.683"_s;
    QTest::newRow("soft hyphen, zero-width space") << u"Ph\u00ADạm\u200B Tính"_s << u"pham tinh"_s;
    QTest::newRow("outside the fast table") << u"Ελληνικά Ωμέγα"_s << u"ελληνικα ωμεγα"_s;
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("only spaces") << u" \t\u00A0 "_s << QString();
}

void TestVietnameseText::fold()
{
    QFETCH(QString, text);
    QFETCH(QString, folded);
    QCOMPARE(VietnameseText::fold(text), folded);
    QCOMPARE(VietnameseText::fold(text), foldByDefinition(text));
}

void TestVietnameseText::foldAgreesWithDefinition()
{
    // Every BMP character, alone and between letters, folds as §5 says.
    for (char32_t c = 0; c <= 0xFFFF; ++c) {
        if (QChar::isSurrogate(c))
            continue;
        const QString alone(QChar(static_cast<char16_t>(c)));
        const QString between = u"Ạ"_s + alone + u"b "_s + alone + u"đ"_s;
        if (VietnameseText::fold(alone) != foldByDefinition(alone)
            || VietnameseText::fold(between) != foldByDefinition(between)) {
            QFAIL(qPrintable(u"U+%1 folds to \"%2\", expected \"%3\""_s
                                 .arg(static_cast<uint>(c), 4, 16, QChar(u'0'))
                                 .arg(VietnameseText::fold(between), foldByDefinition(between))));
        }
    }
}

void TestVietnameseText::normalize_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("normalized");

    QTest::newRow("already") << u"Phạm Đức Tính"_s << u"Phạm Đức Tính"_s;
    QTest::newRow("decomposed") << u"Pha\u0323m \u0110u\u031B\u0301c Ti\u0301nh"_s
                                << u"Phạm Đức Tính"_s;
    QTest::newRow("whitespace") << u"\t Phạm  Đức\u00A0Tính \n"_s << u"Phạm Đức Tính"_s;
    QTest::newRow("empty") << QString() << QString();
}

void TestVietnameseText::normalize()
{
    QFETCH(QString, text);
    QFETCH(QString, normalized);
    const QString result = VietnameseText::normalize(text);
    QCOMPARE(result, normalized);
    QCOMPARE(result, result.normalized(QString::NormalizationForm_C));
}

void TestVietnameseText::nameParts_data()
{
    QTest::addColumn<QString>("fullName");
    QTest::addColumn<QString>("family");
    QTest::addColumn<QString>("middle");
    QTest::addColumn<QString>("given");

    QTest::newRow("three words") << u"Phạm Đức Tính"_s << u"Phạm"_s << u"Đức"_s << u"Tính"_s;
    QTest::newRow("four words") << u"Nguyễn Thị Minh Khai"_s << u"Nguyễn"_s << u"Thị Minh"_s
                                << u"Khai"_s;
    QTest::newRow("two words") << u" Lê   Lợi "_s << u"Lê"_s << QString() << u"Lợi"_s;
    QTest::newRow("one word") << u"Tính"_s << QString() << QString() << u"Tính"_s;
    QTest::newRow("decomposed") << u"Pha\u0323m Ti\u0301nh"_s << u"Phạm"_s << QString()
                                << u"Tính"_s;
    QTest::newRow("empty") << QString() << QString() << QString() << QString();
}

void TestVietnameseText::nameParts()
{
    QFETCH(QString, fullName);
    QFETCH(QString, family);
    QFETCH(QString, middle);
    QFETCH(QString, given);
    QCOMPARE(VietnameseText::familyName(fullName), family);
    QCOMPARE(VietnameseText::middleName(fullName), middle);
    QCOMPARE(VietnameseText::givenName(fullName), given);
}

void TestVietnameseText::collation_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");

    // Tones sort below letters: none, huyền, hỏi, ngã, sắc, nặng.
    QTest::newRow("Hà < Hạ") << u"Hà"_s << u"Hạ"_s;
    QTest::newRow("Hạ < Hai") << u"Hạ"_s << u"Hai"_s;
    QTest::newRow("Hai < Hài") << u"Hai"_s << u"Hài"_s;
    QTest::newRow("Hài < Hải") << u"Hài"_s << u"Hải"_s;
    QTest::newRow("Ha < Hà") << u"Ha"_s << u"Hà"_s;
    QTest::newRow("Hà < Hả") << u"Hà"_s << u"Hả"_s;
    QTest::newRow("Hả < Hã") << u"Hả"_s << u"Hã"_s;
    QTest::newRow("Hã < Há") << u"Hã"_s << u"Há"_s;
    QTest::newRow("Há < Hạ") << u"Há"_s << u"Hạ"_s;
    // ă â đ ê ô ơ ư are letters of their own.
    QTest::newRow("An < Ăn") << u"An"_s << u"Ăn"_s;
    QTest::newRow("Ăn < Ân") << u"Ăn"_s << u"Ân"_s;
    QTest::newRow("Anh < Ăn") << u"Anh"_s << u"Ăn"_s;
    QTest::newRow("Ấy < Bình") << u"Ấy"_s << u"Bình"_s;
    QTest::newRow("Dương < Đào") << u"Dương"_s << u"Đào"_s;
    QTest::newRow("Dz < Đa") << u"Dz"_s << u"Đa"_s;
    QTest::newRow("Ey < Ê") << u"Ey"_s << u"Ê"_s;
    QTest::newRow("Oy < Ôn") << u"Oy"_s << u"Ôn"_s;
    QTest::newRow("Ôy < Ơn") << u"Ôy"_s << u"Ơn"_s;
    QTest::newRow("Uy < Ưng") << u"Uy"_s << u"Ưng"_s;
    QTest::newRow("Ưng < Vy") << u"Ưng"_s << u"Vy"_s;
    QTest::newRow("lower before upper") << u"an"_s << u"An"_s;
}

void TestVietnameseText::collation()
{
    QFETCH(QString, before);
    QFETCH(QString, after);
    QVERIFY2(VietnameseText::compare(before, after) < 0, "wrong order");
    QVERIFY2(VietnameseText::compare(after, before) > 0, "not antisymmetric");
    QCOMPARE(VietnameseText::compare(before, before), 0);
}

void TestVietnameseText::collationSortsTheAlphabet()
{
    QStringList letters = kAlphabet;
    std::reverse(letters.begin(), letters.end());
    std::sort(letters.begin(), letters.end(),
              [](const QString &a, const QString &b) { return VietnameseText::compare(a, b) < 0; });
    QCOMPARE(letters, kAlphabet);

    QStringList upper;
    for (const QString &letter : kAlphabet)
        upper << letter.toUpper();
    QStringList shuffled = upper;
    std::rotate(shuffled.begin(), shuffled.begin() + 11, shuffled.end());
    std::sort(shuffled.begin(), shuffled.end(),
              [](const QString &a, const QString &b) { return VietnameseText::compare(a, b) < 0; });
    QCOMPARE(shuffled, upper);
}

void TestVietnameseText::collationIgnoresNormalizationForm()
{
    QCOMPARE(
        VietnameseText::compare(u"Phạm Đức Tính"_s, u"Pha\u0323m Đu\u031B\u0301c Ti\u0301nh"_s), 0);
}

void TestVietnameseText::givenNameOrder()
{
    QStringList names = kByGivenName;
    std::reverse(names.begin(), names.end());
    std::rotate(names.begin(), names.begin() + 5, names.end());
    std::sort(names.begin(), names.end(), [](const QString &a, const QString &b) {
        return VietnameseText::compareByGivenName(a, b) < 0;
    });
    QCOMPARE(names, kByGivenName);

    // Extra spaces and decomposed input sort like their clean form.
    QVERIFY(VietnameseText::compareByGivenName(u"  Bùi   Thị Hạ "_s, u"Lê Thị Hà"_s) > 0);
    QVERIFY(VietnameseText::compareByGivenName(u"Bu\u0300i Thi\u0323 Ha\u0323"_s, u"Đỗ Hải"_s) < 0);
    // Identical names compare equal; different strings never do.
    QCOMPARE(VietnameseText::compareByGivenName(u"Lê Thị Hà"_s, u"Lê Thị Hà"_s), 0);
    QVERIFY(VietnameseText::compareByGivenName(u"Lê Thị Hà"_s, u"Lê Thị Hà "_s) != 0);
}

void TestVietnameseText::sortKeyMatchesGivenNameOrder()
{
    QStringList names = kByGivenName;
    names << u"an"_s << u"AN"_s << u"Lê Thị Ha"_s << u"Lê thị Hà"_s << u"Trần Văn Tú"_s
          << u"Trần Vặn Tú"_s << u"Müller Hans"_s << u"Mùller Hans"_s;

    // A plain "given middle family" key would put "Hoàng Thị Hà" before
    // "Nguyễn Văn Ha", letting the middle name outweigh the tone of the given name.
    const QString keyHa = VietnameseText::sortKeyByGivenName(u"Nguyễn Văn Ha"_s);
    const QString keyHa2 = VietnameseText::sortKeyByGivenName(u"Hoàng Thị Hà"_s);
    QVERIFY(VietnameseText::compare(keyHa, keyHa2) < 0);

    for (const QString &a : std::as_const(names)) {
        for (const QString &b : std::as_const(names)) {
            const int expected = sign(VietnameseText::compareByGivenName(a, b));
            const int byKey = sign(VietnameseText::compare(VietnameseText::sortKeyByGivenName(a),
                                                           VietnameseText::sortKeyByGivenName(b)));
            if (byKey != expected) {
                QFAIL(qPrintable(
                    u"\"%1\" vs \"%2\": key order %3, name order %4"_s.arg(a, b).arg(byKey).arg(
                        expected)));
            }
        }
    }
}

void TestVietnameseText::digitsOnly_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("digits");

    QTest::newRow("dots") << u"0904.185.683"_s << u"0904185683"_s;
    QTest::newRow("brackets and dashes") << u"(0225) 3842-123"_s << u"02253842123"_s;
    QTest::newRow("plus") << u"+84 904 185 683"_s << u"84904185683"_s;
    QTest::newRow("full-width") << u"０９０４"_s << u"0904"_s;
    QTest::newRow("letters") << u"abc"_s << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestVietnameseText::digitsOnly()
{
    QFETCH(QString, text);
    QFETCH(QString, digits);
    QCOMPARE(VietnameseText::digitsOnly(text), digits);
}

void TestVietnameseText::foldSpeed()
{
    QStringList names;
    for (int i = 0; i < 1000; ++i)
        names << kByGivenName.at(i % kByGivenName.size()) + u' ' + QString::number(i);
    QBENCHMARK
    {
        for (const QString &name : std::as_const(names))
            VietnameseText::fold(name);
    }
}

QTEST_GUILESS_MAIN(TestVietnameseText)
#include "tst_vietnamesetext.moc"
