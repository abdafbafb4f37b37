#include "importdialog.h"

#include "database.h"
#include "editcontroller.h"
#include "editsession.h"
#include "editwording.h"
#include "importmappingtable.h"
#include "importpreviewjob.h"
#include "importpreviewmodel.h"
#include "queries.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace TrendScope {

ImportDialog::ImportDialog(EditController *controller, QWidget *parent)
    : QDialog(parent)
    , m_controller(controller)
    , m_path(new QLineEdit(this))
    , m_choose(new QPushButton(tr("&Browse…"), this))
    , m_fileInfo(new QLabel(this))
    , m_table(new QComboBox(this))
    , m_edition(new QComboBox(this))
    , m_newLabel(new QLineEdit(this))
    , m_createMissing(new QCheckBox(
          tr("&Make the models, organizations and snapshots the file names but the dataset "
             "lacks"),
          this))
    , m_mapping(new ImportMappingTable(this))
    , m_preview(new QTableView(this))
    , m_model(new ImportPreviewModel(this))
    , m_summary(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancelPreview(new QPushButton(tr("Cancel Preview"), this))
    , m_skipRefused(new QCheckBox(tr("Import the other rows and leave the refused ones out"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
    , m_import(m_buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole))
    , m_debounce(new QTimer(this))
{
    setWindowTitle(tr("Import Rows from a File"));
    setObjectName(QStringLiteral("import-dialog"));
    m_path->setObjectName(QStringLiteral("import-path"));
    m_path->setPlaceholderText(tr("A CSV, TSV or JSON file: type its path and press Enter, or "
                                  "choose it"));
    m_table->setObjectName(QStringLiteral("import-table"));
    m_edition->setObjectName(QStringLiteral("import-edition"));
    m_newLabel->setObjectName(QStringLiteral("import-new-edition"));
    m_newLabel->setPlaceholderText(tr("Label of the new edition, e.g. 2025"));
    m_createMissing->setObjectName(QStringLiteral("import-create-missing"));
    m_skipRefused->setObjectName(QStringLiteral("import-skip-refused"));
    m_summary->setObjectName(QStringLiteral("import-summary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fileInfo->setWordWrap(true);
    m_import->setObjectName(QStringLiteral("import-apply"));
    m_preview->setObjectName(QStringLiteral("import-preview"));
    m_preview->setModel(m_model);
    m_preview->verticalHeader()->hide();
    m_preview->horizontalHeader()->setStretchLastSection(true);
    m_preview->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_preview->setWordWrap(false);
    m_progress->hide();
    m_cancelPreview->hide();
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(150);

    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_path);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(m_choose);
    auto *form = new QFormLayout;
    form->addRow(fileLabel, fileRow);
    form->addRow(QString(), m_fileInfo);
    form->addRow(tr("&Table:"), m_table);
    auto *editionRow = new QHBoxLayout;
    editionRow->addWidget(m_edition, 1);
    editionRow->addWidget(m_newLabel, 1);
    auto *editionLabel = new QLabel(tr("&Edition:"), this);
    editionLabel->setBuddy(m_edition);
    form->addRow(editionLabel, editionRow);
    form->addRow(QString(), m_createMissing);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_mapping);
    splitter->addWidget(m_preview);
    splitter->setStretchFactor(1, 2);
    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancelPreview);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(splitter, 1);
    layout->addLayout(progressRow);
    layout->addWidget(m_summary);
    layout->addWidget(m_skipRefused);
    layout->addWidget(m_buttons);
    resize(900, 640);

    const EditSession *session = m_controller->session();
    if (session)
        for (const QString &name : ImportPlanner::importableTables(session->schema()))
            m_table->addItem(EditWording::tableLabel(*session->schema().table(name)), name);
    m_table->setCurrentIndex(std::max(0, m_table->findData(QStringLiteral("leaderboard_entry"))));
    fillEditions();

    connect(m_choose, &QPushButton::clicked, this, &ImportDialog::chooseFile);
    connect(m_path, &QLineEdit::returnPressed, this, [this] {
        if (!m_path->text().trimmed().isEmpty())
            setFile(QDir::fromNativeSeparators(m_path->text().trimmed()));
    });
    connect(m_table, &QComboBox::currentIndexChanged, this, &ImportDialog::tableChanged);
    connect(m_edition, &QComboBox::currentIndexChanged, this, [this] {
        m_newLabel->setVisible(m_edition->currentData().toLongLong() < 0);
        schedulePreview();
    });
    connect(m_newLabel, &QLineEdit::textChanged, this, &ImportDialog::schedulePreview);
    connect(m_createMissing, &QCheckBox::toggled, this, &ImportDialog::schedulePreview);
    connect(m_mapping, &ImportMappingTable::mappingChanged, this, &ImportDialog::schedulePreview);
    connect(m_skipRefused, &QCheckBox::toggled, this, &ImportDialog::updateImportButton);
    connect(m_debounce, &QTimer::timeout, this, &ImportDialog::startPreview);
    connect(m_cancelPreview, &QPushButton::clicked, this, &ImportDialog::cancelPreview);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_import, &QPushButton::clicked, this, &ImportDialog::applyImport);
    m_newLabel->setVisible(m_edition->currentData().toLongLong() < 0);
    if (!session)
        say(m_controller->disabledReason(), true);
    else
        say(tr("Choose a CSV, TSV or JSON file. Nothing is written until you choose Import."),
            false);
    updateImportButton();
}

ImportDialog::~ImportDialog()
{
    cancelPreview();
}

void ImportDialog::fillEditions()
{
    m_edition->clear();
    const EditSession *session = m_controller->session();
    if (!session)
        return;
    const QList<SourceInfo> sources = Queries(session->database()).sources();
    for (const EditionInfo &e : allEditions(sources))
        m_edition->addItem(tr("%1 · %2").arg(e.sourceCode, e.label), e.id);
    for (const SourceInfo &s : sources)
        if (!s.editions.isEmpty())
            m_edition->addItem(tr("New edition of %1…").arg(s.code), -s.editions.first().sourceId);
    m_edition->setCurrentIndex(m_edition->count() > 0 ? 0 : -1);
}

QString ImportDialog::fileFolder() const
{
    return m_file ? QFileInfo(m_file->path).absolutePath() : m_startFolder;
}

QString ImportDialog::summary() const
{
    return m_summary->text();
}

bool ImportDialog::isPreviewRunning() const
{
    return m_job && m_job->isRunning();
}

void ImportDialog::say(const QString &text, bool problem)
{
    m_summary->setText(text);
    m_summary->setStyleSheet(problem ? QStringLiteral("color: #b01c1c;") : QString());
}

void ImportDialog::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Rows from a File"),
        fileFolder(), tr("Data files (*.csv *.tsv *.tab *.json);;All files (*)"));
    if (!path.isEmpty())
        setFile(path);
}

void ImportDialog::setFile(const QString &path)
{
    cancelPreview();
    m_plan.reset();
    m_model->clear();
    m_path->setText(QDir::toNativeSeparators(path));
    QString error;
    m_file = ImportReader::read(path, &error);
    if (!m_file) {
        m_fileInfo->clear();
        m_mapping->clearMapping();
        say(error, true);
        updateImportButton();
        return;
    }
    m_fileInfo->setText(tr("%1, %2, %n row(s), %3 column(s)", nullptr, int(m_file->records.size()))
                            .arg(ImportFile::formatName(m_file->format), m_file->encoding)
                            .arg(m_file->headers.size()));
    const auto remembered = ImportMapping::fromString(
        m_remembered.value(ImportMapping::layoutKey(m_file->headers)), int(m_file->headers.size()));
    if (remembered && m_table->findData(remembered->table) >= 0) {
        const QSignalBlocker block(m_table);
        m_table->setCurrentIndex(m_table->findData(remembered->table));
        showMapping(*remembered);
    } else {
        tableChanged();
    }
}

void ImportDialog::setRememberedMappings(const QHash<QString, QString> &mappings)
{
    m_remembered = mappings;
}

void ImportDialog::tableChanged()
{
    const EditSession *session = m_controller->session();
    if (!m_file || !session)
        return;
    const TableInfo *table = session->schema().table(m_table->currentData().toString());
    if (table)
        showMapping(ImportMapping::guess(session->schema(), *table, m_file->headers));
}

void ImportDialog::showMapping(const ImportMapping &mapping)
{
    const EditSession *session = m_controller->session();
    const TableInfo *table = session ? session->schema().table(mapping.table) : nullptr;
    if (!m_file || !table)
        return;
    m_mapping->setMapping(session->schema(), *table, *m_file, mapping);
    schedulePreview();
}

ImportOptions ImportDialog::options() const
{
    ImportOptions options;
    const qint64 edition = m_edition->currentData().toLongLong();
    if (edition > 0) {
        options.editionId = edition;
    } else {
        options.sourceId = -edition;
        options.newEditionLabel = m_newLabel->text().trimmed();
    }
    options.createMissing = m_createMissing->isChecked();
    return options;
}

void ImportDialog::schedulePreview()
{
    m_plan.reset();
    updateImportButton();
    m_debounce->start();
}

void ImportDialog::startPreview()
{
    cancelPreview();
    const EditSession *session = m_controller->session();
    if (!m_file || !session)
        return;
    const ImportMapping mapping = m_mapping->mapping();
    // A mapping without a table is refused by the plan, in its own words.
    const TableInfo *table = session->schema().table(mapping.table);
    if (auto problem
        = table ? mapping.problem(session->schema(), *table, m_file->headers) : std::nullopt) {
        m_model->clear();
        say(*problem, true);
        return;
    }
    if (options().editionId == 0 && options().newEditionLabel.isEmpty()) {
        m_model->clear();
        say(tr("Type the new edition's label (e.g. 2025) to see the preview."), false);
        return;
    }
    const QString path = session->database().path();
    if (path == QLatin1String(":memory:")) {
        // A dataset in memory has no file a second connection could read: plan here.
        QString error;
        previewFinished(ImportPlanner::build(session->database(), session->schema(), *m_file,
                            mapping, options(), &error),
            error);
        return;
    }
    m_job = new ImportPreviewJob(path, *m_file, mapping, options(), this);
    connect(m_job, &ImportPreviewJob::progress, this, [this](int done, int total) {
        m_progress->setRange(0, std::max(total, 1));
        m_progress->setValue(done);
    });
    connect(m_job, &ImportPreviewJob::finished, this, &ImportDialog::previewFinished);
    m_progress->setValue(0);
    m_progress->show();
    m_cancelPreview->show();
    say(tr("Checking every row…"), false);
    m_job->start();
}

void ImportDialog::cancelPreview()
{
    if (!m_job)
        return;
    m_job->disconnect(this);
    m_job->cancel();
    m_job->deleteLater();
    m_job = nullptr;
    m_progress->hide();
    m_cancelPreview->hide();
    if (!m_plan)
        say(tr("The preview was cancelled; nothing was imported."), false);
}

void ImportDialog::previewFinished(const std::optional<ImportPlan> &plan, const QString &error)
{
    if (m_job) {
        m_job->deleteLater();
        m_job = nullptr;
    }
    m_progress->hide();
    m_cancelPreview->hide();
    m_plan = plan;
    if (!plan) {
        m_model->clear();
        say(error, true);
    } else {
        const EditSession *session = m_controller->session();
        const TableInfo *table = session ? session->schema().table(plan->table) : nullptr;
        m_model->setPlan(*plan, table ? *table : TableInfo());
        m_preview->resizeColumnsToContents();
        say(tr("Preview: %1. Nothing is written until you choose Import.").arg(plan->summary()),
            plan->hasRefused());
    }
    updateImportButton();
}

void ImportDialog::updateImportButton()
{
    const bool canWrite = m_plan
        && m_plan->count(ImportRow::Kind::New) + m_plan->count(ImportRow::Kind::Changed) > 0;
    m_skipRefused->setVisible(m_plan && m_plan->hasRefused());
    m_import->setEnabled(m_controller->canEdit() && canWrite
        && (!m_plan->hasRefused() || m_skipRefused->isChecked()));
}

void ImportDialog::applyImport()
{
    if (!m_plan || !m_import->isEnabled())
        return;
    if (auto changed = m_plan->fileChanged()) {
        say(*changed, true);
        m_plan.reset();
        updateImportButton();
        return;
    }
    // One transaction: it cannot report progress, so the dialog says what it is doing and
    // the cursor waits (100,000 rows take a few seconds, see PERFORMANCE.md).
    const Edit edit = m_plan->toEdit();
    say(tr("Writing %n change(s) in one transaction…", nullptr, int(edit.ops.size())), false);
    m_summary->repaint();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto error = m_controller->submit(edit);
    QApplication::restoreOverrideCursor();
    if (error) {
        say(tr("Nothing was imported: %1").arg(error->message), true);
        return;
    }
    m_remembered.insert(ImportMapping::layoutKey(m_file->headers), m_mapping->mapping().toString());
    const QString done = tr("Imported from %1: %2.").arg(m_plan->fileName, m_plan->summary());
    say(done, false);
    emit imported(done);
    accept();
}

} // namespace TrendScope
