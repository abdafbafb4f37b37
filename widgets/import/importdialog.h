#pragma once

#include "importplan.h"

#include <QDialog>
#include <QHash>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;
class QTimer;

namespace TrendScope {

class EditController;
class ImportMappingTable;
class ImportPreviewJob;
class ImportPreviewModel;

// File → Import…: a CSV, TSV or JSON file into one table of one edition (issue 15). The
// person picks the file, the table and the edition (or names a new one), checks how the
// file's columns map to fields, and reads the preview of every record (new, changed,
// unchanged, refused with its reason) before anything is written. Import applies the plan
// through the edit controller: one transaction, one undo step, audited with the file's name
// and SHA-256. The preview runs off the window's thread and can be cancelled.
class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ImportDialog(EditController *controller, QWidget *parent = nullptr);
    ~ImportDialog() override;

    // Reads `path` and previews it; a file that cannot be read is said in the dialog.
    void setFile(const QString &path);
    // Mappings remembered per file layout (ImportMapping::layoutKey → toString()), kept by
    // the caller between sessions; a file of a known layout opens with its mapping.
    void setRememberedMappings(const QHash<QString, QString> &mappings);
    QHash<QString, QString> rememberedMappings() const { return m_remembered; }
    // The folder the file chooser opens in.
    void setStartFolder(const QString &folder) { m_startFolder = folder; }
    QString fileFolder() const;

    // What the last preview or import said (for the status bar and tests).
    QString summary() const;
    const ImportPreviewModel *previewModel() const { return m_model; }
    bool isPreviewRunning() const;

signals:
    // A plan was applied; `summary` says what was written.
    void imported(const QString &summary);

private:
    void chooseFile();
    void fillEditions();
    void tableChanged();
    void showMapping(const ImportMapping &mapping);
    void schedulePreview();
    void startPreview();
    void previewFinished(const std::optional<ImportPlan> &plan, const QString &error);
    void cancelPreview();
    void updateImportButton();
    void applyImport();
    void say(const QString &text, bool problem);
    ImportOptions options() const;

    EditController *m_controller;
    QLineEdit *m_path;
    QPushButton *m_choose;
    QLabel *m_fileInfo;
    QComboBox *m_table;
    QComboBox *m_edition;
    QLineEdit *m_newLabel;
    QCheckBox *m_createMissing;
    ImportMappingTable *m_mapping;
    QTableView *m_preview;
    ImportPreviewModel *m_model;
    QLabel *m_summary;
    QProgressBar *m_progress;
    QPushButton *m_cancelPreview;
    QCheckBox *m_skipRefused;
    QDialogButtonBox *m_buttons;
    QPushButton *m_import;
    QTimer *m_debounce;

    std::optional<ImportFile> m_file;
    std::optional<ImportPlan> m_plan;
    QPointer<ImportPreviewJob> m_job;
    QHash<QString, QString> m_remembered;
    QString m_startFolder;
};

} // namespace TrendScope
