#pragma once

// Which dataset files passed Database::validateFile and have not changed since, so that opening
// one again does not read every page of it once more (quick_check of a 555 MiB file takes
// seconds; an export of one table from it should cost what reading that table costs).

#include <QString>

#include <optional>

namespace TrendScope {

class ValidationMemo
{
public:
    // What identifies one version of a file: any write changes the modification and status
    // change times, and nobody but root can set the latter back.
    struct Identity
    {
        quint64 device = 0;
        quint64 inode = 0;
        qint64 size = 0;
        qint64 modifiedNs = 0;
        qint64 statusChangedNs = 0;

        friend bool operator==(const Identity &a, const Identity &b)
        {
            return a.device == b.device && a.inode == b.inode && a.size == b.size
                && a.modifiedNs == b.modifiedNs && a.statusChangedNs == b.statusChangedNs;
        }
        friend bool operator!=(const Identity &a, const Identity &b) { return !(a == b); }
    };

    // A file's identity now, or nothing when it cannot be read by stat().
    static std::optional<Identity> identify(const QString &path);

    // The memo in `memoPath` (a small text file; missing means empty).
    explicit ValidationMemo(QString memoPath);
    // The user's memo, under the cache location (TRENDSCOPE_VALIDATION_MEMO names another
    // file; set to an empty value it turns the memo off).
    static ValidationMemo forUser();

    bool isEnabled() const { return !m_path.isEmpty(); }
    // Whether a file of this identity passed the checks of this build's schema versions.
    bool remembers(const Identity &identity) const;
    // Remembers `before`, taken before the checks began, if the file still has it now and
    // had not changed for SettledNs before `checkStartedNs` (CLOCK_REALTIME). File times tick
    // coarsely (jiffies; 2 s on FAT, rounded down), so a file written shortly before it was
    // checked could be written again after the check without its times changing. Keeps the
    // newest MaxEntries; a failure to write loses only the memo.
    void remember(const QString &path, const Identity &before, qint64 checkStartedNs) const;

    static qint64 nowNs();
    static constexpr int MaxEntries = 64;
    static constexpr qint64 SettledNs = 3'000'000'000;

private:
    QString m_path;
};

} // namespace TrendScope
