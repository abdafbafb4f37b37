#include "exportdialog.h"

#include "chartstyle.h"
#include "chartview.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>

namespace TrendScope {

ExportDialog::ExportDialog(ChartView *view, Mode mode, QWidget *parent)
    : QDialog(parent)
    , m_view(view)
    , m_mode(mode)
    , m_format(new QComboBox(this))
    , m_preset(new QComboBox(this))
    , m_width(new QSpinBox(this))
    , m_height(new QSpinBox(this))
    , m_scale(new QSpinBox(this))
    , m_theme(new QComboBox(this))
    , m_transparent(new QCheckBox(tr("Transparent background"), this))
    , m_title(new QCheckBox(tr("Title"), this))
    , m_subtitle(new QCheckBox(tr("Subtitle with filters"), this))
    , m_source(new QCheckBox(tr("Source line"), this))
    , m_selection(new QCheckBox(tr("Keep the focus highlight"), this))
    , m_previewLabel(new QLabel(this))
    , m_sizeLabel(new QLabel(this))
    , m_previewTimer(new QTimer(this))
{
    const bool batch = mode == Mode::Batch;
    setObjectName(QStringLiteral("export-dialog"));
    setWindowTitle(batch ? tr("Export All Charts — the preview shows %1").arg(view->title())
                         : tr("Export Chart — %1").arg(view->title()));

    m_format->addItem(tr("PNG image"), QStringLiteral("png"));
    m_format->addItem(tr("SVG vector image"), QStringLiteral("svg"));
    m_format->addItem(tr("PDF document"), QStringLiteral("pdf"));
    auto *formatBoxes = new QHBoxLayout;
    if (batch) {
        m_format->hide();
        for (int i = 0; i < m_format->count(); ++i) {
            auto *box = new QCheckBox(m_format->itemText(i), this);
            box->setObjectName(QStringLiteral("format-") + m_format->itemData(i).toString());
            box->setChecked(true);
            m_formats.append(box);
            formatBoxes->addWidget(box);
        }
    }
    for (const SizePreset &preset : sizePresets())
        m_preset->addItem(preset.name, preset.size);
    m_preset->addItem(tr("Custom"), QSize());
    for (QSpinBox *side : {m_width, m_height}) {
        side->setRange(ChartExportOptions::MinSide, ChartExportOptions::MaxSide);
        side->setSuffix(tr(" px"));
    }
    m_scale->setRange(1, ChartExportOptions::MaxScale);
    m_scale->setSuffix(QStringLiteral("×"));
    // The themes by their names on screen; the command line's --theme takes the codes.
    const QHash<QString, QString> themeNames {{QStringLiteral("light"), tr("Light")},
        {QStringLiteral("dark"), tr("Dark")}, {QStringLiteral("print"), tr("Print")}};
    for (const QString &name : ChartTheme::names())
        m_theme->addItem(themeNames.value(name, name), name);
    m_title->setChecked(true);
    m_subtitle->setChecked(true);
    m_source->setChecked(true);

    m_previewLabel->setObjectName(QStringLiteral("export-preview"));
    m_previewLabel->setMinimumSize(560, 315);
    m_previewLabel->setAlignment(Qt::AlignCenter);
    m_previewLabel->setStyleSheet(QStringLiteral("QLabel { background: #d0d7de; }"));

    auto *form = new QFormLayout;
    if (batch)
        form->addRow(tr("Formats:"), formatBoxes);
    else
        form->addRow(tr("Format:"), m_format);
    form->addRow(tr("Size:"), m_preset);
    auto *custom = new QHBoxLayout;
    custom->addWidget(m_width);
    custom->addWidget(new QLabel(QStringLiteral("×"), this));
    custom->addWidget(m_height);
    form->addRow(QString(), custom);
    form->addRow(tr("Scale (PNG):"), m_scale);
    form->addRow(tr("Theme:"), m_theme);
    form->addRow(QString(), m_transparent);
    form->addRow(tr("Show:"), m_title);
    form->addRow(QString(), m_subtitle);
    form->addRow(QString(), m_source);
    form->addRow(QString(), m_selection);
    form->addRow(QString(), m_sizeLabel);

    auto *buttons = new QDialogButtonBox(this);
    m_exportButton = buttons->addButton(
        batch ? tr("Export All…") : tr("Export…"), QDialogButtonBox::AcceptRole);
    m_exportButton->setObjectName(QStringLiteral("export-button"));
    connect(
        m_exportButton, &QPushButton::clicked, this, [this] { emit exportRequested(options()); });
    if (!batch) {
        QPushButton *copyButton
            = buttons->addButton(tr("Copy Image"), QDialogButtonBox::ActionRole);
        connect(copyButton, &QPushButton::clicked, this, [this] {
            renderPreview();
            emit copyRequested(m_preview);
        });
    }
    buttons->addButton(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *top = new QHBoxLayout;
    top->addLayout(form);
    top->addWidget(m_previewLabel, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top, 1);
    layout->addWidget(buttons);

    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(150); // coalesce a burst of changes into one render
    connect(m_previewTimer, &QTimer::timeout, this, &ExportDialog::renderPreview);
    connect(m_preset, &QComboBox::currentIndexChanged, this, [this] {
        const QSize size = m_preset->currentData().toSize();
        if (size.isValid()) {
            m_width->setValue(size.width());
            m_height->setValue(size.height());
        }
        syncControls();
    });
    for (QComboBox *box : {m_format, m_theme})
        connect(box, &QComboBox::currentIndexChanged, this, &ExportDialog::syncControls);
    for (QSpinBox *box : {m_width, m_height, m_scale})
        connect(box, &QSpinBox::valueChanged, this, &ExportDialog::syncControls);
    for (QCheckBox *box : {m_transparent, m_title, m_subtitle, m_source, m_selection})
        connect(box, &QCheckBox::toggled, this, &ExportDialog::syncControls);
    for (QCheckBox *box : std::as_const(m_formats))
        connect(box, &QCheckBox::toggled, this, &ExportDialog::syncControls);

    m_preset->setCurrentIndex(0);
    m_width->setValue(sizePresets().constFirst().size.width());
    m_height->setValue(sizePresets().constFirst().size.height());
    syncControls();
}

QList<ChartFormat> ExportDialog::formats() const
{
    QList<ChartFormat> ticked;
    for (int i = 0; i < m_formats.size(); ++i)
        if (m_formats.at(i)->isChecked())
            ticked.append(*chartFormatFromName(m_format->itemData(i).toString()));
    return ticked;
}

ChartExportOptions ExportDialog::options() const
{
    ChartExportOptions o;
    o.format = chartFormatFromName(m_format->currentData().toString()).value_or(ChartFormat::Png);
    if (m_mode == Mode::Batch) // PNG's own settings count when PNG is among the formats
        o.format = formats().value(0, ChartFormat::Svg);
    o.size = QSize(m_width->value(), m_height->value());
    o.scale = o.format == ChartFormat::Png ? m_scale->value() : 1;
    o.theme = m_theme->currentData().toString();
    o.transparent = o.format == ChartFormat::Png && m_transparent->isChecked();
    o.showTitle = m_title->isChecked();
    o.showSubtitle = m_subtitle->isChecked();
    o.showSource = m_source->isChecked();
    o.keepSelection = m_selection->isChecked();
    return o;
}

void ExportDialog::setOptions(const ChartExportOptions &o)
{
    m_format->setCurrentIndex(m_format->findData(chartFormatSuffix(o.format)));
    int preset = m_preset->count() - 1;
    for (int i = 0; i < m_preset->count() - 1; ++i)
        if (m_preset->itemData(i).toSize() == o.size)
            preset = i;
    m_preset->setCurrentIndex(preset);
    m_width->setValue(o.size.width());
    m_height->setValue(o.size.height());
    m_scale->setValue(o.scale);
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(o.theme)));
    m_transparent->setChecked(o.transparent);
    m_title->setChecked(o.showTitle);
    m_subtitle->setChecked(o.showSubtitle);
    m_source->setChecked(o.showSource);
    m_selection->setChecked(o.keepSelection);
    syncControls();
}

void ExportDialog::syncControls()
{
    const ChartExportOptions o = options();
    const bool png = o.format == ChartFormat::Png;
    m_scale->setEnabled(png);
    m_transparent->setEnabled(png);
    const bool custom = !m_preset->currentData().toSize().isValid();
    m_width->setEnabled(custom);
    m_height->setEnabled(custom);
    m_sizeLabel->setText(png
            ? tr("%1 × %2 pixels").arg(o.size.width() * o.scale).arg(o.size.height() * o.scale)
            : tr("vector, %1 × %2 units").arg(o.size.width()).arg(o.size.height()));
    m_exportButton->setEnabled(m_mode == Mode::Single || !formats().isEmpty());
    schedulePreview();
}

void ExportDialog::schedulePreview()
{
    m_previewTimer->start();
}

void ExportDialog::renderPreview()
{
    // The preview is the export itself at scale 1, shrunk to fit: same layout, same text sizes.
    ChartExportOptions o = options();
    o.format = ChartFormat::Png;
    o.scale = 1;
    m_preview = QImage::fromData(renderView(m_view, o), "PNG");
    QPixmap shown = QPixmap::fromImage(m_preview).scaled(
        m_previewLabel->size() - QSize(8, 8), Qt::KeepAspectRatio, Qt::SmoothTransformation);
    m_previewLabel->setPixmap(shown);
}

} // namespace TrendScope
