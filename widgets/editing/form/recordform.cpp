#include "recordform.h"

#include "editwording.h"
#include "fieldeditor.h"
#include "fieldvalidator.h"
#include "retranslator.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSet>
#include <QShortcut>
#include <QVBoxLayout>

namespace TrendScope {

RecordForm::RecordForm(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_fields(new QWidget)
    , m_layout(new QFormLayout(m_fields))
    , m_message(new QLabel(this))
    , m_reason(new QLineEdit(this))
    , m_apply(new QPushButton(tr("&Apply"), this))
    , m_revert(new QPushButton(this))
{
    setObjectName(QStringLiteral("record-form"));
    m_title->setObjectName(QStringLiteral("form-title"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("form-message"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020"));
    m_message->hide();
    m_reason->setObjectName(QStringLiteral("form-reason"));
    m_apply->setObjectName(QStringLiteral("form-apply"));
    m_revert->setObjectName(QStringLiteral("form-revert"));
    (new Retranslator(this))->add([this] {
        m_reason->setPlaceholderText(tr("Reason for this change (optional, kept in the history)"));
        m_revert->setText(tr("Re&vert"));
        m_apply->setToolTip(tr("Write the changed fields (Ctrl+Return)"));
        labelFields();
    });
    m_layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_layout->setRowWrapPolicy(QFormLayout::DontWrapRows);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_fields);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_reason, 1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_apply);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_message);
    layout->addLayout(buttons);

    connect(m_apply, &QPushButton::clicked, this, &RecordForm::applyRequested);
    connect(m_revert, &QPushButton::clicked, this, &RecordForm::revertRequested);
    auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    shortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(shortcut, &QShortcut::activated, this, [this] {
        if (m_apply->isEnabled())
            emit applyRequested();
    });
    clear();
}

void RecordForm::showRow(const TableInfo &table, qint64 rowId, const QVariantMap &values,
    const QString &title, const QHash<QString, QList<PickerChoice>> &choices, bool isDraft)
{
    const bool sameRow
        = !isDraft && !m_draft && rowId != 0 && rowId == m_rowId && m_table.name == table.name;
    const QSet<QString> pending = sameRow ? pendingEdits(values) : QSet<QString>();
    // Rebuild only when the table changes; otherwise just refill (keeps focus and scroll).
    if (m_table.name != table.name || m_editors.isEmpty()) {
        while (m_layout->rowCount() > 0)
            m_layout->removeRow(0);
        m_editors.clear();
        m_errors.clear();
        m_labels.clear();
        m_table = table;
        for (const ColumnInfo &column : table.columns) {
            if (column.key && column.kind == ColumnKind::Integer)
                continue;
            FieldEditor *editor
                = FieldEditor::create(column, choices.value(column.name), FieldEditor::Style::Form);
            auto *error = new QLabel;
            error->setObjectName(QStringLiteral("error-") + column.name);
            error->setWordWrap(true);
            error->setStyleSheet(QStringLiteral("color: #b00020"));
            error->hide();
            auto *cell = new QWidget;
            auto *cellLayout = new QVBoxLayout(cell);
            cellLayout->setContentsMargins(0, 0, 0, 0);
            cellLayout->setSpacing(2);
            cellLayout->addWidget(editor);
            cellLayout->addWidget(error);
            auto *labelWidget = new QLabel;
            m_layout->addRow(labelWidget, cell);
            // Added to a shown form: show now, not at the next event loop pass.
            labelWidget->show();
            cell->show();
            m_editors.insert(column.name, editor);
            m_errors.insert(column.name, error);
            m_labels.insert(column.name, labelWidget);
            connect(editor, &FieldEditor::edited, this, [this, name = column.name] {
                showError(name, {});
                updateButtons();
            });
        }
        labelFields();
    }
    const QVariantMap loaded = m_original;
    m_original = values;
    m_rowId = rowId;
    m_draft = isDraft;
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it) {
        const QSignalBlocker block(it.value());
        if (pending.contains(it.key()))
            m_original.insert(it.key(), loaded.value(it.key()));
        else
            it.value()->setValue(values.value(it.key()));
        const ColumnInfo *column = m_table.column(it.key());
        it.value()->setReadOnly(m_readOnly || !(column->editable || (isDraft && column->key)));
        showError(it.key(), {});
    }
    m_title->setText(title);
    showMessage({});
    m_fields->setEnabled(true);
    updateButtons();
}

QSet<QString> RecordForm::pendingEdits(const QVariantMap &values) const
{
    QSet<QString> pending;
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it) {
        QString error;
        const auto v = it.value()->value(&error);
        // A value that does not parse is the person's too; one equal to the new value is not
        // pending any more (it was applied, or made elsewhere alike).
        if (!v
            || (!FieldValidator::sameValue(*v, m_original.value(it.key()))
                && !FieldValidator::sameValue(*v, values.value(it.key()))))
            pending.insert(it.key());
    }
    return pending;
}

void RecordForm::labelFields()
{
    for (auto it = m_labels.cbegin(); it != m_labels.cend(); ++it) {
        const ColumnInfo *column = m_table.column(it.key());
        QString label = EditWording::columnLabel(*column);
        if (column->required)
            label += QStringLiteral(" *");
        it.value()->setText(label);
        it.value()->setToolTip(FieldValidator::allowed(*column));
    }
}

void RecordForm::clear(const QString &message)
{
    m_rowId = 0;
    m_original.clear();
    m_draft = false;
    m_title->setText(message.isEmpty() ? tr("Select a row to edit it here.") : message);
    // No row: no row's values (greyed, they read as the row the title asks for).
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it)
        it.value()->setValue(QVariant());
    for (QLabel *error : std::as_const(m_errors))
        error->hide();
    m_fields->setEnabled(false);
    showMessage({});
    updateButtons();
}

void RecordForm::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it) {
        const ColumnInfo *column = m_table.column(it.key());
        it.value()->setReadOnly(readOnly || !(column->editable || (m_draft && column->key)));
    }
    updateButtons();
}

void RecordForm::setTargetCount(int rows)
{
    m_targets = std::max(1, rows);
    updateButtons();
}

bool RecordForm::hasChanges() const
{
    if (m_draft)
        return true;
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it) {
        QString error;
        const auto v = it.value()->value(&error);
        if (!v || !FieldValidator::sameValue(*v, m_original.value(it.key())))
            return true;
    }
    return false;
}

QString RecordForm::reason() const
{
    return m_reason->text().trimmed();
}

void RecordForm::clearReason()
{
    m_reason->clear();
}

FieldEditor *RecordForm::editor(const QString &column) const
{
    return m_editors.value(column);
}

void RecordForm::showError(const QString &column, const QString &message)
{
    QLabel *label = m_errors.value(column);
    if (!label) {
        showMessage(message);
        return;
    }
    label->setText(message);
    label->setVisible(!message.isEmpty());
}

QString RecordForm::errorText(const QString &column) const
{
    const QLabel *label = m_errors.value(column);
    return label && !label->isHidden() ? label->text() : QString();
}

void RecordForm::showMessage(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

bool RecordForm::collect(QVariantMap *values)
{
    bool ok = true;
    values->clear();
    for (const ColumnInfo &column : m_table.columns) {
        FieldEditor *editor = m_editors.value(column.name);
        if (!editor)
            continue;
        QString error;
        const auto v = editor->value(&error);
        if (!v) {
            showError(column.name, error);
            ok = false;
            continue;
        }
        showError(column.name, {});
        const bool writable = column.editable || (m_draft && column.key);
        if (!writable)
            continue;
        if (m_draft || !FieldValidator::sameValue(*v, m_original.value(column.name)))
            values->insert(column.name, *v);
    }
    return ok;
}

void RecordForm::updateButtons()
{
    const bool active = m_fields->isEnabled() && !m_readOnly;
    const bool changes = active && hasChanges();
    m_apply->setEnabled(changes);
    m_revert->setEnabled(changes && !m_draft ? true : m_draft && active);
    m_reason->setEnabled(active);
    if (m_draft)
        m_apply->setText(tr("&Add Row"));
    else if (m_targets > 1)
        m_apply->setText(tr("&Apply to %1 Rows").arg(m_targets));
    else
        m_apply->setText(tr("&Apply"));
}

} // namespace TrendScope
