// Every registered view, exported at every size from a 480×270 thumbnail to 3840×2160 and in
// every state a working session reaches (no rows, one row, the shipped data, a crowd of
// 500 events), draws no text on other text, none off the canvas or cut by its clip, and none
// under 8 pt at 1×; nor does any page of the PDF report. Each in English and in Chinese
// (zh_CN: other titles, axis labels, legends and notes), and with the English names first
// (View > Names: other stage, technology and organization labels). The views come from the
// registry, so a new view is checked too.

#include "chartexporter.h"
#include "chartframe.h"
#include "chartview.h"
#include "database.h"
#include "explorerstate.h"
#include "language.h"
#include "modelchart.h"
#include "reportwriter.h"
#include "testutil.h"
#include "textlayout.h"
#include "viewregistry.h"
#include "workspace.h"

#include <QTest>

using namespace TrendScope;

namespace {

const QList<QSize> Sizes
    = {{480, 270}, {640, 360}, {800, 450}, {1024, 576}, {1280, 800}, {1920, 1080}, {3840, 2160}};

// Every fact table down to its first row.
const char *const OneRow = R"(
DELETE FROM event WHERE id <> (SELECT min(id) FROM event);
DELETE FROM policy WHERE id <> (SELECT min(id) FROM policy);
DELETE FROM price_cut WHERE id <> (SELECT min(id) FROM price_cut);
DELETE FROM leaderboard_entry WHERE id <> (SELECT min(id) FROM leaderboard_entry);
DELETE FROM maturity_position WHERE id <> (SELECT min(id) FROM maturity_position);
DELETE FROM funding_company WHERE id <> (SELECT min(id) FROM funding_company);
DELETE FROM funding_total WHERE id <> (SELECT min(id) FROM funding_total);
DELETE FROM training_run WHERE id <> (SELECT min(id) FROM training_run);
DELETE FROM survey_stat WHERE id <> (SELECT min(id) FROM survey_stat)
)";

// 500 events with long titles, about ten a week through 2023, in three lanes.
const char *const Crowded = R"(
INSERT INTO event (id, date, title, category, source_id, section)
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 500)
SELECT 900000 + i, date('2023-01-01', '+' || ((i * 7) % 365) || ' days'),
       '合成事件 ' || i || '：一家厂商发布了新的大模型产品', 
       CASE i % 3 WHEN 0 THEN 'device_ai' WHEN 1 THEN 'hot_news' ELSE 'investment' END,
       1, '测试'
FROM n
)";

// Every row of a data table in both interface languages: the row's name, and again with
// ", zh_CN" and the language column set.
const QStringList Languages = {QLatin1String(Language::English), QLatin1String(Language::Chinese)};

QString rowName(const QString &name, const QString &language)
{
    return language == QLatin1String(Language::English) ? name
                                                        : name + QStringLiteral(", ") + language;
}

// What a compared chart's subtitle starts with in the interface language: "Compared: A vs"
// (or "Compared:" without `a`).
QString comparedSays(const QString &a = {})
{
    const QString text = ModelChart::tr("Compared: %1 vs %2");
    if (a.isEmpty())
        return text.section(QLatin1String("%1"), 0, 0).trimmed();
    return text.section(QLatin1String("%2"), 0, 0).arg(a).trimmed();
}

} // namespace

class TestViewLegibility : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();
    void everySizeEveryState_data();
    void everySizeEveryState();
    void reportPages_data();
    void reportPages();
    void everySizeCompared_data();
    void everySizeCompared();
    // Comparing editions (issue 15): the views that draw A against B.
    void compareOnEverySize_data();
    void compareOnEverySize();
    void leaderboardCompareEverySize_data();
    void leaderboardCompareEverySize();

private:
    // Exports `page` at every size and fails on any text problem, naming the size, and on
    // an export that does not say `mustSay` (when given); `lookName` names the PNGs written
    // under TRENDSCOPE_LOOK_DIR.
    static void checkEverySize(
        ChartView *page, const QString &mustSay = {}, const QString &lookName = {});
    // A workspace over the embedded dataset changed by `fixture`.
    static void load(Workspace &workspace, const QString &fixture);
};

void TestViewLegibility::cleanup()
{
    Language::install(QLatin1String(Language::English));
}

void TestViewLegibility::load(Workspace &workspace, const QString &fixture)
{
    DatabaseError error;
    auto db = Database::createInMemory(&error);
    QVERIFY2(db, qPrintable(error.message()));
    if (!fixture.isEmpty())
        TestUtil::execSql(*db, fixture);
    QString loadError;
    QVERIFY2(workspace.setDatabase(std::move(db), &loadError), qPrintable(loadError));
}

void TestViewLegibility::everySizeEveryState_data()
{
    QTest::addColumn<QString>("view");
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("search");
    QTest::addColumn<QString>("language");
    QTest::addColumn<NameOrder>("names");
    const QStringList views = ViewRegistry::builtIn().names();
    constexpr NameOrder Report = NameOrder::ReportFirst;
    constexpr NameOrder English = NameOrder::EnglishFirst;
    for (const QString &language : Languages) {
        for (const QString &view : views) {
            auto row = [&](const char *state) -> QTestData & {
                return QTest::newRow(qPrintable(rowName(view + QLatin1String(state), language)));
            };
            row(", shipped") << view << QString() << QString() << language << Report;
            row(", empty") << view << QString() << QStringLiteral("no-such-row-anywhere")
                           << language << Report;
            row(", one row") << view << QString::fromUtf8(OneRow) << QString() << language
                             << Report;
            row(", 500 events") << view << QString::fromUtf8(Crowded) << QString() << language
                                << Report;
            row(", shipped, English names first")
                << view << QString() << QString() << language << English;
            row(", one row, English names first")
                << view << QString::fromUtf8(OneRow) << QString() << language << English;
        }
    }
}

void TestViewLegibility::everySizeEveryState()
{
    QFETCH(QString, view);
    QFETCH(QString, fixture);
    QFETCH(QString, search);
    QFETCH(QString, language);
    QFETCH(NameOrder, names);
    QVERIFY(Language::install(language));

    Workspace workspace;
    load(workspace, fixture);
    if (QTest::currentTestFailed())
        return;
    ExplorerState state;
    state.setSearch(search);
    state.setNameOrder(names);
    std::unique_ptr<ChartView> page(ViewRegistry::builtIn().create(view, &workspace, &state));
    QVERIFY(page);
    if (!search.isEmpty())
        QCOMPARE(page->visibleRowCount(), 0);

    checkEverySize(page.get());
}

void TestViewLegibility::checkEverySize(
    ChartView *page, const QString &mustSay, const QString &lookName)
{
    // With TRENDSCOPE_LOOK_DIR set, each size is also written there as a PNG to look at.
    const QString lookDir = qEnvironmentVariable("TRENDSCOPE_LOOK_DIR");
    QStringList problems;
    for (const QSize &size : Sizes) {
        ChartExportOptions options;
        options.format = ChartFormat::Svg;
        options.size = size;
        const QList<TextBox> boxes = viewText(page, options);
        QVERIFY2(!boxes.isEmpty(), "an export draws at least its title");
        QStringList words;
        for (const TextBox &box : boxes)
            words << box.text;
        // E.g. the subtitle names the editions compared, at every size (wrapped or elided).
        // Runs of Chinese and Latin text are separate boxes: compared without spaces.
        if (!mustSay.isEmpty()
            && !words.join(QString()).remove(u' ').contains(QString(mustSay).remove(u' ')))
            problems << QStringLiteral("%1×%2 does not say “%3”: %4")
                            .arg(size.width())
                            .arg(size.height())
                            .arg(mustSay, words.join(u'|'));
        // The layout spans the canvas: the title's first line is centred on it (an empty
        // legend once narrowed the whole chart to a strip at the left).
        QRectF titleLine;
        const double top = std::min_element(boxes.cbegin(), boxes.cend(), [](auto &a, auto &b) {
            return a.rect.top() < b.rect.top();
        })->rect.top();
        for (const TextBox &box : boxes)
            if (std::abs(box.rect.top() - top) < 2)
                titleLine = titleLine.united(box.rect);
        if (std::abs(titleLine.center().x() - size.width() / 2.0) > size.width() * 0.05)
            problems
                << QStringLiteral("%1×%2 title not centred: %3")
                       .arg(size.width())
                       .arg(size.height())
                       .arg(QStringLiteral("%1–%2").arg(titleLine.left()).arg(titleLine.right()));
        const QStringList found = legibilityProblems(boxes, size);
        for (const QString &problem : found)
            problems
                << QStringLiteral("%1×%2 %3").arg(size.width()).arg(size.height()).arg(problem);
        if (!lookDir.isEmpty() && !lookName.isEmpty()) {
            options.format = ChartFormat::Png;
            QString error;
            QVERIFY2(exportView(page,
                         QStringLiteral("%1/%2-%3x%4.png")
                             .arg(lookDir, lookName)
                             .arg(size.width())
                             .arg(size.height()),
                         options, &error),
                qPrintable(error));
        }
    }
    QVERIFY2(problems.isEmpty(),
        qPrintable(QStringLiteral("%1 problem(s), the first:\n").arg(problems.size())
            + problems.mid(0, 12).join(u'\n')));
}

// Every view with two editions compared (the synthetic later editions of
// tests/fixtures/editions-synthetic.sql): InfoQ 2023–2024 against 2024–2025, and the blue
// book 2024 against 2025.
void TestViewLegibility::everySizeCompared_data()
{
    QTest::addColumn<QString>("view");
    QTest::addColumn<qint64>("a");
    QTest::addColumn<qint64>("b");
    QTest::addColumn<QString>("language");
    const QStringList views = ViewRegistry::builtIn().names();
    for (const QString &language : Languages) {
        for (const QString &view : views) {
            QTest::newRow(qPrintable(rowName(view + QLatin1String(", InfoQ editions"), language)))
                << view << qint64(1) << qint64(3) << language;
            QTest::newRow(
                qPrintable(rowName(view + QLatin1String(", blue book editions"), language)))
                << view << qint64(2) << qint64(4) << language;
        }
    }
}

void TestViewLegibility::everySizeCompared()
{
    QFETCH(QString, view);
    QFETCH(qint64, a);
    QFETCH(qint64, b);
    QFETCH(QString, language);
    QVERIFY(Language::install(language));
    DatabaseError error;
    auto db = Database::createInMemory(&error);
    QVERIFY2(db, qPrintable(error.message()));
    TestUtil::addSyntheticEditions(*db);
    Workspace workspace;
    QVERIFY(workspace.setDatabase(std::move(db)));
    ExplorerState state;
    state.setComparison(
        {a, b, QStringLiteral("edition %1").arg(a), QStringLiteral("edition %1").arg(b)});
    std::unique_ptr<ChartView> page(ViewRegistry::builtIn().create(view, &workspace, &state));
    QVERIFY(page);
    checkEverySize(
        page.get(), {}, QStringLiteral("%1-%2v%3-%4").arg(view).arg(a).arg(b).arg(language));
}

void TestViewLegibility::reportPages_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("search");
    QTest::addColumn<QString>("language");
    for (const QString &language : Languages) {
        QTest::newRow(qPrintable(rowName(QStringLiteral("shipped"), language)))
            << QString() << QString() << language;
        QTest::newRow(qPrintable(rowName(QStringLiteral("empty"), language)))
            << QString() << QStringLiteral("no-such-row-anywhere") << language;
        QTest::newRow(qPrintable(rowName(QStringLiteral("500 events"), language)))
            << QString::fromUtf8(Crowded) << QString() << language;
    }
}

void TestViewLegibility::reportPages()
{
    QFETCH(QString, fixture);
    QFETCH(QString, search);
    QFETCH(QString, language);
    QVERIFY(Language::install(language));
    Workspace workspace;
    load(workspace, fixture);
    if (QTest::currentTestFailed())
        return;
    ExplorerState state;
    state.setSearch(search);
    const ViewRegistry registry = ViewRegistry::builtIn();
    std::vector<std::unique_ptr<ChartView>> pages;
    ReportContent content;
    content.datasetPath = QStringLiteral("/data/trendscope.sqlite");
    content.filterText = describeFilter(state.filter());
    content.sources = workspace.sources();
    for (const QString &view : registry.names()) {
        pages.emplace_back(registry.create(view, &workspace, &state));
        content.views.append(pages.back().get());
    }
    const QList<QList<TextBox>> text = reportText(content);
    QCOMPARE(text.size(), int(content.views.size()) + 2); // cover, views, sources

    const QSize page(1123, 794); // A4 landscape at 96 dpi
    QStringList problems;
    for (int i = 0; i < text.size(); ++i) {
        const QStringList found = legibilityProblems(text.at(i), page);
        for (const QString &problem : found)
            problems << QStringLiteral("page %1: %2").arg(i + 1).arg(problem);
        // Nothing reaches into the footer's band but the footer.
        for (const TextBox &box : text.at(i)) {
            if (box.rect.bottom() > 794 - 48 - 24 + 12 && box.text != QLatin1String("TrendScope")
                && box.text != QString::number(i + 1))
                problems << QStringLiteral("page %1: on the footer: %2").arg(i + 1).arg(box.text);
        }
        if (!search.isEmpty() && i > 0 && i <= content.views.size()) {
            QStringList words;
            for (const TextBox &box : text.at(i))
                words << box.text;
            const QString empty = QCoreApplication::translate(
                "TrendScope::ReportWriter", "No rows match the filters (%1).")
                                      .section(QLatin1String("%1"), 0, 0)
                                      .chopped(1);
            if (!words.join(QString()).contains(empty))
                problems << QStringLiteral("page %1 does not say it is empty").arg(i + 1);
        }
    }
    QVERIFY2(problems.isEmpty(),
        qPrintable(QStringLiteral("%1 problem(s), the first:\n").arg(problems.size())
            + problems.mid(0, 12).join(u'\n')));
}

void TestViewLegibility::compareOnEverySize_data()
{
    QTest::addColumn<QString>("view");
    QTest::addColumn<qint64>("editionB");
    QTest::addColumn<QString>("language");
    for (const QString &language : Languages) {
        for (const char *view : {"funding", "maturity-curve", "policies", "price-cuts"}) {
            // B = 3: the synthetic later InfoQ edition; B = 4 has no rows in these views but
            // the price cuts (and edition 3 has none of those).
            for (const qint64 b : {3, 4})
                QTest::newRow(
                    qPrintable(rowName(QStringLiteral("%1, 1 vs %2").arg(view).arg(b), language)))
                    << QString::fromLatin1(view) << b << language;
        }
    }
}

// Compare on, at every size. With TRENDSCOPE_LOOK_DIR set, each size is also written there
// as a PNG to look at.
void TestViewLegibility::compareOnEverySize()
{
    QFETCH(QString, view);
    QFETCH(qint64, editionB);
    QFETCH(QString, language);
    QVERIFY(Language::install(language));

    QFile fixture(QStringLiteral(TRENDSCOPE_SOURCE_DIR "/tests/fixtures/editions-synthetic.sql"));
    QVERIFY(fixture.open(QIODevice::ReadOnly));
    Workspace workspace;
    load(workspace, QString::fromUtf8(fixture.readAll()));
    if (QTest::currentTestFailed())
        return;
    ExplorerState state;
    std::unique_ptr<ChartView> page(ViewRegistry::builtIn().create(view, &workspace, &state));
    QVERIFY(page);
    state.setComparison({1, editionB, QStringLiteral("2023–2024"),
        editionB == 3 ? QStringLiteral("2024–2025 (synthetic)")
                      : QStringLiteral("2025 (synthetic)")});

    checkEverySize(page.get(), comparedSays(QStringLiteral("2023–2024")),
        QStringLiteral("%1-1v%2-%3").arg(view).arg(editionB).arg(language));
}

// Compare mode of the leaderboard (issue 15): the synthetic editions' SuperClue snapshots
// side by side, and a comparison with an edition without leaderboard rows.
void TestViewLegibility::leaderboardCompareEverySize_data()
{
    QTest::addColumn<qint64>("editionA");
    QTest::addColumn<qint64>("editionB");
    QTest::addColumn<QString>("search");
    QTest::addColumn<QString>("language");
    for (const QString &language : Languages) {
        QTest::newRow(qPrintable(rowName(QStringLiteral("2 vs 4"), language)))
            << qint64(2) << qint64(4) << QString() << language;
        QTest::newRow(qPrintable(rowName(QStringLiteral("2 vs 4, searched"), language)))
            << qint64(2) << qint64(4) << QStringLiteral("GPT4") << language;
        QTest::newRow(qPrintable(rowName(QStringLiteral("1 vs 4, no rows in A"), language)))
            << qint64(1) << qint64(4) << QString() << language;
    }
}

void TestViewLegibility::leaderboardCompareEverySize()
{
    QFETCH(qint64, editionA);
    QFETCH(qint64, editionB);
    QFETCH(QString, search);
    QFETCH(QString, language);
    QVERIFY(Language::install(language));
    Workspace workspace;
    DatabaseError error;
    auto db = Database::createInMemory(&error);
    QVERIFY2(db, qPrintable(error.message()));
    TestUtil::addSyntheticEditions(*db);
    QString loadError;
    QVERIFY2(workspace.setDatabase(std::move(db), &loadError), qPrintable(loadError));
    ExplorerState state;
    state.setSearch(search);
    state.setComparison({editionA, editionB, QStringLiteral("edition %1").arg(editionA),
        QStringLiteral("bluebook 2025 (synthetic)")});
    std::unique_ptr<ChartView> page(
        ViewRegistry::builtIn().create(QStringLiteral("leaderboard"), &workspace, &state));
    QVERIFY(page);

    checkEverySize(page.get(), comparedSays(),
        QStringLiteral("leaderboard-%1v%2-%3").arg(editionA).arg(editionB).arg(language));
}

QTEST_MAIN(TestViewLegibility)
#include "tst_viewlegibility.moc"
