#include "presenterwindow.h"

#include "chartexporter.h"
#include "chartview.h"
#include "exportactions.h"
#include "savedviewactions.h"
#include "workspace.h"

#include <QKeyEvent>
#include <QPainter>
#include <QScreen>

#include <algorithm>
#include <cmath>

namespace TrendScope {

namespace {

// The slide size a chart's type is made for; a larger screen scales it up.
constexpr int SlideWidth = 1024;
constexpr int SlideHeight = 576;

} // namespace

PresenterWindow::PresenterWindow(Workspace *workspace, SavedViewActions *saved,
    std::function<ChartView *()> currentView, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_workspace(workspace)
    , m_saved(saved)
    , m_currentView(std::move(currentView))
{
    setObjectName(QStringLiteral("presenter"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("TrendScope · Presenter"));
    setFocusPolicy(Qt::StrongFocus);
    QPalette dark = palette();
    dark.setColor(QPalette::Window, Qt::black);
    setPalette(dark);
    setAutoFillBackground(true);
    // A comparison loads in the background: the slide follows when the rows arrive.
    connect(m_workspace, &Workspace::loadFinished, this, &PresenterWindow::render);
    connect(m_workspace, &Workspace::datasetChanged, this, &PresenterWindow::render);
}

void PresenterWindow::start()
{
    m_views = m_saved->savedViews();
    if (QWidget *owner = parentWidget())
        setScreen(owner->screen());
    showFullScreen();
    activateWindow();
    setFocus();
    showSlide(0);
}

int PresenterWindow::slideCount() const
{
    return std::max<int>(1, int(m_views.size()));
}

QRect PresenterWindow::slideArea() const
{
    return rect().adjusted(0, 0, 0, -footerHeight());
}

int PresenterWindow::footerHeight() const
{
    return QFontMetrics(footerFont()).height() + 12;
}

QFont PresenterWindow::footerFont() const
{
    QFont font = this->font();
    font.setPointSizeF(font.pointSizeF() * 1.1);
    return font;
}

QSize PresenterWindow::slideSize() const
{
    const QSize area = slideArea().size();
    const qreal zoom = std::max<qreal>(
        1, std::min(qreal(area.width()) / SlideWidth, qreal(area.height()) / SlideHeight));
    return QSize(std::max(ChartExportOptions::MinSide, int(area.width() / zoom)),
        std::max(ChartExportOptions::MinSide, int(area.height() / zoom)));
}

void PresenterWindow::showSlide(int index)
{
    m_index = std::clamp(index, 0, slideCount() - 1);
    if (!m_views.isEmpty())
        m_saved->open(m_views.at(m_index));
    render();
}

void PresenterWindow::render()
{
    ChartView *view = m_currentView();
    const QRect area = slideArea();
    if (!view || area.width() < ChartExportOptions::MinSide
        || area.height() < ChartExportOptions::MinSide)
        return;
    ChartExportOptions options = ExportActions::lastOptions();
    options.format = ChartFormat::Png;
    options.transparent = false;
    options.size = slideSize();
    // Enough pixels for the screen: the image is drawn at most slightly smaller, never blown up.
    options.scale = std::clamp(int(std::ceil(qreal(area.width()) / options.size.width())), 1,
        ChartExportOptions::MaxScale);
    while (options.scale > 1 && !options.validate().isEmpty())
        --options.scale;
    m_image = QImage::fromData(renderView(view, options), "PNG")
                  .scaled(area.size(), Qt::KeepAspectRatio, Qt::SmoothTransformation);
    update();
}

QString PresenterWindow::footer() const
{
    if (m_views.isEmpty())
        return tr("No saved views: this is the current view (File → Save View… adds one) · Esc "
                  "leaves");
    return tr("%1 / %2 · %3 · PgDn next · PgUp back · Esc leaves")
        .arg(m_index + 1)
        .arg(m_views.size())
        .arg(m_views.at(m_index).name);
}

void PresenterWindow::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QRect area = slideArea();
    if (!m_image.isNull()) {
        QRect target(QPoint(), m_image.size());
        target.moveCenter(area.center());
        painter.drawImage(target, m_image);
    }
    // The footer has a band of its own under the slide: it never covers the chart's text.
    const QRect band(0, area.bottom() + 1, width(), footerHeight());
    painter.setFont(footerFont());
    painter.setPen(QColor(0xd0d7de));
    painter.drawText(band.adjusted(12, 0, -12, 0), Qt::AlignVCenter | Qt::AlignRight,
        painter.fontMetrics().elidedText(footer(), Qt::ElideMiddle, band.width() - 24));
}

void PresenterWindow::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_PageDown:
    case Qt::Key_Right:
    case Qt::Key_Down:
    case Qt::Key_Space:
        showSlide(m_index + 1);
        break;
    case Qt::Key_PageUp:
    case Qt::Key_Left:
    case Qt::Key_Up:
    case Qt::Key_Backspace:
        showSlide(m_index - 1);
        break;
    case Qt::Key_Home:
        showSlide(0);
        break;
    case Qt::Key_End:
        showSlide(slideCount() - 1);
        break;
    case Qt::Key_Escape:
    case Qt::Key_F11:
    case Qt::Key_Q:
        close();
        break;
    default:
        QWidget::keyPressEvent(event);
    }
}

void PresenterWindow::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    render();
}

} // namespace TrendScope
