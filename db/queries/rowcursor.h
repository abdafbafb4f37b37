#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <memory>
#include <optional>

struct sqlite3_stmt;
class QSqlQuery;

namespace TrendScope {

class Database;

// The rows of one read-only statement, value by value. On a dataset file it steps the
// statement through the sqlite3 C API: no QVariant per value and no cached copy of each row
// (QSqlQuery's path cost 2 to 10 times the raw statement, PERFORMANCE.md); on a server it
// reads through QSqlQuery. Both give the same values: NULL reads as 0, nullopt or an empty
// string, text as UTF-8 decoded.
class RowCursor
{
public:
    // Prepares and runs `sql` (fixed text, no user values) on `database`'s connection.
    RowCursor(const Database &database, const QString &sql);
    ~RowCursor();
    RowCursor(const RowCursor &) = delete;
    RowCursor &operator=(const RowCursor &) = delete;

    // The next row; false at the end or on failure (error() is then set).
    bool next();
    // Why preparing or stepping failed; empty when nothing did.
    QString error() const { return m_error; }

    bool isNull(int column) const;
    qint64 integer(int column) const;
    std::optional<double> real(int column) const;
    std::optional<qint64> optionalInteger(int column) const;
    // The value when it is stored as a number (an integer or a real), as a real; nullopt for
    // NULL, text and blobs. SQLite keeps any value in any column: a checker asks what is there.
    std::optional<double> number(int column) const;
    QString text(int column) const;
    // The column's text, one shared copy for each distinct text the cursor has read: names,
    // dates and sources repeat across a large table's rows.
    QString shared(int column);

    int columnCount() const;
    // The column's name as the driver's record gives it (quotes removed on a file).
    QString columnName(int column) const;
    // The statement being stepped, for encoders that read values raw; null on a server.
    sqlite3_stmt *statement() const { return m_statement; }

private:
    const Database &m_database;
    sqlite3_stmt *m_statement = nullptr;
    std::unique_ptr<QSqlQuery> m_query; // on a server
    QString m_error;
    QHash<QByteArray, QString> m_bytesToText; // the file's path: interned by UTF-8 bytes
    // Each column's last text: sorted rows repeat a snapshot or a source row after row, and a
    // comparison with the last costs less than a lookup.
    struct Last
    {
        QByteArray bytes;
        QString text;
    };
    QList<Last> m_last;
    QSet<QString> m_texts; // the server's path
};

} // namespace TrendScope
