#include "database.h"
#include "queries.h"
#include "roles.h"
#include "surveymodel.h"
#include "testutil.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace TrendScope;

static const char *const Fixture = R"(
DELETE FROM survey_stat;
INSERT INTO survey_stat (id, survey, question, answer, percent, respondents, rank, source_id, section, quote, note) VALUES
 (1, '测试调研', '编码助手使用率', 'Codex', 23.2, 1217, 3, 1, '编码助手', 'Codex 23.2%', NULL),
 (2, '测试调研', '编码助手使用率', 'GitHub Copilot', 64.5, 1217, 1, 1, '编码助手', '占比64.5%', 'Multiple answers'),
 (3, '测试调研', '大模型认知度', 'GPT系列', 52.2, 1217, 1, 1, '认知度', NULL, NULL),
 (4, '测试调研', '编码助手使用率', '其他', NULL, NULL, NULL, 1, '编码助手', NULL, NULL)
)";

class TestSurveyModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void modelPassesTester();
    void queryOrdersByQuestionThenPercent();
    void roles();

private:
    SurveyStatRows m_rows;
};

void TestSurveyModel::initTestCase()
{
    DatabaseError error;
    auto db = Database::createInMemory(&error);
    QVERIFY2(db, qPrintable(error.message()));
    TestUtil::execSql(*db, QString::fromUtf8(Fixture));
    QString queryError;
    m_rows = Queries(*db).surveyStats(&queryError);
    QVERIFY2(queryError.isEmpty(), qPrintable(queryError));
}

void TestSurveyModel::modelPassesTester()
{
    SurveyModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRows(m_rows);
    model.setRows(m_rows.mid(1));
    model.setRows({});
}

void TestSurveyModel::queryOrdersByQuestionThenPercent()
{
    QStringList answers;
    for (const SurveyStatRow &row : std::as_const(m_rows))
        answers.append(row.answer);
    QCOMPARE(answers, (QStringList {"GPT系列", "GitHub Copilot", "Codex", "其他"}));
}

void TestSurveyModel::roles()
{
    SurveyModel model;
    model.setRows(m_rows);
    const QModelIndex copilot = model.index(1, 0);
    QCOMPARE(copilot.data(GroupRole).toString(), QStringLiteral("编码助手使用率"));
    QCOMPARE(copilot.data(LabelRole).toString(), QStringLiteral("GitHub Copilot"));
    QCOMPARE(copilot.data(ValueRole).toDouble(), 64.5);
    QCOMPARE(copilot.data(ContextRole).toString(),
        QStringLiteral("测试调研, N = ") + QLocale().toString(1217));
    QCOMPARE(model.index(1, SurveyModel::PercentColumn).data().toString(), QStringLiteral("64.5%"));
    QCOMPARE(
        model.index(3, SurveyModel::PercentColumn).data().toString(), QStringLiteral("not stated"));
    QCOMPARE(
        model.index(3, SurveyModel::RankColumn).data().toString(), QStringLiteral("not stated"));
    QVERIFY(!model.index(3, 0).data(ValueRole).isValid());
    const QString tip = copilot.data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QStringLiteral("Multiple answers")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("占比64.5%")), qPrintable(tip));
}

QTEST_MAIN(TestSurveyModel)
#include "tst_surveymodel.moc"
