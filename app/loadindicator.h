#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace TrendScope {

class Workspace;

// The status bar's part for background loads: what is loading, how far it is, and Cancel.
// Hidden while nothing loads.
class LoadIndicator : public QWidget
{
    Q_OBJECT
public:
    explicit LoadIndicator(Workspace *workspace, QWidget *parent = nullptr);

private:
    void started(const QString &what);
    void stopped();

    QLabel *m_label;
    QProgressBar *m_progress;
    QToolButton *m_cancel;
};

} // namespace TrendScope
