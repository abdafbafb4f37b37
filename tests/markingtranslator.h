#pragma once

// A translator for tests of which texts go through translation. Header-only, like testutil.h.

#include <QTranslator>

// Answers every text of `context` with "[" + the text + "]": which texts are translated.
class MarkingTranslator : public QTranslator
{
public:
    explicit MarkingTranslator(const char *context)
        : m_context(context)
    { }
    bool isEmpty() const override { return false; }
    QString translate(
        const char *context, const char *source, const char * = nullptr, int = -1) const override
    {
        if (qstrcmp(context, m_context) != 0)
            return {};
        return QLatin1Char('[') + QString::fromUtf8(source) + QLatin1Char(']');
    }

private:
    const char *m_context;
};
