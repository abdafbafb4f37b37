// The qualifying words of the reports' text, found with the number they bound.
#include "qualifierwords.h"

#include <QTest>

using namespace TrendScope;

class TestQualifierWords : public QObject
{
    Q_OBJECT

private slots:
    void found_data();
    void found();
    void plainNumbersAreNotQualified_data();
    void plainNumbersAreNotQualified();
};

void TestQualifierWords::found_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("qualifier");
    QTest::addColumn<double>("number");
    QTest::addColumn<QString>("words");
    // The reports' own sentences (key figures 5, 6, 7, 14, 16, 24, 26, 27, 31, 40, 41).
    QTest::newRow("约 before, 亿") << "该5家公司总融资额约180亿元人民币"
                                   << "approximately" << 18e9 << "约180亿";
    QTest::newRow("超过 before") << "商汤投资超过20家大模型和AIGC相关公司"
                                 << "more_than" << 20.0 << "超过20";
    QTest::newRow("上下 after the unit") << "估值已经攀升至200亿人民币上下"
                                         << "approximately" << 20e9 << "200亿人民币上下";
    QTest::newRow("左右 after the unit") << "而目前为止产生的收入却只有30亿美元左右"
                                         << "approximately" << 3e9 << "30亿美元左右";
    QTest::newRow("以上 after B") << "大多企业无法负担50B以上大模型的本地化部署"
                                  << "at_least" << 50e9 << "50B以上";
    QTest::newRow("超过 with 了") << "花费就已经超过了500亿美元"
                                  << "more_than" << 50e9 << "超过了500亿";
    QTest::newRow("超过 before a unit") << "算力规模超过300EFLOPS"
                                        << "more_than" << 300.0 << "超过300";
    QTest::newRow("N+") << "整理160+细分技术领域"
                        << "plus" << 160.0 << "160+";
    QTest::newRow("上百") << "深度调研了上百家企业"
                          << "at_least" << 100.0 << "上百";
    QTest::newRow("余") << "40余位来自央企"
                        << "more_than" << 40.0 << "40余";
    QTest::newRow("至少 with 有") << "2023年中国至少有70位科技领导者"
                                  << "at_least" << 70.0 << "至少有70";
    QTest::newRow("thousands comma and 万, 以上 after 元") << "国内获5,000万元以上投资"
                                                           << "at_least" << 5e7 << "5,000万元以上";
    QTest::newRow("不超过 is at most, not more than") << "不超过30家"
                                                      << "at_most" << 30.0 << "不超过30";
    QTest::newRow("最高") << "最高50%"
                          << "up_to" << 50.0 << "最高50";
}

void TestQualifierWords::found()
{
    QFETCH(QString, text);
    QFETCH(QString, qualifier);
    QFETCH(double, number);
    QFETCH(QString, words);
    const QList<StatedQualifier> list = statedQualifiers(text);
    QCOMPARE(list.size(), 1);
    QCOMPARE(qualifierCode(list.first().qualifier), qualifier);
    QCOMPARE(list.first().number, number);
    QCOMPARE(list.first().words, words);
}

void TestQualifierWords::plainNumbersAreNotQualified_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("a plain count") << "据统计，人工智能领域过亿融资事件达到了52件。";
    QTest::newRow("a plain share") << "智能算力占比达到35%";
    QTest::newRow("大多 is not a number's 多") << "大多企业无法负担";
    QTest::newRow("最近 is not 近") << "最近3年";
    QTest::newRow("times") << "在运行速度上比原始Python快上3.5万倍";
    QTest::newRow("a sum is not N+") << "(−8.71 + 5.72 + 5.47 = +2.48)";
    QTest::newRow("nor a sum without spaces") << "5.72+5.47";
}

void TestQualifierWords::plainNumbersAreNotQualified()
{
    QFETCH(QString, text);
    QCOMPARE(statedQualifiers(text).size(), 0);
}

QTEST_GUILESS_MAIN(TestQualifierWords)
#include "tst_qualifierwords.moc"
