#include "fundingshares.h"

#include "format.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <functional>
#include <vector>

namespace TrendScope {

namespace {

// Shares are stated with two decimals; sums closer than this to 100 are complete.
constexpr double ShareTolerance = 0.005;

// lupdate files a free function's tr() under its namespace: the same context here.
QString tr(const char *text)
{
    return QCoreApplication::translate("TrendScope", text);
}

QString number(double value)
{
    return QString::number(value, 'g', 12);
}

QString periodText(const QString &start, const QString &end)
{
    if (end.isEmpty() || end == start)
        return start;
    return start + QStringLiteral("–") + end;
}

// The last part of a "chapter · table" section: the table's own title.
QString tableTitle(const QString &section)
{
    const qsizetype dot = section.lastIndexOf(QStringLiteral(" · "));
    return dot < 0 ? section : section.mid(dot + 3);
}

// Distinct texts in the order first seen. A hash answers "seen before?": a list's contains()
// made grouping quadratic (100k company rows took over a second).
class FirstSeen
{
public:
    void add(const QString &text)
    {
        if (!m_seen.contains(text)) {
            m_seen.insert(text);
            m_order.append(text);
        }
    }
    const QStringList &order() const { return m_order; }

private:
    QSet<QString> m_seen;
    QStringList m_order;
};

void appendDomainShares(const FundingTotalRows &rows, FundingShares &out)
{
    QHash<QString, const FundingTotalRow *> byDomain;
    for (const FundingTotalRow &row : rows) {
        if (!byDomain.contains(row.domain))
            byDomain.insert(row.domain, &row);
    }

    // A domain's amount: stated, or its share of its parent's (possibly derived) amount.
    struct Amount
    {
        std::optional<double> yuan;
        QString formula;
    };
    QHash<QString, Amount> amounts;
    std::function<Amount(const QString &, int)> amountOf
        = [&](const QString &domain, int depth) -> Amount {
        if (amounts.contains(domain))
            return amounts.value(domain);
        Amount result;
        const FundingTotalRow *row = byDomain.value(domain);
        if (row && row->amountYuan) {
            result.yuan = row->amountYuan;
        } else if (row && row->sharePercent && !row->parentDomain.isEmpty() && depth < 16) {
            const Amount parent = amountOf(row->parentDomain, depth + 1);
            if (parent.yuan) {
                result.yuan = *parent.yuan * *row->sharePercent / 100.0;
                result.formula = tr("%1 of %2 (%3) × %4%")
                                     .arg(domain, row->parentDomain, Format::yi(*parent.yuan),
                                         number(*row->sharePercent));
            }
        }
        amounts.insert(domain, result);
        return result;
    };

    FirstSeen seenParents;
    for (const FundingTotalRow &row : rows) {
        if (!row.parentDomain.isEmpty())
            seenParents.add(row.parentDomain);
    }
    QStringList parents = seenParents.order();

    // Top-level breakdowns first, then the breakdowns of their parts.
    auto depth = [&byDomain](QString domain) {
        int d = 0;
        while (byDomain.contains(domain) && !byDomain.value(domain)->parentDomain.isEmpty()
            && d < 16) {
            domain = byDomain.value(domain)->parentDomain;
            ++d;
        }
        return d;
    };
    std::stable_sort(parents.begin(), parents.end(),
        [&depth](const QString &a, const QString &b) { return depth(a) < depth(b); });

    for (const QString &parent : std::as_const(parents)) {
        QList<const FundingTotalRow *> children;
        for (const FundingTotalRow &row : rows) {
            if (row.parentDomain == parent)
                children.append(&row);
        }
        const FundingTotalRow &first = *children.constFirst();
        const Amount parentAmount = amountOf(parent, 0);
        const QString key
            = QStringLiteral("domain|%1|%2|%3").arg(first.periodStart, first.periodEnd, parent);
        const QString whole = first.shareOf.isEmpty() ? parent : first.shareOf;
        const QString title
            = tr("Shares of %1, %2").arg(whole, periodText(first.periodStart, first.periodEnd));

        double statedSum = 0;
        QStringList parts;
        const qsizetype firstSlice = out.size();
        for (const FundingTotalRow *row : std::as_const(children)) {
            FundingShare s;
            s.chartKey = key;
            s.chartTitle = title;
            s.label = row->domain;
            s.entity = {EntityKind::FundingTotal, row->id};
            s.domain = row->domain;
            s.period = row->periodStart;
            s.provenance = row->provenance;
            if (row->sharePercent) {
                s.percent = row->sharePercent;
            } else if (row->amountYuan && parentAmount.yuan && *parentAmount.yuan > 0) {
                s.percent = *row->amountYuan / *parentAmount.yuan * 100.0;
                s.provenance.status = QStringLiteral("derived");
                s.provenance.formula
                    = tr("amount_yuan of %1 / amount_yuan of %2 × 100").arg(row->domain, parent);
            }
            const Amount amount = amountOf(row->domain, 0);
            s.amountYuan = amount.yuan;
            s.amountFormula = amount.formula;
            if (s.percent) {
                statedSum += *s.percent;
                parts.append(number(*s.percent));
            }
            out.append(s);
        }
        // Largest first, as the donut reads clockwise from the top.
        std::stable_sort(
            out.begin() + firstSlice, out.end(), [](const FundingShare &a, const FundingShare &b) {
                return a.percent.value_or(-1) > b.percent.value_or(-1);
            });

        if (!parts.isEmpty() && statedSum < 100.0 - ShareTolerance) {
            FundingShare rest;
            rest.chartKey = key;
            rest.chartTitle = title;
            rest.label = tr("Other (remainder, derived)");
            rest.remainder = true;
            rest.percent = 100.0 - statedSum;
            rest.period = first.periodStart;
            rest.provenance = first.provenance;
            rest.provenance.status = QStringLiteral("derived");
            rest.provenance.formula
                = tr("100 − (%1) = %2% of %3; not broken down in the report")
                      .arg(parts.join(QStringLiteral(" + ")), number(*rest.percent), whole);
            rest.provenance.quote.clear();
            if (parentAmount.yuan) {
                rest.amountYuan = *parentAmount.yuan * *rest.percent / 100.0;
                rest.amountFormula
                    = tr("%1 × %2%").arg(Format::yi(*parentAmount.yuan), number(*rest.percent));
            }
            out.append(rest);
        }
    }
}

void appendCompanyGroups(const FundingCompanyRows &rows, const QString &listTitle,
    const QString &dimension, const std::function<QString(const FundingCompanyRow &)> &groupOf,
    FundingShares &out)
{
    const FundingCompanyRow &first = rows.constFirst();
    // Each group once, in the order first seen, with its rows: one pass over the rows.
    struct Group
    {
        QString name;
        double sum = 0; // of the stated amounts
        int stated = 0; // rows with an amount
        QList<const FundingCompanyRow *> members;
    };
    std::vector<Group> groups;
    QHash<QString, size_t> indexOf;
    double total = 0;
    for (const FundingCompanyRow &row : rows) {
        const QString name = groupOf(row);
        auto it = indexOf.constFind(name);
        if (it == indexOf.cend()) {
            it = indexOf.insert(name, groups.size());
            groups.push_back({name, 0, 0, {}});
        }
        Group &group = groups[*it];
        group.members.append(&row);
        if (row.amountYuan) {
            total += *row.amountYuan;
            group.sum += *row.amountYuan;
            ++group.stated;
        }
    }
    if (total <= 0)
        return;
    std::stable_sort(
        groups.begin(), groups.end(), [](const Group &a, const Group &b) { return a.sum > b.sum; });

    const QString key = QStringLiteral("companies|%1|%2|%3")
                            .arg(dimension, first.period, first.provenance.section);
    const QString title
        = tr("%1, by %2")
              .arg(listTitle,
                  dimension == QLatin1String("direction") ? tr("direction") : tr("round"));
    const QString totalText
        = tr("the sum of amount_yuan over the table (%1)").arg(Format::yi(total));

    const QString companyFormula = tr("amount_yuan of %1 / %2"); // looked up once, not per row
    for (Group &group : groups) {
        FundingShare g;
        g.chartKey = key;
        g.chartTitle = title;
        g.label = group.name;
        g.group = group.name;
        g.ring = FundingShare::Ring::Inner;
        g.period = first.period;
        g.provenance = first.provenance;
        g.provenance.status = QStringLiteral("derived");
        g.provenance.quote.clear();
        if (group.stated > 0) {
            // A sum of stated amounts is exact: no amountFormula (that marks rounded estimates).
            g.amountYuan = group.sum;
            g.percent = group.sum / total * 100.0;
            g.provenance.formula = tr("sum of amount_yuan where %1 = %2 (%3 companies), over %4")
                                       .arg(dimension, group.name)
                                       .arg(group.stated)
                                       .arg(totalText);
        }
        out.append(g);

        std::stable_sort(group.members.begin(), group.members.end(),
            [](const FundingCompanyRow *a, const FundingCompanyRow *b) {
                return a->amountYuan.value_or(-1) > b->amountYuan.value_or(-1);
            });
        for (const FundingCompanyRow *row : std::as_const(group.members)) {
            FundingShare c;
            c.chartKey = key;
            c.chartTitle = title;
            c.label = row->organization;
            c.group = group.name;
            c.entity = {EntityKind::FundingCompany, row->id};
            c.organization = row->organization;
            c.organizationEn = row->organizationEn;
            c.organizationEnIsDatasets = row->organizationEnIsDatasets;
            c.organizationId = row->organizationId;
            c.period = row->period;
            c.amountYuan = row->amountYuan;
            c.provenance = row->provenance;
            if (row->amountYuan) {
                c.percent = *row->amountYuan / total * 100.0;
                c.provenance.status = QStringLiteral("derived");
                c.provenance.formula = companyFormula.arg(row->organization, totalText);
            }
            out.append(c);
        }
    }
}

} // namespace

FundingShares buildFundingShares(
    const FundingTotalRows &totals, const FundingCompanyRows &companies)
{
    FundingShares out;

    FirstSeen periods;
    QHash<QString, FundingTotalRows> totalsByPeriod;
    for (const FundingTotalRow &row : totals) {
        const QString period = row.periodStart + QLatin1Char('|') + row.periodEnd;
        periods.add(period);
        totalsByPeriod[period].append(row);
    }
    for (const QString &period : periods.order())
        appendDomainShares(totalsByPeriod.value(period), out);

    // One company list per period and table.
    FirstSeen lists;
    QHash<QString, FundingCompanyRows> byList;
    for (const FundingCompanyRow &row : companies) {
        const QString list = row.period + QLatin1Char('|') + row.provenance.section;
        lists.add(list);
        byList[list].append(row);
    }
    for (const QString &list : lists.order()) {
        const FundingCompanyRows rows = byList.value(list);
        const QString title = tableTitle(rows.constFirst().provenance.section);
        appendCompanyGroups(
            rows, title, QStringLiteral("direction"),
            [](const FundingCompanyRow &r) {
                return r.direction.isEmpty() ? tr("not stated") : r.direction;
            },
            out);
        appendCompanyGroups(
            rows, title, QStringLiteral("round"),
            [](const FundingCompanyRow &r) {
                return r.round.isEmpty() ? tr("not stated") : r.round;
            },
            out);
    }
    return out;
}

} // namespace TrendScope
