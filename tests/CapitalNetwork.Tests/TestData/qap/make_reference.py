#!/usr/bin/env python3
"""Reference values for tests/CapitalNetwork.Tests/Measures/QapTests.cs and GravityTests.cs.

Generates two small synthetic data sets (numpy seed 20261206), writes them as CSV, and computes
  * OLS over the off-diagonal cells (and over all cells) with numpy.linalg.lstsq: coefficients, R², adjusted R²;
  * PPML (statsmodels GLM Poisson, cov_type="HC0") with origin and destination dummies (first kept destination is the
    reference, no constant), after dropping origins/destinations whose flows are all zero; a masses variant
    (constant + ln origin mass + ln destination mass + dyad predictors) and a diagonal-included variant (+ local dummy).
make_reference.R then adds lm and sna netlm/qaptest values on the same matrices.

Run: python3 make_reference.py && Rscript make_reference.R
Tool versions are written to versions.txt.
"""
import csv
import sys

sys.path.append("/usr/lib/python3/dist-packages")
import numpy as np  # noqa: E402
import statsmodels  # noqa: E402
import statsmodels.api as sm  # noqa: E402

rng = np.random.default_rng(20261206)

# ---------------- data set 1: MRQAP, 40 nodes ----------------
n = 40
lat = rng.uniform(20, 45, n)
lon = rng.uniform(100, 125, n)
group = rng.integers(0, 4, n)
attr = rng.lognormal(3, 0.6, n)
d = np.sqrt((lat[:, None] - lat[None, :]) ** 2 + (lon[:, None] - lon[None, :]) ** 2) * 100 + 20
x1 = np.log(d)
x2 = (group[:, None] == group[None, :]).astype(float)
x3 = np.abs(attr[:, None] - attr[None, :])
noise = rng.normal(0, 1.5, (n, n))
# y depends on x1 and x2 but not x3; node effects make dyads dependent
node_out = rng.normal(0, 1, n)
node_in = rng.normal(0, 1, n)
y = 12 - 1.4 * x1 + 0.9 * x2 + 0.0 * x3 + node_out[:, None] + node_in[None, :] + noise
y = np.round(y, 6)
x1 = np.round(x1, 6)
x3 = np.round(x3, 6)
ids = [f"n{i:02d}" for i in range(n)]
with open("qap_matrices.csv", "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["source", "target", "y", "x1", "x2", "x3"])
    for i in range(n):
        for j in range(n):
            w.writerow([ids[i], ids[j], repr(float(y[i, j])), repr(float(x1[i, j])), repr(float(x2[i, j])), repr(float(x3[i, j]))])


def ols(mask):
    Y = y[mask]
    X = np.column_stack([np.ones(Y.size), x1[mask], x2[mask], x3[mask]])
    b, *_ = np.linalg.lstsq(X, Y, rcond=None)
    r = Y - X @ b
    rss = r @ r
    tss = ((Y - Y.mean()) ** 2).sum()
    r2 = 1 - rss / tss
    p = X.shape[1] - 1
    adj = 1 - (1 - r2) * (Y.size - 1) / (Y.size - p - 1)
    return b, r2, adj


off = ~np.eye(n, dtype=bool)
with open("qap_ols_numpy.csv", "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["diagonal", "term", "value"])
    for label, mask in (("excluded", off), ("included", np.ones((n, n), dtype=bool))):
        b, r2, adj = ols(mask)
        for name, v in zip(["(intercept)", "x1", "x2", "x3"], b):
            w.writerow([label, name, repr(float(v))])
        w.writerow([label, "r_squared", repr(float(r2))])
        w.writerow([label, "adj_r_squared", repr(float(adj))])

# ---------------- data set 2: PPML gravity, 30 nodes ----------------
m = 30
glat = rng.uniform(20, 45, m)
glon = rng.uniform(100, 125, m)
gd = np.sqrt((glat[:, None] - glat[None, :]) ** 2 + (glon[:, None] - glon[None, :]) ** 2) * 100 + 20
lnd = np.round(np.log(gd), 6)
np.fill_diagonal(lnd, 0.0)
ggroup = rng.integers(0, 3, m)
same = (ggroup[:, None] == ggroup[None, :]).astype(float)
a = rng.normal(0, 1, m)
b = rng.normal(0, 1, m)
mu = np.exp(4 + a[:, None] + b[None, :] - 1.1 * lnd + 0.5 * same)
np.fill_diagonal(mu, np.exp(1 + a + b))
flows = rng.poisson(mu * 0.6).astype(float)
flows[3, :] = 0  # origin n03 sends nothing: its effect is not identified
flows[:, 7] = 0  # destination g07 receives nothing
flows[3, 3] = 0
gids = [f"g{i:02d}" for i in range(m)]
omass = np.round(rng.lognormal(2, 0.5, m), 6)
dmass = np.round(rng.lognormal(2, 0.5, m), 6)
with open("gravity_matrices.csv", "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["source", "target", "flow", "log_distance", "same_group"])
    for i in range(m):
        for j in range(m):
            w.writerow([gids[i], gids[j], repr(float(flows[i, j])), repr(float(lnd[i, j])), repr(float(same[i, j]))])
with open("gravity_masses.csv", "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["node", "origin_mass", "destination_mass"])
    for i in range(m):
        w.writerow([gids[i], repr(float(omass[i])), repr(float(dmass[i]))])


def ppml_fe(include_diag):
    rows, ys = [], []
    outs = [sum(flows[i, j] for j in range(m) if include_diag or i != j) for i in range(m)]
    ins = [sum(flows[i, j] for i in range(m) if include_diag or i != j) for j in range(m)]
    origins = [i for i in range(m) if outs[i] > 0]
    dests = [j for j in range(m) if ins[j] > 0]
    ref = dests[0]
    dcols = [j for j in dests if j != ref]
    for i in origins:
        for j in dests:
            if i == j and not include_diag:
                continue
            r = [1.0 if i == o else 0.0 for o in origins] + [1.0 if j == dd else 0.0 for dd in dcols]
            r += [lnd[i, j], same[i, j]]
            if include_diag:
                r.append(1.0 if i == j else 0.0)
            rows.append(r)
            ys.append(flows[i, j])
    X = np.array(rows)
    Y = np.array(ys)
    res = sm.GLM(Y, X, family=sm.families.Poisson()).fit(cov_type="HC0", tol=1e-13, maxiter=500)
    k = 3 if include_diag else 2
    return res, res.params[-k:], res.bse[-k:], len(Y)


def ppml_masses():
    rows, ys = [], []
    for i in range(m):
        for j in range(m):
            if i == j:
                continue
            rows.append([1.0, np.log(omass[i]), np.log(dmass[j]), lnd[i, j], same[i, j]])
            ys.append(flows[i, j])
    X = np.array(rows)
    Y = np.array(ys)
    res = sm.GLM(Y, X, family=sm.families.Poisson()).fit(cov_type="HC0", tol=1e-13, maxiter=500)
    return res, res.params, res.bse, len(Y)


with open("gravity_statsmodels.csv", "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["model", "term", "coefficient", "std_error"])
    for label, (res, p, se, nobs) in (
        ("fe", ppml_fe(False)),
        ("fe_diagonal", ppml_fe(True)),
        ("masses", ppml_masses()),
    ):
        names = {"fe": ["log_distance", "same_group"], "fe_diagonal": ["log_distance", "same_group", "local"],
                 "masses": ["(intercept)", "ln_origin_mass", "ln_destination_mass", "log_distance", "same_group"]}[label]
        for name, v, s in zip(names, p, se):
            w.writerow([label, name, repr(float(v)), repr(float(s))])
        r = np.corrcoef(res.model.endog, res.fittedvalues)[0, 1]
        w.writerow([label, "observations", nobs, ""])
        w.writerow([label, "pseudo_r_squared", repr(float(r * r)), ""])
        w.writerow([label, "deviance", repr(float(res.deviance)), ""])

with open("versions.txt", "w") as f:
    f.write(f"python {sys.version.split()[0]}\nnumpy {np.__version__}\nstatsmodels {statsmodels.__version__}\n")
