#pragma once

#include "types.h"

#include <QWidget>

class QComboBox;
class QHBoxLayout;
class QLineEdit;
class QSpinBox;
class QToolButton;

namespace TrendScope {

class ExplorerState;
struct Filter;

// The always-visible filter controls: search, source, year range, and one removable chip
// per active filter with "Clear all". Writes to and mirrors the shared state.
class FilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit FilterBar(ExplorerState *state, QWidget *parent = nullptr);

    void setSources(const QList<SourceInfo> &sources);
    void activateSearch();

    QLineEdit *searchField() const { return m_search; }
    // The chips' buttons, in order; each removes its filter when clicked.
    QList<QToolButton *> chips() const { return m_chips; }

private:
    void showFilter(const Filter &filter);
    void addChip(const QString &text, const QString &name, const std::function<void()> &remove);

    ExplorerState *m_state;
    QLineEdit *m_search;
    QComboBox *m_source;
    QSpinBox *m_yearFrom;
    QSpinBox *m_yearTo;
    QHBoxLayout *m_chipLayout;
    QToolButton *m_clearAll;
    QList<QToolButton *> m_chips;
};

} // namespace TrendScope
