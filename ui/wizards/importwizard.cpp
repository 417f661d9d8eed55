#include "importwizard.h"

#include "importcleaningpage.h"
#include "importfilepage.h"
#include "importmappingpage.h"
#include "importrunpage.h"
#include "importsettingspage.h"
#include "importsummarypage.h"

ImportWizard::ImportWizard(const QString &projectPath, QWidget *parent)
    : QWizard(parent)
    , m_projectPath(projectPath)
    , m_filePage(new ImportFilePage(this))
    , m_settingsPage(new ImportSettingsPage(this))
    , m_mappingPage(new ImportMappingPage(this))
    , m_cleaningPage(new ImportCleaningPage(this))
    , m_runPage(new ImportRunPage(this))
    , m_summaryPage(new ImportSummaryPage(this))
{
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("Import Data"));
    setWizardStyle(QWizard::ClassicStyle);
    setOptions(QWizard::NoBackButtonOnStartPage | QWizard::NoBackButtonOnLastPage | QWizard::NoCancelButtonOnLastPage);
    setMinimumSize(900, 640);
    resize(960, 700);

    setPage(FilePageId, m_filePage);
    setPage(SettingsPageId, m_settingsPage);
    setPage(MappingPageId, m_mappingPage);
    setPage(CleaningPageId, m_cleaningPage);
    setPage(RunPageId, m_runPage);
    setPage(SummaryPageId, m_summaryPage);
    setStartId(FilePageId);
}

ImportWizard::~ImportWizard()
{
    // The pages are destroyed after this body; stop the import first so its
    // finished() never reaches a half-destroyed wizard.
    m_runPage->cancelAndWait();
}

void ImportWizard::setFile(const QString &path)
{
    m_filePage->setFilePath(path);
}

ImportOptions ImportWizard::options(int lastPage) const
{
    ImportOptions options;
    m_filePage->applyTo(options);
    if (lastPage >= SettingsPageId)
        m_settingsPage->applyTo(options);
    if (lastPage >= MappingPageId)
        m_mappingPage->applyTo(options);
    if (lastPage >= CleaningPageId)
        m_cleaningPage->applyTo(options);
    return options;
}

const ImportPreview &ImportWizard::settingsPreview() const
{
    return m_settingsPage->preview();
}

void ImportWizard::setResult(const ImportResult &result)
{
    m_result = result;
    if (result.isOk())
        emit importCompleted(m_result);
}

void ImportWizard::reject()
{
    m_runPage->cancelAndWait();
    QWizard::reject();
}
