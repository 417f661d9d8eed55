#pragma once

#include "importing/importer.h"

#include <QList>
#include <QWizardPage>

class PreviewRunner;
class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;

/**
 * Import wizard, step 3: which column of the file fills which field.
 *
 * One combo box per target field of the import kind, filled from the
 * automatic mapping; beside it sample values and a type check over the
 * preview rows, recomputed in the background when the mapping changes.
 * Next stays disabled while a required field has no column.
 */
class ImportMappingPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportMappingPage(QWidget *parent = nullptr);

    /** Writes the user's changes to the automatic mapping (and the experiment name) into @p options. */
    void applyTo(ImportOptions &options) const;
    /** Labels of required fields that have no column yet. */
    QStringList missingRequired() const;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

private:
    struct FieldRow
    {
        TargetField field;
        QComboBox *combo = nullptr;
        QLabel *samples = nullptr;
        QLabel *check = nullptr;
    };

    void rebuild(const ImportPreview &preview, ImportKind kind);
    void clearRows();
    void onMappingChanged(QComboBox *changed);
    void requestPreview();
    void onPreviewReady(const ImportPreview &preview);
    void onPreviewFailed(const QString &error);
    void updateDetails();
    void updateMissing();
    static int selectedColumn(const FieldRow &row);

    PreviewRunner *m_runner;
    QWidget *m_fieldsWidget;
    QGridLayout *m_grid;
    QLabel *m_missingLabel;
    QLabel *m_statusLabel;
    QLabel *m_experimentLabel;
    QLineEdit *m_experimentEdit;
    QList<FieldRow> m_rows;
    QList<QWidget *> m_rowWidgets;

    QString m_signature;
    QStringList m_header;
    QHash<QString, int> m_autoMapping;
    ImportPreview m_preview;
    bool m_previewFresh = false;
};
