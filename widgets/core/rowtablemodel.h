#pragma once

#include "explorerstate.h"
#include "roles.h"
#include "types.h"

#include <QAbstractTableModel>

namespace TrendScope {

// What every row-table model shares, outside the template: column count and headers from
// the subclass, and the roles answered from a row's provenance.
class RowTableModelBase : public QAbstractTableModel
{
    Q_OBJECT
public:
    int columnCount(const QModelIndex &parent = {}) const final;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const final;
    // The interface language changed: texts derived from the rows are made again and the
    // model is reset, so views and charts read every header and cell ("not stated", stages,
    // units) in the new language.
    void retranslate();
    // Which of a row's two names its cells and labels show first (issue 17): a change resets
    // the model, as a language change does.
    void setNameOrder(NameOrder order);
    NameOrder nameOrder() const { return m_nameOrder; }

protected:
    RowTableModelBase(int columnCount, QObject *parent);

    // The horizontal header's text of `column`, in the user's language, and its tooltip.
    virtual QString headerText(int column) const = 0;
    virtual QString headerToolTip(int /*column*/) const { return {}; }

    // SourceCodeRole, ProvenanceRole, CitationRole and EditionRole of a row; invalid for other
    // roles.
    static QVariant provenanceData(const Provenance &provenance, int role);
    // EntityRole (the row's own entity) and OrganizationEntityRole (its organization, an
    // invalid reference when organizationId is 0) of a row; invalid for other roles.
    static QVariant entityData(int role, EntityRef self, qint64 organizationId);
    // The name a cell or chart label shows: the report's `name` or the English `nameEn`,
    // whichever comes first in nameOrder() and exists.
    QString shownName(const QString &name, const QString &nameEn) const
    {
        return firstName(name, nameEn, m_nameOrder);
    }
    // Both names for a tooltip, the first choice first and the other in brackets;
    // `englishIsDatasets`: the English name is the dataset's own, never the report's, and
    // is marked so (schema 6).
    QString bothNames(
        const QString &name, const QString &nameEn, bool englishIsDatasets = false) const;
    // Inside retranslate()'s reset: remake what was derived from the rows.
    virtual void rederive() { }

private:
    int m_columnCount;
    NameOrder m_nameOrder = NameOrder::ReportFirst;
};

// A table model over a list of value rows from the data layer (hotspot's HashModel shape):
// rows come in through setRows() in one reset; rowCount and data are final, and a subclass
// says what one row shows through cell() and toolTip(). Rows carry a `provenance` member,
// whose roles are answered here; SortRole falls back to the display text.
template <typename Row> class RowTableModel : public RowTableModelBase
{
public:
    using Rows = QList<Row>;

    void setRows(const Rows &rows)
    {
        beginResetModel();
        m_rows = rows;
        rowsChanged();
        endResetModel();
    }
    const Rows &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const final
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const final
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return {};
        const Row &row = m_rows.at(index.row());
        if (role == Qt::ToolTipRole)
            return toolTip(row, index.column());
        if (QVariant common = provenanceData(row.provenance, role); common.isValid())
            return common;
        QVariant value = cell(row, index.column(), role);
        if (!value.isValid() && role == SortRole)
            return cell(row, index.column(), Qt::DisplayRole);
        return value;
    }

protected:
    using RowTableModelBase::RowTableModelBase;

    // What `row` shows in `column` for `role` (any role but the tooltip and provenance ones);
    // invalid when it has nothing to say.
    virtual QVariant cell(const Row &row, int column, int role) const = 0;
    // The tooltip of `row`; `column` is the cell hovered (most rows say the same in each).
    virtual QString toolTip(const Row &row, int column) const = 0;
    // Called inside the reset, after the rows changed (or the language): rebuild what is
    // derived from them.
    virtual void rowsChanged() { }
    void rederive() final { rowsChanged(); }

    Rows m_rows;
};

} // namespace TrendScope
