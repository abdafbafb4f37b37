#include "savedview.h"

#include "database.h"
#include "testutil.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace TrendScope;

class TestSavedView : public QObject
{
    Q_OBJECT

private slots:
    void settingsRoundTrip();
    void settingsFromAnotherBuild();
    void badNamesAreRefused_data();
    void badNamesAreRefused();
    void savedViewsTravelWithTheFile();
    void savingANameAgainReplacesIt();
    void readOnlyDatasetRefuses();
    void removeNamesWhatIsMissing();
};

namespace {

SavedView sample()
{
    SavedView view;
    view.name = QStringLiteral("国产模型 · 2024年4月");
    view.view = QStringLiteral("leaderboard");
    view.filter.search = QStringLiteral("GLM");
    view.filter.organization = QStringLiteral("智谱AI");
    view.filter.organizationEn = QStringLiteral("Zhipu AI");
    view.filter.sourceCode = QStringLiteral("bluebook-2024");
    view.filter.yearFrom = 2023;
    view.filter.yearTo = 2024;
    view.focus = {EntityKind::PriceCut, 2};
    view.editionA = 1;
    view.editionB = 3;
    view.exportSettings = {{QStringLiteral("width"), 1280}, {QStringLiteral("theme"), "dark"}};
    view.nameOrder = NameOrder::EnglishFirst;
    view.savedBy = QStringLiteral("editor-1");
    return view;
}

} // namespace

void TestSavedView::settingsRoundTrip()
{
    const SavedView view = sample();
    SavedView read;
    QVERIFY(read.readSettings(view.settingsJson()));
    QCOMPARE(read.filter, view.filter);
    QCOMPARE(read.focus, view.focus);
    QCOMPARE(read.editionA, 1);
    QCOMPARE(read.editionB, 3);
    QCOMPARE(read.exportSettings, view.exportSettings);
    QCOMPARE(read.nameOrder, std::optional<NameOrder>(NameOrder::EnglishFirst));
    QVERIFY(view.settingsJson().contains(R"("names":"english")"));
    // The focus is written by its table's name, not the enum's number.
    QVERIFY(view.settingsJson().contains(R"("kind":"price_cut")"));
}

void TestSavedView::settingsFromAnotherBuild()
{
    SavedView view = sample();
    QVERIFY(!view.readSettings("not json"));
    QCOMPARE(view.filter.search, QStringLiteral("GLM")); // unchanged on a refusal
    // Unknown keys and kinds are ignored; what is missing keeps its default.
    QVERIFY(view.readSettings(
        R"({"focus":{"kind":"spaceship","id":4},"compare":{"a":-3},"future":true})"));
    QVERIFY(view.filter.isEmpty());
    QVERIFY(!view.focus.isValid());
    QCOMPARE(view.editionA, 0);
    QCOMPARE(view.editionB, 0);
    QVERIFY(view.exportSettings.isEmpty());
    // A view saved before the name order was kept has none: opening it keeps the current one.
    QVERIFY(!view.nameOrder);
    QVERIFY(view.readSettings(R"({"names":"klingon"})"));
    QVERIFY(!view.nameOrder);
}

void TestSavedView::badNamesAreRefused_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("blank") << QStringLiteral("  \t") << false;
    QTest::newRow("too long") << QString(SavedView::MaxNameLength + 1, QLatin1Char('x')) << false;
    QTest::newRow("control characters") << QStringLiteral("a\x1b[31mb") << false;
    QTest::newRow("line break") << QStringLiteral("a\nb") << false;
    QTest::newRow("comma: export-report lists names with commas") << QStringLiteral("a,b") << false;
    QTest::newRow("Chinese") << QStringLiteral("云降价 2023") << true;
    QTest::newRow("longest") << QString(SavedView::MaxNameLength, QLatin1Char('x')) << true;
}

void TestSavedView::badNamesAreRefused()
{
    QFETCH(QString, name);
    QFETCH(bool, accepted);
    QCOMPARE(SavedView::validateName(name).isEmpty(), accepted);
}

void TestSavedView::savedViewsTravelWithTheFile()
{
    QTemporaryDir dir;
    const QString path = TestUtil::makeDatasetFile(dir);
    QString error;
    {
        DatabaseError openError;
        auto db = Database::open(path, &openError);
        QVERIFY(db);
        QVERIFY2(SavedViews::save(*db, sample(), &error), qPrintable(error));
        SavedView second;
        second.name = QStringLiteral("all price cuts");
        second.view = QStringLiteral("price-cuts");
        QVERIFY2(SavedViews::save(*db, second, &error), qPrintable(error));
    }
    DatabaseError openError;
    auto db = Database::open(path, &openError, Database::Access::ReadOnly);
    QVERIFY(db);
    const QList<SavedView> views = SavedViews::list(*db, &error);
    QCOMPARE(views.size(), 2);
    QCOMPARE(views.at(0).name, QStringLiteral("all price cuts")); // sorted by name
    const SavedView &read = views.at(1);
    QCOMPARE(read.name, sample().name);
    QCOMPARE(read.view, QStringLiteral("leaderboard"));
    QCOMPARE(read.filter, sample().filter);
    QCOMPARE(read.focus, sample().focus);
    QCOMPARE(read.savedBy, QStringLiteral("editor-1"));
    QVERIFY(QDateTime::fromString(read.saved, Qt::ISODate).isValid());
    const auto found = SavedViews::find(*db, QStringLiteral("all price cuts"), &error);
    QVERIFY(found);
    QCOMPARE(found->view, QStringLiteral("price-cuts"));
}

void TestSavedView::savingANameAgainReplacesIt()
{
    QString error;
    DatabaseError openError;
    auto db = Database::createInMemory(&openError);
    QVERIFY(db);
    SavedView view = sample();
    QVERIFY(SavedViews::save(*db, view, &error));
    view.view = QStringLiteral("policies");
    view.name = QStringLiteral("  ") + view.name + QStringLiteral(" "); // trimmed: the same name
    QVERIFY(SavedViews::save(*db, view, &error));
    const QList<SavedView> views = SavedViews::list(*db, &error);
    QCOMPARE(views.size(), 1);
    QCOMPARE(views.constFirst().view, QStringLiteral("policies"));
}

void TestSavedView::readOnlyDatasetRefuses()
{
    QTemporaryDir dir;
    const QString path = TestUtil::makeDatasetFile(dir);
    DatabaseError openError;
    auto db = Database::open(path, &openError, Database::Access::ReadOnly);
    QVERIFY(db);
    const QByteArray before = TestUtil::fileDigest(path);
    QString error;
    QVERIFY(!SavedViews::save(*db, sample(), &error));
    QVERIFY2(error.contains(QLatin1String("read-only")), qPrintable(error));
    QVERIFY(!SavedViews::remove(*db, sample().name, &error));
    QCOMPARE(TestUtil::fileDigest(path), before);
}

void TestSavedView::removeNamesWhatIsMissing()
{
    QString error;
    DatabaseError openError;
    auto db = Database::createInMemory(&openError);
    QVERIFY(db);
    QVERIFY(SavedViews::save(*db, sample(), &error));
    QVERIFY(!SavedViews::remove(*db, QStringLiteral("no such view"), &error));
    QVERIFY2(error.contains(QLatin1String("no such view")), qPrintable(error));
    QVERIFY(SavedViews::remove(*db, sample().name, &error));
    QVERIFY(SavedViews::list(*db, &error).isEmpty());
    QVERIFY(!SavedViews::find(*db, sample().name, &error));
}

QTEST_GUILESS_MAIN(TestSavedView)
#include "tst_savedview.moc"
