#include "fieldvalidator.h"

#include <QDate>
#include <QRegularExpression>

#include <cmath>

namespace TrendScope {

namespace {

constexpr int MinYear = 1900;
constexpr int MaxYear = 2100;

bool isWholeKind(ColumnKind kind)
{
    return kind == ColumnKind::Integer || kind == ColumnKind::Count || kind == ColumnKind::Year
        || kind == ColumnKind::Flag;
}

bool isNumberKind(ColumnKind kind)
{
    return kind == ColumnKind::Number || kind == ColumnKind::Percent || kind == ColumnKind::Money;
}

QString quotedText(const QString &text)
{
    QString shown = text.size() > 40 ? text.left(40) + QStringLiteral("…") : text;
    return QStringLiteral("“%1”").arg(shown);
}

} // namespace

int FieldValidator::datePrecision(const QString &date)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?$"));
    const auto m = pattern.match(date);
    if (!m.hasMatch())
        return 0;
    const int year = m.captured(1).toInt();
    if (year < MinYear || year > MaxYear)
        return 0;
    if (m.captured(2).isEmpty())
        return 1;
    const int month = m.captured(2).toInt();
    if (month < 1 || month > 12)
        return 0;
    if (m.captured(3).isEmpty())
        return 2;
    return QDate(year, month, m.captured(3).toInt()).isValid() ? 3 : 0;
}

QString FieldValidator::allowed(const ColumnInfo &column)
{
    switch (column.kind) {
    case ColumnKind::Text:
        return tr("text up to %1 characters").arg(MaxTextLength);
    case ColumnKind::LongText:
        return tr("text up to %1 characters").arg(MaxTextLength);
    case ColumnKind::Integer:
        return tr("a whole number, e.g. 12");
    case ColumnKind::Count:
        return tr("a whole number of 0 or more, e.g. 12");
    case ColumnKind::Year:
        return tr("a year from %1 to %2, e.g. 2024").arg(MinYear).arg(MaxYear);
    case ColumnKind::Number:
        if (column.range)
            return tr("a number from %1 to %2, e.g. 83.64")
                .arg(column.range->first)
                .arg(column.range->second);
        return tr("a number, e.g. 83.64");
    case ColumnKind::Percent:
        return tr("a percentage from 0 to 100, e.g. 52.2");
    case ColumnKind::Money:
        return tr("an amount of 0 or more in the unit beside it, e.g. 25 × 100 million yuan "
                  "(亿元) for 2.5 bn yuan");
    case ColumnKind::Date:
        return tr("a date as YYYY (year), YYYY-MM (month) or YYYY-MM-DD (day), e.g. 2024-04");
    case ColumnKind::Choice:
        return tr("one of: %1").arg(column.choices.join(QStringLiteral(", ")));
    case ColumnKind::Reference:
        return tr("an entry picked from the list");
    case ColumnKind::Flag:
        return tr("yes (1) or no (0)");
    }
    return {};
}

std::optional<QVariant> FieldValidator::normalize(
    const ColumnInfo &column, const QVariant &value, QString *error)
{
    auto refuse = [&](const QString &what) -> std::optional<QVariant> {
        if (error)
            *error = tr("%1: %2. Allowed: %3.")
                         .arg(EditSchema::translated(column.label), what, allowed(column));
        return std::nullopt;
    };

    QVariant v = value;
    if (v.typeId() == QMetaType::QString) {
        const QString text = v.toString().trimmed();
        v = text.isEmpty() ? QVariant() : QVariant(text);
    }
    if (v.isNull() || !v.isValid()) {
        if (column.required)
            return refuse(tr("it is required and cannot be left empty"));
        return QVariant();
    }

    if (isWholeKind(column.kind)
        || (column.kind == ColumnKind::Reference && column.refColumn == QLatin1String("id"))) {
        bool ok = false;
        qint64 n = 0;
        if (isNumber(v)) {
            const double d = v.toDouble();
            ok = std::isfinite(d) && d == std::floor(d) && std::fabs(d) < 9.0e15;
            n = qint64(d);
        } else {
            n = v.toString().toLongLong(&ok);
        }
        if (!ok)
            return refuse(tr("%1 is not a whole number").arg(quotedText(v.toString())));
        if (column.kind == ColumnKind::Count && n < 0)
            return refuse(tr("%1 is negative").arg(n));
        if (column.kind == ColumnKind::Year && (n < MinYear || n > MaxYear))
            return refuse(tr("%1 is not a year in range").arg(n));
        if (column.kind == ColumnKind::Flag && n != 0 && n != 1)
            return refuse(tr("%1 is neither 0 nor 1").arg(n));
        if (column.kind == ColumnKind::Reference && n <= 0)
            return refuse(tr("%1 is not an entry").arg(n));
        return QVariant(n);
    }

    if (isNumberKind(column.kind)) {
        bool ok = false;
        double d = 0;
        if (isNumber(v)) {
            d = v.toDouble();
            ok = true;
        } else {
            d = v.toString().toDouble(&ok);
        }
        if (!ok)
            return refuse(tr("%1 is not a number").arg(quotedText(v.toString())));
        if (!std::isfinite(d))
            return refuse(tr("%1 is not a finite number").arg(v.toString()));
        if (column.kind == ColumnKind::Percent && (d < 0 || d > 100))
            return refuse(tr("%1 is outside 0 to 100").arg(d));
        if (column.range && (d < column.range->first || d > column.range->second))
            return refuse(tr("%1 is outside %2 to %3")
                              .arg(d)
                              .arg(column.range->first)
                              .arg(column.range->second));
        if (column.kind == ColumnKind::Money && d < 0)
            return refuse(tr("%1 is negative").arg(d));
        return QVariant(d);
    }

    const QString text = v.toString();
    if (text.size() > MaxTextLength)
        return refuse(tr("the text has %1 characters").arg(text.size()));
    if (text.contains(QChar(0)))
        return refuse(tr("the text contains a NUL character"));
    switch (column.kind) {
    case ColumnKind::Date:
        if (datePrecision(text) == 0)
            return refuse(tr("%1 is not a valid date").arg(quotedText(text)));
        break;
    case ColumnKind::Choice:
        if (!column.choices.contains(text))
            return refuse(tr("%1 is not in the list").arg(quotedText(text)));
        break;
    default:
        break;
    }
    return QVariant(text);
}

std::optional<QVariant> FieldValidator::fromText(
    const ColumnInfo &column, const QString &text, QString *error)
{
    QString t = text.trimmed();
    if (column.kind == ColumnKind::Percent && t.endsWith(QLatin1Char('%')))
        t.chop(1);
    if (t.isEmpty())
        return normalize(column, QVariant(), error);
    if (isWholeKind(column.kind) || isNumberKind(column.kind)) {
        // Typed numbers are parsed here so that "1e400" or "12abc" get a clear message,
        // not a silent conversion.
        bool ok = false;
        const double d = t.toDouble(&ok);
        if (!ok)
            return normalize(column, QVariant(t), error);
        return normalize(column,
            isWholeKind(column.kind) && d == std::floor(d) && std::fabs(d) < 9.0e15
                ? QVariant(qint64(d))
                : QVariant(d),
            error);
    }
    return normalize(column, QVariant(t), error);
}

QString FieldValidator::toText(const QVariant &value)
{
    if (value.isNull() || !value.isValid())
        return {};
    if (value.typeId() == QMetaType::Double) {
        const double d = value.toDouble();
        if (d == std::floor(d) && std::fabs(d) < 1e15)
            return QString::number(qint64(d));
        return QString::number(d, 'g', 15);
    }
    return value.toString();
}

bool FieldValidator::isNumber(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Double:
    case QMetaType::Float:
    case QMetaType::Bool:
        return true;
    default:
        return false;
    }
}

bool FieldValidator::sameValue(const QVariant &a, const QVariant &b)
{
    const bool aNull = a.isNull() || !a.isValid() || a.typeId() == QMetaType::Nullptr;
    const bool bNull = b.isNull() || !b.isValid() || b.typeId() == QMetaType::Nullptr;
    if (aNull || bNull)
        return aNull == bNull;
    if (isNumber(a) && isNumber(b))
        return a.toDouble() == b.toDouble();
    if (isNumber(a) != isNumber(b))
        return false;
    return a.toString() == b.toString();
}

} // namespace TrendScope
