#include "changewatcher.h"

#include "changenotice.h"
#include "database.h"

#include <QSqlDriver>
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
    listen(false);
    m_database = database;
    if (m_database && m_database->isServer()) {
        m_timer->stop();
        listen(true);
        return;
    }
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

void ChangeWatcher::listen(bool on)
{
    const QString channel = QString::fromLatin1(Database::ServerChangeChannel);
    if (!on) {
        if (m_notifications) {
            disconnect(m_notifications);
            if (m_database)
                m_database->connection().driver()->unsubscribeFromNotification(channel);
        }
        return;
    }
    QSqlDriver *driver = m_database->connection().driver();
    driver->subscribeToNotification(channel);
    m_notifications = connect(driver,
        qOverload<const QString &, QSqlDriver::NotificationSource, const QVariant &>(
            &QSqlDriver::notification),
        this,
        [this, channel](
            const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload) {
            // This connection's own edits are announced to it too; the window knows of those.
            if (name != channel || source == QSqlDriver::SelfSource)
                return;
            const auto notice = ChangeNotice::fromPayload(payload.toString());
            emit changedElsewhere(
                notice ? notice->by : QString(), notice ? notice->what : QString());
        });
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
    emit changedElsewhere({}, {});
    return true;
}

} // namespace TrendScope
