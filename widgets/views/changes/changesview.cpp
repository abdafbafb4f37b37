#include "changesview.h"

#include "changeschart.h"
#include "changesmodel.h"
#include "editwording.h"
#include "explorerfilterproxy.h"
#include "explorerstate.h"
#include "retranslator.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>

namespace TrendScope {

ChangesView::ChangesView(ChangesModel *source, ExplorerState *state, QWidget *parent)
    : ChartPage(QStringLiteral("changes"), source, state, parent)
    , m_state(state)
    , m_changes(source)
    , m_chart(new ChangesChart(proxy(), state, this))
    , m_since(new QComboBox(this))
{
    auto *texts = new Retranslator(this);
    auto *showLabel = new QLabel(this);
    showLabel->setBuddy(m_since);
    m_since->setObjectName(QStringLiteral("changes-since"));
    m_since->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_since->setMinimumContentsLength(28);
    auto *hint = new QLabel(this);
    texts->add([this, showLabel, hint] {
        showLabel->setText(tr("&Show:"));
        m_since->setToolTip(tr("Between the two editions the filter bar compares, or what was "
                               "changed in this file from one of its changes on (edits, undos, "
                               "imports)"));
        hint->setText(tr("Facts matched by what they are about (a model on a benchmark, a "
                         "company, a technology); hover a row for both sides' sources."));
        fillSinceBox();
    });
    controls()->addWidget(showLabel);
    controls()->addWidget(m_since);
    hint->setWordWrap(true);
    controls()->addWidget(hint, 1);
    fillSinceBox();
    connect(source, &QAbstractItemModel::modelReset, this, &ChangesView::fillSinceBox);
    connect(m_since, &QComboBox::activated, this, &ChangesView::chooseSince);
    m_chart->setNotCompared(source->notCompared());
    connect(source, &QAbstractItemModel::modelReset, m_chart,
        [this, source] { m_chart->setNotCompared(source->notCompared()); });
    setBody(chartAndTable(m_chart, 560, 720, {}));
}

void ChangesView::fillSinceBox()
{
    const qint64 current = m_state->changesSince();
    const QSignalBlocker blocker(m_since);
    m_since->clear();
    m_since->addItem(tr("Between the editions compared"), ExplorerState::NoHistory);
    const QList<HistoryPoint> &points = m_changes->historyPoints();
    // Newest first: the change a person just made is the one they look for.
    for (auto it = points.crbegin(); it != points.crend(); ++it) {
        const QString when = QString(it->at).replace(QLatin1Char('T'), QLatin1Char(' '));
        m_since->addItem(tr("From change %1 on (%2, %3)")
                             .arg(it->firstId)
                             .arg(when.left(16), it->author.isEmpty() ? tr("no name") : it->author),
            it->firstId - 1);
        m_since->setItemData(m_since->count() - 1,
            it->reason.isEmpty()
                ? EditWording::historySummary(*it)
                : EditWording::historySummary(*it) + QStringLiteral(" — ") + it->reason,
            Qt::ToolTipRole);
    }
    m_since->setCurrentIndex(std::max(0, m_since->findData(current)));
}

void ChangesView::chooseSince()
{
    const qint64 since = m_since->currentData().toLongLong();
    QString name = m_since->currentText();
    if (!name.isEmpty())
        name[0] = name[0].toLower(); // "In this file from change 12 on (…)"
    m_state->setChangesSince(since, since == ExplorerState::NoHistory ? QString() : name);
}

} // namespace TrendScope
