#include "changewatcher.h"

#include "database.h"

#include <QSqlQuery>
#include <QTimer>

namespace TrendScope {

ChangeWatcher::ChangeWatcher(QObject *parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, &ChangeWatcher::poll);
}

void ChangeWatcher::setDatabase(const Database *database)
{
    m_database = database;
    m_version = readVersion();
    if (m_database && m_database->path() != QLatin1String(":memory:"))
        m_timer->start();
    else
        m_timer->stop();
}

void ChangeWatcher::setInterval(int milliseconds)
{
    m_timer->setInterval(milliseconds);
}

int ChangeWatcher::interval() const
{
    return m_timer->interval();
}

qint64 ChangeWatcher::readVersion() const
{
    if (!m_database)
        return -1;
    QSqlQuery q(m_database->connection());
    if (!q.exec(QStringLiteral("PRAGMA data_version")) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

bool ChangeWatcher::poll()
{
    const qint64 version = readVersion();
    if (version < 0 || version == m_version)
        return false;
    m_version = version;
    emit changedElsewhere();
    return true;
}

} // namespace TrendScope
