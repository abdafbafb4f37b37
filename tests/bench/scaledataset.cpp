#include "scaledataset.h"

#include "database.h"

#include <QDate>
#include <QElapsedTimer>
#include <QFile>
#include <QStringList>

#include <sqlite3.h>

#include <cmath>
#include <cstdio>
#include <optional>
#include <random>
#include <string>
#include <vector>

namespace TrendScope::Bench {

namespace {

// One prepared INSERT; values bound by position, NULL for an empty optional.
class Insert
{
public:
    Insert(sqlite3 *db, const char *sql)
        : m_db(db)
    {
        if (sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr) != SQLITE_OK)
            m_error = QString::fromUtf8(sqlite3_errmsg(db));
    }
    ~Insert() { sqlite3_finalize(m_stmt); }
    Insert(const Insert &) = delete;
    Insert &operator=(const Insert &) = delete;

    Insert &text(const std::string &v)
    {
        sqlite3_bind_text(m_stmt, ++m_column, v.c_str(), int(v.size()), SQLITE_TRANSIENT);
        return *this;
    }
    Insert &text(const std::optional<std::string> &v) { return v ? text(*v) : null(); }
    Insert &integer(qint64 v)
    {
        sqlite3_bind_int64(m_stmt, ++m_column, v);
        return *this;
    }
    Insert &integer(const std::optional<qint64> &v) { return v ? integer(*v) : null(); }
    Insert &real(double v)
    {
        sqlite3_bind_double(m_stmt, ++m_column, v);
        return *this;
    }
    Insert &real(const std::optional<double> &v) { return v ? real(*v) : null(); }
    Insert &null()
    {
        sqlite3_bind_null(m_stmt, ++m_column);
        return *this;
    }
    // Provenance columns, in the order every fact table has them.
    Insert &provenance(const std::optional<std::string> &formula)
    {
        integer(1).text(std::string("synthetic")).text(std::string(formula ? "derived" : "editor"));
        text(formula).null().text(std::string("synthetic benchmark row"));
        return *this;
    }
    qint64 run()
    {
        m_column = 0;
        if (!m_error.isEmpty())
            return 0;
        const int rc = sqlite3_step(m_stmt);
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
        if (rc != SQLITE_DONE) {
            m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
            return 0;
        }
        ++m_rows;
        return sqlite3_last_insert_rowid(m_db);
    }
    QString error() const { return m_error; }
    qint64 rows() const { return m_rows; }

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_stmt = nullptr;
    QString m_error;
    int m_column = 0;
    qint64 m_rows = 0;
};

std::string format(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
std::string format(const char *fmt, ...)
{
    char buffer[512];
    va_list args;
    va_start(args, fmt);
    const int n = std::vsnprintf(buffer, sizeof buffer, fmt, args);
    va_end(args);
    return std::string(buffer, size_t(std::clamp(n, 0, int(sizeof buffer) - 1)));
}

// Two decimals as integers, so "a + b = c" is exact in the checker's arithmetic.
std::string cents(qint64 c)
{
    return format("%s%lld.%02lld", c < 0 ? "-" : "", std::llabs(c) / 100, std::llabs(c) % 100);
}

class Random
{
public:
    explicit Random(quint64 seed)
        : m_engine(seed)
    { }

    double uniform() { return std::uniform_real_distribution<double>(0.0, 1.0)(m_engine); }
    qint64 between(qint64 lo, qint64 hi) // inclusive
    {
        return std::uniform_int_distribution<qint64>(lo, hi)(m_engine);
    }
    bool chance(double p) { return uniform() < p; }
    // Heavily skewed towards small indexes: a few organizations own most rows.
    qint64 skewed(qint64 count)
    {
        return std::min(count - 1, qint64(double(count) * std::pow(uniform(), 3.0)));
    }
    template <typename T> const T &pick(const std::vector<T> &v)
    {
        return v.at(size_t(between(0, qint64(v.size()) - 1)));
    }

    // An ISO date between the years, at day (60%), month (28%) or year (12%) precision.
    std::string date(int fromYear, int toYear)
    {
        const QDate from(fromYear, 1, 1);
        const QDate d = from.addDays(between(0, from.daysTo(QDate(toYear, 12, 31))));
        const double p = uniform();
        if (p < 0.60)
            return format("%04d-%02d-%02d", d.year(), d.month(), d.day());
        if (p < 0.88)
            return format("%04d-%02d", d.year(), d.month());
        return format("%04d", d.year());
    }
    std::optional<std::string> maybeDate(int fromYear, int toYear, double nullChance)
    {
        if (chance(nullChance))
            return std::nullopt;
        return date(fromYear, toYear);
    }

private:
    std::mt19937_64 m_engine;
};

const std::vector<std::string> cities {
    "北京", "上海", "深圳", "杭州", "广州", "成都", "武汉", "南京", "Synthetic City"};
const std::vector<std::string> directions {
    "大模型", "AI芯片", "自动驾驶", "机器人", "云计算", "数据库", "网络安全", "具身智能"};
const std::vector<std::string> rounds {
    "天使轮", "A轮", "A+轮", "B轮", "C轮", "D轮", "战略融资", "IPO"};
const std::vector<std::string> eventCategories {
    "model", "funding", "product", "policy", "research", "cloud", "other"};
const std::vector<std::string> regions {
    "全国", "北京", "上海", "广东", "浙江", "四川", "Synthetic Region"};
const std::vector<std::string> policyCategories {"AI", "数据", "算力", "云计算", "安全", "产业"};
const std::vector<std::string> modelKinds {"general", "industry", "multimodal", "code", "other"};
const std::vector<std::string> domains {
    "人工智能", "云计算", "大数据", "网络", "芯片", "安全", "软件工程"};

bool run(sqlite3 *db, const char *sql, QString *error)
{
    char *message = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &message) == SQLITE_OK)
        return true;
    *error = QString::fromUtf8(message ? message : "unknown error");
    sqlite3_free(message);
    return false;
}

QStringList stageNames(sqlite3 *db)
{
    QStringList names;
    sqlite3_stmt *stmt = nullptr;
    sqlite3_prepare_v2(db, "SELECT name FROM maturity_stage ORDER BY ordinal", -1, &stmt, nullptr);
    while (stmt && sqlite3_step(stmt) == SQLITE_ROW)
        names.append(
            QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0))));
    sqlite3_finalize(stmt);
    return names;
}

} // namespace

bool generateScaleDataset(
    const QString &path, const ScaleOptions &options, ScaleReport *report, QString *error)
{
    QElapsedTimer timer;
    timer.start();
    DatabaseError dbError;
    auto database = Database::createFromEmbedded(path, &dbError);
    if (!database) {
        *error = dbError.message();
        return false;
    }
    sqlite3 *db = database->handle();
    Random rnd(options.seed);
    const qint64 n = std::max<qint64>(options.rows, 100);
    const qint64 organizations = std::max<qint64>(50, n / 200);
    const qint64 models = std::max<qint64>(100, n / 100);
    constexpr qint64 curveYears = 100;
    const qint64 technologies = std::max<qint64>(1, n / curveYears);
    constexpr qint64 entriesPerSnapshot = 50;
    const qint64 snapshots = std::max<qint64>(1, n / entriesPerSnapshot);
    constexpr qint64 snapshotsPerBenchmark = 250;
    const QStringList stages = stageNames(db);
    if (stages.isEmpty()) {
        *error = QStringLiteral("the embedded dataset has no maturity stages");
        return false;
    }

    if (!run(db, "BEGIN IMMEDIATE", error))
        return false;

    std::vector<qint64> orgIds;
    std::vector<qint64> modelIds;
    std::vector<qint64> techIds;
    QStringList summary;
    qint64 total = 0;
    auto done = [&](const char *table, const Insert &insert) {
        summary.append(QStringLiteral("%1 %2").arg(QLatin1String(table)).arg(insert.rows()));
        total += insert.rows();
        if (!insert.error().isEmpty()) {
            *error = QLatin1String(table) + QStringLiteral(": ") + insert.error();
            return false;
        }
        return true;
    };

    {
        Insert org(db,
            "INSERT INTO organization (name, name_en, kind, country, parent_id) VALUES "
            "(?,?,?,?,?)");
        for (qint64 i = 1; i <= organizations; ++i) {
            const std::string name = format("Synthetic Org %lld", i);
            org.text(name).text(rnd.chance(0.3) ? std::optional<std::string>() : name);
            org.text(std::string(rnd.chance(0.9) ? "company" : "research")).text(std::string("CN"));
            // A few business units belong to one of the big organizations (schema 003 groups).
            if (i > 20 && rnd.chance(0.05))
                org.integer(orgIds.at(size_t(rnd.between(0, 19))));
            else
                org.null();
            orgIds.push_back(org.run());
        }
        if (!done("organization", org))
            return false;
    }
    {
        Insert model(db,
            "INSERT INTO model (name, name_en, organization_id, kind, released,"
            " source_id, section, status, formula, quote, note) VALUES (?,?,?,?,?,?,?,?,?,?,?)");
        for (qint64 i = 1; i <= models; ++i) {
            model.text(format("合成模型-%06lld", i)).text(format("Synthetic Model %lld", i));
            if (rnd.chance(0.02))
                model.null();
            else
                model.integer(orgIds.at(size_t(rnd.skewed(organizations))));
            model.text(rnd.pick(modelKinds))
                .text(rnd.maybeDate(2015, 2024, 0.1))
                .provenance(std::nullopt);
            modelIds.push_back(model.run());
        }
        if (!done("model", model))
            return false;
    }
    {
        Insert run(db,
            "INSERT INTO training_run (model_id, parameters, tokens, days, gpus, gpu_type,"
            " source_id, section, status, formula, quote, note) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)");
        for (qint64 i = 0; i < models / 10; ++i) {
            const qint64 billions = rnd.between(1, 500);
            run.integer(modelIds.at(size_t(rnd.between(0, models - 1))))
                .real(double(billions) * 1e9);
            run.real(
                rnd.chance(0.3) ? std::optional<double>() : double(rnd.between(100, 5000)) * 1e9);
            run.null()
                .integer(rnd.chance(0.4) ? std::optional<qint64>() : rnd.between(8, 10000))
                .null();
            run.provenance(format("%lld × 1000000000 = %lld000000000", billions, billions));
            run.run();
        }
        if (!done("training_run", run))
            return false;
    }
    {
        Insert tech(db, "INSERT INTO technology (name, name_en, domain) VALUES (?,?,?)");
        for (qint64 i = 1; i <= technologies; ++i) {
            tech.text(format("合成技术-%06lld", i)).text(format("Synthetic Technology %lld", i));
            tech.text(rnd.pick(domains));
            techIds.push_back(tech.run());
        }
        if (!done("technology", tech))
            return false;
        Insert position(db,
            "INSERT INTO maturity_position (technology_id, curve_year, stage, is_new,"
            " source_id, section, status, formula, quote, note) VALUES (?,?,?,?,?,?,?,?,?,?)");
        for (const qint64 techId : techIds) {
            int stage = 0;
            for (qint64 y = 0; y < curveYears; ++y) {
                // Technologies move along the curve over the years, never back.
                if (stage < stages.size() - 1 && rnd.chance(0.08))
                    ++stage;
                position.integer(techId).integer(1950 + y).text(stages.at(stage).toStdString());
                position.integer(y == 0 ? 1 : 0);
                position.provenance(format("1950 + %lld = %lld", y, 1950 + y));
                position.run();
            }
        }
        if (!done("maturity_position", position))
            return false;
    }
    {
        Insert board(db,
            "INSERT INTO leaderboard (benchmark, snapshot, metric, source_id, section, status,"
            " formula, quote, note) VALUES (?,?,?,?,?,?,?,?,?)");
        Insert entry(db,
            "INSERT INTO leaderboard_entry (leaderboard_id, model_id, score, source_id, section,"
            " status, formula, quote, note) VALUES (?,?,?,?,?,?,?,?,?)");
        std::vector<qint64> pool(modelIds);
        for (qint64 s = 0; s < snapshots; ++s) {
            const qint64 bench = s / snapshotsPerBenchmark;
            const qint64 k = s % snapshotsPerBenchmark;
            // Half the benchmarks publish monthly (month precision), half weekly (day precision).
            std::string snapshot;
            if (bench % 2 == 0) {
                const QDate d = QDate(2000, 1, 1).addMonths(int(k));
                snapshot = format("%04d-%02d", d.year(), d.month());
            } else {
                const QDate d = QDate(2015, 1, 1).addDays(7 * k);
                snapshot = format("%04d-%02d-%02d", d.year(), d.month(), d.day());
            }
            board.text(format("合成评测-%04lld", bench)).text(snapshot).text(std::string("score"));
            const qint64 boardId = board.provenance(std::nullopt).run();
            // Each snapshot ranks a different sample of models.
            for (qint64 e = 0; e < entriesPerSnapshot && e < qint64(pool.size()); ++e) {
                std::swap(pool[size_t(e)], pool[size_t(rnd.between(e, qint64(pool.size()) - 1))]);
                entry.integer(boardId).integer(pool[size_t(e)]);
                if (rnd.chance(0.03)) {
                    entry.null().provenance(std::nullopt);
                } else {
                    const qint64 base = rnd.between(3000, 6000);
                    const qint64 gain = rnd.between(0, 3500);
                    entry.real(double(base + gain) / 100.0);
                    entry.provenance(
                        cents(base) + " + " + cents(gain) + " = " + cents(base + gain));
                }
                entry.run();
            }
        }
        if (!done("leaderboard", board) || !done("leaderboard_entry", entry))
            return false;
    }
    {
        Insert deal(db,
            "INSERT INTO funding_company (organization_id, period, list_rank, founded, hq,"
            " direction, round, amount_yuan, amount_text, source_id, section, status, formula,"
            " quote, note) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
        for (qint64 i = 0; i < n; ++i) {
            deal.integer(orgIds.at(size_t(rnd.skewed(organizations)))).text(rnd.date(2010, 2024));
            deal.integer(rnd.chance(0.2) ? std::optional<qint64>() : rnd.between(1, 100));
            deal.text(rnd.maybeDate(1995, 2023, 0.2))
                .text(rnd.pick(cities))
                .text(rnd.pick(directions));
            deal.text(rnd.pick(rounds));
            if (rnd.chance(0.15)) {
                deal.null().text(std::string("数亿元")).provenance(std::nullopt);
            } else {
                // Log-normal amounts: many small rounds, a few very large ones.
                const qint64 wan = std::max<qint64>(1, qint64(std::exp(rnd.uniform() * 12.0) * 10));
                deal.real(double(wan) * 10000.0).text(format("%lld万元", wan));
                deal.provenance(format("%lld × 10000 = %lld0000", wan, wan));
            }
            deal.run();
        }
        if (!done("funding_company", deal))
            return false;
        Insert totals(db,
            "INSERT INTO funding_total (period_start, period_end, domain, parent_domain,"
            " amount_yuan, events, share_percent, share_of, source_id, section, status,"
            " formula, quote, note) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
        for (qint64 i = 0; i < std::max<qint64>(10, n / 100); ++i) {
            const int year = int(rnd.between(2010, 2024));
            const qint64 yi = rnd.between(1, 5000);
            totals.text(format("%04d", year)).text(format("%04d", year)).text(rnd.pick(directions));
            totals.text(std::string("合成领域"))
                .real(double(yi) * 1e8)
                .integer(rnd.between(1, 900));
            totals.null().null().provenance(format("%lld × 100000000 = %lld00000000", yi, yi));
            totals.run();
        }
        if (!done("funding_total", totals))
            return false;
    }
    {
        Insert event(db,
            "INSERT INTO event (date, title, category, organization_id, summary, source_id,"
            " section, status, formula, quote, note) VALUES (?,?,?,?,?,?,?,?,?,?,?)");
        for (qint64 i = 1; i <= n; ++i) {
            event.text(rnd.maybeDate(1995, 2024, 0.03)).text(format("合成事件-%07lld", i));
            event.text(rnd.pick(eventCategories));
            if (rnd.chance(0.2))
                event.null();
            else
                event.integer(orgIds.at(size_t(rnd.skewed(organizations))));
            event.text(rnd.chance(0.3) ? std::optional<std::string>()
                                       : format("Synthetic summary of event %lld", i));
            event.provenance(std::nullopt).run();
        }
        if (!done("event", event))
            return false;
    }
    {
        Insert policy(db,
            "INSERT INTO policy (date, title, issuer, region, category, summary, source_id,"
            " section, status, formula, quote, note) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)");
        for (qint64 i = 1; i <= n / 10; ++i) {
            policy.text(rnd.maybeDate(2000, 2024, 0.02)).text(format("合成政策-%07lld", i));
            policy.text(format("Synthetic Ministry %lld", rnd.skewed(40) + 1))
                .text(rnd.pick(regions));
            policy.text(rnd.pick(policyCategories))
                .text(rnd.chance(0.5) ? std::optional<std::string>()
                                      : std::string("Synthetic policy summary"));
            policy.provenance(std::nullopt).run();
        }
        if (!done("policy", policy))
            return false;
    }
    {
        Insert cut(db,
            "INSERT INTO price_cut (organization_id, announced, effective, products, min_percent,"
            " max_percent, source_id, section, status, formula, quote, note) VALUES "
            "(?,?,?,?,?,?,?,?,?,?,?,?)");
        for (qint64 i = 1; i <= n / 10; ++i) {
            // Cloud vendors are the big organizations.
            cut.integer(orgIds.at(size_t(rnd.skewed(std::min<qint64>(organizations, 200)))));
            cut.text(rnd.maybeDate(2015, 2024, 0.05)).text(rnd.maybeDate(2015, 2024, 0.4));
            cut.text(format("合成产品 %lld", rnd.between(1, 500)));
            const qint64 lo = rnd.between(100, 5000);
            const qint64 spread = rnd.between(0, 4000);
            if (rnd.chance(0.3)) {
                cut.null().real(double(lo + spread) / 100.0);
                cut.provenance(cents(lo) + " + " + cents(spread) + " = " + cents(lo + spread));
            } else {
                cut.real(double(lo) / 100.0).real(double(lo + spread) / 100.0);
                cut.provenance(cents(lo) + " + " + cents(spread) + " = " + cents(lo + spread));
            }
            cut.run();
        }
        if (!done("price_cut", cut))
            return false;
    }
    {
        Insert stat(db,
            "INSERT INTO survey_stat (survey, question, answer, percent, respondents, rank,"
            " source_id, section, status, formula, quote, note) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)");
        for (qint64 i = 0; i < n / 10; ++i) {
            const qint64 pct = rnd.between(0, 10000);
            stat.text(format("合成调查-%04lld", i / 200))
                .text(format("问题 %lld", (i / 10) % 20 + 1));
            stat.text(format("选项 %lld", i % 10 + 1)).real(double(pct) / 100.0);
            stat.integer(rnd.chance(0.3) ? std::optional<qint64>() : rnd.between(100, 20000));
            stat.integer(i % 10 + 1);
            stat.provenance(cents(pct) + " + 0 = " + cents(pct)).run();
        }
        if (!done("survey_stat", stat))
            return false;
    }

    // Every generated row joins its source's edition, as the shipped rows do.
    {
        QFile editions(QStringLiteral(":/db/dataset/900_editions.sql"));
        if (!editions.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("the embedded dataset has no editions script");
            return false;
        }
        if (!run(db, editions.readAll().constData(), error))
            return false;
    }
    // No ANALYZE: a file grown by editors has no statistics either.
    if (!run(db, "COMMIT", error))
        return false;
    if (report) {
        report->totalRows = total;
        report->seconds = double(timer.nsecsElapsed()) / 1e9;
        report->summary = summary.join(QStringLiteral(", "));
    }
    return true;
}

} // namespace TrendScope::Bench
