#pragma once

#include <QObject>

class QTimer;

namespace TrendScope {

class Database;

// Notices when another program commits to the open dataset file: polls SQLite's
// PRAGMA data_version (which changes only for commits by other connections) with a timer,
// and emits changedElsewhere() once per change. The poll is a read of one number; it never
// holds a transaction open between polls. On a server dataset it listens instead to what other
// editors' commits announce (Database::ServerChangeChannel) and says who changed what.
class ChangeWatcher : public QObject
{
    Q_OBJECT
public:
    explicit ChangeWatcher(QObject *parent = nullptr);

    // Starts watching `database` (nullptr stops). The database must outlive the watcher's use.
    void setDatabase(const Database *database);
    void setInterval(int milliseconds);
    int interval() const;

    // Polls now; true if the file changed since the last poll.
    bool poll();

signals:
    // `by` and `what` name the other editor and their edit on a server dataset; empty for a
    // file, whose commits say nothing of who made them.
    void changedElsewhere(const QString &by, const QString &what);

private:
    qint64 readVersion() const;

    void listen(bool on);

    const Database *m_database = nullptr;
    QMetaObject::Connection m_notifications;
    QTimer *m_timer;
    qint64 m_version = -1;
};

} // namespace TrendScope
