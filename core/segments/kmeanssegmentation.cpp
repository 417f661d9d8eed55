#include "segments/kmeanssegmentation.h"

#include "jobs/progressreporter.h"
#include "segments/customerfeatures.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>

namespace {

/** Signed log1p: keeps order and sign, tames the long tails of spend and counts. */
double signedLog(double x)
{
    return x < 0 ? -std::log1p(-x) : std::log1p(x);
}

} // namespace

QList<SegmentDraft> KMeansSegmentationResult::drafts() const
{
    QList<SegmentDraft> list;
    for (int c = 0; c < clusters.size(); ++c) {
        const KMeansCluster &cluster = clusters.at(c);
        QJsonObject definition{{QStringLiteral("method"), QStringLiteral("kmeans")},
                               {QStringLiteral("k"), k},
                               {QStringLiteral("cluster"), c + 1},
                               {QStringLiteral("features"), QJsonArray::fromStringList(features)},
                               {QStringLiteral("description"), cluster.description},
                               {QStringLiteral("inertia"), inertia},
                               {QStringLiteral("silhouette"), silhouette}};
        list.append({cluster.name, QStringLiteral("kmeans"),
                     QString::fromUtf8(QJsonDocument(definition).toJson(QJsonDocument::Compact)),
                     cluster.customerIds});
    }
    return list;
}

KMeansSegmentationResult KMeansSegmentation::run(Database &db, const KMeansSegmentationOptions &options,
                                                 ProgressReporter &progress)
{
    KMeansSegmentationResult result;
    result.features = options.features;
    progress.setRange(1000);
    progress.setValue(0);

    if (options.k < 0 || options.k > 50) {
        result.errorString = tr("The number of clusters must be between 2 and 50.");
        return result;
    }
    if (options.k == 0 && (options.kMin < 2 || options.kMax < options.kMin || options.kMax > 50)) {
        result.errorString = tr("The range of clusters to try must lie between 2 and 50.");
        return result;
    }

    CustomerFeatures table;
    if (!CustomerFeatureTable::load(db, options.features, &table, &result.errorString))
        return result;
    const Eigen::Index n = table.values.rows();
    const int maxK = options.k > 0 ? options.k : options.kMax;
    if (n < std::max(2, maxK)) {
        result.errorString = tr("k-means needs more customers than clusters: the project has %1 customers with "
                                "purchases and %2 clusters were asked for.")
                                 .arg(n)
                                 .arg(maxK);
        return result;
    }
    progress.setValue(50);
    if (progress.isCancelled()) {
        result.cancelled = true;
        return result;
    }

    Eigen::MatrixXd transformed = table.values;
    if (options.logTransform) {
        for (int f = 0; f < options.features.size(); ++f) {
            if (options.features.at(f) == QLatin1String("return_rate"))
                continue;
            transformed.col(f) = transformed.col(f).unaryExpr(&signedLog);
        }
    }
    Eigen::RowVectorXd mean;
    Eigen::RowVectorXd stddev;
    const Eigen::MatrixXd points = KMeans::standardize(transformed, &mean, &stddev);

    KMeansOptions kmOptions;
    kmOptions.seed = options.seed;
    int k = options.k;
    if (k == 0) {
        // Try each k with a few restarts; pick the best sampled silhouette.
        KMeansOptions trial = kmOptions;
        trial.restarts = std::min(3, std::max(1, options.restarts));
        const int tries = options.kMax - options.kMin + 1;
        double best = -2;
        for (int i = 0; i < tries; ++i) {
            const int candidate = options.kMin + i;
            trial.k = candidate;
            SliceProgressReporter slice(progress, 50 + 600 * i / tries, 50 + 600 * (i + 1) / tries);
            const KMeansResult fit = KMeans::fit(points, trial, slice);
            if (fit.cancelled || progress.isCancelled()) {
                result.cancelled = true;
                return result;
            }
            if (!fit.isOk()) {
                result.errorString = fit.errorString;
                return result;
            }
            const double s = KMeans::silhouette(points, fit.labels, options.silhouetteSample, options.seed);
            result.silhouetteByK.append({candidate, s});
            result.inertiaByK.append({candidate, fit.inertia});
            if (s > best) {
                best = s;
                k = candidate;
            }
        }
    }
    kmOptions.k = k;
    kmOptions.restarts = std::max(1, options.restarts);
    SliceProgressReporter finalSlice(progress, options.k == 0 ? 650 : 50, 950);
    const KMeansResult fit = KMeans::fit(points, kmOptions, finalSlice);
    if (fit.cancelled || progress.isCancelled()) {
        result.cancelled = true;
        return result;
    }
    if (!fit.isOk()) {
        result.errorString = fit.errorString;
        return result;
    }
    result.k = k;
    result.inertia = fit.inertia;
    result.iterations = fit.iterations;
    result.converged = fit.converged;
    result.silhouette = KMeans::silhouette(points, fit.labels, options.silhouetteSample, options.seed);
    if (options.k > 0) {
        result.silhouetteByK.append({k, result.silhouette});
        result.inertiaByK.append({k, fit.inertia});
    }

    // Describe each cluster in the standardized (transformed) space, report raw means.
    const int d = int(options.features.size());
    Eigen::MatrixXd sums = Eigen::MatrixXd::Zero(k, d);
    Eigen::MatrixXd rawSums = Eigen::MatrixXd::Zero(k, d);
    std::vector<qint64> counts(size_t(k), 0);
    result.clusters.resize(k);
    for (Eigen::Index i = 0; i < n; ++i) {
        const int c = fit.labels[size_t(i)];
        sums.row(c) += points.row(i);
        rawSums.row(c) += table.values.row(i);
        ++counts[size_t(c)];
        result.clusters[c].customerIds.append(table.customerIds.at(int(i)));
    }
    const Eigen::RowVectorXd rawOverall = table.values.colwise().mean();
    for (int f = 0; f < d; ++f)
        result.overallMeans.append(rawOverall[f]);

    // Order clusters by size, largest first, so "Cluster 1" is the biggest group.
    std::vector<int> order(static_cast<size_t>(k));
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return counts[size_t(a)] > counts[size_t(b)]; });
    std::vector<int> rank(static_cast<size_t>(k));
    for (int r = 0; r < k; ++r)
        rank[size_t(order[size_t(r)])] = r;

    const QString prefix = options.namePrefix.trimmed().isEmpty() ? tr("Cluster") : options.namePrefix.trimmed();
    QList<KMeansCluster> ordered;
    QStringList usedNames;
    for (int r = 0; r < k; ++r) {
        const int c = order[size_t(r)];
        KMeansCluster cluster = result.clusters.at(c);
        const double count = double(std::max<qint64>(1, counts[size_t(c)]));
        struct Trait
        {
            double z;
            int feature;
        };
        std::vector<Trait> traits;
        for (int f = 0; f < d; ++f) {
            const double z = sums(c, f) / count; // standardized: overall mean 0, sd 1
            cluster.featureMeans.append(rawSums(c, f) / count);
            if (std::abs(z) > 0.4)
                traits.push_back({z, f});
        }
        std::stable_sort(traits.begin(), traits.end(),
                         [](const Trait &a, const Trait &b) { return std::abs(a.z) > std::abs(b.z); });
        QStringList words;
        for (size_t t = 0; t < std::min<size_t>(3, traits.size()); ++t)
            words << CustomerFeatureTable::trait(options.features.at(traits[t].feature), traits[t].z);
        cluster.description = words.isEmpty() ? tr("close to average") : words.join(tr(", ", "trait separator"));
        QString name = tr("%1 %2: %3").arg(prefix).arg(r + 1).arg(cluster.description);
        if (name.size() > 80)
            name = name.left(79) + QChar(0x2026);
        cluster.name = name;
        ordered.append(cluster);
    }
    result.clusters = ordered;

    // PCA scatter of a sample.
    std::vector<Eigen::Index> sample(static_cast<size_t>(n));
    std::iota(sample.begin(), sample.end(), Eigen::Index(0));
    if (options.scatterSample > 0 && n > options.scatterSample) {
        std::mt19937_64 rng(options.seed);
        std::shuffle(sample.begin(), sample.end(), rng);
        sample.resize(size_t(options.scatterSample));
    }
    Eigen::MatrixXd sampled(Eigen::Index(sample.size()), points.cols());
    for (size_t i = 0; i < sample.size(); ++i)
        sampled.row(Eigen::Index(i)) = points.row(sample[i]);
    const Eigen::MatrixXd projected = KMeans::pca2(sampled);
    for (size_t i = 0; i < sample.size(); ++i) {
        const Eigen::Index row = Eigen::Index(i);
        result.scatter.append({projected(row, 0), projected.cols() > 1 ? projected(row, 1) : 0.0,
                               rank[size_t(fit.labels[size_t(sample[i])])]});
    }
    progress.setValue(1000);
    return result;
}

bool KMeansSegmentation::save(Database &db, const KMeansSegmentationResult &result, QString *error)
{
    if (!result.isOk() || result.clusters.isEmpty()) {
        *error = tr("There are no clusters to save.");
        return false;
    }
    return SegmentStore::save(db, result.drafts(), QStringLiteral("kmeans"), error);
}
