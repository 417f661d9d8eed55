#!/usr/bin/python3
"""Reference values for tst_kmeans, computed with scikit-learn.

Writes three files next to this script:
  points.csv     2,000 raw points x 5 features (6 Gaussian blobs, features on
                 very different scales), header f0..f4
  init.csv       5 initial centres in *standardized* space (StandardScaler,
                 population std) chosen by sklearn's kmeans_plusplus
  expected.json  sklearn's results for Lloyd k-means from init.csv
                 ("main"), and from init.csv with its last centre moved far
                 away so that cluster starts empty ("far_centre"); plus the
                 silhouette of the main labels and PCA variances.

Both sides standardize the raw points themselves, so Tailor's standardize()
is under test too. Run once with Debian's python3 + python3-sklearn:
    /usr/bin/python3 make_reference.py
"""
import json
import os

import numpy as np
import sklearn
from sklearn.cluster import KMeans, kmeans_plusplus
from sklearn.decomposition import PCA
from sklearn.metrics import silhouette_score
from sklearn.preprocessing import StandardScaler

HERE = os.path.dirname(os.path.abspath(__file__))
N, D, BLOBS, K = 2000, 5, 6, 5

rng = np.random.default_rng(20240611)
blob_centres = rng.uniform(-4.0, 4.0, size=(BLOBS, D))
labels_true = rng.integers(0, BLOBS, size=N)
X = blob_centres[labels_true] + rng.normal(0.0, 1.3, size=(N, D))
# Different units per feature (currency, days, counts...).
X = X * np.array([120.0, 30.0, 1.5, 0.02, 7.0]) + np.array([500.0, 90.0, 3.0, 0.1, -20.0])
np.savetxt(os.path.join(HERE, "points.csv"), X, delimiter=",", fmt="%.17g",
           header="f0,f1,f2,f3,f4", comments="")

Xs = StandardScaler().fit_transform(X)
init, _ = kmeans_plusplus(Xs, n_clusters=K, random_state=7)
np.savetxt(os.path.join(HERE, "init.csv"), init, delimiter=",", fmt="%.17g")


def run(init_centres):
    km = KMeans(n_clusters=K, init=init_centres, n_init=1, algorithm="lloyd",
                tol=1e-4, max_iter=300).fit(Xs)
    return km, {
        "inertia": float(km.inertia_),
        "n_iter": int(km.n_iter_),
        "centers": km.cluster_centers_.tolist(),
        "labels": km.labels_.tolist(),
    }


km, main = run(init)
main["silhouette"] = float(silhouette_score(Xs, km.labels_))
far = init.copy()
far[-1] = 50.0  # no point is closest to this centre in the first iteration
_, far_centre = run(far)
far_centre["init_last_row"] = far[-1].tolist()

pca = PCA(n_components=2).fit(Xs)
out = {
    "generator": "numpy default_rng(20240611), 6 blobs, see make_reference.py",
    "sklearn_version": sklearn.__version__,
    "k": K,
    "tol": 1e-4,
    "mean": X.mean(axis=0).tolist(),
    "std": X.std(axis=0).tolist(),
    "main": main,
    "far_centre": far_centre,
    "pca_explained_variance": pca.explained_variance_.tolist(),
}
with open(os.path.join(HERE, "expected.json"), "w") as f:
    json.dump(out, f, indent=1)
    f.write("\n")
print("main inertia", main["inertia"], "n_iter", main["n_iter"], "silhouette", main["silhouette"])
print("far_centre inertia", far_centre["inertia"], "n_iter", far_centre["n_iter"])
