#include "annotation.h"
#include "database.h"
#include "editqueries.h"
#include "editschema.h"
#include "editwording.h"
#include "historydiff.h"
#include "language.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QTest>

using namespace TrendScope;

class TestEditWording : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void inSentence();
    void formTitle();
    void formEditOfANewRow();
    void formEditOfSelectedRows();
    void deleteQuestionListsWhatGoesAlong();
    void refusedUndoSaysWhoChangedTheRowAndWhen();
    void valuesAndIdsInTheInterfaceLanguage();
    void qualifiersAndGpusInTheInterfaceLanguage();
    void historyInTheInterfaceLanguage();
    void inferredInTheInterfaceLanguage();

private:
    const TableInfo &table(const char *name) const
    {
        return *m_schema.table(QString::fromLatin1(name));
    }

    std::unique_ptr<Database> m_db;
    EditSchema m_schema;
};

void TestEditWording::initTestCase()
{
    DatabaseError error;
    m_db = Database::createInMemory(&error);
    QVERIFY2(m_db, qPrintable(error.message()));
    m_schema = EditSchema::read(*m_db);
    QVERIFY(m_schema.table(QStringLiteral("model")));
}

void TestEditWording::inSentence()
{
    QCOMPARE(EditWording::inSentence(QStringLiteral("Score")), QStringLiteral("score"));
    QCOMPARE(EditWording::inSentence(QStringLiteral("GPUs")), QStringLiteral("GPUs"));
    QCOMPARE(
        EditWording::inSentence(QStringLiteral("English name")), QStringLiteral("English name"));
}

void TestEditWording::formTitle()
{
    const TableInfo &model = table("model");
    const QString one = EditWording::formTitle(model, QStringLiteral("GLM-4"), 1);
    QVERIFY2(one.endsWith(QStringLiteral(" GLM-4")) && one.at(0).isUpper(), qPrintable(one));
    const QString three = EditWording::formTitle(model, QStringLiteral("GLM-4"), 3);
    QVERIFY2(three.contains(QStringLiteral("and 2 more selected rows")), qPrintable(three));
}

void TestEditWording::formEditOfANewRow()
{
    const TableInfo &model = table("model");
    const Edit edit = EditWording::formEdit(model,
        {{QStringLiteral("name"), QStringLiteral("Kimi")},
            {QStringLiteral("kind"), QStringLiteral("general")}},
        true, {}, {}, {});
    QCOMPARE(edit.ops.size(), 1);
    QCOMPARE(edit.ops.first().action, EditOp::Action::Insert);
    QCOMPARE(edit.ops.first().table, QStringLiteral("model"));
    QVERIFY2(
        edit.text.startsWith(QStringLiteral("add ")) && edit.text.contains(QStringLiteral("Kimi")),
        qPrintable(edit.text));
}

void TestEditWording::formEditOfSelectedRows()
{
    const TableInfo &model = table("model");
    // As the editor loaded each row: the edit expects the fields it sets to hold these still,
    // and nothing about the fields it leaves alone.
    const QVariantMap seven {{QStringLiteral("released"), QStringLiteral("2023")},
        {QStringLiteral("kind"), QStringLiteral("general")},
        {QStringLiteral("name"), QStringLiteral("GLM-4")}};
    const Edit one
        = EditWording::formEdit(model, {{QStringLiteral("released"), QStringLiteral("2024")}},
            false, {7}, QStringLiteral("GLM-4"), {{7, seven}});
    QCOMPARE(one.ops.size(), 1);
    QCOMPARE(one.ops.first().action, EditOp::Action::Update);
    QCOMPARE(one.ops.first().rowId, qint64(7));
    QCOMPARE(one.ops.first().expected,
        (QVariantMap {{QStringLiteral("released"), QStringLiteral("2023")}}));
    QCOMPARE(one.text, QStringLiteral("set released of GLM-4"));

    QHash<qint64, QVariantMap> originals;
    for (qint64 id : {1, 2, 3})
        originals.insert(id,
            {{QStringLiteral("released"), QString::number(2020 + id)},
                {QStringLiteral("kind"), QStringLiteral("general")},
                {QStringLiteral("name"), QStringLiteral("model %1").arg(id)}});
    const Edit three = EditWording::formEdit(model,
        {{QStringLiteral("released"), QStringLiteral("2024")},
            {QStringLiteral("kind"), QStringLiteral("code")}},
        false, {1, 2, 3}, QStringLiteral("GLM-4"), originals);
    QCOMPARE(three.ops.size(), 3);
    for (const EditOp &op : three.ops) // each row its own original
        QCOMPARE(op.expected,
            (QVariantMap {{QStringLiteral("released"), QString::number(2020 + op.rowId)},
                {QStringLiteral("kind"), QStringLiteral("general")}}));
    QCOMPARE(three.text, QStringLiteral("set 2 fields of 3 rows"));
}

void TestEditWording::deleteQuestionListsWhatGoesAlong()
{
    const EditQueries queries(*m_db, m_schema);
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT id FROM model WHERE name = 'GLM-4'")) && q.next());
    const qint64 glm = q.value(0).toLongLong();
    const TableInfo &model = table("model");
    const Edit edit = queries.deleteRows(model.name, {glm});
    QVERIFY(edit.ops.size() > 1); // its leaderboard entries go along
    const QString question = EditWording::deleteQuestion(edit, model, {glm}, m_schema, queries);
    QVERIFY2(question.contains(QStringLiteral("%1 other rows refer to").arg(edit.ops.size() - 1)),
        qPrintable(question));
    QVERIFY2(question.contains(QStringLiteral("GLM-4")), qPrintable(question));
    QVERIFY2(question.contains(QStringLiteral("• ")), qPrintable(question));

    // Nothing depends on a row deleted alone: nothing to ask.
    Edit alone;
    alone.ops.append(EditOp::remove(model.name, glm));
    QVERIFY(EditWording::deleteQuestion(alone, model, {glm}, m_schema, queries).isEmpty());
}

void TestEditWording::refusedUndoSaysWhoChangedTheRowAndWhen()
{
    const TableInfo &entry = table("leaderboard_entry");
    EditError error;
    error.kind = EditError::Kind::Conflict;
    error.table = entry.name;
    error.message = QStringLiteral("Score of this leaderboard entry is now “91”, not “90”");
    FieldConflict score;
    score.column = QStringLiteral("score");
    score.author = QStringLiteral("Alice");
    score.at = QStringLiteral("2026-12-04T08:00:00Z");
    FieldConflict note;
    note.column = QStringLiteral("note");
    note.author = QStringLiteral("Bob");
    note.at = QStringLiteral("2026-12-04T09:30:00Z");
    error.conflicts = {score, note};
    // The newest change names who and when, in local time.
    const QString when = QDateTime::fromString(note.at, Qt::ISODate)
                             .toLocalTime()
                             .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    QCOMPARE(EditWording::refusedStep(error, entry, QStringLiteral("GLM-4"), false),
        QStringLiteral("Score, note of leaderboard entry GLM-4 was changed by Bob at %1 since; "
                       "undo refused, nothing was overwritten.")
            .arg(when));
    QVERIFY(EditWording::refusedStep(error, entry, QStringLiteral("GLM-4"), true)
                .contains(QStringLiteral("; redo refused")));

    // Written by a program that left no change_log entry: no name to give.
    error.conflicts = {FieldConflict {QStringLiteral("score"), 90.0, 91.0, 90.0, {}, {}}};
    QCOMPARE(EditWording::refusedStep(error, entry, QStringLiteral("GLM-4"), false),
        QStringLiteral("Score of leaderboard entry GLM-4 was changed by another program since; "
                       "undo refused, nothing was overwritten."));
    // Not about fields (the row is gone): the session's own words.
    error.conflicts.clear();
    QCOMPARE(EditWording::refusedStep(error, entry, QStringLiteral("GLM-4"), false), error.message);
}

// A flag reads yes / no, a fixed list's code as its word and the id column is headed "Id" in
// English, all in Chinese under zh_CN (the editor's cells and form, the history and the
// conflict dialog word them here); the dataset's own text is left as it is.
void TestEditWording::valuesAndIdsInTheInterfaceLanguage()
{
    const ColumnInfo &isNew = *table("maturity_position").column(QStringLiteral("is_new"));
    const ColumnInfo &id = *table("maturity_position").column(QStringLiteral("id"));
    const ColumnInfo &kind = *table("organization").column(QStringLiteral("kind"));
    const ColumnInfo &status = *table("event").column(QStringLiteral("status"));
    const ColumnInfo &name = *table("organization").column(QStringLiteral("name"));
    auto words = [&] {
        return QStringList {EditWording::valueText(isNew, 1), EditWording::valueText(isNew, 0),
            EditWording::valueText(isNew, QStringLiteral("1")), EditWording::columnLabel(id),
            EditWording::valueText(kind, QStringLiteral("company")),
            EditWording::valueText(status, QStringLiteral("stated")),
            EditWording::valueText(name, QStringLiteral("company"))};
    };
    QCOMPARE(words(), QStringList({"yes", "no", "yes", "Id", "company", "stated", "company"}));
    QVERIFY(EditWording::valueText(isNew, QVariant()).isEmpty());
    QVERIFY(Language::install(QLatin1String(Language::Chinese)));
    const QStringList chinese = words();
    QVERIFY(Language::install(QLatin1String(Language::English)));
    QCOMPARE(chinese, QStringList({"是", "否", "是", "编号", "公司", "报告所述", "company"}));
    QCOMPARE(words(), QStringList({"yes", "no", "yes", "Id", "company", "stated", "company"}));
}

// A key figure's qualifier is stored as a code ("approximately"): the editor words it in the
// interface language. A training run's GPU is a model number the report writes ("A100") and
// shows as it is in both languages; the stored code is not changed.
void TestEditWording::qualifiersAndGpusInTheInterfaceLanguage()
{
    const ColumnInfo &qualifier = *table("key_figure").column(QStringLiteral("qualifier"));
    const ColumnInfo &gpu = *table("training_run").column(QStringLiteral("gpu_type"));
    auto words = [&] {
        return QStringList {EditWording::valueText(qualifier, QStringLiteral("approximately")),
            EditWording::valueText(qualifier, QStringLiteral("more_than")),
            EditWording::valueText(qualifier, QStringLiteral("up_to")),
            EditWording::valueText(gpu, QStringLiteral("A100")),
            EditWording::valueText(gpu, QStringLiteral("910B"))};
    };
    const QStringList english {"≈ approximately", "> more than", "up to", "A100", "910B"};
    QCOMPARE(words(), english);
    QVERIFY(Language::install(QLatin1String(Language::Chinese)));
    const QStringList chinese = words();
    QVERIFY(Language::install(QLatin1String(Language::English)));
    QCOMPARE(chinese, QStringList({"≈ 约", "> 超过", "最高", "A100", "910B"}));
    QCOMPARE(words(), english);
}

// The audit trail stores SQL names; a point of it reads in the interface language, with the
// data editor's names for tables and fields.
void TestEditWording::historyInTheInterfaceLanguage()
{
    HistoryPoint update;
    update.entries = 2;
    update.action = QStringLiteral("update");
    update.table = QStringLiteral("leaderboard_entry");
    update.rowId = 6;
    update.fields = QStringList {QStringLiteral("score"), QStringLiteral("status")};
    HistoryPoint insert = update;
    insert.action = QStringLiteral("insert");
    insert.table = QStringLiteral("event");
    insert.fields.clear();
    HistoryPoint several;
    several.entries = 3;
    several.tables = {{QStringLiteral("event"), 2}, {QStringLiteral("model"), 1}};
    auto words = [&] {
        return QStringList {EditWording::historySummary(update),
            EditWording::historySummary(insert), EditWording::historySummary(several)};
    };
    const QStringList english = words();
    QCOMPARE(english,
        QStringList({"changed row 6 of Leaderboard entries: score, status", "added row 6 to Events",
            "3 entries: Events × 2, Models × 1"}));
    QVERIFY(Language::install(QLatin1String(Language::Chinese)));
    const QStringList chinese = words();
    QVERIFY(Language::install(QLatin1String(Language::English)));
    for (const QString &text : chinese) {
        for (const char *sqlName : {"leaderboard_entry", "event", "model", "score", "update"})
            QVERIFY2(!text.contains(QLatin1String(sqlName)), qPrintable(text));
        QVERIFY2(!text.contains(QLatin1String("row")) && !text.contains(QLatin1String(", ")),
            qPrintable(text));
    }
    QCOMPARE(words(), english);
}

// The data editor's "Inferred by the dataset" cells showed the stored text, "name_en: …", in
// both languages: the field reads by its label, the reason in the interface language.
void TestEditWording::inferredInTheInterfaceLanguage()
{
    const QString reason = QStringLiteral("the dataset's own English name, not the report's");
    const QString stored = QStringLiteral("name_en: ") + reason + QStringLiteral("; no reason");
    QCOMPARE(EditWording::inferredText(QStringLiteral("organization"), stored),
        QStringLiteral("English name: ") + reason + QStringLiteral("; no reason"));
    QVERIFY(Language::install(QLatin1String(Language::Chinese)));
    const QString chinese = EditWording::inferredText(QStringLiteral("organization"), stored);
    const QString translated = Annotation::shown(reason);
    QVERIFY(Language::install(QLatin1String(Language::English)));
    QVERIFY(translated != reason);
    QCOMPARE(chinese, QStringLiteral("英文名：") + translated + QStringLiteral("；no reason"));
}

QTEST_GUILESS_MAIN(TestEditWording)
#include "tst_editwording.moc"
