#pragma once

#include "chartplot.h"
#include "chartstyle.h"
#include "types.h"

#include <QPointer>
#include <QSet>
#include <QStringList>

#include <memory>

class QAbstractItemModel;

namespace TrendScope {

class ChartFrame;
class ExplorerState;

// The base of every chart drawn from a model's rows (one row, one mark) and the shared state.
// It owns what each chart used to repeat: the model, the state, the title/subtitle/source
// frame and the theme; the tooltip of the row under the mouse (its Qt::ToolTipRole) with a
// pointing hand when a click can focus it; telling a click from a drag, in one place; a
// click focusing the clicked row's entity; and redrawing when the model, the theme, the
// focus or the filter change. A chart says where its rows are drawn (rowAt) and how it
// redraws (rebuild, updateHighlight, updateSubtitle).
class ModelChart : public ChartPlot
{
    Q_OBJECT
public:
    // A press and release fewer pixels apart (Manhattan length) than this are a click; more
    // is a drag (panning a time axis, or a slip of the hand).
    static constexpr int ClickSlop = 5;

    // `state` may be null: the chart then follows neither the filter nor the focus, and a
    // click focuses nothing (only the tooltip is shown).
    ModelChart(QAbstractItemModel *model, ExplorerState *state, QWidget *parent = nullptr);
    ~ModelChart() override;

    QString title() const;
    const ChartFrame &frame() const { return *m_frame; }
    // Applies the theme to the axes and the frame, then to the chart (applyChartTheme), and
    // redraws.
    void setTheme(const ChartTheme &theme);

    // The model row drawn at `pos` (widget coordinates), or -1.
    virtual int rowAt(const QPointF &pos) const = 0;

    // What the chart says in its plot area when it draws nothing, or empty while it draws.
    QString emptyMessage() const { return m_emptyMessage; }

protected:
    QAbstractItemModel *model() const { return m_model; }
    ExplorerState *state() const { return m_state; }
    ChartFrame &chartFrame() { return *m_frame; }
    const ChartTheme &theme() const { return m_theme; }
    // The active filters as a subtitle states them ("All rows" without filters).
    QString filterText() const;
    // The editions compared as a subtitle states them ("Compared: 2024 vs 2025"), or empty
    // when compare is off.
    QString comparisonText() const;
    // The source line: "Source: a; b" naming `sources` in the order given, or none. A set
    // is named in sorted order.
    void setSources(const QStringList &sources);
    void setSources(const QSet<QString> &sources);
    // Says in the middle of the plot area why the chart is empty, built from the shared
    // filter: "No price cuts match: year 2019 · search “foo”", or "No price cuts in this
    // dataset" without filters; a `reason` replaces the "match" wording. The axes' tick
    // labels are hidden meanwhile: a bare 0–1 axis means nothing. Call at the end of every
    // rebuild (clearItems() removes the note); `empty` false takes it away.
    void showEmptyState(bool empty, const QString &what, const QString &reason = QString());
    // Puts the legend in a row of its own under the plot (above the source line), so it never
    // covers a mark; `wrap` items per row (0: one row).
    void placeLegendBelow(int wrap);

    // Draws everything from the model; runs after every change the model announces (through
    // modelChanged) and every theme change.
    virtual void rebuild() = 0;
    // The model announced a change. Rebuilds at once; a chart may put it off instead (a burst
    // of signals, a chart off screen) with deferRebuild().
    virtual void modelChanged() { rebuildNow(); }
    // rebuild(), clearing a rebuild put off: every rebuild the base runs goes through here.
    void rebuildNow();
    // Marks a rebuild as due; flushRebuild() runs it if it still is. The marks are a cache of
    // the model: whatever reads or draws them flushes first, so the const readers may do it.
    void deferRebuild() { m_rebuildPending = true; }
    bool rebuildPending() const { return m_rebuildPending; }
    void flushRebuild() const;
    // Sets the texts the chart keeps between rebuilds (title, axis names) in the interface
    // language; runs on every language change, before the rebuild that follows it. A chart
    // calls it from its constructor.
    virtual void retranslate() { }
    // Chart-specific styling, after the axes and frame took the theme and before the rebuild.
    virtual void applyChartTheme(const ChartTheme &) { }
    // The shared focus or filter changed.
    virtual void updateHighlight() { }
    virtual void updateSubtitle() { }
    // The editions compared changed (ExplorerState::comparison): redraws by default.
    virtual void comparisonChanged() { rebuildNow(); }
    // The row under the mouse, on every move (-1: none, a button held, or the mouse left);
    // for charts that draw the hovered mark.
    virtual void hoverRow(int) { }
    // The entity a click on model row `row` focuses: the row's EntityRole.
    EntityRef entityAt(int row) const;

    // Fits the frame's texts to the width before laying out (every replot and export).
    void updateLayout() override;

    // A language change: retranslate(), then rebuild and the subtitle in the new language.
    void changeEvent(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    QAbstractItemModel *m_model;
    ExplorerState *m_state;
    std::unique_ptr<ChartFrame> m_frame;
    ChartTheme m_theme;
    QPointF m_pressPos;
    QString m_emptyMessage;
    QPointer<QCPItemText> m_emptyNote;
    bool m_rebuildPending = false;
};

} // namespace TrendScope
