#include "cliparse.h"

#include "explorerstate.h"
#include "printable.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace TrendScope::Cli {

QString tr(const char *text, const char *disambiguation, int n)
{
    return QCoreApplication::translate("TrendScope::Cli", text, disambiguation, n);
}

bool parse(const QStringList &arguments, const Spec &spec, Args *args, QString *error)
{
    bool optionsEnded = false;
    for (int i = 0; i < arguments.size(); ++i) {
        QString arg = arguments.at(i);
        if (optionsEnded || !arg.startsWith(QLatin1String("--"))) {
            args->positional.append(arg);
            continue;
        }
        // "--" ends the options: what follows is taken as it is, even "--all".
        if (arg == QLatin1String("--")) {
            optionsEnded = true;
            continue;
        }
        QString name = arg.mid(2);
        QString value;
        bool hasInlineValue = false;
        const int eq = name.indexOf(QLatin1Char('='));
        if (eq >= 0) {
            value = name.mid(eq + 1);
            name = name.left(eq);
            hasInlineValue = true;
        }
        if (spec.flags.contains(name)) {
            if (hasInlineValue) {
                *error = tr("--%1 takes no value").arg(name);
                return false;
            }
            args->flags.append(name);
        } else if (spec.valued.contains(name)) {
            if (!hasInlineValue) {
                if (i + 1 >= arguments.size()) {
                    *error = tr("--%1 needs a value").arg(name);
                    return false;
                }
                value = arguments.at(++i);
            }
            if (args->values.contains(name) && !spec.repeatable.contains(name)) {
                *error = tr("--%1 given twice").arg(name);
                return false;
            }
            args->values[name].append(value);
        } else {
            *error
                = tr("unknown option --%1 (see trendscope --help)").arg(printable(name.left(80)));
            return false;
        }
    }
    if (args->positional.size() > spec.maxPositional) {
        *error = tr("unexpected argument %1").arg(quoted(args->positional.at(spec.maxPositional)));
        return false;
    }
    return true;
}

std::optional<QSize> parseSize(const QString &text)
{
    // [0-9], not \d: \d also matches other scripts' digits, which toInt() does not read.
    // Anchored: "^...$" would also accept a trailing newline.
    static const QRegularExpression pattern(
        QRegularExpression::anchoredPattern(QStringLiteral("([0-9]{1,5})[xX]([0-9]{1,5})")));
    const auto m = pattern.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    return QSize(m.captured(1).toInt(), m.captured(2).toInt());
}

bool applyFilters(const Args &args, ExplorerState *state, QString *error)
{
    Filter filter = state->filter(); // what is set already (a saved view's) stays unless named
    if (args.has(QStringLiteral("year"))) {
        // Exactly four ASCII digits: toInt() alone also takes " 2023" and other scripts' digits.
        static const QRegularExpression fourDigits(
            QRegularExpression::anchoredPattern(QStringLiteral("[0-9]{4}")));
        const QString text = args.value(QStringLiteral("year"));
        if (!fourDigits.match(text).hasMatch()) {
            *error
                = tr("--year needs a year of four digits such as 2023, not %1").arg(quoted(text));
            return false;
        }
        const int year = text.toInt();
        if (year < MinYear || year > MaxYear) {
            *error = tr("--year %1 is outside %2 to %3").arg(text).arg(MinYear).arg(MaxYear);
            return false;
        }
        filter.yearFrom = filter.yearTo = year;
    }
    const QStringList filters = args.values.value(QStringLiteral("filter"));
    for (const QString &item : filters) {
        const int eq = item.indexOf(QLatin1Char('='));
        const QString key = item.left(eq);
        const QString value = eq < 0 ? QString() : item.mid(eq + 1);
        if (eq < 0 || value.isEmpty()) {
            *error = tr("--filter needs KEY=VALUE, e.g. organization=百度");
            return false;
        }
        // The shared state holds as much; a longer value would be cut without a word.
        // Characters, not UTF-16 units: an emoji or a rare ideograph is one.
        const qsizetype characters = value.toUcs4().size();
        if (characters > ExplorerState::MaxSearchLength) {
            *error = tr("--filter %1 is %2 characters long; at most %3 are allowed")
                         .arg(quoted(key))
                         .arg(characters)
                         .arg(ExplorerState::MaxSearchLength);
            return false;
        }
        if (key == QLatin1String("organization"))
            filter.organization = value;
        else if (key == QLatin1String("search"))
            filter.search = value;
        else if (key == QLatin1String("source"))
            filter.sourceCode = value;
        else {
            *error = tr("unknown filter %1 (organization, search or source)").arg(quoted(key));
            return false;
        }
    }
    if (args.has(QStringLiteral("names"))) {
        const QString text = args.value(QStringLiteral("names"));
        const std::optional<NameOrder> order = nameOrderFromKey(text);
        if (!order) {
            *error = tr("--names is report or english, not %1").arg(quoted(text));
            return false;
        }
        state->setNameOrder(*order);
    }
    state->setFilter(filter);
    return true;
}

QString quoted(const QString &value, int maxLength)
{
    QString text = printable(value);
    if (text.size() > maxLength) {
        qsizetype keep = std::max(1, maxLength - 1);
        if (text.at(keep - 1).isHighSurrogate())
            --keep; // never split a character in two
        text = text.left(keep) + QStringLiteral("…");
    }
    return u'"' + text + u'"';
}

} // namespace TrendScope::Cli
