#include "printable.h"
#include "sqliteaccess.h"

#include <QCoreApplication>
#include <QDir>

namespace TrendScope {

bool isConstraintFinding(const QString &checkLine)
{
    return checkLine.startsWith(QLatin1String("NULL value in "))
        || checkLine.startsWith(QLatin1String("CHECK constraint failed in "));
}

QString DatabaseError::message() const
{
    return printable(QCoreApplication::translate("TrendScope::DatabaseError", "Cannot open %1: %2")
                         .arg(QDir::toNativeSeparators(file), reason));
}

int DatabaseError::exitCode() const
{
    switch (kind) {
    case Kind::NotSqlite:
    case Kind::Foreign:
    case Kind::Newer:
    case Kind::Damaged:
    case Kind::Drifted:
        return 2;
    default:
        return 1;
    }
}

namespace Sqlite {

DatabaseError makeError(DatabaseError::Kind kind, const QString &file, const QString &reason)
{
    return DatabaseError {kind, file, reason};
}

DatabaseError::Kind kindForSqliteMessage(const QString &message)
{
    if (message.contains(QLatin1String("locked"), Qt::CaseInsensitive)
        || message.contains(QLatin1String("busy"), Qt::CaseInsensitive))
        return DatabaseError::Kind::Locked;
    if (message.contains(QLatin1String("malformed"), Qt::CaseInsensitive)
        || message.contains(QLatin1String("corrupt"), Qt::CaseInsensitive)
        || message.contains(QLatin1String("not a database"), Qt::CaseInsensitive))
        return DatabaseError::Kind::Damaged;
    return DatabaseError::Kind::Failed;
}

DatabaseError sqliteError(const QString &file, const QString &sqliteMessage)
{
    using Kind = DatabaseError::Kind;
    const Kind kind = kindForSqliteMessage(sqliteMessage);
    switch (kind) {
    case Kind::Locked:
        return makeError(kind, file,
            QCoreApplication::translate("TrendScope::DatabaseError",
                "another program is writing to it and holds a lock (%1); "
                "try again when it has finished")
                .arg(sqliteMessage));
    case Kind::Damaged:
        return makeError(kind, file,
            QCoreApplication::translate("TrendScope::DatabaseError", "the file is damaged (%1)")
                .arg(sqliteMessage));
    default:
        return makeError(kind, file,
            QCoreApplication::translate("TrendScope::DatabaseError", "SQLite cannot read it (%1)")
                .arg(sqliteMessage));
    }
}

QString firstProblems(const QString &checkResult)
{
    QStringList lines = checkResult.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    lines.removeIf([](const QString &line) { return line.startsWith(QLatin1String("***")); });
    constexpr int Shown = 3;
    QString text = lines.mid(0, Shown).join(QStringLiteral("; "));
    if (lines.size() > Shown)
        text += QCoreApplication::translate("TrendScope::DatabaseError", "; and %1 more")
                    .arg(lines.size() - Shown);
    return text;
}

} // namespace Sqlite

} // namespace TrendScope
