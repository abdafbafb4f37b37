#pragma once

// Small helpers shared by the test executables (header-only: tests link the libraries,
// they do not compile each other).

#include "database.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <iconv.h>

namespace TestUtil {

// Writes a fresh dataset file from the embedded dataset and closes it.
inline QString makeDatasetFile(
    const QTemporaryDir &dir, const QString &name = QStringLiteral("data.sqlite"))
{
    const QString path = dir.filePath(name);
    TrendScope::DatabaseError error;
    auto db = TrendScope::Database::createFromEmbedded(path, &error);
    if (!db)
        qFatal("cannot create test dataset: %s", qPrintable(error.message()));
    return path;
}

inline QByteArray fileDigest(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

inline void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), bytes.size());
}

// Runs fixture SQL (several statements separated by ";\n") on a test database.
inline void execSql(const TrendScope::Database &db, const QString &script)
{
    const QStringList statements = script.split(QStringLiteral(";\n"), Qt::SkipEmptyParts);
    for (const QString &statement : statements) {
        if (statement.trimmed().isEmpty())
            continue;
        QSqlQuery q(db.connection());
        QVERIFY2(
            q.exec(statement), qPrintable(q.lastError().text() + QStringLiteral(": ") + statement));
    }
}

#ifdef TRENDSCOPE_SOURCE_DIR
// Adds the synthetic later editions of tests/fixtures/editions-synthetic.sql (invented
// numbers, never shipped) to a test dataset opened for writing.
inline void addSyntheticEditions(const TrendScope::Database &db)
{
    QFile file(QStringLiteral(TRENDSCOPE_SOURCE_DIR "/tests/fixtures/editions-synthetic.sql"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    execSql(db, QString::fromUtf8(file.readAll()));
}
#endif

// `text` in a legacy encoding such as "GBK" or "GB18030", through glibc's iconv: how a
// spreadsheet on a Chinese system saves a file.
inline QByteArray encoded(const QString &text, const char *encoding)
{
    const QByteArray utf8 = text.toUtf8();
    iconv_t cd = iconv_open(encoding, "UTF-8");
    if (cd == iconv_t(-1))
        qFatal("iconv cannot write %s", encoding);
    QByteArray out(utf8.size() * 2 + 4, '\0');
    char *in = const_cast<char *>(utf8.constData());
    size_t inLeft = size_t(utf8.size());
    char *outPtr = out.data();
    size_t outLeft = size_t(out.size());
    iconv(cd, &in, &inLeft, &outPtr, &outLeft);
    iconv_close(cd);
    out.truncate(out.size() - qsizetype(outLeft));
    return out;
}

} // namespace TestUtil
