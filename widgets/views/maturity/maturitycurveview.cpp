#include "maturitycurveview.h"

#include "explorerfilterproxy.h"
#include "explorerstate.h"
#include "maturitycurvechart.h"
#include "maturitymodel.h"
#include "roles.h"
#include "viewlinks.h"
#include "viewsetup.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace TrendScope {

MaturityCurveView::MaturityCurveView(MaturityModel *source, ExplorerState *state, QWidget *parent)
    : ChartView(QStringLiteral("maturity-curve"), state, parent)
    , m_source(source)
    , m_proxy(new ExplorerFilterProxy(this))
    , m_year(new QComboBox(this))
    , m_compare(new QCheckBox(tr("Compare with"), this))
    , m_compareYear(new QComboBox(this))
    , m_table(new QTableView(this))
    , m_chart(nullptr)
{
    m_proxy->setSourceModel(source);
    m_proxy->setFilter(state->filter());
    m_chart = new MaturityCurveChart(m_proxy, state, this);

    m_year->setObjectName(QStringLiteral("maturity-year"));
    m_compare->setObjectName(QStringLiteral("maturity-compare"));
    m_compareYear->setObjectName(QStringLiteral("maturity-compare-year"));

    setupTable(m_table, m_proxy, QStringLiteral("maturity-table"));
    m_table->sortByColumn(MaturityModel::StageColumn, Qt::AscendingOrder);
    linkViewToFocus(m_table, state);

    auto *controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Curve year:"), this));
    controls->addWidget(m_year);
    controls->addSpacing(12);
    controls->addWidget(m_compare);
    controls->addWidget(m_compareYear);
    controls->addStretch(1);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("maturity-splitter"));
    splitter->addWidget(m_chart);
    splitter->addWidget(m_table);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({800, 480});

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(splitter, 1);

    connect(m_year, &QComboBox::activated, this, &MaturityCurveView::applyYears);
    connect(m_compareYear, &QComboBox::activated, this, &MaturityCurveView::applyYears);
    connect(m_compare, &QCheckBox::toggled, this, &MaturityCurveView::applyYears);
    connect(state, &ExplorerState::filterChanged, this, [this](const Filter &filter) {
        m_proxy->setFilter(filter);
    });
    connect(m_source, &QAbstractItemModel::modelReset, this, [this] {
        refreshYears();
        m_chart->setStages(m_source->stages());
    });
    forwardRowCounts(m_proxy, this);

    m_chart->setStages(m_source->stages());
    refreshYears();
}

MaturityCurveView::~MaturityCurveView() = default;

QString MaturityCurveView::title() const
{
    return m_chart->title();
}
QCustomPlot *MaturityCurveView::plot() const
{
    return m_chart;
}
void MaturityCurveView::setTheme(const ChartTheme &theme)
{
    m_chart->setTheme(theme);
}
int MaturityCurveView::visibleRowCount() const
{
    return m_proxy->rowCount();
}
int MaturityCurveView::totalRowCount() const
{
    return m_source->rowCount();
}

QAbstractItemModel *MaturityCurveView::tableModel() const
{
    return m_proxy;
}

// Offers the curve years the data has: the latest shown, the one before it to compare with.
void MaturityCurveView::refreshYears()
{
    const QList<int> years = m_source->curveYears();
    const int year = m_year->currentData().isValid() ? m_year->currentData().toInt() : 0;
    const int compareYear
        = m_compareYear->currentData().isValid() ? m_compareYear->currentData().toInt() : 0;
    m_year->clear();
    m_compareYear->clear();
    for (auto it = years.crbegin(); it != years.crend(); ++it) {
        m_year->addItem(QString::number(*it), *it);
        m_compareYear->addItem(QString::number(*it), *it);
    }
    const int yearIndex = m_year->findData(year);
    m_year->setCurrentIndex(yearIndex >= 0 ? yearIndex : 0);
    const int compareIndex = m_compareYear->findData(compareYear);
    m_compareYear->setCurrentIndex(
        compareIndex >= 0 ? compareIndex : std::min(1, int(years.size()) - 1));
    m_compare->setEnabled(years.size() > 1);
    if (years.size() < 2)
        m_compare->setChecked(false);
    applyYears();
}

void MaturityCurveView::applyYears()
{
    m_compareYear->setEnabled(m_compare->isChecked());
    const int year = m_year->currentData().toInt();
    QStringList shown {QString::number(year)};
    std::optional<int> compareYear;
    if (m_compare->isChecked() && m_compareYear->currentData().isValid()
        && m_compareYear->currentData().toInt() != year) {
        compareYear = m_compareYear->currentData().toInt();
        shown.append(QString::number(*compareYear));
    }
    // The curve years on show: one, or two when comparing.
    m_proxy->setRoleFilter(CurveYearRole, shown);
    m_chart->setCurveYear(year);
    m_chart->setCompareYear(compareYear);
}

} // namespace TrendScope
