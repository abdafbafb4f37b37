#include "searchtext.h"

#include <QStringMatcher>

#include <algorithm>
#include <thread>

namespace TrendScope {

namespace {

constexpr QChar Separator(0xFFFF);

} // namespace

QString SearchText::fold(const QString &text)
{
    return text.normalized(QString::NormalizationForm_KC).toCaseFolded();
}

void SearchText::append(const QString &text)
{
    m_start.push_back(m_text.size());
    m_text += fold(text);
    m_text += Separator;
}

void SearchText::clear()
{
    m_text.clear();
    m_start.clear();
}

QStringView SearchText::text(int row) const
{
    const qsizetype start = m_start[size_t(row)];
    const qsizetype end
        = size_t(row) + 1 < m_start.size() ? m_start[size_t(row) + 1] : m_text.size();
    return QStringView(m_text).mid(start, end - start - 1); // without the separator
}

// The matcher jumps from one hit to the next, and on to the next row's text after each; on
// two threads each half writes its own rows' flags.
std::vector<char> SearchText::hits(const QString &needle) const
{
    std::vector<char> hits(m_start.size(), 0);
    if (needle.contains(Separator)) { // could only match across rows: test each row alone
        for (size_t row = 0; row < hits.size(); ++row)
            hits[row] = text(int(row)).contains(needle);
        return hits;
    }
    const QStringMatcher matcher(needle, Qt::CaseSensitive);
    const auto &starts = m_start;
    const QStringView text(m_text);
    auto scan = [&](size_t firstRow, size_t endRow) {
        const QStringView part = text.left(endRow < starts.size() ? starts[endRow] : text.size());
        qsizetype at = matcher.indexIn(part, starts[firstRow]);
        while (at >= 0) {
            const size_t row
                = size_t(std::upper_bound(starts.cbegin(), starts.cend(), at) - starts.cbegin())
                - 1;
            hits[row] = 1;
            if (row + 1 >= endRow)
                break;
            at = matcher.indexIn(part, starts[row + 1]);
        }
    };
    if (starts.empty())
        return hits;
    constexpr qsizetype ParallelFrom = 4 * 1024 * 1024; // characters
    if (text.size() < ParallelFrom || std::thread::hardware_concurrency() < 2) {
        scan(0, starts.size());
        return hits;
    }
    const size_t middle = size_t(
        std::lower_bound(starts.cbegin(), starts.cend(), text.size() / 2) - starts.cbegin());
    if (middle == 0 || middle >= starts.size()) {
        scan(0, starts.size());
        return hits;
    }
    std::thread second(scan, middle, starts.size());
    scan(0, middle);
    second.join();
    return hits;
}

} // namespace TrendScope
