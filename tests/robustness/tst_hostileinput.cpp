// Whatever people type into filters and the command line: SQL injection, LIKE wildcards, very
// long text, invalid UTF-8, control characters, NaN and infinities, dates out of range. Values
// never become SQL, lengths are capped (with a message on the command line), nothing crashes,
// and the dataset's schema is the same afterwards.

#include "cliparse.h"
#include "database.h"
#include "dataexport.h"
#include "explorerfilterproxy.h"
#include "explorerstate.h"
#include "filterbar.h"
#include "leaderboardchart.h"
#include "leaderboardmodel.h"
#include "leaderboardview.h"
#include "printable.h"
#include "queries.h"
#include "testutil.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QKeyEvent>
#include <QLineEdit>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>

#include <cmath>
#include <limits>

using namespace TrendScope;

namespace {

QString schemaOf(const Database &db)
{
    QSqlQuery q(db.connection());
    QString text;
    if (q.exec(QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_schema ORDER BY name")))
        while (q.next())
            text += q.value(0).toString() + u'|' + q.value(1).toString() + u'|'
                + q.value(2).toString() + u'|' + q.value(3).toString() + u'\n';
    return text;
}

QString schemaOfFile(const QString &path)
{
    TrendScope::DatabaseError error;
    auto db = Database::open(path, &error, Database::Access::ReadOnly);
    return db ? schemaOf(*db) : QString();
}

// Text typed or pasted into a search box, or given as a filter value.
QList<std::pair<const char *, QString>> payloads()
{
    return {
        {"quote", QStringLiteral("GLM' OR '1'='1")},
        {"statement", QStringLiteral("x'; DROP TABLE model; --")},
        {"double quote", QStringLiteral("\"; DELETE FROM leaderboard_entry; --")},
        {"union", QStringLiteral("' UNION SELECT sql FROM sqlite_schema --")},
        {"percent", QStringLiteral("%")},
        {"underscore", QStringLiteral("_")},
        {"like pattern", QStringLiteral("%_%")},
        {"regex", QStringLiteral("(.*)+$")},
        {"backslash", QStringLiteral("\\")},
        {"long", QString(10000, u'A')},
        {"invalid UTF-8", QString::fromUtf8("\xff\xfe\xc3(\xed\xa0\x80 GLM")},
        {"lone surrogate", QString(QChar(0xD800)) + QStringLiteral("abc")},
        {"control characters", QStringLiteral("GLM\x01\x1b[31m\x7f\t\r\n")},
        {"NUL inside", QStringLiteral("GLM") + QChar(0) + QStringLiteral("-4")},
        {"right-to-left override", QStringLiteral("\u202eGLM")},
        {"only spaces", QStringLiteral("    ")},
        {"emoji", QStringLiteral("🚀🚀🚀")},
    };
}

LeaderboardRow row(qint64 id, const QString &model, const QString &org, std::optional<double> score,
    const QString &snapshot = QStringLiteral("2024-04"))
{
    LeaderboardRow r;
    r.entryId = id;
    r.modelId = id;
    r.organizationId = id;
    r.model = model;
    r.organization = org;
    r.benchmark = QStringLiteral("SuperCLUE");
    r.snapshot = snapshot;
    r.score = score;
    r.rank = int(id);
    r.provenance.source = QStringLiteral("test");
    r.provenance.sourceCode = QStringLiteral("test");
    r.provenance.status = QStringLiteral("stated");
    return r;
}

LeaderboardRows sampleRows()
{
    return {row(1, QStringLiteral("GLM-4"), QStringLiteral("清华&智谱AI"), 72.58),
        row(2, QStringLiteral("文心一言4.0"), QStringLiteral("百度"), 70.0),
        row(3, QStringLiteral("Model_100%"), QStringLiteral("O'Brien & Co"), 50.0)};
}

// Types `text` as a keyboard (or input method) delivers it: one key event per character.
// QTest::keyClicks() only knows Latin-1.
void typeText(QWidget *widget, const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        QString unit(text.at(i));
        if (text.at(i).isHighSurrogate() && i + 1 < text.size())
            unit += text.at(++i);
        QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, unit);
        QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, unit);
        QApplication::sendEvent(widget, &press);
        QApplication::sendEvent(widget, &release);
    }
}

} // namespace

class TestHostileInput : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void explorerStateCleansSearch_data();
    void explorerStateCleansSearch();
    void searchLengthCapKeepsCharactersWhole();
    void proxyMatchesLiterally_data();
    void proxyMatchesLiterally();
    void searchFieldTakesAnything_data();
    void searchFieldTakesAnything();
    void yearsAndDatesOutOfRange();
    void nanAndInfinities();
    void tableNamesNeverBecomeSql_data();
    void tableNamesNeverBecomeSql();
    void cliFilterParsing_data();
    void cliFilterParsing();
    void cliSizeScaleYear_data();
    void cliSizeScaleYear();
    void cliMessagesArePrintable();
    void commandLineEndToEnd_data();
    void commandLineEndToEnd();
    void invalidUtf8OnCommandLine();

private:
    struct Result
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Result run(const QString &program, const QStringList &arguments);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestHostileInput::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestHostileInput::explorerStateCleansSearch_data()
{
    QTest::addColumn<QString>("text");
    for (const auto &[name, text] : payloads())
        QTest::newRow(name) << text;
}

void TestHostileInput::explorerStateCleansSearch()
{
    QFETCH(QString, text);
    ExplorerState state;
    QSignalSpy changed(&state, &ExplorerState::filterChanged);
    state.setSearch(text);
    const QString search = state.filter().search;
    QVERIFY(search.toUcs4().size() <= ExplorerState::MaxSearchLength);
    for (const QChar c : search)
        QVERIFY2(
            c.category() != QChar::Other_Control, qPrintable(QString::number(c.unicode(), 16)));
    QCOMPARE(search, search.trimmed());
    QCOMPARE(changed.count(), search.isEmpty() ? 0 : 1);
    // Setting the same text again changes nothing.
    state.setSearch(text);
    QCOMPARE(changed.count(), search.isEmpty() ? 0 : 1);
}

// A 200-character cap counts characters, and never cuts one outside the BMP (two UTF-16
// units) in half.
void TestHostileInput::searchLengthCapKeepsCharactersWhole()
{
    ExplorerState state;
    state.setSearch(QString(ExplorerState::MaxSearchLength - 1, u'a') + QStringLiteral("🚀🚀"));
    const QString search = state.filter().search;
    QCOMPARE(search, QString(ExplorerState::MaxSearchLength - 1, u'a') + QStringLiteral("🚀"));
    // What the command line accepts (200 characters) is kept whole, not cut to 100 emoji.
    const QString rockets
        = QString(ExplorerState::MaxSearchLength, u'x').replace(u'x', QStringLiteral("🚀"));
    state.setSearch(rockets);
    QCOMPARE(state.filter().search, rockets);
    QVERIFY2(!search.back().isHighSurrogate(), "the cap split a surrogate pair");
    QCOMPARE(QString::fromUtf8(search.toUtf8()), search);
}

void TestHostileInput::proxyMatchesLiterally_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<QStringList>("models");
    QTest::newRow("plain") << "glm" << QStringList {"GLM-4"};
    QTest::newRow("percent is a character") << "%" << QStringList {"Model_100%"};
    QTest::newRow("underscore is a character") << "_" << QStringList {"Model_100%"};
    QTest::newRow("quote is a character") << "O'Brien" << QStringList {"Model_100%"};
    QTest::newRow("injection matches nothing") << "GLM' OR '1'='1" << QStringList {};
    QTest::newRow("regex is literal") << "(.*)" << QStringList {};
    QTest::newRow("ampersand") << "清华&" << QStringList {"GLM-4"};
    QTest::newRow("control characters dropped") << "G\x01L\x1bM" << QStringList {"GLM-4"};
    QTest::newRow("invalid UTF-8") << QString::fromUtf8("\xff\xfe") << QStringList {};
    QTest::newRow("10000 characters") << QString(10000, u'G') << QStringList {};
}

void TestHostileInput::proxyMatchesLiterally()
{
    QFETCH(QString, search);
    QFETCH(QStringList, models);
    LeaderboardModel model;
    model.setRows(sampleRows());
    ExplorerFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ExplorerState state;
    state.setSearch(search);
    proxy.setFilter(state.filter());
    QStringList shown;
    for (int r = 0; r < proxy.rowCount(); ++r)
        shown.append(proxy.index(r, LeaderboardModel::ModelColumn).data().toString());
    QCOMPARE(shown, models);
}

void TestHostileInput::searchFieldTakesAnything_data()
{
    explorerStateCleansSearch_data();
}

// Typed into the filter bar's search box, like a person would: capped at the field, the
// shared state gets clean text, the leaderboard stays drawn.
void TestHostileInput::searchFieldTakesAnything()
{
    QFETCH(QString, text);
    LeaderboardModel model;
    model.setRows(sampleRows());
    ExplorerState state;
    LeaderboardView view(&model, &state);
    FilterBar bar(&state);
    view.resize(900, 500);
    view.show();
    bar.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(QTest::qWaitForWindowExposed(&bar));
    QLineEdit *field = bar.searchField();
    field->setFocus();
    typeText(field, text.left(400));
    QVERIFY(field->text().size() <= ExplorerState::MaxSearchLength);
    QVERIFY(state.filter().search.size() <= ExplorerState::MaxSearchLength);
    QVERIFY(view.visibleRowCount() <= 3);
    QCOMPARE(view.totalRowCount(), 3);
    view.chart()->replot();
    QVERIFY(!view.grab().isNull());
    // Pasted rather than typed: the same cap.
    field->selectAll();
    field->insert(text);
    QVERIFY(field->text().size() <= ExplorerState::MaxSearchLength);
}

void TestHostileInput::yearsAndDatesOutOfRange()
{
    ExplorerState state;
    state.setYearRange(std::numeric_limits<int>::max(), std::numeric_limits<int>::min());
    QCOMPARE(state.filter().yearFrom, std::numeric_limits<int>::min()); // swapped into order
    QCOMPARE(state.filter().yearTo, std::numeric_limits<int>::max());

    Filter filter;
    filter.yearFrom = 2023;
    filter.yearTo = 2024;
    for (const QString &date :
        {QString(), QStringLiteral("abcd"), QStringLiteral("-001"), QStringLiteral("99999-01-01"),
            QStringLiteral("２０２３"), QStringLiteral("0000-00-00"),
            QString(QStringLiteral("2023") + QChar(0)), QString(5000, u'9')})
        filter.acceptsDate(date); // must simply answer
    QVERIFY(filter.acceptsDate(QStringLiteral("2023-13-45"))); // the year is what counts
    QVERIFY(!filter.acceptsDate(QStringLiteral("abcd")));
    QVERIFY(!filter.acceptsDate(QString()));

    LeaderboardModel model;
    model.setRows(
        {row(1, QStringLiteral("A"), QStringLiteral("X"), 1.0, QStringLiteral("99999-99")),
            row(2, QStringLiteral("B"), QStringLiteral("X"), 2.0, QString()),
            row(3, QStringLiteral("C"), QStringLiteral("X"), 3.0, QStringLiteral("2023"))});
    ExplorerFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setFilter(filter);
    QCOMPARE(proxy.rowCount(), 1);
}

// SQLite stores NaN as NULL but keeps infinities (9e999); the model, the chart and both
// export formats take them without crashing, and JSON stays valid.
void TestHostileInput::nanAndInfinities()
{
    DatabaseError error;
    auto db = Database::createInMemory(&error);
    QVERIFY2(db, qPrintable(error.message()));
    QSqlQuery q(db->connection());
    QVERIFY(q.prepare(QStringLiteral("UPDATE leaderboard_entry SET score = ? WHERE id = ?")));
    const QList<std::pair<double, int>> values {{std::numeric_limits<double>::quiet_NaN(), 1},
        {std::numeric_limits<double>::infinity(), 2}, {-std::numeric_limits<double>::infinity(), 3},
        {std::numeric_limits<double>::max(), 4}, {-0.0, 5}};
    const QString schema = schemaOf(*db);
    QSqlQuery ids(db->connection());
    QVERIFY(ids.exec(QStringLiteral("SELECT id FROM leaderboard_entry ORDER BY id LIMIT 5")));
    for (const auto &[value, index] : values) {
        QVERIFY(ids.next());
        q.bindValue(0, value);
        q.bindValue(1, ids.value(0));
        QVERIFY(q.exec());
        Q_UNUSED(index);
    }
    const LeaderboardRows rows = Queries(*db).leaderboard();
    QCOMPARE(rows.size(), 11);
    int notStated = 0;
    for (const LeaderboardRow &r : rows)
        notStated += r.score ? 0 : 1;
    QVERIFY(notStated >= 1); // NaN reads back as NULL: "not stated"

    LeaderboardModel model;
    model.setRows(rows);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ExplorerState state;
    LeaderboardView view(&model, &state);
    view.resize(1000, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.chart()->replot();
    QVERIFY(!view.grab().isNull());
    view.table()->sortByColumn(LeaderboardModel::ScoreColumn, Qt::DescendingOrder);

    QString tableError;
    const auto table = Queries(*db).table(QStringLiteral("leaderboard_entry"), &tableError);
    QVERIFY2(table, qPrintable(tableError));
    QJsonParseError parse;
    QJsonDocument::fromJson(toJson({*table}), &parse);
    QCOMPARE(parse.error, QJsonParseError::NoError);
    QVERIFY(!toCsv(*table).isEmpty());
    QCOMPARE(schemaOf(*db), schema);
}

void TestHostileInput::tableNamesNeverBecomeSql_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("statement") << "model; DROP TABLE model";
    QTest::newRow("quoted") << "model\"; DROP TABLE model; --";
    QTest::newRow("like pattern") << "v_%";
    QTest::newRow("underscore") << "v_leaderboar_";
    QTest::newRow("schema table") << "sqlite_schema";
    QTest::newRow("pragma") << "pragma_table_info('model')";
    QTest::newRow("case") << "MODEL";
    QTest::newRow("long") << QString(100000, u'm');
    QTest::newRow("control") << "model\n\x1b[2J";
    QTest::newRow("empty") << "";
}

void TestHostileInput::tableNamesNeverBecomeSql()
{
    QFETCH(QString, name);
    DatabaseError error;
    auto db = Database::createInMemory(&error);
    QVERIFY(db);
    const QString schema = schemaOf(*db);
    QString tableError;
    QVERIFY(!Queries(*db).table(name, &tableError));
    QVERIFY(tableError.startsWith(QStringLiteral("no table or view named")));
    QCOMPARE(schemaOf(*db), schema);
    QCOMPARE(Queries(*db).leaderboard().size(), 11);
}

void TestHostileInput::cliFilterParsing_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("message");
    for (const auto &[name, text] : payloads()) {
        const bool tooLong = text.toUcs4().size() > ExplorerState::MaxSearchLength;
        QTest::addRow("search=%s", name)
            << QStringList {QStringLiteral("--filter"), QStringLiteral("search=") + text}
            << !tooLong << (tooLong ? QStringLiteral("at most 200") : QString());
        QTest::addRow("organization=%s", name)
            << QStringList {QStringLiteral("--filter=organization=") + text} << !tooLong
            << (tooLong ? QStringLiteral("at most 200") : QString());
    }
    QTest::newRow("no value") << QStringList {"--filter", "search="} << false << "KEY=VALUE";
    QTest::newRow("no key") << QStringList {"--filter", "=x"} << false << "unknown filter \"\"";
    QTest::newRow("injected key") << QStringList {"--filter", "search' OR 1=1 --=x"} << false
                                  << "unknown filter";
    QTest::newRow("value with =") << QStringList {"--filter", "search=a=b"} << true << "";
    QTest::newRow("200 characters")
        << QStringList {"--filter", "search=" + QString(200, u'x')} << true << "";
    QTest::newRow("201 characters")
        << QStringList {"--filter", "search=" + QString(201, u'x')} << false
        << "--filter \"search\" is 201 characters long; at most 200 are allowed";
    // Characters, not UTF-16 units: 200 emoji are 400 units.
    QTest::newRow("200 emoji") << QStringList {"--filter",
        "search=" + QString(200, u'x').replace("x", "🚀")}
                               << true << "";
    QTest::newRow("201 emoji")
        << QStringList {"--filter", "search=" + QString(201, u'x').replace("x", "🚀")} << false
        << "--filter \"search\" is 201 characters long; at most 200 are allowed";
}

void TestHostileInput::cliFilterParsing()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, ok);
    QFETCH(QString, message);
    const Cli::Spec spec {
        {QStringLiteral("filter"), QStringLiteral("year")}, {}, {QStringLiteral("filter")}, 0};
    Cli::Args args;
    QString error;
    QVERIFY2(Cli::parse(arguments, spec, &args, &error), qPrintable(error));
    ExplorerState state;
    QCOMPARE(Cli::applyFilters(args, &state, &error), ok);
    if (!ok) {
        QVERIFY2(error.contains(message), qPrintable(error));
        QVERIFY(error.size() < 300);
        return;
    }
    const Filter &filter = state.filter();
    QVERIFY(filter.search.toUcs4().size() <= ExplorerState::MaxSearchLength);
    QVERIFY(filter.organization.toUcs4().size() <= ExplorerState::MaxSearchLength);
}

void TestHostileInput::cliSizeScaleYear_data()
{
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("ok");
    QTest::newRow("size ok") << "size"
                             << "1920x1080" << true;
    QTest::newRow("size upper X") << "size"
                                  << "640X480" << true;
    for (const char *bad :
        {"", "x", "1920", "1920x", "x1080", "-1x-1", "1e3x1e3", "NaNxNaN", "infxinf", "0x10x10",
            "1920x1080\n", " 1920x1080", "123456x1", "1920×1080", "0x1A0x20"})
        QTest::addRow("size \"%s\"", bad) << "size" << QString::fromUtf8(bad) << false;
    // Digits of other scripts: refused, not read as 0x0.
    QTest::newRow("size Arabic-Indic digits") << "size" << QStringLiteral("١٢٠٠x٨٠٠") << false;
    QTest::newRow("size fullwidth digits") << "size" << QStringLiteral("１２００x８００") << false;
    QTest::newRow("year ok") << "year"
                             << "2023" << true;
    for (const char *bad : {"", "NaN", "inf", "-inf", "-2023", "99999", "2023.5", "1e3", "0x7e7",
             "2023a", "2147483648", "-2147483649", "1899", "2101", " 2023", "2023 ", "2023.0",
             "+2023", "02023", "0x7e7"})
        QTest::addRow("year \"%s\"", bad) << "year" << QString::fromUtf8(bad) << false;
    QTest::newRow("year fullwidth") << "year" << QStringLiteral("２０２３") << false;
}

void TestHostileInput::cliSizeScaleYear()
{
    QFETCH(QString, option);
    QFETCH(QString, value);
    QFETCH(bool, ok);
    if (option == QLatin1String("size")) {
        const auto size = Cli::parseSize(value);
        QCOMPARE(size.has_value(), ok);
        if (size)
            QVERIFY(size->width() > 0 && size->height() > 0);
        return;
    }
    Cli::Args args;
    args.values[option] = {value};
    ExplorerState state;
    QString error;
    QCOMPARE(Cli::applyFilters(args, &state, &error), ok);
    if (!ok) {
        // Says what was wrong: the value, or the range.
        QVERIFY2(error.startsWith(QStringLiteral("--year ")), qPrintable(error));
        QVERIFY2(
            error.contains(QStringLiteral("four digits such as 2023, not ") + Cli::quoted(value))
                || error.contains(QStringLiteral(" is outside 1900 to 2100")),
            qPrintable(error));
    }
}

void TestHostileInput::cliMessagesArePrintable()
{
    QCOMPARE(printable(QStringLiteral("a\nb\tc\x1b[31md\x7f")),
        QStringLiteral("a\\nb\\tc\\u001b[31md\\u007f"));
    QCOMPARE(printable(QStringLiteral("文心一言 🚀")), QStringLiteral("文心一言 🚀"));
    QCOMPARE(printable(QString(QChar(0xDC00))), QStringLiteral("\\udc00"));
    // Bidirectional controls and other invisible format characters: a U+202E in a file name
    // would otherwise reverse the rest of the line on a terminal.
    for (const char16_t c :
        {u'\u202a', u'\u202b', u'\u202c', u'\u202d', u'\u202e', u'\u2066', u'\u2067', u'\u2068',
            u'\u2069', u'\u200e', u'\u200f', u'\u061c', u'\u200b', u'\ufeff'})
        QCOMPARE(printable(QStringLiteral("a") + QChar(c) + QStringLiteral("b")),
            QStringLiteral("a\\u%1b").arg(uint(c), 4, 16, QLatin1Char('0')));
    QCOMPARE(printable(QString::fromUcs4(U"tag\U000E0041")), QStringLiteral("tag\\U000e0041"));
    QCOMPARE(printable(QStringLiteral("x\ry")), QStringLiteral("x\\ny"));
    const QString longLine
        = printable(QString(699, u'x') + QStringLiteral("🚀") + QString(2000, u'y'));
    QCOMPARE(QString::fromUtf8(longLine.toUtf8()), longLine); // elided between characters
    QVERIFY(printable(QString(100000, u'x')).size() < 1100);
    QCOMPARE(Cli::quoted(QStringLiteral("nope")), QStringLiteral("\"nope\""));
    QCOMPARE(Cli::quoted(QString(500, u'x')).size(), 82);
    const QString emoji = Cli::quoted(QString(79, u'x') + QStringLiteral("🚀🚀"));
    QCOMPARE(QString::fromUtf8(emoji.toUtf8()), emoji); // no half characters

    Cli::Args args;
    QString error;
    const Cli::Spec spec {{}, {}, {}, 0};
    QVERIFY(!Cli::parse({QStringLiteral("--") + QString(5000, u'z')}, spec, &args, &error));
    QVERIFY(error.size() < 200);
    QVERIFY(!Cli::parse({QStringLiteral("stray\nline")}, spec, &args, &error));
    QVERIFY2(error.contains(QStringLiteral("\"stray\\nline\"")), qPrintable(error));

    // "--" ends the options: what follows is positional, even when it looks like one.
    Cli::Args afterEnd;
    const Cli::Spec valued {{QStringLiteral("out")}, {QStringLiteral("all")}, {}, 3};
    QVERIFY2(Cli::parse({QStringLiteral("--all"), QStringLiteral("--"), QStringLiteral("--out"),
                            QStringLiteral("--"), QStringLiteral("x")},
                 valued, &afterEnd, &error),
        qPrintable(error));
    QCOMPARE(afterEnd.flags, QStringList {QStringLiteral("all")});
    QCOMPARE(afterEnd.positional,
        (QStringList {QStringLiteral("--out"), QStringLiteral("--"), QStringLiteral("x")}));
    QVERIFY(!afterEnd.has(QStringLiteral("out")));
}

TestHostileInput::Result TestHostileInput::run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir->filePath(QStringLiteral("config")));
    process.setProcessEnvironment(env);
    process.start(program, arguments);
    if (!process.waitForFinished(120000))
        qWarning("trendscope did not finish");
    Result r;
    r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    r.out = process.readAllStandardOutput();
    r.err = process.readAllStandardError();
    return r;
}

void TestHostileInput::commandLineEndToEnd_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const QString chart = QStringLiteral("export-chart");
    const QStringList png {chart, "leaderboard", "--format", "png"};
    QTest::newRow("search injection")
        << png + QStringList {"--filter", "search=x'; DROP TABLE model; --"} << 0 << "";
    QTest::newRow("organization injection")
        << png + QStringList {"--filter", "organization=\" OR 1=1; DELETE FROM model; --"} << 0
        << "";
    QTest::newRow("search percent") << png + QStringList {"--filter", "search=%_%"} << 0 << "";
    QTest::newRow("search control characters")
        << png + QStringList {"--filter", "search=G\x1b[2J\tL\rM"} << 0 << "";
    QTest::newRow("search 10000 characters")
        << png + QStringList {"--filter", "search=" + QString(10000, u'a')} << 1 << "at most 200";
    QTest::newRow("size NaN") << png + QStringList {"--size", "NaNxNaN"} << 1
                              << "--size needs WIDTHxHEIGHT";
    QTest::newRow("scale inf") << png + QStringList {"--scale", "inf"} << 1
                               << "--scale needs a whole number";
    QTest::newRow("scale huge") << png + QStringList {"--scale", "99999999999999999999"} << 1
                                << "--scale";
    QTest::newRow("scale negative")
        << png + QStringList {"--scale", "-3"} << 1 << "scale -3 is outside";
    QTest::newRow("year NaN") << png + QStringList {"--year", "NaN"} << 1 << "--year";
    QTest::newRow("year out of range") << png + QStringList {"--year", "-99999"} << 1 << "--year";
    QTest::newRow("export name injection")
        << QStringList {"export-data", "model\"; DROP TABLE model; --", "--format", "json"} << 1
        << "no table or view named";
    QTest::newRow("export name with escape") << QStringList {"export-data", "model\n\x1b[2J",
        "--format", "json"} << 1 << "no table or view named";
    QTest::newRow("unknown verb with escape")
        << QStringList {"\x1b]0;pwned\x07"} << 1 << "unknown command";
}

void TestHostileInput::commandLineEndToEnd()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const QString dataset = TestUtil::makeDatasetFile(*m_dir);
    const QString schema = schemaOfFile(dataset);
    QVERIFY(!schema.isEmpty());
    const QByteArray before = TestUtil::fileDigest(dataset);
    QStringList args = arguments;
    if (args.constFirst().startsWith(QLatin1String("export")))
        args << QStringLiteral("--db") << dataset;
    if (args.constFirst() == QLatin1String("export-chart"))
        args << QStringLiteral("--out") << m_dir->filePath(QStringLiteral("chart.png"));

    const Result r = run(QStringLiteral(TRENDSCOPE_BINARY), args);
    QVERIFY2(r.exitCode == exitCode, r.err.constData());
    if (exitCode != 0) {
        const QString err = QString::fromUtf8(r.err);
        QVERIFY2(err.contains(message), qPrintable(err));
        // One line of ours (Qt may add its own notes, e.g. about XDG_RUNTIME_DIR).
        const QStringList lines = err.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.filter(QRegularExpression(QStringLiteral("^trendscope: "))).size(), 1);
        QVERIFY2(lines.filter(QStringLiteral("trendscope: ")).constFirst().contains(message),
            qPrintable(err));
        QVERIFY2(!r.err.contains('\x1b') && !r.err.contains('\x07') && !r.err.contains('\r'),
            r.err.constData());
        QVERIFY(r.err.size() < 1200);
    } else {
        QVERIFY(QFileInfo(m_dir->filePath(QStringLiteral("chart.png"))).size() > 0);
    }
    QCOMPARE(schemaOfFile(dataset), schema);
    QCOMPARE(TestUtil::fileDigest(dataset), before);
}

// Arguments that are not UTF-8 at all, as a shell can pass them.
void TestHostileInput::invalidUtf8OnCommandLine()
{
    const QString dataset = TestUtil::makeDatasetFile(*m_dir);
    const QString schema = schemaOfFile(dataset);
    const QString out = m_dir->filePath(QStringLiteral("chart.png"));
    const Result r = run(QStringLiteral("/bin/sh"),
        {QStringLiteral("-c"),
            QStringLiteral(
                "exec \"$0\" export-chart leaderboard --format png --out \"$1\" --db \"$2\" "
                "--filter \"search=$(printf '\\377\\376\\355\\240\\200')\""),
            QStringLiteral(TRENDSCOPE_BINARY), out, dataset});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(QFileInfo(out).size() > 0);
    const Result bad = run(QStringLiteral("/bin/sh"),
        {QStringLiteral("-c"),
            QStringLiteral("exec \"$0\" export-data \"$(printf 'model\\377\\033[2J')\" --format "
                           "json --db \"$1\""),
            QStringLiteral(TRENDSCOPE_BINARY), dataset});
    QCOMPARE(bad.exitCode, 1);
    QVERIFY2(bad.err.contains("no table or view named"), bad.err.constData());
    QVERIFY(!bad.err.contains('\x1b'));
    QCOMPARE(QString::fromUtf8(bad.err).toUtf8(), bad.err); // valid UTF-8 out
    QCOMPARE(schemaOfFile(dataset), schema);
}

QTEST_MAIN(TestHostileInput)
#include "tst_hostileinput.moc"
