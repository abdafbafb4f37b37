#include "loadindicator.h"

#include "retranslator.h"
#include "workspace.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QToolButton>

namespace TrendScope {

LoadIndicator::LoadIndicator(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QToolButton(this))
{
    setObjectName(QStringLiteral("load-indicator"));
    m_progress->setObjectName(QStringLiteral("load-progress"));
    m_progress->setMaximumWidth(160);
    m_progress->setTextVisible(false);
    m_cancel->setObjectName(QStringLiteral("load-cancel"));
    (new Retranslator(this))->add([this] {
        m_cancel->setText(tr("Cancel"));
        m_cancel->setToolTip(tr("Stop loading; the views keep what they showed before"));
    });
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_progress);
    layout->addWidget(m_cancel);
    hide();

    connect(m_cancel, &QToolButton::clicked, workspace, &Workspace::cancelLoad);
    connect(workspace, &Workspace::loadStarted, this, &LoadIndicator::started);
    connect(workspace, &Workspace::loadProgress, this, [this](int done, int total) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
    });
    connect(workspace, &Workspace::loadFinished, this, &LoadIndicator::stopped);
    connect(workspace, &Workspace::loadFailed, this, &LoadIndicator::stopped);
    connect(workspace, &Workspace::loadCancelled, this, &LoadIndicator::stopped);
}

void LoadIndicator::started(const QString &what)
{
    m_label->setText(what + QStringLiteral("…"));
    m_progress->setRange(0, 0); // busy until the first query is in
    show();
}

void LoadIndicator::stopped()
{
    hide();
}

} // namespace TrendScope
