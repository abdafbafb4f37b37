#pragma once

#include "edit.h"
#include "editorbanner.h"
#include "editorfilterbar.h"
#include "editortablemodel.h"
#include "editortableview.h"
#include "types.h"

#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class QComboBox;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableView;

namespace TrendScope {

class EditController;
class EditQueries;
class HistoryPanel;
class RecordForm;
struct TableInfo;

// The data editor: every editable table as a searchable, filterable table with a typed
// form and the history of the selected row. Every change goes through the EditController
// (validated, one short transaction, audited, undoable); nothing here runs SQL.
class DataEditor : public QWidget
{
    Q_OBJECT
public:
    explicit DataEditor(EditController *controller, QWidget *parent = nullptr);
    ~DataEditor() override;

    // Asked before a delete that takes dependent rows along; the default asks with a
    // message box. Returns true to go ahead.
    using Confirm = std::function<bool(const QString &question)>;
    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }

    QString currentTable() const { return m_model->table().name; }
    void setTable(const QString &table);
    // Selects the row (clearing search and filters that hide it).
    bool selectRow(qint64 rowId) { return m_table->selectRowId(rowId); }
    // Shows the table and row of an entity (focus from a chart).
    bool showEntity(EntityRef entity);
    QList<qint64> selectedRowIds() const { return m_table->selectedRowIds(); }

    QTableView *table() const { return m_table; }
    EditorTableModel *model() const { return m_model; }
    RecordForm *form() const { return m_form; }
    HistoryPanel *history() const { return m_history; }
    QLineEdit *searchBox() const { return m_filter->searchBox(); }
    QComboBox *tableBox() const { return m_tableBox; }
    QString bannerText() const { return m_banner->text(); }
    QPushButton *retryButton() const { return m_banner->retryButton(); }

public slots:
    // Re-reads the rows (after an edit, or when the file changed elsewhere).
    void reload();
    void addRow();
    void duplicateRow();
    void deleteSelectedRows();
    void applyForm();
    void revertForm();
    // A new snapshot from the selected row's: the dialog asks for the new value.
    void newSnapshot();
    bool newSnapshotWithValue(const QVariant &value);
    void retry();

signals:
    // A short confirmation for a status bar: "Set score of GLM-4".
    void statusMessage(const QString &message);

private:
    void rebuildTables();
    void showCurrentRow();
    // A row not yet written in the form: a new one, or a copy.
    void showDraft(const QVariantMap &values, const QString &title);
    void showError(const EditError &error);
    void updateState();
    bool submit(const Edit &edit) { return !write(edit); }
    // Submits `edit`; the error, already shown (showError), when it was refused.
    std::optional<EditError> write(const Edit &edit);
    // A form's edit refused for a conflict: asks (ConflictDialog) and writes what the person
    // chose; false when nothing was written (Cancel: the form keeps the values).
    bool resolveConflict(Edit edit, EditError error);
    // The values of the model's row `row` by column name, as the table loaded them.
    QVariantMap loadedValues(int row) const;
    const TableInfo *tableInfo() const;
    int currentSourceRow() const { return m_table->currentSourceRow(); }

    EditController *m_controller;
    EditorTableModel *m_model;
    QComboBox *m_tableBox;
    EditorFilterBar *m_filter;
    QPushButton *m_add;
    QPushButton *m_duplicate;
    QPushButton *m_delete;
    QPushButton *m_snapshot;
    EditorBanner *m_banner;
    EditorTableView *m_table;
    QTabWidget *m_tabs;
    RecordForm *m_form;
    HistoryPanel *m_history;
    Confirm m_confirm;
    bool m_reloadQueued = false;
    bool m_lastEditFromForm = false;
    // A form's edit is being written: its conflicts are asked about, not shown in the banner.
    bool m_writingForm = false;
    // The reason editing is off, while the banner shows it: it goes when editing comes back.
    QString m_disabledShown;
};

} // namespace TrendScope
