#include "explorerstate.h"

namespace TrendScope {

namespace {

QString cleanText(const QString &text)
{
    QString cleaned;
    cleaned.reserve(std::min<qsizetype>(text.size(), 2 * ExplorerState::MaxSearchLength));
    // The cap counts characters: one outside the BMP (an emoji, a rare CJK ideograph) is two
    // UTF-16 units, kept both or neither.
    qsizetype characters = 0;
    for (qsizetype i = 0; i < text.size() && characters < ExplorerState::MaxSearchLength; ++i) {
        const QChar c = text.at(i);
        // Control characters have no place in a search; they would only confuse matching.
        if (c.category() == QChar::Other_Control)
            continue;
        cleaned.append(c);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            cleaned.append(text.at(++i));
        ++characters;
    }
    return cleaned.trimmed();
}

} // namespace

bool Filter::acceptsDate(const QString &isoDate) const
{
    if (yearFrom == 0 && yearTo == 0)
        return true;
    bool ok = false;
    const int year = isoDate.left(4).toInt(&ok);
    if (!ok)
        return false;
    return (yearFrom == 0 || year >= yearFrom) && (yearTo == 0 || year <= yearTo);
}

QString nameOrderKey(NameOrder order)
{
    return order == NameOrder::EnglishFirst ? QStringLiteral("english") : QStringLiteral("report");
}

std::optional<NameOrder> nameOrderFromKey(const QString &key)
{
    for (const NameOrder order : {NameOrder::ReportFirst, NameOrder::EnglishFirst}) {
        if (key == nameOrderKey(order))
            return order;
    }
    return std::nullopt;
}

QString firstName(const QString &name, const QString &nameEn, NameOrder order)
{
    const bool english = order == NameOrder::EnglishFirst ? !nameEn.isEmpty() : name.isEmpty();
    return english ? nameEn : name;
}

QString secondName(const QString &name, const QString &nameEn, NameOrder order)
{
    if (name.isEmpty() || nameEn.isEmpty() || name == nameEn)
        return {};
    return order == NameOrder::EnglishFirst ? name : nameEn;
}

ExplorerState::ExplorerState(QObject *parent)
    : QObject(parent)
{ }

void ExplorerState::setFilter(const Filter &filter)
{
    Filter next = filter;
    next.search = cleanText(filter.search);
    if (next.yearFrom && next.yearTo && next.yearFrom > next.yearTo)
        std::swap(next.yearFrom, next.yearTo);
    if (next == m_filter)
        return;
    m_filter = next;
    emit filterChanged(m_filter);
}

void ExplorerState::setSearch(const QString &text)
{
    Filter f = m_filter;
    f.search = text;
    setFilter(f);
}

void ExplorerState::setOrganization(const QString &name, const QString &nameEn)
{
    Filter f = m_filter;
    f.organization = name;
    f.organizationEn = name.isEmpty() ? QString() : nameEn;
    setFilter(f);
}

void ExplorerState::setSourceCode(const QString &code)
{
    Filter f = m_filter;
    f.sourceCode = code;
    setFilter(f);
}

void ExplorerState::setYearRange(int from, int to)
{
    Filter f = m_filter;
    f.yearFrom = from;
    f.yearTo = to;
    setFilter(f);
}

void ExplorerState::clearFilters()
{
    setFilter(Filter {});
}

void ExplorerState::setComparison(const Comparison &comparison)
{
    // Every inactive comparison is the same "off".
    const Comparison next = comparison.isActive() ? comparison : Comparison {};
    if (next == m_comparison)
        return;
    m_comparison = next;
    emit comparisonChanged(m_comparison);
}

void ExplorerState::setChangesSince(qint64 afterChange, const QString &name)
{
    const qint64 next = afterChange < 0 ? NoHistory : afterChange;
    if (next == m_changesSince && name == m_changesSinceName)
        return;
    m_changesSince = next;
    m_changesSinceName = next == NoHistory ? QString() : name;
    emit changesSinceChanged(m_changesSince);
}

void ExplorerState::setFocus(EntityRef entity)
{
    if (entity == m_focus)
        return;
    m_focus = entity;
    emit focusChanged(m_focus);
}

void ExplorerState::clearFocus()
{
    setFocus(EntityRef {});
}

void ExplorerState::setNameOrder(NameOrder order)
{
    if (order == m_nameOrder)
        return;
    m_nameOrder = order;
    emit nameOrderChanged(order);
}

} // namespace TrendScope
