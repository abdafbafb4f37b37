#include "database.h"
#include "editrules.h"
#include "editschema.h"
#include "markingtranslator.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace TrendScope;

Q_DECLARE_METATYPE(TrendScope::Edit)

// The rules alone, without writing: EditSession's tests cover them on the way to the file.
class TestEditRules : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void checkEdit_data();
    void checkEdit();
    void referencesMustPointAtARow();
    void uniqueKeysStayUnique();
    void failedStatementsAreReportedThroughTheCaller();
    void messagesInTheInterfaceLanguage();

private:
    qint64 modelId(const QString &name) const;

    std::unique_ptr<Database> m_db;
    EditSchema m_schema;
};

void TestEditRules::initTestCase()
{
    DatabaseError error;
    m_db = Database::createInMemory(&error);
    QVERIFY2(m_db, qPrintable(error.message()));
    m_schema = EditSchema::read(*m_db);
}

qint64 TestEditRules::modelId(const QString &name) const
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT id FROM model WHERE name = ?"));
    q.addBindValue(name);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

void TestEditRules::checkEdit_data()
{
    QTest::addColumn<Edit>("edit");
    QTest::addColumn<QString>("message"); // empty: no rule broken
    QTest::addColumn<QString>("column"); // the field named, when the rule names one

    auto edit = [](EditOp op, bool byEditor = true) {
        Edit e;
        e.byEditor = byEditor;
        e.ops.append(op);
        return e;
    };
    QTest::newRow("fine") << edit(EditOp::update(
        QStringLiteral("model"), 1, {{QStringLiteral("name_en"), QStringLiteral("GLM")}}))
                          << QStringLiteral("") << "";
    QTest::newRow("unknown table") << edit(EditOp::update(
        QStringLiteral("change_log"), 1, {{QStringLiteral("reason"), QStringLiteral("x")}}))
                                   << "“change_log” is not a table that can be edited."
                                   << "";
    QTest::newRow("no row") << edit(EditOp::update(
        QStringLiteral("model"), 0, {{QStringLiteral("name_en"), QStringLiteral("x")}}))
                            << "No row was given."
                            << "";
    QTest::newRow("unknown column") << edit(EditOp::update(
        QStringLiteral("model"), 1, {{QStringLiteral("colour"), QStringLiteral("x")}}))
                                    << "has no column “colour”"
                                    << "";
    QTest::newRow("rowid key") << edit(
        EditOp::update(QStringLiteral("model"), 1, {{QStringLiteral("id"), 7}}), false)
                               << "is the row's number and cannot be set"
                               << "id";
    QTest::newRow("renaming a key") // maturity positions refer to a stage by its name
        << edit(EditOp::update(QStringLiteral("maturity_stage"), 1,
               {{QStringLiteral("name"), QStringLiteral("X")}}))
        << "is the key other rows refer to"
        << "name";
    QTest::newRow("invalid value") << edit(EditOp::update(
        QStringLiteral("model"), 1, {{QStringLiteral("released"), QStringLiteral("2024-13")}}))
                                   << "is not a valid date"
                                   << "released";
    QTest::newRow("required value missing") << edit(EditOp::insert(
        QStringLiteral("model"), {{QStringLiteral("name_en"), QStringLiteral("Nameless")}}))
                                            << QStringLiteral("it is required") << QString();
    Edit dangling;
    EditOp op
        = EditOp::insert(QStringLiteral("model"), {{QStringLiteral("name"), QStringLiteral("X")}});
    op.rowIdOf.insert(
        QStringLiteral("organization_id"), 3); // op 3 does not exist, let alone insert
    dangling.ops.append(op);
    QTest::newRow("refers to a row it does not create")
        << dangling << "The edit refers to a row it does not create."
        << "";
}

void TestEditRules::checkEdit()
{
    QFETCH(Edit, edit);
    QFETCH(QString, message);
    QFETCH(QString, column);
    const auto problem = EditRules(m_schema).checkEdit(edit);
    if (message.isEmpty()) {
        QVERIFY2(!problem, qPrintable(problem ? problem->message : QString()));
        return;
    }
    QVERIFY(problem);
    QCOMPARE(problem->kind, EditError::Kind::Invalid);
    QVERIFY2(problem->message.contains(message), qPrintable(problem->message));
    if (!column.isEmpty())
        QCOMPARE(problem->column, column);
    QCOMPARE(problem->op, 0);
}

void TestEditRules::referencesMustPointAtARow()
{
    const TableInfo &model = *m_schema.table(QStringLiteral("model"));
    const EditOp op = EditOp::update(QStringLiteral("model"), modelId(QStringLiteral("GLM-4")), {});
    auto check = [&](const QVariant &organization) {
        return EditRules(m_schema).checkAgainstData(m_db->connection(), model, op, 0,
            {{QStringLiteral("organization_id"), organization}},
            {QStringLiteral("organization_id")}, op.rowId,
            [](const QSqlError &) { return EditError {}; });
    };
    const auto problem = check(987654);
    QVERIFY(problem);
    QCOMPARE(problem->column, QStringLiteral("organization_id"));
    QVERIFY2(
        problem->message.contains(QStringLiteral("there is no")), qPrintable(problem->message));
    QVERIFY(!check(QVariant())); // no organization is allowed
}

void TestEditRules::uniqueKeysStayUnique()
{
    const TableInfo &model = *m_schema.table(QStringLiteral("model"));
    const qint64 glm = modelId(QStringLiteral("GLM-4"));
    QVERIFY(glm > 0);
    const EditOp op = EditOp::insert(QStringLiteral("model"), {});
    auto check = [&](const QString &name, qint64 self) {
        return EditRules(m_schema).checkAgainstData(m_db->connection(), model, op, 0,
            {{QStringLiteral("name"), name}}, {QStringLiteral("name")}, self,
            [](const QSqlError &) { return EditError {}; });
    };
    const auto duplicate = check(QStringLiteral("GLM-4"), 0);
    QVERIFY(duplicate);
    QVERIFY2(duplicate->message.contains(QStringLiteral("another model has “GLM-4” already")),
        qPrintable(duplicate->message));
    QVERIFY(!check(QStringLiteral("GLM-4"), glm)); // the row keeps its own name
    QVERIFY(!check(QStringLiteral("A model no one has"), 0));
}

void TestEditRules::failedStatementsAreReportedThroughTheCaller()
{
    // A closed connection: the reference check cannot run, and says so the caller's way.
    const TableInfo &model = *m_schema.table(QStringLiteral("model"));
    const EditOp op = EditOp::update(QStringLiteral("model"), 1, {});
    QSqlDatabase closed;
    const auto problem = EditRules(m_schema).checkAgainstData(closed, model, op, 0,
        {{QStringLiteral("organization_id"), 1}}, {QStringLiteral("organization_id")}, 1,
        [](const QSqlError &) {
            EditError e;
            e.kind = EditError::Kind::Failed;
            e.message = QStringLiteral("reported by the caller");
            return e;
        });
    QVERIFY(problem);
    QCOMPARE(problem->kind, EditError::Kind::Failed);
    QCOMPARE(problem->message, QStringLiteral("reported by the caller"));
}

// The editor shows these messages: each comes from the translation, the labels in it too.
void TestEditRules::messagesInTheInterfaceLanguage()
{
    const TableInfo &model = *m_schema.table(QStringLiteral("model"));
    Edit noRow;
    noRow.ops.append(
        EditOp::update(QStringLiteral("model"), 0, {{QStringLiteral("name_en"), QString()}}));
    Edit unknownColumn;
    unknownColumn.ops.append(
        EditOp::update(QStringLiteral("model"), 1, {{QStringLiteral("colour"), QString()}}));
    const EditOp insert = EditOp::insert(QStringLiteral("model"), {});
    auto duplicate = [&] {
        return EditRules(m_schema).checkAgainstData(m_db->connection(), model, insert, 0,
            {{QStringLiteral("name"), QStringLiteral("GLM-4")}}, {QStringLiteral("name")}, 0,
            [](const QSqlError &) { return EditError {}; });
    };
    const QString english = duplicate()->message;
    QCOMPARE(english,
        QStringLiteral("Name: another model has “GLM-4” already. Allowed: a value no other "
                       "model has."));

    MarkingTranslator rules("EditRules");
    MarkingTranslator labels("TrendScope::EditSchema");
    QCoreApplication::installTranslator(&rules);
    QCoreApplication::installTranslator(&labels);
    const QString noRowText = EditRules(m_schema).checkEdit(noRow)->message;
    const QString unknownColumnText = EditRules(m_schema).checkEdit(unknownColumn)->message;
    const QString duplicateText = duplicate()->message;
    QCoreApplication::removeTranslator(&labels);
    QCoreApplication::removeTranslator(&rules);
    QCOMPARE(noRowText, QStringLiteral("[No row was given.]"));
    QCOMPARE(unknownColumnText, QStringLiteral("[[Models] has no column “colour”.]"));
    QCOMPARE(duplicateText,
        QStringLiteral("[[Name]: another [model] has “GLM-4” already. Allowed: a value no other "
                       "[model] has.]"));
    QCOMPARE(duplicate()->message, english); // and back in English once removed
}

QTEST_GUILESS_MAIN(TestEditRules)
#include "tst_editrules.moc"
