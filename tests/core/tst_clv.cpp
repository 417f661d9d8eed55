#include "jobs/progressreporter.h"
#include "project/project.h"
#include "segments/clv.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include <cmath>
#include <random>

namespace {

// Published lifetimes fit on CDNOW (weeks) and its Gamma-Gamma fit.
BgNbdFit cdnowBgNbd()
{
    BgNbdFit fit;
    fit.r = 0.2426;
    fit.alpha = 4.4135;
    fit.a = 0.7929;
    fit.b = 2.4258;
    return fit;
}

GammaGammaFit cdnowGammaGamma()
{
    GammaGammaFit fit;
    fit.p = 6.25;
    fit.q = 3.74;
    fit.v = 15.45;
    return fit;
}

QJsonObject reference()
{
    QFile file(QStringLiteral(TAILOR_FIXTURES_DIR "/clv_reference/expected.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

bool closeRel(double actual, double expected, double rel)
{
    return std::abs(actual - expected) <= rel * std::max(1.0, std::abs(expected));
}

/**
 * BG/NBD generative process: first purchase at 0, purchases at Poisson rate
 * lambda ~ Gamma(r, 1/alpha), and after each repeat purchase the customer drops
 * out with probability p ~ Beta(a, b). T ~ U[20, 40] weeks.
 */
QList<ClvCustomer> simulateBgNbd(int customers, double r, double alpha, double a, double b, quint64 seed)
{
    std::mt19937_64 rng(seed);
    std::gamma_distribution<double> rate(r, 1.0 / alpha);
    std::gamma_distribution<double> betaA(a, 1.0), betaB(b, 1.0);
    std::uniform_real_distribution<double> uniform(0.0, 1.0);
    std::uniform_real_distribution<double> horizon(20.0, 40.0);
    QList<ClvCustomer> out;
    for (int i = 0; i < customers; ++i) {
        const double lambda = rate(rng);
        const double ga = betaA(rng), gb = betaB(rng);
        const double p = ga / (ga + gb);
        const double T = horizon(rng);
        std::exponential_distribution<double> gap(lambda);
        double t = 0, tx = 0;
        int x = 0;
        for (;;) {
            t += gap(rng);
            if (t > T)
                break;
            ++x;
            tx = t;
            if (uniform(rng) < p)
                break;
        }
        out.append({i + 1, QString::number(i + 1), double(x), tx, T, 0.0});
    }
    return out;
}

/** Gamma-Gamma generative process: nu ~ Gamma(q, 1/v), each value ~ Gamma(p, 1/nu). */
void simulateSpend(QList<ClvCustomer> &customers, double p, double q, double v, quint64 seed)
{
    std::mt19937_64 rng(seed);
    std::gamma_distribution<double> scale(q, 1.0 / v);
    for (ClvCustomer &c : customers) {
        if (c.frequency <= 0)
            continue;
        const double nu = scale(rng);
        std::gamma_distribution<double> value(p, 1.0 / nu);
        double sum = 0;
        for (int k = 0; k < int(c.frequency); ++k)
            sum += value(rng);
        c.monetary = sum / c.frequency;
    }
}

double totalBgNbdLl(const BgNbdFit &fit, const QList<ClvCustomer> &customers)
{
    double ll = 0;
    for (const ClvCustomer &c : customers)
        ll += Clv::bgNbdLogLikelihood(fit, c.frequency, c.recency, c.T);
    return ll;
}

double totalGammaGammaLl(const GammaGammaFit &fit, const QList<ClvCustomer> &customers)
{
    double ll = 0;
    for (const ClvCustomer &c : customers)
        if (c.frequency > 0 && c.monetary > 0)
            ll += Clv::gammaGammaLogLikelihood(fit, c.frequency, c.monetary);
    return ll;
}

qint64 secs(int y, int m, int d, int hh = 12, int mm = 0, int ss = 0)
{
    return QDateTime(QDate(y, m, d), QTime(hh, mm, ss), Qt::UTC).toSecsSinceEpoch();
}

} // namespace

class TestClv : public QObject
{
    Q_OBJECT

private:
    QJsonObject m_reference;
    QList<ClvCustomer> m_simulated; // BG/NBD truth r=0.25, alpha=4, a=0.8, b=2.5; spend p=6, q=4, v=15

    bool addLine(Database &db, const QString &order, const QVariant &customer, double qty, double price, qint64 at,
                 bool isReturn = false)
    {
        Statement s = db.prepare(QStringLiteral(
            "INSERT INTO order_lines(order_id, customer_id, product_id, quantity, unit_price, ordered_at, is_return, "
            "import_id) VALUES(?, ?, 1, ?, ?, ?, ?, 1)"));
        s.bindAll({order, customer, qty, price, at, isReturn ? 1 : 0});
        return s.exec();
    }

    bool createTinyProject(Project &project)
    {
        if (!project.open(QStringLiteral(":memory:")))
            return false;
        Database &db = project.database();
        bool ok = db.exec(QStringLiteral(
            "INSERT INTO import_runs(id, kind, file_path, file_name, sha256, started_at) "
            "VALUES(1, 'orders', 'x.csv', 'x.csv', '00', '2024-02-01');"
            "INSERT INTO products(id, sku) VALUES(1, 'P1');"
            "INSERT INTO customers(id, customer_key) VALUES(1, 'A'), (2, 'B'), (3, 'C'), (4, 'D'), (5, 'E'), "
            "(6, 'F'), (7, 'G');"));
        // A: two orders on Jan 1 (one day), then Jan 5 and Jan 11; the Jan 12 return is ignored.
        ok = ok && addLine(db, "o1", 1, 2, 10, secs(2024, 1, 1, 10));
        ok = ok && addLine(db, "o2", 1, 1, 5, secs(2024, 1, 1, 18));
        ok = ok && addLine(db, "o3", 1, 3, 10, secs(2024, 1, 5));
        ok = ok && addLine(db, "o4", 1, 1, 50, secs(2024, 1, 11));
        ok = ok && addLine(db, "o4", 1, 1, 12.5, secs(2024, 1, 11));
        ok = ok && addLine(db, "r1", 1, -1, 50, secs(2024, 1, 12), true);
        // B: one purchase.
        ok = ok && addLine(db, "o5", 2, 1, 99, secs(2024, 1, 20));
        // C: only a return.
        ok = ok && addLine(db, "r2", 3, -1, 20, secs(2024, 1, 15), true);
        // D: a purchase in the period and one after it.
        ok = ok && addLine(db, "o6", 4, 1, 10, secs(2024, 1, 10));
        ok = ok && addLine(db, "o7", 4, 1, 10, secs(2024, 2, 5));
        // E: first purchase after the period.
        ok = ok && addLine(db, "o8", 5, 1, 10, secs(2024, 2, 3));
        // F: a second before and after midnight: two purchase days, one day apart.
        ok = ok && addLine(db, "o9", 6, 1, 7, secs(2023, 12, 31, 23, 59, 59));
        ok = ok && addLine(db, "o10", 6, 2, 4, secs(2024, 1, 1, 0, 0, 1));
        // G: a repeat day worth nothing (free sample).
        ok = ok && addLine(db, "o11", 7, 1, 10, secs(2024, 1, 2));
        ok = ok && addLine(db, "o12", 7, 1, 0, secs(2024, 1, 3));
        // Anonymous: ignored for customers, but it is the latest purchase of the project.
        ok = ok && addLine(db, "o13", QVariant(), 1, 10, secs(2024, 2, 10));
        return ok;
    }

    double totalRepeats() const
    {
        double sum = 0;
        for (const ClvCustomer &c : m_simulated)
            sum += c.frequency;
        return sum;
    }

private slots:
    void initTestCase()
    {
        m_reference = reference();
        QVERIFY2(!m_reference.isEmpty(), "tests/data/clv_reference/expected.json is missing");
        m_simulated = simulateBgNbd(5000, 0.25, 4.0, 0.8, 2.5, 20240517);
        simulateSpend(m_simulated, 6.0, 4.0, 15.0, 777);
    }

    // --- Formulas against independently computed values -------------------

    void bgNbdMatchesScipyReference()
    {
        const QJsonObject bg = m_reference.value("bgnbd").toObject();
        const BgNbdFit fit = cdnowBgNbd();
        QCOMPARE(bg.value("r").toDouble(), fit.r);
        const QJsonArray customers = bg.value("customers").toArray();
        QCOMPARE(customers.size(), 10);
        for (const QJsonValue &value : customers) {
            const QJsonObject c = value.toObject();
            const double x = c.value("x").toDouble(), tx = c.value("tx").toDouble(), T = c.value("T").toDouble();
            const QByteArray where = QStringLiteral("x=%1 tx=%2 T=%3").arg(x).arg(tx).arg(T).toUtf8();
            QVERIFY2(std::abs(Clv::bgNbdLogLikelihood(fit, x, tx, T) - c.value("log_likelihood").toDouble()) < 1e-9,
                     where.constData());
            QVERIFY2(std::abs(Clv::probabilityAlive(fit, x, tx, T) - c.value("p_alive").toDouble()) < 1e-12,
                     where.constData());
            for (const QJsonValue &e : c.value("expected").toArray()) {
                const double t = e.toObject().value("t").toDouble();
                const double expected = e.toObject().value("value").toDouble();
                const double actual = Clv::expectedPurchases(fit, t, x, tx, T);
                QVERIFY2(closeRel(actual, expected, 1e-9),
                         qPrintable(QStringLiteral("%1 t=%2: %3 vs scipy %4")
                                        .arg(QString::fromUtf8(where)).arg(t).arg(actual, 0, 'g', 12)
                                        .arg(expected, 0, 'g', 12)));
            }
        }
    }

    void textbookConditionalExpectation()
    {
        // Fader, Hardie & Lee's note on E[Y(t) | x, t_x, T]: 1.226 for x=2, t_x=30.43, T=38.86, t=39 weeks.
        const double e = Clv::expectedPurchases(cdnowBgNbd(), 39, 2, 30.43, 38.86);
        QVERIFY2(std::abs(e - 1.226) < 5e-4, qPrintable(QString::number(e, 'g', 10)));
    }

    void gammaGammaMatchesScipyReference()
    {
        const GammaGammaFit fit = cdnowGammaGamma();
        const QJsonArray customers = m_reference.value("gamma_gamma").toObject().value("customers").toArray();
        QCOMPARE(customers.size(), 6);
        for (const QJsonValue &value : customers) {
            const QJsonObject c = value.toObject();
            const double x = c.value("x").toDouble(), m = c.value("m").toDouble();
            QVERIFY(closeRel(Clv::expectedAverageValue(fit, x, m), c.value("expected_value").toDouble(), 1e-12));
            if (c.contains("log_likelihood"))
                QVERIFY(std::abs(Clv::gammaGammaLogLikelihood(fit, x, m) - c.value("log_likelihood").toDouble())
                        < 1e-9);
        }
    }

    void hypergeometricClosedForms()
    {
        for (double z : {0.0, 0.1, 0.5, 0.9, 0.99, 0.999}) {
            // 2F1(1, 1; 2; z) = -ln(1 - z) / z; 2F1(a, b; b; z) = (1 - z)^-a.
            const double log = z == 0 ? 1.0 : -std::log1p(-z) / z;
            QVERIFY2(closeRel(Clv::hyp2f1(1, 1, 2, z), log, 1e-12), qPrintable(QString::number(z)));
            QVERIFY2(closeRel(Clv::hyp2f1(0.7, 3.2, 3.2, z), std::pow(1 - z, -0.7), 1e-12),
                     qPrintable(QString::number(z)));
        }
        QVERIFY(std::isnan(Clv::hyp2f1(1, 1, 2, 1.0)));
    }

    void expectationEdgeCases()
    {
        const BgNbdFit fit = cdnowBgNbd();
        QCOMPARE(Clv::expectedPurchases(fit, 0, 3, 10, 20), 0.0);
        // Heavy buyer: finite, and close to the naive rate * time for an active customer.
        const double heavy = Clv::expectedPurchases(fit, 52, 500, 99.5, 100);
        QVERIFY(std::isfinite(heavy));
        QVERIFY2(heavy > 150 && heavy < 300, qPrintable(QString::number(heavy)));
        // a = 1 is a removable singularity: continuous across it.
        BgNbdFit below = fit, at = fit, above = fit;
        below.a = 1 - 1e-4;
        at.a = 1;
        above.a = 1 + 1e-4;
        const double eb = Clv::expectedPurchases(below, 39, 2, 30, 38);
        const double ea = Clv::expectedPurchases(at, 39, 2, 30, 38);
        const double ec = Clv::expectedPurchases(above, 39, 2, 30, 38);
        QVERIFY(std::isfinite(ea));
        QVERIFY2(std::abs(ea - (eb + ec) / 2) < 1e-4, qPrintable(QStringLiteral("%1 %2 %3").arg(eb).arg(ea).arg(ec)));
        // Monotone in the horizon.
        QVERIFY(Clv::expectedPurchases(fit, 52, 2, 30, 38) > Clv::expectedPurchases(fit, 39, 2, 30, 38));
        // Gamma-Gamma mean undefined for q <= 1.
        GammaGammaFit gg = cdnowGammaGamma();
        gg.q = 0.9;
        QVERIFY(std::isnan(Clv::expectedAverageValue(gg, 2, 10)));
    }

    // --- Recovery of known parameters ---------------------------------------

    void recoversBgNbdParameters()
    {
        SimpleProgressReporter progress;
        QElapsedTimer timer;
        timer.start();
        const BgNbdFit fit = Clv::fitBgNbd(m_simulated, 0.0, progress);
        const qint64 ms = timer.elapsed();
        BgNbdFit truth;
        truth.r = 0.25;
        truth.alpha = 4.0;
        truth.a = 0.8;
        truth.b = 2.5;
        const double trueLl = totalBgNbdLl(truth, m_simulated);
        qInfo("BG/NBD fit: r=%.4f alpha=%.4f a=%.4f b=%.4f LL=%.3f (truth LL %.3f), %d iterations, %lld ms",
              fit.r, fit.alpha, fit.a, fit.b, fit.logLikelihood, trueLl, fit.iterations, ms);
        QVERIFY2(fit.converged, qPrintable(fit.message));
        QVERIFY(fit.message.isEmpty());
        QVERIFY(fit.logLikelihood >= trueLl); // the MLE is at least as likely as the truth
        QVERIFY(std::abs(fit.logLikelihood - totalBgNbdLl(fit, m_simulated)) < 1e-9);
        // Sampling error with 5,000 customers: about 5% for r and alpha, 15% for a and b.
        QVERIFY2(closeRel(fit.r, 0.25, 0.10) || std::abs(fit.r - 0.25) < 0.025, qPrintable(QString::number(fit.r)));
        QVERIFY2(std::abs(fit.alpha - 4.0) / 4.0 < 0.15, qPrintable(QString::number(fit.alpha)));
        QVERIFY2(std::abs(fit.a - 0.8) / 0.8 < 0.25, qPrintable(QString::number(fit.a)));
        QVERIFY2(std::abs(fit.b - 2.5) / 2.5 < 0.25, qPrintable(QString::number(fit.b)));

        // A second start (different restart path) lands on the same optimum.
        QList<ClvCustomer> reversed(m_simulated.rbegin(), m_simulated.rend());
        const BgNbdFit again = Clv::fitBgNbd(reversed, 0.0, progress);
        QVERIFY(again.converged);
        QVERIFY(std::abs(again.logLikelihood - fit.logLikelihood) < 1e-6);
        QVERIFY(closeRel(again.r, fit.r, 1e-3) && closeRel(again.b, fit.b, 1e-3));

        // The model is unit-free: the same data in days gives alpha * 7 and the same r, a, b.
        QList<ClvCustomer> days = m_simulated;
        for (ClvCustomer &c : days) {
            c.recency *= 7;
            c.T *= 7;
        }
        const BgNbdFit inDays = Clv::fitBgNbd(days, 0.0, progress);
        QVERIFY(inDays.converged);
        QVERIFY2(closeRel(inDays.alpha, 7 * fit.alpha, 1e-3), qPrintable(QString::number(inDays.alpha)));
        QVERIFY(closeRel(inDays.r, fit.r, 1e-3) && closeRel(inDays.a, fit.a, 1e-3) && closeRel(inDays.b, fit.b, 1e-3));
        QVERIFY(std::abs(inDays.logLikelihood - (fit.logLikelihood - std::log(7.0) * totalRepeats())) < 1e-4);
    }

    void recoversGammaGammaParameters()
    {
        SimpleProgressReporter progress;
        const GammaGammaFit fit = Clv::fitGammaGamma(m_simulated, 0.0, progress);
        GammaGammaFit truth;
        truth.p = 6;
        truth.q = 4;
        truth.v = 15;
        const double trueLl = totalGammaGammaLl(truth, m_simulated);
        qInfo("Gamma-Gamma fit on %d repeat buyers: p=%.4f q=%.4f v=%.4f LL=%.3f (truth LL %.3f), %d iterations",
              fit.customersUsed, fit.p, fit.q, fit.v, fit.logLikelihood, trueLl, fit.iterations);
        QVERIFY2(fit.converged, qPrintable(fit.message));
        QVERIFY(fit.customersUsed > 1000);
        QCOMPARE(fit.excludedNonPositive, 0);
        QVERIFY(fit.logLikelihood >= trueLl);
        QVERIFY2(std::abs(fit.p - 6) / 6 < 0.15, qPrintable(QString::number(fit.p)));
        QVERIFY2(std::abs(fit.q - 4) / 4 < 0.25, qPrintable(QString::number(fit.q)));
        QVERIFY2(std::abs(fit.v - 15) / 15 < 0.30, qPrintable(QString::number(fit.v)));
        // The population mean p v / (q - 1) is much better determined than v alone.
        QVERIFY(closeRel(Clv::expectedAverageValue(fit, 0, 0), 6 * 15 / 3.0, 0.08));
    }

    // --- Penalizer and convergence reporting -------------------------------

    void penalizerShrinksParameters()
    {
        SimpleProgressReporter progress;
        const BgNbdFit plain = Clv::fitBgNbd(m_simulated, 0.0, progress);
        const BgNbdFit shrunk = Clv::fitBgNbd(m_simulated, 0.01, progress);
        QVERIFY2(shrunk.converged, qPrintable(shrunk.message));
        auto norm = [](const BgNbdFit &f) { return f.r * f.r + f.alpha * f.alpha + f.a * f.a + f.b * f.b; };
        QVERIFY(norm(shrunk) < norm(plain));
        QVERIFY(shrunk.alpha < plain.alpha);
        QVERIFY(shrunk.logLikelihood < plain.logLikelihood); // reported LL is unpenalized

        const GammaGammaFit ggPlain = Clv::fitGammaGamma(m_simulated, 0.0, progress);
        const GammaGammaFit ggShrunk = Clv::fitGammaGamma(m_simulated, 0.01, progress);
        QVERIFY2(ggShrunk.converged, qPrintable(ggShrunk.message));
        QVERIFY(ggShrunk.p * ggShrunk.p + ggShrunk.q * ggShrunk.q + ggShrunk.v * ggShrunk.v
                < ggPlain.p * ggPlain.p + ggPlain.q * ggPlain.q + ggPlain.v * ggPlain.v);
        QVERIFY(ggShrunk.logLikelihood < ggPlain.logLikelihood);
    }

    void reportsNonConvergence()
    {
        SimpleProgressReporter progress;
        const BgNbdFit fit = Clv::fitBgNbd(m_simulated, 0.0, progress, 1);
        QVERIFY(!fit.converged);
        QVERIFY(!fit.cancelled);
        QVERIFY(fit.message.contains(QLatin1String("did not converge")));
        QVERIFY(fit.iterations <= 1);
        QVERIFY(std::isfinite(fit.logLikelihood));
        const GammaGammaFit gg = Clv::fitGammaGamma(m_simulated, 0.0, progress, 3);
        QVERIFY(!gg.converged);
        QVERIFY(!gg.message.isEmpty());
    }

    void cancelledFitSaysSo()
    {
        SimpleProgressReporter progress;
        progress.cancel();
        const BgNbdFit fit = Clv::fitBgNbd(m_simulated, 0.0, progress);
        QVERIFY(fit.cancelled);
        QVERIFY(!fit.converged);
    }

    void badInputGivesMessages()
    {
        SimpleProgressReporter progress;
        const BgNbdFit none = Clv::fitBgNbd({}, 0.0, progress);
        QVERIFY(!none.converged);
        QVERIFY(!none.message.isEmpty());
        const QList<ClvCustomer> oneOffs{{1, "a", 0, 0, 10, 0}, {2, "b", 0, 0, 5, 0}};
        const BgNbdFit noRepeat = Clv::fitBgNbd(oneOffs, 0.0, progress);
        QVERIFY(!noRepeat.converged);
        QVERIFY(noRepeat.message.contains(QLatin1String("more than once")));

        QList<ClvCustomer> few{{1, "a", 2, 5, 10, 20}, {2, "b", 1, 3, 10, 0}, {3, "c", 3, 8, 9, -5}};
        const GammaGammaFit gg = Clv::fitGammaGamma(few, 0.0, progress);
        QVERIFY(!gg.converged);
        QCOMPARE(gg.customersUsed, 1);
        QCOMPARE(gg.excludedNonPositive, 2);
        QVERIFY(gg.message.contains(QLatin1String("at least 10")));

        // Non-positive values are counted, the rest is fitted.
        QList<ClvCustomer> mixed = m_simulated;
        mixed[0].frequency = 2;
        mixed[0].monetary = 0;
        mixed[1].frequency = 1;
        mixed[1].monetary = -3;
        const GammaGammaFit withBad = Clv::fitGammaGamma(mixed, 0.0, progress);
        QCOMPARE(withBad.excludedNonPositive, 2);
        QVERIFY(withBad.converged);
    }

    // --- Database -------------------------------------------------------------

    void summarizesTinyProject()
    {
        Project project;
        QVERIFY(createTinyProject(project));
        ClvOptions options;
        options.observationEnd = QDate(2024, 1, 31);
        QString error;
        QDate end;
        const QList<ClvCustomer> customers = Clv::summarize(project.database(), options, &error, &end);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(end, QDate(2024, 1, 31));
        QHash<QString, ClvCustomer> byKey;
        for (const ClvCustomer &c : customers)
            byKey.insert(c.customerKey, c);
        QCOMPARE(byKey.keys().size(), 5); // C (only returns) and E (after the end) are left out
        QVERIFY(!byKey.contains("C") && !byKey.contains("E"));

        struct Expected { const char *key; double x, tx, T, m; qint64 id; };
        const Expected expected[] = {
            {"A", 2, 10, 30, (30 + 62.5) / 2, 1}, // Jan 1 (two orders), Jan 5, Jan 11
            {"B", 0, 0, 11, 0, 2},
            {"D", 0, 0, 21, 0, 4},                 // the Feb 5 purchase is after the end
            {"F", 1, 1, 31, 8, 6},                 // 23:59:59 and 00:00:01 are different days
            {"G", 1, 1, 29, 0, 7},
        };
        for (const Expected &e : expected) {
            const ClvCustomer c = byKey.value(e.key);
            QCOMPARE(c.customerId, e.id);
            QCOMPARE(c.frequency, e.x);
            QCOMPARE(c.recency, e.tx);
            QCOMPARE(c.T, e.T);
            QCOMPARE(c.monetary, e.m);
        }

        // Default end: the latest purchase of the project, anonymous included (Feb 10).
        const QList<ClvCustomer> byDefault = Clv::summarize(project.database(), ClvOptions(), &error, &end);
        QVERIFY(error.isEmpty());
        QCOMPARE(end, QDate(2024, 2, 10));
        QCOMPARE(byDefault.size(), 6); // E now bought within the period
        for (const ClvCustomer &c : byDefault) {
            if (c.customerKey == "D") {
                QCOMPARE(c.frequency, 1.0);
                QCOMPARE(c.recency, 26.0);
                QCOMPARE(c.T, 31.0);
                QCOMPARE(c.monetary, 10.0);
            }
        }
    }

    void computeOnTinyProjectReportsTooFewRepeatBuyers()
    {
        Project project;
        QVERIFY(createTinyProject(project));
        ClvOptions options;
        options.observationEnd = QDate(2024, 1, 31);
        SimpleProgressReporter progress;
        const ClvResult result = Clv::compute(project.database(), options, progress);
        QVERIFY(!result.cancelled);
        QVERIFY(!result.isOk());
        QVERIFY2(result.errorString.contains(QLatin1String("at least 10")), qPrintable(result.errorString));
        QCOMPARE(result.gammaGamma.excludedNonPositive, 1); // G
        QCOMPARE(result.customers.size(), 5);               // BG/NBD predictions are still there
        for (const ClvRow &row : result.customers) {
            QVERIFY(row.probabilityAlive > 0 && row.probabilityAlive <= 1);
            QVERIFY(std::isnan(row.predictedValue));
        }
        // Five customers cannot identify four BG/NBD parameters: that is reported, not hidden.
        QVERIFY(!result.bgnbd.converged);
        QVERIFY(result.errorString.contains(result.bgnbd.message));

        // A penalizer makes the small problem well-posed.
        options.penalizer = 0.01;
        const ClvResult penalized = Clv::compute(project.database(), options, progress);
        qInfo("tiny, penalized: r=%g alpha=%g a=%g b=%g, %d iterations", penalized.bgnbd.r, penalized.bgnbd.alpha,
              penalized.bgnbd.a, penalized.bgnbd.b, penalized.bgnbd.iterations);
        QVERIFY2(penalized.bgnbd.converged, qPrintable(penalized.bgnbd.message));
        for (const ClvRow &row : penalized.customers)
            QVERIFY(std::isfinite(row.expectedPurchases) && row.expectedPurchases >= 0);
    }

    void computeOnEmptyProjectFails()
    {
        Project project;
        QVERIFY(project.open(QStringLiteral(":memory:")));
        SimpleProgressReporter progress;
        const ClvResult result = Clv::compute(project.database(), ClvOptions(), progress);
        QVERIFY(!result.isOk());
        QVERIFY(!result.errorString.isEmpty());
        QVERIFY(result.customers.isEmpty());

        ClvOptions early;
        early.observationEnd = QDate(2000, 1, 1);
        const ClvResult none = Clv::compute(project.database(), early, progress);
        QVERIFY(none.errorString.contains(QLatin1String("2000-01-01")));
    }

    void computesAndSavesSimulatedProject()
    {
        // 600 simulated customers written as order lines (days), then the whole pipeline.
        Project project;
        QVERIFY(project.open(QStringLiteral(":memory:")));
        Database &db = project.database();
        QVERIFY(db.exec(QStringLiteral(
            "INSERT INTO import_runs(id, kind, file_path, file_name, sha256, started_at) "
            "VALUES(1, 'orders', 'x.csv', 'x.csv', '00', '2024-02-01');"
            "INSERT INTO products(id, sku) VALUES(1, 'P1');")));
        const QDate end(2024, 6, 30);
        std::mt19937_64 rng(99);
        std::gamma_distribution<double> rate(0.5, 1.0 / 20.0); // per day
        std::uniform_int_distribution<int> start(0, 300);
        std::gamma_distribution<double> spend(5.0, 8.0);
        std::uniform_real_distribution<double> uniform(0.0, 1.0);
        {
            Transaction tx(db);
            for (int id = 1; id <= 600; ++id) {
                QVERIFY(db.exec(QStringLiteral("INSERT INTO customers(id, customer_key) VALUES(%1, 'K%1')").arg(id)));
                const double lambda = rate(rng);
                const int first = start(rng);
                std::exponential_distribution<double> gap(lambda);
                double day = first;
                int order = 0;
                while (day <= 300 + 60) {
                    const qint64 at = QDateTime(end.addDays(-360 + qint64(day)), QTime(12, 0), Qt::UTC)
                                          .toSecsSinceEpoch();
                    QVERIFY(addLine(db, QStringLiteral("%1-%2").arg(id).arg(order++), id, 1, spend(rng), at));
                    if (order > 1 && uniform(rng) < 0.1)
                        break;
                    day += gap(rng);
                }
            }
            QVERIFY(tx.commit());
        }
        ClvOptions options;
        options.observationEnd = end;
        SimpleProgressReporter progress;
        const ClvResult result = Clv::compute(db, options, progress);
        QVERIFY2(result.isOk(), qPrintable(result.errorString));
        QVERIFY2(result.bgnbd.converged, qPrintable(result.bgnbd.message));
        QVERIFY2(result.gammaGamma.converged, qPrintable(result.gammaGamma.message));
        QCOMPARE(result.customers.size(), 600);
        QCOMPARE(progress.done(), 100);
        qInfo("Simulated project: r=%.3f alpha=%.2f days a=%.3f b=%.3f; p=%.2f q=%.2f v=%.2f", result.bgnbd.r,
              result.bgnbd.alpha, result.bgnbd.a, result.bgnbd.b, result.gammaGamma.p, result.gammaGamma.q,
              result.gammaGamma.v);
        for (const ClvRow &row : result.customers) {
            QVERIFY(row.expectedPurchases >= 0 && std::isfinite(row.expectedPurchases));
            QVERIFY(row.probabilityAlive > 0 && row.probabilityAlive <= 1);
            QVERIFY(row.expectedAverageValue > 0);
            // Discounting only lowers the value; undiscounted = purchases * value.
            QVERIFY(row.predictedValue <= row.expectedPurchases * row.expectedAverageValue + 1e-9);
            QVERIFY(row.predictedValue > 0.85 * row.expectedPurchases * row.expectedAverageValue);
        }
        const ClvRow &any = result.customers.first();
        ClvCustomer c{any.customerId, any.customerKey, any.frequency, any.recency, any.T, any.monetary};
        QVERIFY(std::abs(Clv::predictedValue(result.bgnbd, c, any.expectedAverageValue, 365, 0.0)
                         - any.expectedPurchases * any.expectedAverageValue)
                < 1e-9);

        QString error;
        QVERIFY2(Clv::save(db, result, &error), qPrintable(error));
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM customer_scores WHERE clv_12m IS NOT NULL"))
                     ->toLongLong(),
                 600);
        const double saved = db.scalar(QStringLiteral("SELECT p_alive FROM customer_scores WHERE customer_id = ?"),
                                       {any.customerId})
                                 ->toDouble();
        QCOMPARE(saved, any.probabilityAlive);

        SimpleProgressReporter cancelled;
        cancelled.cancel();
        const ClvResult stopped = Clv::compute(db, options, cancelled);
        QVERIFY(stopped.cancelled);
        QVERIFY(stopped.customers.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestClv)
#include "tst_clv.moc"
