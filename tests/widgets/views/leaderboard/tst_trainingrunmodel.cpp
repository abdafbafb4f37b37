#include "database.h"
#include "explorerfilterproxy.h"
#include "markingtranslator.h"
#include "queries.h"
#include "roles.h"
#include "testutil.h"
#include "trainingrunmodel.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QTest>

using namespace TrendScope;

static const char *const Fixture = R"(
DELETE FROM training_run;
INSERT INTO organization (id, name, name_en) VALUES (9201, '测试实验室', 'Test Lab');
INSERT INTO model (id, name, name_en, organization_id, source_id, section, inferred) VALUES
 (9201, 'Test-175B', 'Test Model 175B', 9201, 1, '模型',
  'name_en: the dataset''s own English name, not the report''s'),
 (9202, 'Test-Tokens-Only', NULL, NULL, 1, '模型', NULL);
INSERT INTO training_run (id, model_id, parameters, tokens, days, gpus, gpu_type, source_id, section, quote) VALUES
 (1, 9201, 175000000000.0, 300000000000.0, 14.8, 10000, 'V100', 1, '训练过程推测', 'Test-175B 1750亿 3000亿'),
 (2, 9202, NULL, 1400000000000.0, NULL, NULL, NULL, 1, '训练过程推测', NULL)
)";

class TestTrainingRunModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void modelAndProxyPassTester();
    void derivedCompute();
    void modelNamesFollowTheNamesSetting();
    void notStated();
    void formats_data();
    void formats();
    void computeUnitIsTranslated();
    void sortsNumerically();

private:
    TrainingRunRows m_rows;
};

void TestTrainingRunModel::initTestCase()
{
    DatabaseError error;
    auto db = Database::createInMemory(&error);
    QVERIFY2(db, qPrintable(error.message()));
    TestUtil::execSql(*db, QString::fromUtf8(Fixture));
    QString queryError;
    m_rows = Queries(*db).trainingRuns(&queryError);
    QVERIFY2(queryError.isEmpty(), qPrintable(queryError));
    QCOMPARE(m_rows.size(), 2);
    QCOMPARE(m_rows.at(0).organization, QStringLiteral("测试实验室"));
    QCOMPARE(*m_rows.at(0).gpus, 10000);
}

void TestTrainingRunModel::modelAndProxyPassTester()
{
    TrainingRunModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRows(m_rows);
    ExplorerFilterProxy proxy;
    QAbstractItemModelTester proxyTester(
        &proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    proxy.sort(TrainingRunModel::ComputeColumn, Qt::DescendingOrder);
    Filter filter;
    filter.organization = QStringLiteral("测试实验室");
    proxy.setFilter(filter);
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setFilter(Filter {});
    model.setRows({});
}

void TestTrainingRunModel::derivedCompute()
{
    TrainingRunModel model;
    model.setRows(m_rows);
    const QModelIndex compute = model.index(0, TrainingRunModel::ComputeColumn);
    // 6 × 1.75e11 × 3e11 = 3.15e23
    QCOMPARE(*m_rows.at(0).computeFlops(), 3.15e23);
    QCOMPARE(compute.data().toString(), QStringLiteral("3.2×10²³ FLOPs"));
    QCOMPARE(compute.data(SortRole).toDouble(), 3.15e23);
    QVERIFY(compute.data(Qt::FontRole).value<QFont>().italic());
    const QString tip = compute.data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QStringLiteral("Derived")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("6 × parameters × tokens")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("6 × 1.8×10¹¹ × 3.0×10¹¹")), qPrintable(tip));
    QVERIFY(model.headerData(TrainingRunModel::ComputeColumn, Qt::Horizontal)
                .toString()
                .contains(QStringLiteral("derived")));
    QVERIFY(!model.index(0, TrainingRunModel::ParametersColumn).data(Qt::FontRole).isValid());
}

// The model's English name (the dataset's own here) comes first when the Names setting says
// so, in the cell, the chart label and the tooltip; search finds either name.
void TestTrainingRunModel::modelNamesFollowTheNamesSetting()
{
    QCOMPARE(m_rows.at(0).modelEn, QStringLiteral("Test Model 175B"));
    QVERIFY(m_rows.at(0).modelEnIsDatasets);
    TrainingRunModel model;
    model.setRows(m_rows);
    const QModelIndex cell = model.index(0, TrainingRunModel::ModelColumn);
    QCOMPARE(cell.data().toString(), QStringLiteral("Test-175B"));
    QCOMPARE(cell.data(LabelRole).toString(), QStringLiteral("Test-175B"));
    model.setNameOrder(NameOrder::EnglishFirst);
    QCOMPARE(cell.data().toString(), QStringLiteral("Test Model 175B"));
    QCOMPARE(cell.data(LabelRole).toString(), QStringLiteral("Test Model 175B"));
    const QString tip = cell.data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.startsWith(QStringLiteral(
                 "Test Model 175B (the dataset's English name; the report writes Test-175B)")),
        qPrintable(tip));
    // A model without an English name shows its report name either way.
    QCOMPARE(model.index(1, TrainingRunModel::ModelColumn).data().toString(),
        QStringLiteral("Test-Tokens-Only"));

    ExplorerFilterProxy proxy;
    proxy.setSourceModel(&model);
    Filter filter;
    filter.search = QStringLiteral("test model");
    proxy.setFilter(filter);
    QCOMPARE(proxy.rowCount(), 1);
}

void TestTrainingRunModel::notStated()
{
    TrainingRunModel model;
    model.setRows(m_rows);
    for (const int column :
        {int(TrainingRunModel::OrganizationColumn), int(TrainingRunModel::ParametersColumn),
            int(TrainingRunModel::DaysColumn), int(TrainingRunModel::GpusColumn),
            int(TrainingRunModel::GpuTypeColumn), int(TrainingRunModel::ComputeColumn)})
        QCOMPARE(model.index(1, column).data().toString(), QStringLiteral("not stated"));
    QCOMPARE(
        model.index(1, TrainingRunModel::TokensColumn).data().toString(), QStringLiteral("1.4 T"));
    QVERIFY(!model.index(1, 0).data(ValueRole).isValid());
    QVERIFY(model.index(1, TrainingRunModel::ComputeColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("needs both parameters and tokens")));
}

void TestTrainingRunModel::formats_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("flops");
    QTest::newRow("billions") << 175e9 << "1.8×10¹¹ FLOPs";
    QTest::newRow("trillions") << 1.4e12 << "1.4×10¹² FLOPs";
    QTest::newRow("millions") << 340e6 << "3.4×10⁸ FLOPs";
    QTest::newRow("rounds up a decade") << 9.96e22 << "1.0×10²³ FLOPs";
}

void TestTrainingRunModel::formats()
{
    QFETCH(double, value);
    QFETCH(QString, flops);
    QCOMPARE(TrainingRunModel::flopsText(value), flops);
}

void TestTrainingRunModel::computeUnitIsTranslated()
{
    MarkingTranslator marking("TrendScope::TrainingRunModel");
    QCoreApplication::installTranslator(&marking);
    const QString text = TrainingRunModel::flopsText(3.15e23);
    QCoreApplication::removeTranslator(&marking);
    QCOMPARE(text, QStringLiteral("[3.2×10²³ FLOPs]"));
}

void TestTrainingRunModel::sortsNumerically()
{
    TrainingRunModel model;
    model.setRows(m_rows);
    ExplorerFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.sort(TrainingRunModel::TokensColumn, Qt::DescendingOrder);
    // 1.4 T sorts above 300 B although "3" > "1" as text.
    QCOMPARE(proxy.index(0, TrainingRunModel::ModelColumn).data().toString(),
        QStringLiteral("Test-Tokens-Only"));
}

QTEST_MAIN(TestTrainingRunModel)
#include "tst_trainingrunmodel.moc"
