#pragma once

#include <QString>
#include <QStringView>

#include <vector>

namespace TrendScope {

// The search text of every row, folded (fold()), one after another in one string, so that
// a search runs one matcher over all rows instead of a call per row. Each row's text ends in
// a noncharacter, so a needle never matches across two rows.
class SearchText
{
public:
    // The form a row's text and a search are compared in, made once for each: compatibility
    // forms unified (NFKC: full-width ＧＰＴ-４ is GPT-4, the ideographic space a space), then
    // case-folded, so that ＧＰＴ, gpt and GPT all find one another.
    static QString fold(const QString &text);

    // Adds the next row's text.
    void append(const QString &text);
    int rows() const { return int(m_start.size()); }
    void reserve(int rows) { m_start.reserve(size_t(rows)); }
    void clear();

    // Row `row`'s folded text.
    QStringView text(int row) const;
    // One flag per row: whether its text holds `needle` (already folded). A large text
    // is split at a row boundary and its halves searched on two threads.
    std::vector<char> hits(const QString &needle) const;

private:
    QString m_text;
    std::vector<qsizetype> m_start; // where each row's text begins
};

} // namespace TrendScope
