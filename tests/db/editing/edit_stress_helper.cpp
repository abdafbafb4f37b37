// A writer for tst_editcrash: applies a stream of edits to a dataset file through
// EditSession and prints "committed N" after each edit's commit returned. The test kills it
// with SIGKILL at random moments and checks that every printed edit is on disk, whole.
//
// usage: edit_stress_helper FILE TAG BASE COUNT
// Edit N inserts the event "TAG N" and sets the value of key figure (N mod figures) to
// BASE + N, in one edit (a number without a scale, unlike a leaderboard score).

#include "database.h"
#include "editsession.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <cstdio>

using namespace TrendScope;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 5) {
        std::fprintf(stderr, "usage: edit_stress_helper FILE TAG BASE COUNT\n");
        return 1;
    }
    DatabaseError error;
    auto db = Database::open(args.at(1), &error);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(error.message()));
        return 1;
    }
    QList<qint64> entries;
    QSqlQuery q(db->connection());
    q.exec(QStringLiteral("SELECT id FROM key_figure ORDER BY id"));
    while (q.next())
        entries.append(q.value(0).toLongLong());
    q.finish();
    if (entries.isEmpty())
        return 1;
    EditSession session(*db);
    session.setAuthor(QStringLiteral("stress"));
    const double base = args.at(3).toDouble();
    const int count = args.at(4).toInt();
    for (int n = 1; n <= count; ++n) {
        Edit edit;
        edit.text = QStringLiteral("stress %1").arg(n);
        edit.ops.append(EditOp::insert(QStringLiteral("event"),
            {{QStringLiteral("title"), QStringLiteral("%1 %2").arg(args.at(2)).arg(n)},
                {QStringLiteral("category"), QStringLiteral("market")},
                {QStringLiteral("source_id"), 1},
                {QStringLiteral("section"), QStringLiteral("stress test")}}));
        edit.ops.append(EditOp::update(QStringLiteral("key_figure"), entries.at(n % entries.size()),
            {{QStringLiteral("value"), base + n}}));
        const EditResult result = session.apply(edit);
        if (!result.ok()) {
            std::fprintf(stderr, "edit %d: %s\n", n, qPrintable(result.error->message));
            return 3;
        }
        std::printf("committed %d\n", n);
        std::fflush(stdout);
    }
    return 0;
}
