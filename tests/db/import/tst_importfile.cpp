#include "importfile.h"
#include "testutil.h"

#include <QTemporaryDir>
#include <QTest>

using namespace TrendScope;

namespace {

std::optional<ImportFile> parsed(const QByteArray &bytes, QString *error,
    std::optional<ImportFile::Format> format = std::nullopt)
{
    return ImportReader::parse(bytes, QStringLiteral("t.csv"), format, error);
}

} // namespace

// Reading import files: formats, encodings, quoting, and the files refused as a whole.
class TestImportFile : public QObject
{
    Q_OBJECT

private slots:
    void csvWithQuotesSeparatorsAndLineBreaks()
    {
        QString error;
        const auto file = parsed("model,score,note\r\n"
                                 "GLM-4, 74.9 ,\"a, b\"\r\n"
                                 "\r\n"
                                 "\"Kimi \"\"long\"\"\",71,\"two\nlines\"\n"
                                 "Baichuan3,73,\n",
            &error);
        QVERIFY2(file, qPrintable(error));
        QCOMPARE(file->format, ImportFile::Format::Csv);
        QCOMPARE(file->encoding, QStringLiteral("UTF-8"));
        QCOMPARE(file->headers, QStringList({"model", "score", "note"}));
        QCOMPARE(file->records.size(), 3);
        QCOMPARE(file->records.at(0).cells, QStringList({"GLM-4", "74.9", "a, b"}));
        QCOMPARE(file->records.at(0).line, 2);
        QCOMPARE(file->records.at(1).cells, QStringList({"Kimi \"long\"", "71", "two\nlines"}));
        QCOMPARE(file->records.at(1).line, 4); // after the blank line 3
        QCOMPARE(file->records.at(2).line, 6); // the quoted line break counts
        QCOMPARE(file->sha256.size(), 64);
    }

    void tsvIsDetectedFromTabs()
    {
        QString error;
        const auto file = parsed("模型名称\t总分\nGLM-4\t74.9\n", &error);
        QVERIFY2(file, qPrintable(error));
        QCOMPARE(file->format, ImportFile::Format::Tsv);
        QCOMPARE(file->records.constFirst().cells, QStringList({"GLM-4", "74.9"}));
    }

    void jsonArrayAndRowsObject()
    {
        QString error;
        auto file = parsed("[\n {\"model\": \"GLM-4\", \"score\": 74.9},\n"
                           " {\"model\": \"Kimi\", \"note\": null}\n]\n",
            &error);
        QVERIFY2(file, qPrintable(error));
        QCOMPARE(file->format, ImportFile::Format::Json);
        QCOMPARE(file->headers, QStringList({"model", "score", "note"}));
        QCOMPARE(file->records.at(0).cells, QStringList({"GLM-4", "74.9", ""}));
        QCOMPARE(file->records.at(1).cells, QStringList({"Kimi", "", ""}));
        QCOMPARE(file->records.at(1).line, 3);
        file = parsed("{\"rows\": [{\"a\": 1}]}", &error);
        QVERIFY2(file, qPrintable(error));
        QCOMPARE(file->records.constFirst().cells, QStringList({"1"}));
    }

    void brokenJsonNamesTheLine()
    {
        QString error;
        QVERIFY(!parsed("[\n{\"a\": 1},\n{\"a\": }\n]", &error));
        QVERIFY2(error.contains(QStringLiteral("line 3")), qPrintable(error));
        QVERIFY(!parsed("[1, 2]", &error));
        QVERIFY2(error.contains(QStringLiteral("must be an object")), qPrintable(error));
    }

    void encodings()
    {
        QString error;
        const QString text = QStringLiteral("模型名称,机构\n文心一言4.0,百度\n");
        auto file = parsed("\xEF\xBB\xBF" + text.toUtf8(), &error);
        QVERIFY2(file, qPrintable(error));
        QCOMPARE(file->encoding, QStringLiteral("UTF-8 with BOM"));
        QCOMPARE(file->headers.constFirst(), QStringLiteral("模型名称")); // no BOM in the name

        file = parsed(TestUtil::encoded(text, "GB18030"), &error);
        QVERIFY2(file, qPrintable(error));
        QCOMPARE(file->encoding, QStringLiteral("GB18030"));
        QCOMPARE(file->records.constFirst().cells, QStringList({"文心一言4.0", "百度"}));

        QByteArray utf16("\xFF\xFE");
        for (const QChar c : text)
            utf16.append(char(c.unicode() & 0xff)).append(char(c.unicode() >> 8));
        file = parsed(utf16, &error);
        QVERIFY2(file, qPrintable(error));
        QCOMPARE(file->encoding, QStringLiteral("UTF-16LE"));
        QCOMPARE(file->headers.constFirst(), QStringLiteral("模型名称"));
    }

    void filesRefusedAsAWhole_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("says");
        QTest::newRow("empty") << QByteArray() << "is empty";
        QTest::newRow("blank lines") << QByteArray("\n\r\n\n") << "is empty";
        QTest::newRow("header only") << QByteArray("a,b\n") << "no rows";
        QTest::newRow("unclosed quote") << QByteArray("a,b\n1,2\n3,\"four\n5,6\n")
                                        << "line 3: a quote opened here is never closed";
        QTest::newRow("text after quote") << QByteArray("a\n\"x\"y\n") << "line 2: text after";
        QTest::newRow("xlsx") << QByteArray("PK\x03\x04rest", 8) << "save the sheet as CSV";
        QTest::newRow("binary") << QByteArray("a,b\n\0\1\2", 7) << "not a text file";
        QTest::newRow("not text") << QByteArray("\xFF\xFF\xFF\xFE\x80") << "save it as UTF-8";
    }

    void filesRefusedAsAWhole()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, says);
        QString error;
        QVERIFY(!parsed(bytes, &error));
        QVERIFY2(error.contains(says), qPrintable(error));
    }

    void readNamesMissingFoldersAndExtensions()
    {
        QTemporaryDir dir;
        QString error;
        QVERIFY(!ImportReader::read(dir.filePath(QStringLiteral("nope.csv")), &error));
        QVERIFY2(error.contains(QStringLiteral("does not exist")), qPrintable(error));
        QVERIFY(!ImportReader::read(dir.path(), &error));
        QVERIFY2(error.contains(QStringLiteral("is a folder")), qPrintable(error));
        // A .csv holding a tab is still CSV: the extension decides.
        const QString path = dir.filePath(QStringLiteral("x.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("a\tb,c\n1\t2,3\n");
        f.close();
        const auto file = ImportReader::read(path, &error);
        QVERIFY2(file, qPrintable(error));
        QCOMPARE(file->headers, QStringList({"a\tb", "c"}));
        QCOMPARE(file->fileName, QStringLiteral("x.csv"));
        QCOMPARE(file->path, QFileInfo(path).absoluteFilePath());
    }
};

QTEST_GUILESS_MAIN(TestImportFile)
#include "tst_importfile.moc"
