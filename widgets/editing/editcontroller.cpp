#include "editcontroller.h"

#include "changehistory.h"
#include "database.h"
#include "editcommand.h"
#include "editqueries.h"
#include "editsession.h"
#include "editwording.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QUndoStack>

namespace TrendScope {

EditController::EditController(QObject *parent)
    : QObject(parent)
    , m_stack(new QUndoStack(this))
    , m_undoAction(new QAction(tr("&Undo"), this))
    , m_redoAction(new QAction(tr("&Redo"), this))
{
    m_undoAction->setObjectName(QStringLiteral("edit-undo"));
    m_redoAction->setObjectName(QStringLiteral("edit-redo"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction->setShortcut(QKeySequence::Redo);
    connect(m_undoAction, &QAction::triggered, this, [this] { undo(); });
    connect(m_redoAction, &QAction::triggered, this, [this] { redo(); });
    connect(m_stack, &QUndoStack::indexChanged, this, &EditController::updateActions);
    updateActions();
}

EditController::~EditController() = default;

void EditController::setSession(EditSession *session)
{
    m_session = session;
    m_stack->clear();
    m_pending.reset();
    updateActions();
    emit pendingChanged();
    emit sessionChanged();
}

void EditController::setAuthor(const QString &author)
{
    if (m_session)
        m_session->setAuthor(author);
}

QString EditController::disabledReason() const
{
    if (!m_session)
        return tr("No dataset is open.");
    const Database &db = m_session->database();
    if (!db.isReadOnly())
        return {};
    if (db.isServer())
        return tr("%1 is read-only (%2): editing is disabled.").arg(db.path(), db.readOnlyReason());
    const QFileInfo info(db.path());
    QString why;
    if (!info.isWritable())
        why = tr("the file is not writable");
    else if (!QFileInfo(info.absolutePath()).isWritable())
        why = tr("its folder is not writable");
    else
        why = tr("it was opened read-only");
    return tr("%1 is read-only (%2): editing is disabled.")
        .arg(QDir::toNativeSeparators(db.path()), why);
}

std::optional<EditError> EditController::run(const Edit &edit, int direction)
{
    if (!m_session) {
        EditError e;
        e.kind = EditError::Kind::ReadOnly;
        e.message = disabledReason();
        emit editFailed(e);
        return e;
    }
    const EditResult result = m_session->apply(edit);
    if (!result.ok()) {
        EditError error = *result.error;
        if (error.kind == EditError::Kind::Locked) {
            m_pending = Pending {edit, direction};
            emit pendingChanged();
        }
        // An undo or redo is refused, never resolved: say who changed the row since.
        const TableInfo *info = table(error.table);
        if (direction != 0 && error.kind == EditError::Kind::Conflict && info)
            error.message = EditWording::refusedStep(error, *info,
                EditQueries(m_session->database(), m_session->schema())
                    .rowLabel(error.table, error.rowId),
                direction > 0);
        emit editFailed(error);
        return error;
    }
    if (m_pending) {
        m_pending.reset();
        emit pendingChanged();
    }
    if (direction == 0) {
        if (!result.applied.isEmpty())
            m_stack->push(new EditCommand(result.applied, result.inverse));
    } else if (direction < 0) {
        m_stack->undo();
    } else {
        m_stack->redo();
    }
    if (!result.applied.isEmpty())
        emit datasetEdited();
    updateActions();
    return std::nullopt;
}

std::optional<EditError> EditController::submit(const Edit &edit)
{
    return run(edit, 0);
}

std::optional<EditError> EditController::undo()
{
    if (!m_stack->canUndo())
        return std::nullopt;
    const auto *command = static_cast<const EditCommand *>(m_stack->command(m_stack->index() - 1));
    Edit edit = command->inverse();
    edit.reason = tr("undo: %1").arg(command->text());
    return run(edit, -1);
}

std::optional<EditError> EditController::redo()
{
    if (!m_stack->canRedo())
        return std::nullopt;
    const auto *command = static_cast<const EditCommand *>(m_stack->command(m_stack->index()));
    Edit edit = command->applied();
    edit.reason = tr("redo: %1").arg(command->text());
    return run(edit, +1);
}

std::unique_ptr<EditQueries> EditController::queries() const
{
    if (!m_session)
        return nullptr;
    return std::make_unique<EditQueries>(m_session->database(), m_session->schema());
}

std::unique_ptr<ChangeHistory> EditController::history() const
{
    if (!m_session)
        return nullptr;
    return std::make_unique<ChangeHistory>(m_session->database(), m_session->schema());
}

const TableInfo *EditController::table(const QString &name) const
{
    return m_session ? m_session->schema().table(name) : nullptr;
}

std::optional<EditError> EditController::retryPending()
{
    if (!m_pending)
        return std::nullopt;
    const Pending pending = *m_pending;
    return run(pending.edit, pending.direction);
}

void EditController::discardPending()
{
    m_pending.reset();
    emit pendingChanged();
}

void EditController::updateActions()
{
    const bool can = canEdit();
    m_undoAction->setEnabled(can && m_stack->canUndo());
    m_redoAction->setEnabled(can && m_stack->canRedo());
    m_undoAction->setText(
        m_stack->canUndo() ? tr("&Undo: %1").arg(m_stack->undoText()) : tr("&Undo"));
    m_redoAction->setText(
        m_stack->canRedo() ? tr("&Redo: %1").arg(m_stack->redoText()) : tr("&Redo"));
}

} // namespace TrendScope
