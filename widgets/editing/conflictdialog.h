#pragma once

#include "edit.h"

#include <QDialog>
#include <QHash>
#include <QSet>

#include <optional>

class QComboBox;
class QLabel;

namespace TrendScope {

struct TableInfo;

// Asks what to do when a form's edit found its fields changed elsewhere since the form loaded
// the row: who changed them and when, each field's original, theirs and mine, and a choice.
// Nothing is written here; resolvedEdit() is the edit the choice makes. Cancel is the default,
// so nothing is overwritten without a deliberate choice.
class ConflictDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Choice
    {
        Cancel, // keep my values in the form, unapplied
        KeepMine, // write my values over theirs
        TakeTheirs, // keep their values, drop mine of those fields
        Merge, // per field, as chosen
    };
    enum class Keep
    {
        Mine,
        Theirs,
    };

    // `edit` was refused with `error`, a Conflict listing its fields; `rowLabel` names the row;
    // `referenceLabels` (EditQueries::referenceLabels) names the rows a reference points to.
    explicit ConflictDialog(const Edit &edit, const EditError &error, const TableInfo &table,
        const QString &rowLabel,
        const QHash<QString, QHash<QString, QString>> &referenceLabels = {},
        QWidget *parent = nullptr);
    ~ConflictDialog() override;

    Choice choice() const { return m_choice; }
    // What Merge keeps of one field (Mine unless chosen otherwise).
    void setKeep(const QString &column, Keep keep);
    // The edit the choice makes: nullopt for Cancel; empty when none of my values is left to
    // write.
    std::optional<Edit> resolvedEdit() const;

    // `edit` with the refused op settled: fields in `keepMine` are written over theirs (they
    // are expected to hold theirs now, so a further change elsewhere is caught again); the
    // other conflicting fields are left as they are now. An op with nothing left to write goes.
    static Edit resolve(const Edit &edit, const EditError &error, const QSet<QString> &keepMine);

private:
    void choose(Choice choice);

    Edit m_edit;
    EditError m_error;
    Choice m_choice = Choice::Cancel;
    QHash<QString, QComboBox *> m_keep;
};

} // namespace TrendScope
