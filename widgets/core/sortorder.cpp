#include "sortorder.h"

#include "fieldvalidator.h"

#include <QCollator>
#include <QHash>

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
    int text = -1; // index into the distinct texts and their ranks
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

namespace {

// Each distinct text's place in the collation (or in code order when every text is a date):
// texts that collate equal share a place. Sorting rows then compares two integers.
std::vector<int> textRanks(const std::vector<QString> &texts, bool datesOnly, const QLocale &locale)
{
    std::vector<int> byText(texts.size());
    std::iota(byText.begin(), byText.end(), 0);
    std::vector<QCollatorSortKey> collated;
    if (!datesOnly) {
        const QCollator collator = collatorFor(locale);
        collated.reserve(texts.size());
        for (const QString &text : texts)
            collated.push_back(collator.sortKey(text));
    }
    auto compare = [&](int a, int b) {
        if (datesOnly)
            return texts[size_t(a)].compare(texts[size_t(b)]);
        return collated[size_t(a)].compare(collated[size_t(b)]);
    };
    std::sort(byText.begin(), byText.end(), [&](int a, int b) { return compare(a, b) < 0; });
    std::vector<int> rank(texts.size());
    int place = 0;
    for (size_t i = 0; i < byText.size(); ++i) {
        if (i > 0 && compare(byText[i - 1], byText[i]) < 0)
            ++place;
        rank[size_t(byText[i])] = place;
    }
    return rank;
}

} // namespace

std::vector<int> sortedRows(int rowCount, const std::function<QVariant(int row)> &valueOf,
    Qt::SortOrder order, const QLocale &locale)
{
    std::vector<int> rows(size_t(std::max(0, rowCount)));
    std::iota(rows.begin(), rows.end(), 0);
    std::vector<SortKey> keys(rows.size());
    // Each distinct text once: a large table repeats its names and dates row after row, and
    // a collation key is costly (most of a million-row table's load, PERFORMANCE.md).
    std::vector<QString> texts;
    QHash<QString, int> textIndex;
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
        const QString text = value.toString();
        auto known = textIndex.constFind(text);
        if (known == textIndex.cend()) {
            known = textIndex.insert(text, int(texts.size()));
            texts.push_back(text);
            if (datesOnly)
                datesOnly = std::all_of(text.cbegin(), text.cend(),
                    [](QChar c) { return c.isDigit() || c == QLatin1Char('-'); });
        }
        key.text = *known;
    }
    const std::vector<int> rank = textRanks(texts, datesOnly, locale);
    auto less = [&keys, &rank](int a, int b) {
        const SortKey &x = keys[size_t(a)];
        const SortKey &y = keys[size_t(b)];
        if (x.kind != y.kind)
            return x.kind < y.kind;
        if (x.kind == SortKey::Number)
            return x.number < y.number;
        if (x.kind == SortKey::Text)
            return rank[size_t(x.text)] < rank[size_t(y.text)];
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
