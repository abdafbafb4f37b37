#include "exportdialog.h"
#include "viewfixture.h"

#include <QCheckBox>
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
    void batchModeShowsTheSettingsItUses();

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

// Export All Charts shows the settings it will use (the last ones) before writing, and which
// formats: before, it wrote with the last single export's settings without a word.
void TestExportDialog::batchModeShowsTheSettingsItUses()
{
    ExportDialog dialog(m_fixture.view.get(), ExportDialog::Mode::Batch);
    ChartExportOptions last;
    last.format = ChartFormat::Pdf;
    last.size = QSize(1280, 720);
    last.theme = "dark";
    last.showSubtitle = false;
    dialog.setOptions(last);
    const ChartExportOptions shown = dialog.options();
    QCOMPARE(shown.size, QSize(1280, 720));
    QCOMPARE(shown.theme, QStringLiteral("dark"));
    QVERIFY(!shown.showSubtitle);
    QCOMPARE(dialog.formats(),
        (QList<ChartFormat> {ChartFormat::Png, ChartFormat::Svg, ChartFormat::Pdf}));
    auto *svg = dialog.findChild<QCheckBox *>(QStringLiteral("format-svg"));
    QVERIFY(svg);
    svg->setChecked(false);
    QCOMPARE(dialog.formats(), (QList<ChartFormat> {ChartFormat::Png, ChartFormat::Pdf}));
    auto *button = dialog.findChild<QPushButton *>(QStringLiteral("export-button"));
    QVERIFY(button && button->isEnabled());
    for (const char *name : {"format-png", "format-pdf"})
        dialog.findChild<QCheckBox *>(QLatin1String(name))->setChecked(false);
    QVERIFY(dialog.formats().isEmpty());
    QVERIFY(!button->isEnabled()); // nothing to write: no export
}

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
