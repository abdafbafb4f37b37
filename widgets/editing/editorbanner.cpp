#include "editorbanner.h"

#include "retranslator.h"
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace TrendScope {

EditorBanner::EditorBanner(QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_retry(new QPushButton(this))
{
    setObjectName(QStringLiteral("editor-banner-frame"));
    m_label->setObjectName(QStringLiteral("editor-banner"));
    m_retry->setObjectName(QStringLiteral("editor-retry"));
    (new Retranslator(this))->add([this] { m_retry->setText(tr("&Retry")); });
    setAutoFillBackground(true);
    setStyleSheet(
        QStringLiteral("#editor-banner-frame { background: #fff4e5; border: 1px solid #f0b060; }"));
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_retry);
    hide();
}

void EditorBanner::showMessage(const QString &text, bool retry)
{
    m_label->setText(text);
    m_retry->setVisible(retry);
    setVisible(!text.isEmpty());
}

void EditorBanner::setRetryVisible(bool visible)
{
    m_retry->setVisible(visible);
}

QString EditorBanner::text() const
{
    return isVisible() ? m_label->text() : QString();
}

} // namespace TrendScope
