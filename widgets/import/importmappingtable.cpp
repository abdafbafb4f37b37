#include "importmappingtable.h"

#include "editwording.h"

#include <QComboBox>
#include <QHeaderView>

namespace TrendScope {

ImportMappingTable::ImportMappingTable(QWidget *parent)
    : QTableWidget(0, 3, parent)
{
    setObjectName(QStringLiteral("import-mapping"));
    setHorizontalHeaderLabels({tr("Column in the file"), tr("First value"), tr("Imported as")});
    horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    verticalHeader()->hide();
    setSelectionMode(QAbstractItemView::NoSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setWordWrap(false);
    setTextElideMode(Qt::ElideRight);
}

void ImportMappingTable::clearMapping()
{
    m_mapping = {};
    setRowCount(0);
}

void ImportMappingTable::setMapping(const EditSchema &schema, const TableInfo &table,
    const ImportFile &file, const ImportMapping &mapping)
{
    m_mapping = mapping;
    // The view would delete the old choosers later; now, so that none answers for a row.
    for (int i = 0; i < rowCount(); ++i)
        delete cellWidget(i, 2);
    setRowCount(0);
    setRowCount(int(file.headers.size()));
    const QStringList targets = ImportMapping::targetsFor(schema, table);
    for (int i = 0; i < file.headers.size(); ++i) {
        auto *header = new QTableWidgetItem(file.headers.at(i));
        header->setToolTip(file.headers.at(i));
        setItem(i, 0, header);
        const QString first
            = file.records.isEmpty() ? QString() : file.records.constFirst().cells.value(i);
        auto *sample = new QTableWidgetItem(first);
        sample->setToolTip(first);
        setItem(i, 1, sample);
        auto *box = new QComboBox(this);
        box->setObjectName(QStringLiteral("import-target-%1").arg(i));
        box->addItem(tr("(not imported)"), QString());
        for (const QString &target : targets) {
            // The schema's labels in the interface language ("榜单 › 快照").
            QStringList labels
                = ImportMapping::targetLabel(schema, table, target).split(QStringLiteral(" › "));
            for (QString &label : labels)
                label = EditWording::schemaLabel(label);
            box->addItem(labels.join(QStringLiteral(" › ")), target);
        }
        box->setCurrentIndex(std::max(0, box->findData(mapping.targets.value(i))));
        connect(box, &QComboBox::currentIndexChanged, this, [this, box, i] {
            m_mapping.targets[i] = box->currentData().toString();
            emit mappingChanged();
        });
        setCellWidget(i, 2, box);
    }
    resizeColumnToContents(2);
}

ImportMapping ImportMappingTable::mapping() const
{
    return m_mapping;
}

} // namespace TrendScope
