#pragma once

#include <QObject>

class QMenu;

namespace TrendScope {

class ExplorerState;

// View > Names: whether entities show the report's name or the English one first (issue 17).
// The choice is the shared state's, applied at once to every view, and remembered: the
// constructor gives the state the order chosen last.
class NameOrderActions : public QObject
{
    Q_OBJECT
public:
    NameOrderActions(ExplorerState *state, QWidget *window);

    void addTo(QMenu *viewMenu);

private:
    ExplorerState *m_state;
    QWidget *m_window;
};

} // namespace TrendScope
