#pragma once

#include "chartpage.h"

namespace TrendScope {

class ChangesChart;
class ChangesModel;

// "What changed" between the two editions the filter bar compares: a bar chart of added,
// removed and changed facts per table, and the table of every change with old → new and the
// provenance of both sides, filtered like every view.
class ChangesView : public ChartPage
{
    Q_OBJECT
public:
    ChangesView(ChangesModel *source, ExplorerState *state, QWidget *parent = nullptr);

    ChangesChart *chart() const { return m_chart; }

private:
    ChangesChart *m_chart;
};

} // namespace TrendScope
