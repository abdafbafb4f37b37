#pragma once

#include <QObject>

#include <functional>

class QAction;

namespace TrendScope {

// Keeps texts that are set once (actions, menu titles, dock and toolbar titles) in the
// interface language: each is given with its context and source text (marked with
// QT_TR_NOOP or QT_TRANSLATE_NOOP so lupdate finds it), set at once, and set again on every
// QEvent::LanguageChange the watched widget receives (a new QTranslator was installed).
class Retranslator : public QObject
{
    Q_OBJECT
public:
    // Watches `watched` (also the parent) for language changes.
    explicit Retranslator(QObject *watched);

    // `action`'s text (a menu's title through its menuAction()).
    void setText(QAction *action, const char *context, const char *source);
    // `widget`'s window title (a dock's or toolbar's title).
    void setTitle(QWidget *widget, const char *context, const char *source);
    // Runs `apply` now and after every language change.
    void add(const std::function<void()> &apply);

    // Sets every text again in the current language.
    void retranslate();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QList<std::function<void()>> m_apply;
};

} // namespace TrendScope
