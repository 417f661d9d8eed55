#include "customerprofilepanel.h"

#include "charts/monthlyspendchart.h"
#include "models/orderhistorymodel.h"
#include "project/database.h"
#include "segments/segmentstore.h"

#include <QDateTime>
#include <QFrame>
#include <QJsonObject>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace {

constexpr int kOrderRowsShown = 8;

QString money(double value)
{
    return QLocale().toString(value, 'f', 2);
}

QString percent(double share)
{
    return CustomerProfilePanel::tr("%1 %").arg(QLocale().toString(share * 100.0, 'f', 1));
}

QString day(const std::optional<qint64> &seconds)
{
    return seconds ? CustomerProfile::dateOf(*seconds).toString(Qt::ISODate) : CustomerProfilePanel::tr("—");
}

QLabel *smallLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont small = label->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    label->setFont(small);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

/** A KPI tile: a caption, a large value and an optional detail line. */
QFrame *makeTile(const QString &caption, QLabel **value, QLabel **detail, QWidget *parent)
{
    auto *tile = new QFrame(parent);
    tile->setObjectName(QStringLiteral("kpiTile"));
    tile->setStyleSheet(QStringLiteral(
        "QFrame#kpiTile { background: palette(alternate-base); border: 1px solid palette(midlight); "
        "border-radius: 6px; }"));
    auto *layout = new QVBoxLayout(tile);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->setSpacing(2);
    layout->addWidget(smallLabel(caption, tile));
    *value = new QLabel(CustomerProfilePanel::tr("—"), tile);
    QFont valueFont = (*value)->font();
    valueFont.setPointSizeF(valueFont.pointSizeF() * 1.3);
    valueFont.setBold(true);
    (*value)->setFont(valueFont);
    (*value)->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(*value);
    if (detail) {
        *detail = smallLabel(QString(), tile);
        (*detail)->setWordWrap(true);
        layout->addWidget(*detail);
    }
    layout->addStretch();
    return tile;
}

/** Saved segment names as the user reads them (built-in names translated). */
QString displaySegmentNames(const QStringList &names)
{
    QStringList shown;
    for (const QString &name : names)
        shown.append(SegmentStore::displayName(name));
    return shown.join(QStringLiteral(", "));
}

} // namespace

CustomerProfilePanel::CustomerProfilePanel(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_message(new QLabel(this))
    , m_scroll(new QScrollArea(this))
    , m_sections(nullptr)
{
    setObjectName(QStringLiteral("profilePanel"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setForegroundRole(QPalette::PlaceholderText);
    m_message->setObjectName(QStringLiteral("profileMessageLabel"));
    m_message->setMargin(24);

    auto *content = new QWidget;
    m_sections = new QVBoxLayout(content);
    m_sections->setContentsMargins(12, 12, 12, 12);
    m_sections->setSpacing(14);
    m_sections->addWidget(createHeader());
    m_sections->addWidget(createTiles());
    m_scoresLabel = new QLabel;
    m_scoresLabel->setObjectName(QStringLiteral("profileSegmentsLabel"));
    m_scoresLabel->setWordWrap(true);
    m_scoresLabel->setTextFormat(Qt::RichText);
    addSection(tr("Segments and scores"), m_scoresLabel);
    addSection(tr("Monthly spend"), [this] {
        m_chart = new MonthlySpendChart;
        m_chart->setObjectName(QStringLiteral("monthlySpendChart"));
        return m_chart;
    }());
    addSection(tr("Recommended for this customer"), createRecommendations());
    addSection(tr("Favourites"), createFavourites());
    addSection(tr("Order history"), createOrders());
    addSection(tr("Details"), createDetails());
    m_attributesSection = addSection(tr("Attributes"), createAttributes());
    m_sections->addStretch(1);

    m_scroll->setWidget(content);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_stack->addWidget(m_message);
    m_stack->addWidget(m_scroll);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(&m_watcher, &QFutureWatcherBase::finished, this, &CustomerProfilePanel::onLoaded);
    clear();
}

CustomerProfilePanel::~CustomerProfilePanel()
{
    m_watcher.waitForFinished();
}

QWidget *CustomerProfilePanel::addSection(const QString &title, QWidget *content)
{
    auto *section = new QWidget;
    auto *layout = new QVBoxLayout(section);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    auto *heading = new QLabel(title, section);
    QFont headingFont = heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.1);
    heading->setFont(headingFont);
    auto *line = new QFrame(section);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    layout->addWidget(heading);
    layout->addWidget(line);
    content->setParent(section);
    layout->addWidget(content);
    // Before the trailing stretch, once it exists.
    const int stretchIndex = m_sections->count() - 1;
    const bool hasStretch = stretchIndex >= 0 && m_sections->itemAt(stretchIndex)->spacerItem();
    m_sections->insertWidget(hasStretch ? stretchIndex : m_sections->count(), section);
    return section;
}

QWidget *CustomerProfilePanel::createHeader()
{
    auto *header = new QWidget;
    auto *layout = new QVBoxLayout(header);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_nameLabel = new QLabel(header);
    m_nameLabel->setObjectName(QStringLiteral("profileNameLabel"));
    QFont nameFont = m_nameLabel->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.5);
    nameFont.setBold(true);
    m_nameLabel->setFont(nameFont);
    m_nameLabel->setWordWrap(true);
    m_nameLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitleLabel = smallLabel(QString(), header);
    m_subtitleLabel->setWordWrap(true);
    m_subtitleLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_optOutLabel = new QLabel(tr("Opted out of marketing"), header);
    m_optOutLabel->setObjectName(QStringLiteral("profileOptOutLabel"));
    m_optOutLabel->setStyleSheet(QStringLiteral(
        "QLabel { color: #b71c1c; background: #fdecea; border-radius: 4px; padding: 2px 6px; }"));
    m_optOutLabel->hide();
    layout->addWidget(m_nameLabel);
    layout->addWidget(m_subtitleLabel);
    layout->addWidget(m_optOutLabel, 0, Qt::AlignLeft);
    return header;
}

QWidget *CustomerProfilePanel::createTiles()
{
    auto *tiles = new QWidget;
    auto *grid = new QGridLayout(tiles);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(8);
    grid->addWidget(makeTile(tr("Orders"), &m_ordersValue, nullptr, tiles), 0, 0);
    grid->addWidget(makeTile(tr("Revenue"), &m_revenueValue, nullptr, tiles), 0, 1);
    grid->addWidget(makeTile(tr("Average order"), &m_averageValue, nullptr, tiles), 0, 2);
    grid->addWidget(makeTile(tr("Return rate"), &m_returnRateValue, &m_returnRateDetail, tiles), 1, 0);
    grid->addWidget(makeTile(tr("First purchase"), &m_firstValue, nullptr, tiles), 1, 1);
    grid->addWidget(makeTile(tr("Last purchase"), &m_lastValue, nullptr, tiles), 1, 2);
    m_ratingsTile = makeTile(tr("Ratings"), &m_ratingsValue, &m_ratingsDetail, tiles);
    grid->addWidget(m_ratingsTile, 2, 0);
    m_ratingsTile->hide();
    for (int column = 0; column < 3; ++column)
        grid->setColumnStretch(column, 1);
    m_ordersValue->setObjectName(QStringLiteral("profileOrdersValue"));
    m_revenueValue->setObjectName(QStringLiteral("profileRevenueValue"));
    m_averageValue->setObjectName(QStringLiteral("profileAverageOrderValue"));
    m_returnRateValue->setObjectName(QStringLiteral("profileReturnRateValue"));
    m_firstValue->setObjectName(QStringLiteral("profileFirstPurchaseValue"));
    m_lastValue->setObjectName(QStringLiteral("profileLastPurchaseValue"));
    m_ratingsValue->setObjectName(QStringLiteral("profileRatingsValue"));
    return tiles;
}

QWidget *CustomerProfilePanel::createDetails()
{
    // Grids rebuilt per profile rather than QFormLayout rows hidden with setRowVisible(): Qt 6.4's
    // QFormLayout::heightForWidth() writes out of bounds when rows are hidden.
    auto *details = new QWidget;
    m_detailsGrid = new QGridLayout(details);
    m_detailsGrid->setContentsMargins(0, 0, 0, 0);
    return details;
}

QWidget *CustomerProfilePanel::createFavourites()
{
    auto *favourites = new QWidget;
    auto *layout = new QVBoxLayout(favourites);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    auto box = [favourites](const QString &title, QLabel **label) {
        auto *widget = new QWidget(favourites);
        auto *boxLayout = new QVBoxLayout(widget);
        boxLayout->setContentsMargins(0, 0, 0, 0);
        boxLayout->setSpacing(2);
        boxLayout->addWidget(smallLabel(title, widget));
        *label = new QLabel(widget);
        (*label)->setTextFormat(Qt::RichText);
        (*label)->setWordWrap(true);
        boxLayout->addWidget(*label);
        return widget;
    };
    m_categoriesBox = box(tr("Top categories by spend"), &m_categoriesLabel);
    m_productsBox = box(tr("Top products by quantity"), &m_productsLabel);
    m_categoriesLabel->setObjectName(QStringLiteral("favouriteCategoriesLabel"));
    m_productsLabel->setObjectName(QStringLiteral("favouriteProductsLabel"));
    m_noFavouritesLabel = smallLabel(tr("No favourites yet: this customer has no purchases."), favourites);
    m_noFavouritesLabel->setWordWrap(true);
    layout->addWidget(m_categoriesBox);
    layout->addWidget(m_productsBox);
    layout->addWidget(m_noFavouritesLabel);
    return favourites;
}

QWidget *CustomerProfilePanel::createOrders()
{
    auto *orders = new QWidget;
    auto *layout = new QVBoxLayout(orders);
    layout->setContentsMargins(0, 0, 0, 0);
    m_ordersModel = new OrderHistoryModel(this);
    m_ordersView = new QTableView(orders);
    m_ordersView->setObjectName(QStringLiteral("orderHistoryTable"));
    m_ordersView->setModel(m_ordersModel);
    m_ordersView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_ordersView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_ordersView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_ordersView->setAlternatingRowColors(true);
    m_ordersView->setWordWrap(false);
    m_ordersView->verticalHeader()->hide();
    const int rowHeight = fontMetrics().height() + 6;
    m_ordersView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_ordersView->verticalHeader()->setDefaultSectionSize(rowHeight);
    QHeaderView *header = m_ordersView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(OrderHistoryModel::OrderColumn, QHeaderView::Stretch);
    m_noOrdersLabel = smallLabel(tr("No orders yet."), orders);
    layout->addWidget(m_ordersView);
    layout->addWidget(m_noOrdersLabel);
    return orders;
}

QWidget *CustomerProfilePanel::createAttributes()
{
    auto *attributes = new QWidget;
    m_attributesGrid = new QGridLayout(attributes);
    m_attributesGrid->setContentsMargins(0, 0, 0, 0);
    return attributes;
}

void CustomerProfilePanel::loadCustomer(const QString &projectPath, qint64 customerId)
{
    startLoad(projectPath, customerId, QString());
}

void CustomerProfilePanel::loadCustomerByKey(const QString &projectPath, const QString &customerKey)
{
    startLoad(projectPath, 0, customerKey);
}

void CustomerProfilePanel::reload()
{
    if (m_projectPath.isEmpty())
        return;
    if (m_customerId > 0)
        startLoad(m_projectPath, m_customerId, QString());
    else if (!m_customerKey.isEmpty())
        startLoad(m_projectPath, 0, m_customerKey);
}

void CustomerProfilePanel::startLoad(const QString &projectPath, qint64 customerId, const QString &customerKey)
{
    m_projectPath = projectPath;
    m_customerId = customerId;
    m_customerKey = customerKey;
    const quint64 generation = ++m_generation;
    if (!m_profile)
        showMessage(tr("Loading the profile…"));
    m_watcher.setFuture(QtConcurrent::run([projectPath, customerId, customerKey, generation] {
        LoadResult result;
        result.generation = generation;
        Database db; // this job's own connection, closed when it ends
        if (!db.open(projectPath, Database::OpenMode::ReadOnly)) {
            result.error = db.errorString();
            return result;
        }
        result.profile = customerKey.isEmpty() ? CustomerProfile::load(db, customerId, &result.error)
                                               : CustomerProfile::loadByKey(db, customerKey, &result.error);
        if (result.profile) {
            // A project without stored recommendations (or an unreadable table) shows the hint.
            QString ignored;
            if (auto stored = RecommendationStore::forCustomer(db, result.profile->key, &ignored))
                result.recommendations = *stored;
        }
        return result;
    }));
}

void CustomerProfilePanel::onLoaded()
{
    if (m_watcher.isCanceled() || m_watcher.future().resultCount() == 0)
        return;
    const LoadResult result = m_watcher.result();
    if (result.generation != m_generation)
        return; // a newer request replaced this one
    if (!result.profile) {
        m_profile.reset();
        showMessage(tr("The profile could not be loaded.\n%1").arg(result.error));
        emit loadFailed(result.error);
        return;
    }
    showProfile(*result.profile);
    showRecommendations(result.recommendations);
}

void CustomerProfilePanel::clear()
{
    ++m_generation; // drops a load in flight
    m_customerId = 0;
    m_customerKey.clear();
    m_profile.reset();
    m_ordersModel->setOrders({});
    m_chart->clear();
    showRecommendations({});
    showMessage(tr("Select a customer to see the profile"));
}

void CustomerProfilePanel::showMessage(const QString &text)
{
    m_message->setText(text);
    m_stack->setCurrentWidget(m_message);
}

void CustomerProfilePanel::showProfile(const CustomerProfile &p)
{
    m_profile = p;
    m_customerId = p.id;
    m_customerKey = p.key;

    m_nameLabel->setText(p.name.isEmpty() ? tr("Customer %1").arg(p.key) : p.name);
    // Without a name the title already says "Customer <key>".
    if (p.name.isEmpty())
        m_subtitleLabel->setText(p.country);
    else
        m_subtitleLabel->setText(p.country.isEmpty() ? tr("Customer %1").arg(p.key)
                                                     : tr("Customer %1 · %2").arg(p.key, p.country));
    m_subtitleLabel->setVisible(!m_subtitleLabel->text().isEmpty());
    m_optOutLabel->setVisible(p.optOut);

    QStringList scores;
    scores.append(p.segments.isEmpty()
                      ? tr("Not in any saved segment yet; build segments on the Segments page.")
                      : tr("<b>Segments:</b> %1").arg(displaySegmentNames(p.segments).toHtmlEscaped()));
    if (p.rfm) {
        const QLocale locale;
        scores.append(tr("<b>RFM %1-%2-%3</b> (%4): last purchase %5 days before %6, %7 orders, net spend %8")
                          .arg(p.rfm->r).arg(p.rfm->f).arg(p.rfm->m)
                          .arg(SegmentStore::displayName(p.rfm->segment).toHtmlEscaped())
                          .arg(locale.toString(p.rfm->recencyDays)).arg(p.rfm->referenceDate)
                          .arg(locale.toString(p.rfm->frequency)).arg(money(p.rfm->monetary)));
    }
    if (p.clv12Months)
        scores.append(tr("<b>Predicted 12-month value:</b> %1").arg(money(*p.clv12Months)));
    if (p.probabilityAlive)
        scores.append(tr("<b>Probability still active:</b> %1").arg(percent(*p.probabilityAlive)));
    m_scoresLabel->setText(scores.join(QStringLiteral("<br>")));

    m_ordersValue->setText(QLocale().toString(p.orders));
    m_revenueValue->setText(money(p.revenue));
    m_averageValue->setText(p.orders > 0 ? money(p.averageOrderValue) : tr("—"));
    m_returnRateValue->setText(p.lines > 0 ? percent(p.returnRate) : tr("—"));
    m_returnRateValue->setToolTip(tr("%Ln of %1 order lines were returns.", nullptr, int(p.returnedLines))
                                      .arg(QLocale().toString(p.lines)));
    m_returnRateDetail->setText(p.returnedLines > 0 ? tr("%1 of the value").arg(percent(p.returnedValueShare))
                                                    : QString());
    m_returnRateDetail->setVisible(p.returnedLines > 0);
    m_firstValue->setText(day(p.firstPurchase));
    m_lastValue->setText(day(p.lastPurchase));
    m_ratingsTile->setVisible(p.ratingCount > 0);
    if (p.ratingCount > 0) {
        m_ratingsValue->setText(QLocale().toString(p.ratingCount));
        m_ratingsDetail->setText(tr("Average %1").arg(QLocale().toString(p.averageRating, 'f', 2)));
    }

    m_chart->setMonthlySpend(p.monthlySpend);
    fillFavourites(p);
    m_ordersModel->setOrders(p.orderHistory);
    // As tall as the orders, up to kOrderRowsShown rows; longer histories scroll.
    const int shownRows = int(qBound(qsizetype(1), p.orderHistory.size(), qsizetype(kOrderRowsShown)));
    m_ordersView->setFixedHeight(m_ordersView->horizontalHeader()->sizeHint().height()
                                 + m_ordersView->verticalHeader()->defaultSectionSize() * shownRows
                                 + 2 * m_ordersView->frameWidth());
    m_ordersView->setVisible(!p.orderHistory.isEmpty());
    m_noOrdersLabel->setVisible(p.orderHistory.isEmpty());
    fillDetails(p);
    fillAttributes(p);

    m_stack->setCurrentWidget(m_scroll);
    emit profileShown(p);
}

void CustomerProfilePanel::fillGrid(QGridLayout *grid, const QList<QPair<QString, QString>> &rows)
{
    while (QLayoutItem *item = grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const int keyWidth = fontMetrics().horizontalAdvance(QLatin1Char('x')) * 22;
    for (int row = 0; row < rows.size(); ++row) {
        const QString &key = rows.at(row).first;
        auto *keyLabel = new QLabel(fontMetrics().elidedText(key, Qt::ElideMiddle, keyWidth));
        keyLabel->setForegroundRole(QPalette::PlaceholderText);
        if (keyLabel->text() != key)
            keyLabel->setToolTip(key);
        auto *value = new QLabel(rows.at(row).second);
        value->setWordWrap(true);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        grid->addWidget(keyLabel, row, 0, Qt::AlignTop | Qt::AlignLeft);
        grid->addWidget(value, row, 1, Qt::AlignTop);
    }
    grid->setColumnStretch(0, 0);
    grid->setColumnStretch(1, 1);
}

void CustomerProfilePanel::fillDetails(const CustomerProfile &p)
{
    const QList<QPair<QString, QString>> fields = {
        {tr("Email"), p.email},
        {tr("Phone"), p.phone},
        {tr("Gender"), p.gender},
        {tr("Birth date"), p.birthDate},
        {tr("City"), p.city},
        {tr("Country"), p.country},
        {tr("Signed up"), p.signupDate},
        {tr("Income"), p.income ? QLocale().toString(*p.income, 'f', 0) : QString()},
        {tr("Marketing"), p.optOut ? tr("Opted out") : tr("Can be contacted")}};
    QList<QPair<QString, QString>> rows;
    for (const auto &field : fields) {
        if (!field.second.trimmed().isEmpty())
            rows.append(field);
    }
    fillGrid(m_detailsGrid, rows);
}

void CustomerProfilePanel::fillFavourites(const CustomerProfile &p)
{
    const QString muted = palette().color(QPalette::PlaceholderText).name();
    QString categories;
    for (const CustomerProfile::CategorySpend &category : p.favouriteCategories)
        categories += QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td></tr>")
                          .arg(category.category.toHtmlEscaped(), money(category.spend));
    m_categoriesLabel->setText(QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"2\">%1</table>")
                                   .arg(categories));
    m_categoriesBox->setVisible(!p.favouriteCategories.isEmpty());

    QString products;
    for (const CustomerProfile::ProductQuantity &product : p.favouriteProducts) {
        const QString name = product.name.isEmpty() ? product.sku : product.name;
        products += QStringLiteral("<tr><td>%1 <span style=\"color:%2\">%3</span></td>"
                                   "<td align=\"right\">%4</td></tr>")
                        .arg(name.toHtmlEscaped(), muted, product.sku.toHtmlEscaped(),
                             QLocale().toString(product.quantity, 'g', 12));
    }
    m_productsLabel->setText(QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"2\">%1</table>")
                                 .arg(products));
    m_productsBox->setVisible(!p.favouriteProducts.isEmpty());
    m_noFavouritesLabel->setVisible(p.favouriteCategories.isEmpty() && p.favouriteProducts.isEmpty());
    m_noFavouritesLabel->setText(p.hasOrderLines() ? tr("No favourites: returns cancel out every purchase.")
                                                   : tr("No favourites yet: this customer has no purchases."));
}

void CustomerProfilePanel::fillAttributes(const CustomerProfile &p)
{
    QList<QPair<QString, QString>> rows;
    for (const CustomerProfile::Attribute &attribute : p.attributes) {
        // An empty cell of the customer file says nothing about this customer.
        if (!attribute.value.trimmed().isEmpty())
            rows.append({attribute.key, attribute.value});
    }
    fillGrid(m_attributesGrid, rows);
    m_attributesSection->setVisible(!rows.isEmpty());
}

QWidget *CustomerProfilePanel::createRecommendations()
{
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    m_recommendationsLabel = new QLabel(box);
    m_recommendationsLabel->setObjectName(QStringLiteral("profileRecommendationsLabel"));
    m_recommendationsLabel->setTextFormat(Qt::RichText);
    m_recommendationsLabel->setWordWrap(true);
    m_recommendationsLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_recommendationsCaption = smallLabel(QString(), box);
    m_recommendationsCaption->setObjectName(QStringLiteral("profileRecommendationsCaption"));
    m_recommendationsCaption->setWordWrap(true);
    layout->addWidget(m_recommendationsLabel);
    layout->addWidget(m_recommendationsCaption);
    return box;
}

QString CustomerProfilePanel::explanation(const StoredRecommendation &item)
{
    QStringList bought;
    QStringList reasons;
    for (const QJsonValue &value : item.because) {
        const QJsonObject entry = value.toObject();
        const QString reason = entry.value(QStringLiteral("reason")).toString();
        if (!reason.isEmpty()) {
            reasons.append(reason);
            continue;
        }
        const QString name = entry.value(QStringLiteral("name")).toString().trimmed();
        const QString sku = entry.value(QStringLiteral("sku")).toString();
        if (!name.isEmpty() || !sku.isEmpty())
            bought.append(name.isEmpty() ? sku : name);
    }
    QStringList parts;
    if (!bought.isEmpty())
        parts.append(tr("Because you bought %1").arg(QLocale().createSeparatedList(bought)));
    for (const QString &reason : reasons)
        parts.append(reason.left(1).toUpper() + reason.mid(1));
    return parts.join(QStringLiteral("; "));
}

void CustomerProfilePanel::showRecommendations(const QList<StoredRecommendation> &items)
{
    m_recommendations = items;
    if (items.isEmpty()) {
        m_recommendationsLabel->setTextFormat(Qt::PlainText);
        m_recommendationsLabel->setText(tr("No recommendations stored for this customer. Generate recommendations "
                                           "on the Recommendations page."));
        m_recommendationsLabel->setForegroundRole(QPalette::PlaceholderText);
        m_recommendationsCaption->hide();
        return;
    }
    const QString muted = palette().color(QPalette::PlaceholderText).name();
    const QLocale locale;
    QString rows;
    for (const StoredRecommendation &item : items) {
        const QString name = item.name.trimmed().isEmpty() ? item.sku : item.name.trimmed();
        rows += QStringLiteral("<tr><td valign=\"top\" align=\"right\">%1.</td>"
                               "<td>%2 <span style=\"color:%3\">%4</span><br>"
                               "<span style=\"color:%3\">%5</span></td>"
                               "<td valign=\"top\" align=\"right\">%6</td></tr>")
                    .arg(item.rank)
                    .arg(name.toHtmlEscaped(), muted, item.sku.toHtmlEscaped(), explanation(item).toHtmlEscaped(),
                         locale.toString(item.score, 'f', 3));
    }
    m_recommendationsLabel->setForegroundRole(QPalette::WindowText);
    m_recommendationsLabel->setTextFormat(Qt::RichText);
    m_recommendationsLabel->setText(
        QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"2\">"
                       "<tr><th></th><th align=\"left\">%1</th><th align=\"right\">%2</th></tr>%3</table>")
            .arg(tr("Product"), tr("Score"), rows));
    const StoredRecommendation &first = items.first();
    const QDateTime when = QDateTime::fromString(first.createdAt, Qt::ISODate).toLocalTime();
    m_recommendationsCaption->setText(tr("Computed with %1 on %2. Scores compare products within this list only.")
                                          .arg(first.algo, locale.toString(when, QLocale::ShortFormat)));
    m_recommendationsCaption->show();
}
