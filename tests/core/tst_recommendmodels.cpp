#include "jobs/progressreporter.h"
#include "project/database.h"
#include "project/project.h"
#include "recommend/associationrules.h"
#include "recommend/biasedmf.h"
#include "recommend/bpr.h"
#include "recommend/contentrecommender.h"

#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <map>
#include <set>
#include <random>

namespace {

using RowMatrix = Eigen::SparseMatrix<float, Eigen::RowMajor>;

RowMatrix matrixOf(const std::vector<Interaction> &events, int users, int items)
{
    std::vector<Eigen::Triplet<float>> triplets;
    for (const Interaction &e : events)
        triplets.emplace_back(e.user, e.item, e.value);
    RowMatrix m(users, items);
    m.setFromTriplets(triplets.begin(), triplets.end());
    return m;
}

InteractionData dataOf(int users, int items)
{
    InteractionData data;
    for (int u = 0; u < users; ++u) {
        data.customerIds.append(u + 1);
        data.customerKeys.append(QStringLiteral("c%1").arg(u));
    }
    for (int i = 0; i < items; ++i) {
        data.productIds.append(i + 1);
        data.skus.append(QStringLiteral("p%1").arg(i));
        data.productNames.append(QString());
        data.categories.append(QString());
    }
    return data;
}

TrainingSet ratingSet(const InteractionData &data, const std::vector<Interaction> &ratings)
{
    TrainingSet train;
    train.data = &data;
    train.ratings = ratings;
    train.userItem = matrixOf(ratings, data.userCount(), data.itemCount());
    return train;
}

// Synthetic ratings 3 + b_u + b_i + u . v (rank 3) with a little noise.
struct LowRank
{
    InteractionData data;
    std::vector<Interaction> train;
    std::vector<Interaction> test;
};

LowRank lowRank()
{
    const int users = 300, items = 200, rank = 3;
    LowRank result;
    result.data = dataOf(users, items);
    result.data.ratings = true;
    std::mt19937 rng(7);
    std::normal_distribution<float> normal(0.0f, 1.0f);
    std::uniform_real_distribution<float> uniform(0.0f, 1.0f);
    Eigen::MatrixXf u(rank, users), v(rank, items);
    Eigen::VectorXf bu(users), bi(items);
    for (int k = 0; k < users; ++k) {
        bu[k] = 0.3f * normal(rng);
        for (int d = 0; d < rank; ++d)
            u(d, k) = 0.7f * normal(rng);
    }
    for (int k = 0; k < items; ++k) {
        bi[k] = 0.5f * normal(rng);
        for (int d = 0; d < rank; ++d)
            v(d, k) = 0.7f * normal(rng);
    }
    for (int a = 0; a < users; ++a) {
        for (int b = 0; b < items; ++b) {
            const float r = uniform(rng);
            if (r > 0.3f)
                continue;
            const float value = 3.0f + bu[a] + bi[b] + u.col(a).dot(v.col(b)) + 0.1f * normal(rng);
            (r < 0.24f ? result.train : result.test).push_back({a, b, value, 0});
        }
    }
    return result;
}

double rmse(const Recommender &model, const std::vector<Interaction> &test)
{
    double se = 0;
    for (const Interaction &r : test) {
        const double e = model.predictRating(r.user, r.item) - r.value;
        se += e * e;
    }
    return std::sqrt(se / double(test.size()));
}

std::vector<std::vector<int>> handBaskets()
{
    // A = 0, B = 1, C = 2, D = 3; the duplicate A in the second basket counts once.
    return {{0, 1, 2}, {1, 0, 0}, {0, 2}, {2, 1}, {0, 1, 3}};
}

} // namespace

class TestRecommendModels : public QObject
{
    Q_OBJECT

private slots:
    void mfRecoversLowRank();
    void mfBiasesOnTinyFixture();
    void mfSeededDeterminism();
    void mfExplain();
    void mfBadInput();
    void mfCancel();
    void bprRanksHeldOutBlockItemFirst();
    void bprBadInput();
    void tokenize_data();
    void tokenize();
    void tfidfByHand();
    void contentBadInput();
    void rulesByHandPairs();
    void rulesByHandTriples();
    void rulesMatchBruteForce_data();
    void rulesMatchBruteForce();
    void rulesBadInput();
    void rulesCancel();
    void basketsFromDatabase();
};

void TestRecommendModels::mfRecoversLowRank()
{
    const LowRank set = lowRank();
    QVERIFY(set.train.size() > 10000);
    QVERIFY(set.test.size() > 2000);
    double mean = 0;
    for (const Interaction &r : set.train)
        mean += r.value;
    mean /= double(set.train.size());
    double meanSe = 0;
    for (const Interaction &r : set.test)
        meanSe += (r.value - mean) * (r.value - mean);
    const double meanOnly = std::sqrt(meanSe / double(set.test.size()));

    for (bool implicit : {false, true}) {
        BiasedMf model({{"factors", 4}, {"epochs", 150}, {"reg", 0.02}, {"learningRate", 0.02}, {"decay", 0.99}, {"knnBlend", 0.0},
                        {"implicit", implicit}});
        SimpleProgressReporter progress;
        QString error;
        QVERIFY2(model.fit(ratingSet(set.data, set.train), progress, &error), qPrintable(error));
        const double held = rmse(model, set.test);
        qInfo("implicit=%d: mean-only RMSE %.3f, MF RMSE %.3f", int(implicit), meanOnly, held);
        QVERIFY2(held < 0.2 * meanOnly, qPrintable(QStringLiteral("%1 vs %2").arg(held).arg(meanOnly)));
    }
    // The kNN blend must not spoil it either.
    BiasedMf blended({{"factors", 4}, {"epochs", 150}, {"reg", 0.02}, {"learningRate", 0.02}, {"decay", 0.99}, {"knnBlend", 0.3}});
    SimpleProgressReporter progress;
    QString error;
    QVERIFY(blended.fit(ratingSet(set.data, set.train), progress, &error));
    QVERIFY(rmse(blended, set.test) < 0.5 * meanOnly);
}

void TestRecommendModels::mfBiasesOnTinyFixture()
{
    // Every user rates item 0 with 5, item 1 with 3, item 2 with 1; item 3 and user 4 have no ratings.
    InteractionData data = dataOf(5, 4);
    std::vector<Interaction> ratings;
    for (int u = 0; u < 4; ++u) {
        ratings.push_back({u, 0, 5.0f, 0});
        ratings.push_back({u, 1, 3.0f, 0});
        ratings.push_back({u, 2, 1.0f, 0});
    }
    BiasedMf model({{"factors", 2}, {"epochs", 200}, {"learningRate", 0.02}, {"decay", 1.0}, {"knnBlend", 0.0}});
    SimpleProgressReporter progress;
    QString error;
    QVERIFY2(model.fit(ratingSet(data, ratings), progress, &error), qPrintable(error));
    QCOMPARE(model.globalMean(), 3.0f);
    QVERIFY2(model.itemBias(0) > 1.6f && model.itemBias(0) <= 2.0f, qPrintable(QString::number(model.itemBias(0))));
    QVERIFY2(model.itemBias(2) < -1.6f && model.itemBias(2) >= -2.0f, qPrintable(QString::number(model.itemBias(2))));
    QVERIFY(std::abs(model.itemBias(1)) < 0.1f);
    QVERIFY(std::abs(model.itemBias(0) + model.itemBias(2)) < 0.1f);
    for (int u = 0; u < 4; ++u)
        QVERIFY(std::abs(model.userBias(u)) < 0.1f);
    QVERIFY(std::abs(model.predictRating(0, 0) - 5.0f) < 0.3f);
    QVERIFY(std::abs(model.predictRating(1, 2) - 1.0f) < 0.3f);
    // Predictions stay on the scale seen in training.
    for (int u = 0; u < 5; ++u)
        for (int i = 0; i < 4; ++i)
            QVERIFY(model.predictRating(u, i) >= 1.0f && model.predictRating(u, i) <= 5.0f);
    // Unseen item / unseen user: mu + the known bias, exactly.
    QCOMPARE(model.itemBias(3), 0.0f);
    QCOMPARE(model.predictRating(0, 3), 3.0f + model.userBias(0));
    QCOMPARE(model.userBias(4), 0.0f);
    QCOMPARE(model.predictRating(4, 0), std::min(5.0f, 3.0f + model.itemBias(0)));
    // scoreUser gives the predicted ratings.
    Eigen::VectorXf scores(4);
    model.scoreUser(2, scores);
    for (int i = 0; i < 4; ++i)
        QCOMPARE(scores[i], model.predictRating(2, i));
    QVERIFY(model.predictsRatings());
    QCOMPARE(model.name(), QStringLiteral("mf"));

    // With the kNN blend (default) the fallback is the same: mu + the known MF biases.
    BiasedMf blended({{"factors", 2}, {"epochs", 50}});
    QVERIFY(blended.fit(ratingSet(data, ratings), progress, &error));
    QCOMPARE(blended.predictRating(1, 3), 3.0f + blended.userBias(1));
    QCOMPARE(blended.predictRating(4, 2), std::max(1.0f, 3.0f + blended.itemBias(2)));
    QVERIFY(blended.predictRating(0, 0) > blended.predictRating(0, 1));
    QVERIFY(blended.predictRating(0, 1) > blended.predictRating(0, 2));
}

void TestRecommendModels::mfSeededDeterminism()
{
    const LowRank set = lowRank();
    const TrainingSet train = ratingSet(set.data, set.train);
    auto predictions = [&](int seed, bool implicit) {
        BiasedMf model({{"factors", 8}, {"epochs", 5}, {"seed", seed}, {"implicit", implicit}});
        SimpleProgressReporter progress;
        QString error;
        if (!model.fit(train, progress, &error))
            return std::vector<float>();
        std::vector<float> values;
        for (int k = 0; k < 200; ++k)
            values.push_back(model.predictRating(set.test[size_t(k)].user, set.test[size_t(k)].item));
        return values;
    };
    for (bool implicit : {false, true}) {
        const std::vector<float> a = predictions(11, implicit);
        QCOMPARE(a.size(), size_t(200));
        QCOMPARE(predictions(11, implicit), a);
        QVERIFY(predictions(12, implicit) != a);
    }
}

void TestRecommendModels::mfExplain()
{
    const LowRank set = lowRank();
    BiasedMf model({{"factors", 6}, {"epochs", 30}});
    SimpleProgressReporter progress;
    QString error;
    const TrainingSet train = ratingSet(set.data, set.train);
    QVERIFY(model.fit(train, progress, &error));
    const int user = 3;
    const std::vector<Contribution> why = model.explain(user, 50, 4);
    QVERIFY(!why.empty());
    QVERIFY(why.size() <= 4);
    for (size_t k = 0; k < why.size(); ++k) {
        QVERIFY(why[k].weight > 0);
        QVERIFY(train.userItem.coeff(user, why[k].item) != 0);
        if (k > 0)
            QVERIFY(why[k - 1].weight >= why[k].weight);
    }
    QVERIFY(model.explain(user, 50, 0).empty());
    QVERIFY(model.explain(-1, 50, 3).empty());
}

void TestRecommendModels::mfBadInput()
{
    InteractionData data = dataOf(2, 2);
    SimpleProgressReporter progress;
    QString error;
    BiasedMf empty;
    QVERIFY(!empty.fit(ratingSet(data, {}), progress, &error));
    QVERIFY(error.contains(QStringLiteral("ratings")));

    const std::vector<Interaction> one = {{0, 0, 4.0f, 0}};
    for (const QVariantMap &options : {QVariantMap{{"factors", 0}}, QVariantMap{{"factors", -3}},
                                       QVariantMap{{"epochs", 0}}, QVariantMap{{"knnBlend", 1.5}}}) {
        BiasedMf model(options);
        error.clear();
        QVERIFY(!model.fit(ratingSet(data, one), progress, &error));
        QVERIFY(!error.isEmpty());
    }
    BiasedMf ok;
    QVERIFY(ok.fit(ratingSet(data, one), progress, &error));
    QCOMPARE(ok.predictRating(1, 1), 4.0f);
}

void TestRecommendModels::mfCancel()
{
    const LowRank set = lowRank();
    SimpleProgressReporter progress;
    progress.cancel();
    QString error = QStringLiteral("x");
    BiasedMf model;
    QVERIFY(!model.fit(ratingSet(set.data, set.train), progress, &error));
    QVERIFY(error.isEmpty());
}

void TestRecommendModels::bprRanksHeldOutBlockItemFirst()
{
    // Users 0..29 buy items 0..11, users 30..59 buy items 12..23; each user's
    // held-out item is one of its block's that the user did not buy in training.
    const int users = 60, items = 24;
    InteractionData data = dataOf(users, items);
    std::vector<Interaction> events;
    std::vector<int> heldOut(users);
    for (int u = 0; u < users; ++u) {
        const int first = u < 30 ? 0 : 12;
        heldOut[size_t(u)] = first + u % 12;
        for (int i = first; i < first + 12; ++i) {
            if (i != heldOut[size_t(u)])
                events.push_back({u, i, 1.0f, 0});
        }
    }
    TrainingSet train;
    train.data = &data;
    train.userItem = matrixOf(events, users, items);
    Bpr model({{"factors", 8}, {"epochs", 60}});
    SimpleProgressReporter progress;
    QString error;
    QVERIFY2(model.fit(train, progress, &error), qPrintable(error));
    Eigen::VectorXf scores(items);
    for (int u = 0; u < users; ++u) {
        model.scoreUser(u, scores);
        int best = -1;
        for (int i = 0; i < items; ++i) {
            if (train.userItem.coeff(u, i) != 0)
                continue;
            if (best < 0 || scores[i] > scores[best])
                best = i;
        }
        QCOMPARE(best, heldOut[size_t(u)]);
    }
    const std::vector<Contribution> why = model.explain(0, heldOut[0], 3);
    QCOMPARE(why.size(), size_t(3));
    for (const Contribution &c : why) {
        QVERIFY(c.item < 12);
        QVERIFY(c.weight > 0);
    }
    QCOMPARE(model.name(), QStringLiteral("bpr"));
    QVERIFY(!model.predictsRatings());
}

void TestRecommendModels::bprBadInput()
{
    InteractionData data = dataOf(3, 3);
    TrainingSet train;
    train.data = &data;
    train.userItem = RowMatrix(3, 3);
    SimpleProgressReporter progress;
    QString error;
    Bpr model;
    QVERIFY(!model.fit(train, progress, &error));
    QVERIFY(!error.isEmpty());
    train.userItem = matrixOf({{0, 0, 1.0f, 0}}, 3, 3);
    Bpr zero({{"factors", 0}});
    error.clear();
    QVERIFY(!zero.fit(train, progress, &error));
    QVERIFY(error.contains(QStringLiteral("factor")));
    Bpr noEpochs({{"epochs", -1}});
    error.clear();
    QVERIFY(!noEpochs.fit(train, progress, &error));
    QVERIFY(!error.isEmpty());
}

void TestRecommendModels::tokenize_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("terms");
    QTest::newRow("latin_lowercase_drops_short_and_digits")
        << QStringLiteral("WHITE Hanging-Heart T-Light 12 x9 a") << QStringList{"white", "hanging", "heart", "light", "x9"};
    QTest::newRow("chinese_bigrams") << QStringLiteral("机器学习") << QStringList{"机器", "器学", "学习"};
    QTest::newRow("mixed_scripts")
        << QStringLiteral("绿茶 Green TEA 茶 ポケモン") << QStringList{"绿茶", "green", "tea", "茶", "ポケ", "ケモ", "モン"};
    QTest::newRow("cjk_next_to_latin") << QStringLiteral("iPhone手机壳") << QStringList{"iphone", "手机", "机壳"};
    QTest::newRow("hangul") << QStringLiteral("한국어") << QStringList{"한국", "국어"};
    QTest::newRow("accents_kept") << QStringLiteral("Crème BRÛLÉE") << QStringList{"crème", "brûlée"};
    QTest::newRow("empty") << QString() << QStringList();
}

void TestRecommendModels::tokenize()
{
    QFETCH(QString, text);
    QFETCH(QStringList, terms);
    QCOMPARE(ContentRecommender::tokenize(text), terms);
}

void TestRecommendModels::tfidfByHand()
{
    InteractionData data = dataOf(2, 4);
    data.productNames = {"Red apple, apple", "Green apple", "Red car", "Blue car"};
    data.categories = {"Fruit", "fruit", "Vehicle", ""};
    // Documents: 0 = red apple apple fruit, 1 = green apple fruit, 2 = red car vehicle,
    // 3 = blue car (nobody bought it: cold start). N = 4.
    TrainingSet train;
    train.data = &data;
    train.userItem = matrixOf({{0, 0, 1.0f, 0}, {1, 2, 2.0f, 0}}, 2, 4);
    ContentRecommender model;
    SimpleProgressReporter progress;
    QString error;
    QVERIFY2(model.fit(train, progress, &error), qPrintable(error));
    QCOMPARE(model.termCount(), 7);

    // idf = ln((1 + N) / (1 + df)) + 1 with N = 4.
    const double idf1 = std::log(5.0 / 2.0) + 1;   // df 1: green, vehicle, blue
    const double idf2 = std::log(5.0 / 3.0) + 1;   // df 2: red, apple, fruit, car
    QVERIFY(qFuzzyCompare(model.idf(model.termIndex("green")), float(idf1)));
    QVERIFY(qFuzzyCompare(model.idf(model.termIndex("red")), float(idf2)));
    QVERIFY(qFuzzyCompare(model.idf(model.termIndex("car")), float(idf2)));

    // Item 0: tf red 1, apple 2, fruit 1, all with idf2 -> (1, 2, 1) / sqrt(6).
    const auto w = [&](int item, const char *term) { return double(model.weight(item, model.termIndex(term))); };
    QVERIFY(std::abs(w(0, "red") - 1 / std::sqrt(6.0)) < 1e-6);
    QVERIFY(std::abs(w(0, "apple") - 2 / std::sqrt(6.0)) < 1e-6);
    QVERIFY(std::abs(w(0, "fruit") - 1 / std::sqrt(6.0)) < 1e-6);
    QCOMPARE(w(0, "car"), 0.0);
    // Item 1: green idf1, apple idf2, fruit idf2.
    const double norm1 = std::sqrt(idf1 * idf1 + 2 * idf2 * idf2);
    QVERIFY(std::abs(w(1, "green") - idf1 / norm1) < 1e-6);
    QVERIFY(std::abs(w(1, "apple") - idf2 / norm1) < 1e-6);
    // Item 2: red idf2, car idf2, vehicle idf1. Item 3: blue idf1, car idf2.
    const double norm2 = std::sqrt(2 * idf2 * idf2 + idf1 * idf1);
    const double norm3 = std::sqrt(idf1 * idf1 + idf2 * idf2);
    QVERIFY(std::abs(w(2, "vehicle") - idf1 / norm2) < 1e-6);
    QVERIFY(std::abs(w(3, "blue") - idf1 / norm3) < 1e-6);

    // User 0 owns item 0 only: its profile is v_0, so the score is the cosine with v_0.
    Eigen::VectorXf scores(4);
    model.scoreUser(0, scores);
    QVERIFY(std::abs(scores[0] - 1.0) < 1e-6);
    QVERIFY(std::abs(scores[1] - (2 + 1) / std::sqrt(6.0) * idf2 / norm1) < 1e-6);
    QVERIFY(std::abs(scores[2] - 1 / std::sqrt(6.0) * idf2 / norm2) < 1e-6);
    QCOMPARE(scores[3], 0.0f);
    // User 1 owns item 2 (value 2): the cold-start item 3 shares "car" with it.
    model.scoreUser(1, scores);
    QVERIFY(std::abs(scores[3] - (idf2 / norm2) * (idf2 / norm3)) < 1e-6);
    QVERIFY(scores[3] > scores[1]);
    const std::vector<Contribution> why = model.explain(1, 3, 5);
    QCOMPARE(why.size(), size_t(1));
    QCOMPARE(why[0].item, 2);
    QVERIFY(std::abs(why[0].weight - scores[3]) < 1e-6);
    QCOMPARE(model.name(), QStringLiteral("content"));
}

void TestRecommendModels::contentBadInput()
{
    SimpleProgressReporter progress;
    QString error;
    TrainingSet train;
    train.userItem = RowMatrix(1, 2);
    ContentRecommender model;
    QVERIFY(!model.fit(train, progress, &error));   // no product table
    QVERIFY(!error.isEmpty());
    InteractionData data = dataOf(1, 2);
    data.productNames = {"1", "x"};
    train.data = &data;
    error.clear();
    QVERIFY(!model.fit(train, progress, &error));   // no words at all
    QVERIFY(!error.isEmpty());
}

void TestRecommendModels::rulesByHandPairs()
{
    // Counts: A 4, B 4, C 3, D 1; AB 3, AC 2, BC 2, AD 1, BD 1; 5 baskets.
    AssociationRules rules;
    SimpleProgressReporter progress;
    QString error;
    AssociationRules::Options options;
    options.minSupport = 0.3;   // at least 2 baskets
    options.minConfidence = 0.5;
    QVERIFY2(rules.mine(handBaskets(), 4, options, progress, &error), qPrintable(error));
    QCOMPARE(rules.basketCount(), 5);
    QCOMPARE(rules.ruleCount(), 6);
    QCOMPARE(rules.itemSupport(0), 0.8);
    QCOMPARE(rules.itemSupport(3), 0.2);

    const std::vector<AssociationRules::Rule> top = rules.topRules(10);
    QCOMPARE(top.size(), size_t(6));
    // A -> B: support 3/5, confidence 3/4, lift 0.75 / 0.8.
    QCOMPARE(top[0].antecedent, std::vector<int>{0});
    QCOMPARE(top[0].consequent, 1);
    QCOMPARE(top[0].count, 3);
    QVERIFY(qFuzzyCompare(top[0].support, 0.6));
    QVERIFY(qFuzzyCompare(top[0].confidence, 0.75));
    QVERIFY(qFuzzyCompare(top[0].lift, 0.9375));
    QCOMPARE(top[1].antecedent, std::vector<int>{1});
    QCOMPARE(top[1].consequent, 0);

    // C -> A and C -> B: support 2/5, confidence 2/3, lift (2/3) / 0.8.
    const std::vector<AssociationRules::Suggestion> forC = rules.rulesFor(2, 5);
    QCOMPARE(forC.size(), size_t(2));
    QCOMPARE(forC[0].item, 0);
    QCOMPARE(forC[1].item, 1);
    QVERIFY(qFuzzyCompare(forC[0].support, 0.4));
    QVERIFY(qFuzzyCompare(forC[0].confidence, 2.0 / 3.0));
    QVERIFY(qFuzzyCompare(forC[0].lift, (2.0 / 3.0) / 0.8));
    // A -> C: confidence 2/4, lift 0.5 / 0.6; A -> B comes first (higher lift).
    const std::vector<AssociationRules::Suggestion> forA = rules.rulesFor(0, 5);
    QCOMPARE(forA.size(), size_t(2));
    QCOMPARE(forA[0].item, 1);
    QCOMPARE(forA[1].item, 2);
    QVERIFY(qFuzzyCompare(forA[1].confidence, 0.5));
    QVERIFY(qFuzzyCompare(forA[1].lift, 0.5 / 0.6));
    QCOMPARE(rules.rulesFor(0, 1).size(), size_t(1));
    QVERIFY(rules.rulesFor(3, 5).empty());   // D is below the minimum support
    QVERIFY(rules.rulesFor(9, 5).empty());
}

void TestRecommendModels::rulesByHandTriples()
{
    AssociationRules rules;
    SimpleProgressReporter progress;
    QString error;
    AssociationRules::Options options;
    options.minSupport = 0.2;   // one basket is enough
    options.minConfidence = 0.5;
    options.maxItems = 3;
    QVERIFY2(rules.mine(handBaskets(), 4, options, progress, &error), qPrintable(error));
    // Pairs: A<->B, A<->C, B<->C, D->A, D->B (A->D and B->D have confidence 1/4).
    // Triples: {A,C}->B, {B,C}->A (1/2), {A,D}->B, {B,D}->A (1/1); {A,B}->C and {A,B}->D have 1/3.
    QCOMPARE(rules.ruleCount(), 12);
    const std::vector<AssociationRules::Rule> top = rules.topRules(4);
    QCOMPARE(top.size(), size_t(4));
    // All four have lift 1 / 0.8 and confidence 1; ordered by antecedent.
    QCOMPARE(top[0].antecedent, (std::vector<int>{0, 3}));
    QCOMPARE(top[0].consequent, 1);
    QCOMPARE(top[1].antecedent, (std::vector<int>{1, 3}));
    QCOMPARE(top[2].antecedent, std::vector<int>{3});
    QCOMPARE(top[2].consequent, 0);
    QCOMPARE(top[3].consequent, 1);
    for (const AssociationRules::Rule &rule : top) {
        QVERIFY(qFuzzyCompare(rule.lift, 1.25));
        QVERIFY(qFuzzyCompare(rule.confidence, 1.0));
        QVERIFY(qFuzzyCompare(rule.support, 0.2));
    }
    const std::vector<AssociationRules::Rule> all = rules.topRules(100);
    const auto acb = std::find_if(all.begin(), all.end(), [](const AssociationRules::Rule &r) {
        return r.antecedent == std::vector<int>{0, 2} && r.consequent == 1;
    });
    QVERIFY(acb != all.end());
    QVERIFY(qFuzzyCompare(acb->confidence, 0.5));
    QVERIFY(qFuzzyCompare(acb->lift, 0.625));
    QCOMPARE(acb->count, 1);
}

void TestRecommendModels::rulesMatchBruteForce_data()
{
    QTest::addColumn<int>("items");
    QTest::addColumn<int>("basketCount");
    QTest::newRow("dense_pair_counts") << 40 << 400;
    QTest::newRow("hashed_pair_counts") << 2600 << 3000;   // more than 2048 frequent items
}

void TestRecommendModels::rulesMatchBruteForce()
{
    QFETCH(int, items);
    QFETCH(int, basketCount);
    // Random baskets in which every item occurs; each basket also holds one of a few "hub" items.
    std::mt19937 rng(5);
    std::uniform_int_distribution<int> pick(0, items - 1);
    std::vector<std::vector<int>> baskets(static_cast<size_t>(basketCount));
    for (int b = 0; b < basketCount; ++b) {
        baskets[size_t(b)] = {b % items, b % 3, pick(rng), pick(rng), pick(rng)};
    }
    AssociationRules::Options options;
    options.minSupport = 1.0 / basketCount;
    options.minConfidence = 0.2;
    AssociationRules rules;
    SimpleProgressReporter progress;
    QString error;
    QVERIFY2(rules.mine(baskets, items, options, progress, &error), qPrintable(error));

    // Brute force: every ordered pair (a, c) with a != c.
    std::vector<std::set<int>> sets;
    for (const std::vector<int> &basket : baskets)
        sets.emplace_back(basket.begin(), basket.end());
    std::vector<int> single(size_t(items), 0);
    std::map<std::pair<int, int>, int> together;
    for (const std::set<int> &s : sets) {
        for (int a : s) {
            ++single[size_t(a)];
            for (int c : s)
                if (a != c)
                    ++together[{a, c}];
        }
    }
    int expected = 0;
    for (const auto &[key, count] : together) {
        if (double(count) / single[size_t(key.first)] >= options.minConfidence)
            ++expected;
    }
    QCOMPARE(rules.ruleCount(), expected);
    for (const AssociationRules::Rule &rule : rules.topRules(200)) {
        const int a = rule.antecedent.front();
        const int count = together[{a, rule.consequent}];
        QCOMPARE(rule.count, count);
        QVERIFY(qFuzzyCompare(rule.confidence, double(count) / single[size_t(a)]));
        QVERIFY(qFuzzyCompare(rule.lift, rule.confidence / (double(single[size_t(rule.consequent)]) / basketCount)));
    }
}

void TestRecommendModels::rulesBadInput()
{
    SimpleProgressReporter progress;
    QString error;
    AssociationRules rules;
    AssociationRules::Options options;
    QVERIFY(!rules.mine({}, 4, options, progress, &error));
    QVERIFY(error.contains(QStringLiteral("basket")));
    error.clear();
    QVERIFY(!rules.mine(handBaskets(), 0, options, progress, &error));
    QVERIFY(!error.isEmpty());
    error.clear();
    QVERIFY(!rules.mine({{0, 7}}, 4, options, progress, &error));
    QVERIFY(error.contains(QStringLiteral("7")));
    for (const AssociationRules::Options &bad : {AssociationRules::Options{0.0, 0.3, 2},
                                                 AssociationRules::Options{1.5, 0.3, 2},
                                                 AssociationRules::Options{0.1, -0.1, 2},
                                                 AssociationRules::Options{0.1, 0.3, 4}}) {
        error.clear();
        QVERIFY(!rules.mine(handBaskets(), 4, bad, progress, &error));
        QVERIFY(!error.isEmpty());
    }
    QCOMPARE(rules.ruleCount(), 0);
}

void TestRecommendModels::rulesCancel()
{
    AssociationRules rules;
    SimpleProgressReporter progress;
    QString error;
    AssociationRules::Options options;
    options.minSupport = 0.3;
    options.minConfidence = 0.5;
    QVERIFY(rules.mine(handBaskets(), 4, options, progress, &error));
    SimpleProgressReporter cancelled;
    cancelled.cancel();
    options.minSupport = 0.2;
    QVERIFY(!rules.mine(handBaskets(), 4, options, cancelled, &error));
    QVERIFY(error.isEmpty());
    QCOMPARE(rules.ruleCount(), 6);   // the previous rules are kept
}

void TestRecommendModels::basketsFromDatabase()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Project project;
    QVERIFY(project.open(dir.filePath(QStringLiteral("baskets.tailor"))));
    Database &db = project.database();
    QVERIFY(db.exec(QStringLiteral(
        "INSERT INTO import_runs(id, kind, file_path, file_name, sha256, started_at) "
        "VALUES(1, 'transactions', 'x.csv', 'x.csv', '', '2024-01-01');"
        "INSERT INTO customers(id, customer_key) VALUES(1, 'c1');"
        "INSERT INTO products(id, sku, name) VALUES(10, 'A', 'Apple'), (11, 'B', 'Bread'), (12, 'C', 'Cheese');"
        "INSERT INTO order_lines(order_id, customer_id, product_id, quantity, unit_price, ordered_at, is_return, import_id) VALUES"
        " ('o1', 1, 10, 1, 1, 0, 0, 1), ('o1', 1, 11, 2, 1, 0, 0, 1),"
        " ('o2', NULL, 10, 1, 1, 0, 0, 1), ('o2', NULL, 11, 1, 1, 0, 0, 1),"   // anonymous: still a basket
        " ('o3', 1, 12, -1, 1, 0, 1, 1);")));                                   // a return: ignored
    SimpleProgressReporter progress;
    QString error;
    const std::optional<AssociationRules::Baskets> baskets =
        AssociationRules::basketsFromDatabase(db, progress, &error);
    QVERIFY2(baskets.has_value(), qPrintable(error));
    QCOMPARE(baskets->baskets.size(), size_t(2));
    QCOMPARE(baskets->skus.size(), 2);
    QVERIFY(!baskets->skus.contains(QStringLiteral("C")));
    for (const std::vector<int> &basket : baskets->baskets) {
        QCOMPARE(basket.size(), size_t(2));
        QVERIFY(baskets->skus[basket[0]] != baskets->skus[basket[1]]);
    }
    const int apple = int(baskets->skus.indexOf(QStringLiteral("A")));
    QCOMPARE(baskets->names[apple], QStringLiteral("Apple"));
    QCOMPARE(baskets->productIds[apple], qint64(10));

    AssociationRules rules;
    QVERIFY(rules.mine(baskets->baskets, int(baskets->skus.size()), {}, progress, &error));
    const std::vector<AssociationRules::Suggestion> withApple = rules.rulesFor(apple, 3);
    QCOMPARE(withApple.size(), size_t(1));
    QCOMPARE(baskets->skus[withApple[0].item], QStringLiteral("B"));
    QVERIFY(qFuzzyCompare(withApple[0].confidence, 1.0));
}

QTEST_GUILESS_MAIN(TestRecommendModels)
#include "tst_recommendmodels.moc"
