#pragma once

#include "types.h"

#include <QObject>
#include <QString>

#include <optional>

namespace TrendScope {

// The filters every view narrows its rows with. Empty / zero means "no filter".
struct Filter
{
    QString search; // free text, matched case-insensitively against names
    QString organization; // organization name as the dataset writes it
    // Its English name, when the control that set the filter knew one: what the filter's
    // chip and the charts' subtitles show first when the Names setting says English first.
    QString organizationEn;
    QString sourceCode; // source report code, e.g. "bluebook-2024"
    int yearFrom = 0;
    int yearTo = 0;

    bool isEmpty() const
    {
        return search.isEmpty() && organization.isEmpty() && sourceCode.isEmpty() && yearFrom == 0
            && yearTo == 0;
    }
    // True when an ISO date (any precision) lies in the year range.
    bool acceptsDate(const QString &isoDate) const;
    friend bool operator==(const Filter &a, const Filter &b)
    {
        return a.search == b.search && a.organization == b.organization
            && a.organizationEn == b.organizationEn && a.sourceCode == b.sourceCode
            && a.yearFrom == b.yearFrom && a.yearTo == b.yearTo;
    }
    friend bool operator!=(const Filter &a, const Filter &b) { return !(a == b); }
};

// Which of an entity's two names (the report's, usually Chinese, and the English one) comes
// first wherever both are shown (issue 17). Where a row has only one name, that one shows.
enum class NameOrder
{
    ReportFirst,
    EnglishFirst,
};

// The order's name in settings and on the command line ("report", "english"), and back;
// nullopt for any other text.
QString nameOrderKey(NameOrder order);
std::optional<NameOrder> nameOrderFromKey(const QString &key);

// The name to show first: `name` (the report's) or `nameEn`, by `order`; the other one
// when the preferred one is empty.
QString firstName(const QString &name, const QString &nameEn, NameOrder order);
// The other name, or empty when there is only one (or both are the same).
QString secondName(const QString &name, const QString &nameEn, NameOrder order);

// Two editions side by side (schema 5): every view that has rows of both shows A against
// B. Zero ids, or the same edition twice, mean compare is off.
struct Comparison
{
    qint64 editionA = 0; // the earlier edition, "before"
    qint64 editionB = 0; // the later one, "after"
    // How subtitles name them ("SuperClue 2024-04"); not part of equality.
    QString nameA;
    QString nameB;

    bool isActive() const { return editionA > 0 && editionB > 0 && editionA != editionB; }
    friend bool operator==(const Comparison &a, const Comparison &b)
    {
        // Names too: an edition renamed in the editor is named anew in every subtitle.
        return a.editionA == b.editionA && a.editionB == b.editionB && a.nameA == b.nameA
            && a.nameB == b.nameB;
    }
    friend bool operator!=(const Comparison &a, const Comparison &b) { return !(a == b); }
};

// The one state all views share: the active filters, the focused entity and the editions
// compared. Created in main
// and passed to every view; setters emit only when something really changed.
class ExplorerState : public QObject
{
    Q_OBJECT
public:
    // Longer free text is cut to this many characters.
    static constexpr int MaxSearchLength = 200;

    explicit ExplorerState(QObject *parent = nullptr);

    const Filter &filter() const { return m_filter; }
    EntityRef focus() const { return m_focus; }
    const Comparison &comparison() const { return m_comparison; }

    void setFilter(const Filter &filter);
    void setSearch(const QString &text);
    // `nameEn`: the organization's English name, for showing the filter (may be empty).
    void setOrganization(const QString &name, const QString &nameEn = QString());
    void setSourceCode(const QString &code);
    void setYearRange(int from, int to);
    void clearFilters();

    // Compare edition A with B; an inactive comparison turns compare off.
    void setComparison(const Comparison &comparison);
    void clearComparison() { setComparison({}); }

    // "What changed" within the file instead of between editions: the changes after
    // change_log entry `afterChange` (NoHistory: between the editions compared), named
    // `name` in subtitles ("from change 12, 2026-12-03 07:12, trendscope import").
    static constexpr qint64 NoHistory = -1;
    qint64 changesSince() const { return m_changesSince; }
    const QString &changesSinceName() const { return m_changesSinceName; }
    void setChangesSince(qint64 afterChange, const QString &name = {});

    void setFocus(EntityRef entity);
    void clearFocus();

    NameOrder nameOrder() const { return m_nameOrder; }
    void setNameOrder(NameOrder order);

signals:
    void filterChanged(const TrendScope::Filter &filter);
    void focusChanged(TrendScope::EntityRef entity);
    void comparisonChanged(const TrendScope::Comparison &comparison);
    void changesSinceChanged(qint64 afterChange);
    void nameOrderChanged(TrendScope::NameOrder order);

private:
    Filter m_filter;
    EntityRef m_focus;
    Comparison m_comparison;
    qint64 m_changesSince = NoHistory;
    QString m_changesSinceName;
    NameOrder m_nameOrder = NameOrder::ReportFirst;
};

} // namespace TrendScope

Q_DECLARE_METATYPE(TrendScope::NameOrder)
