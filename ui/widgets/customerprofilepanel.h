#pragma once

#include "profiles/customerprofile.h"
#include "recommend/recommendationstore.h"

#include <QFutureWatcher>
#include <QWidget>

#include <optional>

class MonthlySpendChart;
class OrderHistoryModel;
class QGridLayout;
class QLabel;
class QScrollArea;
class QStackedWidget;
class QTableView;
class QVBoxLayout;

/**
 * The profile of one customer, read in the background: identity, KPI tiles
 * (orders, revenue, average order value, return rate, first and last
 * purchase), monthly spend, favourite categories and products, the order
 * history and free attributes.
 *
 * The profile is a column of titled sections; later features add theirs with
 * addSection() and fill them from profileShown(). Each load opens its own
 * read-only connection on a worker thread; results of superseded loads are
 * dropped (generation counter).
 */
class CustomerProfilePanel : public QWidget
{
    Q_OBJECT
public:
    explicit CustomerProfilePanel(QWidget *parent = nullptr);
    ~CustomerProfilePanel() override;

    /** Loads and shows the customer with row id @p customerId of the project at @p projectPath. */
    void loadCustomer(const QString &projectPath, qint64 customerId);
    /** Loads and shows the customer whose key is @p customerKey. */
    void loadCustomerByKey(const QString &projectPath, const QString &customerKey);
    /** Reads the current customer again (after the project's data changed). */
    void reload();
    /** Shows the "Select a customer" placeholder. */
    void clear();
    /** Shows @p profile right away (no database access). */
    void showProfile(const CustomerProfile &profile);

    /** Row id of the customer shown or being loaded; 0 when none (or while loading by key). */
    qint64 customerId() const { return m_customerId; }
    bool isLoading() const { return m_watcher.isRunning(); }
    /** The profile on display, if any. */
    const std::optional<CustomerProfile> &profile() const { return m_profile; }
    /** The stored recommendations on display (empty when none are stored). */
    const QList<StoredRecommendation> &recommendations() const { return m_recommendations; }
    /** Shows @p items in "Recommended for this customer" (empty: the hint to generate them). */
    void showRecommendations(const QList<StoredRecommendation> &items);

    /** "Because you bought X, Y" (or the stored reason) for a stored recommendation. */
    static QString explanation(const StoredRecommendation &item);

    /**
     * Adds a section titled @p title showing @p content (the panel takes
     * ownership) below the existing ones. Returns the section widget; hide it
     * to hide the whole section.
     */
    QWidget *addSection(const QString &title, QWidget *content);

signals:
    /** A profile is on display (loaded or set with showProfile()). */
    void profileShown(const CustomerProfile &profile);
    void loadFailed(const QString &error);

private:
    struct LoadResult
    {
        quint64 generation = 0;
        std::optional<CustomerProfile> profile;
        QList<StoredRecommendation> recommendations;
        QString error;
    };

    void startLoad(const QString &projectPath, qint64 customerId, const QString &customerKey);
    void onLoaded();
    void showMessage(const QString &text);
    QWidget *createHeader();
    QWidget *createTiles();
    QWidget *createDetails();
    QWidget *createFavourites();
    QWidget *createOrders();
    QWidget *createAttributes();
    QWidget *createRecommendations();
    void fillDetails(const CustomerProfile &profile);
    void fillFavourites(const CustomerProfile &profile);
    void fillAttributes(const CustomerProfile &profile);
    void fillGrid(QGridLayout *grid, const QList<QPair<QString, QString>> &rows);

    QStackedWidget *m_stack;
    QLabel *m_message;
    QScrollArea *m_scroll;
    QVBoxLayout *m_sections;

    QLabel *m_nameLabel = nullptr;
    QLabel *m_subtitleLabel = nullptr;
    QLabel *m_optOutLabel = nullptr;
    QLabel *m_ordersValue = nullptr;
    QLabel *m_revenueValue = nullptr;
    QLabel *m_averageValue = nullptr;
    QLabel *m_returnRateValue = nullptr;
    QLabel *m_returnRateDetail = nullptr;
    QLabel *m_firstValue = nullptr;
    QLabel *m_lastValue = nullptr;
    QWidget *m_ratingsTile = nullptr;
    QLabel *m_ratingsValue = nullptr;
    QLabel *m_ratingsDetail = nullptr;
    QGridLayout *m_detailsGrid = nullptr;
    MonthlySpendChart *m_chart = nullptr;
    QWidget *m_categoriesBox = nullptr;
    QLabel *m_categoriesLabel = nullptr;
    QWidget *m_productsBox = nullptr;
    QLabel *m_productsLabel = nullptr;
    QLabel *m_noFavouritesLabel = nullptr;
    OrderHistoryModel *m_ordersModel = nullptr;
    QTableView *m_ordersView = nullptr;
    QLabel *m_noOrdersLabel = nullptr;
    QWidget *m_attributesSection = nullptr;
    QGridLayout *m_attributesGrid = nullptr;

    QFutureWatcher<LoadResult> m_watcher;
    quint64 m_generation = 0;
    QString m_projectPath;
    qint64 m_customerId = 0;
    QString m_customerKey;
    std::optional<CustomerProfile> m_profile;
    QLabel *m_scoresLabel = nullptr;
    QLabel *m_recommendationsLabel = nullptr;
    QLabel *m_recommendationsCaption = nullptr;
    QList<StoredRecommendation> m_recommendations;
};
