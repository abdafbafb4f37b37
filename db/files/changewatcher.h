#pragma once

#include <QObject>

class QTimer;

namespace TrendScope {

class Database;

// Notices when another program commits to the open dataset file: polls SQLite's
// PRAGMA data_version (which changes only for commits by other connections) with a timer,
// and emits changedElsewhere() once per change. The poll is a read of one number; it never
// holds a transaction open between polls.
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
    void changedElsewhere();

private:
    qint64 readVersion() const;

    const Database *m_database = nullptr;
    QTimer *m_timer;
    qint64 m_version = -1;
};

} // namespace TrendScope
