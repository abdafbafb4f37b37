#include "chartview.h"

#include <QCoreApplication>

namespace TrendScope {

ChartView::ChartView(const QString &name, ExplorerState *state, QWidget *parent)
    : QWidget(parent)
    , m_state(state)
{
    setObjectName(name);
}

QString ChartView::tabTitle() const
{
    return m_tabTitle ? QCoreApplication::translate(m_tabTitleContext, m_tabTitle) : title();
}

void ChartView::setTabTitle(const char *context, const char *source)
{
    m_tabTitleContext = context;
    m_tabTitle = source;
}

} // namespace TrendScope
