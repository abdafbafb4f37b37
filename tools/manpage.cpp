// trendscope_manpage OUT: writes the manual page trendscope(1) (app/cli/manpage.h) to OUT,
// at build time, from the same declaration --help prints.
#include "manpage.h"
#include "viewregistry.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>

using namespace TrendScope;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 2) {
        std::fprintf(stderr, "usage: trendscope_manpage OUT\n");
        return 1;
    }
    QFile out(args.at(1));
    const QByteArray page
        = manPage(ViewRegistry::builtIn(), QStringLiteral(TRENDSCOPE_VERSION)).toUtf8();
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(page) != page.size()
        || !out.flush()) {
        std::fprintf(stderr, "trendscope_manpage: cannot write %s\n", qPrintable(args.at(1)));
        return 1;
    }
    return 0;
}
