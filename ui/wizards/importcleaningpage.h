#pragma once

#include "importing/importer.h"

#include <QWizardPage>

class PreviewRunner;
class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;

/**
 * Import wizard, step 4: cleaning options (duplicates, returns, lines without
 * a customer, date order). Asks for the date order when the preview's dates
 * fit both day/month and month/day.
 */
class ImportCleaningPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportCleaningPage(QWidget *parent = nullptr);

    void applyTo(ImportOptions &options) const;

    void initializePage() override;
    void cleanupPage() override;

private:
    void onPreviewReady(const ImportPreview &preview);
    void updateDateNote();

    PreviewRunner *m_runner;
    QCheckBox *m_dropDuplicatesCheck;
    QGroupBox *m_ordersBox;
    QComboBox *m_returnsCombo;
    QComboBox *m_anonymousCombo;
    QGroupBox *m_datesBox;
    QComboBox *m_dateOrderCombo;
    QLabel *m_detectedDatesLabel;
    QLabel *m_dateNote;
    DateColumnGuess m_dates;
    bool m_datesKnown = false;
};
