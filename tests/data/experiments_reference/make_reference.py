#!/usr/bin/python3
"""Reference values for Tailor's experiment engine (tests/core/tst_experimentanalysis.cpp).

Run once with Debian's python3 (scipy, statsmodels, numpy) and commit reference.json:
    /usr/bin/python3 make_reference.py [HILLSTROM_CSV]
The C++ tests compare every number to this file (relative tolerance 1e-6).
"""
import csv
import json
import math
import os
import sys

import numpy as np
from scipy import integrate, optimize, special, stats
from statsmodels.stats.multitest import multipletests
from statsmodels.stats.power import NormalIndPower, TTestIndPower
from statsmodels.stats.proportion import (confint_proportions_2indep, proportion_confint,
                                          proportion_effectsize, proportions_ztest)
from statsmodels.stats.weightstats import CompareMeans, DescrStatsW, ttest_ind

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_CSV = os.path.join(HERE, '..', '..', '..', '..', 'shared', 'data', 'hillstrom_email',
                           'Kevin_Hillstrom_MineThatData_E-MailAnalytics_DataMiningChallenge_2008.03.20.csv')
CONTROL = 'No E-Mail'
Z975 = stats.norm.ppf(0.975)


def load(path):
    with open(path, newline='') as f:
        rows = list(csv.DictReader(f))
    arms = []
    for r in rows:
        if r['segment'] not in arms:
            arms.append(r['segment'])
    col = lambda name: np.array([float(r[name]) for r in rows])
    return arms, np.array([r['segment'] for r in rows]), {c: col(c) for c in ('visit', 'conversion', 'spend', 'history')}


def chance_beat_exact(xb, nb, xa, na):
    """P(pB > pA) for Beta(1+x, 1+n-x) posteriors: Evan Miller's closed form, summed with fsum."""
    a_a, b_a, a_b, b_b = 1 + xa, 1 + na - xa, 1 + xb, 1 + nb - xb
    terms = [math.exp(special.betaln(a_a + i, b_a + b_b) - math.log(b_b + i) - special.betaln(1 + i, b_b)
                      - special.betaln(a_a, b_a)) for i in range(int(a_b))]
    return math.fsum(terms)


def chance_beat_quad(xb, nb, xa, na):
    """Same probability by numeric integration of f_B(p) F_A(p), as an independent check."""
    a_a, b_a, a_b, b_b = 1 + xa, 1 + na - xa, 1 + xb, 1 + nb - xb
    mb = a_b / (a_b + b_b)
    sb = math.sqrt(a_b * b_b / ((a_b + b_b) ** 2 * (a_b + b_b + 1)))
    lo, hi = max(0.0, mb - 15 * sb), min(1.0, mb + 15 * sb)
    val, _ = integrate.quad(lambda p: stats.beta.pdf(p, a_b, b_b) * stats.beta.cdf(p, a_a, b_a), lo, hi,
                            epsabs=1e-14, epsrel=1e-12, limit=500, points=[mb])
    return val


def analyse(arms, seg, y, binary, covariate=None):
    out = {}
    if covariate is not None:
        x = covariate
        theta = np.cov(y, x, ddof=1)[0, 1] / np.var(x, ddof=1)
        yadj = y - theta * (x - x.mean())
        out['cuped'] = {'theta': theta, 'variance_reduction': 1.0 - np.var(yadj, ddof=1) / np.var(y, ddof=1)}
        y = yadj
        binary = False
    arm_rows = []
    data = {a: y[seg == a] for a in arms}
    for a in arms:
        v = data[a]
        n, s, m = len(v), float(v.sum()), float(v.mean())
        if binary:
            lo, hi = proportion_confint(s, n, alpha=0.05, method='normal')
        else:
            lo, hi = DescrStatsW(v).tconfint_mean(alpha=0.05)
        arm_rows.append({'name': a, 'n': n, 'sum': s, 'mean': m, 'ci_low': float(lo), 'ci_high': float(hi)})
    out['arms'] = arm_rows
    c = data[CONTROL]
    comps = []
    for a in arms:
        if a == CONTROL:
            continue
        v = data[a]
        row = {'arm': a, 'control': CONTROL, 'diff': float(v.mean() - c.mean())}
        t, pt, df = ttest_ind(v, c, usevar='unequal')
        row.update({'t': float(t), 'welch_p_value': float(pt), 'welch_df': float(df)})
        se1, se0 = v.std(ddof=1) / math.sqrt(len(v)), c.std(ddof=1) / math.sqrt(len(c))
        if binary:
            x1, x0 = int(v.sum()), int(c.sum())
            z, pz = proportions_ztest([x1, x0], [len(v), len(c)])
            lo, hi = confint_proportions_2indep(x1, len(v), x0, len(c), method='wald', compare='diff')
            row.update({'z': float(z), 'p_value': float(pz), 'ci_low': float(lo), 'ci_high': float(hi)})
            se1 = math.sqrt(v.mean() * (1 - v.mean()) / len(v))
            se0 = math.sqrt(c.mean() * (1 - c.mean()) / len(c))
            exact = chance_beat_exact(x1, len(v), x0, len(c))
            quad = chance_beat_quad(x1, len(v), x0, len(c))
            assert abs(exact - quad) < 1e-8, (exact, quad)
            row['chance_to_beat_control'] = exact
        else:
            lo, hi = CompareMeans(DescrStatsW(v), DescrStatsW(c)).tconfint_diff(alpha=0.05, usevar='unequal')
            row.update({'p_value': float(pt), 'ci_low': float(lo), 'ci_high': float(hi)})
            row['chance_to_beat_control'] = float(stats.norm.cdf((v.mean() - c.mean()) / math.hypot(se1, se0)))
        m1, m0 = v.mean(), c.mean()
        lift = m1 / m0 - 1.0
        se_lift = math.sqrt(se1 ** 2 / m0 ** 2 + m1 ** 2 * se0 ** 2 / m0 ** 4)
        row.update({'relative_lift': float(lift), 'lift_ci_low': float(lift - Z975 * se_lift),
                    'lift_ci_high': float(lift + Z975 * se_lift)})
        comps.append(row)
    pvals = [r['p_value'] for r in comps]
    for method, key in (('holm', 'p_holm'), ('fdr_bh', 'p_bh')):
        adj = multipletests(pvals, alpha=0.05, method=method)[1]
        for r, p in zip(comps, adj):
            r[key] = float(p)
    out['comparisons'] = comps
    if binary:
        table = np.array([[data[a].sum(), len(data[a]) - data[a].sum()] for a in arms])
        chi2, p, dof, _ = stats.chi2_contingency(table, correction=False)
        out['chi2'] = {'statistic': float(chi2), 'p_value': float(p), 'dof': int(dof)}
    counts = [len(data[a]) for a in arms]
    chi, p = stats.chisquare(counts)
    out['srm'] = {'statistic': float(chi), 'p_value': float(p)}
    return out


def power_cases():
    rows = []
    cases = [(0.05, 0.01, 0.05, 0.8, 1.0), (0.10, 0.02, 0.05, 0.8, 1.0), (0.10, 0.01, 0.05, 0.9, 1.0),
             (0.02, 0.005, 0.05, 0.8, 1.0), (0.30, 0.05, 0.01, 0.8, 1.0), (0.50, 0.05, 0.05, 0.8, 2.0),
             (0.01, 0.002, 0.10, 0.8, 1.0), (0.20, -0.02, 0.05, 0.8, 1.0), (0.15, 0.03, 0.05, 0.95, 0.5),
             (0.6, 0.1, 0.01, 0.9, 3.0), (0.9, 0.02, 0.05, 0.8, 1.0), (0.05, 0.05, 0.05, 0.8, 1.0)]
    for base, mde, alpha, power, ratio in cases:
        h = proportion_effectsize(base + mde, base)
        pw = NormalIndPower()
        f = lambda n: pw.power(h, n, alpha, ratio=ratio, alternative='two-sided') - power
        n = optimize.brentq(f, 1.0001, 1e9, xtol=1e-12, rtol=1e-15, maxiter=500)
        n_solve = pw.solve_power(effect_size=h, nobs1=None, alpha=alpha, power=power, ratio=ratio)
        assert abs(n - n_solve) / n < 1e-5, (n, n_solve)
        rows.append({'metric': 'rate', 'baseline': base, 'mde': mde, 'alpha': alpha, 'power': power,
                     'ratio': ratio, 'effect_size': float(h), 'n': float(n), 'n_per_arm': int(math.ceil(n))})
    mcases = [(10.0, 1.0, 0.05, 0.8, 1.0), (1.0, 0.5, 0.05, 0.8, 1.0), (50.0, 5.0, 0.01, 0.9, 1.0),
              (3.0, 2.0, 0.05, 0.8, 1.0), (2.0, 0.3, 0.1, 0.8, 2.0), (1.0, 1.5, 0.05, 0.95, 0.5),
              (100.0, 2.0, 0.05, 0.8, 1.0)]
    for sd, mde, alpha, power, ratio in mcases:
        d = mde / sd
        pw = TTestIndPower()
        f = lambda n: pw.power(d, n, alpha, ratio=ratio, alternative='two-sided') - power
        n = optimize.brentq(f, 2.0001, 1e7, xtol=1e-12, rtol=1e-15, maxiter=500)
        n_solve = pw.solve_power(effect_size=d, nobs1=None, alpha=alpha, power=power, ratio=ratio)
        assert abs(n - n_solve) / n < 1e-5, (n, n_solve)
        rows.append({'metric': 'mean', 'sd': sd, 'mde': mde, 'alpha': alpha, 'power': power, 'ratio': ratio,
                     'effect_size': float(d), 'n': float(n), 'n_per_arm': int(math.ceil(n))})
    return rows


def distribution_cases():
    """Spot values of the distributions the engine implements itself."""
    out = []
    for x in (-38.0, -8.5, -3.0, -1.0, 0.0, 0.3, 1.96, 5.0):
        out.append({'f': 'normal_cdf', 'x': x, 'value': float(stats.norm.cdf(x))})
    for p in (1e-300, 1e-12, 0.001, 0.025, 0.3, 0.5, 0.975, 0.999999):
        out.append({'f': 'normal_quantile', 'p': p, 'value': float(stats.norm.ppf(p))})
    for t, df in ((0.5, 1.0), (-2.0, 3.0), (2.5, 10.0), (12.0, 5.5), (-30.0, 64000.0), (1.0, 1e6), (4.0, 2.0)):
        out.append({'f': 't_cdf', 'x': t, 'df': df, 'value': float(stats.t.cdf(t, df))})
        out.append({'f': 't_sf', 'x': t, 'df': df, 'value': float(stats.t.sf(t, df))})
    for p, df in ((0.975, 1.0), (0.975, 7.0), (0.995, 42.5), (0.025, 1000.0), (0.9, 2.0)):
        out.append({'f': 't_quantile', 'p': p, 'df': df, 'value': float(stats.t.ppf(p, df))})
    for x, df in ((0.5, 1.0), (3.84, 1.0), (10.0, 2.0), (200.0, 4.0), (1500.0, 2.0), (5.0, 30.0)):
        out.append({'f': 'chi2_sf', 'x': x, 'df': df, 'value': float(stats.chi2.sf(x, df))})
    for x, a, b in ((0.3, 2.0, 5.0), (0.9, 0.5, 0.5), (1e-5, 20.0, 3000.0), (0.5, 300.5, 200.0)):
        out.append({'f': 'beta_inc', 'x': x, 'a': a, 'b': b, 'value': float(special.betainc(a, b, x))})
    for t, df, nc in ((2.0, 10.0, 1.0), (-1.5, 20.0, 0.5), (3.0, 50.0, 3.5), (1.96, 200.0, -2.0), (5.0, 8.0, 6.0)):
        out.append({'f': 'nct_cdf', 'x': t, 'df': df, 'nc': nc, 'value': float(stats.nct.cdf(t, df, nc))})
    return out


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else DEFAULT_CSV
    arms, seg, cols = load(path)
    ref = {
        'source': os.path.basename(path),
        'control': CONTROL,
        'arms': arms,
        'metrics': {
            'visit': analyse(arms, seg, cols['visit'], True),
            'conversion': analyse(arms, seg, cols['conversion'], True),
            'spend': analyse(arms, seg, cols['spend'], False),
        },
        'cuped_history': {
            'visit': analyse(arms, seg, cols['visit'], True, cols['history']),
            'spend': analyse(arms, seg, cols['spend'], False, cols['history']),
        },
        'power': power_cases(),
        'distributions': distribution_cases(),
    }
    # Holm and BH over the comparisons of visit, conversion and spend together (6 p-values).
    pooled = [(m, c['arm'], c['p_value']) for m in ('visit', 'conversion', 'spend')
              for c in ref['metrics'][m]['comparisons']]
    ref['family'] = [{'metric': m, 'arm': a, 'p_value': p} for m, a, p in pooled]
    for method, key in (('holm', 'p_holm'), ('fdr_bh', 'p_bh')):
        adj = multipletests([p for _, _, p in pooled], alpha=0.05, method=method)[1]
        for row, q in zip(ref['family'], adj):
            row[key] = float(q)
    with open(os.path.join(HERE, 'reference.json'), 'w') as f:
        json.dump(ref, f, indent=1)
        f.write('\n')


if __name__ == '__main__':
    main()
