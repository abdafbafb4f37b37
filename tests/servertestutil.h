#pragma once

// The PostgreSQL server the tests of shared datasets use (header-only). scripts/pgcluster
// starts a throwaway cluster and exports its URIs; scripts/dev test (and so CI) sets
// TRENDSCOPE_REQUIRE_PG=1, which makes a missing server a failure instead of a skip.

#include "serverlocation.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <optional>

// Skips the test when no server is given, unless one is required.
#define REQUIRE_TEST_SERVER()                                                                      \
    do {                                                                                           \
        if (qEnvironmentVariableIsEmpty("TRENDSCOPE_TEST_PG")) {                                   \
            if (qEnvironmentVariableIntValue("TRENDSCOPE_REQUIRE_PG") == 1)                        \
                QFAIL("TRENDSCOPE_REQUIRE_PG=1 but TRENDSCOPE_TEST_PG names no server "            \
                      "(eval \"$(scripts/pgcluster start)\" starts one)");                         \
            QSKIP("no PostgreSQL server: TRENDSCOPE_TEST_PG is not set "                           \
                  "(eval \"$(scripts/pgcluster start)\" starts one)");                             \
        }                                                                                          \
    } while (false)

namespace TestUtil {

inline TrendScope::ServerLocation testServer(const char *variable = "TRENDSCOPE_TEST_PG")
{
    const auto location
        = TrendScope::ServerLocation::parse(qEnvironmentVariable(variable), nullptr);
    if (!location)
        qFatal("%s is not a connection URI", variable);
    return *location;
}

// A database of its own for one test on the test server, made by the editor role (which owns
// it) and dropped again; the read-only role may read what the editor creates in it.
class ScratchServerDatabase
{
public:
    // Each instance has a name of its own (process and a count), so a database a test could
    // not drop never stands in the way of the next one.
    explicit ScratchServerDatabase(const QString &name)
        : m_name(QStringLiteral("tst_%1_%2_%3")
                     .arg(name)
                     .arg(QCoreApplication::applicationPid())
                     .arg(nextNumber()))
    {
        admin(TestUtil::testServer(), [&](QSqlQuery &q) {
            drop(q);
            if (!q.exec(QStringLiteral("CREATE DATABASE %1").arg(m_name)))
                qFatal(
                    "cannot create %s: %s", qPrintable(m_name), qPrintable(q.lastError().text()));
        });
        admin(editor(), [&](QSqlQuery &q) {
            if (!q.exec(QStringLiteral("ALTER DEFAULT PRIVILEGES IN SCHEMA public "
                                       "GRANT SELECT ON TABLES TO %1")
                            .arg(reader().user)))
                qFatal("cannot grant: %s", qPrintable(q.lastError().text()));
        });
    }
    ~ScratchServerDatabase()
    {
        admin(TestUtil::testServer(), [&](QSqlQuery &q) { drop(q); });
    }
    ScratchServerDatabase(const ScratchServerDatabase &) = delete;
    ScratchServerDatabase &operator=(const ScratchServerDatabase &) = delete;

    TrendScope::ServerLocation editor() const
    {
        auto location = TestUtil::testServer();
        location.database = m_name;
        return location;
    }
    // The editor over TCP with TLS, verifying the server's certificate (scripts/pgcluster);
    // nullopt when the server given has no such address.
    std::optional<TrendScope::ServerLocation> editorOverTls() const
    {
        if (qEnvironmentVariableIsEmpty("TRENDSCOPE_TEST_PG_TLS"))
            return std::nullopt;
        auto location = TestUtil::testServer("TRENDSCOPE_TEST_PG_TLS");
        location.database = m_name;
        return location;
    }
    TrendScope::ServerLocation reader() const
    {
        auto location = TestUtil::testServer("TRENDSCOPE_TEST_PG_READER");
        location.database = m_name;
        return location;
    }

    // Runs `work` with a query on a connection of its own as `location`.
    template <typename Work>
    static void admin(const TrendScope::ServerLocation &location, Work work)
    {
        const QString connection = QStringLiteral("test-admin");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
            location.applyTo(db);
            if (!db.open())
                qFatal("cannot connect to the test server: %s", qPrintable(db.lastError().text()));
            QSqlQuery q(db);
            work(q);
        }
        QSqlDatabase::removeDatabase(connection);
    }

private:
    static int nextNumber()
    {
        static int number = 0;
        return ++number;
    }

    // FORCE ends the other sessions, but one the server is still ending (a terminated
    // backend) can make it fail for a moment: try again for up to two seconds, then say so.
    void drop(QSqlQuery &q) const
    {
        const QString sql = QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name);
        for (int attempt = 0; attempt < 20; ++attempt) {
            if (q.exec(sql))
                return;
            QTest::qSleep(100);
        }
        qWarning("cannot drop %s: %s", qPrintable(m_name), qPrintable(q.lastError().text()));
    }

    QString m_name;
};

} // namespace TestUtil
