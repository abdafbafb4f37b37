#include "measure.h"

#include "chartexporter.h"
#include "chartframe.h"
#include "chartstyle.h"
#include "chartview.h"
#include "database.h"
#include "dataexport.h"
#include "explorerfilterproxy.h"
#include "explorerstate.h"
#include "mainwindow.h"
#include "queries.h"
#include "roles.h"
#include "viewregistry.h"
#include "workspace.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QSet>
#include <QTest>
#include <QTimer>
#include <qcustomplot.h>

#include <sqlite3.h>

#include <algorithm>
#include <ctime>

namespace TrendScope::Bench {

qint64 monotonicNs()
{
    timespec ts {};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

double peakMemoryMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return 0;
}

namespace {

double ms(qint64 ns)
{
    return double(ns) / 1e6;
}

// Median and 95th percentile (nearest rank) of a sample, in ms.
QJsonObject stats(QList<double> samples)
{
    QJsonObject o;
    if (samples.isEmpty())
        return o;
    std::sort(samples.begin(), samples.end());
    auto rank = [&](double p) {
        const qsizetype i = std::clamp<qsizetype>(
            qsizetype(std::ceil(p * double(samples.size()))) - 1, 0, samples.size() - 1);
        return samples.at(i);
    };
    o.insert(QStringLiteral("median"), rank(0.5));
    o.insert(QStringLiteral("p95"), rank(0.95));
    o.insert(QStringLiteral("max"), samples.constLast());
    o.insert(QStringLiteral("n"), int(samples.size()));
    return o;
}

// Runs `work` up to `repeats` times (fewer once 5 s are spent) and returns the times in ms.
template <typename Work> QList<double> timed(int repeats, Work work)
{
    QList<double> samples;
    QElapsedTimer total;
    total.start();
    for (int i = 0; i < repeats; ++i) {
        const qint64 t0 = monotonicNs();
        work();
        samples.append(ms(monotonicNs() - t0));
        if (total.elapsed() > 5000)
            break;
    }
    return samples;
}

// The application as main() composes it: state, workspace, every registered view, window.
struct App
{
    ExplorerState state;
    Workspace workspace;
    QList<ChartView *> views;
    std::unique_ptr<MainWindow> window;
    QString error;

    // Composed as main() does it, the dataset not yet open (start-up opens it in the background).
    explicit App(const ViewRegistry &registry)
    {
        views = registry.createAll(&workspace, &state);
        window = std::make_unique<MainWindow>(&workspace, &state, views);
        window->restoreSession();
    }

    // Opened and loaded on this thread first.
    App(const QString &path, const ViewRegistry &registry)
    {
        DatabaseError dbError;
        auto db = Database::open(path, &dbError);
        if (!db) {
            error = dbError.message();
            return;
        }
        if (!workspace.setDatabase(std::move(db), &error))
            return;
        views = registry.createAll(&workspace, &state);
        window = std::make_unique<MainWindow>(&workspace, &state, views);
    }
};

// Lets the views finish what they do in idle time after a load (their proxies read filter
// keys a few ms at a time), as they would before anyone types; returns how long that took.
double settle(QObject *root)
{
    const qint64 t0 = monotonicNs();
    const QList<ExplorerFilterProxy *> proxies = root->findChildren<ExplorerFilterProxy *>();
    auto busy = [&proxies] {
        return std::any_of(proxies.cbegin(), proxies.cend(),
            [](const ExplorerFilterProxy *p) { return p->isReadingKeys(); });
    };
    QElapsedTimer guard;
    guard.start();
    while (busy() && guard.elapsed() < 600000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return ms(monotonicNs() - t0);
}

void replotAll(const QList<ChartView *> &views)
{
    for (ChartView *view : views)
        view->plot()->replot(QCustomPlot::rpImmediateRefresh);
}

// Filters to cycle through, built from what the loaded views show: search texts, the largest
// organizations, year ranges; each differs from the one before.
QList<Filter> filterCycle(const QList<ChartView *> &views, int count)
{
    QHash<QString, int> organizationRows;
    QStringList labels;
    for (ChartView *view : views) {
        QAbstractItemModel *model = view->tableModel();
        const int rows = model->rowCount();
        const int step = std::max(1, rows / 500);
        for (int r = 0; r < rows; r += step) {
            const QModelIndex index = model->index(r, 0);
            const QString org = index.data(OrganizationNameRole).toString();
            if (!org.isEmpty())
                ++organizationRows[org];
            const QString label = index.data(LabelRole).toString();
            if (!label.isEmpty() && labels.size() < 50)
                labels.append(label);
        }
    }
    QList<std::pair<int, QString>> orgs;
    for (auto it = organizationRows.cbegin(); it != organizationRows.cend(); ++it)
        orgs.append({-it.value(), it.key()});
    std::sort(orgs.begin(), orgs.end());

    QStringList searches {QStringLiteral("合成"), QStringLiteral("GLM"), QStringLiteral("Org 1"),
        QStringLiteral("no-such-text-xyz")};
    for (int i = 0; i < labels.size() && searches.size() < 8; i += 7)
        searches.append(labels.at(i).left(std::max<qsizetype>(2, labels.at(i).size() - 1)));
    QStringList organizations;
    for (int i = 0; i < orgs.size() && organizations.size() < 4; ++i)
        organizations.append(orgs.at(i).second);
    const QList<std::pair<int, int>> years {{2023, 2024}, {2000, 2010}, {2015, 2020}, {2024, 2024}};

    QList<Filter> filters;
    for (int i = 0; filters.size() < count; ++i) {
        Filter f;
        switch (i % 4) {
        case 0:
            f.search = searches.at((i / 4) % searches.size());
            break;
        case 1:
            if (!organizations.isEmpty())
                f.organization = organizations.at((i / 4) % organizations.size());
            else
                f.search = QStringLiteral("a");
            break;
        case 2:
            f.yearFrom = years.at((i / 4) % years.size()).first;
            f.yearTo = years.at((i / 4) % years.size()).second;
            break;
        case 3:
            break; // back to all rows: the most expensive repaint
        }
        if (filters.isEmpty() || filters.constLast() != f)
            filters.append(f);
    }
    return filters;
}

QList<EntityRef> focusCycle(const QList<ChartView *> &views, int count)
{
    QList<EntityRef> entities;
    QSet<QString> seen;
    for (int round = 0; round < 50 && entities.size() < count; ++round) {
        for (ChartView *view : views) {
            QAbstractItemModel *model = view->tableModel();
            const int rows = model->rowCount();
            if (rows == 0)
                continue;
            const QModelIndex index = model->index(int((qint64(round) * 7919) % rows), 0);
            for (const int role : {int(EntityRole), int(OrganizationEntityRole)}) {
                const EntityRef e = index.data(role).value<EntityRef>();
                const QString key = QStringLiteral("%1/%2").arg(int(e.kind)).arg(e.id);
                if (e.isValid() && !seen.contains(key)) {
                    seen.insert(key);
                    entities.append(e);
                }
            }
        }
    }
    return entities.mid(0, count);
}

// What one pass of the application's event loop does, deferred deletes included:
// processEvents() alone never runs them outside exec(), and the filter bar's old chips
// (deleteLater) piled up, making each change slower than the one before.
void processEventsAsTheLoopDoes()
{
    QCoreApplication::processEvents();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

// Sets each filter, lets every connected view update (queued replots included), repaints
// what is on screen; returns the time of each change in ms.
QList<double> filterChanges(ExplorerState &state, QWidget *shown, const QList<Filter> &filters)
{
    QList<double> samples;
    for (const Filter &f : filters) {
        const qint64 t0 = monotonicNs();
        state.setFilter(f);
        processEventsAsTheLoopDoes();
        shown->repaint();
        samples.append(ms(monotonicNs() - t0));
        if (qEnvironmentVariableIsSet("TRENDSCOPE_BENCH_TRACE"))
            qInfo("filter %.1f ms: %s", samples.constLast(), qPrintable(describeFilter(f)));
    }
    state.clearFilters();
    QCoreApplication::processEvents();
    return samples;
}

QList<double> focusChanges(ExplorerState &state, QWidget *shown, const QList<EntityRef> &entities)
{
    QList<double> samples;
    for (const EntityRef &e : entities) {
        const qint64 t0 = monotonicNs();
        state.setFocus(e);
        processEventsAsTheLoopDoes();
        shown->repaint();
        samples.append(ms(monotonicNs() - t0));
    }
    state.clearFocus();
    QCoreApplication::processEvents();
    return samples;
}

// Prepare, step, read every column: the floor any query through Qt can approach.
qint64 runRaw(sqlite3 *db, const QString &sql, qint64 *rows)
{
    sqlite3_stmt *stmt = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v2(db, utf8.constData(), int(utf8.size()), &stmt, nullptr) != SQLITE_OK)
        return -1;
    qint64 n = 0;
    qint64 checksum = 0;
    const int columns = sqlite3_column_count(stmt);
    while (sqlite3_step(stmt) == SQLITE_ROW) {
        ++n;
        for (int c = 0; c < columns; ++c) {
            switch (sqlite3_column_type(stmt, c)) {
            case SQLITE_INTEGER:
                checksum += sqlite3_column_int64(stmt, c);
                break;
            case SQLITE_FLOAT:
                checksum += qint64(sqlite3_column_double(stmt, c));
                break;
            case SQLITE_NULL:
                break;
            default:
                checksum += sqlite3_column_bytes(stmt, c);
                (void)sqlite3_column_text(stmt, c);
                break;
            }
        }
    }
    sqlite3_finalize(stmt);
    *rows = n;
    return checksum;
}

} // namespace

// The longest time the event loop went without running a 5 ms timer while it watched: how
// long the UI thread was blocked.
class StallMeter : public QObject
{
public:
    StallMeter()
    {
        m_timer.setInterval(5);
        m_timer.setTimerType(Qt::PreciseTimer);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = monotonicNs();
            m_longest = std::max(m_longest, now - m_last);
            m_last = now;
        });
        m_last = monotonicNs();
        m_timer.start();
    }
    double longestMs() const { return ms(std::max(m_longest, monotonicNs() - m_last)); }

private:
    QTimer m_timer;
    qint64 m_last = 0;
    qint64 m_longest = 0;
};

QJsonObject measureStartup(const QString &database)
{
    QJsonObject result;
    QApplication::setFont(chartFont(QApplication::font().pointSizeF()));
    App app(ViewRegistry::builtIn());

    // The first Paint of any widget in the window starts one backing-store sync that paints
    // them all; the queued call runs right after that sync.
    struct FirstPaint : QObject
    {
        qint64 at = 0;
        bool eventFilter(QObject *watched, QEvent *event) override
        {
            if (event->type() == QEvent::Paint && at == 0 && watched->isWidgetType()) {
                at = -1;
                QMetaObject::invokeMethod(
                    this, [this] { at = monotonicNs(); }, Qt::QueuedConnection);
            }
            return false;
        }
    } firstPaint;
    // As main() does: the window shows, then the dataset is checked and loaded behind it.
    bool loaded = false;
    QString failure;
    QObject::connect(&app.workspace, &Workspace::loadFinished, [&] { loaded = true; });
    QObject::connect(
        &app.workspace, &Workspace::loadFailed, [&](const QString &m) { failure = m; });
    qApp->installEventFilter(&firstPaint);
    app.window->show();
    const StallMeter stalls;
    app.window->openStartupDataset(database);
    QElapsedTimer guard;
    guard.start();
    while (firstPaint.at <= 0 && guard.elapsed() < 600000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    qApp->removeEventFilter(&firstPaint);
    result.insert(QStringLiteral("firstPaint"), firstPaint.at);
    while (!loaded && failure.isEmpty() && guard.elapsed() < 1800000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    if (!failure.isEmpty()) {
        result.insert(QStringLiteral("error"), failure);
        return result;
    }
    result.insert(QStringLiteral("opened"), monotonicNs());
    // Views on other tabs have their models and charts built; render each once.
    QCoreApplication::processEvents();
    replotAll(app.views);
    QCoreApplication::processEvents();
    result.insert(QStringLiteral("populated"), monotonicNs());
    result.insert(QStringLiteral("longestStallMs"), stalls.longestMs());
    result.insert(QStringLiteral("peakMiB"), peakMemoryMiB());
    return result;
}

QJsonObject measureViews(const MeasureOptions &options)
{
    QJsonObject result;
    const qint64 t0 = monotonicNs();
    App app(options.database, options.views);
    if (!app.error.isEmpty()) {
        result.insert(QStringLiteral("error"), app.error);
        return result;
    }
    result.insert(QStringLiteral("openAndLoadMs"), ms(monotonicNs() - t0));
    app.window->show();
    if (!QTest::qWaitForWindowExposed(app.window.get(), 60000)) {
        result.insert(QStringLiteral("error"), QStringLiteral("the window was never exposed"));
        return result;
    }
    QCoreApplication::processEvents();
    result.insert(QStringLiteral("settleMs"), settle(app.window.get()));

    // The main window: every view listens to the one state.
    const QList<Filter> filters = filterCycle(app.views, options.changes);
    const QList<EntityRef> entities = focusCycle(app.views, options.changes);
    result.insert(
        QStringLiteral("filter"), stats(filterChanges(app.state, app.window.get(), filters)));
    result.insert(
        QStringLiteral("focus"), stats(focusChanges(app.state, app.window.get(), entities)));
    result.insert(QStringLiteral("filters"), int(filters.size()));
    QJsonArray examples;
    for (int i = 0; i < std::min<qsizetype>(8, filters.size()); ++i)
        examples.append(describeFilter(filters.at(i)));
    result.insert(QStringLiteral("filterExamples"), examples);

    // Each view alone, shown at the size of the window's page, with its own state.
    QJsonArray views;
    for (const QString &name : options.views.names()) {
        ExplorerState state;
        std::unique_ptr<ChartView> view(options.views.create(name, &app.workspace, &state));
        QJsonObject v;
        v.insert(QStringLiteral("view"), name);
        v.insert(QStringLiteral("rows"), view->totalRowCount());
        view->resize(1280, 720);
        view->show();
        if (!QTest::qWaitForWindowExposed(view.get(), 60000))
            v.insert(QStringLiteral("error"), QStringLiteral("never exposed"));
        QCoreApplication::processEvents();
        settle(view.get());
        v.insert(QStringLiteral("filter"),
            stats(filterChanges(state, view.get(), filterCycle({view.get()}, options.changes))));
        v.insert(QStringLiteral("focus"),
            stats(focusChanges(state, view.get(), focusCycle({view.get()}, options.changes))));
        for (const ChartFormat format : {ChartFormat::Png, ChartFormat::Svg, ChartFormat::Pdf}) {
            ChartExportOptions exportOptions;
            exportOptions.format = format;
            exportOptions.size = QSize(1920, 1080);
            qint64 bytes = 0;
            const auto samples = timed(
                options.repeats, [&] { bytes = renderView(view.get(), exportOptions).size(); });
            QJsonObject e = stats(samples);
            e.insert(QStringLiteral("bytes"), bytes);
            v.insert(chartFormatSuffix(format), e);
        }
        views.append(v);
    }
    result.insert(QStringLiteral("views"), views);

    // Each source query: the app's way (Queries + setRows + every view updated and
    // rendered) beside the same statement stepped through the sqlite3 C API.
    QJsonArray queries;
    const Queries q(*app.workspace.database());
    sqlite3 *handle = app.workspace.database()->handle();
    for (const SourceQuery &query : app.workspace.sourceQueries()) {
        if (query.sql.isEmpty())
            continue; // no single statement to run raw beside it (the edition comparison)
        QJsonObject o;
        o.insert(QStringLiteral("query"), query.name);
        qint64 rows = 0;
        const auto raw = timed(options.repeats, [&] { runRaw(handle, query.sql, &rows); });
        const auto appTimes = timed(options.repeats, [&] {
            query.load(q);
            QCoreApplication::processEvents();
            replotAll(app.views);
            app.window->repaint();
        });
        o.insert(QStringLiteral("rows"), rows);
        o.insert(QStringLiteral("raw"), stats(raw));
        o.insert(QStringLiteral("app"), stats(appTimes));
        queries.append(o);
    }
    result.insert(QStringLiteral("queries"), queries);
    result.insert(QStringLiteral("peakMiB"), peakMemoryMiB());
    return result;
}

QJsonObject measureDataExport(const MeasureOptions &options)
{
    QJsonObject result;
    DatabaseError dbError;
    auto db = Database::open(options.database, &dbError, Database::Access::ReadOnly);
    if (!db) {
        result.insert(QStringLiteral("error"), dbError.message());
        return result;
    }
    const QStringList names = Queries(*db).exportableNames();
    // What export-data does, into a sink that only counts: every table as one JSON document
    // (--all), then each as CSV; beside it every table's SELECT * stepped raw (runRaw).
    qint64 rows = 0;
    qint64 t0 = monotonicNs();
    for (const QString &name : names) {
        qint64 n = 0;
        runRaw(db->handle(), QStringLiteral("SELECT * FROM \"%1\"").arg(name), &n);
        rows += n;
    }
    const double rawMs = ms(monotonicNs() - t0);
    qint64 jsonBytes = 0;
    const ExportSink countJson = [&jsonBytes](const char *, qsizetype size) {
        jsonBytes += size;
        return true;
    };
    QString error;
    t0 = monotonicNs();
    const bool jsonOk = streamJson(*db, names, countJson, &error);
    const double jsonMs = ms(monotonicNs() - t0);
    qint64 csvBytes = 0;
    const ExportSink countCsv = [&csvBytes](const char *, qsizetype size) {
        csvBytes += size;
        return true;
    };
    bool csvOk = true;
    t0 = monotonicNs();
    for (const QString &name : names)
        csvOk = streamCsv(*db, name, {}, countCsv, &error) && csvOk;
    const double csvMs = ms(monotonicNs() - t0);
    if (!jsonOk || !csvOk)
        result.insert(QStringLiteral("error"), error);
    result.insert(QStringLiteral("rows"), rows);
    result.insert(QStringLiteral("rawMs"), rawMs);
    result.insert(QStringLiteral("jsonMs"), jsonMs);
    result.insert(QStringLiteral("jsonBytes"), jsonBytes);
    result.insert(QStringLiteral("csvMs"), csvMs);
    result.insert(QStringLiteral("csvBytes"), csvBytes);
    result.insert(QStringLiteral("peakMiB"), peakMemoryMiB());
    return result;
}

} // namespace TrendScope::Bench
