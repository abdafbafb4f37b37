#pragma once

#include "editqueries.h"
#include "editschema.h"

#include <QVariantMap>
#include <QWidget>

class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace TrendScope {

class FieldEditor;

// The selected row as a form: one typed editor per column, each with a line under it for
// what is wrong with its value. Apply hands the changed fields on (nothing is written
// here); a draft is a new row not yet in the file (Add, Duplicate).
class RecordForm : public QWidget
{
    Q_OBJECT
public:
    explicit RecordForm(QWidget *parent = nullptr);

    // Shows the row `rowId` (0: a draft); `choices` fills reference pickers by column name.
    // Shown again (a reload after a change elsewhere) while fields are edited, the edited
    // fields keep the person's values and the values they were loaded with, so Apply catches
    // the other change instead of the reload dropping the person's work; clear() first to
    // show the row as it is.
    void showRow(const TableInfo &table, qint64 rowId, const QVariantMap &values,
        const QString &title, const QHash<QString, QList<PickerChoice>> &choices, bool isDraft);
    void clear(const QString &message = {});
    void setReadOnly(bool readOnly);
    // How many rows Apply changes (multi-row edits).
    void setTargetCount(int rows);

    bool isDraft() const { return m_draft; }
    // The row's values as showRow() loaded them: what an edit expects to find unchanged.
    QVariantMap original() const { return m_original; }
    bool hasChanges() const;
    QString reason() const;
    void clearReason();
    FieldEditor *editor(const QString &column) const;
    // The message shown under a field ("" clears).
    void showError(const QString &column, const QString &message);
    QString errorText(const QString &column) const;
    // A message for the whole form (not tied to one field).
    void showMessage(const QString &message);

    // Parses every field; false (messages shown) when one is refused. `values` gets the
    // changed fields (all fields for a draft).
    bool collect(QVariantMap *values);

signals:
    void applyRequested();
    void revertRequested();

private:
    void updateButtons();
    // Sets the fields' labels and hints in the interface language.
    void labelFields();
    // The fields whose editors differ from both the values loaded and `values`.
    QSet<QString> pendingEdits(const QVariantMap &values) const;

    TableInfo m_table;
    qint64 m_rowId = 0;
    QVariantMap m_original;
    bool m_draft = false;
    bool m_readOnly = false;
    int m_targets = 1;
    QLabel *m_title;
    QWidget *m_fields;
    QFormLayout *m_layout;
    QHash<QString, FieldEditor *> m_editors;
    QHash<QString, QLabel *> m_errors;
    QHash<QString, QLabel *> m_labels;
    QLabel *m_message;
    QLineEdit *m_reason;
    QPushButton *m_apply;
    QPushButton *m_revert;
};

} // namespace TrendScope
