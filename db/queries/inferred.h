#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace TrendScope {

// Schema 6's `inferred` column says which fields of a row the dataset filled in rather than
// the report, and where from: "field, field: reason; field: reason". A reason holds no ';'.
struct InferredField
{
    QString field; // a column of the row, e.g. "curve_year"
    QString reason; // "the charts on the page are titled 2023年1月-11月, ..."
};

struct InferredFields
{
    QList<InferredField> fields; // in the order written
    QStringList unexplained; // groups without a "field: reason" shape, as written

    // The reason for one column, empty when the report states it.
    QString reasonFor(const QString &field) const;
    bool contains(const QString &field) const { return !reasonFor(field).isEmpty(); }
};

InferredFields parseInferred(const QString &inferred);

} // namespace TrendScope
