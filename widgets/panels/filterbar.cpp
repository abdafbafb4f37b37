#include "filterbar.h"

#include "explorerstate.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QToolButton>

namespace TrendScope {

namespace {

// The spin boxes show "any" at their minimum, which stands for "no bound".
constexpr int AnyYear = 1999;
constexpr int LastYear = 2035;

QSpinBox *makeYearBox(QWidget *parent, const QString &name)
{
    auto *box = new QSpinBox(parent);
    box->setObjectName(name);
    box->setRange(AnyYear, LastYear);
    box->setValue(AnyYear);
    box->setKeyboardTracking(false);
    return box;
}

int yearOf(const QSpinBox *box)
{
    return box->value() == AnyYear ? 0 : box->value();
}

QComboBox *makeEditionBox(QWidget *parent, const QString &name)
{
    auto *box = new QComboBox(parent);
    box->setObjectName(name);
    // As wide as an edition's name ("infoq 2023–2024": 9 cut it to "infoq 2023–202"), no
    // wider: the bar must stay usable 1024 px wide; the popup shows longer names whole.
    box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    box->setMinimumContentsLength(12);
    return box;
}

// The default pair: B the newest edition (the highest id), A the edition before it of the
// same source, else the one before it in the list.
std::pair<int, int> defaultPair(const QList<EditionInfo> &editions)
{
    int b = -1;
    for (int i = 0; i < editions.size(); ++i)
        if (b < 0 || editions.at(i).id > editions.at(b).id)
            b = i;
    if (b < 0)
        return {-1, -1};
    int a = -1;
    for (int i = 0; i < editions.size(); ++i) {
        const EditionInfo &e = editions.at(i);
        if (i != b && e.sourceId == editions.at(b).sourceId && e.id < editions.at(b).id
            && (a < 0 || e.id > editions.at(a).id))
            a = i;
    }
    if (a < 0)
        a = b > 0 ? b - 1 : (editions.size() > 1 ? 1 : -1);
    return {a, b};
}

} // namespace

FilterBar::FilterBar(ExplorerState *state, QWidget *parent)
    : QWidget(parent)
    , m_state(state)
    , m_search(new QLineEdit(this))
    , m_source(new QComboBox(this))
    , m_yearFrom(makeYearBox(this, QStringLiteral("filter-year-from")))
    , m_yearTo(makeYearBox(this, QStringLiteral("filter-year-to")))
    , m_chipLayout(new QHBoxLayout)
    , m_clearAll(new QToolButton(this))
    , m_compare(new QToolButton(this))
    , m_editionA(makeEditionBox(this, QStringLiteral("compare-edition-a")))
    , m_editionB(makeEditionBox(this, QStringLiteral("compare-edition-b")))
    , m_sourceLabel(new QLabel(this))
    , m_yearsLabel(new QLabel(this))
    , m_withLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("filter-bar"));
    m_search->setObjectName(QStringLiteral("filter-search"));
    m_search->setClearButtonEnabled(true);
    m_search->setMaxLength(ExplorerState::MaxSearchLength);
    m_search->setMinimumWidth(180);
    m_search->installEventFilter(this);
    m_source->setObjectName(QStringLiteral("filter-source"));
    // The reports' titles are long; the box shows their start and the popup the whole titles,
    // so the bar with its compare control fits a 1000 px window.
    m_source->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_source->setMinimumContentsLength(9);
    m_clearAll->setObjectName(QStringLiteral("filter-clear-all"));
    m_compare->setObjectName(QStringLiteral("compare-toggle"));
    m_compare->setCheckable(true);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->addWidget(m_search);
    layout->addWidget(m_sourceLabel);
    layout->addWidget(m_source);
    layout->addWidget(m_yearsLabel);
    layout->addWidget(m_yearFrom);
    layout->addWidget(new QLabel(QStringLiteral("–"), this));
    layout->addWidget(m_yearTo);
    m_chipLayout->setSpacing(4);
    layout->addLayout(m_chipLayout);
    layout->addStretch(1);
    layout->addWidget(m_clearAll);
    layout->addSpacing(8);
    layout->addWidget(m_compare);
    layout->addWidget(m_editionA);
    layout->addWidget(m_withLabel);
    layout->addWidget(m_editionB);

    connect(m_search, &QLineEdit::textEdited, m_state, &ExplorerState::setSearch);
    connect(m_source, &QComboBox::activated, this,
        [this] { m_state->setSourceCode(m_source->currentData().toString()); });
    auto applyYears = [this] { m_state->setYearRange(yearOf(m_yearFrom), yearOf(m_yearTo)); };
    connect(m_yearFrom, &QSpinBox::valueChanged, this, applyYears);
    connect(m_yearTo, &QSpinBox::valueChanged, this, applyYears);
    connect(m_clearAll, &QToolButton::clicked, m_state, &ExplorerState::clearFilters);
    connect(m_state, &ExplorerState::filterChanged, this, &FilterBar::showFilter);
    // The organization's chip names it as the Names setting says.
    connect(
        m_state, &ExplorerState::nameOrderChanged, this, [this] { showFilter(m_state->filter()); });
    connect(m_compare, &QToolButton::toggled, this, [this](bool on) {
        if (on)
            applyComparison();
        else
            m_state->clearComparison();
    });
    connect(m_editionA, &QComboBox::activated, this, &FilterBar::applyComparison);
    connect(m_editionB, &QComboBox::activated, this, &FilterBar::applyComparison);
    connect(m_state, &ExplorerState::comparisonChanged, this, &FilterBar::showComparison);

    retranslate();
    setSources({});
}

void FilterBar::retranslate()
{
    m_search->setPlaceholderText(tr("Search everything (Ctrl+F)"));
    m_sourceLabel->setText(tr("Source:"));
    //: Label before the two year boxes (from – to)
    m_yearsLabel->setText(tr("Years:"));
    for (QSpinBox *box : {m_yearFrom, m_yearTo})
        //: A year box at its lowest value: no bound on the years
        box->setSpecialValueText(tr("any"));
    m_clearAll->setText(tr("Clear all"));
    m_clearAll->setToolTip(tr("Remove every filter (Ctrl+Shift+L)"));
    //: A toggle button: compare edition A with edition B
    m_compare->setText(tr("Compare"));
    m_compare->setToolTip(tr("Show edition A against edition B in every view that has rows of "
                             "both"));
    m_editionA->setToolTip(tr("Edition A: before"));
    //: Between the edition A and edition B boxes: "Compare [A] with [B]"
    m_withLabel->setText(tr("with"));
    m_editionB->setToolTip(tr("Edition B: after"));
    if (m_source->count() > 0)
        m_source->setItemText(0, tr("All sources"));
}

bool FilterBar::leavesToWindow(const QKeyEvent &key)
{
    const Qt::KeyboardModifiers modifiers
        = key.modifiers() & ~(Qt::ShiftModifier | Qt::KeypadModifier);
    if (modifiers != Qt::ControlModifier || key.key() < Qt::Key_A || key.key() > Qt::Key_Z)
        return false;
    for (const QKeySequence::StandardKey editing : {QKeySequence::Undo, QKeySequence::Redo,
             QKeySequence::Cut, QKeySequence::Copy, QKeySequence::Paste, QKeySequence::SelectAll}) {
        if (key.matches(editing))
            return false;
    }
    return true;
}

bool FilterBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_search || event->type() != QEvent::ShortcutOverride
        || !leavesToWindow(*static_cast<const QKeyEvent *>(event)))
        return QWidget::eventFilter(watched, event);
    event->ignore(); // not overridden: the shortcut map gives the key to the window's action
    return true;
}

void FilterBar::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        showFilter(m_state->filter());
    }
}

void FilterBar::setSources(const QList<SourceInfo> &sources)
{
    m_source->clear();
    m_source->addItem(tr("All sources"), QString());
    for (const SourceInfo &source : sources)
        m_source->addItem(source.title, source.code);
    showFilter(m_state->filter());

    const QList<EditionInfo> editions = allEditions(sources);
    for (QComboBox *box : {m_editionA, m_editionB}) {
        const QSignalBlocker blocker(box);
        box->clear();
        for (const EditionInfo &edition : editions) {
            box->addItem(editionName(edition), edition.id);
            const SourceInfo *source = nullptr;
            for (const SourceInfo &s : sources)
                if (s.code == edition.sourceCode)
                    source = &s;
            box->setItemData(box->count() - 1,
                source ? source->title + QStringLiteral(" · ") + edition.label : edition.label,
                Qt::ToolTipRole);
        }
    }
    const auto [a, b] = defaultPair(editions);
    m_editionA->setCurrentIndex(a);
    m_editionB->setCurrentIndex(b);
    // Two editions at least, or there is nothing to compare.
    const bool comparable = editions.size() > 1;
    m_compare->setEnabled(comparable);
    m_editionA->setEnabled(comparable);
    m_editionB->setEnabled(comparable);
    // The editions compared may be gone (deleted, or their import undone) or renamed.
    const Comparison current = m_state->comparison();
    if (current.isActive()) {
        const int ia = m_editionA->findData(current.editionA);
        const int ib = m_editionB->findData(current.editionB);
        if (ia < 0 || ib < 0)
            m_state->clearComparison();
        else if (m_editionA->itemText(ia) != current.nameA
            || m_editionB->itemText(ib) != current.nameB)
            m_state->setComparison({current.editionA, current.editionB, m_editionA->itemText(ia),
                m_editionB->itemText(ib)});
    }
    showComparison(m_state->comparison());
}

QString FilterBar::editionName(const EditionInfo &edition)
{
    // The source code without its year ("bluebook-2024" -> "bluebook") and the edition label.
    QString source = edition.sourceCode;
    const int dash = source.lastIndexOf(QLatin1Char('-'));
    if (dash > 0 && source.mid(dash + 1).toInt() > 0)
        source.truncate(dash);
    return source.isEmpty() ? edition.label : source + QLatin1Char(' ') + edition.label;
}

void FilterBar::applyComparison()
{
    const int a = m_editionA->currentIndex();
    const int b = m_editionB->currentIndex();
    if (a < 0 || b < 0)
        return;
    m_state->setComparison({m_editionA->itemData(a).toLongLong(),
        m_editionB->itemData(b).toLongLong(), m_editionA->itemText(a), m_editionB->itemText(b)});
    // The same edition twice is no comparison: the toggle shows it stayed (or went) off.
    showComparison(m_state->comparison());
}

void FilterBar::showComparison(const Comparison &comparison)
{
    if (comparison.isActive()) {
        const int a = m_editionA->findData(comparison.editionA);
        const int b = m_editionB->findData(comparison.editionB);
        if (a >= 0)
            m_editionA->setCurrentIndex(a);
        if (b >= 0)
            m_editionB->setCurrentIndex(b);
    }
    const QSignalBlocker blocker(m_compare);
    m_compare->setChecked(comparison.isActive());
}

void FilterBar::activateSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void FilterBar::addChip(
    const QString &text, const QString &name, const std::function<void()> &remove)
{
    auto *chip = new QToolButton(this);
    chip->setObjectName(QStringLiteral("chip-") + name);
    chip->setText(text + QStringLiteral("  ✕"));
    chip->setToolTip(tr("Remove this filter"));
    chip->setAutoRaise(false);
    // Queued: the chip deletes itself while its own click is being delivered.
    connect(chip, &QToolButton::clicked, this, remove, Qt::QueuedConnection);
    m_chipLayout->addWidget(chip);
    m_chips.append(chip);
}

void FilterBar::showFilter(const Filter &filter)
{
    if (m_search->text().trimmed() != filter.search)
        m_search->setText(filter.search);
    {
        const QSignalBlocker a(m_yearFrom), b(m_yearTo);
        m_yearFrom->setValue(filter.yearFrom ? filter.yearFrom : AnyYear);
        m_yearTo->setValue(filter.yearTo ? filter.yearTo : AnyYear);
    }
    const int source = m_source->findData(filter.sourceCode);
    m_source->setCurrentIndex(source < 0 ? 0 : source);

    // Hidden at once: a window grabbed before the event loop runs again (the screenshot verb)
    // shows the new chips only.
    for (QToolButton *chip : std::as_const(m_chips)) {
        chip->hide();
        chip->deleteLater();
    }
    m_chips.clear();
    ExplorerState *state = m_state;
    if (!filter.search.isEmpty())
        addChip(tr("Search: “%1”").arg(filter.search), QStringLiteral("search"),
            [state] { state->setSearch({}); });
    if (!filter.organization.isEmpty())
        addChip(tr("Organization: %1")
                    .arg(firstName(filter.organization, filter.organizationEn, state->nameOrder())),
            QStringLiteral("organization"), [state] { state->setOrganization({}); });
    if (!filter.sourceCode.isEmpty())
        addChip(tr("Source: %1").arg(m_source->currentText()), QStringLiteral("source"),
            [state] { state->setSourceCode({}); });
    if (filter.yearFrom || filter.yearTo) {
        const QString from
            = filter.yearFrom ? QString::number(filter.yearFrom) : QStringLiteral("…");
        const QString to = filter.yearTo ? QString::number(filter.yearTo) : QStringLiteral("…");
        addChip(filter.yearFrom == filter.yearTo ? tr("Year: %1").arg(from)
                                                 : tr("Years: %1–%2").arg(from, to),
            QStringLiteral("years"), [state] { state->setYearRange(0, 0); });
    }
    m_clearAll->setEnabled(!filter.isEmpty());
}

} // namespace TrendScope
