#pragma once

#include "edit.h"

#include <QUndoCommand>

namespace TrendScope {

// One step of the undo history: the edit as it ran and the edit that takes it back.
// EditController writes them to the file before it moves the stack, because a write can
// fail (a lock) and QUndoCommand::undo() cannot; undo() and redo() here only keep the
// command's state in step with the stack.
class EditCommand : public QUndoCommand
{
public:
    EditCommand(Edit applied, Edit inverse);

    const Edit &applied() const { return m_applied; }
    const Edit &inverse() const { return m_inverse; }
    bool isDone() const { return m_done; }

    void undo() override { m_done = false; }
    void redo() override { m_done = true; }

private:
    Edit m_applied;
    Edit m_inverse;
    bool m_done = true;
};

} // namespace TrendScope
