#include "nameorderactions.h"

#include "explorerstate.h"
#include "retranslator.h"
#include "settingskeys.h"

#include <QActionGroup>
#include <QMenu>
#include <QSettings>

namespace TrendScope {

namespace {

constexpr char Context[] = "TrendScope::NameOrderActions";

} // namespace

NameOrderActions::NameOrderActions(ExplorerState *state, QWidget *window)
    : QObject(window)
    , m_state(state)
    , m_window(window)
{
    const QString saved = QSettings().value(SettingsKey::NameOrder).toString();
    m_state->setNameOrder(nameOrderFromKey(saved).value_or(NameOrder::ReportFirst));
}

void NameOrderActions::addTo(QMenu *viewMenu)
{
    QMenu *names = viewMenu->addMenu(QString());
    names->setObjectName(QStringLiteral("names-menu"));
    auto *texts = new Retranslator(m_window);
    //: The menu choosing whether an entity's report name (usually Chinese) or English name
    //: comes first
    texts->setText(names->menuAction(), Context, QT_TR_NOOP("&Names"));
    auto *group = new QActionGroup(names);
    const struct
    {
        NameOrder order;
        const char *text;
    } choices[] = {
        {NameOrder::ReportFirst, QT_TR_NOOP("&Report's Name First")},
        {NameOrder::EnglishFirst, QT_TR_NOOP("&English Name First")},
    };
    for (const auto &choice : choices) {
        QAction *action = names->addAction(QString());
        texts->setText(action, Context, choice.text);
        action->setObjectName(QStringLiteral("names-") + nameOrderKey(choice.order));
        action->setCheckable(true);
        action->setChecked(m_state->nameOrder() == choice.order);
        group->addAction(action);
        const NameOrder order = choice.order;
        connect(action, &QAction::triggered, this, [this, order] {
            QSettings().setValue(SettingsKey::NameOrder, nameOrderKey(order));
            m_state->setNameOrder(order);
        });
        connect(m_state, &ExplorerState::nameOrderChanged, action,
            [action, order](NameOrder now) { action->setChecked(now == order); });
    }
}

} // namespace TrendScope
