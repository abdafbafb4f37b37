#include "importvalues.h"

#include <QTest>

using namespace TrendScope;

namespace {

ColumnInfo column(ColumnKind kind, std::optional<std::pair<double, double>> range = {})
{
    ColumnInfo c;
    c.name = QStringLiteral("v");
    c.label = QStringLiteral("Value");
    c.kind = kind;
    c.range = range;
    return c;
}

} // namespace

// Cells of import files read as the values their columns store.
class TestImportValues : public QObject
{
    Q_OBJECT

private slots:
    void values_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QVariant>("value");
        const int money = int(ColumnKind::Money);
        QTest::newRow("亿元") << money << "12.5亿元" << QVariant(1.25e9);
        QTest::newRow("亿") << money << "12.5 亿" << QVariant(1.25e9);
        QTest::newRow("万元") << money << "3000万元" << QVariant(3e7);
        QTest::newRow("元") << money << "1,200元" << QVariant(1200.0);
        QTest::newRow("bare yuan") << money << "1200" << QVariant(1200.0);
        QTest::newRow("人民币") << money << "30亿人民币" << QVariant(3e9);
        QTest::newRow("empty money") << money << "" << QVariant();
        const int number = int(ColumnKind::Number);
        QTest::newRow("full-width") << number << "８０．５" << QVariant(80.5);
        QTest::newRow("thousands") << number << "1,234,567.5" << QVariant(1234567.5);
        QTest::newRow("percent sign") << int(ColumnKind::Percent) << "52.2%" << QVariant(52.2);
        const int date = int(ColumnKind::Date);
        QTest::newRow("year") << date << "2024" << QVariant("2024");
        QTest::newRow("month") << date << "2024-05" << QVariant("2024-05");
        QTest::newRow("slashes") << date << "2024/5/26" << QVariant("2024-05-26");
        QTest::newRow("dots") << date << "2024.05" << QVariant("2024-05");
        QTest::newRow("年月") << date << "2024年5月" << QVariant("2024-05");
        QTest::newRow("年月日") << date << "2024年5月26日" << QVariant("2024-05-26");
        QTest::newRow("count") << int(ColumnKind::Count) << "1,024" << QVariant(qint64(1024));
    }

    void values()
    {
        QFETCH(int, kind);
        QFETCH(QString, cell);
        QFETCH(QVariant, value);
        QString error;
        const auto v = ImportValues::parse(column(ColumnKind(kind)), cell, &error);
        QVERIFY2(v, qPrintable(error));
        if (value.isNull())
            QVERIFY(v->isNull());
        else if (value.typeId() == QMetaType::Double)
            QCOMPARE(v->toDouble(), value.toDouble());
        else
            QCOMPARE(v->toString(), value.toString());
    }

    void refused_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QString>("says");
        QTest::newRow("score 120") << int(ColumnKind::Number) << "120"
                                   << "outside 0 to 100";
        QTest::newRow("february 30") << int(ColumnKind::Date) << "2024-02-30"
                                     << "not a valid date";
        QTest::newRow("年月 30 Feb") << int(ColumnKind::Date) << "2024年2月30日"
                                     << "not a valid date";
        QTest::newRow("unknown unit") << int(ColumnKind::Money) << "12 dollars"
                                      << "is not an amount";
        QTest::newRow("negative money") << int(ColumnKind::Money) << "-3亿"
                                        << "is negative";
        QTest::newRow("percent 150") << int(ColumnKind::Percent) << "150%"
                                     << "outside 0 to 100";
        QTest::newRow("words") << int(ColumnKind::Count) << "many"
                               << "not a whole number";
    }

    void refused()
    {
        QFETCH(int, kind);
        QFETCH(QString, cell);
        QFETCH(QString, says);
        QString error;
        const auto c = column(ColumnKind(kind),
            kind == int(ColumnKind::Number) ? std::make_optional(std::make_pair(0.0, 100.0))
                                            : std::nullopt);
        QVERIFY(!ImportValues::parse(c, cell, &error));
        QVERIFY2(error.contains(says), qPrintable(error));
        QVERIFY2(error.startsWith(QStringLiteral("Value")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestImportValues)
#include "tst_importvalues.moc"
