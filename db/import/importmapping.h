#pragma once

#include "editschema.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace TrendScope {

// Which field each column of an import file fills (issue 15). A target is a column of the
// table ("score"), a field of the row a reference column points to ("leaderboard_id.snapshot":
// the file names a leaderboard by benchmark and snapshot), or empty: the file's column is not
// imported. Edition, source and status are not targets: an import fills one edition, and
// its rows are what that edition states.
struct ImportMapping
{
    QString table;
    QStringList targets; // one per header, in header order

    // Every target a file column may fill in `table`, in form order.
    static QStringList targetsFor(const EditSchema &schema, const TableInfo &table);
    // How people read a target: "Score", "Leaderboard › Snapshot".
    static QString targetLabel(
        const EditSchema &schema, const TableInfo &table, const QString &target);
    // The same in the interface language, as the preview shows it ("分数").
    static QString targetText(
        const EditSchema &schema, const TableInfo &table, const QString &target);
    // The best guess for `headers`: a header matches a target by its column name, its label
    // or a common Chinese or English name for it ("模型名称", "总分", "benchmark").
    static ImportMapping guess(
        const EditSchema &schema, const TableInfo &table, const QStringList &headers);
    // One key per file layout (the headers, compared without case and spacing), under which
    // a mapping is remembered.
    static QString layoutKey(const QStringList &headers);

    // The target named `target` set for the header `header` ("总分=score" on the command
    // line); false with a message when there is no such header or target.
    bool set(const EditSchema &schema, const TableInfo &table, const QStringList &headers,
        const QString &header, const QString &target, QString *error);
    // Why the mapping cannot be used: a target filled by two columns (named as targetText()
    // names it, in the interface language), nothing mapped.
    std::optional<QString> problem(
        const EditSchema &schema, const TableInfo &table, const QStringList &headers) const;

    // "table\ttarget\ttarget…", the form a mapping is remembered in.
    QString toString() const;
    static std::optional<ImportMapping> fromString(const QString &text, int headerCount);
};

} // namespace TrendScope
