#include "fundingcompare.h"

#include <QHash>

#include <algorithm>

namespace TrendScope {

QString fundingChartKind(const QString &chartKey)
{
    // "companies|<dimension>|<period>|<section>" and "domain|<start>|<end>|<parent>".
    const QStringList parts = chartKey.split(QLatin1Char('|'));
    if (parts.size() >= 2 && parts.constFirst() == QLatin1String("companies"))
        return parts.at(0) + QLatin1Char('|') + parts.at(1);
    if (parts.size() >= 4 && parts.constFirst() == QLatin1String("domain"))
        return parts.at(0) + QLatin1Char('|') + parts.mid(3).join(QLatin1Char('|'));
    return chartKey;
}

QStringList compareColourOrder(const QList<CompareSlice> &a, const QList<CompareSlice> &b)
{
    QStringList order;
    for (const QList<CompareSlice> *slices : {&a, &b}) {
        for (const CompareSlice &s : *slices) {
            if (!order.contains(s.label))
                order.append(s.label);
        }
    }
    return order;
}

QList<FundingDelta> fundingDeltas(const QList<CompareSlice> &a, const QList<CompareSlice> &b)
{
    QList<FundingDelta> deltas;
    QHash<QString, qsizetype> index;
    auto add = [&](const QList<CompareSlice> &slices, bool isA) {
        for (const CompareSlice &s : slices) {
            if (s.remainder || !s.amountYuan)
                continue;
            qsizetype i = index.value(s.label, -1);
            if (i < 0) {
                i = deltas.size();
                index.insert(s.label, i);
                deltas.append({s.label});
            }
            FundingDelta &d = deltas[i];
            (isA ? d.a : d.b) += *s.amountYuan;
            (isA ? d.inA : d.inB) = true;
        }
    };
    add(a, true);
    add(b, false);
    std::sort(deltas.begin(), deltas.end(), [](const FundingDelta &x, const FundingDelta &y) {
        if (x.delta() != y.delta())
            return x.delta() > y.delta();
        return x.label < y.label;
    });
    return deltas;
}

} // namespace TrendScope
