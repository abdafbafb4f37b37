#include "manpage.h"

#include "cli.h"

namespace TrendScope {

namespace {

// Lines kept as they are (no filling, no hyphenation), each escaped.
QString literalBlock(const QStringList &lines)
{
    QString block = QStringLiteral(".nf\n");
    for (const QString &line : lines)
        block += line.isEmpty() ? QStringLiteral(".sp\n") : roffEscaped(line) + QLatin1Char('\n');
    return block + QStringLiteral(".fi\n");
}

QStringList withoutTrailingEmpty(QStringList lines)
{
    while (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    return lines;
}

} // namespace

QString roffEscaped(const QString &line)
{
    QString out;
    out.reserve(line.size() + 8);
    for (const QChar c : line) {
        if (c == QLatin1Char('\\'))
            out += QStringLiteral("\\e");
        else if (c == QLatin1Char('-'))
            out += QStringLiteral("\\-");
        else if (c == QLatin1Char('\''))
            out += QStringLiteral("\\(aq");
        else if (c == QLatin1Char('`'))
            out += QStringLiteral("\\(ga");
        else
            out += c;
    }
    if (out.startsWith(QLatin1Char('.')))
        out.prepend(QStringLiteral("\\&"));
    return out;
}

QString manPage(const ViewRegistry &views, const QString &version)
{
    QString page;
    page += QStringLiteral(
        ".\\\" trendscope(1), written by trendscope_manpage from the command line's declaration\n"
        ".\\\" (app/cli/cli.cpp): do not edit; change the declaration.\n");
    page += QStringLiteral(".TH TRENDSCOPE 1 \"\" \"TrendScope %1\" \"User Commands\"\n")
                .arg(roffEscaped(version));
    page += QStringLiteral(".SH NAME\n"
                           "trendscope \\- explorer for China\\(aqs technology trends 2023\\-2024\n"
                           ".SH SYNOPSIS\n");
    page += literalBlock(commandLines());
    page += QStringLiteral(
        ".SH DESCRIPTION\n"
        "TrendScope shows the facts of two industry reports (InfoQ\\(aqs review of China\\(aqs\n"
        "technology trends in 2023 with its outlook for 2024, and the 2024 blue book on\n"
        "China\\(aqs cloud ecosystem) as linked, filterable views: the technology maturity\n"
        "curve, funding by domain, AI model leaderboards, cloud price cuts and policies.\n"
        "Every figure is a row in a local SQLite dataset that names its report and section.\n"
        ".PP\n"
        "Without a command, \\fBtrendscope\\fR opens its window on the dataset given with\n"
        "\\fB\\-\\-db\\fR, or else on the one opened last, or else on your own copy.\n"
        "Each command runs without a display; it prints results on standard output and\n"
        "each failure as one line on standard error.\n"
        ".SH USAGE NOTES\n");
    page += literalBlock(withoutTrailingEmpty(usageNotes(views).split(QLatin1Char('\n'))));
    page += QStringLiteral(
        ".SH FILES\n"
        ".TP\n"
        ".I ~/.local/share/TrendScope/TrendScope/trendscope.sqlite\n"
        "Your own copy of the dataset (under \\fB$XDG_DATA_HOME\\fR when it is set), written\n"
        "from the dataset embedded in the program on first start.\n"
        ".TP\n"
        ".I ~/.config/TrendScope/TrendScope.conf\n"
        "The window\\(aqs size, position, view and the last dataset opened.\n"
        ".SH SEE ALSO\n"
        ".BR sqlite3 (1)\n");
    return page;
}

} // namespace TrendScope
