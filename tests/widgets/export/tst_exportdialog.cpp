#include "exportdialog.h"
#include "viewfixture.h"

#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

using namespace TrendScope;

class TestExportDialog : public QObject
{
    Q_OBJECT

private slots:
    void optionsRoundTrip();
    void presetSetsSize();
    void previewIsTheExport();
    void exportButtonEmitsOptions();

private:
    ViewFixture m_fixture;
};

void TestExportDialog::optionsRoundTrip()
{
    ExportDialog dialog(m_fixture.view.get());
    ChartExportOptions o;
    o.format = ChartFormat::Svg;
    o.size = QSize(1000, 700);
    o.theme = "print";
    o.showSource = false;
    dialog.setOptions(o);
    const ChartExportOptions back = dialog.options();
    QCOMPARE(back.format, ChartFormat::Svg);
    QCOMPARE(back.size, QSize(1000, 700));
    QCOMPARE(back.theme, QStringLiteral("print"));
    QCOMPARE(back.showSource, false);
    QCOMPARE(back.scale, 1); // vector formats have no scale
    QCOMPARE(back.transparent, false);
}

void TestExportDialog::presetSetsSize()
{
    ExportDialog dialog(m_fixture.view.get());
    auto *presets = dialog.findChildren<QComboBox *>().at(1);
    const int square = presets->findText("Square (1080×1080)");
    QVERIFY(square >= 0);
    presets->setCurrentIndex(square);
    QCOMPARE(dialog.options().size, QSize(1080, 1080));
}

void TestExportDialog::previewIsTheExport()
{
    ExportDialog dialog(m_fixture.view.get());
    ChartExportOptions o;
    o.size = QSize(960, 540);
    dialog.setOptions(o);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTRY_COMPARE(dialog.previewImage().size(), QSize(960, 540));
    auto *label = dialog.findChild<QLabel *>("export-preview");
    QVERIFY(label && !label->pixmap().isNull());
}

void TestExportDialog::exportButtonEmitsOptions()
{
    ExportDialog dialog(m_fixture.view.get());
    QSignalSpy spy(&dialog, &ExportDialog::exportRequested);
    QTest::mouseClick(dialog.findChild<QPushButton *>("export-button"), Qt::LeftButton);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.first().first().value<ChartExportOptions>().size, QSize(1920, 1080));
}

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
