#include "dataexport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace TrendScope;

class TestDataExport : public QObject
{
    Q_OBJECT

private slots:
    void csvCells_data();
    void csvCells();
    void csvTableAndBom();
    void exportFileNames_data();
    void exportFileNames();
    void exportFileNamesNeverClash();
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
    QTest::newRow("quote doubled")
        << QVariant(QStringLiteral("say \"hi\"")) << "\"say \"\"hi\"\"\"";
    QTest::newRow("formula =") << QVariant(QStringLiteral("=HYPERLINK(\"x\")"))
                               << "\"'=HYPERLINK(\"\"x\"\")\"";
    QTest::newRow("formula +") << QVariant(QStringLiteral("+1+1")) << "'+1+1";
    QTest::newRow("formula -") << QVariant(QStringLiteral("-2+3")) << "'-2+3";
    QTest::newRow("formula @") << QVariant(QStringLiteral("@SUM(A1)")) << "'@SUM(A1)";
    QTest::newRow("leading tab") << QVariant(QStringLiteral("\t=1")) << "'\t=1";
    QTest::newRow("leading CR") << QVariant(QStringLiteral("\r=1")) << "\"'\r=1\"";
    QTest::newRow("negative number stays") << QVariant(-8.71) << "-8.71";
    QTest::newRow("integer") << QVariant(qint64(1217)) << "1217";
    QTest::newRow("negative integer stays") << QVariant(qint64(-3)) << "-3";
    // Spreadsheets skip leading whitespace before a formula.
    QTest::newRow("space then =") << QVariant(QStringLiteral(" =1+1")) << "' =1+1";
    QTest::newRow("spaces then +") << QVariant(QStringLiteral("   +1")) << "'   +1";
    QTest::newRow("newline then -") << QVariant(QStringLiteral("\n-2+3")) << "\"'\n-2+3\"";
    QTest::newRow("CRLF then @") << QVariant(QStringLiteral("\r\n@SUM(A1)")) << "\"'\r\n@SUM(A1)\"";
    QTest::newRow("tab then =") << QVariant(QStringLiteral("\t =1")) << "'\t =1";
    QTest::newRow("ideographic space then =")
        << QVariant(QStringLiteral("\u3000=1")) << "'\u3000=1";
    QTest::newRow("text minus number") << QVariant(QStringLiteral("-8.71")) << "'-8.71";
    QTest::newRow("space only") << QVariant(QStringLiteral(" ")) << "\" \"";
    QTest::newRow("= inside") << QVariant(QStringLiteral("a=b")) << "a=b";
    // A spreadsheet reading with ';' as the separator must not split a cell.
    QTest::newRow("semicolon quoted") << QVariant(QStringLiteral("a;b")) << "\"a;b\"";
    QTest::newRow("semicolon then formula")
        << QVariant(QStringLiteral("x;=cmd|' /C calc'!A0")) << "\"x;=cmd|' /C calc'!A0\"";
    QTest::newRow("formula with semicolon")
        << QVariant(QStringLiteral("=SUM(1;2)")) << "\"'=SUM(1;2)\"";
}

void TestDataExport::csvCells()
{
    QFETCH(QVariant, value);
    QFETCH(QString, expected);
    QCOMPARE(csvCell(value), expected);
}

void TestDataExport::exportFileNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("file");
    QTest::newRow("plain") << "model"
                           << "model.csv";
    QTest::newRow("chinese") << "模型"
                             << "模型.csv";
    QTest::newRow("parent folder") << "../escaped/pwn"
                                   << "_escaped_pwn.csv";
    QTest::newRow("absolute") << "/abs/path"
                              << "_abs_path.csv";
    QTest::newRow("backslashes") << "..\\..\\win"
                                 << "_.._win.csv";
    QTest::newRow("dot dot") << ".."
                             << "_.csv";
    QTest::newRow("dot") << "."
                         << "_.csv";
    QTest::newRow("hidden") << ".bashrc"
                            << "bashrc.csv";
    QTest::newRow("empty") << ""
                           << "_.csv";
    QTest::newRow("trailing dot and space") << "name. "
                                            << "name.csv";
    QTest::newRow("Windows characters") << "a:b*c?d\"e<f>g|h"
                                        << "a_b_c_d_e_f_g_h.csv";
    QTest::newRow("control characters") << "a\nb\x1b[31m\x7f"
                                        << "a_b_[31m_.csv";
    QTest::newRow("bidi override") << "\u202Egpj.exe"
                                   << "_gpj.exe.csv";
    QTest::newRow("zero width") << "a\u200Bb"
                                << "a_b.csv";
    QTest::newRow("device CON") << "CON"
                                << "_CON.csv";
    QTest::newRow("device nul.txt") << "nul.txt"
                                    << "_nul.txt.csv";
    QTest::newRow("device COM1") << "com1"
                                 << "_com1.csv";
    QTest::newRow("not a device") << "console"
                                  << "console.csv";
    QTest::newRow("decomposed é") << "cafe\u0301"
                                  << "caf\u00e9.csv";
    QTest::newRow("very long") << QString(
        1000, u'x') << QString(138, u'x') + ".csv"; // 150 bytes less ".csv" and room for "-NNN"
}

void TestDataExport::exportFileNames()
{
    QFETCH(QString, name);
    QFETCH(QString, file);
    const QString made = TrendScope::exportFileNames({name}, QStringLiteral(".csv")).value(0);
    QCOMPARE(made, file);
    QVERIFY(made.toUtf8().size() <= MaxFileNameBytes);
    QVERIFY(!made.contains(u'/') && !made.contains(u'\\') && !made.startsWith(u'.'));
}

void TestDataExport::exportFileNamesNeverClash()
{
    // Names that are the same once made safe, or to a file system that ignores case or
    // Unicode normalisation, each get their own file.
    const QStringList names {"x:y", "x_y", "X_Y", "x?y", "caf\u00e9", "cafe\u0301", "CON", "_CON",
        QString(300, u'好'), QString(300, u'好') + "!", "🚀", "🚀"};
    const QStringList files = TrendScope::exportFileNames(names, QStringLiteral(".csv"));
    QCOMPARE(files.size(), names.size());
    QSet<QString> seen;
    for (const QString &file : files) {
        QVERIFY2(!seen.contains(file.toCaseFolded()), qPrintable(file));
        seen.insert(file.toCaseFolded());
        QVERIFY2(file.toUtf8().size() <= MaxFileNameBytes, qPrintable(file));
        QCOMPARE(QString::fromUtf8(file.toUtf8()), file); // no half characters
    }
    QCOMPARE(files.at(0), QStringLiteral("x_y.csv"));
    QCOMPARE(files.at(1), QStringLiteral("x_y-2.csv"));
    QCOMPARE(files.at(2), QStringLiteral("X_Y-3.csv"));
}

void TestDataExport::csvTableAndBom()
{
    Table table {QStringLiteral("t"), {QStringLiteral("name"), QStringLiteral("score")},
        {{QStringLiteral("GLM-4"), 72.58}, {QStringLiteral("文心一言4.0"), QVariant()}}};
    const QByteArray plain = toCsv(table);
    QCOMPARE(plain,
        QByteArray("name,score\r\nGLM-4,72.58\r\n") + QStringLiteral("文心一言4.0,\r\n").toUtf8());
    const QByteArray bom = toCsv(table, CsvOptions {true});
    QVERIFY(bom.startsWith("\xEF\xBB\xBF"));
    QCOMPARE(bom.mid(3), plain);
}

void TestDataExport::json()
{
    Table a {QStringLiteral("model"),
        {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("score")},
        {{1, QStringLiteral("GLM-4"), 72.58}, {2, QStringLiteral("x"), QVariant()}}};
    Table b {QStringLiteral("empty"), {QStringLiteral("id")}, {}};
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(toJson({a, b}), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonObject root = doc.object();
    QCOMPARE(root.keys(), (QStringList {QStringLiteral("empty"), QStringLiteral("model")}));
    const QJsonArray rows = root.value(QStringLiteral("model")).toArray();
    QCOMPARE(rows.size(), 2);
    QCOMPARE(
        rows.at(0).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("GLM-4"));
    QCOMPARE(rows.at(0).toObject().value(QStringLiteral("score")).toDouble(), 72.58);
    QVERIFY(rows.at(1).toObject().value(QStringLiteral("score")).isNull());
    QVERIFY(root.value(QStringLiteral("empty")).toArray().isEmpty());
}

QTEST_GUILESS_MAIN(TestDataExport)
#include "tst_dataexport.moc"
