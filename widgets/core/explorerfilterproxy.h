#pragma once

#include "explorerstate.h"
#include "searchtext.h"

#include <QAbstractProxyModel>
#include <QHash>
#include <QLocale>
#include <QSet>

class QTimer;

#include <optional>
#include <vector>

namespace TrendScope {

// Narrows and sorts any flat TrendScope model by the shared Filter, through the roles in
// roles.h. Each view owns one (or two) over a shared source model.
//
// Not a QSortFilterProxyModel: that one sorts again after every filter change and asks the
// source for four QVariants per row and change, which made a filter change O(n log n)
// QVariant work per view (PERFORMANCE.md, fix 9). Here the sorted order of the source rows
// is computed once per sort (or source change), the filter keys each row is tested on are
// read once per source change (in idle time, a few milliseconds at a time, or at once when a
// filter needs them first), and a filter change is one linear pass that keeps the sorted
// order, announced as one reset.
class ExplorerFilterProxy : public QAbstractProxyModel
{
    Q_OBJECT
public:
    explicit ExplorerFilterProxy(QObject *parent = nullptr);
    ~ExplorerFilterProxy() override;

    void setSourceModel(QAbstractItemModel *source) override;

    const Filter &filter() const { return m_filter; }
    void setFilter(const Filter &filter);

    // Keeps only rows whose `role` value, as text, is one of `values` (a view's own choice:
    // the curve years on show, the donut picked). `role` 0 turns it off.
    void setRoleFilter(int role, const QStringList &values);
    // Each distinct value of the role filter's role, in source order, with the first source
    // row that has it (a view's list of donuts, without reading every row again).
    QList<std::pair<QString, int>> roleValueRows() const;

    // Sorts by the source's SortRole in `column`, stable (ties keep source order), strings in
    // the interface language's collation (QLocale(): pinyin order for Chinese), numbers as
    // numbers, values the report does not state after all others when ascending. Column -1:
    // source order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    // Sorts again when the default locale is no longer the one the order was collated in (a
    // language switch); its page calls it on QEvent::LanguageChange.
    void updateCollation();
    int sortColumn() const { return m_sortColumn; }
    // True while filter keys are still being read in idle time after a source change.
    bool isReadingKeys() const;
    // Counts the changes of the source's rows or values (a reset, rows inserted or removed,
    // values changed), each counted before this proxy passes it on: a chart keeping what it
    // read per source row reads again when the count moved.
    quint64 sourceGeneration() const { return m_sourceGeneration; }
    // The source row shown as `proxyRow`.
    int sourceRow(int proxyRow) const { return m_rows[size_t(proxyRow)]; }

    // Whether a row with these entities shows `focus`: it stands for it, is part of it (a
    // model's score entries), or belongs to the focused organization.
    static bool shows(EntityRef own, EntityRef parent, EntityRef organization, EntityRef focus);
    // The rows, in this proxy's order, that show `focus`. Each source row's three entities are
    // read once per change of the source: a focus change asked every row three roles.
    QList<int> rowsShowing(EntityRef focus) const;
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &index) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;

private:
    // What a row is tested on, read from the source once per source change: the first
    // four for rows [0, read()), the role's values when a role filter is set.
    struct Keys
    {
        SearchText search; // SearchTextRole of every row
        std::vector<QString> organization;
        std::vector<QString> source;
        std::vector<int> year; // from DateRole; 0 when it has none
        std::vector<int> role; // m_role's value: an index into roleValues
        QStringList roleValues; // each distinct value of m_role, as text, once
        QHash<QString, int> roleIndex; // value -> its index in roleValues
        QList<int> roleFirstRow; // per value: the first source row that has it
        int read() const { return int(year.size()); }
        void clearFilterKeys()
        {
            search.clear();
            organization.clear();
            source.clear();
            year.clear();
        }
        void clear() { *this = Keys(); }
    };

    void sourceAboutToChange();
    void sourceChanged();
    void sourceDataChanged(
        const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles);
    void readKeys();
    int roleKey(int sourceRow);
    void readKeysUpTo(int end);
    void readKeysInIdleTime();
    void startIdleReading();
    void reorder();
    void computeOrder();
    void computeCandidates();
    void computeRows();
    bool accepts(int sourceRow, const QString &needle, const std::vector<char> &hits) const;

    Filter m_filter;
    int m_role = 0;
    QSet<QString> m_roleValues;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;

    Keys m_keys;
    std::vector<int> m_order; // source rows in sort order (empty: not computed)
    QLocale m_collation; // the locale m_order's texts were collated in
    std::vector<int> m_candidates; // m_order's rows the role filter keeps (all without one)
    std::vector<int> m_rows; // proxy row -> source row
    std::vector<int> m_proxyRowOf; // source row -> proxy row, -1 when filtered out
    int m_sourceRows = 0;
    quint64 m_sourceGeneration = 0;
    struct RowEntities
    {
        EntityRef own, parent, organization;
    };
    mutable std::vector<RowEntities> m_entities; // by source row, read by rowsShowing
    mutable std::optional<quint64> m_entitiesGeneration;
    bool m_resetting = false; // inside a begin/endResetModel pair started by the source
    QList<QMetaObject::Connection> m_connections;
    QTimer *m_idleRead;
};

} // namespace TrendScope
