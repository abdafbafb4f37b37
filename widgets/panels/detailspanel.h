#pragma once

#include "explorerstate.h"
#include "types.h"

#include <QWidget>

#include <functional>
#include <optional>

class QTextBrowser;

namespace TrendScope {

// Shows the focused entity's facts with their provenance, "not stated" where the reports are
// silent, and links to related entities (a click focuses them). The details come from a
// provider function: the panel itself never reads the database.
class DetailsPanel : public QWidget
{
    Q_OBJECT
public:
    using Provider = std::function<std::optional<EntityDetails>(EntityRef)>;

    DetailsPanel(ExplorerState *state, Provider provider, QWidget *parent = nullptr);

    // Re-reads the focused entity (after the dataset changed).
    void refresh();
    QString plainText() const;
    QTextBrowser *browser() const { return m_browser; }

    // The details as the panel shows them, headed by the name `order` puts first.
    static QString toHtml(const EntityDetails &details, NameOrder order = NameOrder::ReportFirst);
    static QString linkFor(EntityRef entity);
    static std::optional<EntityRef> entityFromLink(const QString &link);

private:
    ExplorerState *m_state;
    Provider m_provider;
    QTextBrowser *m_browser;
};

} // namespace TrendScope
