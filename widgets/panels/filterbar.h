#pragma once

#include "types.h"

#include <QWidget>

class QComboBox;
class QHBoxLayout;
class QKeyEvent;
class QLabel;
class QLineEdit;
class QSpinBox;
class QToolButton;

namespace TrendScope {

class ExplorerState;
struct Comparison;
struct Filter;

// The always-visible filter controls: search, source, year range, and one removable chip
// per active filter with "Clear all", and the compare control: "Compare [edition A] with
// [edition B]" with its on/off toggle. Writes to and mirrors the shared state.
class FilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit FilterBar(ExplorerState *state, QWidget *parent = nullptr);

    void setSources(const QList<SourceInfo> &sources);
    void activateSearch();

    QLineEdit *searchField() const { return m_search; }
    // Whether the search box leaves `key` to the window's shortcuts: a Ctrl+letter that is not
    // undo, redo, cut, copy, paste or select all. (A line edit takes Ctrl+E as "end of line"
    // under X11's key bindings, and Export Chart never saw it.)
    static bool leavesToWindow(const QKeyEvent &key);
    // The chips' buttons, in order; each removes its filter when clicked.
    QList<QToolButton *> chips() const { return m_chips; }
    // The compare toggle and the two edition boxes (item data: the edition id).
    QToolButton *compareToggle() const { return m_compare; }
    QComboBox *editionABox() const { return m_editionA; }
    QComboBox *editionBBox() const { return m_editionB; }
    // How the compare control and the subtitles name an edition: "infoq 2023–2024".
    static QString editionName(const EditionInfo &edition);

protected:
    void changeEvent(QEvent *event) override;
    // Keys the search box leaves to the window are not overridden (leavesToWindow).
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // Every fixed text in the interface language (again after a language change).
    void retranslate();
    void showFilter(const Filter &filter);
    void showComparison(const Comparison &comparison);
    // Compares the editions chosen in the boxes (the toggle turns on with them).
    void applyComparison();
    void addChip(const QString &text, const QString &name, const std::function<void()> &remove);

    ExplorerState *m_state;
    QLineEdit *m_search;
    QComboBox *m_source;
    QSpinBox *m_yearFrom;
    QSpinBox *m_yearTo;
    QHBoxLayout *m_chipLayout;
    QToolButton *m_clearAll;
    QList<QToolButton *> m_chips;
    QToolButton *m_compare;
    QComboBox *m_editionA;
    QComboBox *m_editionB;
    QLabel *m_sourceLabel;
    QLabel *m_yearsLabel;
    QLabel *m_withLabel;
};

} // namespace TrendScope
