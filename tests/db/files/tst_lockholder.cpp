#include "lockholder.h"
#include "markingtranslator.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace TrendScope;

// Naming who holds a write lock on a dataset file, in the interface language.
class TestLockHolder : public QObject
{
    Q_OBJECT

private slots:
    void namesThisProgramThroughTranslation()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("locked.sqlite"));
        QVERIFY(LockHolder::describe(path).isEmpty()); // no file, no holder
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &db), SQLITE_OK);
        QCOMPARE(sqlite3_exec(db, "CREATE TABLE t(x); BEGIN EXCLUSIVE; INSERT INTO t VALUES (1)",
                     nullptr, nullptr, nullptr),
            SQLITE_OK);
        const QString pid = QString::number(QCoreApplication::applicationPid());
        const QString plain = LockHolder::describe(path);
        MarkingTranslator marking("TrendScope::LockHolder");
        QCoreApplication::installTranslator(&marking);
        const QString marked = LockHolder::describe(path);
        QCoreApplication::removeTranslator(&marking);
        sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
        sqlite3_close(db);
        if (plain.isEmpty())
            QSKIP("/proc/locks names no holder here");
        QCOMPARE(
            plain, QStringLiteral("another connection inside this program (process %1)").arg(pid));
        QCOMPARE(marked,
            QStringLiteral("[another connection inside this program (process %1)]").arg(pid));
    }
};

QTEST_GUILESS_MAIN(TestLockHolder)
#include "tst_lockholder.moc"
