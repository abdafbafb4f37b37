#include "modelchart.h"

#include "chartframe.h"
#include "explorerstate.h"
#include "roles.h"
#include "viewsetup.h"

#include <QEvent>
#include <QToolTip>

namespace TrendScope {

namespace {

constexpr int NotePadding = 10; // around the empty state's message, on its plate

} // namespace

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
        // The subtitle names a filtered organization as the Names setting says.
        connect(m_state, &ExplorerState::nameOrderChanged, this, [this] { updateSubtitle(); });
        connect(m_state, &ExplorerState::comparisonChanged, this, [this] { comparisonChanged(); });
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
    rebuildNow();
}

void ModelChart::rebuildNow()
{
    m_rebuildPending = false;
    rebuild();
}

void ModelChart::flushRebuild() const
{
    if (m_rebuildPending)
        const_cast<ModelChart *>(this)->rebuildNow();
}

void ModelChart::changeEvent(QEvent *event)
{
    ChartPlot::changeEvent(event);
    if (event->type() != QEvent::LanguageChange)
        return;
    retranslate();
    rebuildNow();
    updateSubtitle();
    replot();
}

QString ModelChart::filterText() const
{
    return m_state ? describeFilter(m_state->filter(), m_state->nameOrder()) : QString();
}

QString ModelChart::comparisonText() const
{
    if (!m_state || !m_state->comparison().isActive())
        return {};
    const Comparison &c = m_state->comparison();
    return tr("Compared: %1 vs %2")
        .arg(c.nameA.isEmpty() ? tr("edition %1").arg(c.editionA) : c.nameA,
            c.nameB.isEmpty() ? tr("edition %1").arg(c.editionB) : c.nameB);
}

void ModelChart::setSources(const QStringList &sources)
{
    m_frame->setSourceLine(sources.isEmpty()
            ? QString()
            //: Between the report titles of a chart's source line: "；" in Chinese
            : tr("Source: %1").arg(sources.join(tr("; "))));
}

void ModelChart::setSources(const QSet<QString> &sources)
{
    QStringList sorted(sources.cbegin(), sources.cend());
    sorted.sort();
    setSources(sorted);
}

void ModelChart::showEmptyState(bool empty, const QString &what, const QString &reason)
{
    const bool filtered = m_state && !m_state->filter().isEmpty();
    if (!empty)
        m_emptyMessage.clear();
    else if (!reason.isEmpty())
        m_emptyMessage = filtered
            ? tr("No %1: %2 · %3")
                  .arg(what, reason, filterConditions(m_state->filter(), m_state->nameOrder()))
            : tr("No %1: %2").arg(what, reason);
    else
        m_emptyMessage = filtered
            ? tr("No %1 match: %2")
                  .arg(what, filterConditions(m_state->filter(), m_state->nameOrder()))
            : tr("No %1 in this dataset").arg(what);
    for (QCPAxis *axis : axisRect()->axes())
        axis->setTickLabels(!empty);
    if (!m_emptyNote) {
        m_emptyNote = new QCPItemText(this);
        m_emptyNote->position->setType(QCPItemPosition::ptAxisRectRatio);
        m_emptyNote->position->setCoords(0.5, 0.45);
        m_emptyNote->setPositionAlignment(Qt::AlignCenter);
        m_emptyNote->setTextAlignment(Qt::AlignCenter);
        m_emptyNote->setFont(chartFont(11, true));
        m_emptyNote->setSelectable(false);
        m_emptyNote->setClipToAxisRect(false); // fitted to the axis rect instead
    }
    m_emptyNote->setColor(m_theme.mutedText);
    // On a plate of the background: the message stays readable where a chart still draws
    // (the maturity curve's S-curve and stage bands).
    m_emptyNote->setBrush(m_theme.background);
    m_emptyNote->setPadding(QMargins(NotePadding, NotePadding / 2, NotePadding, NotePadding / 2));
    m_emptyNote->setVisible(empty);
    m_emptyNote->setText(m_emptyMessage);
    queueReplot();
}

void ModelChart::placeLegendBelow(int wrap)
{
    legend->setVisible(true);
    legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    legend->setWrap(wrap);
    legend->setProperty("trendscopeMaxWrap", wrap);
    QCPLayoutGrid *layout = plotLayout();
    const int legendRow = layout->rowCount() - 1; // above the source line
    layout->insertRow(legendRow);
    layout->addElement(legendRow, 0, legend);
    layout->setRowStretchFactor(legendRow, 0.001);
    legend->setMargins(QMargins(8, 2, 8, 2));
    // An explicit maximum width: a legend without entries (a chart with no rows) hints its
    // margins' width as its maximum, and that narrowed the whole column, the chart with it.
    // (Any width under QWIDGETSIZE_MAX with the margins added counts as set.)
    legend->setMaximumSize(QWIDGETSIZE_MAX / 2, QWIDGETSIZE_MAX);
}

EntityRef ModelChart::entityAt(int row) const
{
    return m_model->index(row, 0).data(EntityRole).value<EntityRef>();
}

void ModelChart::updateLayout()
{
    m_frame->fitTo(viewport().width(), viewport().height());
    if (legend->visible() && legend->layout() == plotLayout() && legend->itemCount() > 0) {
        // A legend below the plot wraps to the width: as many entries a row as fit.
        int widest = 0;
        int entries = 0;
        for (int i = 0; i < legend->itemCount(); ++i) {
            if (const QCPAbstractLegendItem *item = legend->item(i)) { // empty cells are null
                widest = std::max(widest, item->minimumOuterSizeHint().width());
                ++entries;
            }
        }
        const QMargins margins = legend->margins();
        const int room = viewport().width() - margins.left() - margins.right() - 8;
        const int fit
            = std::max(1, (room + legend->columnSpacing()) / (widest + legend->columnSpacing()));
        const int most = legend->property("trendscopeMaxWrap").toInt();
        const int wrap
            = fit >= legend->itemCount() && most == 0 ? 0 : std::min(fit, most > 0 ? most : fit);
        if (wrap != legend->wrap()) {
            legend->setWrap(wrap);
            legend->setFillOrder(legend->fillOrder(), true); // re-arranges the entries
        }
    }
    ChartPlot::updateLayout();
    if (m_emptyNote && m_emptyNote->visible()) {
        // The empty state's message wraps to the plot area as this layout left it (an item
        // takes no room in the layout, so fitting it afterwards needs no second pass; fitted
        // before, a first render wrapped it to the plot's initial, tiny width).
        const double width = axisRect()->width() > 0 ? axisRect()->width() : viewport().width();
        m_emptyNote->setText(fitText(m_emptyMessage, m_emptyNote->font(),
            std::min<double>(width, viewport().width()) - 16 - 2 * NotePadding, 3));
    }
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
    } else if (const QString full = m_frame->fullTextAt(layoutElementAt(event->position()));
               !full.isEmpty()) {
        QToolTip::showText(event->globalPosition().toPoint(), full, this);
        unsetCursor();
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
