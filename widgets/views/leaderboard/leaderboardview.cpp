#include "leaderboardview.h"

#include "explorerfilterproxy.h"
#include "explorerstate.h"
#include "leaderboardchart.h"
#include "leaderboardcomparemodel.h"
#include "leaderboardmodel.h"
#include "rankbumpchart.h"
#include "retranslator.h"
#include "roles.h"
#include "sortorder.h"
#include "surveychart.h"
#include "trainingrunmodel.h"
#include "viewlinks.h"
#include "viewsetup.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace TrendScope {

namespace {

// The organization combo's item data beside the report's name: its English name.
constexpr int EnglishRole = Qt::UserRole + 1;

} // namespace

LeaderboardView::LeaderboardView(QAbstractItemModel *source, ExplorerState *state, QWidget *parent)
    : LeaderboardView(source, nullptr, nullptr, state, parent)
{ }

LeaderboardView::LeaderboardView(QAbstractItemModel *source, QAbstractItemModel *trainingRuns,
    QAbstractItemModel *surveys, ExplorerState *state, QWidget *parent)
    : ChartPage(QStringLiteral("leaderboard"), source, state, parent)
    , m_organization(new QComboBox(this))
    , m_chart(new LeaderboardChart(proxy(), state, this))
    , m_tabs(new QTabWidget(this))
    , m_rankChart(new RankBumpChart(proxy(), LeaderboardModel::RankColumn, state, this))
    , m_compareTable(new QTableView(this))
{
    m_organization->setObjectName(QStringLiteral("leaderboard-organization"));
    m_organization->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *texts = new Retranslator(this);
    auto *organizationLabel = new QLabel(this);
    texts->add([organizationLabel] { organizationLabel->setText(tr("Organization:")); });
    controls()->addWidget(organizationLabel);
    controls()->addWidget(m_organization);
    controls()->addStretch(1);

    // The scores are the page's chart and table; the other tabs are extras under the same
    // organization filter.
    TableOptions table;
    table.sortColumn = LeaderboardModel::RankColumn;
    table.tableFirst = true;
    m_tabs->setObjectName(QStringLiteral("leaderboard-tabs"));
    m_tabs->setDocumentMode(true);
    // Compare mode adds the compare table under the chart and table; off, it is hidden.
    auto *scores = new QSplitter(Qt::Vertical, this);
    scores->setChildrenCollapsible(false);
    scores->addWidget(chartAndTable(m_chart, 760, 520, table));
    auto *compareSort = new QSortFilterProxyModel(this);
    compareSort->setSortRole(SortRole);
    compareSort->setSourceModel(
        new LeaderboardCompareModel(proxy(), LeaderboardModel::RankColumn, state, this));
    setupTable(m_compareTable, compareSort, QStringLiteral("leaderboard-compare-table"));
    m_compareTable->sortByColumn(-1, Qt::AscendingOrder); // the pairs' order: by B's rank
    linkViewToFocus(m_compareTable, state);
    scores->addWidget(m_compareTable);
    scores->setStretchFactor(0, 3);
    scores->setStretchFactor(1, 1);
    m_compareTable->setVisible(state->comparison().isActive());
    connect(state, &ExplorerState::comparisonChanged, m_compareTable,
        [this](
            const Comparison &comparison) { m_compareTable->setVisible(comparison.isActive()); });
    const int scoresTab = m_tabs->addTab(scores, QString());
    texts->add([this, scoresTab] { m_tabs->setTabText(scoresTab, tr("Scores")); });
    if (trainingRuns) {
        // Training runs: the same search and organization filters, their own sorting.
        m_trainingTable = new QTableView(this);
        m_trainingRuns = trainingRuns;
        QAbstractItemModel *filtered = filteredProxy(trainingRuns);
        setupTable(m_trainingTable, filtered, QStringLiteral("training-run-table"));
        forwardRowCounts(filtered, this);
        m_trainingTable->sortByColumn(TrainingRunModel::ComputeColumn, Qt::DescendingOrder);
        linkViewToFocus(m_trainingTable, state);
        auto *page = new QWidget(this);
        auto *pageLayout = new QVBoxLayout(page);
        pageLayout->setContentsMargins(0, 4, 0, 0);
        auto *note = new QLabel(page);
        note->setWordWrap(true);
        pageLayout->addWidget(note);
        pageLayout->addWidget(m_trainingTable, 1);
        const int tab = m_tabs->addTab(page, QString());
        texts->add([this, note, tab] {
            note->setText(tr("Compute is derived, not stated in the report: 6 × parameters × "
                             "tokens (hover a value for the arithmetic). The report titles its "
                             "table as estimates (推测)."));
            m_tabs->setTabText(tab, tr("Training runs"));
        });
    }
    if (surveys) {
        m_surveys = surveys;
        forwardRowCounts(surveys, this);
        m_surveyChart = new SurveyChart(surveys, this);
        m_question = new QComboBox(this);
        m_question->setObjectName(QStringLiteral("survey-question"));
        m_question->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        auto *page = new QWidget(this);
        auto *pageLayout = new QVBoxLayout(page);
        pageLayout->setContentsMargins(0, 4, 0, 0);
        auto *row = new QHBoxLayout;
        auto *questionLabel = new QLabel(page);
        row->addWidget(questionLabel);
        row->addWidget(m_question);
        row->addStretch(1);
        pageLayout->addLayout(row);
        pageLayout->addWidget(m_surveyChart, 1);
        const int tab = m_tabs->addTab(page, QString());
        texts->add([this, questionLabel, tab] {
            questionLabel->setText(tr("Question:"));
            m_tabs->setTabText(tab, tr("Surveys"));
        });
        connect(m_question, &QComboBox::currentIndexChanged, this, [this] {
            m_surveyChart->setQuestion(m_question->currentData().toString());
            emit rowCountsChanged();
        });
        connect(surveys, &QAbstractItemModel::modelReset, this, &LeaderboardView::refreshQuestions);
        refreshQuestions();
    }

    // How each model's rank moved from snapshot to snapshot, across editions.
    const int ranksTab = m_tabs->addTab(m_rankChart, QString());
    texts->add([this, ranksTab] {
        m_tabs->setTabText(ranksTab, tr("Rank changes"));
        refreshOrganizations(); // "All organizations", then the names in the language's order
    });

    setBody(m_tabs);
    connect(m_tabs, &QTabWidget::currentChanged, this, &ChartView::rowCountsChanged);

    connect(m_organization, &QComboBox::activated, this, [this] {
        this->state()->setOrganization(m_organization->currentData().toString(),
            m_organization->currentData(EnglishRole).toString());
    });
    connect(state, &ExplorerState::nameOrderChanged, this, &LeaderboardView::refreshOrganizations);
    connect(state, &ExplorerState::filterChanged, this, &LeaderboardView::showFilter);
    connect(source, &QAbstractItemModel::modelReset, this, &LeaderboardView::refreshOrganizations);
}

// While the training runs' or the surveys' tab is on show: its rows, shown and in all.
std::optional<std::pair<int, int>> LeaderboardView::extraTabRows() const
{
    const QWidget *page = m_tabs->currentWidget();
    if (m_trainingTable && page->isAncestorOf(m_trainingTable))
        return std::pair(m_trainingTable->model()->rowCount(), m_trainingRuns->rowCount());
    if (m_surveyChart && page->isAncestorOf(m_surveyChart)) {
        // The answers of the question on show, of all the surveys' answers (they follow no
        // filter).
        int shown = 0;
        for (const auto &[question, bars] : m_surveyChart->questionBars()) {
            if (question == m_surveyChart->question())
                shown = bars;
        }
        return std::pair(shown, m_surveys->rowCount());
    }
    return std::nullopt;
}

int LeaderboardView::visibleRowCount() const
{
    const auto rows = extraTabRows();
    return rows ? rows->first : ChartPage::visibleRowCount();
}

int LeaderboardView::totalRowCount() const
{
    const auto rows = extraTabRows();
    return rows ? rows->second : ChartPage::totalRowCount();
}

// The questions present, the one with the most answers first chosen; a chosen question is
// kept across reloads while it exists.
void LeaderboardView::refreshQuestions()
{
    const QString current = m_question->currentData().toString();
    const QList<std::pair<QString, int>> questions = m_surveyChart->questionBars();
    const QSignalBlocker blocker(m_question);
    m_question->clear();
    for (const auto &[question, bars] : questions)
        m_question->addItem(question, question);
    int index = m_question->findData(current);
    if (index < 0) {
        // Default: the question with the most answers (the richest chart).
        int most = -1;
        for (int i = 0; i < questions.size(); ++i) {
            if (questions.at(i).second > most) {
                most = questions.at(i).second;
                index = i;
            }
        }
    }
    m_question->setCurrentIndex(index);
    m_surveyChart->setQuestion(index >= 0 ? questions.at(index).first : QString());
}

// The organizations of the loaded rows, each named as the Names setting says, in the
// language's order; the filter keeps the report's name (and the English one, for its chip).
void LeaderboardView::refreshOrganizations()
{
    QHash<QString, QString> english; // a hash: a list's contains() was quadratic on large data
    const int rows = source()->rowCount();
    for (int row = 0; row < rows; ++row) {
        const QModelIndex index = source()->index(row, 0);
        const QString name = index.data(OrganizationNameRole).toString();
        if (!name.isEmpty() && !english.contains(name))
            english.insert(name, index.data(OrganizationNameEnRole).toString());
    }
    const NameOrder order = state()->nameOrder();
    const QStringList names = english.keys();
    QStringList shown;
    for (const QString &name : names)
        shown.append(firstName(name, english.value(name), order));
    const std::vector<int> sorted = sortedRows(
        int(shown.size()), [&shown](int i) { return QVariant(shown.at(i)); }, Qt::AscendingOrder);
    const QSignalBlocker blocker(m_organization);
    m_organization->clear();
    m_organization->addItem(tr("All organizations"), QString());
    for (const int i : sorted) {
        m_organization->addItem(shown.at(i), names.at(i));
        m_organization->setItemData(
            m_organization->count() - 1, english.value(names.at(i)), EnglishRole);
    }
    showFilter();
}

// Mirrors the shared filter in this view's own controls (it may come from another view).
void LeaderboardView::showFilter()
{
    const Filter &filter = state()->filter();
    int index = m_organization->findData(filter.organization);
    if (index < 0) {
        // An organization this leaderboard does not list: show it rather than hide the filter.
        m_organization->addItem(
            firstName(filter.organization, filter.organizationEn, state()->nameOrder()),
            filter.organization);
        index = m_organization->count() - 1;
    }
    m_organization->setCurrentIndex(index);
}

} // namespace TrendScope
