#pragma once

#include "chartexporter.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QSpinBox;
class QTimer;

namespace TrendScope {

class ChartView;

// Export one view's chart: format, slide-size presets or a custom size, scale, export
// theme, transparent background, which texts to show, and a live preview of the result.
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ExportDialog(ChartView *view, QWidget *parent = nullptr);

    ChartExportOptions options() const;
    void setOptions(const ChartExportOptions &options);
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
    QComboBox *m_format;
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
