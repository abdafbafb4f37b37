#include "surveychart.h"

#include "chartframe.h"
#include "roles.h"

namespace TrendScope {

SurveyChart::SurveyChart(QAbstractItemModel *model, QWidget *parent)
    : ModelChart(model, nullptr, parent)
{
    setObjectName(QStringLiteral("survey-chart"));
    setMinimumSize(320, 220);
    yAxis->setRangeReversed(true);
    yAxis->grid()->setVisible(false);
    yAxis->setTicker(QSharedPointer<QCPAxisTickerText>::create());
    yAxis->setTickLength(0, 0);
    yAxis->setSubTicks(false);
    retranslate();
    setTheme(theme());
}

void SurveyChart::retranslate()
{
    xAxis->setLabel(tr("Percent of respondents"));
}

SurveyChart::~SurveyChart() = default;

QStringList SurveyChart::questions() const
{
    QStringList list;
    for (const auto &[question, bars] : questionBars())
        list.append(question);
    return list;
}

QList<std::pair<QString, int>> SurveyChart::questionBars() const
{
    QList<std::pair<QString, int>> list;
    QHash<QString, qsizetype> position; // a hash: a list's contains() was quadratic in questions
    for (int row = 0; row < model()->rowCount(); ++row) {
        const QModelIndex index = model()->index(row, 0);
        const QString question = index.data(GroupRole).toString();
        auto it = position.find(question);
        if (it == position.end()) {
            it = position.insert(question, list.size());
            list.append({question, 0});
        }
        if (index.data(ValueRole).isValid())
            ++list[*it].second;
    }
    return list;
}

void SurveyChart::setQuestion(const QString &question)
{
    m_question = question;
    rebuild();
}

void SurveyChart::applyChartTheme(const ChartTheme &)
{
    yAxis->setTickLabelFont(chartFont(10));
}

QStringList SurveyChart::answers() const
{
    QStringList list;
    for (const int row : m_rows)
        list.append(model()->index(row, 0).data(LabelRole).toString());
    return list;
}

QList<double> SurveyChart::values() const
{
    QList<double> list;
    for (const int row : m_rows)
        list.append(model()->index(row, 0).data(ValueRole).toDouble());
    return list;
}

void SurveyChart::rebuild()
{
    clearPlottables();
    clearItems();
    m_rows.clear();
    auto ticker = qSharedPointerCast<QCPAxisTickerText>(yAxis->ticker());
    ticker->clear();

    QString context;
    QStringList sources;
    int notDrawn = 0;
    for (int row = 0; row < model()->rowCount(); ++row) {
        const QModelIndex index = model()->index(row, 0);
        if (index.data(GroupRole).toString() != m_question)
            continue;
        context = index.data(ContextRole).toString();
        const QString source = index.data(CitationRole).toString();
        if (!source.isEmpty() && !sources.contains(source))
            sources.append(source);
        if (!index.data(ValueRole).isValid()) {
            ++notDrawn;
            continue;
        }
        m_rows.append(row);
    }
    // Largest first, whatever order the model has.
    std::stable_sort(m_rows.begin(), m_rows.end(), [this](int a, int b) {
        return model()->index(a, 0).data(ValueRole).toDouble()
            > model()->index(b, 0).data(ValueRole).toDouble();
    });

    m_bars = new QCPBars(yAxis, xAxis);
    m_bars->setPen(Qt::NoPen);
    m_bars->setBrush(theme().seriesColor(0));
    m_bars->setWidth(0.62);
    m_bars->setSelectable(QCP::stNone);
    double maxValue = 0;
    for (int i = 0; i < m_rows.size(); ++i) {
        const QModelIndex index = model()->index(m_rows.at(i), 0);
        const double value = index.data(ValueRole).toDouble();
        m_bars->addData(i + 1, value);
        ticker->addTick(i + 1, index.data(LabelRole).toString());
        auto *label = new QCPItemText(this);
        label->position->setAxes(yAxis, xAxis);
        label->position->setCoords(i + 1, value);
        label->setPositionAlignment(Qt::AlignLeft | Qt::AlignVCenter);
        label->setPadding(QMargins(6, 0, 0, 0));
        label->setText(QLocale().toString(value, 'g', 4) + QLatin1Char('%'));
        label->setFont(chartFont(10, true));
        label->setColor(theme().text);
        label->setSelectable(false);
        maxValue = std::max(maxValue, value);
    }
    yAxis->setRange(0.4, std::max<qsizetype>(m_rows.size(), 1) + 0.6);
    // Percent of respondents: the axis runs to 100 unless labels need a little more room.
    xAxis->setRange(0, std::max(100.0, maxValue * 1.12));

    chartFrame().setTitle(m_question.isEmpty() ? tr("Survey results") : m_question);
    QString subtitle = context;
    if (notDrawn > 0)
        subtitle += QStringLiteral(" · ")
            + tr("%n answer(s) without a percent not drawn", nullptr, notDrawn);
    chartFrame().setSubtitle(subtitle);
    setSources(sources);
    showEmptyState(m_rows.isEmpty(), tr("survey answers"));
    queueReplot();
}

int SurveyChart::rowAt(const QPointF &pos) const
{
    int dataIndex = -1;
    if (m_bars && plottableAt(pos, false, &dataIndex) == m_bars && dataIndex >= 0
        && dataIndex < m_rows.size())
        return m_rows.at(dataIndex);
    return -1;
}

} // namespace TrendScope
