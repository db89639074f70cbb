"""Golden values for Siamese.Lib.Evaluation.Pca: numpy's eigendecomposition of the sample covariance.

Writes tests/Siamese.Lib.Tests/Evaluation/pca_golden.json: a fixed (40, 5) data matrix with correlated
columns, its mean, the top 3 principal axes (sign: largest-magnitude entry positive, as scikit-learn),
the variances along them (n - 1 denominator) and the total variance. Run with Debian's /usr/bin/python3.
"""
import json
import os

import numpy as np

rng = np.random.RandomState(7)
latent = rng.randn(40, 5) * np.array([4.0, 2.0, 1.0, 0.5, 0.25])
mixing, _ = np.linalg.qr(rng.randn(5, 5))
data = latent @ mixing.T + np.array([1.0, -2.0, 0.5, 3.0, 0.0])

mean = data.mean(axis=0)
cov = np.cov(data, rowvar=False)
values, vectors = np.linalg.eigh(cov)
order = np.argsort(values)[::-1][:3]
components = vectors[:, order].T
for row in components:
    if row[np.argmax(np.abs(row))] < 0:
        row *= -1
out = {
    "data": data.round(6).tolist(),
    "mean": mean.tolist(),
    "components": components.tolist(),
    "variance": values[order].tolist(),
    "total_variance": float(np.trace(cov)),
}
# Recompute from the rounded data actually stored, so the test sees exactly these inputs.
stored = np.array(out["data"])
cov = np.cov(stored, rowvar=False)
values, vectors = np.linalg.eigh(cov)
components = vectors[:, order].T
for row in components:
    if row[np.argmax(np.abs(row))] < 0:
        row *= -1
out.update(mean=stored.mean(axis=0).tolist(), components=components.tolist(), variance=values[order].tolist(),
           total_variance=float(np.trace(cov)))
path = os.path.join(os.path.dirname(__file__), "..", "Siamese.Lib.Tests", "Evaluation", "pca_golden.json")
with open(path, "w") as f:
    json.dump(out, f, indent=1)
print("wrote", os.path.normpath(path))
