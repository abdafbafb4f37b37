#include "dataeditor.h"

#include "changehistory.h"
#include "conflictdialog.h"
#include "editcommand.h"
#include "editcontroller.h"
#include "editordelegate.h"
#include "editqueries.h"
#include "editsession.h"
#include "editwording.h"
#include "fieldvalidator.h"
#include "historypanel.h"
#include "recordform.h"
#include "retranslator.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace TrendScope {

DataEditor::DataEditor(EditController *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_model(new EditorTableModel(this))
    , m_tableBox(new QComboBox(this))
    , m_filter(new EditorFilterBar(m_model, this))
    , m_add(new QPushButton(this))
    , m_duplicate(new QPushButton(this))
    , m_delete(new QPushButton(this))
    , m_snapshot(new QPushButton(this))
    , m_banner(new EditorBanner(this))
    , m_table(new EditorTableView(m_model, m_filter, this))
    , m_tabs(new QTabWidget(this))
    , m_form(new RecordForm(this))
    , m_history(new HistoryPanel(this))
{
    setObjectName(QStringLiteral("data-editor"));
    m_tableBox->setObjectName(QStringLiteral("editor-table-box"));
    m_add->setObjectName(QStringLiteral("editor-add"));
    m_duplicate->setObjectName(QStringLiteral("editor-duplicate"));
    m_delete->setObjectName(QStringLiteral("editor-delete"));
    m_snapshot->setObjectName(QStringLiteral("editor-snapshot"));
    m_tableBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    auto *delegate = new EditorDelegate(
        [this](const ColumnInfo &column) {
            const auto q = m_controller->queries();
            return q ? q->choices(column) : QList<PickerChoice>();
        },
        this);
    m_table->setItemDelegate(delegate);
    connect(delegate, &EditorDelegate::inputRefused, this,
        [this](const QString &column, const QString &message) {
            showCurrentRow();
            m_form->showError(column, message);
            m_banner->showMessage(message, false);
        });

    m_model->setEditHandler([this](qint64 rowId, const QString &column, const QVariant &value) {
        const TableInfo *info = tableInfo();
        if (!info)
            return false;
        const int row = m_model->rowOf(rowId);
        const Edit edit = EditWording::formEdit(*info, {{column, value}}, false, {rowId},
            m_model->rowLabel(row), {{rowId, loadedValues(row)}});
        m_lastEditFromForm = false;
        return submit(edit);
    });

    m_tabs->setObjectName(QStringLiteral("editor-tabs"));
    m_tabs->addTab(m_form, QString());
    m_tabs->addTab(m_history, QString());

    auto *tableLabel = new QLabel(this);
    // Set again when the interface language changes.
    (new Retranslator(this))->add([this, tableLabel] {
        m_add->setText(tr("&Add"));
        m_duplicate->setText(tr("D&uplicate"));
        m_delete->setText(tr("&Delete"));
        m_snapshot->setText(tr("New &Snapshot…"));
        m_snapshot->setToolTip(tr("Copy the selected row's snapshot (a leaderboard with its "
                                  "entries, a curve year, a funding list) to a new date or year"));
        m_tabs->setTabText(0, tr("Form"));
        m_tabs->setTabText(1, tr("History"));
        tableLabel->setText(tr("Table:"));
        // The schema's labels, shown in the interface language.
        for (int i = 0; i < m_tableBox->count(); ++i)
            if (const TableInfo *info = m_controller->table(m_tableBox->itemData(i).toString()))
                m_tableBox->setItemText(i, EditWording::tableLabel(*info));
        if (m_model->columnCount() > 0) {
            emit m_model->headerDataChanged(Qt::Horizontal, 0, m_model->columnCount() - 1);
            // The form's title names the row's kind (a draft's title stays until it is left).
            if (!m_form->isDraft())
                showCurrentRow();
        }
    });

    auto *top = new QHBoxLayout;
    top->addWidget(tableLabel);
    top->addWidget(m_tableBox);
    top->addWidget(m_filter, 1);

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_add);
    actions->addWidget(m_duplicate);
    actions->addWidget(m_delete);
    actions->addWidget(m_snapshot);
    actions->addStretch(1);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("editor-splitter"));
    splitter->addWidget(m_table);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(actions);
    layout->addWidget(m_banner);
    layout->addWidget(splitter, 1);

    connect(m_tableBox, &QComboBox::activated, this,
        [this] { setTable(m_tableBox->currentData().toString()); });
    connect(m_filter, &EditorFilterBar::filtersChanged, this, &DataEditor::updateState);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &DataEditor::showCurrentRow);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        // The user moved on: a refusal about the row left behind no longer applies (a kept
        // change waiting for Retry stays).
        if (!m_controller->hasPending() && m_disabledShown.isEmpty())
            m_banner->hide();
        showCurrentRow();
    });
    connect(m_add, &QPushButton::clicked, this, &DataEditor::addRow);
    connect(m_duplicate, &QPushButton::clicked, this, &DataEditor::duplicateRow);
    connect(m_delete, &QPushButton::clicked, this, &DataEditor::deleteSelectedRows);
    connect(m_snapshot, &QPushButton::clicked, this, &DataEditor::newSnapshot);
    connect(m_banner->retryButton(), &QPushButton::clicked, this, &DataEditor::retry);
    connect(m_form, &RecordForm::applyRequested, this, &DataEditor::applyForm);
    connect(m_form, &RecordForm::revertRequested, this, &DataEditor::revertForm);
    connect(m_history, &HistoryPanel::revertRequested, this, [this](qint64 id) {
        QString error;
        const auto history = m_controller->history();
        if (const auto edit = history ? history->revert(id, &error) : std::nullopt)
            submit(*edit);
        else
            m_banner->showMessage(error, false);
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

const TableInfo *DataEditor::tableInfo() const
{
    return m_controller->table(m_model->table().name);
}

void DataEditor::rebuildTables()
{
    const QString previous = currentTable();
    m_tableBox->clear();
    if (const EditSession *session = m_controller->session()) {
        for (const TableInfo &t : session->schema().tables())
            m_tableBox->addItem(EditWording::tableLabel(t), t.name);
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
    const TableInfo *info = m_controller->table(table);
    if (!info)
        return;
    m_tableBox->setCurrentIndex(m_tableBox->findData(table));
    m_model->setRows(*info, {}, {}, {});
    m_filter->setTable(*info);
    m_form->clear();
    reload();
    m_filter->clear();
    if (m_filter->filtered()->rowCount() > 0)
        m_table->selectRow(0);
}

void DataEditor::reload()
{
    m_reloadQueued = false;
    const auto q = m_controller->queries();
    const TableInfo *info = tableInfo();
    if (!q || !info)
        return;
    const QList<qint64> selected = selectedRowIds();
    const int current = currentSourceRow();
    const qint64 currentId = current >= 0 ? m_model->rowId(current) : 0;
    QString error;
    const auto rows = q->rows(info->name, &error);
    if (!rows) {
        m_banner->showMessage(
            tr("Cannot read %1: %2").arg(EditWording::tableLabel(*info), error), false);
        return;
    }
    const bool draft = m_form->isDraft();
    m_model->setRows(*info, *rows, q->referenceLabels(*info), q->labels(info->name));
    m_filter->refreshValues();

    m_table->restoreSelection(selected, currentId);
    if (!draft)
        showCurrentRow();
    updateState();
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
    const auto q = m_controller->queries();
    const auto history = m_controller->history();
    const int selected = int(m_table->selectionModel()->selectedRows().size());
    if (!info || !q || !history || row < 0) {
        m_form->clear();
        m_history->setEntries(info ? EditWording::tableLabel(*info) : QString(), {}, EditSchema());
        updateState();
        return;
    }
    const QString label = m_model->rowLabel(row);
    m_form->showRow(*info, m_model->rowId(row), loadedValues(row),
        EditWording::formTitle(*info, label, selected), q->referenceChoices(*info), false);
    m_form->setTargetCount(selected);
    m_history->setEntries(label, history->entries(info->name, m_model->rowId(row)),
        m_controller->session()->schema());
    updateState();
}

void DataEditor::addRow()
{
    if (const TableInfo *info = tableInfo()) {
        QVariantMap values;
        for (const ColumnInfo &c : info->columns)
            if (c.defaultValue.isValid() && c.name != QLatin1String("status"))
                values.insert(c.name, c.defaultValue);
        showDraft(values,
            tr("New %1 (not yet written: fill in the fields and press Add Row)")
                .arg(EditWording::singular(*info)));
    }
}

void DataEditor::duplicateRow()
{
    const TableInfo *info = tableInfo();
    const auto q = m_controller->queries();
    const int row = currentSourceRow();
    if (info && q && row >= 0)
        showDraft(q->rowValues(info->name, m_model->rowId(row)),
            tr("Copy of %1 %2 (not yet written: change what differs and press Add Row)")
                .arg(EditWording::singular(*info), m_model->rowLabel(row)));
}

void DataEditor::showDraft(const QVariantMap &values, const QString &title)
{
    const TableInfo *info = tableInfo();
    const auto q = m_controller->queries();
    if (!info || !q)
        return;
    const QSignalBlocker block(m_table->selectionModel());
    m_table->clearSelection();
    m_form->showRow(*info, 0, values, title, q->referenceChoices(*info), true);
    m_tabs->setCurrentWidget(m_form);
    updateState();
}

void DataEditor::deleteSelectedRows()
{
    const TableInfo *info = tableInfo();
    const auto q = m_controller->queries();
    const QList<qint64> ids = selectedRowIds();
    if (!info || !q || ids.isEmpty())
        return;
    const Edit edit = q->deleteRows(info->name, ids);
    const QString question
        = EditWording::deleteQuestion(edit, *info, ids, m_controller->session()->schema(), *q);
    if (!question.isEmpty() && !m_confirm(question))
        return;
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
    const QList<qint64> ids = selectedRowIds();
    if (!m_form->isDraft() && values.isEmpty())
        return;
    // What the editor saw of each row: the form's row as it loaded it, the other selected
    // rows as the table did (reading them now would read the changes the edit must catch).
    QHash<qint64, QVariantMap> originals;
    for (qint64 id : ids)
        originals.insert(id, loadedValues(m_model->rowOf(id)));
    if (const int current = currentSourceRow(); current >= 0 && !m_form->isDraft())
        originals.insert(m_model->rowId(current), m_form->original());
    Edit edit = EditWording::formEdit(*info, values, m_form->isDraft(), ids,
        ids.isEmpty() ? QString() : m_model->rowLabel(m_model->rowOf(ids.first())), originals);
    edit.reason = m_form->reason();
    m_lastEditFromForm = true;
    m_writingForm = true;
    const std::optional<EditError> error = write(edit);
    m_writingForm = false;
    const bool written = !error
        || (error->kind == EditError::Kind::Conflict && !error->conflicts.isEmpty()
            && resolveConflict(edit, *error));
    if (written) {
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
    // Cleared first: shown again, the row would keep the edited fields.
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
            .arg(EditWording::singular(*info), m_model->rowLabel(row),
                EditWording::inSentence(EditWording::columnLabel(*column)),
                FieldValidator::allowed(*column)),
        QLineEdit::Normal, current, &ok);
    if (!ok)
        return;
    QString error;
    const auto value = FieldValidator::fromText(*column, text, &error);
    if (!value) {
        m_banner->showMessage(error, false);
        return;
    }
    newSnapshotWithValue(*value);
}

bool DataEditor::newSnapshotWithValue(const QVariant &value)
{
    const TableInfo *info = tableInfo();
    const auto q = m_controller->queries();
    const int row = currentSourceRow();
    if (!info || !q || row < 0)
        return false;
    QString error;
    const auto edit = q->newSnapshot(info->name, m_model->rowId(row), value, &error);
    if (!edit) {
        m_banner->showMessage(error, false);
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
        m_banner->hide();
        emit statusMessage(tr("The kept change was written."));
    }
}

std::optional<EditError> DataEditor::write(const Edit &edit)
{
    auto error = m_controller->submit(edit);
    if (error)
        return error; // showError() was called through editFailed
    m_banner->setVisible(!m_controller->canEdit());
    if (!edit.text.isEmpty())
        emit statusMessage(edit.text.at(0).toUpper() + edit.text.mid(1));
    return std::nullopt;
}

bool DataEditor::resolveConflict(Edit edit, EditError error)
{
    const TableInfo *info = tableInfo();
    if (!info)
        return false;
    // Each round settles one row's fields; another row of a multi-row edit, or a further
    // change elsewhere meanwhile, asks again.
    while (true) {
        const auto q = m_controller->queries();
        ConflictDialog dialog(edit, error, *info, m_model->rowLabel(m_model->rowOf(error.rowId)),
            q ? q->referenceLabels(*info) : QHash<QString, QHash<QString, QString>>(), this);
        dialog.exec();
        const std::optional<Edit> resolved = dialog.resolvedEdit();
        if (!resolved) {
            m_banner->showMessage(tr("Nothing was written: %1 changed elsewhere since the form "
                                     "loaded it; your values are still in the form.")
                                      .arg(EditWording::conflictFields(error, *info)),
                false);
            return false;
        }
        if (resolved->isEmpty()) {
            emit statusMessage(tr("Kept the values changed elsewhere."));
        } else {
            edit = *resolved;
            m_writingForm = true;
            const std::optional<EditError> again = write(edit);
            m_writingForm = false;
            if (again) {
                if (again->kind != EditError::Kind::Conflict || again->conflicts.isEmpty())
                    return false;
                error = *again;
                continue;
            }
        }
        // Show the row as it is now: where theirs was kept, my values go.
        m_form->clear();
        reload();
        return true;
    }
}

QVariantMap DataEditor::loadedValues(int row) const
{
    QVariantMap values;
    const TableInfo &table = m_model->table();
    if (row < 0)
        return values;
    for (int c = 0; c < table.columns.size(); ++c)
        values.insert(table.columns.at(c).name, m_model->storedValue(row, c));
    return values;
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
        m_banner->showMessage(error.message, false);
        break;
    case EditError::Kind::Locked:
        m_banner->showMessage(error.message, true);
        break;
    case EditError::Kind::Conflict:
        // A form's conflict is asked about in the conflict dialog.
        if (!(m_writingForm && !error.conflicts.isEmpty()))
            m_banner->showMessage(error.message, false);
        break;
    default:
        m_banner->showMessage(error.message, false);
        break;
    }
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
    if (!can) {
        m_banner->showMessage(disabled, false);
        m_disabledShown = disabled;
    } else {
        if (!m_disabledShown.isEmpty() && m_banner->text() == m_disabledShown)
            m_banner->hide();
        m_disabledShown.clear();
        if (m_controller->hasPending())
            m_banner->setRetryVisible(true);
    }
}

} // namespace TrendScope
