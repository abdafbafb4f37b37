#pragma once

#include <QLocale>
#include <QSortFilterProxyModel>

#include <vector>

namespace TrendScope {

// The data editor's sorted rows: a click on a column header orders them as the explorer's
// tables are ordered (sortedRows(): numbers as numbers, text by the interface language's
// collation, pinyin for Chinese and "Org 2" before "Org 10", a missing value last), not by
// QVariant's code-point comparison. The order is computed once per sort and source change,
// each row's place then compared, so each text's collation key is made once.
class EditorSortProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit EditorSortProxy(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *source) override;

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void rankRows(int column) const;

    // Each source row's place in ascending order (QSortFilterProxyModel turns it round for a
    // descending sort); recomputed when the rows, their values or the language changed.
    mutable std::vector<int> m_place;
    mutable int m_rankedColumn = -1;
    mutable QLocale m_collation;
    mutable bool m_stale = true;
};

} // namespace TrendScope
