#include "printable.h"

#include <algorithm>

namespace TrendScope {

namespace {

bool needsEscape(char32_t c)
{
    switch (QChar::category(c)) {
    case QChar::Other_Control:
    case QChar::Other_Format: // bidi controls, zero-width characters, tags
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
    case QChar::Other_Surrogate:
        return true;
    default:
        return false;
    }
}

} // namespace

QString printable(const QString &text)
{
    constexpr qsizetype MaxLine = 1000;
    QString out;
    out.reserve(std::min(text.size(), MaxLine + 16));
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        char32_t code = c.unicode();
        qsizetype units = 1;
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            code = QChar::surrogateToUcs4(c, text.at(i + 1));
            units = 2;
        }
        if (c == u'\n' || c == u'\r')
            out += QStringLiteral("\\n");
        else if (c == u'\t')
            out += QStringLiteral("\\t");
        else if (needsEscape(code))
            out += code > 0xFFFF ? QStringLiteral("\\U%1").arg(uint(code), 8, 16, QLatin1Char('0'))
                                 : QStringLiteral("\\u%1").arg(uint(code), 4, 16, QLatin1Char('0'));
        else
            out += text.mid(i, units);
        i += units - 1;
    }
    if (out.size() > MaxLine) {
        // Cut at character boundaries: never half of a surrogate pair.
        qsizetype head = MaxLine * 7 / 10;
        if (out.at(head - 1).isHighSurrogate())
            --head;
        qsizetype tail = MaxLine / 5;
        if (out.at(out.size() - tail).isLowSurrogate())
            --tail;
        out = out.left(head) + QStringLiteral(" … ") + out.right(tail);
    }
    return out;
}

} // namespace TrendScope
