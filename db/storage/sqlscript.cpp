#include "sqlscript.h"

#include <sqlite3.h>

namespace TrendScope {

QString runSqlScript(sqlite3 *db, const QString &script)
{
    char *message = nullptr;
    const int rc = sqlite3_exec(db, script.toUtf8().constData(), nullptr, nullptr, &message);
    if (rc == SQLITE_OK)
        return {};
    QString text = message ? QString::fromUtf8(message) : QString::fromUtf8(sqlite3_errstr(rc));
    sqlite3_free(message);
    return text;
}

} // namespace TrendScope
