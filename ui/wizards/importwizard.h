#pragma once

#include "importing/importer.h"
#include "importing/importoptions.h"

#include <QWizard>

class ImportCleaningPage;
class ImportFilePage;
class ImportMappingPage;
class ImportRunPage;
class ImportSettingsPage;
class ImportSummaryPage;

/**
 * Imports one file into a project, step by step: choose the file and what it
 * holds, check the detected reading settings on a live preview, map columns to
 * fields, choose cleaning options, run the import (with progress and cancel)
 * and read the summary.
 *
 * Previews and the import itself run in the background; the import opens its
 * own connection to the project at @p projectPath. Closing the wizard while an
 * import runs cancels it and waits (the core rolls the import back).
 */
class ImportWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { FilePageId, SettingsPageId, MappingPageId, CleaningPageId, RunPageId, SummaryPageId };

    explicit ImportWizard(const QString &projectPath, QWidget *parent = nullptr);
    ~ImportWizard() override;

    /** Starts on @p path (skips nothing; the file page shows it chosen). */
    void setFile(const QString &path);

    QString projectPath() const { return m_projectPath; }
    /** The options chosen on the pages up to and including @p lastPage. */
    ImportOptions options(int lastPage = SummaryPageId) const;
    /** The newest preview of the settings page (header, automatic mapping, first rows). */
    const ImportPreview &settingsPreview() const;
    /** The outcome of the last import run (status Error until one finished). */
    const ImportResult &importResult() const { return m_result; }
    /** Records the outcome of an import run; emits importCompleted() when it succeeded. */
    void setResult(const ImportResult &result);

    void reject() override;

signals:
    /** An import finished and committed (not emitted on cancel or error). */
    void importCompleted(const ImportResult &result);

private:
    QString m_projectPath;
    ImportFilePage *m_filePage;
    ImportSettingsPage *m_settingsPage;
    ImportMappingPage *m_mappingPage;
    ImportCleaningPage *m_cleaningPage;
    ImportRunPage *m_runPage;
    ImportSummaryPage *m_summaryPage;
    ImportResult m_result;
};
