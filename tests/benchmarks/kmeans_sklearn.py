#!/usr/bin/python3
"""Anchor for tailor_kmeans_bench: scikit-learn's Lloyd k-means on the same points.

Reads the raw float64 file written by `tailor_kmeans_bench --write FILE`
(1,000,000 x 8, row-major) and times KMeans(n_clusters=8, n_init=1,
algorithm="lloyd").fit alone (k-means++ included, as in Tailor's fit).
Run with Debian's python3 + python3-sklearn:
    /usr/bin/python3 kmeans_sklearn.py /tmp/kmeans_points.f64
"""
import sys
import time

import numpy as np
from sklearn.cluster import KMeans


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: kmeans_sklearn.py POINTS_FILE (from tailor_kmeans_bench --write)")
    points = np.fromfile(sys.argv[1], dtype="<f8").reshape(-1, 8)
    km = KMeans(n_clusters=8, n_init=1, algorithm="lloyd", tol=1e-4, max_iter=300, random_state=42)
    t0 = time.perf_counter()
    km.fit(points)
    seconds = time.perf_counter() - t0
    print(f"sklearn k-means fit: {seconds:.3f} s  inertia {km.inertia_:.6f}  iterations {km.n_iter_}"
          f"  (n={points.shape[0]}, d={points.shape[1]}, k=8)")


if __name__ == "__main__":
    main()
