#include "modelchart.h"

#include "chartframe.h"
#include "explorerstate.h"
#include "roles.h"
#include "viewsetup.h"

#include <QToolTip>

namespace TrendScope {

ModelChart::ModelChart(QAbstractItemModel *model, ExplorerState *state, QWidget *parent)
    : ChartPlot(parent)
    , m_model(model)
    , m_state(state)
    , m_frame(std::make_unique<ChartFrame>(this))
    , m_theme(ChartTheme::light())
{
    setMouseTracking(true);
    // The hooks are virtual: these run only after construction, when the chart is complete.
    onModelChanged(m_model, this, [this] { modelChanged(); });
    if (m_state) {
        connect(m_state, &ExplorerState::focusChanged, this, [this] { updateHighlight(); });
        connect(m_state, &ExplorerState::filterChanged, this, [this] { updateSubtitle(); });
    }
}

ModelChart::~ModelChart() = default;

QString ModelChart::title() const
{
    return m_frame->title();
}

void ModelChart::setTheme(const ChartTheme &theme)
{
    m_theme = theme;
    applyBaseTheme(this, theme);
    m_frame->applyTheme(theme);
    applyChartTheme(theme);
    rebuild();
}

QString ModelChart::filterText() const
{
    return m_state ? describeFilter(m_state->filter()) : QString();
}

void ModelChart::setSources(const QStringList &sources)
{
    m_frame->setSourceLine(
        sources.isEmpty() ? QString() : tr("Source: %1").arg(sources.join(QStringLiteral("; "))));
}

void ModelChart::setSources(const QSet<QString> &sources)
{
    QStringList sorted(sources.cbegin(), sources.cend());
    sorted.sort();
    setSources(sorted);
}

void ModelChart::placeLegendBelow(int wrap)
{
    legend->setVisible(true);
    legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    legend->setWrap(wrap);
    QCPLayoutGrid *layout = plotLayout();
    const int legendRow = layout->rowCount() - 1; // above the source line
    layout->insertRow(legendRow);
    layout->addElement(legendRow, 0, legend);
    layout->setRowStretchFactor(legendRow, 0.001);
    legend->setMargins(QMargins(8, 2, 8, 2));
}

EntityRef ModelChart::entityAt(int row) const
{
    return m_model->index(row, 0).data(EntityRole).value<EntityRef>();
}

void ModelChart::mousePressEvent(QMouseEvent *event)
{
    m_pressPos = event->position();
    ChartPlot::mousePressEvent(event);
}

void ModelChart::mouseReleaseEvent(QMouseEvent *event)
{
    ChartPlot::mouseReleaseEvent(event);
    if (!m_state || event->button() != Qt::LeftButton
        || (event->position() - m_pressPos).manhattanLength() >= ClickSlop)
        return;
    const int row = rowAt(event->position());
    if (row < 0)
        return;
    const EntityRef entity = entityAt(row);
    if (entity.isValid())
        m_state->setFocus(entity);
}

void ModelChart::mouseMoveEvent(QMouseEvent *event)
{
    ChartPlot::mouseMoveEvent(event);
    // With a button held the mouse drags (or is about to click): no tooltip to get in the way.
    const int row = event->buttons() == Qt::NoButton ? rowAt(event->position()) : -1;
    hoverRow(row);
    if (row >= 0) {
        QToolTip::showText(event->globalPosition().toPoint(),
            m_model->index(row, 0).data(Qt::ToolTipRole).toString(), this);
        if (m_state)
            setCursor(Qt::PointingHandCursor);
    } else {
        QToolTip::hideText();
        unsetCursor();
    }
}

void ModelChart::leaveEvent(QEvent *event)
{
    ChartPlot::leaveEvent(event);
    hoverRow(-1);
}

} // namespace TrendScope
