#include "cli.h"
#include "manpage.h"
#include "viewregistry.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace TrendScope;

// The manual page the build writes (packaging/trendscope.1) is the one the declaration
// gives, renders without a groff warning, and shows every line of --help as --help prints it.
class TestManPage : public QObject
{
    Q_OBJECT

private slots:
    void builtPageIsCurrent();
    void rendersWithoutWarnings();
    void showsEveryHelpLine();
    void roffEscaped_data();
    void roffEscaped();

private:
    // The built page rendered as plain text (groff, man macros, no bold or underline).
    QString rendered(QByteArray *warnings = nullptr);
};

QString TestManPage::rendered(QByteArray *warnings)
{
    const QString groff = QStandardPaths::findExecutable(QStringLiteral("groff"));
    if (groff.isEmpty())
        qFatal("groff (groff-base) is missing: scripts/dev setup installs it");
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("GROFF_NO_SGR"), QStringLiteral("1"));
    process.setProcessEnvironment(env);
    process.start(groff,
        {QStringLiteral("-man"), QStringLiteral("-Tutf8"), QStringLiteral("-ww"),
            QStringLiteral("-P-cbou"), QStringLiteral(TRENDSCOPE_MANPAGE)});
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        qWarning("groff failed: %s", process.readAllStandardError().constData());
    if (warnings)
        *warnings = process.readAllStandardError();
    QString text = QString::fromUtf8(process.readAllStandardOutput());
    // groff may set ASCII hyphens and quotes as typographic ones.
    text.replace(QChar(0x2010), QLatin1Char('-'))
        .replace(QChar(0x2212), QLatin1Char('-'))
        .replace(QChar(0x2019), QLatin1Char('\''));
    return text;
}

void TestManPage::builtPageIsCurrent()
{
    QFile file(QStringLiteral(TRENDSCOPE_MANPAGE));
    QVERIFY2(file.open(QIODevice::ReadOnly), TRENDSCOPE_MANPAGE);
    QCOMPARE(QString::fromUtf8(file.readAll()),
        manPage(ViewRegistry::builtIn(), QStringLiteral(TRENDSCOPE_VERSION)));
}

void TestManPage::rendersWithoutWarnings()
{
    QByteArray warnings;
    const QString text = rendered(&warnings);
    QCOMPARE(warnings, QByteArray());
    QVERIFY(text.contains(QStringLiteral("TRENDSCOPE(1)")));
    QVERIFY(text.contains(QStringLiteral("TrendScope " TRENDSCOPE_VERSION)));
}

void TestManPage::showsEveryHelpLine()
{
    QProcess process;
    process.start(QStringLiteral(TRENDSCOPE_BINARY), {QStringLiteral("--help")});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 0);
    const QStringList help = QString::fromUtf8(process.readAllStandardOutput()).split('\n');
    QVERIFY(help.size() > 10);

    QStringList page;
    for (const QString &line : rendered().split('\n'))
        page.append(line.trimmed());
    for (const QString &line : help) {
        const QString wanted = line.trimmed();
        if (wanted.isEmpty() || wanted == QStringLiteral("Usage:"))
            continue;
        QVERIFY2(page.contains(wanted), qPrintable(QStringLiteral("missing: ") + wanted));
    }
}

void TestManPage::roffEscaped_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("roff");
    QTest::newRow("plain") << "check [--db FILE]"
                           << "check [\\-\\-db FILE]";
    QTest::newRow("leading dot") << ".hidden"
                                 << "\\&.hidden";
    QTest::newRow("leading apostrophe") << "'quoted'"
                                        << "\\(aqquoted\\(aq";
    QTest::newRow("backslash") << "a\\b"
                               << "a\\eb";
    QTest::newRow("backtick") << "`x`"
                              << "\\(gax\\(ga";
}

void TestManPage::roffEscaped()
{
    QFETCH(QString, line);
    QFETCH(QString, roff);
    QCOMPARE(TrendScope::roffEscaped(line), roff);
}

QTEST_GUILESS_MAIN(TestManPage)
#include "tst_manpage.moc"
