#include "annotation.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace TrendScope {

QString Annotation::shown(const QString &text)
{
    if (text.isEmpty())
        return text;
    return QCoreApplication::translate(Context, text.toUtf8().constData());
}

bool AnnotationTranslator::loadLanguage(const QString &language)
{
    QFile file(QStringLiteral(":/db/annotations/%1.json").arg(language));
    if (!file.open(QIODevice::ReadOnly))
        return false;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return false;
    const QJsonObject texts = document.object();
    m_texts.clear();
    m_texts.reserve(texts.size());
    for (auto it = texts.constBegin(); it != texts.constEnd(); ++it) {
        const QString translation = it.value().toString();
        if (!translation.isEmpty())
            m_texts.insert(it.key(), translation);
    }
    m_language = language;
    return !m_texts.isEmpty();
}

QString AnnotationTranslator::translate(
    const char *context, const char *sourceText, const char *, int) const
{
    if (qstrcmp(context, Annotation::Context) != 0)
        return {};
    return m_texts.value(QString::fromUtf8(sourceText));
}

} // namespace TrendScope
