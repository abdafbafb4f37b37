#include "conflictdialog.h"

#include "editschema.h"
#include "editwording.h"
#include "fieldvalidator.h"
#include "format.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace TrendScope {

namespace {

enum Column
{
    FieldColumn,
    OriginalColumn,
    TheirsColumn,
    MineColumn,
    KeepColumn,
};

// A value as people read it: a reference by the name of the row it points to.
QLabel *valueLabel(const QVariant &value, const ColumnInfo *column,
    const QHash<QString, QHash<QString, QString>> &referenceLabels, const QString &name,
    QWidget *parent)
{
    QString text = column ? EditWording::valueText(*column, value) : FieldValidator::toText(value);
    if (column && column->kind == ColumnKind::Reference && !text.isEmpty())
        text = referenceLabels.value(column->refTable).value(text, text);
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    // Values are data, not markup.
    label->setTextFormat(Qt::PlainText);
    label->setText(text.isEmpty() ? ConflictDialog::tr("(empty)") : text);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    label->setToolTip(text);
    return label;
}

} // namespace

ConflictDialog::ConflictDialog(const Edit &edit, const EditError &error, const TableInfo &table,
    const QString &rowLabel, const QHash<QString, QHash<QString, QString>> &referenceLabels,
    QWidget *parent)
    : QDialog(parent)
    , m_edit(edit)
    , m_error(error)
{
    setObjectName(QStringLiteral("conflict-dialog"));
    setWindowTitle(tr("Changed Elsewhere"));

    const FieldConflict *newest = EditWording::newestChange(error);
    const QString row = tr("%1 %2").arg(EditWording::singular(table), rowLabel).trimmed();
    QString who = newest ? tr("%1 was changed by %2 at %3 since you loaded it.")
                               .arg(row, newest->author, Format::changeTime(newest->at))
                         : tr("%1 was changed by another program since you loaded it.").arg(row);
    who = who.at(0).toUpper() + who.mid(1);
    auto *whoLabel = new QLabel(who, this);
    whoLabel->setObjectName(QStringLiteral("conflict-who"));
    whoLabel->setWordWrap(true);
    QFont bold = whoLabel->font();
    bold.setBold(true);
    whoLabel->setFont(bold);
    auto *hint = new QLabel(tr("Nothing was overwritten. Choose which values to keep: yours "
                               "(mine), the values there now (theirs), or for each field."),
        this);
    hint->setWordWrap(true);

    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(16);
    const QStringList headings {tr("Field"), tr("Original"), tr("Theirs"), tr("Mine"), tr("Keep")};
    for (int c = 0; c < headings.size(); ++c) {
        auto *heading = new QLabel(headings.at(c), this);
        heading->setFont(bold);
        grid->addWidget(heading, 0, c);
    }
    int r = 1;
    for (const FieldConflict &conflict : error.conflicts) {
        const ColumnInfo *column = table.column(conflict.column);
        auto *field
            = new QLabel(column ? EditWording::columnLabel(*column) : conflict.column, this);
        grid->addWidget(field, r, FieldColumn);
        grid->addWidget(valueLabel(conflict.original, column, referenceLabels,
                            QStringLiteral("conflict-original-") + conflict.column, this),
            r, OriginalColumn);
        QLabel *theirs = valueLabel(conflict.theirs, column, referenceLabels,
            QStringLiteral("conflict-theirs-") + conflict.column, this);
        if (!conflict.author.isEmpty())
            theirs->setToolTip(
                tr("Changed by %1 at %2").arg(conflict.author, Format::changeTime(conflict.at)));
        grid->addWidget(theirs, r, TheirsColumn);
        grid->addWidget(valueLabel(conflict.mine, column, referenceLabels,
                            QStringLiteral("conflict-mine-") + conflict.column, this),
            r, MineColumn);
        auto *keep = new QComboBox(this);
        keep->setObjectName(QStringLiteral("conflict-keep-") + conflict.column);
        keep->addItem(tr("Mine"), int(Keep::Mine));
        keep->addItem(tr("Theirs"), int(Keep::Theirs));
        keep->setAccessibleName(tr("Keep for %1").arg(field->text()));
        field->setBuddy(keep);
        grid->addWidget(keep, r, KeepColumn);
        m_keep.insert(conflict.column, keep);
        ++r;
    }
    grid->setColumnStretch(OriginalColumn, 1);
    grid->setColumnStretch(TheirsColumn, 1);
    grid->setColumnStretch(MineColumn, 1);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *mine = buttons->addButton(tr("&Keep Mine"), QDialogButtonBox::AcceptRole);
    mine->setObjectName(QStringLiteral("conflict-keep-mine"));
    mine->setToolTip(tr("Write your values over theirs"));
    QPushButton *theirs = buttons->addButton(tr("&Take Theirs"), QDialogButtonBox::AcceptRole);
    theirs->setObjectName(QStringLiteral("conflict-take-theirs"));
    theirs->setToolTip(tr("Keep their values and drop yours of these fields"));
    QPushButton *merge = buttons->addButton(tr("&Merge"), QDialogButtonBox::AcceptRole);
    merge->setObjectName(QStringLiteral("conflict-merge"));
    merge->setToolTip(tr("Write the value chosen under Keep for each field"));
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("conflict-cancel"));
    cancel->setToolTip(tr("Write nothing; your values stay in the form"));
    // Nothing is overwritten by pressing Enter without a deliberate choice.
    cancel->setDefault(true);
    cancel->setFocus();
    connect(mine, &QPushButton::clicked, this, [this] { choose(Choice::KeepMine); });
    connect(theirs, &QPushButton::clicked, this, [this] { choose(Choice::TakeTheirs); });
    connect(merge, &QPushButton::clicked, this, [this] { choose(Choice::Merge); });
    connect(buttons, &QDialogButtonBox::rejected, this, [this] { choose(Choice::Cancel); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(whoLabel);
    layout->addWidget(hint);
    layout->addLayout(grid);
    layout->addStretch(1);
    layout->addWidget(buttons);
    // Room for the sentence above the table on one or two lines, not a narrow column.
    setMinimumWidth(520);
}

ConflictDialog::~ConflictDialog() = default;

void ConflictDialog::setKeep(const QString &column, Keep keep)
{
    if (QComboBox *box = m_keep.value(column))
        box->setCurrentIndex(box->findData(int(keep)));
}

void ConflictDialog::choose(Choice choice)
{
    m_choice = choice;
    if (choice == Choice::Cancel)
        reject();
    else
        accept();
}

std::optional<Edit> ConflictDialog::resolvedEdit() const
{
    if (m_choice == Choice::Cancel)
        return std::nullopt;
    QSet<QString> keepMine;
    for (auto it = m_keep.cbegin(); it != m_keep.cend(); ++it)
        if (m_choice == Choice::KeepMine
            || (m_choice == Choice::Merge && it.value()->currentData().toInt() == int(Keep::Mine)))
            keepMine.insert(it.key());
    return resolve(m_edit, m_error, keepMine);
}

Edit ConflictDialog::resolve(
    const Edit &edit, const EditError &error, const QSet<QString> &keepMine)
{
    Edit resolved = edit;
    if (error.op < 0 || error.op >= resolved.ops.size())
        return resolved;
    EditOp &op = resolved.ops[error.op];
    for (const FieldConflict &conflict : error.conflicts) {
        if (keepMine.contains(conflict.column)) {
            op.expected.insert(conflict.column, conflict.theirs);
        } else {
            op.values.remove(conflict.column);
            op.expected.remove(conflict.column);
        }
    }
    if (op.values.isEmpty())
        resolved.ops.removeAt(error.op);
    return resolved;
}

} // namespace TrendScope
