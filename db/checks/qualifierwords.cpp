#include "qualifierwords.h"

#include "database.h"
#include "datasetchecker.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QSqlRecord>

#include <cmath>

namespace TrendScope {

namespace {

// A number as the reports write it: 180, 5,000, 3.5, with an optional multiplier.
const QString numberPattern
    = QStringLiteral("(\\d+(?:,\\d{3})*(?:\\.\\d+)?)(?:\\s*(万亿|亿|万|千|B))?");

double multiplier(const QString &word)
{
    if (word == QStringLiteral("万亿"))
        return 1e12;
    if (word == QStringLiteral("亿"))
        return 1e8;
    if (word == QStringLiteral("万"))
        return 1e4;
    if (word == QStringLiteral("千"))
        return 1e3;
    if (word == QLatin1String("B"))
        return 1e9;
    return 1;
}

double numberOf(const QRegularExpressionMatch &m, int digits, int unit)
{
    QString text = m.captured(digits);
    text.remove(QLatin1Char(','));
    return text.toDouble() * multiplier(m.captured(unit));
}

Qualifier qualifierOfWord(const QString &word)
{
    static const QList<std::pair<QStringList, Qualifier>> words {
        {{QStringLiteral("约"), QStringLiteral("大约"), QStringLiteral("左右"),
             QStringLiteral("上下"), QStringLiteral("近")},
            Qualifier::Approximately},
        {{QStringLiteral("超过"), QStringLiteral("逾"), QStringLiteral("余"), QStringLiteral("多")},
            Qualifier::MoreThan},
        {{QStringLiteral("至少"), QStringLiteral("不少于"), QStringLiteral("以上")},
            Qualifier::AtLeast},
        {{QStringLiteral("不超过"), QStringLiteral("至多")}, Qualifier::AtMost},
        {{QStringLiteral("最高"), QStringLiteral("最多")}, Qualifier::UpTo},
    };
    for (const auto &[list, qualifier] : words)
        if (list.contains(word))
            return qualifier;
    return Qualifier::Exact;
}

} // namespace

QList<StatedQualifier> statedQualifiers(const QString &text)
{
    QList<StatedQualifier> found;
    // A word before the number, perhaps joined by 了 / 有 / 达 / 为: 超过了500亿, 至少有70位.
    // 不超过 before 超过, so the longer word wins.
    static const QRegularExpression before(
        QStringLiteral(
            "(不超过|不少于|大约|超过|至少|至多|最高|最多|约|逾|(?<!最)近)(?:了|有|达|为)?")
        + numberPattern);
    // A word after the number: 160+, 40余位, 20多家, 50B以上, and 左右 / 上下 / 以上 after
    // the unit (200亿人民币上下, 30亿美元左右, 5,000万元以上).
    static const QRegularExpression after(numberPattern
        + QStringLiteral("(?:(\\+(?!\\s*\\d)|余|多)|[^\\d\\s，,。；;、]{0,4}?(左右|上下|以上))"));
    static const QRegularExpression hundreds(QStringLiteral("上(百|千|万)"));

    auto it = before.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        found.append({qualifierOfWord(m.captured(1)), numberOf(m, 2, 3), m.captured(0)});
    }
    it = after.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        const QString word = m.captured(3).isEmpty() ? m.captured(4) : m.captured(3);
        const Qualifier q = word == QLatin1String("+") ? Qualifier::Plus : qualifierOfWord(word);
        found.append({q, numberOf(m, 1, 2), m.captured(0)});
    }
    it = hundreds.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        const double n = m.captured(1) == QStringLiteral("百") ? 100
            : m.captured(1) == QStringLiteral("千")            ? 1000
                                                               : 10000;
        found.append({Qualifier::AtLeast, n, m.captured(0)});
    }
    return found;
}

// The checker's qualifier rule (declared with DatasetChecker): a stored qualifier must agree
// with the words the row's quote or note puts on that very number.
void DatasetChecker::checkQualifiers(QList<Problem> &problems) const
{
    QSqlQuery q(m_db.connection());
    // A file of schema version 3 or older has no qualifier column: nothing to compare.
    if (!q.exec(QStringLiteral("SELECT id, value, qualifier, quote, note FROM key_figure"
                               " WHERE value IS NOT NULL")))
        return;
    while (q.next()) {
        const double value = q.value(1).toDouble();
        const QString stored = q.value(2).toString();
        const auto qualifier = qualifierFromCode(stored);
        if (!qualifier)
            continue; // the column check reports a value outside the allowed list
        const QList<StatedQualifier> said
            = statedQualifiers(q.value(3).toString()) + statedQualifiers(q.value(4).toString());
        QList<StatedQualifier> onValue;
        for (const StatedQualifier &s : said)
            if (std::abs(s.number - value) <= 1e-9 * std::max(1.0, std::abs(value)))
                onValue.append(s);
        if (onValue.isEmpty())
            continue;
        bool agrees = false;
        for (const StatedQualifier &s : onValue)
            agrees = agrees || s.qualifier == *qualifier;
        if (agrees)
            continue;
        const StatedQualifier &first = onValue.first();
        Problem p {QStringLiteral("key_figure"), q.value(0).toLongLong(),
            QCoreApplication::translate(
                "TrendScope::DatasetChecker", "the text says “%1” (%2) but the qualifier is %3")
                .arg(first.words, qualifierCode(first.qualifier), stored)};
        p.warning = true;
        problems.append(p);
    }
}

} // namespace TrendScope
