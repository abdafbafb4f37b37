#include "language.h"

#include "annotation.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace TrendScope::Language {

namespace {

// The translators install() made, found again by name so the next install replaces them.
const QString TranslatorName = QStringLiteral("trendscope-translator");
const char *const CurrentProperty = "trendscopeLanguage";

QTranslator *loadedTranslator(const QString &file, const QString &directory)
{
    auto *translator = new QTranslator(QCoreApplication::instance());
    translator->setObjectName(TranslatorName);
    if (!translator->load(file, directory)) {
        delete translator;
        return nullptr;
    }
    return translator;
}

} // namespace

QStringList available()
{
    return {QLatin1String(English), QLatin1String(Chinese)};
}

QString fromName(const QString &name)
{
    QString language = name.trimmed();
    language = language.left(language.indexOf(QLatin1Char('.'))); // zh_CN.UTF-8
    language = language.left(language.indexOf(QLatin1Char('@'))); // ca_ES@valencia
    language.replace(QLatin1Char('-'), QLatin1Char('_'));
    const QString base = language.section(QLatin1Char('_'), 0, 0).toLower();
    if (base == QLatin1String("zh"))
        return QLatin1String(Chinese);
    if (base == QLatin1String("en"))
        return QLatin1String(English);
    return {};
}

std::optional<QString> requested(const QStringList &arguments)
{
    std::optional<QString> asked;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg == QLatin1String("--"))
            break; // what follows is a value, never an option
        if (arg == QLatin1String("--lang") && i + 1 < arguments.size())
            asked = arguments.at(++i);
        else if (arg.startsWith(QLatin1String("--lang=")))
            asked = arg.mid(7);
    }
    return asked;
}

QString fromEnvironment()
{
    const QStringList languages
        = qEnvironmentVariable("LANGUAGE").split(QLatin1Char(':'), Qt::SkipEmptyParts);
    for (const QString &name : languages) {
        if (const QString language = fromName(name); !language.isEmpty())
            return language;
    }
    for (const char *variable : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
        const QString name = qEnvironmentVariable(variable);
        if (name.isEmpty())
            continue;
        // The first variable set decides, as for the C library: LC_ALL=C means English.
        const QString language = fromName(name);
        return language.isEmpty() ? QLatin1String(English) : language;
    }
    const QString system = fromName(QLocale::system().name());
    return system.isEmpty() ? QLatin1String(English) : system;
}

QString nativeName(const QString &language)
{
    if (language == QLatin1String(Chinese))
        return QStringLiteral("中文");
    return QStringLiteral("English");
}

bool install(const QString &language)
{
    QCoreApplication *app = QCoreApplication::instance();
    if (!app || !available().contains(language))
        return false;
    // The language's locale before any translator: the LanguageChange the translators send
    // re-sorts text (QCollator) and rewrites dates (month names) in it. Numbers keep the
    // system's options (a C locale writes no group separators).
    QLocale locale = language == QLatin1String(Chinese)
        ? QLocale(QLocale::Chinese, QLocale::China)
        : QLocale(QLocale::English, QLocale::UnitedStates);
    locale.setNumberOptions(QLocale::system().numberOptions());
    QLocale::setDefault(locale);
    const QList<QTranslator *> old
        = app->findChildren<QTranslator *>(TranslatorName, Qt::FindDirectChildrenOnly);
    for (QTranslator *translator : old) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    // Qt's own texts (dialog buttons, the file dialog) first; ours are searched before them.
    const QString qtDirectory = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    if (QTranslator *qt = loadedTranslator(QStringLiteral("qtbase_") + language, qtDirectory))
        QCoreApplication::installTranslator(qt);
    QTranslator *own
        = loadedTranslator(QStringLiteral("trendscope_") + language, QStringLiteral(":/i18n"));
    if (own)
        QCoreApplication::installTranslator(own);
    // The dataset's own notes (annotation.h); English has none: they are written in it.
    auto *annotations = new AnnotationTranslator(app);
    annotations->setObjectName(TranslatorName);
    if (annotations->loadLanguage(language))
        QCoreApplication::installTranslator(annotations);
    else
        delete annotations;
    app->setProperty(CurrentProperty, language);
    return own != nullptr;
}

QString current()
{
    const QCoreApplication *app = QCoreApplication::instance();
    const QString language = app ? app->property(CurrentProperty).toString() : QString();
    return language.isEmpty() ? QLatin1String(English) : language;
}

} // namespace TrendScope::Language
