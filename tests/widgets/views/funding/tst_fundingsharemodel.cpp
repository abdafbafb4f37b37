#include "database.h"
#include "fundingsharemodel.h"
#include "fundingshares.h"
#include "queries.h"
#include "roles.h"

#include <QAbstractItemModelTester>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace TrendScope;

namespace {

FundingTotalRow total(qint64 id, const QString &domain, const QString &parent,
    std::optional<double> amount, std::optional<double> share)
{
    FundingTotalRow r;
    r.id = id;
    r.periodStart = QStringLiteral("2023-01");
    r.periodEnd = QStringLiteral("2023-11");
    r.domain = domain;
    r.parentDomain = parent;
    r.amountYuan = amount;
    r.sharePercent = share;
    r.shareOf = parent.isEmpty() ? QString() : parent + QStringLiteral("融资额");
    r.provenance.source = QStringLiteral("报告");
    r.provenance.section = QStringLiteral("投融资");
    r.provenance.status = QStringLiteral("stated");
    return r;
}

FundingCompanyRow company(qint64 orgId, const QString &name, const QString &direction,
    const QString &round, std::optional<double> amount, const QString &nameEn = {})
{
    FundingCompanyRow r;
    r.id = orgId + 100;
    r.organizationId = orgId;
    r.organization = name;
    r.organizationEn = nameEn;
    r.period = QStringLiteral("2023");
    r.direction = direction;
    r.round = round;
    r.amountYuan = amount;
    r.provenance.source = QStringLiteral("报告");
    r.provenance.section = QStringLiteral("投融资 · TOP公司");
    r.provenance.status = QStringLiteral("stated");
    return r;
}

QList<FundingShare> chart(const FundingShares &shares, const QString &keyPrefix)
{
    QList<FundingShare> out;
    for (const FundingShare &s : shares)
        if (s.chartKey.startsWith(keyPrefix))
            out.append(s);
    return out;
}

} // namespace

class TestFundingShareModel : public QObject
{
    Q_OBJECT

private slots:
    void remainderWhenSharesSumBelowHundred();
    void noRemainderWhenSharesAreComplete();
    void breakdownsOrderedFromTheTop();
    void companiesGroupedAndDerived();
    void companyWithoutAmountIsNotDrawn();
    void queriesReadFundingTables();
    void modelPassesTesterAndAnswersRoles();
};

void TestFundingShareModel::remainderWhenSharesSumBelowHundred()
{
    // Shares 50 + 30 = 80 of a stated 100亿 total.
    const FundingShares shares
        = buildFundingShares({total(1, QStringLiteral("全部"), {}, 1e10, {}),
                                 total(2, QStringLiteral("甲"), QStringLiteral("全部"), {}, 50),
                                 total(3, QStringLiteral("乙"), QStringLiteral("全部"), {}, 30)},
            {});
    QCOMPARE(shares.size(), 3);
    const FundingShare &rest = shares.last();
    QVERIFY(rest.remainder);
    QVERIFY(rest.isDerived());
    QVERIFY(rest.label.contains(QStringLiteral("remainder")));
    QVERIFY(rest.label.contains(QStringLiteral("derived")));
    QVERIFY(!rest.entity.isValid());
    QCOMPARE(*rest.percent, 20.0);
    QCOMPARE(*rest.amountYuan, 2e9);
    QVERIFY(rest.provenance.formula.contains(QStringLiteral("50 + 30")));
    // Stated shares keep their stated status; their amounts are derived from the total.
    const FundingShare &a = shares.first();
    QCOMPARE(a.label, QStringLiteral("甲"));
    QCOMPARE(a.provenance.status, QStringLiteral("stated"));
    QCOMPARE(a.entity, (EntityRef {EntityKind::FundingTotal, 2}));
    QCOMPARE(a.domain, QStringLiteral("甲"));
    QCOMPARE(*a.amountYuan, 5e9);
    QVERIFY(!a.amountFormula.isEmpty());
}

void TestFundingShareModel::noRemainderWhenSharesAreComplete()
{
    const FundingShares shares
        = buildFundingShares({total(1, QStringLiteral("全部"), {}, {}, {}),
                                 total(2, QStringLiteral("甲"), QStringLiteral("全部"), {}, 60),
                                 total(3, QStringLiteral("乙"), QStringLiteral("全部"), {}, 40)},
            {});
    QCOMPARE(shares.size(), 2);
    for (const FundingShare &s : shares) {
        QVERIFY(!s.remainder);
        QVERIFY(!s.amountYuan); // no total stated: no amount invented
    }
}

void TestFundingShareModel::breakdownsOrderedFromTheTop()
{
    // The sub-breakdown's row comes first (as a query sorted by share might return it).
    const FundingShares shares = buildFundingShares(
        {total(1, QStringLiteral("全部"), {}, 4e10, {}),
            total(4, QStringLiteral("子领域"), QStringLiteral("人工智能"), {}, 59.45),
            total(2, QStringLiteral("人工智能"), QStringLiteral("全部"), {}, 43.67)},
        {});
    QCOMPARE(shares.size(), 4);
    QVERIFY(shares.at(0).chartKey.endsWith(QStringLiteral("|全部")));
    QVERIFY(shares.at(2).chartKey.endsWith(QStringLiteral("|人工智能")));
    // The sub-domain's amount is derived through its parent's derived amount.
    QVERIFY(qAbs(*shares.at(2).amountYuan - 4e10 * 0.4367 * 0.5945) < 1);
    QVERIFY(qAbs(*shares.at(3).percent - 40.55) < 1e-9);
}

void TestFundingShareModel::companiesGroupedAndDerived()
{
    const FundingShares shares = buildFundingShares({},
        {company(
             11, QStringLiteral("甲公司"), QStringLiteral("大模型"), QStringLiteral("A轮"), 3e9),
            company(
                12, QStringLiteral("乙公司"), QStringLiteral("芯片"), QStringLiteral("A轮"), 1e9),
            company(13, QStringLiteral("丙公司"), QStringLiteral("大模型"), QStringLiteral("B轮"),
                1e9)});
    const QList<FundingShare> byDirection = chart(shares, QStringLiteral("companies|direction"));
    const QList<FundingShare> byRound = chart(shares, QStringLiteral("companies|round"));
    QCOMPARE(byDirection.size(), 2 + 3);
    QCOMPARE(byRound.size(), 2 + 3);
    // Group total first, then its companies, largest group first.
    QCOMPARE(byDirection.at(0).ring, FundingShare::Ring::Inner);
    QCOMPARE(byDirection.at(0).label, QStringLiteral("大模型"));
    QCOMPARE(*byDirection.at(0).percent, 80.0);
    QCOMPARE(*byDirection.at(0).amountYuan, 4e9);
    QVERIFY(byDirection.at(0).provenance.formula.contains(QStringLiteral("sum of amount_yuan")));
    QCOMPARE(byDirection.at(1).label, QStringLiteral("甲公司"));
    QCOMPARE(byDirection.at(1).entity, (EntityRef {EntityKind::FundingCompany, 111}));
    QCOMPARE(byDirection.at(1).organizationId, 11);
    QCOMPARE(*byDirection.at(1).percent, 60.0);
    QCOMPARE(byDirection.at(3).label, QStringLiteral("芯片"));
    for (const FundingShare &s : shares) {
        QVERIFY2(s.isDerived(), qPrintable(s.label));
        QVERIFY(!s.provenance.formula.isEmpty());
        QVERIFY(!s.remainder);
    }
    QCOMPARE(byRound.at(0).label, QStringLiteral("A轮"));
    QCOMPARE(*byRound.at(0).percent, 80.0);
}

void TestFundingShareModel::companyWithoutAmountIsNotDrawn()
{
    const FundingShares shares = buildFundingShares({},
        {company(11, QStringLiteral("甲公司"), QStringLiteral("大模型"), {}, 3e9),
            company(12, QStringLiteral("乙公司"), QStringLiteral("大模型"), {}, {})});
    const QList<FundingShare> byDirection = chart(shares, QStringLiteral("companies|direction"));
    QCOMPARE(byDirection.size(), 3);
    QCOMPARE(*byDirection.at(1).percent, 100.0);
    QVERIFY(!byDirection.at(2).percent); // listed, not drawn as a zero
    const QList<FundingShare> byRound = chart(shares, QStringLiteral("companies|round"));
    QCOMPARE(byRound.at(0).label, QStringLiteral("not stated"));
}

void TestFundingShareModel::queriesReadFundingTables()
{
    DatabaseError error;
    auto db = Database::createInMemory(&error);
    QVERIFY2(db, qPrintable(error.message()));
    QSqlQuery q(db->connection());
    QVERIFY(q.exec(QStringLiteral("DELETE FROM funding_total")));
    QVERIFY(q.exec(QStringLiteral("DELETE FROM funding_company")));
    QVERIFY2(q.exec(QStringLiteral("INSERT INTO funding_total (id, period_start, period_end, "
                                   "domain, parent_domain, amount_yuan, events,"
                                   " share_percent, share_of, source_id, section, quote) VALUES"
                                   " (71, '2023-01', '2023-11', '全部', NULL, 1e10, 400, NULL, "
                                   "NULL, 1, '投融资', '共融资100亿'),"
                                   " (72, '2023-01', '2023-11', '甲', '全部', NULL, NULL, 50, "
                                   "'全部融资额', 1, '投融资', NULL),"
                                   " (73, '2023-01', '2023-11', '乙', '全部', NULL, NULL, 30, "
                                   "'全部融资额', 1, '投融资', NULL)")),
        qPrintable(q.lastError().text()));
    QVERIFY(
        q.exec(QStringLiteral("INSERT INTO organization (id, name) VALUES (9001, '测试公司')")));
    QVERIFY2(
        q.exec(QStringLiteral(
            "INSERT INTO funding_company (organization_id, period, list_rank, direction, round,"
            " amount_yuan, amount_text, source_id, section)"
            " VALUES (9001, '2023', 1, '大模型', 'A轮', 2.5e9, '25亿人民币', 1, '投融资 · "
            "TOP10')")),
        qPrintable(q.lastError().text()));
    const Queries queries(*db);
    QString e;
    const FundingTotalRows totals = queries.fundingTotals(&e);
    QVERIFY2(e.isEmpty(), qPrintable(e));
    QCOMPARE(totals.size(), 3);
    QCOMPARE(totals.first().domain, QStringLiteral("全部"));
    QCOMPARE(*totals.first().events, 400);
    QVERIFY(!totals.first().sharePercent);
    QCOMPARE(totals.first().provenance.quote, QStringLiteral("共融资100亿"));
    const FundingCompanyRows companies = queries.fundingCompanies(&e);
    QVERIFY2(e.isEmpty(), qPrintable(e));
    QCOMPARE(companies.size(), 1);
    QCOMPARE(companies.first().organization, QStringLiteral("测试公司"));
    QCOMPARE(companies.first().organizationId, 9001);
    QCOMPARE(*companies.first().amountYuan, 2.5e9);

    const FundingShares shares = buildFundingShares(totals, companies);
    const QList<FundingShare> domains = chart(shares, QStringLiteral("domain"));
    QCOMPARE(domains.size(), 3);
    QVERIFY(domains.last().remainder);
    QCOMPARE(*domains.last().percent, 20.0);
}

void TestFundingShareModel::modelPassesTesterAndAnswersRoles()
{
    FundingShareModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const FundingShares shares
        = buildFundingShares({total(1, QStringLiteral("全部"), {}, 1e10, {}),
                                 total(2, QStringLiteral("甲"), QStringLiteral("全部"), {}, 50),
                                 total(3, QStringLiteral("乙"), QStringLiteral("全部"), {}, 30)},
            {company(11, QStringLiteral("甲公司"), QStringLiteral("大模型"), QStringLiteral("A轮"),
                3e9, QStringLiteral("Jia Corp"))});
    model.setRows(shares);
    QCOMPARE(model.rowCount(), 3 + 2 * 2);

    const QModelIndex a = model.index(0, 0);
    QCOMPARE(a.data().toString(), QStringLiteral("甲"));
    QCOMPARE(a.data(DomainRole).toString(), QStringLiteral("甲"));
    QCOMPARE(a.data(EntityRole).value<EntityRef>(), (EntityRef {EntityKind::FundingTotal, 2}));
    QCOMPARE(a.data(ValueRole).toDouble(), 50.0);
    QCOMPARE(a.data(DerivedRole).toBool(), false);
    QCOMPARE(model.index(0, FundingShareModel::AmountColumn).data().toString(),
        QStringLiteral("≈5 bn yuan"));
    QVERIFY(a.data(Qt::ToolTipRole).toString().contains(QStringLiteral("投融资")));

    const QModelIndex rest = model.index(2, 0);
    QVERIFY(rest.data().toString().contains(QStringLiteral("remainder")));
    QCOMPARE(rest.data(DerivedRole).toBool(), true);
    QCOMPARE(model.index(2, FundingShareModel::StatusColumn).data().toString(),
        QStringLiteral("derived"));
    QCOMPARE(
        model.index(2, FundingShareModel::ShareColumn).data().toString(), QStringLiteral("20%"));

    const QModelIndex group = model.index(3, 0);
    QCOMPARE(group.data(InnerRingRole).toBool(), true);
    QVERIFY(group.data().toString().contains(QStringLiteral("group total")));
    const QModelIndex firm = model.index(4, 0);
    QCOMPARE(firm.data(OrganizationNameRole).toString(), QStringLiteral("甲公司"));
    // Searchable by either of its names.
    const QStringList searchText = firm.data(SearchTextRole).toString().split(QLatin1Char('\n'));
    QVERIFY(searchText.contains(QStringLiteral("甲公司")));
    QVERIFY2(searchText.contains(QStringLiteral("Jia Corp")), qPrintable(searchText.join('|')));
    QCOMPARE(firm.data(OrganizationEntityRole).value<EntityRef>(),
        (EntityRef {EntityKind::Organization, 11}));
    QCOMPARE(model.index(4, FundingShareModel::AmountColumn).data().toString(),
        QStringLiteral("3 bn yuan"));
    QVERIFY(firm.data(Qt::ToolTipRole).toString().contains(QStringLiteral("derived")));

    model.setRows({});
    QCOMPARE(model.rowCount(), 0);
}

QTEST_MAIN(TestFundingShareModel)
#include "tst_fundingsharemodel.moc"
