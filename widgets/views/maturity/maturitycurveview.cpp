#include "maturitycurveview.h"

#include "explorerfilterproxy.h"
#include "explorerstate.h"
#include "maturitycurvechart.h"
#include "maturitymodel.h"
#include "retranslator.h"
#include "roles.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>

namespace TrendScope {

MaturityCurveView::MaturityCurveView(MaturityModel *source, ExplorerState *state, QWidget *parent)
    : ChartPage(QStringLiteral("maturity-curve"), source, state, parent)
    , m_source(source)
    , m_year(new QComboBox(this))
    , m_compare(new QCheckBox(this))
    , m_compareYear(new QComboBox(this))
    , m_chart(new MaturityCurveChart(proxy(), state, this))
{
    m_year->setObjectName(QStringLiteral("maturity-year"));
    m_compare->setObjectName(QStringLiteral("maturity-compare"));
    m_compareYear->setObjectName(QStringLiteral("maturity-compare-year"));
    auto *yearLabel = new QLabel(this);
    (new Retranslator(this))->add([this, yearLabel] {
        yearLabel->setText(tr("Curve year:"));
        //: A check box before a second curve year: "Compare with [2022]"
        m_compare->setText(tr("Compare with"));
    });
    controls()->addWidget(yearLabel);
    controls()->addWidget(m_year);
    controls()->addSpacing(12);
    controls()->addWidget(m_compare);
    controls()->addWidget(m_compareYear);
    controls()->addStretch(1);

    TableOptions table;
    table.sortColumn = MaturityModel::StageColumn;
    setBody(chartAndTable(m_chart, 800, 480, table));

    connect(m_year, &QComboBox::activated, this, &MaturityCurveView::applyYears);
    connect(m_compareYear, &QComboBox::activated, this, &MaturityCurveView::applyYears);
    connect(m_compare, &QCheckBox::toggled, this, &MaturityCurveView::applyYears);
    connect(m_source, &QAbstractItemModel::modelReset, this, [this] {
        refreshYears();
        m_chart->setStages(m_source->stages());
    });

    connect(state, &ExplorerState::comparisonChanged, this, &MaturityCurveView::applyYears);

    m_chart->setStages(m_source->stages());
    refreshYears();
}

MaturityCurveView::~MaturityCurveView() = default;

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
    if (years.size() < 2)
        m_compare->setChecked(false);
    applyYears();
}

void MaturityCurveView::applyYears()
{
    // Comparing editions, the chart picks each edition's latest curve from every row.
    const bool editions = state()->comparison().isActive();
    m_year->setEnabled(!editions);
    m_compare->setEnabled(!editions && m_year->count() > 1);
    m_compareYear->setEnabled(!editions && m_compare->isChecked());
    if (editions) {
        proxy()->setRoleFilter(0, {});
        return;
    }
    const int year = m_year->currentData().toInt();
    QStringList shown {QString::number(year)};
    std::optional<int> compareYear;
    if (m_compare->isChecked() && m_compareYear->currentData().isValid()
        && m_compareYear->currentData().toInt() != year) {
        compareYear = m_compareYear->currentData().toInt();
        shown.append(QString::number(*compareYear));
    }
    // The curve years on show: one, or two when comparing.
    proxy()->setRoleFilter(CurveYearRole, shown);
    m_chart->setCurveYear(year);
    m_chart->setCompareYear(compareYear);
}

} // namespace TrendScope
