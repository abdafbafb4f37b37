#pragma once

#include "edit.h"

#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace TrendScope {

// What one committed edit of a server dataset tells the other editors (the NOTIFY payload on
// Database::ServerChangeChannel): who, the edit's own words, and the rows it touched, so that
// a window can say "NAME: set score of GLM-4" and reload. PostgreSQL caps a payload at 8000
// bytes: the words and the rows listed are bounded, and `more` counts the rows left out.
struct ChangeNotice
{
    QString by;
    QString what;
    QList<QPair<QString, qint64>> rows; // table, row id
    int more = 0;

    static ChangeNotice of(const QString &by, const Edit &applied);
    QString toPayload() const;
    // Nothing for a payload that is not one (another program may use the channel).
    static std::optional<ChangeNotice> fromPayload(const QString &payload);
};

} // namespace TrendScope
