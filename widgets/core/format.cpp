#include "format.h"

#include "types.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace TrendScope::Format {

QString notStated()
{
    return QCoreApplication::translate("Format", "not stated");
}

QString number(double value)
{
    // Rounded to two decimals first, then the shortest form that reads back the same.
    const double rounded = std::round(value * 100) / 100;
    return QLocale().toString(rounded == 0 ? 0.0 : rounded, 'g', QLocale::FloatingPointShortest);
}

QString percent(double value)
{
    return number(value) + QLatin1Char('%');
}

QString percent(const std::optional<double> &value)
{
    return value ? percent(*value) : notStated();
}

QString score(const std::optional<double> &value)
{
    return value ? QLocale().toString(*value, 'f', 2) : notStated();
}

QString yi(double yuan)
{
    // Two decimals below 100亿, one above (25亿元, 409.5亿元, 1.35亿元).
    const double scale = yuan >= 1e10 ? 10 : 100;
    const double rounded = std::round(yuan / 1e8 * scale) / scale;
    return QLocale().toString(rounded, 'g', QLocale::FloatingPointShortest)
        + QStringLiteral("亿元");
}

QString date(const QString &isoDate)
{
    return text(isoDate);
}

QString text(const QString &value)
{
    return value.isEmpty() ? notStated() : value;
}

QString citation(const Provenance &provenance)
{
    return provenance.source + QStringLiteral(" · ") + provenance.section;
}

QString sourceLines(const Provenance &provenance)
{
    QString text = QCoreApplication::translate("Format", "Source: %1").arg(provenance.summary());
    if (!provenance.quote.isEmpty())
        text += QStringLiteral("\n“") + provenance.quote + QStringLiteral("”");
    return text;
}

} // namespace TrendScope::Format
