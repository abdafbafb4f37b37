#include "retranslator.h"

#include <QAction>
#include <QCoreApplication>
#include <QEvent>
#include <QPointer>
#include <QWidget>

namespace TrendScope {

Retranslator::Retranslator(QObject *watched)
    : QObject(watched)
{
    watched->installEventFilter(this);
}

void Retranslator::setText(QAction *action, const char *context, const char *source)
{
    QPointer<QAction> target(action);
    add([target, context, source] {
        if (target)
            target->setText(QCoreApplication::translate(context, source));
    });
}

void Retranslator::setTitle(QWidget *widget, const char *context, const char *source)
{
    QPointer<QWidget> target(widget);
    add([target, context, source] {
        if (target)
            target->setWindowTitle(QCoreApplication::translate(context, source));
    });
}

void Retranslator::add(const std::function<void()> &apply)
{
    apply();
    m_apply.append(apply);
}

void Retranslator::retranslate()
{
    for (const auto &apply : std::as_const(m_apply))
        apply();
}

bool Retranslator::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

} // namespace TrendScope
