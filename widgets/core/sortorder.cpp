#include "sortorder.h"

#include "fieldvalidator.h"

#include <QCollator>

#include <algorithm>
#include <numeric>

namespace TrendScope {

namespace {

struct SortKey
{
    enum Kind : quint8
    {
        Number,
        Text,
        Missing
    };
    Kind kind = Missing;
    double number = 0;
    int text = -1; // index into the texts and their collation keys
};

} // namespace

namespace {

QCollator collatorFor(const QLocale &locale)
{
    QCollator collator(locale);
    collator.setNumericMode(true);
    return collator;
}

} // namespace

std::vector<int> sortedRows(int rowCount, const std::function<QVariant(int row)> &valueOf,
    Qt::SortOrder order, const QLocale &locale)
{
    std::vector<int> rows(size_t(std::max(0, rowCount)));
    std::iota(rows.begin(), rows.end(), 0);
    std::vector<SortKey> keys(rows.size());
    std::vector<QString> texts;
    bool datesOnly = true; // every text an ISO date (digits and '-'): collation is code order
    for (int row = 0; row < rowCount; ++row) {
        const QVariant value = valueOf(row);
        SortKey &key = keys[size_t(row)];
        if (!value.isValid())
            continue;
        if (FieldValidator::isNumber(value)) {
            key.kind = SortKey::Number;
            key.number = value.toDouble();
            continue;
        }
        key.kind = SortKey::Text;
        key.text = int(texts.size());
        texts.push_back(value.toString());
        if (datesOnly)
            datesOnly = std::all_of(texts.back().cbegin(), texts.back().cend(),
                [](QChar c) { return c.isDigit() || c == QLatin1Char('-'); });
    }
    // Collation keys only where they change the order: dates (most sorted text columns)
    // sort the same by code order, at a fraction of the cost on a large table.
    std::vector<QCollatorSortKey> collated;
    if (!datesOnly) {
        const QCollator collator = collatorFor(locale);
        collated.reserve(texts.size());
        for (const QString &text : texts)
            collated.push_back(collator.sortKey(text));
    }
    auto less = [&keys, &texts, &collated, datesOnly](int a, int b) {
        const SortKey &x = keys[size_t(a)];
        const SortKey &y = keys[size_t(b)];
        if (x.kind != y.kind)
            return x.kind < y.kind;
        if (x.kind == SortKey::Number)
            return x.number < y.number;
        if (x.kind == SortKey::Text) {
            if (datesOnly)
                return texts[size_t(x.text)] < texts[size_t(y.text)];
            return collated[size_t(x.text)].compare(collated[size_t(y.text)]) < 0;
        }
        return false;
    };
    if (order == Qt::AscendingOrder)
        std::stable_sort(rows.begin(), rows.end(), less);
    else
        std::stable_sort(rows.begin(), rows.end(), [&less](int a, int b) { return less(b, a); });
    return rows;
}

void sortTexts(QStringList &texts, const QLocale &locale)
{
    std::vector<int> order = sortedRows(
        int(texts.size()), [&texts](int row) { return QVariant(texts.at(row)); },
        Qt::AscendingOrder, locale);
    QStringList sorted;
    sorted.reserve(texts.size());
    for (const int row : order)
        sorted.append(texts.at(row));
    texts = sorted;
}

} // namespace TrendScope
