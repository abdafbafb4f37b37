#pragma once

#include "savedview.h"

#include <QImage>
#include <QWidget>

#include <functional>

namespace TrendScope {

class ChartView;
class SavedViewActions;
class Workspace;

// Presenter mode (F11): full screen, the dataset's saved views one after another (or the
// current view when there are none), each drawn as its export would be at a slide size of
// about 1024×576 and scaled up to the screen, so that type is large. PgDn, →, ↓ or Space
// steps on; PgUp, ←, ↑ or Backspace back; Home and End; Esc, F11 or Q leaves. Each step opens
// the saved view in the main window too, which is where the presentation leaves it.
class PresenterWindow : public QWidget
{
    Q_OBJECT
public:
    PresenterWindow(Workspace *workspace, SavedViewActions *saved,
        std::function<ChartView *()> currentView, QWidget *parent = nullptr);

    // Reads the saved views, shows the first full screen on `parent`'s screen.
    void start();

    int slideCount() const;
    int currentSlide() const { return m_index; }
    // What the slide shows now, at the screen's pixels.
    const QImage &slideImage() const { return m_image; }
    // The slide's logical size: the area above the footer, divided so that it is about
    // 1024×576 (never enlarged when the window is smaller); the image is drawn that much larger.
    QSize slideSize() const;
    // Where the slide is drawn: the window but the footer's band at the bottom.
    QRect slideArea() const;

protected:
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void showSlide(int index);
    void render();
    QString footer() const;
    QFont footerFont() const;
    int footerHeight() const;

    Workspace *m_workspace;
    SavedViewActions *m_saved;
    std::function<ChartView *()> m_currentView;
    QList<SavedView> m_views;
    int m_index = 0;
    QImage m_image;
};

} // namespace TrendScope
