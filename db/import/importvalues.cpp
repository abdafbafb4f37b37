#include "importvalues.h"

#include "fieldvalidator.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace TrendScope::ImportValues {

namespace {

bool isNumeric(ColumnKind kind)
{
    switch (kind) {
    case ColumnKind::Integer:
    case ColumnKind::Count:
    case ColumnKind::Year:
    case ColumnKind::Number:
    case ColumnKind::Percent:
    case ColumnKind::Money:
    case ColumnKind::Flag:
        return true;
    default:
        return false;
    }
}

// "12.5亿元" → 1.25e9; nullopt when the text has a unit this does not know.
std::optional<QString> yuanText(QString text)
{
    static const QRegularExpression money(
        QStringLiteral("^([-+]?[0-9.eE+-]+)\\s*(亿|万|千)?\\s*(元|人民币|元人民币)?$"));
    const auto m = money.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    bool ok = false;
    const double number = m.captured(1).toDouble(&ok);
    if (!ok)
        return std::nullopt;
    const QString unit = m.captured(2);
    const double factor = unit == QStringLiteral("亿") ? 1e8
        : unit == QStringLiteral("万")                 ? 1e4
        : unit == QStringLiteral("千")                 ? 1e3
                                                       : 1.0;
    return QString::number(number * factor, 'g', 15);
}

} // namespace

QString isoDate(const QString &text)
{
    static const QRegularExpression chinese(
        QStringLiteral("^(\\d{4})\\s*年(?:\\s*(\\d{1,2})\\s*月(?:\\s*(\\d{1,2})\\s*日)?)?$"));
    static const QRegularExpression separated(
        QStringLiteral("^(\\d{4})[-/.](\\d{1,2})(?:[-/.](\\d{1,2}))?$"));
    auto m = chinese.match(text);
    if (!m.hasMatch())
        m = separated.match(text);
    if (!m.hasMatch())
        return text;
    QString iso = m.captured(1);
    if (!m.captured(2).isEmpty())
        iso += QLatin1Char('-') + m.captured(2).rightJustified(2, QLatin1Char('0'));
    if (!m.captured(3).isEmpty())
        iso += QLatin1Char('-') + m.captured(3).rightJustified(2, QLatin1Char('0'));
    return iso;
}

std::optional<QVariant> parse(const ColumnInfo &column, const QString &cell, QString *error)
{
    QString text = cell.trimmed();
    if (isNumeric(column.kind) || column.kind == ColumnKind::Date) {
        text = text.normalized(QString::NormalizationForm_KC).trimmed();
        if (isNumeric(column.kind)) {
            static const QRegularExpression thousands(QStringLiteral("(?<=\\d),(?=\\d{3})"));
            text.remove(thousands);
        }
    }
    if (column.kind == ColumnKind::Money && !text.isEmpty()) {
        if (auto yuan = yuanText(text))
            text = *yuan;
        else {
            if (error)
                *error = QCoreApplication::translate("TrendScope::ImportPlan",
                    "%1: “%2” is not an amount. Allowed: a number with 亿, "
                    "万 or 元 (e.g. 12.5亿元); a bare number is yuan.")
                             .arg(EditSchema::translated(column.label), cell.trimmed());
            return std::nullopt;
        }
    }
    if (column.kind == ColumnKind::Date)
        text = isoDate(text);
    return FieldValidator::fromText(column, text, error);
}

} // namespace TrendScope::ImportValues
