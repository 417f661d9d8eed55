#include "campaignwizard.h"

#include "campaigns/campaignstore.h"
#include "jobs/promisereporter.h"
#include "models/campaignoffersmodel.h"
#include "project/project.h"
#include "project/rowsource.h"
#include "segments/segmentstore.h"
#include "widgets/campaignexportpanel.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QDoubleSpinBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWizardPage>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <utility>

/** A wizard page whose completeness, validation and set-up the wizard decides. */
class CampaignWizardPage : public QWizardPage
{
public:
    using QWizardPage::QWizardPage;

    std::function<bool()> complete;
    std::function<bool()> validate;
    std::function<void()> initialize;
    std::function<void()> cleanup;

    bool isComplete() const override { return complete ? complete() : QWizardPage::isComplete(); }
    bool validatePage() override { return validate ? validate() : true; }
    void initializePage() override
    {
        if (initialize)
            initialize();
    }
    void cleanupPage() override
    {
        if (cleanup)
            cleanup();
    }
    void notifyCompleteChanged() { emit completeChanged(); }
};

namespace {

/** Edits cells that offer choices (CampaignOffersModel::ChoicesRole) with a combo box. */
class ChoiceDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const QVariantList choices = index.data(CampaignOffersModel::ChoicesRole).toList();
        if (choices.isEmpty()) {
            QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
            if (auto *spin = qobject_cast<QDoubleSpinBox *>(editor)) {
                spin->setRange(0, 100);
                spin->setSuffix(QStringLiteral(" %"));
            }
            return editor;
        }
        auto *combo = new QComboBox(parent);
        combo->setEditable(index.data(CampaignOffersModel::FreeTextRole).toBool());
        for (const QVariant &choice : choices) {
            const QVariantMap map = choice.toMap();
            combo->addItem(map.value(QStringLiteral("label")).toString(), map.value(QStringLiteral("value")));
        }
        return combo;
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        if (auto *combo = qobject_cast<QComboBox *>(editor)) {
            const QVariant value = index.data(Qt::EditRole);
            const int at = combo->findData(value);
            if (at >= 0)
                combo->setCurrentIndex(at);
            else if (combo->isEditable())
                combo->setEditText(value.toString());
            return;
        }
        QStyledItemDelegate::setEditorData(editor, index);
    }
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        if (auto *combo = qobject_cast<QComboBox *>(editor)) {
            if (combo->isEditable()) {
                const int at = combo->findText(combo->currentText());
                model->setData(index, at >= 0 ? combo->itemData(at) : QVariant(combo->currentText()));
            } else {
                model->setData(index, combo->currentData());
            }
            return;
        }
        QStyledItemDelegate::setModelData(editor, model, index);
    }
};

QLabel *hintLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

const char *const kErrorStyle = "color: #b00020;";

} // namespace

CampaignWizard::CampaignWizard(const QString &projectPath, QWidget *parent)
    : QWizard(parent)
    , m_projectPath(projectPath)
{
    setWindowTitle(tr("New campaign"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    buildAudiencePage();
    buildOffersPage();
    buildMessagePage();
    buildSummaryPage();
    buildExportPage();
    resize(1060, 800);

    connect(&m_listsWatcher, &QFutureWatcherBase::finished, this, &CampaignWizard::onListsLoaded);
    m_listsWatcher.setFuture(QtConcurrent::run([path = m_projectPath] {
        ProjectLists lists;
        Project project;
        if (!project.open(path, Project::OpenMode::Reopen)) {
            lists.error = project.errorString();
            return lists;
        }
        Database &db = project.database();
        QString error;
        lists.segments = SegmentStore::list(db, &error);
        if (!error.isEmpty())
            lists.error = error;
        error.clear();
        lists.experiments = ExperimentStore::list(db, &error);
        error.clear();
        for (const CampaignInfo &campaign : CampaignStore::list(db, &error))
            lists.campaigns << campaign.name;
        lists.hasRecommendations =
            db.scalar(QStringLiteral("SELECT EXISTS(SELECT 1 FROM recommendations)")).value_or(0).toBool();
        return lists;
    }));
}

CampaignWizard::~CampaignWizard()
{
    m_buildWatcher.cancel();
    m_previewWatcher.waitForFinished();
    m_customersWatcher.waitForFinished();
    m_listsWatcher.waitForFinished();
    m_buildWatcher.waitForFinished();
}

bool CampaignWizard::isRunning() const
{
    return m_buildWatcher.isRunning() || m_exportPanel->isRunning();
}

void CampaignWizard::done(int result)
{
    if (m_buildWatcher.isRunning()) {
        m_buildWatcher.cancel();
        m_buildWatcher.waitForFinished();
    }
    if (m_exportPanel->isRunning()) {
        m_pendingDone = result; // closes once the export stopped
        m_exportPanel->cancelExport();
        return;
    }
    QWizard::done(result);
}

// ---------------------------------------------------------------------------------------------
// (1) Audience

void CampaignWizard::buildAudiencePage()
{
    m_audiencePage = new CampaignWizardPage(this);
    m_audiencePage->setTitle(tr("Audience"));
    m_audiencePage->setSubTitle(tr("Who the campaign is for, how it reaches them, and who is held back."));
    m_name = new QLineEdit(m_audiencePage);
    m_name->setObjectName(QStringLiteral("campaignNameEdit"));
    m_name->setPlaceholderText(tr("For example: Spring early access"));
    m_name->setMaxLength(80);
    m_fromSegment = new QRadioButton(tr("A saved &segment"), m_audiencePage);
    m_fromSegment->setObjectName(QStringLiteral("sourceSegmentRadio"));
    m_fromSegment->setChecked(true);
    m_fromArm = new QRadioButton(tr("An &experiment arm"), m_audiencePage);
    m_fromArm->setObjectName(QStringLiteral("sourceArmRadio"));
    m_segment = new QComboBox(m_audiencePage);
    m_segment->setObjectName(QStringLiteral("campaignSegmentCombo"));
    m_segment->setPlaceholderText(tr("Loading segments…"));
    m_segment->setMinimumContentsLength(30);
    m_arm = new QComboBox(m_audiencePage);
    m_arm->setObjectName(QStringLiteral("campaignArmCombo"));
    m_arm->setEnabled(false);
    m_arm->setMinimumContentsLength(30);
    m_channel = new QComboBox(m_audiencePage);
    m_channel->setObjectName(QStringLiteral("campaignChannelCombo"));
    m_channel->addItem(tr("Automatic (e-mail when the data has e-mail addresses)"), int(CampaignChannel::Auto));
    m_channel->addItem(tr("E-mail"), int(CampaignChannel::Email));
    m_channel->addItem(tr("SMS"), int(CampaignChannel::Sms));
    m_channel->addItem(tr("Ad audience (hashed e-mail or phone)"), int(CampaignChannel::Hashed));
    m_channel->addItem(tr("Export only (matched by customer id)"), int(CampaignChannel::ExportOnly));
    m_channel->setToolTip(tr("Customers without a contact for the channel are excluded; \"Export only\" excludes "
                             "nobody for lack of a contact."));
    m_holdout = new QSpinBox(m_audiencePage);
    m_holdout->setObjectName(QStringLiteral("campaignHoldoutSpin"));
    m_holdout->setRange(0, 90);
    m_holdout->setSuffix(tr(" %"));
    m_holdout->setSpecialValueText(tr("No holdout"));
    m_holdout->setMaximumWidth(160);
    m_holdout->setToolTip(tr("A random share of the audience that does not get the message, to measure the "
                             "campaign's real effect"));
    m_linkExperiment = new QCheckBox(tr("Create an experiment \"Campaign vs Holdout\" to measure the lift"),
                                     m_audiencePage);
    m_linkExperiment->setObjectName(QStringLiteral("campaignLinkExperimentCheck"));
    m_linkExperiment->setEnabled(false);
    m_frequencyCap = new QSpinBox(m_audiencePage);
    m_frequencyCap->setObjectName(QStringLiteral("campaignFrequencySpin"));
    m_frequencyCap->setRange(0, 365);
    m_frequencyCap->setSuffix(tr(" days"));
    m_frequencyCap->setSpecialValueText(tr("No cap"));
    m_frequencyCap->setMaximumWidth(160);
    m_frequencyCap->setToolTip(tr("Leave out customers who were sent another campaign in this many days"));
    m_audienceHint = hintLabel(m_audiencePage);
    m_audienceHint->setObjectName(QStringLiteral("audienceHint"));

    auto *sourceBox = new QGridLayout;
    sourceBox->addWidget(m_fromSegment, 0, 0);
    sourceBox->addWidget(m_segment, 0, 1);
    sourceBox->addWidget(m_fromArm, 1, 0);
    sourceBox->addWidget(m_arm, 1, 1);
    sourceBox->setColumnStretch(1, 1);
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("Audience:"), sourceBox);
    form->addRow(tr("&Channel:"), m_channel);
    form->addRow(tr("&Holdout:"), m_holdout);
    form->addRow(QString(), m_linkExperiment);
    form->addRow(tr("&Frequency cap:"), m_frequencyCap);
    auto *layout = new QVBoxLayout(m_audiencePage);
    layout->addLayout(form);
    layout->addSpacing(8);
    layout->addWidget(m_audienceHint);
    layout->addStretch();

    auto changed = [this] {
        updateAudienceHint();
        m_audiencePage->notifyCompleteChanged();
    };
    connect(m_name, &QLineEdit::textChanged, this, changed);
    connect(m_fromSegment, &QRadioButton::toggled, this, [this, changed](bool on) {
        m_segment->setEnabled(on);
        m_arm->setEnabled(!on);
        changed();
    });
    connect(m_segment, &QComboBox::currentIndexChanged, this, [this, changed] {
        if (!m_name->isModified() && m_segment->currentIndex() >= 0)
            m_name->setText(tr("%1 – %2").arg(SegmentStore::displayName(m_segment->currentData().toString()),
                                              QLocale().toString(QDate::currentDate(),
                                                                 tr("MMM yyyy", "month in the default campaign name"))));
        changed();
    });
    connect(m_arm, &QComboBox::currentIndexChanged, this, changed);
    connect(m_channel, &QComboBox::currentIndexChanged, this, changed);
    connect(m_holdout, &QSpinBox::valueChanged, this, [this, changed](int value) {
        m_linkExperiment->setEnabled(value > 0);
        if (value == 0)
            m_linkExperiment->setChecked(false);
        changed();
    });
    connect(m_frequencyCap, &QSpinBox::valueChanged, this, changed);
    m_audiencePage->complete = [this] { return isAudienceComplete(); };
    setPage(AudiencePageId, m_audiencePage);
    updateAudienceHint();
}

void CampaignWizard::onListsLoaded()
{
    m_lists = m_listsWatcher.result();
    m_loaded = true;
    if (!m_lists.error.isEmpty())
        QMessageBox::critical(this, tr("Cannot read the project"), m_lists.error);
    const QLocale locale;
    m_segment->clear();
    int largest = -1;
    qint64 largestSize = -1;
    for (const SegmentInfo &segment : m_lists.segments) {
        m_segment->addItem(tr("%1 — %2 customers").arg(SegmentStore::displayName(segment.name),
                                                         locale.toString(segment.size)),
                           segment.name);
        if (segment.size > largestSize) {
            largestSize = segment.size;
            largest = m_segment->count() - 1;
        }
    }
    m_segment->setPlaceholderText(tr("No saved segments"));
    const int champions = m_segment->findData(QStringLiteral("Champions"));
    m_segment->setCurrentIndex(champions >= 0 ? champions : largest);
    m_arm->clear();
    for (const ExperimentInfo &experiment : m_lists.experiments)
        for (const ExperimentArmInfo &arm : experiment.arms)
            m_arm->addItem(tr("%1 / %2 — %3 customers").arg(experiment.name, arm.name, locale.toString(arm.n)),
                           QStringList{experiment.name, arm.name});
    m_fromArm->setEnabled(m_arm->count() > 0);
    m_fromArm->setToolTip(m_arm->count() > 0 ? QString() : tr("The project has no experiments yet"));
    if (m_segment->count() == 0 && m_arm->count() > 0)
        m_fromArm->setChecked(true);
    QStringList segmentNames;
    for (const SegmentInfo &segment : m_lists.segments)
        segmentNames << segment.name;
    m_offersModel->setSegmentNames(segmentNames);
    updateRecommendationsHint();
    updateAudienceHint();
    m_audiencePage->notifyCompleteChanged();
}

bool CampaignWizard::isAudienceComplete() const
{
    if (!m_loaded)
        return false;
    const QString name = m_name->text().trimmed();
    if (name.isEmpty() || (m_lists.campaigns.contains(name) && name != m_builtName))
        return false;
    return m_fromSegment->isChecked() ? m_segment->currentIndex() >= 0 : m_arm->currentIndex() >= 0;
}

void CampaignWizard::updateAudienceHint()
{
    if (!m_loaded) {
        m_audienceHint->setText(tr("Loading the project's segments…"));
        return;
    }
    const QString name = m_name->text().trimmed();
    m_audienceHint->setStyleSheet(QString());
    if (m_segment->count() == 0 && m_arm->count() == 0) {
        m_audienceHint->setText(tr("The project has no saved segments or experiments. Build segments on the "
                                   "Segments page first."));
        return;
    }
    if (name.isEmpty()) {
        m_audienceHint->setText(tr("Give the campaign a name."));
        return;
    }
    if (m_lists.campaigns.contains(name) && name != m_builtName) {
        m_audienceHint->setStyleSheet(QLatin1String(kErrorStyle));
        m_audienceHint->setText(tr("A campaign named \"%1\" exists. Choose another name, or delete it on the "
                                   "Campaigns page.").arg(name));
        return;
    }
    QStringList parts;
    parts << tr("Opted-out customers, customers without a contact for the channel%1 are left out; the summary "
                "page counts each group before anything is exported.")
                 .arg(m_frequencyCap->value() > 0
                          ? tr(" and customers sent a campaign in the last %1 days").arg(m_frequencyCap->value())
                          : QString());
    if (m_holdout->value() > 0)
        parts << tr("%1 % of the remaining customers, chosen at random, are held out and get nothing.")
                     .arg(m_holdout->value());
    m_audienceHint->setText(parts.join(QLatin1Char(' ')));
}

// ---------------------------------------------------------------------------------------------
// (2) Offers

void CampaignWizard::buildOffersPage()
{
    m_offersPage = new CampaignWizardPage(this);
    m_offersPage->setTitle(tr("Offers"));
    m_offersPage->setSubTitle(tr("Rules decide each customer's offer; the first rule that matches wins. "
                                 "Double-click a cell to change it."));
    m_offersModel = new CampaignOffersModel(this);
    m_offersModel->setRules(OfferRules::defaultRules());
    m_offersTable = new QTableView(m_offersPage);
    m_offersTable->setObjectName(QStringLiteral("offerRulesTable"));
    m_offersTable->setModel(m_offersModel);
    m_offersTable->setItemDelegate(new ChoiceDelegate(m_offersTable));
    m_offersTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_offersTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_offersTable->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                                   | QAbstractItemView::SelectedClicked);
    m_offersTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_offersTable->horizontalHeader()->setSectionResizeMode(CampaignOffersModel::OfferColumn, QHeaderView::Stretch);
    m_offersTable->setColumnWidth(CampaignOffersModel::FieldColumn, 170);
    m_offersTable->setColumnWidth(CampaignOffersModel::OperatorColumn, 110);
    m_offersTable->setColumnWidth(CampaignOffersModel::ValueColumn, 150);
    m_offersTable->setColumnWidth(CampaignOffersModel::DiscountColumn, 80);
    m_offersTable->setColumnWidth(CampaignOffersModel::CouponColumn, 70);
    m_offersTable->setColumnWidth(CampaignOffersModel::PrefixColumn, 110);
    m_offersTable->verticalHeader()->setDefaultSectionSize(m_offersTable->fontMetrics().height() + 14);

    auto *add = new QPushButton(tr("&Add rule"), m_offersPage);
    add->setObjectName(QStringLiteral("addOfferRuleButton"));
    add->setToolTip(tr("Add a rule above the selected one"));
    auto *remove = new QPushButton(tr("&Remove"), m_offersPage);
    remove->setObjectName(QStringLiteral("removeOfferRuleButton"));
    auto *up = new QPushButton(tr("Move &up"), m_offersPage);
    up->setObjectName(QStringLiteral("moveOfferRuleUpButton"));
    auto *down = new QPushButton(tr("Move &down"), m_offersPage);
    down->setObjectName(QStringLiteral("moveOfferRuleDownButton"));
    auto *reset = new QPushButton(tr("Default rules"), m_offersPage);
    reset->setToolTip(tr("Champions get early access, At Risk customers 15% off with a coupon, everyone else "
                         "free shipping"));
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addWidget(up);
    buttons->addWidget(down);
    buttons->addSpacing(12);
    buttons->addWidget(reset);
    buttons->addStretch();

    m_budget = new QDoubleSpinBox(m_offersPage);
    m_budget->setObjectName(QStringLiteral("offerBudgetSpin"));
    m_budget->setRange(0, 1e9);
    m_budget->setDecimals(0);
    m_budget->setSingleStep(100);
    m_budget->setSpecialValueText(tr("No cap"));
    m_budget->setMaximumWidth(200);
    m_budget->setToolTip(tr("Cap on the total estimated discount (discount % × the customer's average order). "
                            "Customers over the cap fall through to the next rule without a coupon."));
    m_recommendations = new QCheckBox(tr("Include each customer's top 3 recommended products"), m_offersPage);
    m_recommendations->setObjectName(QStringLiteral("includeRecommendationsCheck"));
    m_recommendations->setChecked(true);
    m_recommendationsHint = hintLabel(m_offersPage);
    m_recommendationsHint->setObjectName(QStringLiteral("recommendationsHint"));
    m_offersError = new QLabel(m_offersPage);
    m_offersError->setObjectName(QStringLiteral("offersError"));
    m_offersError->setStyleSheet(QLatin1String(kErrorStyle));
    m_offersError->setWordWrap(true);

    auto *tableRow = new QHBoxLayout;
    tableRow->addWidget(m_offersTable, 1);
    tableRow->addLayout(buttons);
    auto *form = new QFormLayout;
    form->addRow(tr("&Budget cap:"), m_budget);
    form->addRow(QString(), m_recommendations);
    form->addRow(QString(), m_recommendationsHint);
    auto *layout = new QVBoxLayout(m_offersPage);
    layout->addLayout(tableRow, 1);
    layout->addWidget(m_offersError);
    layout->addLayout(form);

    auto selectedRow = [this] {
        const QModelIndexList rows = m_offersTable->selectionModel()->selectedRows();
        return rows.isEmpty() ? -1 : rows.first().row();
    };
    auto updateButtons = [this, selectedRow, remove, up, down] {
        const int row = selectedRow();
        remove->setEnabled(row >= 0);
        up->setEnabled(row > 0);
        down->setEnabled(row >= 0 && row < m_offersModel->rowCount() - 1);
        m_offersError->setText(m_offersModel->validationError());
        m_offersError->setVisible(!m_offersError->text().isEmpty());
        m_offersPage->notifyCompleteChanged();
    };
    connect(add, &QPushButton::clicked, this, [this, selectedRow] {
        const int row = m_offersModel->insertRule(selectedRow() >= 0 ? selectedRow() : m_offersModel->rowCount());
        m_offersTable->selectRow(row);
    });
    connect(remove, &QPushButton::clicked, this, [this, selectedRow] { m_offersModel->removeRule(selectedRow()); });
    connect(up, &QPushButton::clicked, this, [this, selectedRow] {
        m_offersTable->selectRow(m_offersModel->moveRule(selectedRow(), -1));
    });
    connect(down, &QPushButton::clicked, this, [this, selectedRow] {
        m_offersTable->selectRow(m_offersModel->moveRule(selectedRow(), +1));
    });
    connect(reset, &QPushButton::clicked, this, [this] { m_offersModel->setRules(OfferRules::defaultRules()); });
    connect(m_offersTable->selectionModel(), &QItemSelectionModel::selectionChanged, this, updateButtons);
    connect(m_offersModel, &QAbstractItemModel::dataChanged, this, updateButtons);
    connect(m_offersModel, &QAbstractItemModel::rowsInserted, this, updateButtons);
    connect(m_offersModel, &QAbstractItemModel::rowsRemoved, this, updateButtons);
    connect(m_offersModel, &QAbstractItemModel::rowsMoved, this, updateButtons);
    connect(m_offersModel, &QAbstractItemModel::modelReset, this, updateButtons);
    m_offersPage->complete = [this] { return m_offersModel->validationError().isEmpty(); };
    setPage(OffersPageId, m_offersPage);
    updateButtons();
    updateRecommendationsHint();
}

void CampaignWizard::updateRecommendationsHint()
{
    if (!m_loaded) {
        m_recommendationsHint->clear();
        return;
    }
    if (m_lists.hasRecommendations) {
        m_recommendations->setEnabled(true);
        m_recommendationsHint->setText(tr("Recommended products fill {{rec1.name}} … {{rec3.sku}} in the message "
                                          "and the export."));
    } else {
        m_recommendations->setChecked(false);
        m_recommendations->setEnabled(false);
        m_recommendationsHint->setText(tr("No recommendations are stored in this project yet. Generate them on the "
                                          "Recommendations page first; until then {{rec1.name}} … {{rec3.sku}} "
                                          "stay empty."));
    }
}

// ---------------------------------------------------------------------------------------------
// (3) Message

void CampaignWizard::buildMessagePage()
{
    m_messagePage = new CampaignWizardPage(this);
    m_messagePage->setTitle(tr("Message"));
    m_messagePage->setSubTitle(tr("Subject and body per language. Insert fields from the palette; "
                                  "{{first_name|there}} renders \"there\" when the first name is missing."));
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_templateTabs = new QTabWidget(m_messagePage);
    m_templateTabs->setObjectName(QStringLiteral("templateTabs"));
    const QList<QPair<QString, QString>> languages = {{QStringLiteral("en"), tr("English")},
                                                      {QStringLiteral("zh_CN"), QStringLiteral("简体中文")}};
    for (const auto &[language, label] : languages) {
        LanguageEditors editors;
        editors.language = language;
        auto *tab = new QWidget(m_templateTabs);
        editors.subject = new QLineEdit(tab);
        editors.subject->setObjectName(QStringLiteral("subjectEdit_") + language);
        editors.subject->setFont(mono);
        editors.body = new QPlainTextEdit(tab);
        editors.body->setObjectName(QStringLiteral("bodyEdit_") + language);
        editors.body->setFont(mono);
        editors.body->setTabChangesFocus(true);
        editors.error = new QLabel(tab);
        editors.error->setObjectName(QStringLiteral("templateError_") + language);
        editors.error->setStyleSheet(QLatin1String(kErrorStyle));
        editors.error->setWordWrap(true);
        const CampaignTemplates defaults = CampaignBuilder::defaultTemplates(language);
        editors.subject->setText(defaults.subject);
        editors.body->setPlainText(defaults.body);
        auto *form = new QFormLayout(tab);
        form->addRow(tr("&Subject:"), editors.subject);
        form->addRow(tr("&Body:"), editors.body);
        form->addRow(QString(), editors.error);
        m_templateTabs->addTab(tab, label);
        m_editors.append(editors);
        connect(editors.subject, &QLineEdit::textChanged, this, &CampaignWizard::checkTemplates);
        connect(editors.body, &QPlainTextEdit::textChanged, this, &CampaignWizard::checkTemplates);
    }
    m_languageMode = new QComboBox(m_messagePage);
    m_languageMode->setObjectName(QStringLiteral("templateLanguageCombo"));
    m_languageMode->addItem(tr("By country (China, Taiwan, Hong Kong, Singapore get 简体中文)"),
                            QStringLiteral("auto"));
    m_languageMode->addItem(tr("Everyone gets English"), QStringLiteral("en"));
    m_languageMode->addItem(tr("Everyone gets 简体中文"), QStringLiteral("zh_CN"));

    m_palette = new QListWidget(m_messagePage);
    m_palette->setObjectName(QStringLiteral("fieldPalette"));
    m_palette->setFont(mono);
    m_palette->setToolTip(tr("Double-click a field to insert it where the cursor is"));
    for (const QString &field : MessageTemplate::fieldNames()) {
        QString token = QStringLiteral("{{%1}}").arg(field);
        if (field == QLatin1String("first_name"))
            token = QStringLiteral("{{first_name|there}}");
        auto *item = new QListWidgetItem(token, m_palette);
        item->setData(Qt::UserRole, token);
    }
    auto *ifItem = new QListWidgetItem(QStringLiteral("{% if coupon %}…{% endif %}"), m_palette);
    ifItem->setData(Qt::UserRole, QStringLiteral("{% if coupon %}Use code {{coupon}}.{% endif %}"));
    ifItem->setToolTip(tr("Text shown only when the customer has a coupon"));
    auto *insert = new QPushButton(tr("&Insert field"), m_messagePage);
    insert->setObjectName(QStringLiteral("insertFieldButton"));
    connect(insert, &QPushButton::clicked, this, [this] {
        if (QListWidgetItem *item = m_palette->currentItem())
            insertField(item->data(Qt::UserRole).toString());
    });
    connect(m_palette, &QListWidget::itemDoubleClicked, this,
            [this](QListWidgetItem *item) { insertField(item->data(Qt::UserRole).toString()); });
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        for (const LanguageEditors &editors : std::as_const(m_editors))
            if (now == editors.subject || now == editors.body)
                m_lastEditor = now;
    });

    // Preview
    m_previewSearch = new QLineEdit(m_messagePage);
    m_previewSearch->setObjectName(QStringLiteral("previewSearchEdit"));
    m_previewSearch->setPlaceholderText(tr("Search the audience by id, name or e-mail"));
    m_previewSearch->setClearButtonEnabled(true);
    m_previewCustomer = new QComboBox(m_messagePage);
    m_previewCustomer->setObjectName(QStringLiteral("previewCustomerCombo"));
    m_previewCustomer->setMinimumContentsLength(28);
    m_previewCustomer->setPlaceholderText(tr("Loading customers…"));
    m_previewMeta = hintLabel(m_messagePage);
    m_previewMeta->setObjectName(QStringLiteral("previewMeta"));
    m_previewSubject = new QLabel(m_messagePage);
    m_previewSubject->setObjectName(QStringLiteral("previewSubject"));
    m_previewSubject->setTextFormat(Qt::PlainText);
    m_previewSubject->setWordWrap(true);
    QFont subjectFont = m_previewSubject->font();
    subjectFont.setBold(true);
    m_previewSubject->setFont(subjectFont);
    m_previewBody = new QPlainTextEdit(m_messagePage);
    m_previewBody->setObjectName(QStringLiteral("previewBody"));
    m_previewBody->setReadOnly(true);
    m_previewTimer = new QTimer(this);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(250);
    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(300);
    connect(m_previewTimer, &QTimer::timeout, this, &CampaignWizard::startPreview);
    connect(m_searchTimer, &QTimer::timeout, this, &CampaignWizard::reloadPreviewCustomers);
    connect(m_previewSearch, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_previewCustomer, &QComboBox::currentIndexChanged, this, &CampaignWizard::schedulePreview);
    connect(m_languageMode, &QComboBox::currentIndexChanged, this, &CampaignWizard::schedulePreview);
    connect(&m_customersWatcher, &QFutureWatcherBase::finished, this, &CampaignWizard::onPreviewCustomersLoaded);
    connect(&m_previewWatcher, &QFutureWatcherBase::finished, this, &CampaignWizard::onPreviewFinished);

    auto *previewBox = new QGroupBox(tr("Preview"), m_messagePage);
    auto *pickRow = new QHBoxLayout;
    pickRow->addWidget(new QLabel(tr("Customer:"), previewBox));
    pickRow->addWidget(m_previewCustomer, 1);
    pickRow->addWidget(m_previewSearch, 1);
    auto *previewLayout = new QVBoxLayout(previewBox);
    previewLayout->addLayout(pickRow);
    previewLayout->addWidget(m_previewMeta);
    previewLayout->addWidget(m_previewSubject);
    previewLayout->addWidget(m_previewBody, 1);

    auto *paletteBox = new QVBoxLayout;
    paletteBox->addWidget(new QLabel(tr("Fields:"), m_messagePage));
    paletteBox->addWidget(m_palette, 1);
    paletteBox->addWidget(insert);
    m_palette->setFixedWidth(250);
    auto *editorsColumn = new QVBoxLayout;
    auto *languageRow = new QHBoxLayout;
    languageRow->addWidget(new QLabel(tr("&Language:"), m_messagePage));
    languageRow->addWidget(m_languageMode, 1);
    static_cast<QLabel *>(languageRow->itemAt(0)->widget())->setBuddy(m_languageMode);
    editorsColumn->addLayout(languageRow);
    editorsColumn->addWidget(m_templateTabs, 1);
    auto *top = new QHBoxLayout;
    top->addLayout(editorsColumn, 1);
    top->addLayout(paletteBox);
    auto *layout = new QVBoxLayout(m_messagePage);
    layout->addLayout(top, 3);
    layout->addWidget(previewBox, 2);

    m_messagePage->complete = [this] { return templatesValid(); };
    m_messagePage->initialize = [this] {
        checkTemplates();
        reloadPreviewCustomers();
    };
    m_messagePage->validate = [this] {
        QString error;
        if (!CampaignBuilder::checkTemplates(options(), &error)) {
            QMessageBox::warning(this, tr("Template error"), error);
            return false;
        }
        return true;
    };
    setPage(MessagePageId, m_messagePage);
}

void CampaignWizard::insertField(const QString &token)
{
    QString text = token;
    const LanguageEditors &current = m_editors.at(qMax(0, m_templateTabs->currentIndex()));
    if (current.language == QLatin1String("zh_CN"))
        text.replace(QStringLiteral("|there}}"), QStringLiteral("|顾客}}"));
    QWidget *target = m_lastEditor;
    if (target != current.subject && target != current.body)
        target = current.body;
    if (auto *line = qobject_cast<QLineEdit *>(target))
        line->insert(text);
    else if (auto *edit = qobject_cast<QPlainTextEdit *>(target))
        edit->insertPlainText(text);
    target->setFocus();
}

void CampaignWizard::checkTemplates()
{
    for (int i = 0; i < m_editors.size(); ++i) {
        LanguageEditors &editors = m_editors[i];
        QStringList errors;
        MessageTemplate subject;
        if (!subject.parse(editors.subject->text()))
            errors << tr("Subject: %1").arg(subject.errorString());
        MessageTemplate body;
        if (!body.parse(editors.body->toPlainText()))
            errors << tr("Body: %1").arg(body.errorString());
        editors.valid = errors.isEmpty();
        editors.error->setText(errors.join(QLatin1Char('\n')));
        const QString label = i == 0 ? tr("English") : QStringLiteral("简体中文");
        m_templateTabs->setTabText(i, editors.valid ? label : tr("%1 (error)").arg(label));
    }
    m_messagePage->notifyCompleteChanged();
    schedulePreview();
}

bool CampaignWizard::templatesValid() const
{
    return std::all_of(m_editors.cbegin(), m_editors.cend(), [](const LanguageEditors &e) { return e.valid; });
}

void CampaignWizard::reloadPreviewCustomers()
{
    const CampaignOptions opts = options();
    RowQuery query;
    const QString columns = QStringLiteral(
        "SELECT c.id, c.customer_key, coalesce(nullif(c.name, ''), trim(coalesce(c.first_name, '') || ' ' || "
        "coalesce(c.last_name, ''))), c.country ");
    if (!opts.segment.isEmpty()) {
        query.select = columns + QStringLiteral(
            "FROM segment_members m JOIN segments s ON s.id = m.segment_id JOIN customers c ON c.id = m.customer_id "
            "WHERE s.name = ?");
        query.params << opts.segment;
    } else {
        query.select = columns + QStringLiteral(
            "FROM experiment_assignments a JOIN experiments e ON e.id = a.experiment_id "
            "JOIN experiment_arms r ON r.id = a.arm_id JOIN customers c ON c.id = a.customer_id "
            "WHERE e.name = ? AND r.name = ?");
        query.params << opts.sourceExperiment << opts.sourceArm;
    }
    const QString search = m_previewSearch->text().trimmed();
    if (!search.isEmpty()) {
        query.select += QStringLiteral(" AND (c.customer_key LIKE ? OR c.name LIKE ? OR c.first_name LIKE ? "
                                       "OR c.email LIKE ?)");
        const QString like = QLatin1Char('%') + search + QLatin1Char('%');
        query.params << like << like << like << like;
    }
    query.tieBreaker = QStringLiteral("c.customer_key");
    const quint64 generation = ++m_customersGeneration;
    m_customersWatcher.setFuture(QtConcurrent::run([path = m_projectPath, query] {
        QList<PreviewCustomer> customers;
        RowSource source;
        QString error;
        if (!source.open(path, &error))
            return customers;
        for (const QVariantList &row : source.fetch(query, 0, 200, &error)) {
            PreviewCustomer customer;
            customer.id = row.value(0).toLongLong();
            customer.key = row.value(1).toString();
            customer.name = row.value(2).toString().trimmed();
            customer.country = row.value(3).toString();
            customers.append(customer);
        }
        return customers;
    }));
    m_customersWatcher.setProperty("generation", generation);
}

void CampaignWizard::onPreviewCustomersLoaded()
{
    if (m_customersWatcher.property("generation").toULongLong() != m_customersGeneration)
        return; // a newer search is on its way
    const qint64 previous = m_previewCustomer->currentData().toLongLong();
    m_previewCustomers = m_customersWatcher.result();
    QSignalBlocker blocker(m_previewCustomer);
    m_previewCustomer->clear();
    for (const PreviewCustomer &customer : std::as_const(m_previewCustomers)) {
        QString label = customer.name.isEmpty() ? customer.key : tr("%1 (%2)").arg(customer.name, customer.key);
        if (!customer.country.isEmpty())
            label = tr("%1 — %2").arg(label, customer.country);
        m_previewCustomer->addItem(label, customer.id);
    }
    m_previewCustomer->setPlaceholderText(m_previewSearch->text().isEmpty() ? tr("The audience is empty")
                                                                           : tr("No customer matches"));
    const int keep = m_previewCustomer->findData(previous);
    m_previewCustomer->setCurrentIndex(keep >= 0 ? keep : (m_previewCustomer->count() > 0 ? 0 : -1));
    blocker.unblock();
    schedulePreview();
}

void CampaignWizard::schedulePreview()
{
    if (currentId() == MessagePageId)
        m_previewTimer->start();
}

void CampaignWizard::startPreview()
{
    if (!templatesValid()) {
        m_previewMeta->setText(tr("Fix the template error to see the preview."));
        return;
    }
    const qint64 customerId = m_previewCustomer->currentData().toLongLong();
    if (customerId <= 0) {
        m_previewMeta->setText(tr("Choose a customer to see the message as they would get it."));
        m_previewSubject->clear();
        m_previewBody->clear();
        return;
    }
    if (m_previewWatcher.isRunning()) {
        m_previewPending = true;
        return;
    }
    m_previewPending = false;
    m_previewWatcher.setFuture(QtConcurrent::run([path = m_projectPath, opts = options(), customerId] {
        CampaignPreview preview;
        Project project;
        if (!project.open(path, Project::OpenMode::Reopen)) {
            preview.errorString = project.errorString();
            return preview;
        }
        return CampaignBuilder().preview(project.database(), opts, customerId);
    }));
}

void CampaignWizard::onPreviewFinished()
{
    if (m_previewPending) {
        startPreview();
        return;
    }
    m_preview = m_previewWatcher.result();
    if (!m_preview.ok) {
        m_previewMeta->setText(tr("No preview: %1").arg(m_preview.errorString));
        m_previewSubject->clear();
        m_previewBody->clear();
    } else {
        QStringList meta;
        meta << tr("Language: %1").arg(m_preview.language == QLatin1String("zh_CN") ? QStringLiteral("简体中文")
                                                                                    : tr("English"));
        meta << tr("Offer: %1").arg(m_preview.offer.isEmpty() ? tr("none") : m_preview.offer);
        if (!m_preview.coupon.isEmpty())
            meta << tr("Coupon: %1 (example; each customer gets a unique code)").arg(m_preview.coupon);
        m_previewMeta->setText(meta.join(QStringLiteral("   ·   ")));
        m_previewSubject->setText(m_preview.subject);
        m_previewBody->setPlainText(m_preview.body);
    }
    emit previewUpdated();
}

// ---------------------------------------------------------------------------------------------
// Options

CampaignOptions CampaignWizard::options() const
{
    CampaignOptions options;
    options.name = m_name->text().trimmed();
    if (m_fromSegment->isChecked()) {
        options.segment = m_segment->currentData().toString();
    } else {
        const QStringList arm = m_arm->currentData().toStringList();
        options.sourceExperiment = arm.value(0);
        options.sourceArm = arm.value(1);
    }
    options.channel = CampaignChannel(m_channel->currentData().toInt());
    OfferRules offers = m_offersModel->rules();
    std::vector<OfferRule> rules = offers.rules();
    for (OfferRule &rule : rules)
        rule.recommendations = m_recommendations->isChecked();
    offers.setRules(rules);
    offers.setBudget(m_budget->value());
    options.offers = offers;
    for (const LanguageEditors &editors : m_editors)
        options.templates.insert(editors.language, {editors.subject->text(), editors.body->toPlainText()});
    options.language = m_languageMode->currentData().toString();
    options.holdoutFraction = m_holdout->value() / 100.0;
    options.frequencyCapDays = m_frequencyCap->value();
    if (m_linkExperiment->isChecked() && m_holdout->value() > 0)
        options.linkExperiment = tr("%1 – holdout test").arg(options.name);
    options.replace = !m_builtName.isEmpty() && m_builtName == options.name;
    return options;
}

// ---------------------------------------------------------------------------------------------
// (4) Summary

void CampaignWizard::buildSummaryPage()
{
    m_summaryPage = new CampaignWizardPage(this);
    m_summaryPage->setTitle(tr("Summary"));
    m_summaryPage->setSubTitle(tr("The campaign is built and saved to the project: exclusions, holdout, offers "
                                  "and a message for every member."));
    m_buildProgress = new QProgressBar(m_summaryPage);
    m_buildProgress->setObjectName(QStringLiteral("buildProgress"));
    m_buildProgress->setRange(0, PromiseReporter<CampaignResult>::kSteps);
    m_buildCancel = new QPushButton(tr("Cancel"), m_summaryPage);
    m_buildCancel->setObjectName(QStringLiteral("buildCancelButton"));
    m_buildCancel->setToolTip(tr("Stop building; the project stays as it was"));
    m_buildStatus = new QLabel(m_summaryPage);
    m_buildStatus->setObjectName(QStringLiteral("buildStatus"));
    m_buildStatus->setWordWrap(true);
    m_summaryCounts = new QLabel(m_summaryPage);
    m_summaryCounts->setObjectName(QStringLiteral("summaryCounts"));
    m_summaryCounts->setTextFormat(Qt::RichText);
    m_summaryCounts->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_summaryOffers = new QLabel(m_summaryPage);
    m_summaryOffers->setObjectName(QStringLiteral("summaryOffers"));
    m_summaryOffers->setTextFormat(Qt::RichText);
    m_summaryOffers->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_summaryWarnings = new QLabel(m_summaryPage);
    m_summaryWarnings->setObjectName(QStringLiteral("summaryWarnings"));
    m_summaryWarnings->setWordWrap(true);
    m_summaryWarnings->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *runRow = new QHBoxLayout;
    runRow->addWidget(m_buildProgress, 1);
    runRow->addWidget(m_buildCancel);
    auto *countsBox = new QGroupBox(tr("Audience and exclusions"), m_summaryPage);
    (new QVBoxLayout(countsBox))->addWidget(m_summaryCounts);
    auto *offersBox = new QGroupBox(tr("Offers"), m_summaryPage);
    (new QVBoxLayout(offersBox))->addWidget(m_summaryOffers);
    auto *boxes = new QHBoxLayout;
    boxes->addWidget(countsBox, 1);
    boxes->addWidget(offersBox, 1);
    auto *warningsBox = new QGroupBox(tr("Missing data"), m_summaryPage);
    (new QVBoxLayout(warningsBox))->addWidget(m_summaryWarnings);
    auto *layout = new QVBoxLayout(m_summaryPage);
    layout->addLayout(runRow);
    layout->addWidget(m_buildStatus);
    layout->addLayout(boxes);
    layout->addWidget(warningsBox);
    layout->addStretch();

    connect(m_buildCancel, &QPushButton::clicked, this, [this] {
        m_buildCancel->setEnabled(false);
        m_buildStatus->setText(tr("Cancelling…"));
        m_buildWatcher.cancel();
    });
    connect(&m_buildWatcher, &QFutureWatcherBase::progressValueChanged, m_buildProgress, &QProgressBar::setValue);
    connect(&m_buildWatcher, &QFutureWatcherBase::finished, this, &CampaignWizard::onBuildFinished);
    m_summaryPage->initialize = [this] { startBuild(); };
    m_summaryPage->cleanup = [this] {
        if (m_buildWatcher.isRunning())
            m_buildWatcher.cancel();
    };
    m_summaryPage->complete = [this] {
        return !m_buildWatcher.isRunning() && m_result.status == CampaignResult::Status::Ok;
    };
    setPage(SummaryPageId, m_summaryPage);
}

void CampaignWizard::startBuild()
{
    if (m_buildWatcher.isRunning())
        return;
    m_result = CampaignResult();
    m_buildProgress->setValue(0);
    m_buildProgress->show();
    m_buildCancel->show();
    m_buildCancel->setEnabled(true);
    m_buildStatus->setStyleSheet(QString());
    m_buildStatus->setText(tr("Building the campaign: exclusions, offers, coupons and messages…"));
    m_summaryCounts->clear();
    m_summaryOffers->clear();
    m_summaryWarnings->clear();
    m_summaryPage->notifyCompleteChanged();
    m_buildWatcher.setFuture(QtConcurrent::run([path = m_projectPath, opts = options()](QPromise<CampaignResult> &p) {
        CampaignResult result;
        Project project;
        if (!project.open(path, Project::OpenMode::Reopen)) {
            result.errorString = project.errorString();
        } else {
            PromiseReporter<CampaignResult> reporter(p);
            result = CampaignBuilder().build(project.database(), opts, reporter);
        }
        p.addResult(result);
    }));
    m_summaryPage->notifyCompleteChanged();
}

void CampaignWizard::onBuildFinished()
{
    m_buildProgress->hide();
    m_buildCancel->hide();
    if (m_buildWatcher.future().resultCount() > 0)
        m_result = m_buildWatcher.result();
    else
        m_result.status = CampaignResult::Status::Cancelled;
    if (m_result.status == CampaignResult::Status::Ok) {
        m_builtName = options().name;
        if (!m_lists.campaigns.contains(m_builtName))
            m_lists.campaigns << m_builtName;
        showSummary();
        emit campaignSaved(m_builtName);
    } else if (m_result.status == CampaignResult::Status::Cancelled) {
        m_buildStatus->setText(tr("Cancelled. Nothing was saved; go Back and Next to build again."));
    } else {
        m_buildStatus->setStyleSheet(QLatin1String(kErrorStyle));
        m_buildStatus->setText(tr("The campaign could not be built: %1").arg(m_result.errorString));
        if (isVisible())
            QMessageBox::critical(this, tr("Campaign not built"), m_result.errorString);
    }
    m_summaryPage->notifyCompleteChanged();
}

void CampaignWizard::showSummary()
{
    const QLocale locale;
    const CampaignResult &r = m_result;
    const QString channel = r.channel == QLatin1String("email") ? tr("e-mail")
        : r.channel == QLatin1String("sms") ? tr("SMS")
        : r.channel == QLatin1String("hashed") ? tr("ad audience") : tr("export only");
    m_buildStatus->setText(tr("Saved \"%1\" to the project: %2 customers get the message (channel: %3).")
                               .arg(m_builtName, locale.toString(r.audience), channel));
    auto row = [&locale](const QString &label, qint64 value, bool strong = false) {
        const QString number = locale.toString(value);
        return QStringLiteral("<tr><td style='padding-right:24px'>%1</td><td align='right'>%2</td></tr>")
            .arg(label.toHtmlEscaped(), strong ? QStringLiteral("<b>%1</b>").arg(number) : number);
    };
    QString counts = QStringLiteral("<table cellspacing='2'>");
    const QString source = m_fromSegment->isChecked() ? m_segment->currentData().toString()
                                                      : m_arm->currentData().toStringList().join(QStringLiteral(" / "));
    counts += row(tr("Customers in %1").arg(source), r.sourceSize);
    counts += row(tr("− opted out"), r.excludedOptOut);
    counts += row(tr("− no contact for the channel"), r.excludedNoContact);
    counts += row(m_frequencyCap->value() > 0
                      ? tr("− sent a campaign in the last %1 days (frequency cap)").arg(m_frequencyCap->value())
                      : tr("− frequency cap (off)"),
                  r.excludedFrequency);
    counts += row(tr("− holdout (%1 %)").arg(m_holdout->value()), r.holdout);
    counts += row(tr("Audience: customers who get the message"), r.audience, true);
    counts += QStringLiteral("<tr><td colspan='2'><hr/></td></tr>");
    counts += row(tr("Coupons"), r.coupons);
    if (m_budget->value() > 0)
        counts += row(tr("Coupons withheld by the budget cap"), r.budgetCapped);
    counts += row(tr("With recommended products"), r.withRecommendations);
    counts += QStringLiteral("<tr><td>%1</td><td align='right'>%2</td></tr>")
                  .arg(tr("Estimated discount cost").toHtmlEscaped(), locale.toString(r.estimatedDiscount, 'f', 2));
    counts += QStringLiteral("</table>");
    m_summaryCounts->setText(counts);

    QList<QPair<QString, qint64>> offers;
    for (auto it = r.offers.cbegin(); it != r.offers.cend(); ++it)
        offers.append({it.key(), it.value()});
    std::sort(offers.begin(), offers.end(), [](const auto &a, const auto &b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    if (r.noOffer > 0)
        offers.append({tr("(no rule matched)"), r.noOffer});
    qint64 total = 0;
    for (const auto &offer : offers)
        total += offer.second;
    QString table = QStringLiteral("<table cellspacing='2'>");
    for (const auto &[offer, members] : offers)
        table += QStringLiteral("<tr><td style='padding-right:24px'>%1</td><td align='right'>%2</td>"
                                "<td align='right' style='padding-left:12px'>%3</td></tr>")
                     .arg(offer.toHtmlEscaped(), locale.toString(members),
                          total > 0 ? locale.toString(100.0 * double(members) / double(total), 'f', 1)
                                          + QStringLiteral(" %")
                                    : QString());
    table += QStringLiteral("</table>");
    m_summaryOffers->setText(offers.isEmpty() ? tr("No members.") : table);

    if (r.warnings.isEmpty()) {
        m_summaryWarnings->setStyleSheet(QStringLiteral("color: #1b5e20;"));
        m_summaryWarnings->setText(tr("No missing fields: every merge field has a value or a default for every "
                                      "member."));
    } else {
        m_summaryWarnings->setStyleSheet(QStringLiteral("color: #a04000;"));
        m_summaryWarnings->setText(r.warnings.join(QLatin1Char('\n')));
    }
}

// ---------------------------------------------------------------------------------------------
// (5) Export

void CampaignWizard::buildExportPage()
{
    auto *page = new CampaignWizardPage(this);
    page->setTitle(tr("Export"));
    page->setSubTitle(tr("Write the contacted members with their offer, coupon and message to a file. You can "
                         "export in several formats, and again later from the Campaigns page."));
    m_exportPanel = new CampaignExportPanel(m_projectPath, page);
    m_exportPanel->setObjectName(QStringLiteral("campaignExportPanel"));
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_exportPanel);
    layout->addStretch();
    page->initialize = [this] { m_exportPanel->setCampaign(m_builtName); };
    page->complete = [this] { return !m_exportPanel->isRunning(); };
    page->setFinalPage(true);
    connect(m_exportPanel, &CampaignExportPanel::runningChanged, page, [this, page](bool running) {
        page->notifyCompleteChanged();
        if (!running && m_pendingDone >= 0)
            QWizard::done(std::exchange(m_pendingDone, -1));
    });
    connect(m_exportPanel, &CampaignExportPanel::exported, this,
            [this](const QString &file) { emit campaignExported(m_builtName, file); });
    setPage(ExportPageId, page);
}
