#include "jobs/progressreporter.h"
#include "project/project.h"
#include "recommend/datasplit.h"
#include "recommend/ease.h"
#include "recommend/evaluator.h"
#include "recommend/hybrid.h"
#include "recommend/implicitals.h"
#include "recommend/interactiondata.h"
#include "recommend/itemknn.h"
#include "recommend/popularity.h"
#include "recommend/rankingmetrics.h"
#include "recommend/recommendationstore.h"
#include "recommend/userknn.h"

#include <QFile>
#include <QDateTime>
#include <QTemporaryDir>
#include <QtTest>

#include <array>
#include <cmath>
#include <set>

namespace {

/** Data with users "u0".. and items "i0".. from (user, item, value) triples. */
InteractionData makeData(int users, int items, const std::vector<std::array<int, 3>> &triples)
{
    InteractionData data;
    for (int u = 0; u < users; ++u) {
        data.customerIds.append(u + 1);
        data.customerKeys.append(QStringLiteral("u%1").arg(u));
    }
    for (int i = 0; i < items; ++i) {
        data.productIds.append(i + 1);
        data.skus.append(QStringLiteral("i%1").arg(i));
        data.productNames.append(QStringLiteral("Item %1").arg(i));
        data.categories.append(QString());
    }
    qint64 time = 1000;
    for (const auto &t : triples)
        data.events.push_back({t[0], t[1], float(t[2]), time++});
    data.rebuildIndex();
    return data;
}

/** Two blocks: users 0-3 like items 0-3, users 4-7 like items 4-7; user 0 lacks item 3. */
InteractionData blockData()
{
    std::vector<std::array<int, 3>> triples;
    for (int u = 0; u < 8; ++u) {
        const int first = u < 4 ? 0 : 4;
        for (int i = first; i < first + 4; ++i) {
            if (u == 0 && i == 3)
                continue;
            triples.push_back({u, i, 1});
        }
    }
    return makeData(8, 8, triples);
}

/** users: u0 {0, 1}, u1 {1, 2}, u2 {0, 1, 2}. */
InteractionData threeItemData()
{
    return makeData(3, 3, {{0, 0, 1}, {0, 1, 1}, {1, 1, 1}, {1, 2, 1}, {2, 0, 1}, {2, 1, 1}, {2, 2, 1}});
}

std::vector<int> topItems(const Recommender &model, const TrainingSet &train, int user, int k)
{
    std::vector<int> items;
    for (const ScoredItem &s : recommendTop(model, train, user, k))
        items.push_back(s.item);
    return items;
}

bool insertFixtureProject(Database &db)
{
    return db.exec(QStringLiteral(
        "INSERT INTO import_runs(id, kind, file_path, file_name, sha256, started_at) "
        "VALUES(1, 'transactions', 'x.csv', 'x.csv', 'abc', '2024-01-01');"
        "INSERT INTO customers(id, customer_key) VALUES(10, 'C1'), (11, 'C2'), (12, 'C3'), (13, 'C4'), (14, 'NEW');"
        "INSERT INTO products(id, sku, name) VALUES(1, 'A', 'Apple'), (2, 'B', 'Banana'), (3, 'C', 'Cherry'), "
        "(4, 'D', 'Date');"
        // C1: A twice in order 1 (summed), B; C2: A, B, C; C3: A, B, C; C4: B, C, D.
        "INSERT INTO order_lines(order_id, customer_id, product_id, quantity, unit_price, ordered_at, is_return, import_id) VALUES"
        "('1', 10, 1, 2, 1.0, 100, 0, 1), ('1', 10, 1, 3, 1.0, 100, 0, 1), ('1', 10, 2, 1, 1.0, 100, 0, 1),"
        "('2', 11, 1, 1, 1.0, 200, 0, 1), ('2', 11, 2, 1, 1.0, 200, 0, 1), ('3', 11, 3, 1, 1.0, 300, 0, 1),"
        "('4', 12, 1, 1, 1.0, 200, 0, 1), ('4', 12, 2, 1, 1.0, 200, 0, 1), ('4', 12, 3, 1, 1.0, 200, 0, 1),"
        "('5', 13, 2, 1, 1.0, 200, 0, 1), ('5', 13, 3, 1, 1.0, 200, 0, 1), ('5', 13, 4, 1, 1.0, 200, 0, 1),"
        // a return and an anonymous line are not events
        "('6', 10, 4, -1, 1.0, 400, 1, 1), ('7', NULL, 4, 1, 1.0, 400, 0, 1);"));
}

} // namespace

class TestRecommend : public QObject
{
    Q_OBJECT

private slots:
    void metricsByHand();
    void metricsIgnoreUsersWithoutRelevantItems();
    void splitUserRandomIsSeeded();
    void splitTimeAndTestFile();
    void splitSpecErrors();
    void easeClosedForm();
    void itemKnnCosineByHand();
    void alsReconstructsRankOne();
    void blockStructureHeldOutItem_data();
    void blockStructureHeldOutItem();
    void explanationsNameTheBlock();
    void popularityAndHybridFallback();
    void factoryNames();
    void loadFromProject();
    void generateAndReadBack();
    void generateCancelledLeavesTable();
    void movieLens100kQuality();
};

void TestRecommend::metricsByHand()
{
    RankingMetrics m(3);
    m.addUser({1, 2, 3}, {2, 5});
    m.addUser({4, 5, 6}, {4});
    m.addUser({7, 8, 9}, {1});
    QCOMPARE(m.users(), 3);
    QVERIFY(qAbs(m.precision() - 2.0 / 9.0) < 1e-9);
    QVERIFY(qAbs(m.recall() - 0.5) < 1e-9);
    const double ndcgA = (1.0 / std::log2(3.0)) / (1.0 + 1.0 / std::log2(3.0)); // 0.386853
    QVERIFY(qAbs(ndcgA - 0.386853) < 1e-6);
    QVERIFY(qAbs(m.ndcg() - (ndcgA + 1.0) / 3.0) < 1e-9);
    QVERIFY(qAbs(m.map() - (0.25 + 1.0) / 3.0) < 1e-9);
    QVERIFY(qAbs(m.hitRate() - 2.0 / 3.0) < 1e-9);
    QVERIFY(qAbs(m.coverage(10) - 0.9) < 1e-9);

    // Merging two halves gives the same means.
    RankingMetrics a(3), b(3);
    a.addUser({1, 2, 3}, {2, 5});
    b.addUser({4, 5, 6}, {4});
    b.addUser({7, 8, 9}, {1});
    a.merge(b);
    QVERIFY(qAbs(a.ndcg() - m.ndcg()) < 1e-12);
    QVERIFY(qAbs(a.coverage(10) - 0.9) < 1e-12);

    // MAP divides by min(k, |relevant|): hits at ranks 1 and 3 of 2 relevant -> (1 + 2/3) / 2.
    RankingMetrics c(3);
    c.addUser({7, 0, 8}, {7, 8, 9, 10});
    QVERIFY(qAbs(c.map() - (1.0 + 2.0 / 3.0) / 3.0) < 1e-9);
    QVERIFY(qAbs(c.recall() - 0.5) < 1e-9);
}

void TestRecommend::metricsIgnoreUsersWithoutRelevantItems()
{
    RankingMetrics m(2);
    m.addUser({1, 2}, {});
    QCOMPARE(m.users(), 0);
    QCOMPARE(m.precision(), 0.0);
    m.addUser({1}, {1});
    QCOMPARE(m.users(), 1);
    QCOMPARE(m.precision(), 0.5); // divided by k even when fewer items were recommended
    QCOMPARE(m.ndcg(), 1.0);
}

void TestRecommend::splitUserRandomIsSeeded()
{
    std::vector<std::array<int, 3>> triples;
    for (int u = 0; u < 20; ++u)
        for (int i = 0; i < 4 + u % 5; ++i)
            triples.push_back({u, i, 1});
    triples.push_back({20, 0, 1}); // one event: stays in training
    const InteractionData data = makeData(21, 10, triples);
    const DataSplit a = DataSplit::userRandom(data, 0.25, 7);
    const DataSplit b = DataSplit::userRandom(data, 0.25, 7);
    const DataSplit c = DataSplit::userRandom(data, 0.25, 8);
    QCOMPARE(a.train.size() + a.test.size(), data.events.size());
    auto same = [](const std::vector<Interaction> &x, const std::vector<Interaction> &y) {
        if (x.size() != y.size())
            return false;
        for (size_t i = 0; i < x.size(); ++i)
            if (x[i].user != y[i].user || x[i].item != y[i].item)
                return false;
        return true;
    };
    QVERIFY(same(a.test, b.test));
    QVERIFY(!same(a.test, c.test));
    std::vector<int> testCount(21, 0), trainCount(21, 0);
    for (const Interaction &e : a.test)
        ++testCount[size_t(e.user)];
    for (const Interaction &e : a.train)
        ++trainCount[size_t(e.user)];
    for (int u = 0; u < 20; ++u) {
        const int n = 4 + u % 5;
        QCOMPARE(trainCount[size_t(u)], int(std::lround(0.75 * n)));
        QCOMPARE(testCount[size_t(u)], n - int(std::lround(0.75 * n)));
    }
    QCOMPARE(trainCount[20], 1);
    QCOMPARE(testCount[20], 0);
}

void TestRecommend::splitTimeAndTestFile()
{
    InteractionData data = threeItemData(); // times 1000..1006
    const DataSplit t = DataSplit::byTime(data, 1004);
    QCOMPARE(int(t.train.size()), 4);
    QCOMPARE(int(t.test.size()), 3);
    for (const Interaction &e : t.test)
        QVERIFY(e.time >= 1004);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("u.test"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("u0\ti1\t4\t881250949\nu2::i2::5::1\nnobody,i1,3\nu1,i9\n");
    file.close();
    int skipped = 0;
    QString error;
    const auto split = DataSplit::fromTestFile(data, path, &error, &skipped);
    QVERIFY2(split, qPrintable(error));
    QCOMPARE(int(split->test.size()), 2);
    QCOMPARE(skipped, 2);
    QCOMPARE(split->test[0].user, 0);
    QCOMPARE(split->test[0].item, 1);
    QCOMPARE(split->test[0].value, 4.0f);
    QCOMPARE(split->test[0].time, qint64(881250949));
    QCOMPARE(split->test[1].user, 2);
    QCOMPARE(split->test[1].item, 2);
    QCOMPARE(int(split->train.size()), 5); // the two held-out pairs left training
    QVERIFY(!DataSplit::fromTestFile(data, dir.filePath(QStringLiteral("missing")), &error));
    QVERIFY(!error.isEmpty());
}

void TestRecommend::splitSpecErrors()
{
    const InteractionData data = threeItemData();
    QString error;
    QVERIFY(DataSplit::fromSpec(data, QStringLiteral("user-random:0.25"), 1, &error));
    QVERIFY(DataSplit::fromSpec(data, QStringLiteral("time:2011-11-01"), 1, &error));
    QVERIFY(!DataSplit::fromSpec(data, QStringLiteral("user-random:1.5"), 1, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!DataSplit::fromSpec(data, QStringLiteral("time:yesterday"), 1, &error));
    QVERIFY(!DataSplit::fromSpec(data, QStringLiteral("random"), 1, &error));
    QVERIFY(error.contains(QStringLiteral("random")));
}

void TestRecommend::easeClosedForm()
{
    // G = X'X = [[2,2,1],[2,3,2],[1,2,2]]; lambda 1: P = (G + I)^-1 = 1/16 [[8,-4,0],[-4,8,-4],[0,-4,8]]
    // (cofactors by hand, det 16), B_ij = -P_ij / P_jj = [[0,.5,0],[.5,0,.5],[0,.5,0]].
    const InteractionData data = threeItemData();
    const TrainingSet train = Evaluator::trainingSet(data, data.events, 2);
    Ease ease({{QStringLiteral("lambda"), 1.0}});
    SimpleProgressReporter progress;
    QString error;
    QVERIFY(ease.fit(train, progress, &error));
    const float expected[3][3] = {{0, 0.5f, 0}, {0.5f, 0, 0.5f}, {0, 0.5f, 0}};
    for (int i = 0; i < 3; ++i)
        for (int j = 0; j < 3; ++j)
            QVERIFY2(qAbs(ease.weights()(i, j) - expected[i][j]) < 1e-5,
                     qPrintable(QStringLiteral("B(%1,%2) = %3").arg(i).arg(j).arg(ease.weights()(i, j))));
    Eigen::VectorXf scores(3);
    ease.scoreUser(0, scores); // u0 has items 0 and 1
    QVERIFY(qAbs(scores[2] - 0.5f) < 1e-5);
    const auto because = ease.explain(0, 2, 3);
    QCOMPARE(int(because.size()), 1); // item 0 weighs B(0,2) = 0
    QCOMPARE(because[0].item, 1);
    QVERIFY(qAbs(because[0].weight - 0.5f) < 1e-5);
}

void TestRecommend::itemKnnCosineByHand()
{
    // Columns: i0 = {u0,u2}, i1 = {u0,u1,u2}, i2 = {u1,u2}.
    const InteractionData data = threeItemData();
    const TrainingSet train = Evaluator::trainingSet(data, data.events, 2);
    SimpleProgressReporter progress;
    ItemKnn plain({{QStringLiteral("shrink"), 0.0}});
    QVERIFY(plain.fit(train, progress, nullptr));
    QVERIFY(qAbs(plain.similarity(0, 1) - 2.0 / std::sqrt(6.0)) < 1e-5);
    QVERIFY(qAbs(plain.similarity(0, 2) - 0.5) < 1e-5);
    QVERIFY(qAbs(plain.similarity(1, 2) - 2.0 / std::sqrt(6.0)) < 1e-5);
    QCOMPARE(plain.similarity(1, 1), 0.0f);
    ItemKnn shrunk({{QStringLiteral("shrink"), 1.0}, {QStringLiteral("neighbors"), 1}});
    QVERIFY(shrunk.fit(train, progress, nullptr));
    QVERIFY(qAbs(shrunk.similarity(0, 1) - 2.0 / (std::sqrt(6.0) + 1.0)) < 1e-5);
    QCOMPARE(shrunk.similarity(0, 2), 0.0f); // only the best neighbour of item 0 is kept
    Eigen::VectorXf scores(3);
    plain.scoreUser(0, scores); // u0 = {0, 1}: score(2) = sim(0,2) + sim(1,2)
    QVERIFY(qAbs(scores[2] - (0.5 + 2.0 / std::sqrt(6.0))) < 1e-5);
}

void TestRecommend::alsReconstructsRankOne()
{
    // Every user prefers items 0-2 and none of 3-4: a rank-1 preference matrix.
    std::vector<std::array<int, 3>> triples;
    for (int u = 0; u < 6; ++u)
        for (int i = 0; i < 3; ++i)
            triples.push_back({u, i, 1});
    const InteractionData data = makeData(6, 5, triples);
    const TrainingSet train = Evaluator::trainingSet(data, data.events, 2);
    ImplicitAls als({{QStringLiteral("factors"), 1}, {QStringLiteral("reg"), 0.01},
                     {QStringLiteral("alpha"), 40.0}, {QStringLiteral("iterations"), 20}});
    SimpleProgressReporter progress;
    QVERIFY(als.fit(train, progress, nullptr));
    Eigen::VectorXf scores(5);
    for (int u = 0; u < 6; ++u) {
        als.scoreUser(u, scores);
        for (int i = 0; i < 3; ++i)
            QVERIFY2(qAbs(scores[i] - 1.0f) < 0.05f, qPrintable(QString::number(scores[i])));
        for (int i = 3; i < 5; ++i)
            QVERIFY(qAbs(scores[i]) < 0.05f);
    }
    // Hu et al. section 5: the contributions add up to the score.
    const auto because = als.explain(0, 1, 10);
    float sum = 0;
    for (const Contribution &c : because)
        sum += c.weight;
    als.scoreUser(0, scores);
    QVERIFY(qAbs(sum - scores[1]) < 1e-3f);
}

void TestRecommend::blockStructureHeldOutItem_data()
{
    QTest::addColumn<QString>("algo");
    QTest::addColumn<QVariantMap>("options");
    QTest::newRow("itemknn") << QStringLiteral("itemknn") << QVariantMap{};
    QTest::newRow("userknn_cosine") << QStringLiteral("userknn") << QVariantMap{};
    QTest::newRow("ease") << QStringLiteral("ease") << QVariantMap{{QStringLiteral("lambda"), 1.0}};
    QTest::newRow("als") << QStringLiteral("als")
                         << QVariantMap{{QStringLiteral("factors"), 2}, {QStringLiteral("reg"), 0.1}};
    QTest::newRow("hybrid") << QStringLiteral("hybrid")
                            << QVariantMap{{QStringLiteral("lambda"), 1.0}, {QStringLiteral("factors"), 2},
                                           {QStringLiteral("reg"), 0.1}};
    QTest::newRow("hybrid_itemknn") << QStringLiteral("hybrid")
                                    << QVariantMap{{QStringLiteral("b"), QStringLiteral("itemknn")},
                                                   {QStringLiteral("weight"), 0.5}, {QStringLiteral("a.lambda"), 1.0}};
    QTest::newRow("auto") << QStringLiteral("auto") << QVariantMap{{QStringLiteral("lambda"), 1.0}};
}

void TestRecommend::blockStructureHeldOutItem()
{
    QFETCH(QString, algo);
    QFETCH(QVariantMap, options);
    const InteractionData data = blockData();
    const TrainingSet train = Evaluator::trainingSet(data, data.events, 2);
    auto model = createRecommender(algo, options);
    QVERIFY(model);
    SimpleProgressReporter progress;
    QString error;
    QVERIFY2(model->fit(train, progress, &error), qPrintable(error));
    const std::vector<int> top = topItems(*model, train, 0, 3);
    QVERIFY(!top.empty());
    QCOMPARE(top.front(), 3);
    for (int item : top)
        QVERIFY(item != 0 && item != 1 && item != 2); // training items are excluded
    const std::vector<int> other = topItems(*model, train, 5, 3);
    QVERIFY(other.empty() || other.front() < 4); // users 4-7 have their whole block already
}

void TestRecommend::explanationsNameTheBlock()
{
    const InteractionData data = blockData();
    const TrainingSet train = Evaluator::trainingSet(data, data.events, 2);
    for (const QString &algo : {QStringLiteral("itemknn"), QStringLiteral("userknn"), QStringLiteral("ease"),
                                QStringLiteral("als"), QStringLiteral("hybrid")}) {
        auto model = createRecommender(algo, {{QStringLiteral("lambda"), 1.0}, {QStringLiteral("factors"), 2},
                                                  {QStringLiteral("reg"), 0.1}});
        SimpleProgressReporter progress;
        QVERIFY(model->fit(train, progress, nullptr));
        const auto because = model->explain(0, 3, 3);
        QVERIFY2(!because.empty(), qPrintable(algo));
        QVERIFY(because.size() <= 3);
        for (const Contribution &c : because) {
            QVERIFY2(c.item >= 0 && c.item <= 2, qPrintable(QStringLiteral("%1 named %2").arg(algo).arg(c.item)));
            QVERIFY(c.weight > 0);
        }
        QVERIFY(model->explain(0, 3, 1).size() == 1);
    }
}

void TestRecommend::popularityAndHybridFallback()
{
    // u0 {0,1}, u1 {0,2}, u2 {0}, u3: no events.
    const InteractionData data = makeData(4, 3, {{0, 0, 1}, {0, 1, 1}, {1, 0, 1}, {1, 2, 1}, {2, 0, 5}});
    const TrainingSet train = Evaluator::trainingSet(data, data.events, 2);
    Popularity popularity;
    SimpleProgressReporter progress;
    QVERIFY(popularity.fit(train, progress, nullptr));
    QCOMPARE(popularity.itemScores()[0], 3.0f); // distinct users, not summed quantity
    QCOMPARE(popularity.itemScores()[1], 1.0f);
    QCOMPARE(topItems(popularity, train, 3, 3), (std::vector<int>{0, 1, 2}));
    QCOMPARE(topItems(popularity, train, 0, 3), (std::vector<int>{2}));
    const auto reason = popularity.explain(3, 0, 3);
    QCOMPARE(int(reason.size()), 1);
    QCOMPARE(reason[0].item, -1);
    QVERIFY(!reason[0].reason.isEmpty());

    Hybrid hybrid({{QStringLiteral("lambda"), 1.0}});
    QVERIFY(hybrid.fit(train, progress, nullptr));
    Eigen::VectorXf scores(3), expected(3);
    hybrid.scoreUser(3, scores);
    popularity.scoreUser(3, expected);
    QVERIFY(scores.isApprox(expected));
    QCOMPARE(hybrid.explain(3, 0, 3).front().item, -1);

    Eigen::VectorXf v(3);
    v << 2, 4, 6;
    Hybrid::normalize(v);
    QVERIFY(qAbs(v[1] - 0.5f) < 1e-6f && v[0] == 0.0f && v[2] == 1.0f);

    Hybrid bad({{QStringLiteral("a"), QStringLiteral("nothing")}});
    QString error;
    QVERIFY(!bad.fit(train, progress, &error));
    QVERIFY(error.contains(QStringLiteral("nothing")));
}

void TestRecommend::factoryNames()
{
    for (const QString &name : recommenderNames()) {
        auto model = createRecommender(name);
        QVERIFY2(model, qPrintable(name));
        if (name != QLatin1String("auto"))
            QCOMPARE(model->name(), name);
    }
    QVERIFY(recommenderNames().contains(QStringLiteral("ease")));
    QVERIFY(!createRecommender(QStringLiteral("magic")));
}

void TestRecommend::loadFromProject()
{
    Project project;
    QVERIFY(project.open(QStringLiteral(":memory:")));
    QVERIFY(insertFixtureProject(project.database()));
    SimpleProgressReporter progress;
    QString error;
    const auto data = InteractionData::load(project.database(), InteractionData::Source::Auto, progress, &error);
    QVERIFY2(data, qPrintable(error));
    QVERIFY(!data->hasRatings());
    QCOMPARE(data->userCount(), 4); // NEW has no orders
    QCOMPARE(data->itemCount(), 4);
    QCOMPARE(int(data->events.size()), 11);
    QCOMPARE(data->userIndex(QStringLiteral("C1")), 0);
    QCOMPARE(data->itemIndex(QStringLiteral("D")), 3);
    QCOMPARE(data->userIndex(QStringLiteral("NEW")), -1);
    QCOMPARE(data->productNames.at(0), QStringLiteral("Apple"));
    const auto m = data->matrix(data->events);
    QCOMPARE(m.coeff(0, 0), 5.0f); // two lines of A in order 1 summed
    QCOMPARE(m.coeff(0, 3), 0.0f); // the return is not an event

    InteractionData::LoadOptions options;
    options.recencyHalfLifeDays = 100.0 / 86400.0; // 100 seconds
    const auto weighted = InteractionData::load(project.database(), options, progress, &error);
    QVERIFY(weighted);
    // C1's order at t=100 is 200 s older than the newest (300): weight 0.25.
    QVERIFY(qAbs(weighted->matrix(weighted->events).coeff(0, 0) - 1.25f) < 1e-5f);

    QVERIFY(project.database().exec(QStringLiteral(
        "INSERT INTO ratings(customer_id, product_id, value, rated_at, import_id) VALUES(11, 4, 4.5, 10, 1)")));
    const auto ratings = InteractionData::load(project.database(), InteractionData::Source::Auto, progress, &error);
    QVERIFY(ratings && ratings->hasRatings());
    QCOMPARE(int(ratings->events.size()), 1);
    QCOMPARE(ratings->events[0].value, 4.5f);
    QCOMPARE(ratings->skus.at(0), QStringLiteral("D"));
}

void TestRecommend::generateAndReadBack()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("p.tailor"));
    {
        Project project;
        QVERIFY(project.open(path));
        QVERIFY(insertFixtureProject(project.database()));
    }
    Project project;
    QVERIFY(project.open(path));
    SimpleProgressReporter progress;
    QString error;
    const auto result = RecommendationStore::generate(project.database(), QStringLiteral("itemknn"), {}, 2, progress,
                                                      &error);
    QVERIFY2(result, qPrintable(error));
    QCOMPARE(result->customers, 5);
    // C1 {A,B} -> C, D; C2 and C3 {A,B,C} -> D; C4 {B,C,D} -> A; NEW -> popular B, C.
    QCOMPARE(result->rows, qint64(2 + 1 + 1 + 1 + 2));
    const std::optional<StoredSummary> summary = RecommendationStore::latestSummary(project.database());
    QVERIFY(summary);
    QCOMPARE(summary->algo, QStringLiteral("itemknn"));
    QCOMPARE(summary->customers, qint64(5));
    QCOMPARE(summary->rows, result->rows);
    QCOMPARE(summary->perCustomer, 2);
    QVERIFY(QDateTime::fromString(summary->createdAt, Qt::ISODate).isValid());

    const auto c1 = RecommendationStore::forCustomer(project.database(), QStringLiteral("C1"), &error);
    QVERIFY(c1);
    QCOMPARE(c1->size(), 2);
    QCOMPARE(c1->at(0).sku, QStringLiteral("C"));
    QCOMPARE(c1->at(0).rank, 1);
    QCOMPARE(c1->at(0).algo, QStringLiteral("itemknn"));
    QVERIFY(!c1->at(0).because.isEmpty());
    std::set<QString> named;
    for (const QJsonValue &v : c1->at(0).because)
        named.insert(v.toObject().value(QStringLiteral("sku")).toString());
    QVERIFY(named.count(QStringLiteral("A")) || named.count(QStringLiteral("B")));
    QCOMPARE(c1->at(0).because.at(0).toObject().value(QStringLiteral("name")).toString().isEmpty(), false);

    const auto fresh = RecommendationStore::forCustomer(project.database(), QStringLiteral("NEW"), &error);
    QVERIFY(fresh);
    QCOMPARE(fresh->size(), 2);
    QCOMPARE(fresh->at(0).sku, QStringLiteral("B")); // bought by all four customers
    QVERIFY(fresh->at(0).because.at(0).toObject().contains(QStringLiteral("reason")));

    QVERIFY(!RecommendationStore::generate(project.database(), QStringLiteral("magic"), {}, 2, progress, &error));
    QVERIFY(error.contains(QStringLiteral("magic")));
}

void TestRecommend::generateCancelledLeavesTable()
{
    Project project;
    QVERIFY(project.open(QStringLiteral(":memory:")));
    QVERIFY(insertFixtureProject(project.database()));
    SimpleProgressReporter progress;
    QString error;
    QVERIFY(RecommendationStore::generate(project.database(), QStringLiteral("ease"), {}, 3, progress, &error));
    const auto before = project.database().scalar(QStringLiteral("SELECT group_concat(product_id || ':' || algo) FROM recommendations"));
    SimpleProgressReporter cancelled;
    cancelled.cancel();
    error = QStringLiteral("x");
    QVERIFY(!RecommendationStore::generate(project.database(), QStringLiteral("popularity"), {}, 3, cancelled, &error));
    QVERIFY(error.isEmpty());
    const auto after = project.database().scalar(QStringLiteral("SELECT group_concat(product_id || ':' || algo) FROM recommendations"));
    QCOMPARE(after->toString(), before->toString());
    QVERIFY(after->toString().contains(QStringLiteral("ease")));

    Project empty;
    QVERIFY(empty.open(QStringLiteral(":memory:")));
    QVERIFY(!RecommendationStore::generate(empty.database(), QStringLiteral("ease"), {}, 3, progress, &error));
    QVERIFY(!error.isEmpty());
}

void TestRecommend::movieLens100kQuality()
{
    QFile file(QStringLiteral(TAILOR_DATA_DIR "/movielens_100k/u.data"));
    if (!file.open(QIODevice::ReadOnly))
        QSKIP("MovieLens 100K is not available");
    InteractionData data;
    QHash<QString, int> users, items;
    while (!file.atEnd()) {
        const QList<QByteArray> f = file.readLine().trimmed().split('\t');
        if (f.size() < 4)
            continue;
        const QString user = QString::fromLatin1(f[0]), item = QString::fromLatin1(f[1]);
        if (!users.contains(user)) {
            users.insert(user, data.userCount());
            data.customerKeys.append(user);
            data.customerIds.append(user.toLongLong());
        }
        if (!items.contains(item)) {
            items.insert(item, data.itemCount());
            data.skus.append(item);
            data.productIds.append(item.toLongLong());
            data.productNames.append(QString());
            data.categories.append(QString());
        }
        data.events.push_back({users.value(user), items.value(item), f[2].toFloat(), f[3].toLongLong()});
    }
    data.ratings = true;
    data.rebuildIndex();
    QCOMPARE(int(data.events.size()), 100000);
    const DataSplit split = DataSplit::userRandom(data, 0.25, 42);
    Ease ease; // defaults: lambda 400, scored with the ratings
    SimpleProgressReporter progress;
    QString error;
    const auto result = Evaluator::evaluate(ease, data, split, 10, progress, &error);
    QVERIFY2(result, qPrintable(error));
    qInfo("EASE ML100K: precision@10 %.4f ndcg@10 %.4f map@10 %.4f recall@10 %.4f", result->precision, result->ndcg,
          result->map, result->recall);
    QCOMPARE(result->usersEvaluated, 943);
    QVERIFY(result->precision >= 0.42);
    QVERIFY(result->ndcg >= 0.48);
}

QTEST_GUILESS_MAIN(TestRecommend)
#include "tst_recommend.moc"
