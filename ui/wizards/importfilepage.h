#pragma once

#include "importing/importoptions.h"

#include <QWizardPage>

class QComboBox;
class QLabel;
class QLineEdit;

/** Import wizard, step 1: the file and what it holds (the import kind). */
class ImportFilePage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportFilePage(QWidget *parent = nullptr);

    void setFilePath(const QString &path);
    QString filePath() const;
    ImportKind kind() const;
    /** Writes the path and kind into @p options. */
    void applyTo(ImportOptions &options) const;

    bool isComplete() const override;
    bool validatePage() override;

private:
    void browse();
    void showKindDescription();
    void showError(const QString &message);

    QLineEdit *m_pathEdit;
    QComboBox *m_kindCombo;
    QLabel *m_kindDescription;
    QLabel *m_fieldsLabel;
    QLabel *m_errorLabel;
};
