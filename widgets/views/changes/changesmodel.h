#pragma once

#include "editiondiff.h"
#include "historydiff.h"
#include "rowtablemodel.h"

namespace TrendScope {

// "What changed" between two editions as a table: one row per added or removed fact and per
// changed field, with old → new and both sides' provenance in the tooltip. GroupRole is the
// table's name, LabelRole what the fact is about, ChangeKindRole the kind of change.
class ChangesModel : public RowTableModel<FactChange>
{
    Q_OBJECT
public:
    enum Column
    {
        ChangeColumn,
        TableColumn,
        KeyColumn,
        FieldColumn,
        BeforeColumn,
        AfterColumn,
        PlaceColumn,
        SourceColumn,
        ColumnCount
    };

    explicit ChangesModel(QObject *parent = nullptr);

    // The tables an edition pair could not compare (rows in one edition only), as the model
    // was last given them; the chart names them.
    void setNotCompared(const QStringList &tables) { m_notCompared = tables; }
    const QStringList &notCompared() const { return m_notCompared; }

    // The changes in the file's audit trail, oldest first, as the model was last given them;
    // the view offers them as points to show what changed since.
    void setHistoryPoints(const QList<HistoryPoint> &points) { m_points = points; }
    const QList<HistoryPoint> &historyPoints() const { return m_points; }

    // How a change is named: "added", "removed", "changed".
    static QString kindText(FactChange::Kind kind);
    // A value as the table shows it: money in 亿元, percentages with %, "not stated" for
    // none.
    static QString valueText(const FactChange &change, const QVariant &value);

private:
    QString headerText(int column) const override;
    QVariant cell(const FactChange &row, int column, int role) const override;
    QString toolTip(const FactChange &row, int column) const override;

    QStringList m_notCompared;
    QList<HistoryPoint> m_points;
};

} // namespace TrendScope
