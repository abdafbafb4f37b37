#include "editcommand.h"

namespace TrendScope {

EditCommand::EditCommand(Edit applied, Edit inverse)
    : m_applied(std::move(applied))
    , m_inverse(std::move(inverse))
{
    setText(m_applied.text.isEmpty() ? QStringLiteral("edit") : m_applied.text);
}

} // namespace TrendScope
