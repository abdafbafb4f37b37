#pragma once

#include "types.h"

#include <QObject>
#include <QString>

namespace TrendScope {

// The filters every view narrows its rows with. Empty / zero means "no filter".
struct Filter
{
    QString search; // free text, matched case-insensitively against names
    QString organization; // organization name as the dataset writes it
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
            && a.sourceCode == b.sourceCode && a.yearFrom == b.yearFrom && a.yearTo == b.yearTo;
    }
    friend bool operator!=(const Filter &a, const Filter &b) { return !(a == b); }
};

// The one state all views share: the active filters and the focused entity. Created in main
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

    void setFilter(const Filter &filter);
    void setSearch(const QString &text);
    void setOrganization(const QString &name);
    void setSourceCode(const QString &code);
    void setYearRange(int from, int to);
    void clearFilters();

    void setFocus(EntityRef entity);
    void clearFocus();

signals:
    void filterChanged(const TrendScope::Filter &filter);
    void focusChanged(TrendScope::EntityRef entity);

private:
    Filter m_filter;
    EntityRef m_focus;
};

} // namespace TrendScope
