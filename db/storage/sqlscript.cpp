#include "sqlscript.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

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

QList<SqlScriptFile> embeddedScripts(const QString &folder)
{
    static const QRegularExpression leadingNumber(QStringLiteral("^(\\d+)_"));
    QList<SqlScriptFile> scripts;
    const QDir dir(folder);
    const QStringList names = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        SqlScriptFile script;
        script.name = name;
        script.version = leadingNumber.match(name).captured(1).toInt();
        script.text = QString::fromUtf8(file.readAll());
        scripts.append(script);
    }
    return scripts;
}

} // namespace TrendScope
