#pragma once

#include "chartpage.h"

class QComboBox;

namespace TrendScope {

class ChangesChart;
class ChangesModel;

// "What changed" between the two editions the filter bar compares, or in this file since a
// change of its history (the "Show" box): a bar chart of added, removed and changed facts per
// table, and the table of every change with old → new and the provenance of both sides,
// filtered like every view.
class ChangesView : public ChartPage
{
    Q_OBJECT
public:
    ChangesView(ChangesModel *source, ExplorerState *state, QWidget *parent = nullptr);

    ChangesChart *chart() const { return m_chart; }
    QComboBox *sinceBox() const { return m_since; }

private:
    void fillSinceBox();
    void chooseSince();

    ExplorerState *m_state;
    ChangesModel *m_changes;
    ChangesChart *m_chart;
    QComboBox *m_since;
};

} // namespace TrendScope
