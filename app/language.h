#pragma once

#include <QString>
#include <QStringList>

#include <optional>

// The interface language: which one the user asked for (the setting, --lang, the
// environment) and installing its translators. TrendScope ships zh_CN and en; the English
// texts are the source texts, so en needs its translator only for plural forms.
namespace TrendScope::Language {

inline constexpr char Chinese[] = "zh_CN";
inline constexpr char English[] = "en";

// The languages shipped, in menu order: "en", "zh_CN".
QStringList available();

// A shipped language for a locale or language name ("zh", "zh_CN.UTF-8", "zh-Hans-CN",
// "en_GB", "C"), or empty when none fits. Every Chinese variant maps to zh_CN (the
// translation is Simplified Chinese).
QString fromName(const QString &name);

// The value of --lang LANGUAGE or --lang=LANGUAGE among `arguments` (the last one given; none
// after "--"), read from the raw arguments: the command-line parsers print their help and
// errors in the language it names, so it is known before they are built.
std::optional<QString> requested(const QStringList &arguments);

// The language the environment asks for: the first of LANGUAGE (a colon list), LC_ALL,
// LC_MESSAGES and LANG that names a shipped language; else the system locale's; else en.
QString fromEnvironment();

// The language's own name for a menu: "English", "中文".
QString nativeName(const QString &language);

// Makes `language`'s locale the default (QLocale(): collation, dates) and replaces the
// installed translators with TrendScope's and Qt's own (qtbase) for `language`, which must be
// one of available(). Installing sends QEvent::LanguageChange to every widget. Needs a
// QCoreApplication.
bool install(const QString &language);

// The language installed last (en before any install).
QString current();

} // namespace TrendScope::Language
