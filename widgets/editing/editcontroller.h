#pragma once

#include "edit.h"

#include <QObject>

#include <memory>
#include <optional>

class QAction;
class QUndoStack;

namespace TrendScope {

class ChangeHistory;
class EditQueries;
class EditSession;
struct TableInfo;

// Runs every change a person makes through the data layer and keeps the undo history.
// submit(), undo() and redo() each apply one Edit in one short transaction (EditSession);
// the QUndoStack moves only after the write succeeded, so the menus never claim a change the
// file does not hold. A change that could not be written (file locked) is kept as the
// pending edit, to retry.
class EditController : public QObject
{
    Q_OBJECT
public:
    explicit EditController(QObject *parent = nullptr);
    ~EditController() override;

    // The session of the open dataset (nullptr: none). A new session clears the history.
    void setSession(EditSession *session);
    EditSession *session() const { return m_session; }
    void setAuthor(const QString &author);

    // The editor's reads on the open dataset; nullptr when none is open.
    std::unique_ptr<EditQueries> queries() const;
    // The open dataset's change_log; nullptr when none is open.
    std::unique_ptr<ChangeHistory> history() const;
    // The editable table `name` of the open dataset, or nullptr.
    const TableInfo *table(const QString &name) const;

    // Why editing is not possible ("… is open read-only"), or empty.
    QString disabledReason() const;
    bool canEdit() const { return disabledReason().isEmpty(); }

    // Applies a person's edit; on success it becomes the newest undo step.
    std::optional<EditError> submit(const Edit &edit);
    std::optional<EditError> undo();
    std::optional<EditError> redo();
    // Retries the edit that failed for a lock; nullopt when it went through.
    std::optional<EditError> retryPending();

    bool hasPending() const { return m_pending.has_value(); }
    void discardPending();

    QUndoStack *stack() const { return m_stack; }
    // "Undo: set score of GLM-4" / "Redo: …"; disabled when there is nothing to do.
    QAction *undoAction() const { return m_undoAction; }
    QAction *redoAction() const { return m_redoAction; }
    // Sets the actions' texts again in the interface language: the controller is no widget,
    // so the window calls this on a language change.
    void retranslate() { updateActions(); }

signals:
    // The file was changed by an edit, undo or redo: re-query what is shown.
    void datasetEdited();
    // An edit, undo or redo was refused or could not be written.
    void editFailed(const TrendScope::EditError &error);
    void pendingChanged();
    void sessionChanged();

private:
    std::optional<EditError> run(const Edit &edit, int direction);
    void updateActions();

    EditSession *m_session = nullptr;
    QUndoStack *m_stack;
    QAction *m_undoAction;
    QAction *m_redoAction;
    struct Pending
    {
        Edit edit;
        int direction = 0; // 0 submit, -1 undo, +1 redo
    };
    std::optional<Pending> m_pending;
};

} // namespace TrendScope
