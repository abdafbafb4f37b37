#include "database.h"
#include "dataexport.h"
#include "queries.h"
#include "scaledataset.h"

#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace TrendScope;

// The streamed exports write the very bytes the in-memory path (Queries::table + toJson /
// toCsv) writes, on the shipped dataset, on a synthetic one and on values no form would
// store (blobs, broken UTF-8, huge numbers, control characters, formulas).
class TestDataExportStream : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sameBytes_data();
    void sameBytes();
    void goldenJson();
    void goldenCsv();
    void unknownNameWritesNothing();
    void sinkRefusalStops();
    void readFailure();

private:
    std::unique_ptr<Database> openCopy(const QString &name);

    QTemporaryDir m_dir;
    QString m_shipped;
    QString m_synthetic;
    QString m_odd;
};

namespace {

QByteArray streamedJson(const Database &db, const QStringList &names, QString *error = nullptr)
{
    QByteArray out;
    const bool ok = streamJson(
        db, names,
        [&](const char *data, qsizetype size) {
            out.append(data, size);
            return true;
        },
        error);
    return ok ? out : QByteArray("failed");
}

QByteArray streamedCsv(const Database &db, const QString &name, bool bom = false)
{
    QByteArray out;
    const bool ok = streamCsv(
        db, name, CsvOptions {bom},
        [&](const char *data, qsizetype size) {
            out.append(data, size);
            return true;
        },
        nullptr);
    return ok ? out : QByteArray("failed");
}

QByteArray oldJson(const Database &db, const QStringList &names)
{
    QString error;
    const auto tables = Queries(db).tables(names, &error);
    return tables ? toJson(*tables) : QByteArray("failed");
}

QByteArray oldCsv(const Database &db, const QString &name, bool bom = false)
{
    QString error;
    const auto table = Queries(db).table(name, &error);
    return table ? toCsv(*table, CsvOptions {bom}) : QByteArray("failed");
}

// "" when equal, else where they part, with some bytes of each from there.
QByteArray firstDifference(const QByteArray &actual, const QByteArray &expected)
{
    if (actual == expected)
        return {};
    qsizetype i = 0;
    while (i < actual.size() && i < expected.size() && actual.at(i) == expected.at(i))
        ++i;
    const qsizetype from = std::max<qsizetype>(0, i - 60);
    return "at byte " + QByteArray::number(i)
        + "\nstreamed: " + actual.mid(from, 120).toPercentEncoding(" \n\":,{}[]")
        + "\nin memory: " + expected.mid(from, 120).toPercentEncoding(" \n\":,{}[]");
}

#define COMPARE_BYTES(actual, expected)                                                            \
    do {                                                                                           \
        const QByteArray difference = firstDifference(actual, expected);                           \
        QVERIFY2(difference.isEmpty(), difference.constData());                                    \
    } while (false)

// Values of every storage class in change_log, whose columns take anything.
bool addOddValues(sqlite3 *db)
{
    const char *sql
        = "INSERT INTO change_log (at, author, action, table_name, row_id, column_name,"
          " old_value, new_value, reason) VALUES (?, ?, 'update', 'model', ?, ?, ?, ?, ?)";
    const QList<QByteArray> texts {"=HYPERLINK(\"x\")", " =1", "\t@x", "\r\n-2", "a,b;c",
        "say \"hi\"", "trailing ", " ", "", "\u3000=1", "\u00a0+1", "\u2028-1",
        "\u0085=", "清华&智谱AI", "🚀=1", "ctl\x01\x1f\x7f\b\f", "back\\slash/",
        QByteArray("nul\0in", 6), "\xff\xfe broken", "\xed\xa0\x80 surrogate", "\xc0\xaf overlong",
        "cut \xe4\xb8", "\xef\xbf\xbf nonchar", "\xef\xb7\x90 nonchar", "\xf4\x90\x80\x80 too high",
        "lone\rcr", "\xf0\x9f\x9a"};
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) != SQLITE_OK)
        return false;
    bool ok = true;
    int n = 0;
    for (const QByteArray &text : texts) {
        sqlite3_reset(stmt);
        sqlite3_bind_text(stmt, 1, "2024-01-01", -1, SQLITE_STATIC);
        sqlite3_bind_text(stmt, 2, text.constData(), int(text.size()), SQLITE_TRANSIENT);
        // row_id (INTEGER affinity) holds integers, reals and text; old_value a blob.
        switch (n++ % 9) {
        case 0:
            sqlite3_bind_int64(stmt, 3, 9007199254740993LL);
            break;
        case 1:
            sqlite3_bind_double(stmt, 3, -8.71);
            break;
        case 2:
            sqlite3_bind_double(stmt, 3, 1e300 * 1e10); // infinity
            break;
        case 3:
            sqlite3_bind_double(stmt, 3, 1e-7);
            break;
        case 4:
            sqlite3_bind_text(stmt, 3, text.constData(), int(text.size()), SQLITE_TRANSIENT);
            break;
        case 5:
            sqlite3_bind_double(stmt, 3, -2.5e15); // whole, below 2^53
            break;
        case 6:
            sqlite3_bind_double(stmt, 3, 1.8e19); // whole, below 2^64
            break;
        case 7:
            sqlite3_bind_double(stmt, 3, -1.8446744073709552e19); // -2^64
            break;
        default:
            sqlite3_bind_int64(stmt, 3, -9223372036854775807LL - 1);
        }
        sqlite3_bind_text(stmt, 4, text.constData(), int(text.size()), SQLITE_TRANSIENT);
        sqlite3_bind_blob(stmt, 5, text.constData(), int(text.size()), SQLITE_TRANSIENT);
        sqlite3_bind_null(stmt, 6);
        sqlite3_bind_text(stmt, 7, text.constData(), int(text.size()), SQLITE_TRANSIENT);
        ok = ok && sqlite3_step(stmt) == SQLITE_DONE;
    }
    sqlite3_finalize(stmt);
    return ok;
}

} // namespace

void TestDataExportStream::initTestCase()
{
    QVERIFY(m_dir.isValid());
    DatabaseError error;
    m_shipped = m_dir.filePath(QStringLiteral("shipped.sqlite"));
    QVERIFY(Database::createFromEmbedded(m_shipped, &error));

    m_synthetic = m_dir.filePath(QStringLiteral("synthetic.sqlite"));
    QString message;
    Bench::ScaleReport report;
    QVERIFY2(
        Bench::generateScaleDataset(m_synthetic, Bench::ScaleOptions {2000}, &report, &message),
        qPrintable(message));

    m_odd = m_dir.filePath(QStringLiteral("odd.sqlite"));
    {
        auto db = Database::createFromEmbedded(m_odd, &error);
        QVERIFY(db);
        QVERIFY(addOddValues(db->handle()));
    }
}

std::unique_ptr<Database> TestDataExportStream::openCopy(const QString &name)
{
    DatabaseError error;
    auto db = Database::open(name, &error, Database::Access::ReadOnly);
    if (!db)
        qWarning("%s", qPrintable(error.message()));
    return db;
}

void TestDataExportStream::sameBytes_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("shipped") << m_shipped;
    QTest::newRow("synthetic 2k") << m_synthetic;
    QTest::newRow("odd values") << m_odd;
}

void TestDataExportStream::sameBytes()
{
    QFETCH(QString, file);
    const auto db = openCopy(file);
    QVERIFY(db);
    const QStringList names = Queries(*db).exportableNames();
    QVERIFY(names.size() > 10);
    const QByteArray json = streamedJson(*db, names);
    QVERIFY(json.size() > 1000);
    COMPARE_BYTES(json, oldJson(*db, names));
    // Repeated and unordered names make one member each, in the document's order.
    const QStringList some {names.last(), names.first(), names.last()};
    COMPARE_BYTES(streamedJson(*db, some), oldJson(*db, some));
    COMPARE_BYTES(streamedJson(*db, {}), oldJson(*db, {}));
    for (const QString &name : names) {
        COMPARE_BYTES(streamedCsv(*db, name), oldCsv(*db, name));
        COMPARE_BYTES(streamedCsv(*db, name, true), oldCsv(*db, name, true));
    }
}

void TestDataExportStream::goldenJson()
{
    const auto db = openCopy(m_odd);
    QVERIFY(db);
    const QByteArray json = streamedJson(*db, {QStringLiteral("change_log")});
    // The first odd row, as QJsonDocument indents it: members by name, blobs as text.
    const QByteArray firstRow = "{\n"
                                "    \"change_log\": [\n"
                                "        {\n"
                                "            \"action\": \"update\",\n"
                                "            \"at\": \"2024-01-01\",\n"
                                "            \"author\": \"=HYPERLINK(\\\"x\\\")\",\n"
                                "            \"column_name\": \"=HYPERLINK(\\\"x\\\")\",\n"
                                "            \"id\": 1,\n"
                                "            \"new_value\": null,\n"
                                "            \"old_value\": \"=HYPERLINK(\\\"x\\\")\",\n"
                                "            \"reason\": \"=HYPERLINK(\\\"x\\\")\",\n"
                                "            \"row_id\": 9007199254740993,\n"
                                "            \"table_name\": \"model\"\n"
                                "        },\n";
    QCOMPARE(json.left(firstRow.size()), firstRow);
    QVERIFY(json.contains("\"row_id\": -8.71,"));
    QVERIFY(json.contains("\"row_id\": null,")); // infinity
    QVERIFY(json.contains("\"row_id\": 1e-07,"));
    QVERIFY(json.contains("\"author\": \"ctl\\u0001\\u001f\x7f\\b\\f\","));
    QVERIFY(json.contains("\"author\": \"nul\\u0000in\","));
    QVERIFY(json.contains("\"author\": \"back\\\\slash/\","));
    QVERIFY(json.endsWith("        }\n    ]\n}\n"));
    const QByteArray empty = streamedJson(*db, {QStringLiteral("training_run")});
    QVERIFY(!empty.isEmpty());
}

void TestDataExportStream::goldenCsv()
{
    const auto db = openCopy(m_odd);
    QVERIFY(db);
    const QByteArray csv = streamedCsv(*db, QStringLiteral("change_log"), true);
    QVERIFY(csv.startsWith("\xEF\xBB\xBFid,at,author,action,table_name,row_id,column_name,"
                           "old_value,new_value,reason\r\n"));
    QVERIFY(csv.contains(",\"'=HYPERLINK(\"\"x\"\")\","));
    QVERIFY(csv.contains(",' =1,"));
    QVERIFY(csv.contains(",'\t@x,"));
    QVERIFY(csv.contains(",\"'\r\n-2\","));
    QVERIFY(csv.contains(",\"a,b;c\","));
    QVERIFY(csv.contains(",\"trailing \","));
    QVERIFY(csv.contains(",\" \","));
    QVERIFY(csv.contains(QStringLiteral(",'\u3000=1,").toUtf8()));
    QVERIFY(csv.contains(QStringLiteral(",🚀=1,").toUtf8()));
    QVERIFY(csv.contains(",-8.71,"));
    QVERIFY(csv.contains(",inf,"));
    QVERIFY(csv.contains(",-9223372036854775808,"));
}

void TestDataExportStream::unknownNameWritesNothing()
{
    const auto db = openCopy(m_shipped);
    QVERIFY(db);
    QString error;
    int pieces = 0;
    const ExportSink count = [&](const char *, qsizetype) { return ++pieces > 0; };
    QVERIFY(!streamJson(*db, {QStringLiteral("model"), QStringLiteral("nope")}, count, &error));
    QCOMPARE(error, QStringLiteral("no table or view named \"nope\""));
    QVERIFY(!streamCsv(*db, QStringLiteral("model; DROP TABLE model"), {}, count, &error));
    QCOMPARE(pieces, 0);
}

void TestDataExportStream::sinkRefusalStops()
{
    const auto db = openCopy(m_synthetic);
    QVERIFY(db);
    QString error;
    int pieces = 0;
    const ExportSink refuse = [&](const char *, qsizetype) { return ++pieces < 2; };
    QVERIFY(!streamJson(*db, Queries(*db).exportableNames(), refuse, &error));
    QVERIFY(error.isEmpty());
    QCOMPARE(pieces, 2);
}

void TestDataExportStream::readFailure()
{
    const auto db = openCopy(m_synthetic);
    QVERIFY(db);
    // Stopped half-way, as a time limit or Cancel stops it: an error, never a short table.
    QString error;
    qsizetype written = 0;
    const bool ok = streamJson(
        *db, Queries(*db).exportableNames(),
        [&](const char *, qsizetype size) {
            written += size;
            db->interrupt(); // a flush happens between two rows of a table
            return true;
        },
        &error);
    QVERIFY(!ok);
    QVERIFY(written > 0);
    QVERIFY2(error.startsWith(QStringLiteral("reading \""))
            && error.contains(QStringLiteral("failed: ")),
        qPrintable(error));
}

QTEST_GUILESS_MAIN(TestDataExportStream)
#include "tst_dataexportstream.moc"
