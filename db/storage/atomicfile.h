#pragma once

#include <QByteArray>
#include <QString>

namespace TrendScope {

// Replaces `path` with `data` in one step: either the new content is there in full, or the
// old file is untouched and `error` says why. QSaveFile::commit() alone is not enough on
// Qt 6.4: it can report success after a failed write (disk full), so every write and the
// flush are checked before committing.
bool writeFileAtomically(const QString &path, const QByteArray &data, QString *error);

// True when `a` and `b` name the same existing file (through links and relative paths).
bool isSameFile(const QString &a, const QString &b);

} // namespace TrendScope
