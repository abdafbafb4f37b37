#pragma once

#include "types.h"

#include <QWidget>

#include <functional>
#include <optional>

class QTextBrowser;

namespace TrendScope {

class ExplorerState;

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

    static QString toHtml(const EntityDetails &details);
    static QString linkFor(EntityRef entity);
    static std::optional<EntityRef> entityFromLink(const QString &link);

private:
    ExplorerState *m_state;
    Provider m_provider;
    QTextBrowser *m_browser;
};

} // namespace TrendScope
