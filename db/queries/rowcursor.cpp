#include "rowcursor.h"

#include "database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

#include <sqlite3.h>

namespace TrendScope {

RowCursor::RowCursor(const Database &database, const QString &sql)
    : m_database(database)
{
    if (sqlite3 *handle = database.handle()) {
        const QByteArray utf8 = sql.toUtf8();
        if (sqlite3_prepare_v2(handle, utf8.constData(), int(utf8.size()), &m_statement, nullptr)
            != SQLITE_OK) {
            m_error = QString::fromUtf8(sqlite3_errmsg(handle));
            sqlite3_finalize(m_statement);
            m_statement = nullptr;
        }
        return;
    }
    m_query = std::make_unique<QSqlQuery>(database.connection());
    m_query->setForwardOnly(true);
    if (!m_query->exec(sql))
        m_error = m_query->lastError().text();
}

RowCursor::~RowCursor()
{
    sqlite3_finalize(m_statement);
}

bool RowCursor::next()
{
    if (!m_error.isEmpty())
        return false;
    if (m_query)
        return m_query->next();
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        m_error = QString::fromUtf8(sqlite3_errmsg(m_database.handle()));
    return false;
}

bool RowCursor::isNull(int column) const
{
    if (m_query)
        return m_query->isNull(column);
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

qint64 RowCursor::integer(int column) const
{
    if (m_query)
        return m_query->value(column).toLongLong();
    return sqlite3_column_int64(m_statement, column);
}

std::optional<double> RowCursor::real(int column) const
{
    if (isNull(column))
        return std::nullopt;
    if (m_query)
        return m_query->value(column).toDouble();
    return sqlite3_column_double(m_statement, column);
}

std::optional<qint64> RowCursor::optionalInteger(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return integer(column);
}

std::optional<double> RowCursor::number(int column) const
{
    if (m_query) {
        const QVariant value = m_query->value(column);
        switch (value.typeId()) {
        case QMetaType::Double:
        case QMetaType::LongLong:
        case QMetaType::Int:
            return value.toDouble();
        default:
            return std::nullopt;
        }
    }
    const int type = sqlite3_column_type(m_statement, column);
    if (type != SQLITE_INTEGER && type != SQLITE_FLOAT)
        return std::nullopt;
    return sqlite3_column_double(m_statement, column);
}

QString RowCursor::text(int column) const
{
    if (m_query)
        return m_query->value(column).toString();
    const auto *bytes = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return bytes ? QString::fromUtf8(bytes, sqlite3_column_bytes(m_statement, column)) : QString();
}

int RowCursor::columnCount() const
{
    if (m_query)
        return m_query->record().count();
    return m_statement ? sqlite3_column_count(m_statement) : 0;
}

QString RowCursor::columnName(int column) const
{
    if (m_query)
        return m_query->record().fieldName(column);
    return QString(static_cast<const QChar *>(sqlite3_column_name16(m_statement, column)))
        .remove(QLatin1Char('"'));
}

QString RowCursor::shared(int column)
{
    if (m_query) {
        const QString value = text(column);
        if (value.isEmpty())
            return value;
        return *m_texts.insert(value);
    }
    const auto *bytes = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    const int size = sqlite3_column_bytes(m_statement, column);
    if (!bytes || size == 0)
        return QString();
    // Looked up by the statement's own bytes: a text seen before costs no copy at all.
    const QByteArray key = QByteArray::fromRawData(bytes, size);
    if (column >= m_last.size())
        m_last.resize(column + 1);
    Last &last = m_last[column];
    if (last.bytes == key)
        return last.text;
    auto it = m_bytesToText.constFind(key);
    if (it == m_bytesToText.cend())
        it = m_bytesToText.insert(QByteArray(bytes, size), QString::fromUtf8(bytes, size));
    last.bytes = it.key(); // shares the stored key's bytes, no copy
    last.text = *it;
    return last.text;
}

} // namespace TrendScope
