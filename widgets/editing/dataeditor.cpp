#include "dataeditor.h"

#include "database.h"
#include "editcommand.h"
#include "editcontroller.h"
#include "editordelegate.h"
#include "editortablemodel.h"
#include "editqueries.h"
#include "editsession.h"
#include "fieldvalidator.h"
#include "historypanel.h"
#include "recordform.h"
#include "roles.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace TrendScope {

namespace {

// "Score" → "score", but "English name" and "GPUs" keep their capitals.
QString inSentence(const QString &label)
{
    if (label.size() > 1 && label.at(0).isUpper() && label.at(1).isLower()
        && !label.startsWith(QLatin1String("English")))
        return label.at(0).toLower() + label.mid(1);
    return label;
}

} // namespace

DataEditor::DataEditor(EditController *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_model(new EditorTableModel(this))
    , m_searchProxy(new QSortFilterProxyModel(this))
    , m_filterProxy(new QSortFilterProxyModel(this))
    , m_tableBox(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_filterColumn(new QComboBox(this))
    , m_filterValue(new QComboBox(this))
    , m_add(new QPushButton(tr("&Add"), this))
    , m_duplicate(new QPushButton(tr("D&uplicate"), this))
    , m_delete(new QPushButton(tr("&Delete"), this))
    , m_snapshot(new QPushButton(tr("New &Snapshot…"), this))
    , m_bannerFrame(new QWidget(this))
    , m_banner(new QLabel(m_bannerFrame))
    , m_retry(new QPushButton(tr("&Retry"), m_bannerFrame))
    , m_table(new QTableView(this))
    , m_tabs(new QTabWidget(this))
    , m_form(new RecordForm(this))
    , m_history(new HistoryPanel(this))
{
    setObjectName(QStringLiteral("data-editor"));
    m_tableBox->setObjectName(QStringLiteral("editor-table-box"));
    m_search->setObjectName(QStringLiteral("editor-search"));
    m_filterColumn->setObjectName(QStringLiteral("editor-filter-column"));
    m_filterValue->setObjectName(QStringLiteral("editor-filter-value"));
    m_add->setObjectName(QStringLiteral("editor-add"));
    m_duplicate->setObjectName(QStringLiteral("editor-duplicate"));
    m_delete->setObjectName(QStringLiteral("editor-delete"));
    m_snapshot->setObjectName(QStringLiteral("editor-snapshot"));
    m_banner->setObjectName(QStringLiteral("editor-banner"));
    m_retry->setObjectName(QStringLiteral("editor-retry"));
    m_table->setObjectName(QStringLiteral("editor-table"));
    m_tableBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_filterValue->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_filterValue->setMinimumContentsLength(12);
    m_search->setPlaceholderText(tr("Search this table"));
    m_search->setClearButtonEnabled(true);
    m_snapshot->setToolTip(tr("Copy the selected row's snapshot (a leaderboard with its entries, "
                              "a curve year, a funding list) to a new date or year"));

    m_searchProxy->setSourceModel(m_model);
    m_searchProxy->setFilterRole(SearchTextRole);
    m_searchProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filterProxy->setSourceModel(m_searchProxy);
    m_filterProxy->setSortRole(SortRole);

    m_table->setModel(m_filterProxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
        | QAbstractItemView::AnyKeyPressed);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setDefaultSectionSize(120);
    auto *delegate = new EditorDelegate(
        [this](const ColumnInfo &column) {
            const auto q = queries();
            return q ? q->choices(column) : QList<PickerChoice>();
        },
        this);
    m_table->setItemDelegate(delegate);
    connect(delegate, &EditorDelegate::inputRefused, this,
        [this](const QString &column, const QString &message) {
            showCurrentRow();
            m_form->showError(column, message);
            showBanner(message, false);
        });

    m_model->setEditHandler([this](qint64 rowId, const QString &column, const QVariant &value) {
        const TableInfo *info = tableInfo();
        if (!info)
            return false;
        const int row = m_model->rowOf(rowId);
        Edit edit;
        edit.text = tr("set %1 of %2")
                        .arg(inSentence(info->column(column)->label), m_model->rowLabel(row));
        edit.ops.append(EditOp::update(info->name, rowId, {{column, value}}));
        m_lastEditFromForm = false;
        return submit(edit);
    });

    m_tabs->setObjectName(QStringLiteral("editor-tabs"));
    m_tabs->addTab(m_form, tr("Form"));
    m_tabs->addTab(m_history, tr("History"));

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Table:"), this));
    top->addWidget(m_tableBox);
    top->addWidget(m_search, 1);
    top->addWidget(new QLabel(tr("Filter:"), this));
    top->addWidget(m_filterColumn);
    top->addWidget(m_filterValue);

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_add);
    actions->addWidget(m_duplicate);
    actions->addWidget(m_delete);
    actions->addWidget(m_snapshot);
    actions->addStretch(1);

    m_bannerFrame->setObjectName(QStringLiteral("editor-banner-frame"));
    m_bannerFrame->setAutoFillBackground(true);
    m_bannerFrame->setStyleSheet(
        QStringLiteral("#editor-banner-frame { background: #fff4e5; border: 1px solid #f0b060; }"));
    m_banner->setWordWrap(true);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *bannerLayout = new QHBoxLayout(m_bannerFrame);
    bannerLayout->setContentsMargins(8, 4, 8, 4);
    bannerLayout->addWidget(m_banner, 1);
    bannerLayout->addWidget(m_retry);
    m_bannerFrame->hide();

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("editor-splitter"));
    splitter->addWidget(m_table);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(actions);
    layout->addWidget(m_bannerFrame);
    layout->addWidget(splitter, 1);

    connect(m_tableBox, &QComboBox::activated, this,
        [this] { setTable(m_tableBox->currentData().toString()); });
    connect(m_search, &QLineEdit::textChanged, this, &DataEditor::applyFilters);
    connect(m_filterColumn, &QComboBox::activated, this, [this] {
        updateFilterValues();
        applyFilters();
    });
    connect(m_filterValue, &QComboBox::activated, this, &DataEditor::applyFilters);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &DataEditor::showCurrentRow);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &DataEditor::showCurrentRow);
    connect(m_add, &QPushButton::clicked, this, &DataEditor::addRow);
    connect(m_duplicate, &QPushButton::clicked, this, &DataEditor::duplicateRow);
    connect(m_delete, &QPushButton::clicked, this, &DataEditor::deleteSelectedRows);
    connect(m_snapshot, &QPushButton::clicked, this, &DataEditor::newSnapshot);
    connect(m_retry, &QPushButton::clicked, this, &DataEditor::retry);
    connect(m_form, &RecordForm::applyRequested, this, &DataEditor::applyForm);
    connect(m_form, &RecordForm::revertRequested, this, &DataEditor::revertForm);
    connect(m_history, &HistoryPanel::revertRequested, this, [this](qint64 id) {
        const auto q = queries();
        if (!q)
            return;
        QString error;
        const auto edit = q->revertChange(id, &error);
        if (!edit) {
            showBanner(error, false);
            return;
        }
        submit(*edit);
    });
    // The edit was written while a cell editor may still be closing: reload after it.
    connect(m_controller, &EditController::datasetEdited, this, [this] {
        if (!m_reloadQueued) {
            m_reloadQueued = true;
            QTimer::singleShot(0, this, &DataEditor::reload);
        }
    });
    connect(m_controller, &EditController::sessionChanged, this, &DataEditor::rebuildTables);
    connect(m_controller, &EditController::editFailed, this, &DataEditor::showError);
    connect(m_controller, &EditController::pendingChanged, this, &DataEditor::updateState);

    m_confirm = [this](const QString &question) {
        return QMessageBox::question(this, tr("Delete"), question,
                   QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
            == QMessageBox::Yes;
    };
    rebuildTables();
}

DataEditor::~DataEditor() = default;

std::unique_ptr<EditQueries> DataEditor::queries() const
{
    const EditSession *session = m_controller->session();
    if (!session)
        return nullptr;
    return std::make_unique<EditQueries>(session->database(), session->schema());
}

const TableInfo *DataEditor::tableInfo() const
{
    const EditSession *session = m_controller->session();
    return session ? session->schema().table(m_model->table().name) : nullptr;
}

QString DataEditor::currentTable() const
{
    return m_model->table().name;
}

void DataEditor::rebuildTables()
{
    const QString previous = currentTable();
    m_tableBox->clear();
    if (const EditSession *session = m_controller->session()) {
        for (const TableInfo &t : session->schema().tables())
            m_tableBox->addItem(t.label, t.name);
    }
    const int index = std::max(0, m_tableBox->findData(previous));
    if (m_tableBox->count() > 0) {
        m_tableBox->setCurrentIndex(index);
        setTable(m_tableBox->itemData(index).toString());
    } else {
        m_model->setRows({}, {}, {}, {});
        m_form->clear(tr("No dataset is open."));
    }
    updateState();
}

void DataEditor::setTable(const QString &table)
{
    const EditSession *session = m_controller->session();
    const TableInfo *info = session ? session->schema().table(table) : nullptr;
    if (!info)
        return;
    m_tableBox->setCurrentIndex(m_tableBox->findData(table));
    m_model->setRows(*info, {}, {}, {});
    m_filterColumn->clear();
    m_filterColumn->addItem(tr("no filter"), -1);
    for (int i = 0; i < info->columns.size(); ++i) {
        const ColumnInfo &c = info->columns.at(i);
        if (c.kind == ColumnKind::Choice || c.kind == ColumnKind::Reference
            || c.kind == ColumnKind::Date || c.kind == ColumnKind::Year
            || c.kind == ColumnKind::Flag || c.name == QLatin1String("status"))
            m_filterColumn->addItem(c.label, i);
    }
    m_search->clear();
    m_form->clear();
    reload();
    updateFilterValues();
    applyFilters();
    if (m_filterProxy->rowCount() > 0)
        m_table->selectRow(0);
}

void DataEditor::reload()
{
    m_reloadQueued = false;
    const auto q = queries();
    const TableInfo *info = tableInfo();
    if (!q || !info)
        return;
    const QList<qint64> selected = selectedRowIds();
    const int current = currentSourceRow();
    const qint64 currentId = current >= 0 ? m_model->rowId(current) : 0;
    QString error;
    const auto rows = q->rows(info->name, &error);
    if (!rows) {
        showBanner(tr("Cannot read %1: %2").arg(info->label, error), false);
        return;
    }
    QHash<QString, QHash<QString, QString>> references;
    for (const ColumnInfo &c : info->columns)
        if (c.kind == ColumnKind::Reference && !references.contains(c.refTable))
            references.insert(c.refTable, q->labels(c.refTable));
    const bool draft = m_form->isDraft();
    m_model->setRows(*info, *rows, references, q->labels(info->name));
    updateFilterValues();

    // Keep the selection on the same rows.
    QItemSelection selection;
    for (qint64 id : selected) {
        const int row = m_model->rowOf(id);
        if (row < 0)
            continue;
        const QModelIndex index
            = m_filterProxy->mapFromSource(m_searchProxy->mapFromSource(m_model->index(row, 0)));
        if (index.isValid())
            selection.select(index, index.siblingAtColumn(m_model->columnCount() - 1));
    }
    const QSignalBlocker block(m_table->selectionModel());
    m_table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    if (currentId > 0 && m_model->rowOf(currentId) >= 0) {
        const QModelIndex index = m_filterProxy->mapFromSource(
            m_searchProxy->mapFromSource(m_model->index(m_model->rowOf(currentId), 0)));
        m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::NoUpdate);
    }
    if (!draft)
        showCurrentRow();
    updateState();
}

int DataEditor::currentSourceRow() const
{
    QModelIndex index = m_table->selectionModel()->currentIndex();
    if (!index.isValid() || !m_table->selectionModel()->isRowSelected(index.row(), {})) {
        const QModelIndexList rows = m_table->selectionModel()->selectedRows();
        if (rows.isEmpty())
            return -1;
        index = rows.first();
    }
    return m_searchProxy->mapToSource(m_filterProxy->mapToSource(index)).row();
}

QList<qint64> DataEditor::selectedRowIds() const
{
    QList<qint64> ids;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows)
        ids.append(
            m_model->rowId(m_searchProxy->mapToSource(m_filterProxy->mapToSource(index)).row()));
    std::sort(ids.begin(), ids.end());
    return ids;
}

bool DataEditor::selectRow(qint64 rowId)
{
    int row = m_model->rowOf(rowId);
    if (row < 0)
        return false;
    QModelIndex index
        = m_filterProxy->mapFromSource(m_searchProxy->mapFromSource(m_model->index(row, 0)));
    if (!index.isValid()) {
        m_search->clear();
        m_filterColumn->setCurrentIndex(0);
        updateFilterValues();
        applyFilters();
        index = m_filterProxy->mapFromSource(m_searchProxy->mapFromSource(m_model->index(row, 0)));
    }
    m_table->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    return true;
}

bool DataEditor::showEntity(EntityRef entity)
{
    const EditSession *session = m_controller->session();
    const TableInfo *info = session ? session->schema().tableFor(entity.kind) : nullptr;
    if (!info)
        return false;
    if (currentTable() != info->name)
        setTable(info->name);
    return selectRow(entity.id);
}

void DataEditor::showCurrentRow()
{
    const TableInfo *info = tableInfo();
    const int row = currentSourceRow();
    const auto q = queries();
    const int selected = int(m_table->selectionModel()->selectedRows().size());
    if (!info || !q || row < 0) {
        m_form->clear();
        m_history->setEntries(info ? info->label : QString(), {}, EditSchema());
        updateState();
        return;
    }
    QHash<QString, QList<PickerChoice>> choices;
    for (const ColumnInfo &c : info->columns)
        if (c.kind == ColumnKind::Reference)
            choices.insert(c.name, q->choices(c));
    QVariantMap values;
    for (int c = 0; c < info->columns.size(); ++c)
        values.insert(info->columns.at(c).name, m_model->storedValue(row, c));
    const QString label = m_model->rowLabel(row);
    const QString title = selected > 1
        ? tr("%1 %2 (and %3 more selected rows: Apply changes the edited fields in all of them)")
              .arg(info->singular, label)
              .arg(selected - 1)
        : tr("%1 %2").arg(info->singular, label);
    m_form->showRow(*info, values, title.at(0).toUpper() + title.mid(1), choices, false);
    m_form->setTargetCount(selected);
    m_history->setEntries(
        label, q->history(info->name, m_model->rowId(row)), m_controller->session()->schema());
    updateState();
}

void DataEditor::addRow()
{
    const TableInfo *info = tableInfo();
    const auto q = queries();
    if (!info || !q)
        return;
    QVariantMap values;
    for (const ColumnInfo &c : info->columns)
        if (c.defaultValue.isValid() && c.name != QLatin1String("status"))
            values.insert(c.name, c.defaultValue);
    QHash<QString, QList<PickerChoice>> choices;
    for (const ColumnInfo &c : info->columns)
        if (c.kind == ColumnKind::Reference)
            choices.insert(c.name, q->choices(c));
    const QSignalBlocker block(m_table->selectionModel());
    m_table->clearSelection();
    m_form->showRow(*info, values,
        tr("New %1 (not yet written: fill in the fields and press Add Row)").arg(info->singular),
        choices, true);
    m_tabs->setCurrentWidget(m_form);
    updateState();
}

void DataEditor::duplicateRow()
{
    const TableInfo *info = tableInfo();
    const auto q = queries();
    const int row = currentSourceRow();
    if (!info || !q || row < 0)
        return;
    const QVariantMap values = q->rowValues(info->name, m_model->rowId(row));
    QHash<QString, QList<PickerChoice>> choices;
    for (const ColumnInfo &c : info->columns)
        if (c.kind == ColumnKind::Reference)
            choices.insert(c.name, q->choices(c));
    const QString label = m_model->rowLabel(row);
    const QSignalBlocker block(m_table->selectionModel());
    m_table->clearSelection();
    m_form->showRow(*info, values,
        tr("Copy of %1 %2 (not yet written: change what differs and press Add Row)")
            .arg(info->singular, label),
        choices, true);
    m_tabs->setCurrentWidget(m_form);
    updateState();
}

void DataEditor::deleteSelectedRows()
{
    const TableInfo *info = tableInfo();
    const auto q = queries();
    const QList<qint64> ids = selectedRowIds();
    if (!info || !q || ids.isEmpty())
        return;
    Edit edit = q->deleteRows(info->name, ids);
    if (edit.ops.size() > ids.size()) {
        // Say what depends on it, and ask.
        QStringList lines;
        const int shown = 12;
        for (const EditOp &op : std::as_const(edit.ops)) {
            if (op.table == info->name && ids.contains(op.rowId))
                continue;
            if (lines.size() == shown) {
                lines.append(tr("… and %1 more").arg(edit.ops.size() - ids.size() - shown));
                break;
            }
            const TableInfo *t = m_controller->session()->schema().table(op.table);
            lines.append(QStringLiteral("• %1 %2").arg(
                t ? t->singular : op.table, q->rowLabel(op.table, op.rowId)));
        }
        const QString what = ids.size() == 1
            ? tr("%1 %2").arg(info->singular, q->rowLabel(info->name, ids.first()))
            : tr("%1 %2 rows").arg(ids.size()).arg(info->singular);
        const QString question
            = tr("%1 other rows refer to %2 and would be deleted with it:\n\n%3\n\n"
                 "Delete them all? (Undo brings them back.)")
                  .arg(edit.ops.size() - ids.size())
                  .arg(what, lines.join(QLatin1Char('\n')));
        if (!m_confirm(question))
            return;
    }
    m_lastEditFromForm = false;
    submit(edit);
}

void DataEditor::applyForm()
{
    const TableInfo *info = tableInfo();
    if (!info)
        return;
    QVariantMap values;
    if (!m_form->collect(&values))
        return;
    Edit edit;
    edit.reason = m_form->reason();
    if (m_form->isDraft()) {
        edit.ops.append(EditOp::insert(info->name, values));
        QStringList parts;
        for (const QString &name : info->labelColumns)
            if (!values.value(name).isNull() && info->column(name)->kind != ColumnKind::Reference)
                parts.append(FieldValidator::toText(values.value(name)));
        edit.text = tr("add %1 %2").arg(info->singular, parts.join(QLatin1Char(' '))).trimmed();
    } else {
        if (values.isEmpty())
            return;
        const QList<qint64> ids = selectedRowIds();
        for (qint64 id : ids)
            edit.ops.append(EditOp::update(info->name, id, values));
        const QString what = values.size() == 1 ? inSentence(info->column(values.firstKey())->label)
                                                : tr("%1 fields").arg(values.size());
        const QString of = ids.size() == 1 ? m_model->rowLabel(m_model->rowOf(ids.first()))
                                           : tr("%1 rows").arg(ids.size());
        edit.text = tr("set %1 of %2").arg(what, of);
    }
    m_lastEditFromForm = true;
    if (submit(edit)) {
        m_form->clearReason();
        if (m_form->isDraft()) {
            // Show the new row: the newest undo step is the insert the form described.
            const auto *command = static_cast<const EditCommand *>(
                m_controller->stack()->command(m_controller->stack()->index() - 1));
            m_form->clear();
            reload();
            if (command && !command->applied().ops.isEmpty())
                selectRow(command->applied().ops.first().rowId);
        }
    }
}

void DataEditor::revertForm()
{
    if (m_form->isDraft())
        m_form->clear();
    showCurrentRow();
}

void DataEditor::newSnapshot()
{
    const TableInfo *info = tableInfo();
    const int row = currentSourceRow();
    if (!info || row < 0 || info->snapshot.kind == SnapshotSpec::Kind::None)
        return;
    const ColumnInfo *column = info->column(info->snapshot.column);
    const QString current
        = FieldValidator::toText(m_model->storedValue(row, info->columnIndex(column->name)));
    bool ok = false;
    const QString text = QInputDialog::getText(this, tr("New Snapshot"),
        tr("Copy %1 %2 to a new %3 (%4):")
            .arg(info->singular, m_model->rowLabel(row), column->label.toLower(),
                FieldValidator::allowed(*column)),
        QLineEdit::Normal, current, &ok);
    if (!ok)
        return;
    QString error;
    const auto value = FieldValidator::fromText(*column, text, &error);
    if (!value) {
        showBanner(error, false);
        return;
    }
    newSnapshotWithValue(*value);
}

bool DataEditor::newSnapshotWithValue(const QVariant &value)
{
    const TableInfo *info = tableInfo();
    const auto q = queries();
    const int row = currentSourceRow();
    if (!info || !q || row < 0)
        return false;
    QString error;
    const auto edit = q->newSnapshot(info->name, m_model->rowId(row), value, &error);
    if (!edit) {
        showBanner(error, false);
        return false;
    }
    m_lastEditFromForm = false;
    return submit(*edit);
}

void DataEditor::retry()
{
    if (!m_controller->hasPending())
        return;
    if (!m_controller->retryPending()) {
        m_bannerFrame->hide();
        emit statusMessage(tr("The kept change was written."));
    }
}

bool DataEditor::submit(const Edit &edit)
{
    const auto error = m_controller->submit(edit);
    if (error)
        return false; // showError() was called through editFailed
    m_bannerFrame->setVisible(!m_controller->canEdit());
    if (!edit.text.isEmpty())
        emit statusMessage(edit.text.at(0).toUpper() + edit.text.mid(1));
    return true;
}

void DataEditor::showError(const EditError &error)
{
    switch (error.kind) {
    case EditError::Kind::Invalid:
        if (!error.column.isEmpty() && m_form->editor(error.column)) {
            if (!m_lastEditFromForm && !m_form->isDraft())
                showCurrentRow();
            m_form->showError(error.column, error.message);
        } else {
            m_form->showMessage(error.message);
        }
        m_tabs->setCurrentWidget(m_form);
        showBanner(error.message, false);
        break;
    case EditError::Kind::Locked:
        showBanner(error.message, true);
        break;
    default:
        showBanner(error.message, false);
        break;
    }
}

void DataEditor::showBanner(const QString &text, bool retry)
{
    m_banner->setText(text);
    m_retry->setVisible(retry);
    m_bannerFrame->setVisible(!text.isEmpty());
}

QString DataEditor::bannerText() const
{
    return m_bannerFrame->isVisible() ? m_banner->text() : QString();
}

void DataEditor::updateState()
{
    const QString disabled = m_controller->disabledReason();
    const bool can = disabled.isEmpty();
    const TableInfo *info = tableInfo();
    const bool hasRow = currentSourceRow() >= 0;
    m_model->setEditable(can);
    m_form->setReadOnly(!can);
    m_history->setRevertEnabled(can);
    m_add->setEnabled(can && info);
    m_duplicate->setEnabled(can && hasRow);
    m_delete->setEnabled(can && hasRow);
    m_snapshot->setEnabled(
        can && hasRow && info && info->snapshot.kind != SnapshotSpec::Kind::None);
    m_snapshot->setVisible(info && info->snapshot.kind != SnapshotSpec::Kind::None);
    if (!can)
        showBanner(disabled, false);
    else if (m_controller->hasPending())
        m_retry->setVisible(true);
}

void DataEditor::updateFilterValues()
{
    const QString previous = m_filterValue->currentText();
    m_filterValue->clear();
    const int column = m_filterColumn->currentData().isValid()
        ? m_filterColumn->currentData().toInt()
        : -1; // -1: no filter
    m_filterValue->setEnabled(column >= 0);
    if (column < 0)
        return;
    QStringList values;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QString text = m_model->index(row, column).data().toString();
        if (!values.contains(text))
            values.append(text);
    }
    values.sort();
    m_filterValue->addItems(values);
    const int index = m_filterValue->findText(previous);
    m_filterValue->setCurrentIndex(std::max(0, index));
}

void DataEditor::applyFilters()
{
    // Search text and the filter value stay in the proxies: never in SQL.
    m_searchProxy->setFilterFixedString(m_search->text().trimmed());
    const int column = m_filterColumn->currentData().isValid()
        ? m_filterColumn->currentData().toInt()
        : -1; // -1: no filter
    if (column < 0 || m_filterValue->count() == 0) {
        m_filterProxy->setFilterRegularExpression(QRegularExpression());
    } else {
        m_filterProxy->setFilterKeyColumn(column);
        m_filterProxy->setFilterRegularExpression(QRegularExpression(QLatin1Char('^')
            + QRegularExpression::escape(m_filterValue->currentText()) + QLatin1Char('$')));
    }
    updateState();
}

} // namespace TrendScope
