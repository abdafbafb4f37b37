#include "historypanel.h"

#include "editwording.h"
#include "fieldvalidator.h"
#include "format.h"
#include "retranslator.h"

#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace TrendScope {

namespace {

// "Score: “72.5” → “75”", "added this model": one entry in words.
QString changeText(const ChangeEntry &entry, const EditSchema &schema)
{
    const TableInfo *info = schema.table(entry.table);
    const QString what = info ? EditWording::singular(*info) : entry.table;
    if (entry.action == QLatin1String("update")) {
        const ColumnInfo *c = info ? info->column(entry.column) : nullptr;
        auto shown = [c](const QVariant &v) {
            if (v.isNull())
                return Format::notStated();
            return QStringLiteral("“%1”").arg(
                c ? EditWording::valueText(*c, v) : FieldValidator::toText(v));
        };
        return QStringLiteral("%1: %2 → %3")
            .arg(c ? EditWording::columnLabel(*c) : entry.column, shown(entry.oldValue),
                shown(entry.newValue));
    }
    if (entry.action == QLatin1String("insert"))
        return HistoryPanel::tr("added this %1").arg(what);
    return HistoryPanel::tr("deleted this %1").arg(what);
}

} // namespace

HistoryPanel::HistoryPanel(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_list(new QTreeWidget(this))
    , m_revert(new QPushButton(this))
{
    setObjectName(QStringLiteral("history-panel"));
    m_list->setObjectName(QStringLiteral("history-list"));
    m_revert->setObjectName(QStringLiteral("history-revert"));
    m_title->setWordWrap(true);
    (new Retranslator(this))->add([this] {
        m_revert->setText(tr("Re&vert This Change"));
        //: Column headers of the change history: when, who, what changed, why
        m_list->setHeaderLabels({tr("When"), tr("Who"), tr("Change"), tr("Reason")});
    });
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setWordWrap(true);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_revert, 0, Qt::AlignRight);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &HistoryPanel::updateButton);
    connect(m_revert, &QPushButton::clicked, this, [this] {
        if (QTreeWidgetItem *item = m_list->currentItem())
            emit revertRequested(item->data(0, Qt::UserRole).toLongLong());
    });
    updateButton();
}

void HistoryPanel::setEntries(
    const QString &title, const QList<ChangeEntry> &entries, const EditSchema &schema)
{
    m_title->setText(entries.isEmpty()
            ? tr("%1: no changes made in TrendScope.").arg(title)
            : tr("%1: %n change(s), newest first.", nullptr, int(entries.size())).arg(title));
    m_list->clear();
    for (const ChangeEntry &e : entries) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(0, Format::changeTime(e.at));
        item->setText(1, e.author.isEmpty() ? tr("unknown") : e.author);
        item->setText(2, changeText(e, schema));
        item->setText(3, e.reason);
        item->setToolTip(2, item->text(2));
        item->setData(0, Qt::UserRole, e.id);
    }
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    updateButton();
}

void HistoryPanel::setRevertEnabled(bool enabled)
{
    m_revertEnabled = enabled;
    updateButton();
}

int HistoryPanel::entryCount() const
{
    return m_list->topLevelItemCount();
}

qint64 HistoryPanel::entryId(int row) const
{
    const QTreeWidgetItem *item = m_list->topLevelItem(row);
    return item ? item->data(0, Qt::UserRole).toLongLong() : 0;
}

void HistoryPanel::updateButton()
{
    m_revert->setEnabled(m_revertEnabled && m_list->currentItem());
}

} // namespace TrendScope
