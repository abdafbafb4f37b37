#pragma once

#include <QByteArray>
#include <QString>

#include <memory>

class QSaveFile;

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

// writeOutputFile in pieces, for output too large to hold: a regular file is written beside
// its target and replaces it only at commit() (an OutputStream destroyed or cancelled before
// that leaves the old file untouched); a character device, a FIFO or standard output ("-")
// gets each piece as it comes.
class OutputStream
{
public:
    explicit OutputStream(const QString &path);
    ~OutputStream();
    OutputStream(const OutputStream &) = delete;
    OutputStream &operator=(const OutputStream &) = delete;

    // Refuses a folder, a block device or a socket; `error` as writeFileAtomically's.
    bool open(QString *error);
    // False once a write failed; the reason comes from commit().
    bool write(const char *data, qsizetype size);
    // Replaces the target (or closes the device). False with the reason of the first failure.
    bool commit(QString *error);
    // Drops what was written to a regular file; a device keeps what it got.
    void cancel();

private:
    QString m_path;
    std::unique_ptr<QSaveFile> m_file; // a regular file
    int m_fd = -1; // where the bytes go
    bool m_ownsFd = false; // a device this opened, closed at commit
    int m_failure = 0; // errno of the first failed write
    bool m_done = false;
};

// True when `a` and `b` name the same existing file (through symbolic and hard links and
// relative paths).
bool isSameFile(const QString &a, const QString &b);

// True when writing `path` would overwrite the dataset file `datasetPath` or one of the
// journal files SQLite keeps beside it (-wal, -shm, -journal): the same file through links
// and relative paths, or the same name even when the journal does not exist yet.
bool isDatasetFile(const QString &path, const QString &datasetPath);

} // namespace TrendScope
