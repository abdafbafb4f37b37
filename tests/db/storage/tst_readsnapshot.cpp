// An export reads one committed state: another program's commit that changes two tables shows
// in both or in neither (docs/ROBUSTNESS.md, "Schema drift and bounded work").

#include "database.h"
#include "queries.h"
#include "readsnapshot.h"
#include "testutil.h"

#include <QTest>

#include <sqlite3.h>

using namespace TrendScope;

class TestReadSnapshot : public QObject
{
    Q_OBJECT

private slots:
    void exportSeesOneCommittedState_data();
    void exportSeesOneCommittedState();
    void endsItsTransaction();
};

namespace {

QVariant cell(const Table &table, qint64 id, const QString &column)
{
    const int idColumn = int(table.columns.indexOf(QStringLiteral("id")));
    const int valueColumn = int(table.columns.indexOf(column));
    for (const QVariantList &row : table.rows)
        if (row.at(idColumn).toLongLong() == id)
            return row.at(valueColumn);
    return {};
}

} // namespace

void TestReadSnapshot::exportSeesOneCommittedState_data()
{
    QTest::addColumn<bool>("readOnly");
    QTest::newRow("read-only connection, as the command line opens it") << true;
    QTest::newRow("the window's own connection") << false;
}

// The other program commits between the two tables the export reads.
void TestReadSnapshot::exportSeesOneCommittedState()
{
    QFETCH(bool, readOnly);
    QTemporaryDir dir;
    const QString path = TestUtil::makeDatasetFile(dir);
    sqlite3 *writer = nullptr;
    QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &writer), SQLITE_OK);
    QCOMPARE(
        sqlite3_exec(writer, "SELECT count(*) FROM model", nullptr, nullptr, nullptr), SQLITE_OK);

    DatabaseError error;
    auto db = Database::open(
        path, &error, readOnly ? Database::Access::ReadOnly : Database::Access::ReadWrite);
    QVERIFY2(db, qPrintable(error.message()));
    int commits = 0;
    QString tableError;
    const auto tables
        = Queries(*db).tables({QStringLiteral("leaderboard_entry"), QStringLiteral("model")},
            &tableError, [&](const QString &name) {
                if (name != QLatin1String("leaderboard_entry"))
                    return;
                char *message = nullptr;
                const int rc = sqlite3_exec(writer,
                    "BEGIN; UPDATE leaderboard_entry SET score = 1 WHERE id = 1;"
                    "UPDATE model SET name = 'changed with the score' WHERE id = 1; COMMIT;",
                    nullptr, nullptr, &message);
                QVERIFY2(rc == SQLITE_OK, message);
                ++commits;
            });
    QVERIFY2(tables, qPrintable(tableError));
    QCOMPARE(commits, 1);
    const bool scoreChanged = cell(tables->at(0), 1, QStringLiteral("score")).toDouble() == 1.0;
    const bool nameChanged = cell(tables->at(1), 1, QStringLiteral("name")).toString()
        == QLatin1String("changed with the score");
    QVERIFY2(scoreChanged == nameChanged, "the export mixes rows from before and after a commit");
    QVERIFY(!scoreChanged); // read before the commit, held to the end

    // The next export sees the commit in both tables.
    const auto after = Queries(*db).tables(
        {QStringLiteral("leaderboard_entry"), QStringLiteral("model")}, &tableError);
    QVERIFY2(after, qPrintable(tableError));
    QCOMPARE(cell(after->at(0), 1, QStringLiteral("score")).toDouble(), 1.0);
    QCOMPARE(cell(after->at(1), 1, QStringLiteral("name")).toString(),
        QStringLiteral("changed with the score"));
    db.reset();
    sqlite3_close(writer);
}

// Never left open: afterwards the connection is back in autocommit, and inside an open
// transaction (an edit) it leaves that one alone.
void TestReadSnapshot::endsItsTransaction()
{
    DatabaseError error;
    auto db = Database::createInMemory(&error);
    QVERIFY(db);
    {
        const ReadSnapshot snapshot(*db);
        QVERIFY(snapshot.isValid());
        QVERIFY(!sqlite3_get_autocommit(db->handle()));
    }
    QVERIFY(sqlite3_get_autocommit(db->handle()));
    QCOMPARE(sqlite3_exec(db->handle(), "BEGIN", nullptr, nullptr, nullptr), SQLITE_OK);
    {
        const ReadSnapshot snapshot(*db);
        QVERIFY(snapshot.isValid());
    }
    QVERIFY(!sqlite3_get_autocommit(db->handle()));
    QCOMPARE(sqlite3_exec(db->handle(), "ROLLBACK", nullptr, nullptr, nullptr), SQLITE_OK);
}

QTEST_GUILESS_MAIN(TestReadSnapshot)
#include "tst_readsnapshot.moc"
