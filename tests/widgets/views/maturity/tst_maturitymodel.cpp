#include "database.h"
#include "maturitymodel.h"
#include "queries.h"
#include "roles.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace TrendScope;

class TestMaturityModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void queriesReturnStagesAndPositions();
    void modelPassesTester();
    void rolesDescribeTheRow();
    void curveYearsAreSortedAndDistinct();
    void englishNamesFirst();
    void datasetsEnglishNameIsMarked();

private:
    void exec(const QString &sql);

    std::unique_ptr<Database> m_db;
};

void TestMaturityModel::exec(const QString &sql)
{
    QSqlQuery q(m_db->connection());
    QVERIFY2(q.exec(sql), qPrintable(q.lastError().text() + QLatin1Char('\n') + sql));
}

void TestMaturityModel::init()
{
    DatabaseError error;
    m_db = Database::createInMemory(&error);
    QVERIFY2(m_db, qPrintable(error.message()));
    // The embedded dataset may have its own curve; the tests use only their own rows.
    exec(QStringLiteral("DELETE FROM maturity_position"));
    exec(QStringLiteral("DELETE FROM maturity_stage"));
    exec(
        QStringLiteral("INSERT INTO maturity_stage (name, name_en, ordinal) VALUES"
                       " ('阶段三', 'Third', 3), ('阶段一', 'First', 1), ('阶段二', 'Second', 2)"));
    exec(QStringLiteral("INSERT INTO technology (id, name, name_en, domain) VALUES"
                        " (901, '技术X', 'Tech X', '人工智能'), (902, '技术Y', NULL, NULL)"));
    exec(QStringLiteral("INSERT INTO maturity_position (technology_id, curve_year, stage, is_new, "
                        "source_id, section, quote)"
                        " VALUES (901, 2022, '阶段一', 0, 1, '曲线 · 2022', 'X 处于阶段一'),"
                        "        (901, 2023, '阶段二', 0, 1, '曲线 · 2023', 'X 进入阶段二'),"
                        "        (902, 2023, '阶段二', 1, 1, '曲线 · 2023', NULL)"));
}

void TestMaturityModel::queriesReturnStagesAndPositions()
{
    const Queries queries(*m_db);
    QString error;
    const MaturityStages stages = queries.maturityStages(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(stages.size(), 3);
    QCOMPARE(stages.at(0).name, QStringLiteral("阶段一"));
    QCOMPARE(
        stages.at(2).nameEn, QStringLiteral("Third")); // a stage without technology is still listed

    const MaturityPositions rows = queries.maturityPositions(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(0).technology, QStringLiteral("技术X"));
    QCOMPARE(rows.at(0).curveYear, 2022);
    QCOMPARE(rows.at(0).stageOrdinal, 1);
    QCOMPARE(rows.at(0).provenance.quote, QStringLiteral("X 处于阶段一"));
    QCOMPARE(rows.at(0).provenance.status, QStringLiteral("stated"));
    QVERIFY(rows.at(2).isNew);
    QVERIFY(rows.at(2).domain.isEmpty());
}

void TestMaturityModel::modelPassesTester()
{
    MaturityModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const Queries queries(*m_db);
    model.setRows(queries.maturityStages(), queries.maturityPositions());
    QCOMPARE(model.rowCount(), 3);
    model.setRows({}, {});
    QCOMPARE(model.rowCount(), 0);
    model.setRows(queries.maturityStages(), queries.maturityPositions());
    QCOMPARE(model.stages().size(), 3);
}

void TestMaturityModel::rolesDescribeTheRow()
{
    MaturityModel model;
    const Queries queries(*m_db);
    model.setRows(queries.maturityStages(), queries.maturityPositions());
    const QModelIndex x2023 = model.index(1, 0);
    QCOMPARE(x2023.data().toString(), QStringLiteral("技术X"));
    QCOMPARE(x2023.data(EntityRole).value<EntityRef>(), (EntityRef {EntityKind::Technology, 901}));
    QCOMPARE(x2023.data(CurveYearRole).toInt(), 2023);
    QCOMPARE(x2023.data(DateRole).toString(), QStringLiteral("2023"));
    QCOMPARE(x2023.data(StageOrdinalRole).toInt(), 2);
    QCOMPARE(x2023.data(DomainRole).toString(), QStringLiteral("人工智能"));
    QVERIFY(x2023.data(Qt::ToolTipRole).toString().contains(QStringLiteral("X 进入阶段二")));
    QVERIFY(x2023.data(ProvenanceRole).toString().contains(QStringLiteral("曲线 · 2023")));

    const QModelIndex y = model.index(2, MaturityModel::DomainColumn);
    QCOMPARE(y.data().toString(), QStringLiteral("not stated"));
    QCOMPARE(model.index(2, MaturityModel::NewColumn).data().toString(), QStringLiteral("new"));
    QCOMPARE(model.index(2, 0).data(IsNewRole).toBool(), true);
    // Stages sort by their place on the curve, not by name.
    QCOMPARE(model.index(0, MaturityModel::StageColumn).data(SortRole).toInt(), 1);
}

void TestMaturityModel::curveYearsAreSortedAndDistinct()
{
    MaturityModel model;
    const Queries queries(*m_db);
    model.setRows(queries.maturityStages(), queries.maturityPositions());
    QCOMPARE(model.curveYears(), (QList<int> {2022, 2023}));
}

// Issue 17: with the English names first, a row that has one shows it (cell and chart label)
// and keeps the report's in its tooltip; a row without one shows the report's as before.
void TestMaturityModel::englishNamesFirst()
{
    MaturityModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const Queries queries(*m_db);
    model.setRows(queries.maturityStages(), queries.maturityPositions());
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    model.setNameOrder(NameOrder::EnglishFirst);
    QCOMPARE(resets.size(), 1);
    model.setNameOrder(NameOrder::EnglishFirst);
    QCOMPARE(resets.size(), 1); // no change, no reset

    const QModelIndex x = model.index(1, MaturityModel::TechnologyColumn);
    QCOMPARE(x.data().toString(), QStringLiteral("Tech X"));
    QCOMPARE(x.data(LabelRole).toString(), QStringLiteral("Tech X"));
    QCOMPARE(
        model.index(1, MaturityModel::StageColumn).data().toString(), QStringLiteral("Second"));
    QVERIFY(x.data(Qt::ToolTipRole).toString().startsWith(QStringLiteral("Tech X (技术X)")));
    const QModelIndex y = model.index(2, MaturityModel::TechnologyColumn);
    QCOMPARE(y.data().toString(), QStringLiteral("技术Y"));
    QCOMPARE(y.data(LabelRole).toString(), QStringLiteral("技术Y"));

    model.setNameOrder(NameOrder::ReportFirst);
    QCOMPARE(x.data().toString(), QStringLiteral("技术X"));
    QCOMPARE(
        model.index(1, MaturityModel::StageColumn).data().toString(), QStringLiteral("阶段二"));
    QVERIFY(x.data(Qt::ToolTipRole).toString().startsWith(QStringLiteral("技术X (Tech X)")));
}

// An English name the reports never write (schema 6's inferred) is shown as the dataset's
// own in the tooltip, in either order.
void TestMaturityModel::datasetsEnglishNameIsMarked()
{
    exec(QStringLiteral("UPDATE technology SET inferred = 'name_en: the dataset''s own English "
                        "name, not the report''s' WHERE id = 901"));
    MaturityModel model;
    const Queries queries(*m_db);
    model.setRows(queries.maturityStages(), queries.maturityPositions());
    QVERIFY(model.rows().at(0).technologyEnIsDatasets);
    QVERIFY(!model.rows().at(0).stageEnIsDatasets);
    const QModelIndex x = model.index(0, 0);
    QVERIFY2(x.data(Qt::ToolTipRole)
                 .toString()
                 .startsWith(QStringLiteral("技术X (Tech X, the dataset's English name)")),
        qPrintable(x.data(Qt::ToolTipRole).toString()));
    model.setNameOrder(NameOrder::EnglishFirst);
    QCOMPARE(x.data().toString(), QStringLiteral("Tech X"));
    QVERIFY2(x.data(Qt::ToolTipRole)
                 .toString()
                 .startsWith(QStringLiteral(
                     "Tech X (the dataset's English name; the report writes 技术X)")),
        qPrintable(x.data(Qt::ToolTipRole).toString()));
}

QTEST_MAIN(TestMaturityModel)
#include "tst_maturitymodel.moc"
