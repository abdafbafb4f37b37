#pragma once

#include "edit.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QVariantMap>

namespace TrendScope {

class EditQueries;
class EditSchema;
struct ColumnInfo;
struct HistoryPoint;
struct TableInfo;

// How the data editor words what it is about to do: the form's title, the undo text of a
// form's edit, the question before a delete that takes other rows along.
class EditWording
{
    Q_DECLARE_TR_FUNCTIONS(EditWording)
public:
    // The schema's labels in the interface language (EditSchema keeps them in English,
    // marked for translation: see editschema.cpp): "模型", "榜单条目", "得分". A label the
    // schema made up from a column's name stays as it is.
    static QString tableLabel(const TableInfo &table);
    static QString singular(const TableInfo &table);
    static QString columnLabel(const ColumnInfo &column);
    // Any of the schema's labels (a table's, a column's) in the interface language.
    static QString schemaLabel(const QString &label);
    // A stored value in words: a flag as yes or no in the interface language, anything else
    // as stored (FieldValidator::toText).
    static QString valueText(const ColumnInfo &column, const QVariant &value);
    // A row's `inferred` for people: each field by its label with the dataset's reason in the
    // interface language (Annotation::shown): "English name: the dataset's own English name,
    // not the report's" / "英文名：数据集自拟的英文名，并非报告所写". The stored text is what
    // an editor edits.
    static QString inferredText(const QString &table, const QString &inferred);
    // "Score" → "score", but "English name" and "GPUs" keep their capitals.
    static QString inSentence(const QString &label);
    // A column of `table` as a sentence names it in the interface language, without reading
    // a schema (EditSchema::columnLabel): "amount", "金额".
    static QString fieldInSentence(const QString &table, const QString &column);
    // What a point of the audit trail changed, in the interface language: "changed row 6 of
    // Leaderboard entries: score, status", "3 entries: Events × 2, Models × 1".
    static QString historySummary(const HistoryPoint &point);
    // "Leaderboard entry GLM-4", or with several rows selected, how many Apply changes.
    static QString formTitle(const TableInfo &table, const QString &rowLabel, int selected);
    // The edit a form's values make: a new row (draft), or the same fields set in every
    // selected row; `firstRowLabel` names the row when there is one. `originals` holds each
    // row's values as the editor loaded them: every update expects its fields to hold them
    // still, so a change made elsewhere since is caught instead of overwritten (fields the
    // edit does not set are not expected: another editor's change to them is kept).
    static Edit formEdit(const TableInfo &table, const QVariantMap &values, bool draft,
        const QList<qint64> &rowIds, const QString &firstRowLabel,
        const QHash<qint64, QVariantMap> &originals);
    // The newest change among a conflict's fields (who made it and when), or nullptr.
    static const FieldConflict *newestChange(const EditError &error);
    // "Score, note": the conflict's fields by label.
    static QString conflictFields(const EditError &error, const TableInfo &table);
    // Why an undo (or redo) was refused for a conflict: "Score of leaderboard entry GLM-4
    // was changed by Alice at 2026-12-04 09:12:03 since; undo refused, nothing was
    // overwritten."; the error's own message when it names no field.
    static QString refusedStep(
        const EditError &error, const TableInfo &table, const QString &rowLabel, bool redo);
    // The question before `edit` deletes rows beyond the `rowIds` asked for, listing them;
    // empty when it deletes only those.
    static QString deleteQuestion(const Edit &edit, const TableInfo &table,
        const QList<qint64> &rowIds, const EditSchema &schema, const EditQueries &queries);
};

} // namespace TrendScope
