#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace TrendScope {

// The data editor's message strip: why an edit was refused or cannot be made now, with
// Retry when trying again can help (a locked file). Hidden while there is nothing to say.
class EditorBanner : public QWidget
{
    Q_OBJECT
public:
    explicit EditorBanner(QWidget *parent = nullptr);

    // Shows `text` (hides the strip when empty), with Retry when `retry` is set.
    void showMessage(const QString &text, bool retry);
    void setRetryVisible(bool visible);
    // The text shown, or empty while hidden.
    QString text() const;
    QPushButton *retryButton() const { return m_retry; }

private:
    QLabel *m_label;
    QPushButton *m_retry;
};

} // namespace TrendScope
