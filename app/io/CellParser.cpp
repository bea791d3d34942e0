#include "CellParser.h"

#include "PhoneNumber.h"
#include "VietnameseText.h"
#include "XlsxReader.h"

#include <QRegularExpression>

namespace DutyDesk {

namespace {

/// A run of digits in a cell that is, or tries to be, a phone number.
struct PhoneSpan
{
    qsizetype start = 0;
    qsizetype end = 0; ///< one past the last character
    QString written;
    QString e164; ///< empty when not valid
};

bool isPhoneSeparator(QChar c)
{
    return c == u' ' || c == u'.' || c == u'-' || c == u'(' || c == u')' || c == u'\u00A0';
}

/// How many digits a Vietnamese number starting with `digits` has.
int expectedLength(const QString &national)
{
    if (national.size() < 2 || national.at(0) != u'0')
        return 10;
    return (national.at(1) == u'2' || national.at(1) == u'1') ? 11 : 10;
}

QList<PhoneSpan> findPhones(const QString &text)
{
    QList<PhoneSpan> spans;
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = text.at(i);
        const bool startsNumber
            = c.isDigit() || ((c == u'+' || c == u'(') && i + 1 < n && text.at(i + 1).isDigit());
        // A digit glued to a letter or a slash belongs to something else ("30/4", "Ca1").
        const bool glued = i > 0 && (text.at(i - 1).isLetter() || text.at(i - 1) == u'/');
        if (!startsNumber || glued) {
            ++i;
            continue;
        }
        QString digits;
        QList<qsizetype> positions;
        qsizetype j = i;
        qsizetype lastDigitEnd = i;
        int separators = 0;
        while (j < n && digits.size() < 13) {
            const QChar d = text.at(j);
            if (d.isDigit()) {
                digits.append(d);
                positions << j;
                lastDigitEnd = j + 1;
                separators = 0;
            } else if ((isPhoneSeparator(d) || (d == u'+' && digits.isEmpty())) && separators < 2) {
                ++separators;
            } else {
                break;
            }
            ++j;
        }
        if (j < n && text.at(j) == u'/' && digits.size() <= 4) {
            // A date such as "30/4": skip it whole.
            i = j + 1;
            continue;
        }
        QString national = digits;
        int skipped = 0;
        if (digits.startsWith(QLatin1String("84")) && digits.size() >= 11) {
            national = QLatin1Char('0') + digits.mid(2);
            skipped = 1;
        } else if (!digits.startsWith(u'0') && digits.size() == 9
                   && QStringLiteral("35789").contains(digits.at(0))) {
            national = QLatin1Char('0') + digits; // the 0 a spreadsheet dropped
            skipped = -1;
        }
        if (national.size() < 7) {
            i = lastDigitEnd > i ? lastDigitEnd : i + 1;
            continue;
        }
        const int expected = expectedLength(national);
        qsizetype end = lastDigitEnd;
        if (national.size() > expected && national.startsWith(u'0')) {
            // Two numbers written one after the other: cut after the first.
            const int cut = expected + skipped; // digits of `digits` to keep
            if (cut > 0 && cut <= positions.size()) {
                end = positions.at(cut - 1) + 1;
                national = national.left(expected);
            }
        }
        PhoneSpan span;
        span.start = i;
        span.end = end;
        span.written = text.mid(i, end - i).trimmed();
        const Result<PhoneNumber> parsed = PhoneNumber::parse(national);
        if (parsed && parsed->type() != PhoneNumber::Type::Short)
            span.e164 = parsed->e164();
        spans << span;
        i = end;
    }
    return spans;
}

QString foldedWords(const QString &text)
{
    QString folded = VietnameseText::fold(text);
    for (QChar &c : folded) {
        if (!c.isLetterOrNumber())
            c = u' ';
    }
    return folded.simplified();
}

const QStringList &honorifics()
{
    static const QStringList words
        = {QStringLiteral("d/c"), QStringLiteral("đ/c"),      QStringLiteral("dc"),
           QStringLiteral("đc"),  QStringLiteral("dong chi"), QStringLiteral("ong"),
           QStringLiteral("ba"),  QStringLiteral("thay"),     QStringLiteral("co"),
           QStringLiteral("mr"),  QStringLiteral("mrs"),      QStringLiteral("ms")};
    return words;
}

const QStringList &phoneLabels()
{
    static const QStringList words = {QStringLiteral("so dien thoai"),
                                      QStringLiteral("dien thoai"),
                                      QStringLiteral("sdt"),
                                      QStringLiteral("dtdd"),
                                      QStringLiteral("dd"),
                                      QStringLiteral("dt"),
                                      QStringLiteral("tel"),
                                      QStringLiteral("mobile"),
                                      QStringLiteral("phone"),
                                      QStringLiteral("so")};
    return words;
}

} // namespace

QString CellParser::cleanName(const QString &text, QString *position)
{
    QString rest = text;
    QStringList positions;
    static const QRegularExpression brackets(QStringLiteral("[(\\[]([^()\\[\\]]*)[)\\]]"));
    for (auto it = brackets.globalMatch(rest); it.hasNext();) {
        const QString inner = it.next().captured(1).trimmed();
        if (!inner.isEmpty())
            positions << inner;
    }
    rest.remove(brackets);
    static const QRegularExpression trimmable(
        QStringLiteral("^[\\s\\-\\x{2013}\\x{2014}:,;/+.]+|[\\s\\-\\x{2013}\\x{2014}:,;/+.]+$"));
    rest = VietnameseText::normalize(rest.remove(trimmable));
    // Labels before the number: "Nguyễn Văn An - ĐT:".
    for (bool changed = true; changed;) {
        changed = false;
        const QString folded = VietnameseText::fold(rest);
        for (const QString &label : phoneLabels()) {
            if (folded.endsWith(label)
                && (folded.size() == label.size()
                    || !folded.at(folded.size() - label.size() - 1).isLetter())) {
                rest = VietnameseText::normalize(
                    rest.left(rest.size() - label.size()).remove(trimmable));
                changed = true;
                break;
            }
        }
    }
    // "Nguyễn Văn An, Phó Hiệu trưởng" and "Nguyễn Văn An - PHT".
    static const QRegularExpression split(
        QStringLiteral("\\s*(?:,|\\s[-\\x{2013}\\x{2014}]\\s)\\s*"));
    QStringList parts = rest.split(split, Qt::SkipEmptyParts);
    if (parts.size() > 1) {
        rest = parts.takeFirst();
        positions = parts + positions;
    }
    // Titles in front of the name, kept when nothing but the title would remain.
    for (bool changed = true; changed;) {
        changed = false;
        const QStringList words = rest.split(u' ', Qt::SkipEmptyParts);
        if (words.size() < 3)
            break;
        const QString first = VietnameseText::fold(words.first()).remove(u'.');
        if (honorifics().contains(first)) {
            rest = words.mid(1).join(u' ');
            changed = true;
        }
    }
    if (position)
        *position = VietnameseText::normalize(positions.join(QStringLiteral(", ")));
    return VietnameseText::normalize(rest.remove(trimmable));
}

CellParser::People CellParser::people(const QString &cell)
{
    People result;
    const QString text = cell.normalized(QString::NormalizationForm_C);
    const QList<PhoneSpan> spans = findPhones(text);
    auto hasLetter = [](const QString &s) {
        for (const QChar c : s) {
            if (c.isLetter())
                return true;
        }
        return false;
    };
    auto addNamesOnly = [&](const QString &segment) {
        static const QRegularExpression separators(
            QStringLiteral("\\s*(?:[;\\n\\r,]|\\s+v\\x{00E0}\\s+|\\s+and\\s+)\\s*"));
        for (const QString &part : segment.split(separators, Qt::SkipEmptyParts)) {
            PersonText person;
            person.name = cleanName(part, &person.position);
            if (!person.name.isEmpty() && hasLetter(person.name))
                result.people << person;
        }
    };
    for (const PhoneSpan &span : spans) {
        if (span.e164.isEmpty())
            result.problems << tr("“%1” is not a valid Vietnamese phone number.").arg(span.written);
    }
    if (spans.isEmpty()) {
        addNamesOnly(text);
        return result;
    }
    qsizetype from = 0;
    for (int k = 0; k < spans.size(); ++k) {
        const PhoneSpan &span = spans.at(k);
        QString segment = text.mid(from, span.start - from);
        // Earlier lines of the segment without a number are people of their own.
        static const QRegularExpression lineBreak(QStringLiteral("[\\n\\r;]+"));
        QStringList lines = segment.split(lineBreak, Qt::SkipEmptyParts);
        while (lines.size() > 1 && !hasLetter(lines.last()))
            lines.removeLast();
        if (lines.size() > 1) {
            addNamesOnly(lines.mid(0, lines.size() - 1).join(u'\n'));
            segment = lines.last();
        }
        from = span.end;
        PersonText person;
        person.name = cleanName(segment, &person.position);
        person.phone = span.e164;
        person.writtenPhone = span.written;
        if (person.name.isEmpty() && spans.size() == 1) {
            // "0912.345.678 - Nguyễn Văn An": the name after the number.
            person.name = cleanName(text.mid(span.end), &person.position);
            from = text.size();
        }
        result.people << person;
    }
    const QString tail = text.mid(from);
    if (hasLetter(tail)) {
        QString position;
        const QString name = cleanName(tail, &position);
        if (name.isEmpty() && !position.isEmpty() && !result.people.isEmpty()) {
            // "Nguyễn Văn An 0912.345.678 (PHT)"
            PersonText &last = result.people.last();
            last.position = last.position.isEmpty()
                ? position
                : last.position + QStringLiteral(", ") + position;
        } else {
            addNamesOnly(tail);
        }
    }
    return result;
}

QStringList CellParser::phones(const QString &cell, QStringList *problems)
{
    QStringList result;
    for (const PhoneSpan &span : findPhones(cell)) {
        if (span.e164.isEmpty()) {
            if (problems)
                *problems << tr("“%1” is not a valid Vietnamese phone number.").arg(span.written);
        } else if (!result.contains(span.e164)) {
            result << span.e164;
        }
    }
    // Short numbers (113) and numbers the scanner does not see: the whole cell.
    if (result.isEmpty() && (!problems || problems->isEmpty()) && !cell.trimmed().isEmpty()) {
        const Result<PhoneNumber> whole = PhoneNumber::parse(cell.trimmed());
        if (whole)
            result << whole->e164();
        else if (problems)
            *problems << tr("“%1” is not a valid Vietnamese phone number.").arg(cell.trimmed());
    }
    return result;
}

std::optional<QDate> CellParser::date(const QString &text, const QDate &first, const QDate &last)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    bool isNumber = false;
    const double serial = trimmed.toDouble(&isNumber);
    if (isNumber) {
        if (serial >= 20000 && serial < 80000) // 1954 … 2119: an Excel date
            return XlsxReader::dateFromSerial(serial);
        return std::nullopt;
    }
    static const QRegularExpression iso(QStringLiteral("\\b(\\d{4})-(\\d{1,2})-(\\d{1,2})\\b"));
    if (const auto m = iso.match(trimmed); m.hasMatch()) {
        const QDate day(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        return day.isValid() ? std::optional<QDate>(day) : std::nullopt;
    }
    const QString folded = VietnameseText::fold(trimmed);
    static const QRegularExpression numeric(
        QStringLiteral("(?<![\\d])(\\d{1,2})\\s*[/.\\-]\\s*(\\d{1,2})(?:\\s*[/"
                       ".\\-]\\s*(\\d{4}|\\d{2}))?(?![\\d])"));
    static const QRegularExpression words(
        QStringLiteral("(\\d{1,2})\\s*thang\\s*(\\d{1,2})(?:\\s*nam\\s*(\\d{4}))?"));
    QRegularExpressionMatch m = numeric.match(folded);
    if (!m.hasMatch())
        m = words.match(folded);
    if (!m.hasMatch())
        return std::nullopt;
    const int day = m.captured(1).toInt();
    const int month = m.captured(2).toInt();
    if (!m.captured(3).isEmpty()) {
        int year = m.captured(3).toInt();
        if (year < 100)
            year += 2000;
        const QDate date(year, month, day);
        return date.isValid() ? std::optional<QDate>(date) : std::nullopt;
    }
    QList<int> years;
    if (first.isValid())
        years << first.year();
    if (last.isValid() && !years.contains(last.year()))
        years << last.year();
    if (years.isEmpty())
        years << QDate::currentDate().year();
    for (const int year : years) {
        const QDate date(year, month, day);
        if (date.isValid() && (!first.isValid() || date >= first)
            && (!last.isValid() || date <= last))
            return date;
    }
    const QDate fallback(years.first(), month, day);
    return fallback.isValid() ? std::optional<QDate>(fallback) : std::nullopt;
}

std::optional<int> CellParser::weekday(const QString &text)
{
    const QString folded = foldedWords(text);
    if (folded.isEmpty())
        return std::nullopt;
    static const struct
    {
        const char *pattern;
        int day;
    } names[] = {
        {"\\bchu nhat\\b|\\bcn\\b|\\bsunday\\b", 7},
        {"\\bthu (hai|2)\\b|\\bt2\\b|\\bmonday\\b", 1},
        {"\\bthu (ba|3)\\b|\\bt3\\b|\\btuesday\\b", 2},
        {"\\bthu (tu|4)\\b|\\bt4\\b|\\bwednesday\\b", 3},
        {"\\bthu (nam|5)\\b|\\bt5\\b|\\bthursday\\b", 4},
        {"\\bthu (sau|6)\\b|\\bt6\\b|\\bfriday\\b", 5},
        {"\\bthu (bay|7)\\b|\\bt7\\b|\\bsaturday\\b", 6},
    };
    for (const auto &name : names) {
        const QRegularExpression re(QString::fromLatin1(name.pattern));
        if (re.match(folded).hasMatch())
            return name.day;
    }
    return std::nullopt;
}

QString CellParser::weekdayName(int dayOfWeek)
{
    static const char *const names[]
        = {"Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật"};
    return dayOfWeek >= 1 && dayOfWeek <= 7 ? QString::fromUtf8(names[dayOfWeek - 1]) : QString();
}

int CellParser::shiftIndex(const QString &text, const QList<Shift> &shifts)
{
    const QString folded = foldedWords(text);
    if (folded.isEmpty())
        return -1;
    auto withoutCa = [](QString s) {
        if (s.startsWith(QLatin1String("ca ")))
            s = s.mid(3);
        return s;
    };
    for (int i = 0; i < shifts.size(); ++i) {
        if (foldedWords(shifts.at(i).name) == folded)
            return i;
    }
    for (int i = 0; i < shifts.size(); ++i) {
        if (withoutCa(foldedWords(shifts.at(i).name)) == withoutCa(folded))
            return i;
    }
    // "Ca 1", "Ca 2": the shifts in their order.
    static const QRegularExpression numbered(QStringLiteral("^ca (\\d)$"));
    if (const auto m = numbered.match(folded); m.hasMatch()) {
        const int n = m.captured(1).toInt();
        if (n >= 1 && n <= shifts.size())
            return n - 1;
    }
    static const QRegularExpression hours(
        QStringLiteral("(\\d{1,2})\\s*(?:[:hg]\\s*(\\d{2})?)?\\s*(?:-|\\x{2013}|\\x{2014}|den|to)"
                       "\\s*(\\d{1,2})\\s*(?:[:hg]\\s*(\\d{2})?)?"));
    const auto m = hours.match(VietnameseText::fold(text));
    if (!m.hasMatch())
        return -1;
    const QTime start(m.captured(1).toInt() % 24, m.captured(2).toInt());
    const QTime end(m.captured(3).toInt() % 24, m.captured(4).toInt());
    for (int i = 0; i < shifts.size(); ++i) {
        if (shifts.at(i).start == start && shifts.at(i).end == end)
            return i;
    }
    for (int i = 0; i < shifts.size(); ++i) {
        if (shifts.at(i).start == start)
            return i;
    }
    return -1;
}

} // namespace DutyDesk
