// Fuzzes the command line's parsing: the bytes (split at NUL into arguments, decoded as
// UTF-8 the way main() decodes argv) go through parse() for each verb's options, the filter
// and year parsing, --size, and the message helpers. Properties: no crash, the shared state
// holds clean, capped text, and messages are single printable lines.

#include "cliparse.h"
#include "explorerstate.h"
#include "printable.h"

#include <QCoreApplication>

#include <cstdlib>

using namespace TrendScope;

namespace {

bool isPrintableLine(const QString &text)
{
    for (const QChar c : text)
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format
            || c == QChar::LineSeparator || c == QChar::ParagraphSeparator)
            return false;
    return true;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray bytes(reinterpret_cast<const char *>(data) + 1, qsizetype(size) - 1);
    QStringList arguments;
    for (const QByteArray &part : bytes.split('\0'))
        arguments.append(QString::fromLocal8Bit(part));

    static const QList<Cli::Spec> specs {
        {{QStringLiteral("db"), QStringLiteral("format"), QStringLiteral("out"),
             QStringLiteral("out-dir")},
            {QStringLiteral("all"), QStringLiteral("bom")}, {}, 1000},
        {{QStringLiteral("db"), QStringLiteral("format"), QStringLiteral("out"),
             QStringLiteral("size"), QStringLiteral("scale"), QStringLiteral("theme"),
             QStringLiteral("year"), QStringLiteral("filter")},
            {}, {QStringLiteral("filter")}, 1},
        {{QStringLiteral("db")}, {}, {}, 0},
    };
    const Cli::Spec &spec = specs.at(data[0] % specs.size());
    Cli::Args args;
    QString error;
    if (Cli::parse(arguments, spec, &args, &error)) {
        ExplorerState state;
        if (Cli::applyFilters(args, &state, &error)) {
            const Filter &filter = state.filter();
            // The cap counts characters (code points), not UTF-16 units.
            if (filter.search.toUcs4().size() > ExplorerState::MaxSearchLength
                || filter.organization.toUcs4().size() > ExplorerState::MaxSearchLength
                || filter.sourceCode.toUcs4().size() > ExplorerState::MaxSearchLength)
                std::abort();
            for (const QChar c : filter.search)
                if (c.category() == QChar::Other_Control)
                    std::abort();
        }
    }
    if (!error.isEmpty() && !isPrintableLine(printable(error)))
        std::abort();
    for (const QString &argument : std::as_const(arguments)) {
        if (const auto size = Cli::parseSize(argument);
            size && (size->width() < 0 || size->height() < 0))
            std::abort();
        const QString line = printable(argument);
        if (!isPrintableLine(line) || line.size() > 1100)
            std::abort();
        if (Cli::quoted(argument).size() > 82)
            std::abort();
        ExplorerState state;
        state.setSearch(argument);
        if (state.filter().search.toUcs4().size() > ExplorerState::MaxSearchLength)
            std::abort();
    }
    return 0;
}
