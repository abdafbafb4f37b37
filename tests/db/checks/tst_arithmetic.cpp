#include "arithmetic.h"

#include <QString>
#include <QTest>

#include <cstring>

using namespace TrendScope;

class TestArithmetic : public QObject
{
    Q_OBJECT
private slots:
    void evaluate_data();
    void evaluate();
    void roundingTolerance_data();
    void roundingTolerance();
    void readNumberAsQStringReadsIt_data();
    void readNumberAsQStringReadsIt();
};

void TestArithmetic::evaluate_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<double>("value");
    QTest::addColumn<bool>("valid");
    QTest::newRow("report minus") << "258 − 165" << 93.0 << true;
    QTest::newRow("times and divide") << "10 × 7.0366 ÷ 2" << 35.183 << true;
    QTest::newRow("precedence") << "2 + 3 * 4" << 14.0 << true;
    QTest::newRow("parentheses") << "(2 + 3) * 4" << 20.0 << true;
    QTest::newRow("thousands comma") << "1,217 - 17" << 1200.0 << true;
    QTest::newRow("unary minus") << "-8.71 + 5.72" << -2.99 << true;
    QTest::newRow("words") << "amount times rate" << 0.0 << false;
    QTest::newRow("divide by zero") << "1 / 0" << 0.0 << false;
    QTest::newRow("unbalanced") << "(1 + 2" << 0.0 << false;
    QTest::newRow("empty") << "" << 0.0 << false;
}

void TestArithmetic::evaluate()
{
    QFETCH(QString, expression);
    QFETCH(double, value);
    QFETCH(bool, valid);
    const auto result = evaluateArithmetic(expression);
    QCOMPARE(result.has_value(), valid);
    if (valid)
        QVERIFY(qAbs(*result - value) < 1e-9);
}

void TestArithmetic::roundingTolerance_data()
{
    QTest::addColumn<QString>("result");
    QTest::addColumn<double>("tolerance");
    QTest::newRow("two decimals") << "59.45" << 0.005;
    QTest::newRow("one decimal") << "7.5" << 0.05;
    QTest::newRow("whole") << "93" << 0.5;
}

void TestArithmetic::roundingTolerance()
{
    QFETCH(QString, result);
    QFETCH(double, tolerance);
    QVERIFY(qAbs(TrendScope::roundingTolerance(result) - tolerance) < 1e-8);
}

void TestArithmetic::readNumberAsQStringReadsIt_data()
{
    QTest::addColumn<QString>("text");
    for (const char *text : {"69.76", "7780000", "0", "0012", "1.", ".5", "-0.5", "-.5", "-3",
             "12345678901234567890123", "0.1", "2.675", "", ".", "-", "--1", "1.2.3", "1-2", "+5",
             " 5", "5 ", "1e3", "1E-2", "inf", "nan", "1,217", "abc"})
        QTest::newRow(*text ? text : "empty") << QString::fromLatin1(text);
    QTest::newRow("full-width digits") << QStringLiteral("１２");
    QTest::newRow("Arabic-Indic digits") << QStringLiteral("١٢");
    QTest::newRow("long") << QString(80, QLatin1Char('9'));
}

// readNumber() reads plain decimals itself: it must agree with QString::toDouble, which
// it replaces, on what is a number and on its value, to the last bit.
void TestArithmetic::readNumberAsQStringReadsIt()
{
    QFETCH(QString, text);
    bool ok = false;
    const double expected = text.toDouble(&ok);
    const std::optional<double> read = readNumber(text);
    QCOMPARE(read.has_value(), ok);
    if (!ok)
        return;
    quint64 readBits = 0;
    quint64 expectedBits = 0;
    std::memcpy(&readBits, &*read, sizeof readBits);
    std::memcpy(&expectedBits, &expected, sizeof expectedBits);
    QCOMPARE(readBits, expectedBits);
}

QTEST_GUILESS_MAIN(TestArithmetic)
#include "tst_arithmetic.moc"
