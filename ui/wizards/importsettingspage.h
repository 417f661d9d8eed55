#pragma once

#include "importing/importer.h"

#include <QWizardPage>

class PreviewModel;
class PreviewRunner;
class QCheckBox;
class QComboBox;
class QLabel;
class QStackedWidget;
class QTableView;

/**
 * Import wizard, step 2: how the file is read (encoding, delimiter, header row,
 * XLSX sheet), with a live preview of the first rows that is re-read in the
 * background whenever a setting changes.
 */
class ImportSettingsPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportSettingsPage(QWidget *parent = nullptr);

    /** Writes the reading settings into @p options ("" / -1 where the user left Detect). */
    void applyTo(ImportOptions &options) const;
    /** The newest successful preview. */
    const ImportPreview &preview() const { return m_preview; }

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

private:
    void refresh();
    void onPreviewReady(const ImportPreview &preview, const QStringList &sheets);
    void onPreviewFailed(const QString &error);
    void updateHeaderText();
    QString describe(const DetectedSettings &settings) const;

    PreviewRunner *m_runner;
    PreviewModel *m_model;
    QComboBox *m_encodingCombo;
    QComboBox *m_delimiterCombo;
    QCheckBox *m_headerCheck;
    QLabel *m_sheetLabel;
    QComboBox *m_sheetCombo;
    QLabel *m_detectedLabel;
    QStackedWidget *m_stack;
    QTableView *m_table;
    QLabel *m_errorLabel;

    ImportPreview m_preview;
    QString m_path;
    bool m_previewOk = false;
};
