#include "database.h"
#include "editcontroller.h"
#include "editsession.h"
#include "edittestutil.h"
#include "importdialog.h"
#include "importpreviewmodel.h"
#include "testutil.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace TrendScope;

// File → Import… as a researcher uses it: pick the file, a new edition, see the preview,
// import, undo and redo; bad files and refused rows keep the Import button off.
class TestImportDialog : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = TestUtil::makeDatasetFile(m_dir, QStringLiteral("d%1.sqlite").arg(++m_n));
        DatabaseError error;
        m_db = Database::open(m_path, &error);
        QVERIFY2(m_db, qPrintable(error.message()));
        m_session = std::make_unique<EditSession>(*m_db);
        m_controller = std::make_unique<EditController>();
        m_controller->setSession(m_session.get());
    }

    void cleanup()
    {
        m_controller.reset();
        m_session.reset();
        m_db.reset();
    }

    void importsASecondSnapshotWithUndoAndRedo()
    {
        ImportDialog dialog(m_controller.get());
        dialog.setFile(fixture());
        auto *edition = dialog.findChild<QComboBox *>(QStringLiteral("import-edition"));
        auto *label = dialog.findChild<QLineEdit *>(QStringLiteral("import-new-edition"));
        auto *create = dialog.findChild<QCheckBox *>(QStringLiteral("import-create-missing"));
        auto *apply = dialog.findChild<QPushButton *>(QStringLiteral("import-apply"));
        QVERIFY(edition && label && create && apply);
        QCOMPARE(dialog.findChild<QComboBox *>(QStringLiteral("import-table"))->currentData(),
            QVariant(QStringLiteral("leaderboard_entry")));
        // The guessed mapping shows in the mapping step.
        auto *scoreBox = dialog.findChild<QComboBox *>(QStringLiteral("import-target-5"));
        QVERIFY(scoreBox);
        QCOMPARE(scoreBox->currentData().toString(), QStringLiteral("score"));

        const int newEdition = edition->findText(QStringLiteral("New edition of bluebook-2024…"));
        QVERIFY(newEdition >= 0);
        edition->setCurrentIndex(newEdition);
        label->setText(QStringLiteral("2025 (synthetic)"));
        waitForPreview(dialog);
        QVERIFY2(
            dialog.summary().contains(QStringLiteral("11 refused")), qPrintable(dialog.summary()));
        QVERIFY(!apply->isEnabled());

        create->setChecked(true);
        waitForPreview(dialog);
        QVERIFY2(dialog.summary().contains(QStringLiteral("11 new, 0 changed, 0 unchanged, 0 "
                                                          "refused; makes new edition")),
            qPrintable(dialog.summary()));
        const ImportPreviewModel *model = dialog.previewModel();
        QCOMPARE(model->rowCount(), 11);
        QCOMPARE(model->index(6, ImportPreviewModel::AboutColumn).data().toString(),
            QStringLiteral("SuperClue 2024-05 · 合成模型-1"));
        QCOMPARE(model->index(6, ImportPreviewModel::ResultColumn).data().toString(),
            QStringLiteral("new"));
        QVERIFY(apply->isEnabled());
        QSignalSpy imported(&dialog, &ImportDialog::imported);
        QSignalSpy edited(m_controller.get(), &EditController::datasetEdited);
        apply->click();
        QCOMPARE(imported.size(), 1);
        QCOMPARE(edited.size(), 1);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(entriesOf(QStringLiteral("2024-05")), 11);
        QCOMPARE(m_controller->stack()->count(), 1);
        QVERIFY(!m_controller->undo());
        QCOMPARE(entriesOf(QStringLiteral("2024-05")), 0);
        QCOMPARE(EditTestUtil::scalar(*m_db, "SELECT count(*) FROM edition"), 2);
        QVERIFY(!m_controller->redo());
        QCOMPARE(entriesOf(QStringLiteral("2024-05")), 11);
        // The mapping is remembered for this layout of columns.
        QCOMPARE(dialog.rememberedMappings().size(), 1);
    }

    void rememberedMappingIsUsed()
    {
        const QString path = m_dir.filePath(QStringLiteral("odd.csv"));
        TestUtil::writeFile(path, "who,points,snap,board\nGLM-4,72.58,2024-04,SuperClue\n");
        ImportDialog first(m_controller.get());
        first.setFile(path);
        QCOMPARE(first.findChild<QComboBox *>(QStringLiteral("import-target-1"))->currentIndex(),
            0); // nothing guessed for "points"

        ImportMapping mapping;
        mapping.table = QStringLiteral("leaderboard_entry");
        mapping.targets = QStringList {QStringLiteral("model_id"), QStringLiteral("score"),
            QStringLiteral("leaderboard_id.snapshot"), QStringLiteral("leaderboard_id.benchmark")};
        ImportDialog dialog(m_controller.get());
        dialog.setRememberedMappings(
            {{ImportMapping::layoutKey({"who", "points", "snap", "board"}), mapping.toString()}});
        dialog.setFile(path);
        QCOMPARE(dialog.findChild<QComboBox *>(QStringLiteral("import-target-1"))
                     ->currentData()
                     .toString(),
            QStringLiteral("score"));
        // Edition 2 holds SuperClue 2024-04 with this very score: unchanged, nothing to import.
        auto *edition = dialog.findChild<QComboBox *>(QStringLiteral("import-edition"));
        edition->setCurrentIndex(edition->findData(2));
        waitForPreview(dialog);
        QVERIFY2(dialog.summary().contains(QStringLiteral("0 new, 0 changed, 1 unchanged")),
            qPrintable(dialog.summary()));
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("import-apply"))->isEnabled());
    }

    void refusedRowsNeedConsentAndBadFilesSaySo()
    {
        const QString path = m_dir.filePath(QStringLiteral("bad.csv"));
        TestUtil::writeFile(path,
            "benchmark,snapshot,模型名称,总分\nSuperClue,2024-04,GLM-4,120\n"
            "SuperClue,2024-04,Baichuan3,74\n");
        ImportDialog dialog(m_controller.get());
        dialog.setFile(path);
        auto *edition = dialog.findChild<QComboBox *>(QStringLiteral("import-edition"));
        edition->setCurrentIndex(edition->findData(2));
        waitForPreview(dialog);
        auto *apply = dialog.findChild<QPushButton *>(QStringLiteral("import-apply"));
        auto *skip = dialog.findChild<QCheckBox *>(QStringLiteral("import-skip-refused"));
        QVERIFY(!apply->isEnabled());
        QVERIFY(!skip->isHidden());
        QCOMPARE(
            dialog.previewModel()->index(0, ImportPreviewModel::DetailColumn).data().toString(),
            QStringLiteral("Score: 120 is outside 0 to 100. Allowed: a number from 0 to 100, e.g. "
                           "83.64."));
        QCOMPARE(
            dialog.previewModel()->index(1, ImportPreviewModel::DetailColumn).data().toString(),
            QStringLiteral("Score 73.32 → 74"));
        skip->setChecked(true);
        QVERIFY(apply->isEnabled());

        // The file changes after the preview: nothing is written, the dialog says why.
        TestUtil::writeFile(path, "benchmark,snapshot,模型名称,总分\nSuperClue,2024-04,GLM-4,1\n");
        const QStringList before = EditTestUtil::dumpTables(*m_db);
        apply->click();
        QVERIFY2(dialog.summary().contains(QStringLiteral("changed since it was previewed")),
            qPrintable(dialog.summary()));
        QCOMPARE(EditTestUtil::dumpTables(*m_db), before);

        dialog.setFile(m_dir.filePath(QStringLiteral("missing.csv")));
        QVERIFY2(dialog.summary().contains(QStringLiteral("does not exist")),
            qPrintable(dialog.summary()));
        QVERIFY(!apply->isEnabled());
        QCOMPARE(dialog.previewModel()->rowCount(), 0);
    }

    void readOnlyDatasetSaysWhy()
    {
        m_controller->setSession(nullptr);
        ImportDialog dialog(m_controller.get());
        QVERIFY(!dialog.summary().isEmpty());
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("import-apply"))->isEnabled());
    }

private:
    static QString fixture()
    {
        return QStringLiteral(
            TRENDSCOPE_SOURCE_DIR "/tests/fixtures/superclue-2024-05-synthetic.csv");
    }

    static void waitForPreview(const ImportDialog &dialog)
    {
        // The preview is debounced, then runs on its own thread.
        QTest::qWait(200);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isPreviewRunning(), 10000);
        QTest::qWait(20);
    }

    int entriesOf(const QString &snapshot) const
    {
        return EditTestUtil::scalar(*m_db,
            QStringLiteral("SELECT count(*) FROM leaderboard_entry e JOIN leaderboard l ON l.id = "
                           "e.leaderboard_id WHERE l.snapshot = '%1'")
                .arg(snapshot));
    }

    QTemporaryDir m_dir;
    QString m_path;
    int m_n = 0;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<EditSession> m_session;
    std::unique_ptr<EditController> m_controller;
};

QTEST_MAIN(TestImportDialog)
#include "tst_importdialog.moc"
