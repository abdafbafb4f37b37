#include "arithmetic.h"

#include <QString>

#include <charconv>
#include <cmath>

namespace TrendScope {

namespace {

// Recursive descent over + - * / and parentheses.
class Arithmetic
{
public:
    explicit Arithmetic(QString text)
        : m_text(std::move(text))
    { }

    std::optional<double> parse()
    {
        const auto value = sum();
        skipSpace();
        if (!value || m_pos != m_text.size())
            return std::nullopt;
        return value;
    }

private:
    void skipSpace()
    {
        while (m_pos < m_text.size() && m_text.at(m_pos).isSpace())
            ++m_pos;
    }
    bool take(QChar c)
    {
        skipSpace();
        if (m_pos < m_text.size() && m_text.at(m_pos) == c) {
            ++m_pos;
            return true;
        }
        return false;
    }
    std::optional<double> sum()
    {
        auto left = product();
        while (left) {
            if (take(QLatin1Char('+'))) {
                const auto right = product();
                left = right ? std::optional(*left + *right) : std::nullopt;
            } else if (take(QLatin1Char('-'))) {
                const auto right = product();
                left = right ? std::optional(*left - *right) : std::nullopt;
            } else {
                break;
            }
        }
        return left;
    }
    std::optional<double> product()
    {
        auto left = factor();
        while (left) {
            if (take(QLatin1Char('*'))) {
                const auto right = factor();
                left = right ? std::optional(*left * *right) : std::nullopt;
            } else if (take(QLatin1Char('/'))) {
                const auto right = factor();
                left = right && *right != 0 ? std::optional(*left / *right) : std::nullopt;
            } else {
                break;
            }
        }
        return left;
    }
    std::optional<double> factor()
    {
        if (take(QLatin1Char('('))) {
            const auto inner = sum();
            return inner && take(QLatin1Char(')')) ? inner : std::nullopt;
        }
        if (take(QLatin1Char('-'))) {
            const auto inner = factor();
            return inner ? std::optional(-*inner) : std::nullopt;
        }
        skipSpace();
        const qsizetype start = m_pos;
        while (m_pos < m_text.size()
            && (m_text.at(m_pos).isDigit() || m_text.at(m_pos) == QLatin1Char('.')))
            ++m_pos;
        return readNumber(QStringView(m_text).mid(start, m_pos - start));
    }

    QString m_text;
    qsizetype m_pos = 0;
};

} // namespace

std::optional<double> readNumber(QStringView text)
{
    // ASCII digits and points, after an optional minus: from_chars reads them exactly as
    // QString::toDouble does (both round correctly) and rejects what it rejects ("", ".",
    // "1.2.3"). Anything else (spaces, a plus, an exponent, other digits) goes to Qt.
    char ascii[64];
    bool plain = text.size() < qsizetype(sizeof ascii);
    for (qsizetype i = 0; plain && i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        plain = (c >= u'0' && c <= u'9') || c == u'.' || (c == u'-' && i == 0);
        ascii[i] = char(c);
    }
    if (plain) {
        const char *end = ascii + text.size();
        double value = 0;
        const auto [stop, error] = std::from_chars(ascii, end, value);
        if (error != std::errc() || stop != end)
            return std::nullopt;
        return value;
    }
    bool ok = false;
    const double value = text.toDouble(&ok);
    return ok ? std::optional(value) : std::nullopt;
}

std::optional<double> evaluateArithmetic(const QString &expression)
{
    QString text = expression;
    text.replace(QChar(0x2212), QLatin1Char('-')).replace(QChar(0x00D7), QLatin1Char('*'));
    text.replace(QChar(0x00F7), QLatin1Char('/')).replace(QLatin1Char(','), QString());
    return Arithmetic(text).parse();
}

// Half a unit in the last decimal the result is written with: "59.45" allows 0.005.
double roundingTolerance(const QString &result)
{
    const qsizetype dot = result.indexOf(QLatin1Char('.'));
    const int decimals = dot < 0 ? 0 : int(result.size() - dot - 1);
    return 0.5 * std::pow(10.0, -decimals) + 1e-9;
}

} // namespace TrendScope
