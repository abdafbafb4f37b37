#include "importpreviewmodel.h"
#include "markingtranslator.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QTest>

using namespace TrendScope;

// The preview table: one row per record, its result coloured, the detail saying why.
class TestImportPreviewModel : public QObject
{
    Q_OBJECT

private slots:
    void rowsSayWhatBecomesOfEachRecord()
    {
        ImportPreviewModel model;
        QAbstractItemModelTester tester(&model);
        ImportPlan plan;
        ImportRow added;
        added.kind = ImportRow::Kind::New;
        added.line = 2;
        added.label = QStringLiteral("SuperClue 2024-05 · GLM-4");
        added.values = {{"score", 74.9}, {"note", QStringLiteral("re-run")}, {"model_id", 6}};
        ImportRow changed;
        changed.kind = ImportRow::Kind::Changed;
        changed.line = 3;
        changed.values = {{"score", 74.0}};
        changed.before = {{"score", 73.32}};
        ImportRow refused;
        refused.kind = ImportRow::Kind::Refused;
        refused.line = 4;
        refused.reason = QStringLiteral("Score: 120 is outside 0 to 100.");
        ImportRow empty;
        empty.kind = ImportRow::Kind::Unchanged;
        empty.line = 5;
        empty.values = {{"note", QVariant()}};
        plan.rows = {added, changed, refused, empty};
        TableInfo entries;
        ColumnInfo score;
        score.name = QStringLiteral("score");
        score.label = QStringLiteral("Score");
        score.kind = ColumnKind::Number;
        ColumnInfo note;
        note.name = QStringLiteral("note");
        note.label = QStringLiteral("Note");
        note.kind = ColumnKind::LongText;
        entries.columns = {score, note};
        model.setPlan(plan, entries);

        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.columnCount(), int(ImportPreviewModel::ColumnCount));
        QCOMPARE(model.index(0, ImportPreviewModel::LineColumn).data().toInt(), 2);
        QCOMPARE(model.index(0, ImportPreviewModel::ResultColumn).data().toString(),
            QStringLiteral("new"));
        QCOMPARE(model.index(0, ImportPreviewModel::DetailColumn).data().toString(),
            QStringLiteral("Note re-run; Score 74.9")); // ids of references: the About column
        QCOMPARE(model.index(1, ImportPreviewModel::DetailColumn).data().toString(),
            QStringLiteral("Score 73.32 → 74"));
        QCOMPARE(
            model.index(2, ImportPreviewModel::DetailColumn).data().toString(), refused.reason);
        QCOMPARE(model.index(2, ImportPreviewModel::DetailColumn).data(Qt::ToolTipRole).toString(),
            refused.reason);
        QCOMPARE(model.index(3, ImportPreviewModel::DetailColumn).data().toString(),
            QStringLiteral("Note not stated"));
        QCOMPARE(model.index(2, 0).data(ImportPreviewModel::KindRole).toInt(),
            int(ImportRow::Kind::Refused));
        // Each result has its own colour.
        QSet<QRgb> colours;
        for (int row = 0; row < 4; ++row)
            colours.insert(model.index(row, ImportPreviewModel::ResultColumn)
                               .data(Qt::ForegroundRole)
                               .value<QColor>()
                               .rgb());
        QCOMPARE(colours.size(), 4);
        QCOMPARE(model.headerData(ImportPreviewModel::AboutColumn, Qt::Horizontal).toString(),
            QStringLiteral("About"));

        // The result and the fields in the interface language (the refusal is planned in it).
        MarkingTranslator kinds("TrendScope::ImportPlan");
        MarkingTranslator labels("TrendScope::EditSchema");
        QCoreApplication::installTranslator(&kinds);
        QCoreApplication::installTranslator(&labels);
        const QString result = model.index(0, ImportPreviewModel::ResultColumn).data().toString();
        const QString detail = model.index(1, ImportPreviewModel::DetailColumn).data().toString();
        QCoreApplication::removeTranslator(&labels);
        QCoreApplication::removeTranslator(&kinds);
        QCOMPARE(result, QStringLiteral("[new]"));
        QCOMPARE(detail, QStringLiteral("[Score] 73.32 → 74"));
        // Fields are joined in the language's punctuation ("；" in Chinese).
        MarkingTranslator separator("TrendScope::ImportPreviewModel");
        QCoreApplication::installTranslator(&separator);
        const QString fields = model.index(0, ImportPreviewModel::DetailColumn).data().toString();
        QCoreApplication::removeTranslator(&separator);
        QVERIFY2(fields.contains(QStringLiteral("[; ]")), qPrintable(fields));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestImportPreviewModel)
#include "tst_importpreviewmodel.moc"
