#include "CellText.h"

namespace DutyDesk {

bool CellText::needsNeutralising(const QString &text)
{
    if (text.isEmpty())
        return false;
    switch (text.at(0).unicode()) {
    case '=':
    case '+':
    case '-':
    case '@':
    case '\t':
    case '\r':
        return true;
    default:
        return false;
    }
}

QString CellText::neutralised(const QString &text)
{
    return needsNeutralising(text) ? QLatin1Char('\'') + text : text;
}

QString CellText::csvField(const QString &text, QChar delimiter)
{
    const QString value = neutralised(text);
    const bool quote = value.contains(delimiter) || value.contains(QLatin1Char('"'))
        || value.contains(QLatin1Char('\r')) || value.contains(QLatin1Char('\n'))
        || value.startsWith(QLatin1Char(' ')) || value.endsWith(QLatin1Char(' '));
    if (!quote)
        return value;
    QString quoted = value;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString CellText::csvRecord(const QStringList &fields, QChar delimiter)
{
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const QString &field : fields)
        quoted << csvField(field, delimiter);
    return quoted.join(delimiter) + QStringLiteral("\r\n");
}

QByteArray CellText::utf8Bom()
{
    return QByteArrayLiteral("\xEF\xBB\xBF");
}

} // namespace DutyDesk
