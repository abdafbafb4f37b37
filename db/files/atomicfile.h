#pragma once

#include <QByteArray>
#include <QString>

namespace TrendScope {

// Replaces `path` with `data` in one step: either the new content is there in full, or the
// old file is untouched and `error` says why ("Cannot write PATH: REASON", the reason in
// plain words: "no space left on the device", ...). QSaveFile::commit() alone is not enough
// on Qt 6.4: it can report success after a failed write (disk full), so every write and the
// flush are checked before committing.
// A character device or a FIFO (a terminal, /dev/null, a pipe) cannot be replaced: the bytes
// are streamed into it instead, and a failed write is still an error. A block device, a
// socket or a folder is refused.
bool writeFileAtomically(const QString &path, const QByteArray &data, QString *error);

// As writeFileAtomically, with "-" meaning standard output (streamed).
bool writeOutputFile(const QString &path, const QByteArray &data, QString *error);

// True when `a` and `b` name the same existing file (through symbolic and hard links and
// relative paths).
bool isSameFile(const QString &a, const QString &b);

// True when writing `path` would overwrite the dataset file `datasetPath` or one of the
// journal files SQLite keeps beside it (-wal, -shm, -journal): the same file through links
// and relative paths, or the same name even when the journal does not exist yet.
bool isDatasetFile(const QString &path, const QString &datasetPath);

} // namespace TrendScope
