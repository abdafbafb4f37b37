#pragma once

#include <QHash>
#include <QString>
#include <QTranslator>

namespace TrendScope {

// The dataset's own annotations: a row's `note` and the reasons in its `inferred` are
// written by the dataset in English (the reports' words in them stay Chinese). Their
// translations ship with TrendScope as a catalogue per language (db/annotations/), keyed by
// the text as written, as Qt keys a translation by its source text: they reach every file
// and every server dataset that holds the same text, and a note an editor rewrites shows as
// written until a translation for it ships.
namespace Annotation {

inline constexpr char Context[] = "TrendScope::Annotation";

// `text` in the interface language when the installed translators have it, else as written.
QString shown(const QString &text);

} // namespace Annotation

// The catalogue of one language as a translator for Annotation::Context, installed beside
// the interface's own translator (Language::install).
class AnnotationTranslator : public QTranslator
{
public:
    using QTranslator::QTranslator;

    // Reads the catalogue of `language` ("zh_CN"); false when none ships or it is unreadable.
    bool loadLanguage(const QString &language);
    // The texts and their translations, for the tests.
    const QHash<QString, QString> &texts() const { return m_texts; }

    bool isEmpty() const override { return m_texts.isEmpty(); }
    QString catalogueLanguage() const { return m_language; }
    QString translate(const char *context, const char *sourceText,
        const char *disambiguation = nullptr, int n = -1) const override;

private:
    QHash<QString, QString> m_texts;
    QString m_language;
};

} // namespace TrendScope
