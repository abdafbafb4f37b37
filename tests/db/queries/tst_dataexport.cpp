#include "dataexport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace TrendScope;

class TestDataExport : public QObject
{
    Q_OBJECT

private slots:
    void csvCells_data();
    void csvCells();
    void csvTableAndBom();
    void json();
};

void TestDataExport::csvCells_data()
{
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("text") << QVariant(QStringLiteral("GLM-4")) << "GLM-4";
    QTest::newRow("chinese") << QVariant(QStringLiteral("清华&智谱AI")) << "清华&智谱AI";
    QTest::newRow("null") << QVariant() << "";
    QTest::newRow("comma quoted") << QVariant(QStringLiteral("a,b")) << "\"a,b\"";
    QTest::newRow("quote doubled") << QVariant(QStringLiteral("say \"hi\"")) << "\"say \"\"hi\"\"\"";
    QTest::newRow("formula =") << QVariant(QStringLiteral("=HYPERLINK(\"x\")")) << "\"'=HYPERLINK(\"\"x\"\")\"";
    QTest::newRow("formula +") << QVariant(QStringLiteral("+1+1")) << "'+1+1";
    QTest::newRow("formula -") << QVariant(QStringLiteral("-2+3")) << "'-2+3";
    QTest::newRow("formula @") << QVariant(QStringLiteral("@SUM(A1)")) << "'@SUM(A1)";
    QTest::newRow("leading tab") << QVariant(QStringLiteral("\t=1")) << "'\t=1";
    QTest::newRow("leading CR") << QVariant(QStringLiteral("\r=1")) << "\"'\r=1\"";
    QTest::newRow("negative number stays") << QVariant(-8.71) << "-8.71";
    QTest::newRow("integer") << QVariant(qint64(1217)) << "1217";
}

void TestDataExport::csvCells()
{
    QFETCH(QVariant, value);
    QFETCH(QString, expected);
    QCOMPARE(csvCell(value), expected);
}

void TestDataExport::csvTableAndBom()
{
    Table table{QStringLiteral("t"), {QStringLiteral("name"), QStringLiteral("score")},
                {{QStringLiteral("GLM-4"), 72.58}, {QStringLiteral("文心一言4.0"), QVariant()}}};
    const QByteArray plain = toCsv(table);
    QCOMPARE(plain, QByteArray("name,score\r\nGLM-4,72.58\r\n") + QStringLiteral("文心一言4.0,\r\n").toUtf8());
    const QByteArray bom = toCsv(table, CsvOptions{true});
    QVERIFY(bom.startsWith("\xEF\xBB\xBF"));
    QCOMPARE(bom.mid(3), plain);
}

void TestDataExport::json()
{
    Table a{QStringLiteral("model"), {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("score")},
            {{1, QStringLiteral("GLM-4"), 72.58}, {2, QStringLiteral("x"), QVariant()}}};
    Table b{QStringLiteral("empty"), {QStringLiteral("id")}, {}};
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(toJson({a, b}), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonObject root = doc.object();
    QCOMPARE(root.keys(), (QStringList{QStringLiteral("empty"), QStringLiteral("model")}));
    const QJsonArray rows = root.value(QStringLiteral("model")).toArray();
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("GLM-4"));
    QCOMPARE(rows.at(0).toObject().value(QStringLiteral("score")).toDouble(), 72.58);
    QVERIFY(rows.at(1).toObject().value(QStringLiteral("score")).isNull());
    QVERIFY(root.value(QStringLiteral("empty")).toArray().isEmpty());
}

QTEST_GUILESS_MAIN(TestDataExport)
#include "tst_dataexport.moc"
