#include "conflictdialog.h"
#include "database.h"
#include "editschema.h"
#include "language.h"

#include <QComboBox>
#include <QDateTime>
#include <QLabel>
#include <QPushButton>
#include <QTest>

using namespace TrendScope;

// The dialog that asks what to do when a form's edit found its fields changed elsewhere:
// what it shows, and the edit each choice makes.
class TestConflictDialog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void showsTheThreeValuesAndWho();
    void choicesMakeTheirEdits_data();
    void choicesMakeTheirEdits();
    void cancelIsTheDefaultAndWritesNothing();
    void onlyTheRefusedOpIsSettled();
    void referencesShowTheRowsTheyPointTo();
    void renderForALook();

private:
    const TableInfo &entryTable() const
    {
        return *m_schema.table(QStringLiteral("leaderboard_entry"));
    }
    // An edit of score and note of entry 5, refused: Alice changed both since.
    static Edit edit();
    static EditError error();

    std::unique_ptr<Database> m_db;
    EditSchema m_schema;
};

void TestConflictDialog::initTestCase()
{
    // LANGUAGE=zh_CN runs it in Chinese.
    QVERIFY(Language::install(Language::fromEnvironment()));
    DatabaseError error;
    m_db = Database::createInMemory(&error);
    QVERIFY2(m_db, qPrintable(error.message()));
    m_schema = EditSchema::read(*m_db);
    QVERIFY(m_schema.table(QStringLiteral("leaderboard_entry")));
}

Edit TestConflictDialog::edit()
{
    Edit edit;
    edit.text = QStringLiteral("set 2 fields of GLM-4");
    EditOp op = EditOp::update(QStringLiteral("leaderboard_entry"), 5,
        {{QStringLiteral("score"), 81.5}, {QStringLiteral("note"), QStringLiteral("mine")}});
    op.expected = {{QStringLiteral("score"), 70.0}, {QStringLiteral("note"), QVariant()}};
    edit.ops.append(op);
    return edit;
}

EditError TestConflictDialog::error()
{
    EditError error;
    error.kind = EditError::Kind::Conflict;
    error.table = QStringLiteral("leaderboard_entry");
    error.rowId = 5;
    error.op = 0;
    error.conflicts = {
        {QStringLiteral("note"), QVariant(), QStringLiteral("theirs"), QStringLiteral("mine"),
            QStringLiteral("Alice"), QStringLiteral("2026-12-04T08:00:00Z")},
        {QStringLiteral("score"), 70.0, 77.25, 81.5, QStringLiteral("Alice"),
            QStringLiteral("2026-12-04T08:01:00Z")},
    };
    return error;
}

void TestConflictDialog::showsTheThreeValuesAndWho()
{
    ConflictDialog dialog(edit(), error(), entryTable(), QStringLiteral("GLM-4"));
    auto text = [&](const QString &name) {
        const auto *label = dialog.findChild<QLabel *>(name);
        return label ? label->text() : QStringLiteral("<no %1>").arg(name);
    };
    QCOMPARE(text(QStringLiteral("conflict-original-score")), QStringLiteral("70"));
    QCOMPARE(text(QStringLiteral("conflict-theirs-score")), QStringLiteral("77.25"));
    QCOMPARE(text(QStringLiteral("conflict-mine-score")), QStringLiteral("81.5"));
    QCOMPARE(text(QStringLiteral("conflict-theirs-note")), QStringLiteral("theirs"));
    QCOMPARE(text(QStringLiteral("conflict-mine-note")), QStringLiteral("mine"));
    QCOMPARE(text(QStringLiteral("conflict-original-note")), ConflictDialog::tr("(empty)"));
    // Who changed the row, and when (the newest change, in local time).
    const QString who = text(QStringLiteral("conflict-who"));
    const QString when = QDateTime::fromString(QStringLiteral("2026-12-04T08:01:00Z"), Qt::ISODate)
                             .toLocalTime()
                             .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    QVERIFY2(who.contains(QStringLiteral("Alice")) && who.contains(when)
            && who.contains(QStringLiteral("GLM-4")),
        qPrintable(who));
}

void TestConflictDialog::choicesMakeTheirEdits_data()
{
    QTest::addColumn<QString>("button");
    QTest::addColumn<QString>("noteKept"); // what Merge keeps of the note: "" leaves Mine
    QTest::addColumn<QVariantMap>("values");
    QTest::addColumn<QVariantMap>("expected");

    // Mine over theirs, expecting theirs: a further change elsewhere is caught again.
    QTest::newRow("keep mine") << "conflict-keep-mine"
                               << "" << QVariantMap {{"score", 81.5}, {"note", "mine"}}
                               << QVariantMap {{"score", 77.25}, {"note", "theirs"}};
    QTest::newRow("take theirs") << "conflict-take-theirs"
                                 << "" << QVariantMap() << QVariantMap();
    QTest::newRow("merge: my score, their note")
        << "conflict-merge"
        << "theirs" << QVariantMap {{"score", 81.5}} << QVariantMap {{"score", 77.25}};
    QTest::newRow("merge: mine of both") << "conflict-merge"
                                         << "" << QVariantMap {{"score", 81.5}, {"note", "mine"}}
                                         << QVariantMap {{"score", 77.25}, {"note", "theirs"}};
}

void TestConflictDialog::choicesMakeTheirEdits()
{
    QFETCH(QString, button);
    QFETCH(QString, noteKept);
    QFETCH(QVariantMap, values);
    QFETCH(QVariantMap, expected);

    ConflictDialog dialog(edit(), error(), entryTable(), QStringLiteral("GLM-4"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    if (noteKept == QLatin1String("theirs")) {
        // Chosen with the keyboard, like a person would.
        auto *keep = dialog.findChild<QComboBox *>(QStringLiteral("conflict-keep-note"));
        QVERIFY(keep);
        keep->setFocus();
        QTest::keyClick(keep, Qt::Key_Down);
        QCOMPARE(keep->currentData().toInt(), int(ConflictDialog::Keep::Theirs));
    }
    auto *press = dialog.findChild<QPushButton *>(button);
    QVERIFY(press);
    QTest::mouseClick(press, Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const std::optional<Edit> resolved = dialog.resolvedEdit();
    QVERIFY(resolved);
    if (values.isEmpty()) {
        QVERIFY(resolved->isEmpty()); // their values stay: nothing to write
        return;
    }
    QCOMPARE(resolved->ops.size(), 1);
    const EditOp &op = resolved->ops.first();
    QCOMPARE(op.rowId, qint64(5));
    QCOMPARE(op.values, values);
    QCOMPARE(op.expected, expected);
    QCOMPARE(resolved->text, edit().text);
}

void TestConflictDialog::cancelIsTheDefaultAndWritesNothing()
{
    ConflictDialog dialog(edit(), error(), entryTable(), QStringLiteral("GLM-4"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *cancel = dialog.findChild<QPushButton *>(QStringLiteral("conflict-cancel"));
    QVERIFY(cancel);
    QVERIFY(cancel->isDefault());
    // Enter without a choice overwrites nothing.
    QTest::keyClick(&dialog, Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QCOMPARE(dialog.choice(), ConflictDialog::Choice::Cancel);
    QVERIFY(!dialog.resolvedEdit());

    ConflictDialog escaped(edit(), error(), entryTable(), QStringLiteral("GLM-4"));
    escaped.show();
    QVERIFY(QTest::qWaitForWindowExposed(&escaped));
    QTest::keyClick(&escaped, Qt::Key_Escape);
    QCOMPARE(escaped.choice(), ConflictDialog::Choice::Cancel);
    QVERIFY(!escaped.resolvedEdit());
}

void TestConflictDialog::onlyTheRefusedOpIsSettled()
{
    // A multi-row edit refused at its second row: the first is left as it was, and taking
    // theirs drops only the second row's op.
    Edit two = edit();
    EditOp second = two.ops.first();
    second.rowId = 6;
    two.ops.append(second);
    EditError refused = error();
    refused.rowId = 6;
    refused.op = 1;
    const Edit theirs = ConflictDialog::resolve(two, refused, {});
    QCOMPARE(theirs.ops.size(), 1);
    QCOMPARE(theirs.ops.first().rowId, qint64(5));
    QCOMPARE(theirs.ops.first().expected, two.ops.first().expected);
    const Edit mine = ConflictDialog::resolve(two, refused, {QStringLiteral("score")});
    QCOMPARE(mine.ops.size(), 2);
    QCOMPARE(mine.ops.first().expected, two.ops.first().expected);
    QCOMPARE(mine.ops.at(1).values, (QVariantMap {{QStringLiteral("score"), 81.5}}));
    QCOMPARE(mine.ops.at(1).expected, (QVariantMap {{QStringLiteral("score"), 77.25}}));
}

void TestConflictDialog::referencesShowTheRowsTheyPointTo()
{
    Edit edit;
    EditOp op = EditOp::update(
        QStringLiteral("leaderboard_entry"), 5, {{QStringLiteral("model_id"), qint64(4)}});
    op.expected = {{QStringLiteral("model_id"), qint64(2)}};
    edit.ops.append(op);
    EditError error;
    error.kind = EditError::Kind::Conflict;
    error.table = QStringLiteral("leaderboard_entry");
    error.rowId = 5;
    error.op = 0;
    error.conflicts = {{QStringLiteral("model_id"), qint64(2), qint64(3), qint64(4), {}, {}}};
    const QHash<QString, QHash<QString, QString>> labels {{QStringLiteral("model"),
        {{QStringLiteral("2"), QStringLiteral("GLM-4")},
            {QStringLiteral("3"), QStringLiteral("Kimi")},
            {QStringLiteral("4"), QStringLiteral("ERNIE 4.0")}}}};
    ConflictDialog dialog(edit, error, entryTable(), QStringLiteral("GLM-4"), labels);
    auto text = [&](const char *name) {
        const auto *label = dialog.findChild<QLabel *>(QString::fromLatin1(name));
        return label ? label->text() : QStringLiteral("<none>");
    };
    QCOMPARE(text("conflict-original-model_id"), QStringLiteral("GLM-4"));
    QCOMPARE(text("conflict-theirs-model_id"), QStringLiteral("Kimi"));
    QCOMPARE(text("conflict-mine-model_id"), QStringLiteral("ERNIE 4.0"));
    // Nobody named: another program wrote it (the sentence in the language installed,
    // capitalised).
    const QString who
        = ConflictDialog::tr("%1 was changed by another program since you loaded it.")
              .arg(ConflictDialog::tr("%1 %2").arg(entryTable().singular, QStringLiteral("GLM-4")));
    QCOMPARE(text("conflict-who"), who.at(0).toUpper() + who.mid(1));
}

void TestConflictDialog::renderForALook()
{
    // TRENDSCOPE_SHOT_DIR=/tmp/shots saves the dialog to look at by hand (with LANGUAGE=zh_CN
    // in Chinese).
    const QString shots = qEnvironmentVariable("TRENDSCOPE_SHOT_DIR");
    if (shots.isEmpty())
        QSKIP("TRENDSCOPE_SHOT_DIR is not set");
    ConflictDialog dialog(edit(), error(), entryTable(), QStringLiteral("GLM-4"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.grab().save(
        QStringLiteral("%1/conflictdialog-%2.png").arg(shots, Language::current())));
}

QTEST_MAIN(TestConflictDialog)
#include "tst_conflictdialog.moc"
