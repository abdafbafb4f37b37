#include "chartview.h"

namespace TrendScope {

ChartView::ChartView(const QString &name, ExplorerState *state, QWidget *parent)
    : QWidget(parent)
    , m_state(state)
{
    setObjectName(name);
}

} // namespace TrendScope
