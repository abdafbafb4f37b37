#include "format.h"

#include "qualifier.h"
#include "types.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QLocale>

#include <cmath>

namespace TrendScope::Format {

namespace {

// Every stated digit, in the user's locale: the shortest form that reads back the same.
QString shortest(double value)
{
    return QLocale().toString(value == 0 ? 0.0 : value, 'g', QLocale::FloatingPointShortest);
}

// Chinese counts large amounts in 亿 (10^8), as the reports do; English in billions.
bool countsInYi()
{
    return QLocale().language() == QLocale::Chinese;
}

} // namespace

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

QString count(double value)
{
    struct Unit
    {
        double size;
        const char *suffix;
    };
    // Chinese counts in 万亿, 亿 and 万 as the reports do (1750亿); English in T, B and M.
    static constexpr Unit english[] = {{1e12, " T"}, {1e9, " B"}, {1e6, " M"}};
    static constexpr Unit chinese[] = {{1e12, "万亿"}, {1e8, "亿"}, {1e4, "万"}};
    for (const Unit &unit : countsInYi() ? chinese : english) {
        if (std::abs(value) >= unit.size)
            return QLocale().toString(value / unit.size, 'g', 4) + QString::fromUtf8(unit.suffix);
    }
    return QLocale().toString(value, 'g', 6);
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
    // Two decimals of 亿 below 100亿, one above (25亿元, 409.5亿元, 1.35亿元); the same
    // digits in billions for English (2.5 bn yuan, 40.95 bn yuan, 0.135 bn yuan).
    // Rounded in the unit it is written in: 178.8亿 is 17.88 bn, not 178.8 / 10.
    const bool yi = countsInYi();
    const double unit = yi ? 1e8 : 1e9;
    const double scale = (yuan >= 1e10 ? 10 : 100) * (yi ? 1 : 10);
    const double rounded = std::round(yuan / unit * scale) / scale;
    return shortest(rounded) + (yi ? QStringLiteral("亿元") : QStringLiteral(" bn yuan"));
}

QString figure(double value, const QString &unit)
{
    if (unit == QLatin1String("yuan"))
        return yi(value);
    const bool yi = countsInYi();
    if (unit == QLatin1String("USD") && std::abs(value) >= 1e8)
        return yi ? shortest(value / 1e8) + QStringLiteral("亿美元")
                  : shortest(value / 1e9) + QStringLiteral(" bn USD");
    if (unit == QLatin1String("%"))
        return shortest(value) + QLatin1Char('%');
    if (unit == QLatin1String("parameters") && std::abs(value) >= 1e8)
        return yi ? shortest(value / 1e8) + QStringLiteral("亿参数")
                  : shortest(value / 1e9) + QStringLiteral(" bn parameters");
    if (unit == QLatin1String("count") || unit == QLatin1String("rank")
        || unit == QLatin1String("date") || unit.isEmpty())
        return shortest(value);
    if (unit == QLatin1String("top N"))
        //: A rank bound, "top 10"
        return QCoreApplication::translate("Format", "top %1").arg(shortest(value));
    // The units the dataset words (key_figure.unit) in the interface language; a unit
    // symbol (EFLOPS) as it is.
    static const QHash<QString, const char *> units {
        {QStringLiteral("CNY per USD"), QT_TRANSLATE_NOOP("Format", "CNY per USD")},
        {QStringLiteral("times"), QT_TRANSLATE_NOOP("Format", "times")},
        {QStringLiteral("percentage points"), QT_TRANSLATE_NOOP("Format", "percentage points")},
    };
    const char *word = units.value(unit);
    return shortest(value) + QLatin1Char(' ')
        + (word ? QCoreApplication::translate("Format", word) : unit);
}

QString qualified(const QString &valueText, Qualifier qualifier)
{
    switch (qualifier) {
    case Qualifier::Exact:
        return valueText;
    case Qualifier::Approximately:
        return QStringLiteral("≈") + valueText;
    case Qualifier::MoreThan:
        return QLatin1Char('>') + valueText;
    case Qualifier::AtLeast:
        return QStringLiteral("≥") + valueText;
    case Qualifier::AtMost:
        return QStringLiteral("≤") + valueText;
    case Qualifier::UpTo:
        return QCoreApplication::translate("Format", "up to %1").arg(valueText);
    case Qualifier::Plus:
        return valueText + QLatin1Char('+');
    }
    return valueText;
}

QString qualified(const QString &valueText, const QString &qualifierCode)
{
    // A code the schema does not allow cannot be stored; shown as it is, never dropped.
    const auto qualifier = qualifierFromCode(qualifierCode);
    if (!qualifier)
        return qualifierCode.isEmpty() ? valueText : qualifierCode + QLatin1Char(' ') + valueText;
    return qualified(valueText, *qualifier);
}

QString qualifierName(Qualifier qualifier)
{
    switch (qualifier) {
    case Qualifier::Exact:
        return QCoreApplication::translate("Format", "exact");
    case Qualifier::Approximately:
        return QCoreApplication::translate("Format", "≈ approximately");
    case Qualifier::MoreThan:
        return QCoreApplication::translate("Format", "> more than");
    case Qualifier::AtLeast:
        return QCoreApplication::translate("Format", "≥ at least");
    case Qualifier::AtMost:
        return QCoreApplication::translate("Format", "≤ at most");
    case Qualifier::UpTo:
        return QCoreApplication::translate("Format", "up to");
    case Qualifier::Plus:
        return QCoreApplication::translate("Format", "+ or more (N+)");
    }
    return {};
}

QString qualifierName(const QString &qualifierCode)
{
    const std::optional<Qualifier> qualifier = qualifierFromCode(qualifierCode);
    return qualifier ? qualifierName(*qualifier) : qualifierCode;
}

QString changeTime(const QString &isoUtc)
{
    const QDateTime at = QDateTime::fromString(isoUtc, Qt::ISODate);
    return at.isValid() ? at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : isoUtc;
}

QString date(const QString &isoDate)
{
    // The way the interface language writes a day, a month or a year (QLocale(), which
    // Language::install sets): 2023年4月26日 / 26 Apr 2023, 2023年4月 / Apr 2023, 2023年 / 2023.
    // Anything but an ISO date of one of those precisions is shown as it is.
    const bool chinese = QLocale().language() == QLocale::Chinese;
    const QLocale locale;
    switch (isoDate.size()) {
    case 10:
        if (const QDate day = QDate::fromString(isoDate, Qt::ISODate); day.isValid())
            return locale.toString(
                day, chinese ? QStringLiteral("yyyy年M月d日") : QStringLiteral("d MMM yyyy"));
        break;
    case 7:
        if (const QDate month = QDate::fromString(isoDate, QStringLiteral("yyyy-MM"));
            month.isValid())
            return locale.toString(
                month, chinese ? QStringLiteral("yyyy年M月") : QStringLiteral("MMM yyyy"));
        break;
    case 4:
        if (const QDate year = QDate::fromString(isoDate, QStringLiteral("yyyy")); year.isValid())
            return chinese ? isoDate + QStringLiteral("年") : isoDate;
        break;
    default:
        break;
    }
    return text(isoDate);
}

QString text(const QString &value)
{
    return value.isEmpty() ? notStated() : value;
}

QString yesNo(bool value)
{
    return value ? QCoreApplication::translate("Format", "yes")
                 : QCoreApplication::translate("Format", "no");
}

QString list(const QStringList &items)
{
    //: Between the items of a list: "A, B" in English, "A、B" in Chinese.
    return items.join(QCoreApplication::translate("Format", ", "));
}

QString category(const QString &code)
{
    static const QHash<QString, const char *> names {
        {QStringLiteral("ai"), QT_TRANSLATE_NOOP("TrendScope::TimelineModel", "AI")},
        {QStringLiteral("data"), QT_TRANSLATE_NOOP("TrendScope::TimelineModel", "Data")},
        {QStringLiteral("compute"), QT_TRANSLATE_NOOP("TrendScope::TimelineModel", "Compute")},
        {QStringLiteral("digital_economy"),
            QT_TRANSLATE_NOOP("TrendScope::TimelineModel", "Digital economy")},
        {QStringLiteral("hot_news"), QT_TRANSLATE_NOOP("TrendScope::TimelineModel", "Hot news")},
        {QStringLiteral("cloud_pricing"),
            QT_TRANSLATE_NOOP("TrendScope::TimelineModel", "Cloud pricing")},
        {QStringLiteral("cloud"), QT_TRANSLATE_NOOP("TrendScope::TimelineModel", "Cloud")},
        {QStringLiteral("leader_move"),
            QT_TRANSLATE_NOOP("TrendScope::TimelineModel", "Leader moves")},
        {QStringLiteral("device_ai"),
            QT_TRANSLATE_NOOP("TrendScope::TimelineModel", "On-device AI")},
        {QStringLiteral("data_asset"),
            QT_TRANSLATE_NOOP("TrendScope::TimelineModel", "Data assets")},
        {QStringLiteral("investment"),
            QT_TRANSLATE_NOOP("TrendScope::TimelineModel", "Investment")},
        {QStringLiteral("market"), QT_TRANSLATE_NOOP("TrendScope::TimelineModel", "Market")},
        {QStringLiteral("forecast"), QT_TRANSLATE_NOOP("TrendScope::TimelineModel", "Forecasts")},
        {QStringLiteral("trend"), QT_TRANSLATE_NOOP("TrendScope::TimelineModel", "Trends")},
    };
    if (code.isEmpty())
        return notStated();
    if (const char *name = names.value(code))
        return QCoreApplication::translate("TrendScope::TimelineModel", name);
    // A category the dataset added later: readable without a translation.
    QString text = code;
    text.replace(QLatin1Char('_'), QLatin1Char(' '));
    text[0] = text.at(0).toUpper();
    return text;
}

QString status(const QString &status)
{
    if (status == QLatin1String("stated"))
        //: Provenance status: the figure is written in the report
        return QCoreApplication::translate("Format", "stated");
    if (status == QLatin1String("derived"))
        //: Provenance status: computed by arithmetic from figures the report states
        return QCoreApplication::translate("Format", "derived");
    if (status == QLatin1String("editor"))
        //: Provenance status: entered or changed by an editor in TrendScope
        return QCoreApplication::translate("Format", "editor");
    return status;
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
