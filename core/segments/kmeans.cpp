#include "segments/kmeans.h"

#include "jobs/progressreporter.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <exception>
#include <limits>
#include <new>
#include <numeric>
#include <random>
#include <thread>

namespace {

using Eigen::Index;

// Rows per work block: small enough that a block's distances (k x rows) stay in
// cache, large enough that the per-block matrix product is efficient.
constexpr Index kBlockRows = 2048;

int resolveThreads(int requested)
{
    if (requested > 0)
        return requested;
    const unsigned cores = std::thread::hardware_concurrency();
    return cores == 0 ? 1 : int(std::min(cores, 64u));
}

// Uniform double in [0, 1) from the top 53 bits: the same sequence on every platform,
// unlike std::uniform_real_distribution.
double uniform01(std::mt19937_64 &rng)
{
    return double(rng() >> 11) * 0x1.0p-53;
}

/** Per-worker scratch buffers, reused across the blocks a worker handles. */
struct Scratch
{
    Eigen::MatrixXd xt;   // d x rows: the block, centred, transposed (column = point)
    Eigen::MatrixXd prod; // k x rows or rows x m
    Eigen::RowVectorXd row;
};

/**
 * Runs fn(block, scratch) for every block in [0, blocks) on up to @p threads
 * std::threads (the caller's thread included). fn writes per-block state only.
 * An exception in a worker (bad_alloc) is rethrown in the caller after all joined.
 */
template<typename Fn>
void parallelFor(Index blocks, int threads, Fn &&fn)
{
    const int workers = int(std::min<Index>(blocks, threads));
    if (workers <= 1) {
        Scratch scratch;
        for (Index b = 0; b < blocks; ++b)
            fn(b, scratch);
        return;
    }
    std::atomic<Index> next{0};
    std::vector<std::exception_ptr> errors(static_cast<size_t>(workers));
    auto work = [&](int w) {
        try {
            Scratch scratch;
            for (Index b = next.fetch_add(1); b < blocks; b = next.fetch_add(1))
                fn(b, scratch);
        } catch (...) {
            errors[size_t(w)] = std::current_exception();
            next.store(blocks);
        }
    };
    std::vector<std::thread> pool;
    try {
        pool.reserve(size_t(workers - 1));
        for (int w = 1; w < workers; ++w)
            pool.emplace_back(work, w);
    } catch (...) {
        // Fewer threads than asked (resource limits): the running ones finish the work.
    }
    work(0);
    for (std::thread &t : pool)
        t.join();
    for (const std::exception_ptr &e : errors) {
        if (e)
            std::rethrow_exception(e);
    }
}

/**
 * The data of one clustering, centred on the column means (distances are
 * unchanged, and the ||x||^2 - 2 x.c + ||c||^2 expansion loses far less precision),
 * split into row blocks.
 */
class Engine
{
public:
    Engine(const Eigen::MatrixXd &points, int threads)
        : m_points(points), m_n(points.rows()), m_d(points.cols()),
          m_blocks((points.rows() + kBlockRows - 1) / kBlockRows), m_threads(resolveThreads(threads))
    {
        m_shift = m_n > 0 ? Eigen::RowVectorXd(points.colwise().mean()) : Eigen::RowVectorXd::Zero(m_d);
    }

    Index n() const { return m_n; }
    Index d() const { return m_d; }
    Index blocks() const { return m_blocks; }
    const Eigen::RowVectorXd &shift() const { return m_shift; }
    Index blockStart(Index b) const { return b * kBlockRows; }
    Index blockRows(Index b) const { return std::min(kBlockRows, m_n - b * kBlockRows); }

    void loadBlock(Index b, Scratch &s) const
    {
        s.xt.noalias() = (m_points.middleRows(blockStart(b), blockRows(b)).rowwise() - m_shift).transpose();
    }

    template<typename Fn>
    void forBlocks(Fn &&fn) const { parallelFor(m_blocks, m_threads, std::forward<Fn>(fn)); }

    /** Mean of the column variances (population), as scikit-learn's tolerance scale. */
    double meanVariance() const
    {
        std::vector<double> partial(static_cast<size_t>(m_blocks));
        forBlocks([&](Index b, Scratch &s) {
            loadBlock(b, s);
            partial[size_t(b)] = s.xt.squaredNorm();
        });
        const double total = std::accumulate(partial.begin(), partial.end(), 0.0);
        return total / double(m_n) / double(m_d);
    }

    /** Squared distances of every point to @p c (a centred d-vector), written to @p out. */
    void distancesTo(const Eigen::VectorXd &c, std::vector<double> &out) const
    {
        forBlocks([&](Index b, Scratch &s) {
            loadBlock(b, s);
            s.row.noalias() = (s.xt.colwise() - c).colwise().squaredNorm();
            std::copy(s.row.data(), s.row.data() + s.row.size(), out.begin() + blockStart(b));
        });
    }

    /**
     * One Lloyd step: labels from @p centers (k x d, centred), and the per-cluster
     * sums (d x k) and counts of the new labels. Returns how many labels changed.
     * Without @p sums only the labels are computed.
     */
    Index assignStep(const Eigen::MatrixXd &centers, std::vector<int> &labels, Eigen::MatrixXd *sums,
                     std::vector<Index> *counts) const
    {
        const Index k = centers.rows();
        const Eigen::VectorXd cNorm = centers.rowwise().squaredNorm();
        std::vector<Index> changed(static_cast<size_t>(m_blocks), 0);
        std::vector<Eigen::MatrixXd> blockSums(sums ? size_t(m_blocks) : 0);
        std::vector<std::vector<Index>> blockCounts(sums ? size_t(m_blocks) : 0);
        forBlocks([&](Index b, Scratch &s) {
            loadBlock(b, s);
            const Index rows = blockRows(b), start = blockStart(b);
            s.prod.noalias() = centers * s.xt; // k x rows: x.c for every pair
            Eigen::MatrixXd *bs = nullptr;
            std::vector<Index> *bc = nullptr;
            if (sums) {
                bs = &blockSums[size_t(b)];
                bs->setZero(m_d, k);
                bc = &blockCounts[size_t(b)];
                bc->assign(size_t(k), 0);
            }
            Index moved = 0;
            for (Index i = 0; i < rows; ++i) {
                const double *col = s.prod.data() + i * k;
                int best = 0;
                double bestValue = cNorm[0] - 2.0 * col[0];
                for (Index j = 1; j < k; ++j) {
                    const double v = cNorm[j] - 2.0 * col[j];
                    if (v < bestValue) {
                        bestValue = v;
                        best = int(j);
                    }
                }
                int &label = labels[size_t(start + i)];
                if (label != best) {
                    ++moved;
                    label = best;
                }
                if (bs) {
                    bs->col(best) += s.xt.col(i);
                    ++(*bc)[size_t(best)];
                }
            }
            changed[size_t(b)] = moved;
        });
        if (sums) {
            // Reduce in block order: the same result for any thread count.
            sums->setZero(m_d, k);
            counts->assign(size_t(k), 0);
            for (Index b = 0; b < m_blocks; ++b) {
                *sums += blockSums[size_t(b)];
                for (Index j = 0; j < k; ++j)
                    (*counts)[size_t(j)] += blockCounts[size_t(b)][size_t(j)];
            }
        }
        return std::accumulate(changed.begin(), changed.end(), Index(0));
    }

    /** Sum of squared distances to the assigned centres, computed directly (not expanded). */
    double inertia(const Eigen::MatrixXd &centers, const std::vector<int> &labels) const
    {
        std::vector<double> partial(static_cast<size_t>(m_blocks), 0.0);
        forBlocks([&](Index b, Scratch &s) {
            loadBlock(b, s);
            const Index start = blockStart(b);
            double sum = 0;
            for (Index i = 0; i < s.xt.cols(); ++i)
                sum += (s.xt.col(i) - centers.row(labels[size_t(start + i)]).transpose()).squaredNorm();
            partial[size_t(b)] = sum;
        });
        return std::accumulate(partial.begin(), partial.end(), 0.0);
    }

    /**
     * Gives every empty cluster the point farthest from its (old) centre, as
     * scikit-learn's _relocate_empty_clusters: the point moves between the sums,
     * its label stays until the next assignment.
     */
    void relocateEmpty(const Eigen::MatrixXd &oldCenters, const std::vector<int> &labels, Eigen::MatrixXd &sums,
                       std::vector<Index> &counts) const
    {
        std::vector<int> empty;
        for (size_t j = 0; j < counts.size(); ++j) {
            if (counts[j] == 0)
                empty.push_back(int(j));
        }
        if (empty.empty())
            return;
        std::vector<double> dist(static_cast<size_t>(m_n));
        forBlocks([&](Index b, Scratch &s) {
            loadBlock(b, s);
            const Index start = blockStart(b);
            for (Index i = 0; i < s.xt.cols(); ++i)
                dist[size_t(start + i)] =
                    (s.xt.col(i) - oldCenters.row(labels[size_t(start + i)]).transpose()).squaredNorm();
        });
        const size_t take = std::min(empty.size(), size_t(m_n));
        std::vector<Index> order(static_cast<size_t>(m_n));
        std::iota(order.begin(), order.end(), Index(0));
        std::partial_sort(order.begin(), order.begin() + Index(take), order.end(), [&](Index a, Index b) {
            return dist[size_t(a)] > dist[size_t(b)] || (dist[size_t(a)] == dist[size_t(b)] && a < b);
        });
        for (size_t e = 0; e < take; ++e) {
            const Index far = order[e];
            const int from = labels[size_t(far)];
            const int to = empty[e];
            const Eigen::VectorXd x = (m_points.row(far) - m_shift).transpose();
            sums.col(from) -= x;
            sums.col(to) = x;
            counts[size_t(to)] = 1;
            counts[size_t(from)] -= 1;
        }
    }

    /** Greedy k-means++ (scikit-learn's _kmeans_plusplus): k x d centred centres. */
    bool seedPlusPlus(int k, std::mt19937_64 &rng, ProgressReporter &progress, Eigen::MatrixXd &centers) const
    {
        centers.resize(k, m_d);
        const int trials = 2 + int(std::log(double(k)));
        auto pointAt = [&](Index i) { return Eigen::VectorXd((m_points.row(i) - m_shift).transpose()); };

        const Index first = std::min(m_n - 1, Index(uniform01(rng) * double(m_n)));
        centers.row(0) = pointAt(first).transpose();
        std::vector<double> closest(static_cast<size_t>(m_n));
        distancesTo(pointAt(first), closest);
        double potential = std::accumulate(closest.begin(), closest.end(), 0.0);

        std::vector<double> cumulative(static_cast<size_t>(m_n));
        std::vector<Index> candidates(static_cast<size_t>(trials));
        std::vector<double> blockPotentials(size_t(m_blocks) * size_t(trials));
        for (int c = 1; c < k; ++c) {
            if (progress.isCancelled())
                return false;
            std::partial_sum(closest.begin(), closest.end(), cumulative.begin());
            for (int t = 0; t < trials; ++t) {
                const double target = uniform01(rng) * potential;
                const Index id = std::lower_bound(cumulative.begin(), cumulative.end(), target) - cumulative.begin();
                candidates[size_t(t)] = std::min(id, m_n - 1);
            }
            Eigen::MatrixXd cand(m_d, trials);
            for (int t = 0; t < trials; ++t)
                cand.col(t) = pointAt(candidates[size_t(t)]);
            forBlocks([&](Index b, Scratch &s) {
                loadBlock(b, s);
                const Index start = blockStart(b);
                for (int t = 0; t < trials; ++t) {
                    s.row.noalias() = (s.xt.colwise() - cand.col(t)).colwise().squaredNorm();
                    double sum = 0;
                    for (Index i = 0; i < s.row.size(); ++i)
                        sum += std::min(closest[size_t(start + i)], s.row[i]);
                    blockPotentials[size_t(b) * size_t(trials) + size_t(t)] = sum;
                }
            });
            int best = 0;
            double bestPotential = std::numeric_limits<double>::infinity();
            for (int t = 0; t < trials; ++t) {
                double sum = 0;
                for (Index b = 0; b < m_blocks; ++b)
                    sum += blockPotentials[size_t(b) * size_t(trials) + size_t(t)];
                if (sum < bestPotential) {
                    bestPotential = sum;
                    best = t;
                }
            }
            const Eigen::VectorXd chosen = cand.col(best);
            forBlocks([&](Index b, Scratch &s) {
                loadBlock(b, s);
                const Index start = blockStart(b);
                s.row.noalias() = (s.xt.colwise() - chosen).colwise().squaredNorm();
                for (Index i = 0; i < s.row.size(); ++i)
                    closest[size_t(start + i)] = std::min(closest[size_t(start + i)], s.row[i]);
            });
            potential = bestPotential;
            centers.row(c) = chosen.transpose();
        }
        return true;
    }

private:
    const Eigen::MatrixXd &m_points;
    Index m_n, m_d, m_blocks;
    int m_threads;
    Eigen::RowVectorXd m_shift;
};

struct SingleRun
{
    Eigen::MatrixXd centers; // centred
    std::vector<int> labels;
    double inertia = 0;
    int iterations = 0;
    bool converged = false;
};

// Lloyd iterations as scikit-learn's _kmeans_single_lloyd. Returns false when cancelled.
bool runLloyd(const Engine &engine, Eigen::MatrixXd centers, const KMeansOptions &options, double tolerance,
              qint64 progressBase, ProgressReporter &progress, SingleRun &run)
{
    const Index k = centers.rows();
    run.labels.assign(size_t(engine.n()), -1);
    Eigen::MatrixXd sums;
    std::vector<Index> counts;
    bool strict = false;
    run.converged = false;
    int iteration = 0;
    for (; iteration < options.maxIterations; ++iteration) {
        if (progress.isCancelled())
            return false;
        const Index changed = engine.assignStep(centers, run.labels, &sums, &counts);
        engine.relocateEmpty(centers, run.labels, sums, counts);
        Eigen::MatrixXd next(k, engine.d());
        for (Index j = 0; j < k; ++j) {
            const double w = counts[size_t(j)] > 0 ? 1.0 / double(counts[size_t(j)]) : 1.0;
            next.row(j) = sums.col(j).transpose() * w;
        }
        const double shift = (next - centers).squaredNorm();
        centers.swap(next);
        progress.setValue(progressBase + iteration + 1);
        if (changed == 0) {
            strict = true;
            run.converged = true;
            break;
        }
        if (shift <= tolerance) {
            run.converged = true;
            break;
        }
    }
    run.iterations = std::min(iteration + 1, options.maxIterations);
    if (!strict) // the labels must belong to the final centres
        engine.assignStep(centers, run.labels, nullptr, nullptr);
    run.inertia = engine.inertia(centers, run.labels);
    run.centers = std::move(centers);
    return true;
}

/** Forwards to another reporter, mapping this range onto [offset, offset + span). */
class SliceReporter : public ProgressReporter
{
public:
    SliceReporter(ProgressReporter &outer, qint64 offset, qint64 span) : m_outer(outer), m_offset(offset), m_span(span) {}
    void setRange(qint64 total) override { m_total = total; }
    void setValue(qint64 done) override
    {
        if (m_total > 0)
            m_outer.setValue(m_offset + qBound(qint64(0), done, m_total) * m_span / m_total);
    }
    bool isCancelled() const override { return m_outer.isCancelled(); }

private:
    ProgressReporter &m_outer;
    qint64 m_offset, m_span, m_total = 0;
};

// Position (row, column) of the first non-finite value, or (-1, -1).
std::pair<Index, Index> firstNonFinite(const Eigen::MatrixXd &m)
{
    for (Index r = 0; r < m.rows(); ++r) {
        for (Index c = 0; c < m.cols(); ++c) {
            if (!std::isfinite(m(r, c)))
                return {r, c};
        }
    }
    return {-1, -1};
}

} // namespace

KMeansResult KMeans::fit(const Eigen::MatrixXd &points, const KMeansOptions &options, ProgressReporter &progress)
{
    KMeansResult result;
    const Index n = points.rows(), d = points.cols();
    if (n == 0 || d == 0) {
        result.errorString = tr("There is no data to cluster: %1 rows and %2 features.").arg(n).arg(d);
        return result;
    }
    if (options.k < 1 || options.k > n) {
        result.errorString = tr("The number of clusters must be between 1 and %1 (the number of points), not %2.")
                                 .arg(n)
                                 .arg(options.k);
        return result;
    }
    if (options.restarts < 1 || options.maxIterations < 1) {
        result.errorString = tr("The number of restarts (%1) and of iterations (%2) must both be at least 1.")
                                 .arg(options.restarts)
                                 .arg(options.maxIterations);
        return result;
    }
    if (!(options.tolerance >= 0) || !std::isfinite(options.tolerance)) {
        result.errorString = tr("The tolerance must be a finite number of at least 0, not %1.").arg(options.tolerance);
        return result;
    }
    if (!points.allFinite()) {
        const auto [r, c] = firstNonFinite(points);
        result.errorString = tr("The data contain a missing or infinite value (row %1, feature %2). "
                                "Fill in or drop such rows before clustering.")
                                 .arg(r + 1)
                                 .arg(c + 1);
        return result;
    }
    const bool haveInit = options.initialCenters.size() > 0;
    if (haveInit) {
        if (options.initialCenters.rows() != options.k || options.initialCenters.cols() != d) {
            result.errorString = tr("The initial centres must form a %1 x %2 matrix (clusters x features), not %3 x %4.")
                                     .arg(options.k)
                                     .arg(d)
                                     .arg(options.initialCenters.rows())
                                     .arg(options.initialCenters.cols());
            return result;
        }
        if (!options.initialCenters.allFinite()) {
            result.errorString = tr("The initial centres contain a missing or infinite value.");
            return result;
        }
    }

    try {
        const Engine engine(points, options.threads);
        const double tolerance = options.tolerance * engine.meanVariance();
        const int restarts = haveInit ? 1 : options.restarts;
        progress.setRange(qint64(restarts) * options.maxIterations);
        std::mt19937_64 master(options.seed);
        SingleRun best;
        bool haveBest = false;
        for (int r = 0; r < restarts; ++r) {
            const qint64 base = qint64(r) * options.maxIterations;
            std::mt19937_64 rng(master());
            Eigen::MatrixXd centers;
            if (haveInit) {
                centers = options.initialCenters.rowwise() - engine.shift();
            } else if (!engine.seedPlusPlus(options.k, rng, progress, centers)) {
                result.cancelled = true;
                return result;
            }
            SingleRun run;
            if (!runLloyd(engine, std::move(centers), options, tolerance, base, progress, run)) {
                result.cancelled = true;
                return result;
            }
            progress.setValue(base + options.maxIterations);
            if (!haveBest || run.inertia < best.inertia) {
                best = std::move(run);
                haveBest = true;
            }
        }
        result.centers = best.centers.rowwise() + engine.shift();
        result.labels = std::move(best.labels);
        result.inertia = best.inertia;
        result.iterations = best.iterations;
        result.converged = best.converged;
    } catch (const std::bad_alloc &) {
        result = KMeansResult();
        result.errorString = tr("Not enough memory to cluster %1 points with %2 features.").arg(n).arg(d);
    } catch (const std::exception &e) {
        result = KMeansResult();
        result.errorString = tr("Clustering failed: %1").arg(QString::fromLocal8Bit(e.what()));
    }
    return result;
}

std::vector<int> KMeans::assign(const Eigen::MatrixXd &points, const Eigen::MatrixXd &centers, int threads)
{
    if (centers.rows() == 0 || centers.cols() != points.cols())
        return {};
    try {
        const Engine engine(points, threads);
        std::vector<int> labels(size_t(points.rows()), -1);
        const Eigen::MatrixXd shifted = centers.rowwise() - engine.shift();
        engine.assignStep(shifted, labels, nullptr, nullptr);
        return labels;
    } catch (const std::exception &) {
        return {};
    }
}

Eigen::MatrixXd KMeans::standardize(const Eigen::MatrixXd &points, Eigen::RowVectorXd *mean, Eigen::RowVectorXd *stddev)
{
    const Index n = points.rows(), d = points.cols();
    Eigen::RowVectorXd mu = Eigen::RowVectorXd::Zero(d);
    Eigen::RowVectorXd sd = Eigen::RowVectorXd::Zero(d);
    Eigen::MatrixXd out(n, d);
    if (n > 0) {
        mu = points.colwise().mean();
        out = points.rowwise() - mu;
        for (Index c = 0; c < d; ++c) {
            const double s = std::sqrt(out.col(c).squaredNorm() / double(n));
            // Treat spread at rounding level as constant (as scikit-learn does), so it is not blown up.
            const double floorScale = 10.0 * std::numeric_limits<double>::epsilon() * std::max(1.0, std::abs(mu[c]));
            if (s > floorScale && std::isfinite(s)) {
                sd[c] = s;
                out.col(c) /= s;
            } else {
                sd[c] = std::isfinite(s) ? 0.0 : s;
                if (std::isfinite(s))
                    out.col(c).setZero();
            }
        }
    }
    if (mean)
        *mean = mu;
    if (stddev)
        *stddev = sd;
    return out;
}

double KMeans::silhouette(const Eigen::MatrixXd &points, const std::vector<int> &labels, int sampleSize, quint64 seed,
                          int threads)
{
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const Index n = points.rows();
    if (Index(labels.size()) != n || n < 2)
        return nan;
    try {
        std::vector<Index> index(static_cast<size_t>(n));
        std::iota(index.begin(), index.end(), Index(0));
        Index m = n;
        if (sampleSize > 0 && sampleSize < n) {
            m = sampleSize;
            std::mt19937_64 rng(seed);
            for (Index i = 0; i < m; ++i) { // partial Fisher-Yates
                const Index j = i + std::min(n - i - 1, Index(uniform01(rng) * double(n - i)));
                std::swap(index[size_t(i)], index[size_t(j)]);
            }
            index.resize(size_t(m));
            std::sort(index.begin(), index.end());
        }
        // Compact labels to 0..L-1 over the sample.
        std::vector<int> sorted;
        sorted.reserve(size_t(m));
        for (Index i = 0; i < m; ++i)
            sorted.push_back(labels[size_t(index[size_t(i)])]);
        std::vector<int> distinct = sorted;
        std::sort(distinct.begin(), distinct.end());
        distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());
        const Index clusters = Index(distinct.size());
        if (clusters < 2 || clusters > m - 1)
            return nan;
        std::vector<int> compact(static_cast<size_t>(m));
        Eigen::MatrixXd onehot = Eigen::MatrixXd::Zero(m, clusters);
        Eigen::VectorXd sizes = Eigen::VectorXd::Zero(clusters);
        for (Index i = 0; i < m; ++i) {
            const int c = int(std::lower_bound(distinct.begin(), distinct.end(), sorted[size_t(i)]) - distinct.begin());
            compact[size_t(i)] = c;
            onehot(i, c) = 1.0;
            sizes[c] += 1.0;
        }
        Eigen::MatrixXd sample(m, points.cols());
        for (Index i = 0; i < m; ++i)
            sample.row(i) = points.row(index[size_t(i)]);
        if (!sample.allFinite())
            return nan;
        sample.rowwise() -= sample.colwise().mean();
        const Eigen::VectorXd norms = sample.rowwise().squaredNorm();

        // Row blocks of the m x m distance matrix; the per-cluster distance sums are
        // one product with the one-hot label matrix.
        // Up to 128 rows, and about 8 MB of distances per worker.
        const Index rowsPerBlock = std::clamp<Index>((Index(1) << 20) / m, 8, 128);
        const Index blocks = (m + rowsPerBlock - 1) / rowsPerBlock;
        std::vector<double> score(static_cast<size_t>(m), 0.0);
        parallelFor(blocks, resolveThreads(threads), [&](Index b, Scratch &s) {
            const Index start = b * rowsPerBlock, rows = std::min(rowsPerBlock, m - start);
            s.prod.noalias() = -2.0 * sample.middleRows(start, rows) * sample.transpose();
            s.prod.colwise() += norms.segment(start, rows);
            s.prod.rowwise() += norms.transpose();
            s.prod = s.prod.cwiseMax(0.0).cwiseSqrt();
            for (Index i = 0; i < rows; ++i)
                s.prod(i, start + i) = 0.0; // exactly zero to itself
            const Eigen::MatrixXd perCluster = s.prod * onehot; // rows x clusters
            for (Index i = 0; i < rows; ++i) {
                const int own = compact[size_t(start + i)];
                if (sizes[own] <= 1.0)
                    continue; // silhouette 0 for a singleton
                const double a = perCluster(i, own) / (sizes[own] - 1.0);
                double bMin = std::numeric_limits<double>::infinity();
                for (Index c = 0; c < clusters; ++c) {
                    if (c != own)
                        bMin = std::min(bMin, perCluster(i, c) / sizes[c]);
                }
                const double denom = std::max(a, bMin);
                score[size_t(start + i)] = denom > 0 ? (bMin - a) / denom : 0.0;
            }
        });
        return std::accumulate(score.begin(), score.end(), 0.0) / double(m);
    } catch (const std::exception &) {
        return nan;
    }
}

KMeansElbowResult KMeans::elbow(const Eigen::MatrixXd &points, int kMin, int kMax, const KMeansOptions &options,
                                ProgressReporter &progress)
{
    KMeansElbowResult result;
    result.kMin = kMin;
    if (kMin < 1 || kMax < kMin || kMax > points.rows()) {
        result.errorString = tr("The range of cluster counts %1 to %2 is invalid; it must lie within 1 to %3.")
                                 .arg(kMin)
                                 .arg(kMax)
                                 .arg(points.rows());
        return result;
    }
    constexpr qint64 span = 1000;
    progress.setRange(span * (kMax - kMin + 1));
    KMeansOptions opts = options;
    opts.initialCenters.resize(0, 0);
    for (int k = kMin; k <= kMax; ++k) {
        SliceReporter slice(progress, span * (k - kMin), span);
        opts.k = k;
        const KMeansResult fit = KMeans::fit(points, opts, slice);
        if (fit.cancelled) {
            result.cancelled = true;
            result.inertias.clear();
            return result;
        }
        if (!fit.errorString.isEmpty()) {
            result.errorString = fit.errorString;
            result.inertias.clear();
            return result;
        }
        result.inertias.append(fit.inertia);
    }
    progress.setValue(span * (kMax - kMin + 1));
    return result;
}

Eigen::MatrixXd KMeans::pca2(const Eigen::MatrixXd &points)
{
    const Index n = points.rows(), d = points.cols();
    if (n == 0 || d == 0)
        return Eigen::MatrixXd();
    Eigen::MatrixXd out = Eigen::MatrixXd::Zero(n, 2);
    try {
        const Eigen::MatrixXd centred = points.rowwise() - points.colwise().mean();
        const Eigen::MatrixXd cov = (centred.transpose() * centred) / double(std::max<Index>(1, n - 1));
        const Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> solver(cov);
        if (solver.info() != Eigen::Success)
            return out;
        const Index components = std::min<Index>(2, d);
        for (Index c = 0; c < components; ++c) {
            Eigen::VectorXd v = solver.eigenvectors().col(d - 1 - c); // eigenvalues ascend
            Index largest = 0;
            v.cwiseAbs().maxCoeff(&largest);
            if (v[largest] < 0)
                v = -v;
            out.col(c).noalias() = centred * v;
        }
    } catch (const std::exception &) {
        return Eigen::MatrixXd::Zero(n, 2);
    }
    return out;
}

QString KMeans::describeCluster(const Eigen::RowVectorXd &clusterMean, const Eigen::RowVectorXd &overallMean,
                                const Eigen::RowVectorXd &overallStd, const QStringList &featureNames)
{
    struct Deviation
    {
        double z;
        Index feature;
    };
    std::vector<Deviation> deviations;
    const Index d = std::min({clusterMean.size(), overallMean.size(), overallStd.size(), Index(featureNames.size())});
    for (Index f = 0; f < d; ++f) {
        const double sd = overallStd[f];
        if (!(sd > 0) || !std::isfinite(sd) || featureNames.at(int(f)).isEmpty())
            continue;
        const double z = (clusterMean[f] - overallMean[f]) / sd;
        if (std::isfinite(z) && std::abs(z) > 0.5)
            deviations.push_back({z, f});
    }
    if (deviations.empty())
        return tr("close to average");
    std::stable_sort(deviations.begin(), deviations.end(),
                     [](const Deviation &a, const Deviation &b) { return std::abs(a.z) > std::abs(b.z); });
    QStringList words;
    for (size_t i = 0; i < std::min<size_t>(3, deviations.size()); ++i) {
        const Deviation &dev = deviations[i];
        const QString &name = featureNames.at(int(dev.feature));
        const bool strong = std::abs(dev.z) >= 1.5;
        if (dev.z > 0)
            words << (strong ? tr("very high %1") : tr("high %1")).arg(name);
        else
            words << (strong ? tr("very low %1") : tr("low %1")).arg(name);
    }
    return words.join(tr(", ", "separator of cluster traits"));
}
