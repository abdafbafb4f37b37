// Which files Database::validateFile need not read through again: remembered only once a file
// has settled, forgotten by any write, bounded, and never a reason to trust a changed file.

#include "database.h"
#include "testutil.h"
#include "validationmemo.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <sqlite3.h>

using namespace TrendScope;

class TestValidationMemo : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void rememberedOnlyOnceSettled();
    void anyWriteIsANewIdentity();
    void keepsTheNewestEntries();
    void offOrBrokenMemoRemembersNothing();
    void validateFileTrustsOnlyAnUnchangedFile();
    void freshFilesAreCheckedEveryTime();

private:
    QTemporaryDir m_dir;
    QString memoPath() const { return m_dir.filePath(QStringLiteral("memo")); }
    QString writeData(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        TestUtil::writeFile(path, bytes);
        return path;
    }
};

namespace {

// A check that starts long after the file was last written.
qint64 muchLater()
{
    return ValidationMemo::nowNs() + 2 * ValidationMemo::SettledNs;
}

void setApplicationId(const QString &path, int id)
{
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &db), SQLITE_OK);
    const QByteArray sql = "PRAGMA application_id = " + QByteArray::number(id);
    QCOMPARE(sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_close(db);
}

} // namespace

void TestValidationMemo::init()
{
    QVERIFY(m_dir.isValid());
    QFile::remove(memoPath());
    qputenv("TRENDSCOPE_VALIDATION_MEMO", QFile::encodeName(memoPath()));
}

void TestValidationMemo::cleanup()
{
    qunsetenv("TRENDSCOPE_VALIDATION_MEMO");
}

void TestValidationMemo::rememberedOnlyOnceSettled()
{
    const QString path = writeData(QStringLiteral("a"), "content");
    const auto id = ValidationMemo::identify(path);
    QVERIFY(id);
    const ValidationMemo memo(memoPath());

    memo.remember(path, *id, ValidationMemo::nowNs());
    QVERIFY(!memo.remembers(*id));
    QVERIFY(!QFile::exists(memoPath()));

    memo.remember(path, *id, muchLater());
    QVERIFY(memo.remembers(*id));
    QVERIFY(!memo.remembers(*ValidationMemo::identify(writeData(QStringLiteral("b"), "content"))));
}

void TestValidationMemo::anyWriteIsANewIdentity()
{
    const QString path = writeData(QStringLiteral("a"), "content");
    const auto before = ValidationMemo::identify(path);
    const ValidationMemo memo(memoPath());
    memo.remember(path, *before, muchLater());
    QVERIFY(memo.remembers(*before));

    // Same size, same bytes even: the write alone is a new identity (after a clock tick).
    QThread::msleep(30);
    writeData(QStringLiteral("a"), "content");
    const auto after = ValidationMemo::identify(path);
    QVERIFY(after);
    QVERIFY(*after != *before);
    QVERIFY(!memo.remembers(*after));

    // A file replaced by another of the same size is another inode.
    const QString other = writeData(QStringLiteral("c"), "CONTENT");
    QVERIFY(QFile::remove(path));
    QVERIFY(QFile::rename(other, path));
    QVERIFY(!memo.remembers(*ValidationMemo::identify(path)));

    // A file written while it was checked is not remembered at all.
    const auto old = ValidationMemo::identify(path);
    QThread::msleep(30);
    writeData(QStringLiteral("a"), "changed");
    memo.remember(path, *old, muchLater());
    QVERIFY(!memo.remembers(*old));
    QVERIFY(!memo.remembers(*ValidationMemo::identify(path)));
}

void TestValidationMemo::keepsTheNewestEntries()
{
    const ValidationMemo memo(memoPath());
    QList<ValidationMemo::Identity> ids;
    for (int i = 0; i < ValidationMemo::MaxEntries + 6; ++i) {
        const QString path = writeData(QStringLiteral("f%1").arg(i), "x");
        ids.append(*ValidationMemo::identify(path));
        memo.remember(path, ids.last(), muchLater());
    }
    for (int i = 0; i < ids.size(); ++i)
        QCOMPARE(memo.remembers(ids.at(i)), i >= 6);
    QFile file(memoPath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll().count('\n'), ValidationMemo::MaxEntries);
}

void TestValidationMemo::offOrBrokenMemoRemembersNothing()
{
    const QString path = writeData(QStringLiteral("a"), "content");
    const auto id = ValidationMemo::identify(path);

    const ValidationMemo off {QString()};
    off.remember(path, *id, muchLater());
    QVERIFY(!off.remembers(*id));

    writeData(QStringLiteral("memo"), QByteArray(200 * 1024, '\xff') + "\n1 2 3\n");
    const ValidationMemo broken(memoPath());
    QVERIFY(!broken.remembers(*id));
    broken.remember(path, *id, muchLater());
    QVERIFY(broken.remembers(*id));

    // A memo that cannot be written loses only itself.
    const ValidationMemo unwritable(m_dir.filePath(QStringLiteral("a/memo")));
    unwritable.remember(path, *id, muchLater());
    QVERIFY(!unwritable.remembers(*id));

    QVERIFY(!ValidationMemo::identify(m_dir.filePath(QStringLiteral("missing"))));
}

void TestValidationMemo::validateFileTrustsOnlyAnUnchangedFile()
{
    const QString path = TestUtil::makeDatasetFile(m_dir);
    setApplicationId(path, 1234);
    QCOMPARE(Database::validateFile(path)->kind, DatabaseError::Kind::Foreign);

    // validateFile consults the memo: an identity in it is not read through again...
    const auto id = ValidationMemo::identify(path);
    ValidationMemo(memoPath()).remember(path, *id, muchLater());
    QVERIFY(!Database::validateFile(path));

    // ...and a write makes it a file the memo has never seen.
    QThread::msleep(30);
    setApplicationId(path, 4321);
    QCOMPARE(Database::validateFile(path)->kind, DatabaseError::Kind::Foreign);

    // Without a memo every file is checked.
    qputenv("TRENDSCOPE_VALIDATION_MEMO", "");
    ValidationMemo(memoPath()).remember(path, *ValidationMemo::identify(path), muchLater());
    QCOMPARE(Database::validateFile(path)->kind, DatabaseError::Kind::Foreign);
}

void TestValidationMemo::freshFilesAreCheckedEveryTime()
{
    const QString path = TestUtil::makeDatasetFile(m_dir, QStringLiteral("fresh.sqlite"));
    QVERIFY(!Database::validateFile(path));
    QVERIFY(!ValidationMemo(memoPath()).remembers(*ValidationMemo::identify(path)));
    QVERIFY(!QFile::exists(memoPath()));
}

QTEST_GUILESS_MAIN(TestValidationMemo)
#include "tst_validationmemo.moc"
