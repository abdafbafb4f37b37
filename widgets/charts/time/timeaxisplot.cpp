#include "timeaxisplot.h"

#include "format.h"
#include "retranslator.h"

#include <QLabel>
#include <QTimeZone>

namespace TrendScope {

namespace {

constexpr double ZoomStep = 1.5;
constexpr double PanStep = 0.1;
constexpr double Day = 24 * 3600;

// Date ticks as the interface language writes a date (Format::date: 2023年4月 / Apr 2023),
// not as ISO: the ticker's date-time format only says the precision ("yyyy-MM-dd",
// "yyyy-MM" or "yyyy"), which Format::date reads back from the ISO text of that precision.
class InterfaceDateTicker : public QCPAxisTickerDateTime
{
protected:
    QString getTickLabel(double tick, const QLocale &, QChar, int) override
    {
        return Format::date(
            keyToDateTime(tick).toTimeZone(QTimeZone::utc()).toString(dateTimeFormat()));
    }
};

} // namespace

TimeAxisPlot::TimeAxisPlot(QAbstractItemModel *model, ExplorerState *state, QWidget *parent)
    : ModelChart(model, state, parent)
    , m_fullRange(0, 1)
    , m_ticker(QSharedPointer<InterfaceDateTicker>::create())
{
    setFocusPolicy(Qt::StrongFocus);
    m_ticker->setTimeZone(QTimeZone::utc());
    m_ticker->setTickCount(8);
    xAxis->setTicker(m_ticker);
    // Zoom and drag move through time only; the lanes stay where they are.
    setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    axisRect()->setRangeDrag(Qt::Horizontal);
    axisRect()->setRangeZoom(Qt::Horizontal);
    axisRect()->setRangeZoomAxes(xAxis, nullptr);
    axisRect()->setRangeDragAxes(xAxis, nullptr);
    connect(xAxis, qOverload<const QCPRange &>(&QCPAxis::rangeChanged), this,
        &TimeAxisPlot::updateTickFormat);
}

QString TimeAxisPlot::usageHint()
{
    return tr("Drag or wheel to pan and zoom the time axis; keys + − ← → and 0 on the chart");
}

QLabel *TimeAxisPlot::usageHintLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QStringLiteral("time-axis-hint"));
    (new Retranslator(label))->add([label] { label->setText(usageHint()); });
    return label;
}

void TimeAxisPlot::setFullRange(const QCPRange &range)
{
    m_fullRange = range;
    resetRange();
}

void TimeAxisPlot::resetRange()
{
    xAxis->setRange(m_fullRange);
    queueReplot();
}

void TimeAxisPlot::zoomBy(double factor)
{
    xAxis->scaleRange(factor, xAxis->range().center());
    queueReplot();
}

void TimeAxisPlot::panBy(double fraction)
{
    xAxis->moveRange(xAxis->range().size() * fraction);
    queueReplot();
}

// The label format follows the zoom: days when a few months show, months up to a few
// years, years beyond.
void TimeAxisPlot::updateTickFormat(const QCPRange &range)
{
    const double days = range.size() / Day;
    if (days <= 120)
        m_ticker->setDateTimeFormat(QStringLiteral("yyyy-MM-dd"));
    else if (days <= 3 * 366)
        m_ticker->setDateTimeFormat(QStringLiteral("yyyy-MM"));
    else
        m_ticker->setDateTimeFormat(QStringLiteral("yyyy"));
}

void TimeAxisPlot::updateLayout()
{
    ModelChart::updateLayout();
    // The widest label of the precision shown, as the interface language writes it.
    const QString sample
        = Format::date(QStringLiteral("2000-12-28").left(int(m_ticker->dateTimeFormat().size())));
    const double label = QFontMetricsF(xAxis->tickLabelFont()).horizontalAdvance(sample);
    // A date step may put a few more ticks than asked for: twice a label's width each.
    const int count = std::clamp(int(axisRect()->width() / (2.4 * label)), 2, 8);
    if (count == m_ticker->tickCount())
        return;
    m_ticker->setTickCount(count);
    ModelChart::updateLayout();
}

void TimeAxisPlot::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomBy(1 / ZoomStep);
        break;
    case Qt::Key_Minus:
    case Qt::Key_Underscore:
        zoomBy(ZoomStep);
        break;
    case Qt::Key_Left:
        panBy(-PanStep);
        break;
    case Qt::Key_Right:
        panBy(PanStep);
        break;
    case Qt::Key_0:
    case Qt::Key_Home:
        resetRange();
        break;
    default:
        QCustomPlot::keyPressEvent(event);
        return;
    }
    event->accept();
}

} // namespace TrendScope
