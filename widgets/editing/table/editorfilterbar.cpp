#include "editorfilterbar.h"

#include "editorsortproxy.h"
#include "editortablemodel.h"
#include "editwording.h"
#include "retranslator.h"
#include "roles.h"
#include "searchtext.h"
#include "sortorder.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSortFilterProxyModel>

namespace TrendScope {

EditorFilterBar::EditorFilterBar(EditorTableModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_searchProxy(new QSortFilterProxyModel(this))
    , m_filterProxy(new EditorSortProxy(this))
    , m_search(new QLineEdit(this))
    , m_column(new QComboBox(this))
    , m_value(new QComboBox(this))
{
    m_search->setObjectName(QStringLiteral("editor-search"));
    m_column->setObjectName(QStringLiteral("editor-filter-column"));
    m_value->setObjectName(QStringLiteral("editor-filter-value"));
    m_value->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_value->setMinimumContentsLength(12);
    m_search->setClearButtonEnabled(true);

    m_searchProxy->setSourceModel(m_model);
    // The rows' search texts are folded (SearchText::fold), and so is the search: ＧＰＴ, gpt
    // and GPT find one another.
    m_searchProxy->setFilterRole(SearchTextRole);
    m_searchProxy->setFilterCaseSensitivity(Qt::CaseSensitive);
    m_filterProxy->setSourceModel(m_searchProxy);
    m_filterProxy->setSortRole(SortRole);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search, 1);
    auto *filterLabel = new QLabel(this);
    (new Retranslator(this))->add([this, filterLabel] {
        m_search->setPlaceholderText(tr("Search this table"));
        filterLabel->setText(tr("Filter:"));
        if (m_column->count() > 0)
            m_column->setItemText(0, tr("no filter"));
        const QList<ColumnInfo> &columns = m_model->table().columns;
        for (int i = 1; i < m_column->count(); ++i) {
            const int column = m_column->itemData(i).toInt();
            if (column >= 0 && column < columns.size())
                m_column->setItemText(i, EditWording::columnLabel(columns.at(column)));
        }
        if (filterColumn() >= 0)
            refreshValues(); // in the language's collation
        m_filterProxy->invalidate(); // the rows, too
    });
    layout->addWidget(filterLabel);
    layout->addWidget(m_column);
    layout->addWidget(m_value);

    connect(m_search, &QLineEdit::textChanged, this, &EditorFilterBar::apply);
    connect(m_column, &QComboBox::activated, this, [this] {
        refreshValues();
        apply();
    });
    connect(m_value, &QComboBox::activated, this, &EditorFilterBar::apply);
}

QAbstractItemModel *EditorFilterBar::filtered() const
{
    return m_filterProxy;
}

QModelIndex EditorFilterBar::mapFromSource(const QModelIndex &source) const
{
    return m_filterProxy->mapFromSource(m_searchProxy->mapFromSource(source));
}

QModelIndex EditorFilterBar::mapToSource(const QModelIndex &filtered) const
{
    return m_searchProxy->mapToSource(m_filterProxy->mapToSource(filtered));
}

void EditorFilterBar::setTable(const TableInfo &table)
{
    m_column->clear();
    m_column->addItem(tr("no filter"), -1);
    for (int i = 0; i < table.columns.size(); ++i) {
        const ColumnInfo &c = table.columns.at(i);
        if (c.kind == ColumnKind::Choice || c.kind == ColumnKind::Reference
            || c.kind == ColumnKind::Date || c.kind == ColumnKind::Year
            || c.kind == ColumnKind::Flag || c.name == QLatin1String("status"))
            m_column->addItem(EditWording::columnLabel(c), i);
    }
    const QSignalBlocker block(m_search);
    m_search->clear();
}

int EditorFilterBar::filterColumn() const
{
    return m_column->currentData().isValid() ? m_column->currentData().toInt() : -1;
}

void EditorFilterBar::refreshValues()
{
    const QString previous = m_value->currentText();
    m_value->clear();
    const int column = filterColumn();
    m_value->setEnabled(column >= 0);
    if (column < 0)
        return;
    QStringList values;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QString text = m_model->index(row, column).data().toString();
        if (!values.contains(text))
            values.append(text);
    }
    sortTexts(values);
    m_value->addItems(values);
    m_value->setCurrentIndex(std::max(0, m_value->findText(previous)));
}

void EditorFilterBar::clear()
{
    {
        const QSignalBlocker block(m_search);
        m_search->clear();
    }
    m_column->setCurrentIndex(0);
    refreshValues();
    apply();
}

void EditorFilterBar::apply()
{
    m_searchProxy->setFilterFixedString(SearchText::fold(m_search->text().trimmed()));
    const int column = filterColumn();
    if (column < 0 || m_value->count() == 0) {
        m_filterProxy->setFilterRegularExpression(QRegularExpression());
    } else {
        m_filterProxy->setFilterKeyColumn(column);
        m_filterProxy->setFilterRegularExpression(QRegularExpression(QLatin1Char('^')
            + QRegularExpression::escape(m_value->currentText()) + QLatin1Char('$')));
    }
    emit filtersChanged();
}

} // namespace TrendScope
