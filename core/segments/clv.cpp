#include "clv.h"

#include "jobs/progressreporter.h"
#include "project/database.h"

#include <QDateTime>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <map>
#include <numeric>
#include <tuple>
#include <vector>

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr qint64 kSecondsPerDay = 86400;
constexpr double kDaysPerMonth = 365.25 / 12.0;
// |log(param)| beyond this means the optimum is at the boundary: the data do
// not identify the parameter (e.g. b -> infinity when nobody seems to drop out).
constexpr double kLogParamLimit = 18.0;

// std::lgamma writes the global signgam on glibc; the reentrant variant keeps
// fits safe to run on several worker threads at once.
double logGamma(double x)
{
#if defined(__GLIBC__) || defined(__APPLE__)
    int sign = 0;
    return lgamma_r(x, &sign);
#else
    return std::lgamma(x);
#endif
}

double logAddExp(double a, double b)
{
    if (a == -kInf)
        return b;
    if (b == -kInf)
        return a;
    const double m = std::max(a, b);
    return m + std::log1p(std::exp(-std::abs(a - b)));
}

using Objective = std::function<double(const std::vector<double> &)>;

struct Minimum
{
    std::vector<double> x;
    double value = kInf;
    int iterations = 0;
    bool converged = false;
    bool cancelled = false;
};

double evaluate(const Objective &f, const std::vector<double> &x)
{
    const double v = f(x);
    return std::isfinite(v) ? v : kInf; // NaN and overflow count as "very bad", never as better
}

/**
 * One Nelder-Mead run (standard coefficients 1, 2, 0.5, 0.5) from @p start with
 * an initial simplex of @p step along each axis. Stops when both the spread of
 * the values and the simplex diameter are below tolerance.
 */
Minimum nelderMeadRun(const Objective &f, const std::vector<double> &start, double step, int maxIterations,
                      ProgressReporter &progress)
{
    const size_t n = start.size();
    std::vector<std::vector<double>> simplex(n + 1, start);
    std::vector<double> values(n + 1);
    for (size_t i = 0; i < n; ++i)
        simplex[i + 1][i] += step;
    for (size_t i = 0; i <= n; ++i)
        values[i] = evaluate(f, simplex[i]);

    Minimum result;
    std::vector<size_t> order(n + 1);
    std::vector<double> centroid(n), trial(n), trial2(n);
    for (int it = 0;; ++it) {
        std::iota(order.begin(), order.end(), 0);
        std::sort(order.begin(), order.end(), [&](size_t a, size_t b) { return values[a] < values[b]; });
        const size_t best = order.front(), worst = order.back(), second = order[n - 1];

        double spread = 0, diameter = 0;
        for (size_t i = 0; i <= n; ++i) {
            spread = std::max(spread, std::abs(values[i] - values[best]));
            for (size_t j = 0; j < n; ++j)
                diameter = std::max(diameter, std::abs(simplex[i][j] - simplex[best][j]));
        }
        result.iterations = it;
        if (std::isfinite(values[best]) && spread <= 1e-12 * (1.0 + std::abs(values[best])) && diameter <= 1e-7) {
            result.converged = true;
            break;
        }
        if (it >= maxIterations)
            break;
        if (progress.isCancelled()) {
            result.cancelled = true;
            break;
        }

        std::fill(centroid.begin(), centroid.end(), 0.0);
        for (size_t i = 0; i <= n; ++i)
            if (i != worst)
                for (size_t j = 0; j < n; ++j)
                    centroid[j] += simplex[i][j] / double(n);
        auto along = [&](double t, std::vector<double> &out) {
            for (size_t j = 0; j < n; ++j)
                out[j] = centroid[j] + t * (simplex[worst][j] - centroid[j]);
        };
        along(-1.0, trial); // reflection
        const double reflected = evaluate(f, trial);
        if (reflected < values[best]) {
            along(-2.0, trial2); // expansion
            const double expanded = evaluate(f, trial2);
            if (expanded < reflected) {
                simplex[worst] = trial2;
                values[worst] = expanded;
            } else {
                simplex[worst] = trial;
                values[worst] = reflected;
            }
            continue;
        }
        if (reflected < values[second]) {
            simplex[worst] = trial;
            values[worst] = reflected;
            continue;
        }
        // Contraction: outside if the reflection beat the worst point, inside otherwise.
        const bool outside = reflected < values[worst];
        along(outside ? -0.5 : 0.5, trial2);
        const double contracted = evaluate(f, trial2);
        if (contracted < (outside ? reflected : values[worst])) {
            simplex[worst] = trial2;
            values[worst] = contracted;
            continue;
        }
        for (size_t i = 0; i <= n; ++i) { // shrink towards the best point
            if (i == best)
                continue;
            for (size_t j = 0; j < n; ++j)
                simplex[i][j] = simplex[best][j] + 0.5 * (simplex[i][j] - simplex[best][j]);
            values[i] = evaluate(f, simplex[i]);
        }
    }
    const size_t best = size_t(std::min_element(values.begin(), values.end()) - values.begin());
    result.x = simplex[best];
    result.value = values[best];
    return result;
}

/**
 * Nelder-Mead with restarts: a converged run is restarted from its best point
 * with a fresh simplex, until a restart improves the objective by less than
 * the tolerance. This guards against the simplex collapsing early, Nelder-Mead's
 * known failure mode.
 */
Minimum minimize(const Objective &f, const std::vector<double> &start, int maxIterations, ProgressReporter &progress)
{
    Minimum total;
    total.x = start;
    total.value = evaluate(f, start);
    double step = 0.5;
    for (int restart = 0; restart < 20; ++restart) {
        const int budget = maxIterations - total.iterations;
        Minimum run = nelderMeadRun(f, total.x, step, std::max(budget, 0), progress);
        total.iterations += run.iterations;
        const double previous = total.value;
        if (run.value <= total.value) {
            total.x = run.x;
            total.value = run.value;
        }
        if (run.cancelled) {
            total.cancelled = true;
            return total;
        }
        if (!run.converged)
            return total; // iteration limit
        if (restart > 0 && previous - run.value <= 1e-10 * (1.0 + std::abs(run.value))) {
            total.converged = true;
            return total;
        }
        step = 0.1;
    }
    return total; // kept improving over all restarts: not converged
}

std::vector<double> exps(const std::vector<double> &logParams)
{
    std::vector<double> p(logParams.size());
    std::transform(logParams.begin(), logParams.end(), p.begin(), [](double v) { return std::exp(v); });
    return p;
}

double penalty(double penalizer, const std::vector<double> &params)
{
    if (penalizer <= 0)
        return 0;
    double sum = 0;
    for (double p : params)
        sum += p * p;
    return penalizer * sum;
}

/** Largest |log(param)| of @p logParams, for the boundary check. */
double largestLogParam(const std::vector<double> &logParams)
{
    double m = 0;
    for (double v : logParams)
        m = std::max(m, std::abs(v));
    return m;
}

} // namespace

// ---------------------------------------------------------------------------
// Data

QList<ClvCustomer> Clv::summarize(Database &db, const ClvOptions &options, QString *error, QDate *observationEnd)
{
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return QList<ClvCustomer>();
    };
    QDate end;
    if (options.observationEnd) {
        end = *options.observationEnd;
        if (!end.isValid())
            return fail(tr("The end of the observation period is not a valid date."));
    } else {
        const auto last = db.scalar(QStringLiteral("SELECT max(ordered_at) FROM order_lines WHERE is_return = 0"));
        if (!last)
            return fail(tr("Cannot read the order lines: %1").arg(db.errorString()));
        if (last->isNull())
            return fail(tr("The project has no purchases. Import order data first."));
        end = QDateTime::fromSecsSinceEpoch(last->toLongLong(), Qt::UTC).date();
    }
    if (observationEnd)
        *observationEnd = end;
    const qint64 endDay = QDate(1970, 1, 1).daysTo(end);
    const qint64 limit = (endDay + 1) * kSecondsPerDay; // exclusive: the whole end day is observed

    // Floor division, so that the rare pre-1970 timestamps land on the right day.
    Statement stmt = db.prepare(QStringLiteral(
        "SELECT l.customer_id, c.customer_key, "
        "       (l.ordered_at - ((l.ordered_at % 86400) + 86400) % 86400) / 86400 AS day, "
        "       total(l.quantity * l.unit_price) "
        "FROM order_lines l JOIN customers c ON c.id = l.customer_id "
        "WHERE l.is_return = 0 AND l.ordered_at < ?1 "
        "GROUP BY l.customer_id, day ORDER BY l.customer_id, day"));
    if (!stmt.isValid())
        return fail(tr("Cannot read the order lines: %1").arg(db.errorString()));
    stmt.bind(1, limit);

    QList<ClvCustomer> customers;
    ClvCustomer current;
    qint64 firstDay = 0, lastDay = 0, days = 0;
    double repeatValue = 0;
    auto flush = [&] {
        if (days == 0)
            return;
        current.frequency = double(days - 1);
        current.recency = double(lastDay - firstDay);
        current.T = double(endDay - firstDay);
        current.monetary = days > 1 ? repeatValue / double(days - 1) : 0.0;
        customers.append(current);
    };
    while (stmt.step()) {
        const qint64 id = stmt.columnInt64(0);
        const qint64 day = stmt.columnInt64(2);
        const double value = stmt.columnDouble(3);
        if (days == 0 || id != current.customerId) {
            flush();
            current = ClvCustomer();
            current.customerId = id;
            current.customerKey = stmt.columnText(1);
            firstDay = lastDay = day;
            days = 1;
            repeatValue = 0; // lifetimes leaves the first purchase out of the monetary value
            continue;
        }
        lastDay = day;
        ++days;
        repeatValue += value;
    }
    if (stmt.hasError())
        return fail(tr("Cannot read the order lines: %1").arg(db.errorString()));
    flush();
    if (error)
        error->clear();
    return customers;
}

// ---------------------------------------------------------------------------
// BG/NBD

double Clv::bgNbdLogLikelihood(const BgNbdFit &fit, double x, double tx, double T)
{
    const double r = fit.r, alpha = fit.alpha, a = fit.a, b = fit.b;
    const double a1 = logGamma(r + x) - logGamma(r) + r * std::log(alpha);
    const double a2 = logGamma(a + b) + logGamma(b + x) - logGamma(b) - logGamma(a + b + x);
    const double a3 = -(r + x) * std::log(alpha + T);
    const double a4 = x > 0 ? std::log(a) - std::log(b + x - 1) - (r + x) * std::log(alpha + tx) : -kInf;
    return a1 + a2 + logAddExp(a3, a4);
}

BgNbdFit Clv::fitBgNbd(const QList<ClvCustomer> &customers, double penalizer, ProgressReporter &progress,
                       int maxIterations)
{
    BgNbdFit fit;
    if (customers.isEmpty()) {
        fit.message = tr("There are no customers to fit the purchase model to.");
        return fit;
    }
    double sumX = 0, sumT = 0;
    for (const ClvCustomer &c : customers) {
        sumX += c.frequency;
        sumT += c.T;
    }
    if (sumX <= 0) {
        fit.message = tr("No customer bought more than once, so repeat purchases cannot be modelled.");
        return fit;
    }

    // Customers with the same (x, t_x, T) share one likelihood term: in days,
    // the many one-off buyers of a day have identical histories.
    struct Group
    {
        double x, tx, T, weight;
    };
    std::vector<Group> groups;
    {
        std::map<std::tuple<double, double, double>, double> counts;
        for (const ClvCustomer &c : customers)
            counts[{c.frequency, c.recency, c.T}] += 1.0;
        groups.reserve(counts.size());
        for (const auto &[key, weight] : counts)
            groups.push_back({std::get<0>(key), std::get<1>(key), std::get<2>(key), weight});
    }
    const double n = double(customers.size());
    Objective objective = [&](const std::vector<double> &logParams) {
        const std::vector<double> p = exps(logParams);
        BgNbdFit at;
        at.r = p[0];
        at.alpha = p[1];
        at.a = p[2];
        at.b = p[3];
        double ll = 0;
        for (const Group &g : groups)
            ll += g.weight * bgNbdLogLikelihood(at, g.x, g.tx, g.T);
        return -ll / n + penalty(penalizer, p);
    };
    // Start at r = 1, a = b = 1 and the alpha that matches the observed purchase rate.
    const double rate = sumT > 0 ? sumX / sumT : 1.0;
    const std::vector<double> start{0.0, std::log(1.0 / std::max(rate, 1e-9)), 0.0, 0.0};
    const Minimum m = minimize(objective, start, maxIterations, progress);
    const std::vector<double> p = exps(m.x);
    fit.r = p[0];
    fit.alpha = p[1];
    fit.a = p[2];
    fit.b = p[3];
    fit.iterations = m.iterations;
    fit.cancelled = m.cancelled;
    double ll = 0;
    for (const ClvCustomer &c : customers)
        ll += bgNbdLogLikelihood(fit, c.frequency, c.recency, c.T);
    fit.logLikelihood = ll;
    if (m.cancelled) {
        fit.message = tr("The fit was cancelled.");
    } else if (!std::isfinite(ll)) {
        fit.message = tr("The purchase model could not be evaluated on this data (log-likelihood is not finite).");
    } else if (!m.converged) {
        fit.message = tr("The purchase model did not converge within %1 iterations.").arg(maxIterations);
    } else if (largestLogParam(m.x) > kLogParamLimit) {
        fit.message = tr("The purchase model drifted to an extreme parameter value: the data do not identify it. "
                         "Try a small penalizer or a longer observation period.");
    } else {
        fit.converged = true;
    }
    return fit;
}

double Clv::hyp2f1(double a, double b, double c, double z)
{
    if (!(z >= 0 && z < 1))
        return kNaN;
    double term = 1.0, sum = 1.0;
    for (int k = 0; k < 2000000; ++k) {
        term *= (a + k) * (b + k) / ((c + k) * (k + 1.0)) * z;
        sum += term;
        if (term == 0.0)
            return sum;
        // Once the ratio of successive terms is below 1 it tends to z, so the
        // tail is at most about |term| / (1 - z).
        if (std::abs(term) <= 1e-16 * std::abs(sum) * (1.0 - z) && (a + k + 1) * (b + k + 1) * z < (c + k + 1) * (k + 2.0))
            return sum;
        if (!std::isfinite(sum))
            return kNaN;
    }
    return kNaN;
}

double Clv::expectedPurchases(const BgNbdFit &fit, double t, double x, double tx, double T)
{
    const double r = fit.r, alpha = fit.alpha, b = fit.b;
    double a = fit.a;
    if (t <= 0)
        return 0.0;
    if (std::abs(a - 1.0) < 1e-7) // eq. (10) has a removable singularity at a = 1
        a = a < 1.0 ? 1.0 - 1e-7 : 1.0 + 1e-7;
    const double z = t / (alpha + T + t);
    // Euler: 2F1(r+x, b+x; c; z) = (1-z)^(c-(r+x)-(b+x)) 2F1(c-r-x, c-b-x; c; z), c = a+b+x-1,
    // so (1-z)^(r+x) 2F1(...) = (1-z)^(a-1) 2F1(a+b-1-r, a-1; a+b+x-1; z), whose series
    // converges fast and never overflows for heavy buyers.
    const double f = hyp2f1(a + b - 1 - r, a - 1, a + b + x - 1, z);
    if (!std::isfinite(f))
        return kNaN;
    const double second = f > 0 ? -std::expm1((a - 1) * std::log1p(-z) + std::log(f))
                                : 1.0 - std::pow(1.0 - z, a - 1) * f;
    const double first = (a + b + x - 1) / (a - 1);
    double denominator = 1.0;
    if (x > 0)
        denominator += std::exp(std::log(a / (b + x - 1)) + (r + x) * std::log((alpha + T) / (alpha + tx)));
    return first * second / denominator;
}

double Clv::probabilityAlive(const BgNbdFit &fit, double x, double tx, double T)
{
    if (x <= 0)
        return 1.0;
    const double logOdds = (fit.r + x) * std::log((fit.alpha + T) / (fit.alpha + tx)) + std::log(fit.a / (fit.b + x - 1));
    return 1.0 / (1.0 + std::exp(logOdds));
}

// ---------------------------------------------------------------------------
// Gamma-Gamma

double Clv::gammaGammaLogLikelihood(const GammaGammaFit &fit, double x, double monetary)
{
    const double p = fit.p, q = fit.q, v = fit.v;
    return logGamma(p * x + q) - logGamma(p * x) - logGamma(q) + q * std::log(v) + (p * x - 1) * std::log(monetary)
        + (p * x) * std::log(x) - (p * x + q) * std::log(x * monetary + v);
}

GammaGammaFit Clv::fitGammaGamma(const QList<ClvCustomer> &customers, double penalizer, ProgressReporter &progress,
                                 int maxIterations)
{
    GammaGammaFit fit;
    QList<ClvCustomer> used;
    for (const ClvCustomer &c : customers) {
        if (c.frequency <= 0)
            continue;
        if (!(c.monetary > 0) || !std::isfinite(c.monetary)) {
            ++fit.excludedNonPositive;
            continue;
        }
        used.append(c);
    }
    fit.customersUsed = int(used.size());
    if (used.size() < MinRepeatBuyers) {
        fit.message = tr("Only %1 customers bought more than once with a positive value (%2 left out for a zero or "
                         "negative value); the spend model needs at least %3.")
                          .arg(used.size())
                          .arg(fit.excludedNonPositive)
                          .arg(MinRepeatBuyers);
        return fit;
    }
    double meanValue = 0;
    for (const ClvCustomer &c : used)
        meanValue += c.monetary / double(used.size());

    const double n = double(used.size());
    Objective objective = [&](const std::vector<double> &logParams) {
        const std::vector<double> p = exps(logParams);
        GammaGammaFit at;
        at.p = p[0];
        at.q = p[1];
        at.v = p[2];
        double ll = 0;
        for (const ClvCustomer &c : used)
            ll += gammaGammaLogLikelihood(at, c.frequency, c.monetary);
        return -ll / n + penalty(penalizer, p);
    };
    // p = 1, q = 3 and the v that matches the mean spend: E[value] = p v / (q - 1).
    const std::vector<double> start{0.0, std::log(3.0), std::log(2.0 * meanValue)};
    const Minimum m = minimize(objective, start, maxIterations, progress);
    const std::vector<double> p = exps(m.x);
    fit.p = p[0];
    fit.q = p[1];
    fit.v = p[2];
    fit.iterations = m.iterations;
    fit.cancelled = m.cancelled;
    double ll = 0;
    for (const ClvCustomer &c : used)
        ll += gammaGammaLogLikelihood(fit, c.frequency, c.monetary);
    fit.logLikelihood = ll;
    if (m.cancelled) {
        fit.message = tr("The fit was cancelled.");
    } else if (!std::isfinite(ll)) {
        fit.message = tr("The spend model could not be evaluated on this data (log-likelihood is not finite).");
    } else if (!m.converged) {
        fit.message = tr("The spend model did not converge within %1 iterations.").arg(maxIterations);
    } else if (largestLogParam(m.x) > kLogParamLimit) {
        fit.message = tr("The spend model drifted to an extreme parameter value: the data do not identify it. "
                         "Try a small penalizer.");
    } else if (fit.q <= 1) {
        fit.message = tr("The spend model's q is %1 (at most 1), so the expected order value is undefined.")
                          .arg(fit.q);
    } else {
        fit.converged = true;
    }
    return fit;
}

double Clv::expectedAverageValue(const GammaGammaFit &fit, double x, double monetary)
{
    if (!(fit.q > 1))
        return kNaN;
    // A repeat buyer with a zero or negative mean (left out of the fit) is
    // shrunk towards zero rather than given a negative expectation.
    const double m = std::max(monetary, 0.0);
    return fit.p * (fit.v + x * m) / (fit.p * x + fit.q - 1);
}

// ---------------------------------------------------------------------------
// CLV

double Clv::predictedValue(const BgNbdFit &fit, const ClvCustomer &customer, double averageValue, int horizonDays,
                           double monthlyDiscountRate)
{
    if (horizonDays <= 0)
        return 0.0;
    const double horizon = double(horizonDays);
    auto purchases = [&](double t) {
        return expectedPurchases(fit, t, customer.frequency, customer.recency, customer.T);
    };
    if (monthlyDiscountRate == 0)
        return purchases(horizon) * averageValue;
    double value = 0, previous = 0, before = 0;
    for (int month = 1; previous < horizon; ++month) {
        const double t = std::min(month * kDaysPerMonth, horizon);
        const double expected = purchases(t);
        value += (expected - before) * averageValue / std::pow(1.0 + monthlyDiscountRate, t / kDaysPerMonth);
        before = expected;
        previous = t;
    }
    return value;
}

ClvResult Clv::compute(Database &db, const ClvOptions &options, ProgressReporter &progress)
{
    ClvResult result;
    progress.setRange(100);
    QString error;
    const QList<ClvCustomer> customers = summarize(db, options, &error, &result.observationEnd);
    if (!error.isEmpty()) {
        result.errorString = error;
        return result;
    }
    if (customers.isEmpty()) {
        result.errorString = tr("No customer bought anything up to %1. Import order data or choose a later end date.")
                                 .arg(result.observationEnd.toString(Qt::ISODate));
        return result;
    }
    progress.setValue(10);
    if (progress.isCancelled()) {
        result.cancelled = true;
        return result;
    }

    result.bgnbd = fitBgNbd(customers, options.penalizer, progress, options.maxIterations);
    if (result.bgnbd.cancelled) {
        result.cancelled = true;
        return result;
    }
    if (result.bgnbd.r <= 0) { // not fitted at all (no repeat buyers)
        result.errorString = result.bgnbd.message;
        return result;
    }
    progress.setValue(50);

    result.gammaGamma = fitGammaGamma(customers, options.penalizer, progress, options.maxIterations);
    if (result.gammaGamma.cancelled) {
        result.cancelled = true;
        return result;
    }
    const bool haveValue = result.gammaGamma.q > 1;
    QStringList problems;
    if (!result.bgnbd.converged)
        problems << result.bgnbd.message;
    if (!result.gammaGamma.converged)
        problems << result.gammaGamma.message;
    result.errorString = problems.join(QLatin1Char('\n'));
    progress.setValue(70);

    result.customers.reserve(customers.size());
    for (qsizetype i = 0; i < customers.size(); ++i) {
        const ClvCustomer &c = customers.at(i);
        ClvRow row;
        row.customerId = c.customerId;
        row.customerKey = c.customerKey;
        row.frequency = c.frequency;
        row.recency = c.recency;
        row.T = c.T;
        row.monetary = c.monetary;
        row.expectedPurchases = expectedPurchases(result.bgnbd, options.horizonDays, c.frequency, c.recency, c.T);
        row.probabilityAlive = probabilityAlive(result.bgnbd, c.frequency, c.recency, c.T);
        row.expectedAverageValue = haveValue ? expectedAverageValue(result.gammaGamma, c.frequency, c.monetary) : kNaN;
        row.predictedValue = haveValue ? predictedValue(result.bgnbd, c, row.expectedAverageValue, options.horizonDays,
                                                        options.monthlyDiscountRate)
                                       : kNaN;
        result.customers.append(row);
        if (i % 2000 == 1999) {
            if (progress.isCancelled()) {
                result.cancelled = true;
                result.customers.clear();
                return result;
            }
            progress.setValue(70 + 30 * i / customers.size());
        }
    }
    progress.setValue(100);
    return result;
}

bool Clv::save(Database &db, const ClvResult &result, QString *error)
{
    auto fail = [&] {
        if (error)
            *error = tr("Cannot save the customer lifetime values: %1").arg(db.errorString());
        return false;
    };
    Transaction transaction(db);
    if (!transaction.isActive())
        return fail();
    Statement reset = db.prepare(
        QStringLiteral("UPDATE customer_scores SET clv_12m = NULL, p_alive = NULL, expected_purchases = NULL"));
    Statement upsert = db.prepare(QStringLiteral(
        "INSERT INTO customer_scores(customer_id, clv_12m, p_alive, expected_purchases) VALUES(?1, ?2, ?3, ?4) "
        "ON CONFLICT(customer_id) DO UPDATE SET clv_12m = ?2, p_alive = ?3, expected_purchases = ?4"));
    if (!reset.isValid() || !upsert.isValid() || !reset.exec())
        return fail();
    auto bindNumber = [&](int index, double value) {
        if (std::isfinite(value))
            upsert.bind(index, value);
        else
            upsert.bindNull(index);
    };
    for (const ClvRow &row : result.customers) {
        upsert.bind(1, row.customerId);
        bindNumber(2, row.predictedValue);
        bindNumber(3, row.probabilityAlive);
        bindNumber(4, row.expectedPurchases);
        if (!upsert.exec())
            return fail();
    }
    if (!transaction.commit())
        return fail();
    return true;
}

QList<SegmentDraft> Clv::valueTiers(const ClvResult &result)
{
    QList<const ClvRow *> rows;
    for (const ClvRow &row : result.customers) {
        if (std::isfinite(row.predictedValue))
            rows.append(&row);
    }
    std::sort(rows.begin(), rows.end(),
              [](const ClvRow *a, const ClvRow *b) { return a->predictedValue > b->predictedValue; });
    QList<SegmentDraft> tiers = {{QStringLiteral("High value (CLV top 20%)"), QStringLiteral("clv"), {}, {}},
                                 {QStringLiteral("Medium value (CLV next 30%)"), QStringLiteral("clv"), {}, {}},
                                 {QStringLiteral("Low value (CLV bottom 50%)"), QStringLiteral("clv"), {}, {}}};
    const qsizetype top = rows.size() / 5, middle = rows.size() / 2;
    for (qsizetype i = 0; i < rows.size(); ++i)
        tiers[i < top ? 0 : (i < middle ? 1 : 2)].customerIds.append(rows.at(i)->customerId);
    return tiers;
}

bool Clv::saveWithSegments(Database &db, const ClvResult &result, QString *error)
{
    Transaction transaction(db);
    if (!transaction.isActive()) {
        *error = tr("Cannot save lifetime values: %1").arg(db.errorString());
        return false;
    }
    if (!save(db, result, error))
        return false;
    const QList<SegmentDraft> tiers = valueTiers(result);
    if (!tiers.first().customerIds.isEmpty() || !tiers.last().customerIds.isEmpty()) {
        if (!SegmentStore::save(db, tiers, QStringLiteral("clv"), error))
            return false;
    }
    if (!transaction.commit()) {
        *error = tr("Cannot save lifetime values: %1").arg(db.errorString());
        return false;
    }
    return true;
}
