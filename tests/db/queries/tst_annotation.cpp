#include "annotation.h"
#include "database.h"
#include "inferred.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QTest>

using namespace TrendScope;

// The dataset's own notes in the interface language: the shipped catalogue covers every note
// and every reason the dataset writes in English, keeps the reports' words and figures, and
// answers only for its context.
class TestAnnotation : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void chineseShipsEnglishDoesNot();
    void shownFollowsTheInstalledTranslator();
    void everyEnglishNoteAndReasonIsTranslated();
    void everyTranslationIsOfATextTheDatasetHas();
    void translationsKeepTheReportsWordsAndFigures();

private:
    std::unique_ptr<Database> m_db;
    // Every note and every inferred reason of the shipped dataset.
    QSet<QString> m_texts;
};

namespace {

// A text the dataset wrote in English: it has an English word (the notes quote the reports'
// Chinese, and a few notes are Chinese only).
bool hasEnglish(const QString &text)
{
    static const QRegularExpression word(QStringLiteral("[A-Za-z]{3,}"));
    return text.contains(word);
}

} // namespace

void TestAnnotation::initTestCase()
{
    DatabaseError error;
    m_db = Database::createInMemory(&error);
    QVERIFY2(m_db, qPrintable(error.reason));
    QSqlQuery tables(m_db->connection());
    QVERIFY(
        tables.exec(QStringLiteral("SELECT m.name, p.name FROM sqlite_master m"
                                   " JOIN pragma_table_info(m.name) p"
                                   " WHERE m.type = 'table' AND p.name IN ('note', 'inferred')")));
    while (tables.next()) {
        const QString table = tables.value(0).toString();
        const QString column = tables.value(1).toString();
        QSqlQuery q(m_db->connection());
        QVERIFY(
            q.exec(QStringLiteral("SELECT DISTINCT %1 FROM %2 WHERE %1 <> ''").arg(column, table)));
        while (q.next()) {
            const QString text = q.value(0).toString();
            if (column == QLatin1String("note")) {
                m_texts.insert(text);
                continue;
            }
            for (const InferredField &f : parseInferred(text).fields)
                m_texts.insert(f.reason);
        }
    }
    QVERIFY(m_texts.size() > 100);
}

void TestAnnotation::chineseShipsEnglishDoesNot()
{
    AnnotationTranslator chinese;
    QVERIFY(chinese.loadLanguage(QStringLiteral("zh_CN")));
    QVERIFY(!chinese.isEmpty());
    QCOMPARE(chinese.catalogueLanguage(), QStringLiteral("zh_CN"));
    AnnotationTranslator english;
    QVERIFY(!english.loadLanguage(QStringLiteral("en")));
    QVERIFY(english.isEmpty());
}

void TestAnnotation::shownFollowsTheInstalledTranslator()
{
    const QString own = QStringLiteral("the dataset's own English name, not the report's");
    QCOMPARE(Annotation::shown(own), own);
    {
        AnnotationTranslator chinese;
        QVERIFY(chinese.loadLanguage(QStringLiteral("zh_CN")));
        QVERIFY(QCoreApplication::installTranslator(&chinese));
        const QString shown = Annotation::shown(own);
        QVERIFY2(shown != own && !hasEnglish(shown), qPrintable(shown));
        // A text it has no translation for (a note an editor rewrote) shows as written.
        QCOMPARE(Annotation::shown(QStringLiteral("rewritten by an editor")),
            QStringLiteral("rewritten by an editor"));
        QCOMPARE(Annotation::shown(QString()), QString());
        // Only its own context: the interface's texts are not looked up in it.
        QCOMPARE(QCoreApplication::translate("TrendScope::EntityDetails", own.toUtf8()), own);
    }
    QCOMPARE(Annotation::shown(own), own); // removed with the translator
}

void TestAnnotation::everyEnglishNoteAndReasonIsTranslated()
{
    AnnotationTranslator chinese;
    QVERIFY(chinese.loadLanguage(QStringLiteral("zh_CN")));
    QStringList missing;
    for (const QString &text : std::as_const(m_texts)) {
        if (hasEnglish(text) && !chinese.texts().contains(text))
            missing.append(text);
    }
    QVERIFY2(missing.isEmpty(),
        qPrintable(QStringLiteral("%1 without a translation, e.g. “%2”")
                       .arg(missing.size())
                       .arg(missing.value(0))));
    // No English sentence is left: three English words in a row, outside the quotes of a
    // title (a paper's) and beside names (GPT-4, SuperClue, key_figure), which stay.
    static const QRegularExpression quoted(QStringLiteral("“[^”]*”"));
    static const QRegularExpression sentence(
        QStringLiteral("[A-Za-z]{2,}(?:\\s+[A-Za-z]{2,}){2,}"));
    for (auto it = chinese.texts().cbegin(); it != chinese.texts().cend(); ++it)
        QVERIFY2(!QString(it.value()).remove(quoted).contains(sentence),
            qPrintable(QStringLiteral("English left in “%1”").arg(it.value())));
}

void TestAnnotation::everyTranslationIsOfATextTheDatasetHas()
{
    AnnotationTranslator chinese;
    QVERIFY(chinese.loadLanguage(QStringLiteral("zh_CN")));
    for (auto it = chinese.texts().cbegin(); it != chinese.texts().cend(); ++it)
        QVERIFY2(m_texts.contains(it.key()),
            qPrintable(QStringLiteral("no note or reason reads “%1”").arg(it.key())));
}

// The reports' words inside a note (every run of two or more Chinese characters) and its
// figures (every number) stay as written in the translation.
void TestAnnotation::translationsKeepTheReportsWordsAndFigures()
{
    AnnotationTranslator chinese;
    QVERIFY(chinese.loadLanguage(QStringLiteral("zh_CN")));
    static const QRegularExpression kept(QStringLiteral("\\p{Han}{2,}|\\d+(?:\\.\\d+)?"));
    for (auto it = chinese.texts().cbegin(); it != chinese.texts().cend(); ++it) {
        for (auto match = kept.globalMatch(it.key()); match.hasNext();) {
            const QString part = match.next().captured();
            QVERIFY2(it.value().contains(part),
                qPrintable(QStringLiteral("“%1” lost “%2”: %3").arg(it.key(), part, it.value())));
        }
    }
}

QTEST_MAIN(TestAnnotation)
#include "tst_annotation.moc"
