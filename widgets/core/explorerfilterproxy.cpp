#include "explorerfilterproxy.h"

#include "roles.h"
#include "sortorder.h"

#include <QElapsedTimer>
#include <QTimer>

#include <algorithm>
#include <numeric>

namespace TrendScope {

namespace {

int yearOf(const QString &isoDate)
{
    bool ok = false;
    const int year = isoDate.left(4).toInt(&ok);
    return ok ? year : 0;
}

} // namespace

ExplorerFilterProxy::ExplorerFilterProxy(QObject *parent)
    : QAbstractProxyModel(parent)
    , m_idleRead(new QTimer(this))
{
    m_idleRead->setInterval(0);
    connect(m_idleRead, &QTimer::timeout, this, &ExplorerFilterProxy::readKeysInIdleTime);
}

ExplorerFilterProxy::~ExplorerFilterProxy() = default;

void ExplorerFilterProxy::setSourceModel(QAbstractItemModel *source)
{
    if (source == sourceModel())
        return;
    beginResetModel();
    for (const QMetaObject::Connection &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    QAbstractProxyModel::setSourceModel(source);
    ++m_sourceGeneration;
    if (source) {
        using M = QAbstractItemModel;
        auto before = [this] { sourceAboutToChange(); };
        auto after = [this] { sourceChanged(); };
        // Anything but a change of values is rare here (the models reset on every load), so
        // each is announced as one reset.
        m_connections << connect(source, &M::modelAboutToBeReset, this, before)
                      << connect(source, &M::modelReset, this, after)
                      << connect(source, &M::layoutAboutToBeChanged, this, before)
                      << connect(source, &M::layoutChanged, this, after)
                      << connect(source, &M::rowsAboutToBeInserted, this, before)
                      << connect(source, &M::rowsInserted, this, after)
                      << connect(source, &M::rowsAboutToBeRemoved, this, before)
                      << connect(source, &M::rowsRemoved, this, after)
                      << connect(source, &M::rowsAboutToBeMoved, this, before)
                      << connect(source, &M::rowsMoved, this, after)
                      << connect(source, &M::columnsAboutToBeInserted, this, before)
                      << connect(source, &M::columnsInserted, this, after)
                      << connect(source, &M::columnsAboutToBeRemoved, this, before)
                      << connect(source, &M::columnsRemoved, this, after)
                      << connect(source, &M::columnsAboutToBeMoved, this, before)
                      << connect(source, &M::columnsMoved, this, after)
                      << connect(
                             source, &M::dataChanged, this, &ExplorerFilterProxy::sourceDataChanged)
                      << connect(source, &M::headerDataChanged, this, &M::headerDataChanged);
    }
    m_keys.clear();
    m_order.clear();
    m_sourceRows = source ? source->rowCount() : 0;
    readKeys();
    computeOrder();
    computeCandidates();
    computeRows();
    endResetModel();
    startIdleReading();
}

void ExplorerFilterProxy::setFilter(const Filter &filter)
{
    if (filter == m_filter)
        return;
    // One reset rather than rows removed and inserted run by run: a search that keeps every
    // tenth row of a large table would announce thousands of runs, each redrawing every
    // chart (PERFORMANCE.md). Views re-select the focused row on reset (linkViewToFocus).
    beginResetModel();
    m_filter = filter;
    readKeys();
    computeRows();
    endResetModel();
}

void ExplorerFilterProxy::setRoleFilter(int role, const QStringList &values)
{
    const QSet<QString> wanted(values.cbegin(), values.cend());
    if (role == m_role && (role == 0 || wanted == m_roleValues))
        return;
    beginResetModel();
    if (role != m_role) {
        m_keys.role.clear();
        m_keys.roleValues.clear();
        m_keys.roleIndex.clear();
        m_keys.roleFirstRow.clear();
    }
    m_role = role;
    m_roleValues = wanted;
    readKeys();
    computeCandidates();
    computeRows();
    endResetModel();
}

void ExplorerFilterProxy::sort(int column, Qt::SortOrder order)
{
    if (column == m_sortColumn && order == m_sortOrder && !m_order.empty())
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    reorder();
}

void ExplorerFilterProxy::updateCollation()
{
    if (m_sortColumn < 0 || m_order.empty() || m_collation == QLocale())
        return;
    reorder();
}

// The rows in the order of m_sortColumn and m_sortOrder, persistent indexes kept.
void ExplorerFilterProxy::reorder()
{
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<std::pair<int, int>> sourceCells; // (source row, column) of each persistent index
    sourceCells.reserve(before.size());
    for (const QModelIndex &index : before)
        sourceCells.append({m_rows.at(size_t(index.row())), index.column()});

    m_order.clear();
    computeOrder();
    computeCandidates();
    computeRows();

    QModelIndexList after;
    after.reserve(before.size());
    for (const auto &[sourceRow, col] : std::as_const(sourceCells)) {
        const int row = m_proxyRowOf.at(size_t(sourceRow));
        after.append(row < 0 ? QModelIndex() : createIndex(row, col));
    }
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

QModelIndex ExplorerFilterProxy::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || row >= rowCount() || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex ExplorerFilterProxy::parent(const QModelIndex &) const
{
    return {};
}

QModelIndex ExplorerFilterProxy::sibling(int row, int column, const QModelIndex &) const
{
    return index(row, column);
}

int ExplorerFilterProxy::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ExplorerFilterProxy::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !sourceModel() ? 0 : sourceModel()->columnCount();
}

bool ExplorerFilterProxy::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_rows.empty();
}

QModelIndex ExplorerFilterProxy::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid() || !sourceModel() || size_t(proxyIndex.row()) >= m_rows.size())
        return {};
    return sourceModel()->index(m_rows[size_t(proxyIndex.row())], proxyIndex.column());
}

QModelIndex ExplorerFilterProxy::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid() || sourceIndex.model() != sourceModel()
        || size_t(sourceIndex.row()) >= m_proxyRowOf.size())
        return {};
    const int row = m_proxyRowOf[size_t(sourceIndex.row())];
    return row < 0 ? QModelIndex() : createIndex(row, sourceIndex.column());
}

void ExplorerFilterProxy::sourceAboutToChange()
{
    ++m_sourceGeneration;
    if (m_resetting)
        return;
    m_resetting = true;
    beginResetModel();
}

void ExplorerFilterProxy::sourceChanged()
{
    m_keys.clear();
    m_order.clear();
    m_sourceRows = sourceModel()->rowCount();
    readKeys();
    computeOrder();
    computeCandidates();
    computeRows();
    if (m_resetting) {
        m_resetting = false;
        endResetModel();
    }
    startIdleReading();
}

// New values can move a row in or out of the filter or along the sort: re-read the keys of
// the changed rows; when the rows on show stay the same, pass the change on as it is.
void ExplorerFilterProxy::sourceDataChanged(
    const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles)
{
    ++m_sourceGeneration;
    if (!topLeft.isValid() || m_resetting)
        return;
    const int first = topLeft.row();
    const int last = std::min(bottomRight.row(), m_sourceRows - 1);
    auto reread = [first, last](auto &keys, auto read) {
        for (int row = first; row <= std::min(last, int(keys.size()) - 1); ++row)
            keys[size_t(row)] = read(row);
    };
    // The filter keys are one joined text: read them again (values rarely change in place).
    const int read = m_keys.read();
    m_keys.clearFilterKeys();
    readKeysUpTo(read);
    reread(m_keys.role, [&](int row) { return roleKey(row); });

    const std::vector<int> shownBefore = m_rows;
    if (m_sortColumn >= 0 && topLeft.column() <= m_sortColumn
        && m_sortColumn <= bottomRight.column())
        m_order.clear();
    computeOrder();
    computeCandidates();
    computeRows();
    if (m_rows != shownBefore) {
        beginResetModel();
        endResetModel();
        return;
    }
    for (int row = first; row <= last; ++row) {
        const int shown = m_proxyRowOf[size_t(row)];
        if (shown >= 0)
            emit dataChanged(createIndex(shown, topLeft.column()),
                createIndex(shown, bottomRight.column()), roles);
    }
}

// Before a filter pass: every key the active filters test.
void ExplorerFilterProxy::readKeys()
{
    QAbstractItemModel *source = sourceModel();
    if (!source)
        return;
    if (!m_filter.isEmpty())
        readKeysUpTo(m_sourceRows);
    if (m_role != 0 && m_keys.role.empty()) {
        m_keys.role.reserve(size_t(m_sourceRows));
        for (int row = 0; row < m_sourceRows; ++row)
            m_keys.role.push_back(roleKey(row));
    }
}

void ExplorerFilterProxy::readKeysUpTo(int end)
{
    QAbstractItemModel *source = sourceModel();
    if (!source || m_keys.read() >= end)
        return;
    const size_t size = size_t(m_sourceRows);
    m_keys.search.reserve(m_sourceRows);
    m_keys.organization.reserve(size);
    m_keys.source.reserve(size);
    m_keys.year.reserve(size);
    for (int row = m_keys.read(); row < end; ++row) {
        const QModelIndex index = source->index(row, 0);
        m_keys.search.append(index.data(SearchTextRole).toString());
        m_keys.organization.push_back(index.data(OrganizationNameRole).toString());
        m_keys.source.push_back(index.data(SourceCodeRole).toString());
        m_keys.year.push_back(yearOf(index.data(DateRole).toString()));
    }
}

// A few milliseconds of key reading per event-loop pass, so that the first filter change
// after a load finds them read and the window never waits for them.
void ExplorerFilterProxy::readKeysInIdleTime()
{
    QElapsedTimer slice;
    slice.start();
    constexpr int Step = 256;
    while (m_keys.read() < m_sourceRows && slice.elapsed() < 4)
        readKeysUpTo(std::min(m_sourceRows, m_keys.read() + Step));
    if (m_keys.read() >= m_sourceRows)
        m_idleRead->stop();
}

bool ExplorerFilterProxy::isReadingKeys() const
{
    return m_idleRead->isActive();
}

void ExplorerFilterProxy::startIdleReading()
{
    if (m_keys.read() < m_sourceRows)
        m_idleRead->start();
    else
        m_idleRead->stop();
}

void ExplorerFilterProxy::computeOrder()
{
    if (!m_order.empty() || m_sourceRows == 0)
        return;
    QAbstractItemModel *source = sourceModel();
    if (m_sortColumn < 0 || !source || m_sortColumn >= source->columnCount()) {
        m_order.resize(size_t(m_sourceRows)); // source order: no values to read
        std::iota(m_order.begin(), m_order.end(), 0);
        return;
    }
    m_collation = QLocale();
    m_order = sortedRows(
        m_sourceRows, [&](int row) { return source->index(row, m_sortColumn).data(SortRole); },
        m_sortOrder, m_collation);
}

// The rows in sort order that the role filter keeps: a donut's rows, a curve year's, so
// that a filter pass looks at those alone.
void ExplorerFilterProxy::computeCandidates()
{
    if (m_role == 0) {
        m_candidates = m_order;
        return;
    }
    std::vector<char> wanted(size_t(m_keys.roleValues.size()));
    for (qsizetype i = 0; i < m_keys.roleValues.size(); ++i)
        wanted[size_t(i)] = m_roleValues.contains(m_keys.roleValues.at(i));
    m_candidates.clear();
    for (const int sourceRow : m_order) {
        if (wanted[size_t(m_keys.role[size_t(sourceRow)])])
            m_candidates.push_back(sourceRow);
    }
}

// The row's role value as a small number: the rows of one donut or curve year share one, so
// choosing rows compares numbers, not strings.
int ExplorerFilterProxy::roleKey(int sourceRow)
{
    const QString value = sourceModel()->index(sourceRow, 0).data(m_role).toString();
    // Values come in runs (a donut's rows are together): try the last one first.
    if (!m_keys.roleValues.isEmpty() && m_keys.roleValues.constLast() == value)
        return int(m_keys.roleValues.size() - 1);
    const auto it = m_keys.roleIndex.constFind(value);
    if (it != m_keys.roleIndex.cend())
        return *it;
    const int at = int(m_keys.roleValues.size());
    m_keys.roleValues.append(value);
    m_keys.roleIndex.insert(value, at);
    m_keys.roleFirstRow.append(sourceRow);
    return at;
}

QList<std::pair<QString, int>> ExplorerFilterProxy::roleValueRows() const
{
    QList<std::pair<QString, int>> list;
    list.reserve(m_keys.roleValues.size());
    for (qsizetype i = 0; i < m_keys.roleValues.size(); ++i)
        list.append({m_keys.roleValues.at(i), m_keys.roleFirstRow.at(i)});
    return list;
}

void ExplorerFilterProxy::computeRows()
{
    m_rows.clear();
    m_proxyRowOf.assign(size_t(m_sourceRows), -1);
    const QString needle = SearchText::fold(m_filter.search);
    const bool everything = m_filter.isEmpty();
    // Most rows to test: one matcher over all the text; a few (one donut, one curve year):
    // each row's own text.
    const bool scan = !needle.isEmpty() && m_candidates.size() > size_t(m_sourceRows) / 8;
    const std::vector<char> hits = scan ? m_keys.search.hits(needle) : std::vector<char>();
    m_rows.reserve(everything ? m_candidates.size() : 0);
    for (const int sourceRow : m_candidates) {
        if (everything || accepts(sourceRow, needle, hits)) {
            m_proxyRowOf[size_t(sourceRow)] = int(m_rows.size());
            m_rows.push_back(sourceRow);
        }
    }
}

bool ExplorerFilterProxy::accepts(
    int sourceRow, const QString &needle, const std::vector<char> &hits) const
{
    const size_t row = size_t(sourceRow);
    if (!needle.isEmpty()
        && !(hits.empty() ? m_keys.search.text(sourceRow).contains(needle) : hits[row] != 0))
        return false;
    if (!m_filter.organization.isEmpty() && m_keys.organization[row] != m_filter.organization)
        return false;
    if (!m_filter.sourceCode.isEmpty() && m_keys.source[row] != m_filter.sourceCode)
        return false;
    if (m_filter.yearFrom != 0 || m_filter.yearTo != 0) {
        const int year = m_keys.year[row];
        if (year == 0 || (m_filter.yearFrom != 0 && year < m_filter.yearFrom)
            || (m_filter.yearTo != 0 && year > m_filter.yearTo))
            return false;
    }
    return true;
}

bool ExplorerFilterProxy::shows(
    EntityRef own, EntityRef parent, EntityRef organization, EntityRef focus)
{
    return own == focus || parent == focus
        || (focus.kind == EntityKind::Organization && organization == focus);
}

QList<int> ExplorerFilterProxy::rowsShowing(EntityRef focus) const
{
    QList<int> rows;
    if (!focus.isValid() || !sourceModel())
        return rows;
    if (m_entitiesGeneration != m_sourceGeneration) {
        m_entities.assign(size_t(m_sourceRows), RowEntities {});
        for (int row = 0; row < m_sourceRows; ++row) {
            const QModelIndex index = sourceModel()->index(row, 0);
            m_entities[size_t(row)] = {index.data(EntityRole).value<EntityRef>(),
                index.data(ParentEntityRole).value<EntityRef>(),
                index.data(OrganizationEntityRole).value<EntityRef>()};
        }
        m_entitiesGeneration = m_sourceGeneration;
    }
    for (int row = 0; row < int(m_rows.size()); ++row) {
        const RowEntities &e = m_entities[size_t(m_rows[size_t(row)])];
        if (shows(e.own, e.parent, e.organization, focus))
            rows.append(row);
    }
    return rows;
}

} // namespace TrendScope
