#pragma once

#include "importfile.h"
#include "importmapping.h"

#include <QTableWidget>

namespace TrendScope {

// The mapping step of an import: one line per column of the file, with its first value and
// the field it fills, chosen from the table's fields ("not imported" leaves it out).
class ImportMappingTable : public QTableWidget
{
    Q_OBJECT
public:
    explicit ImportMappingTable(QWidget *parent = nullptr);

    // Shows `file`'s columns mapped as `mapping` says, offering `table`'s fields.
    void setMapping(const EditSchema &schema, const TableInfo &table, const ImportFile &file,
        const ImportMapping &mapping);
    void clearMapping();
    ImportMapping mapping() const;

signals:
    void mappingChanged();

private:
    ImportMapping m_mapping;
};

} // namespace TrendScope
