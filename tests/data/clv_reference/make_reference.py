#!/usr/bin/python3
"""Reference values for tst_clv, computed independently of Tailor's C++ code.

Implements the published BG/NBD (Fader, Hardie & Lee 2005, "Counting your
customers the easy way") and Gamma-Gamma (Fader, Hardie & Lee 2005, "RFM and
CLV"; Fader & Hardie 2013 note) formulas with scipy, in the form the lifetimes
library uses, at the published CDNOW parameters (time unit: weeks).

Run once with Debian's python3 + python3-scipy:
    /usr/bin/python3 make_reference.py > expected.json
"""
import json

import numpy as np
from scipy.special import gammaln, hyp2f1

# lifetimes' CDNOW fit (BetaGeoFitter on cdnow_customers, 2,357 customers, weeks).
R, ALPHA, A, B = 0.2426, 4.4135, 0.7929, 2.4258
# lifetimes' Gamma-Gamma fit on the CDNOW repeat buyers.
P, Q, V = 6.25, 3.74, 15.45


def bgnbd_ll(x, tx, T, r=R, alpha=ALPHA, a=A, b=B):
    a1 = gammaln(r + x) - gammaln(r) + r * np.log(alpha)
    a2 = gammaln(a + b) + gammaln(b + x) - gammaln(b) - gammaln(a + b + x)
    a3 = -(r + x) * np.log(alpha + T)
    if x > 0:
        a4 = np.log(a) - np.log(b + x - 1) - (r + x) * np.log(alpha + tx)
        return a1 + a2 + np.logaddexp(a3, a4)
    return a1 + a2 + a3


def expected_purchases(t, x, tx, T, r=R, alpha=ALPHA, a=A, b=B):
    # Fader, Hardie & Lee (2005), equation (10), with scipy's hyp2f1 directly.
    hyp = hyp2f1(r + x, b + x, a + b + x - 1, t / (alpha + T + t))
    first = (a + b + x - 1) / (a - 1)
    second = 1 - ((alpha + T) / (alpha + T + t)) ** (r + x) * hyp
    denom = 1 + (x > 0) * (a / (b + x - 1)) * ((alpha + T) / (alpha + tx)) ** (r + x)
    return first * second / denom


def p_alive(x, tx, T, r=R, alpha=ALPHA, a=A, b=B):
    if x == 0:
        return 1.0
    return 1.0 / (1 + (a / (b + x - 1)) * ((alpha + T) / (alpha + tx)) ** (r + x))


def gg_ll(x, m, p=P, q=Q, v=V):
    return (gammaln(p * x + q) - gammaln(p * x) - gammaln(q) + q * np.log(v)
            + (p * x - 1) * np.log(m) + (p * x) * np.log(x) - (p * x + q) * np.log(x * m + v))


def gg_value(x, m, p=P, q=Q, v=V):
    return p * (v + x * m) / (p * x + q - 1)


# (x, t_x, T) in weeks: new, one-off, typical, heavy and lapsed customers.
BGNBD_CASES = [(0, 0.0, 38.86), (0, 0.0, 0.0), (1, 1.71, 38.86), (2, 30.43, 38.86),
               (7, 29.43, 35.0), (14, 37.0, 38.0), (26, 35.71, 38.86), (3, 4.0, 38.0),
               (40, 70.5, 78.0), (1, 0.14, 27.0)]
HORIZONS = [39.0, 52.0, 104.0]
GG_CASES = [(1, 10.0), (2, 35.5), (5, 12.34), (10, 80.0), (30, 3.5), (0, 0.0)]

out = {
    "source": "make_reference.py (scipy %s)" % __import__("scipy").__version__,
    "bgnbd": {"r": R, "alpha": ALPHA, "a": A, "b": B, "customers": []},
    "gamma_gamma": {"p": P, "q": Q, "v": V, "customers": []},
}
for x, tx, T in BGNBD_CASES:
    out["bgnbd"]["customers"].append({
        "x": x, "tx": tx, "T": T,
        "log_likelihood": float(bgnbd_ll(x, tx, T)),
        "p_alive": float(p_alive(x, tx, T)),
        "expected": [{"t": t, "value": float(expected_purchases(t, x, tx, T))} for t in HORIZONS],
    })
for x, m in GG_CASES:
    row = {"x": x, "m": m, "expected_value": float(gg_value(x, m))}
    if x > 0:
        row["log_likelihood"] = float(gg_ll(x, m))
    out["gamma_gamma"]["customers"].append(row)
print(json.dumps(out, indent=1))
