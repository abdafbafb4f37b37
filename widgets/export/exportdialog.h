#pragma once

#include "chartexporter.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTimer;

namespace TrendScope {

class ChartView;

// Export one view's chart: format, slide-size presets or a custom size, scale, export
// theme, transparent background, which texts to show, and a live preview of the result.
// In batch mode (Export All Charts) the same settings apply to every view, in each format
// ticked; the preview shows the current view with them.
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode
    {
        Single,
        Batch
    };
    explicit ExportDialog(ChartView *view, QWidget *parent = nullptr)
        : ExportDialog(view, Mode::Single, parent)
    { }
    ExportDialog(ChartView *view, Mode mode, QWidget *parent = nullptr);

    ChartExportOptions options() const;
    void setOptions(const ChartExportOptions &options);
    // Batch mode: the formats ticked (all three at first), in PNG, SVG, PDF order.
    QList<ChartFormat> formats() const;
    // The last rendered preview (at the export's own size).
    QImage previewImage() const { return m_preview; }

signals:
    void exportRequested(const TrendScope::ChartExportOptions &options);
    void copyRequested(const QImage &image);

private:
    void schedulePreview();
    void renderPreview();
    void syncControls();

    ChartView *m_view;
    Mode m_mode;
    QComboBox *m_format;
    QList<QCheckBox *> m_formats; // batch mode: PNG, SVG, PDF
    QPushButton *m_exportButton = nullptr;
    QComboBox *m_preset;
    QSpinBox *m_width;
    QSpinBox *m_height;
    QSpinBox *m_scale;
    QComboBox *m_theme;
    QCheckBox *m_transparent;
    QCheckBox *m_title;
    QCheckBox *m_subtitle;
    QCheckBox *m_source;
    QCheckBox *m_selection;
    QLabel *m_previewLabel;
    QLabel *m_sizeLabel;
    QTimer *m_previewTimer;
    QImage m_preview;
};

} // namespace TrendScope
