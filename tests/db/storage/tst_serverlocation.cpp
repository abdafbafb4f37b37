// Connection URIs as libpq writes them, split into what Qt's QPSQL driver takes; no server.

#include "serverlocation.h"

#include <QSqlDatabase>
#include <QTest>

using namespace TrendScope;

class TestServerLocation : public QObject
{
    Q_OBJECT

private slots:
    void parses_data();
    void parses();
    void refusesMalformed_data();
    void refusesMalformed();
    void printableNeverShowsPassword();
    void printableParsesBack();
    void connectOptionsQuoted();
    void appliesToConnection();
};

void TestServerLocation::parses_data()
{
    QTest::addColumn<QString>("uri");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("options");

    QTest::newRow("everything") << "postgresql://editor@db.example.org:5432/trends"
                                << "db.example.org" << 5432 << "editor"
                                << ""
                                << "trends"
                                << "";
    QTest::newRow("socket in query") << "postgresql:///trends?host=/run/postgresql&user=editor"
                                     << "/run/postgresql" << -1 << "editor"
                                     << ""
                                     << "trends"
                                     << "";
    QTest::newRow("postgres scheme") << "postgres://h/d"
                                     << "h" << -1 << ""
                                     << ""
                                     << "d"
                                     << "";
    QTest::newRow("defaults only") << "postgresql://"
                                   << "" << -1 << ""
                                   << ""
                                   << ""
                                   << "";
    QTest::newRow("host only") << "postgresql://localhost"
                               << "localhost" << -1 << ""
                               << ""
                               << ""
                               << "";
    QTest::newRow("password") << "postgresql://editor:s3cret@h/d"
                              << "h" << -1 << "editor"
                              << "s3cret"
                              << "d"
                              << "";
    QTest::newRow("percent-encoding")
        << "postgresql://ed%40itor:p%3Aw%2Fd@h/%E8%B6%8B%E5%8A%BF?host=%2Ftmp%2Fa%20b"
        << "/tmp/a b" << -1 << "ed@itor"
        << "p:w/d" << QString::fromUtf8("趋势") << "";
    QTest::newRow("ipv6") << "postgresql://[::1]:6543/d"
                          << "::1" << 6543 << ""
                          << ""
                          << "d"
                          << "";
    QTest::newRow("sslmode and more")
        << "postgresql://h/d?sslmode=verify-full&connect_timeout=5&application_name=TrendScope"
        << "h" << -1 << ""
        << ""
        << "d"
        << "sslmode=verify-full,connect_timeout=5,application_name=TrendScope";
    QTest::newRow("ssl=true") << "postgresql://h/d?ssl=true"
                              << "h" << -1 << ""
                              << ""
                              << "d"
                              << "sslmode=require";
    QTest::newRow("query overrides")
        << "postgresql://a:1/x?host=b&port=2&user=u&dbname=y&password=pw"
        << "b" << 2 << "u"
        << "pw"
        << "y"
        << "";
}

void TestServerLocation::parses()
{
    QFETCH(QString, uri);
    QString error;
    const auto location = ServerLocation::parse(uri, &error);
    QVERIFY2(location, qPrintable(error));
    QVERIFY(ServerLocation::isUri(uri));
    QTEST(location->host, "host");
    QTEST(location->port, "port");
    QTEST(location->user, "user");
    QTEST(location->password, "password");
    QTEST(location->database, "database");
    QStringList options;
    for (const auto &option : location->options)
        options.append(option.first + QLatin1Char('=') + option.second);
    QTEST(options.join(QLatin1Char(',')), "options");
}

void TestServerLocation::refusesMalformed_data()
{
    QTest::addColumn<QString>("uri");
    QTest::addColumn<QString>("says");

    QTest::newRow("a file") << "/home/me/trends.sqlite"
                            << "postgresql://";
    QTest::newRow("other scheme") << "mysql://h/d"
                                  << "postgresql://";
    QTest::newRow("upper-case scheme") << "POSTGRESQL://h/d"
                                       << "postgresql://";
    QTest::newRow("bad port") << "postgresql://h:54x/d"
                              << "port";
    QTest::newRow("port out of range") << "postgresql://h:70000/d"
                                       << "port";
    QTest::newRow("bad percent") << "postgresql://h/d%zz"
                                 << "database name";
    QTest::newRow("truncated percent") << "postgresql://h/d%4"
                                       << "database name";
    QTest::newRow("percent zero") << "postgresql://h/d%00"
                                  << "%00";
    QTest::newRow("unknown parameter") << "postgresql://h/d?colour=blue"
                                       << "colour";
    QTest::newRow("no value") << "postgresql://h/d?sslmode"
                              << "sslmode";
    QTest::newRow("several hosts") << "postgresql://a,b/d"
                                   << "several hosts";
    QTest::newRow("unclosed ipv6") << "postgresql://[::1/d"
                                   << "]";
    QTest::newRow("semicolon") << "postgresql://h/d?application_name=a%3Bb"
                               << "';'";
}

void TestServerLocation::refusesMalformed()
{
    QFETCH(QString, uri);
    QFETCH(QString, says);
    QString error;
    QVERIFY(!ServerLocation::parse(uri, &error));
    QVERIFY2(error.contains(says), qPrintable(error));
    QVERIFY(!error.contains(QLatin1Char('\n')));
}

void TestServerLocation::printableNeverShowsPassword()
{
    const QString uri = QStringLiteral(
        "postgresql://editor:hunter2@h/d?password=hunter3&sslpassword=hunter4&sslmode=require");
    const auto location = ServerLocation::parse(uri, nullptr);
    QVERIFY(location);
    QCOMPARE(location->printable(), QStringLiteral("postgresql://editor@h/d?sslmode=require"));
    QVERIFY(!location->printable().contains(QLatin1String("hunter")));

    QString error;
    QVERIFY(!ServerLocation::parse(QStringLiteral("postgresql://editor:hun%zzter@h/d"), &error));
    QVERIFY(error.contains(QLatin1String("password")));
    QVERIFY(!error.contains(QLatin1String("hun")));
}

void TestServerLocation::printableParsesBack()
{
    const QStringList uris {QStringLiteral("postgresql:///trends?host=/run/postgresql&user=ed"),
        QStringLiteral("postgresql://ed%40x@[::1]:5433/%E8%B6%8B?sslmode=disable"),
        QStringLiteral("postgres://h/d?host=%2Ftmp%2Fa%20b")};
    for (const QString &uri : uris) {
        const auto location = ServerLocation::parse(uri, nullptr);
        QVERIFY2(location, qPrintable(uri));
        const auto again = ServerLocation::parse(location->printable(), nullptr);
        QVERIFY2(again, qPrintable(location->printable()));
        QCOMPARE(again->host, location->host);
        QCOMPARE(again->port, location->port);
        QCOMPARE(again->user, location->user);
        QCOMPARE(again->database, location->database);
        QCOMPARE(again->options, location->options);
    }
    QCOMPARE(ServerLocation::parse(uris.at(0), nullptr)->printable(),
        QStringLiteral("postgresql://ed@/trends?host=/run/postgresql"));
}

void TestServerLocation::connectOptionsQuoted()
{
    const auto location = ServerLocation::parse(
        QStringLiteral("postgresql://h/d?application_name=it%27s%5Cme&sslmode=require"), nullptr);
    QVERIFY(location);
    QCOMPARE(location->connectOptions(),
        QStringLiteral("application_name='it\\'s\\\\me';sslmode='require'"));
}

void TestServerLocation::appliesToConnection()
{
    const auto location = ServerLocation::parse(
        QStringLiteral("postgresql://ed:pw@h:5433/d?connect_timeout=3"), nullptr);
    QVERIFY(location);
    // The driver need not be installed to carry the settings.
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("t"));
    location->applyTo(db);
    QCOMPARE(db.hostName(), QStringLiteral("h"));
    QCOMPARE(db.port(), 5433);
    QCOMPARE(db.userName(), QStringLiteral("ed"));
    QCOMPARE(db.password(), QStringLiteral("pw"));
    QCOMPARE(db.databaseName(), QStringLiteral("d"));
    QCOMPARE(db.connectOptions(), QStringLiteral("connect_timeout='3'"));
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("t"));
}

QTEST_GUILESS_MAIN(TestServerLocation)
#include "tst_serverlocation.moc"
