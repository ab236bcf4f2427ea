#!/usr/bin/env python3
"""MRQAP and PPML on the sample's 372-city network: CapitalNetwork against R sna netlm and statsmodels GLM, one run.

  python3 benchmarks/compare/qap/compare.py [--sna-reps 50] [--repeat 3] [--write benchmarks/results/qap-gravity.md]

Times are CPU seconds of the process (R: user + system; Python: process_time; ours: Process.TotalProcessorTime), because
the shared VM's load makes wall time meaningless; wall seconds are given beside ours.
1. QapTiming exports the dyads (funds, log_distance, same_province, same_region over all ordered pairs) and times
   CapitalNetwork in process: MRQAP with 2,000 permutations (qapspp on all cores and on one, qapy) and PPML with origin
   and destination fixed effects (median of --repeat runs after a warm-up; wall and process CPU seconds).
2. R sna 2.7-1 netlm(nullhyp = "qapspp" / "qapy") on the same matrices with --sna-reps permutations; its time per
   permutation is scaled to 2,000 (netlm's loop does the same work for every permutation: a QR fit of 138,012 × 4).
3. statsmodels GLM(Poisson).fit(cov_type="HC0") with origin and destination dummies on the same dyads (origins and
   destinations with only zero flows dropped, as CapitalNetwork does), median of --repeat fits.
Coefficients are compared (OLS to 1e-8 relative, PPML to 1e-6) so the timed answers are the same answers.
Needs: r-base-core r-cran-sna python3-statsmodels (Debian).
"""
import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time

sys.path.append("/usr/lib/python3/dist-packages")
import numpy as np  # noqa: E402
import statsmodels  # noqa: E402
import statsmodels.api as sm  # noqa: E402

root = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))
ap = argparse.ArgumentParser()
ap.add_argument("--sna-reps", type=int, default=50)
ap.add_argument("--repeat", type=int, default=3)
ap.add_argument("--write")
a = ap.parse_args()

sample = os.path.join(root, "examples", "data", "sample-filings.csv")
proj = os.path.join(root, "benchmarks", "compare", "qap", "QapTiming")
subprocess.run(["dotnet", "build", "-c", "Release", proj, "-v", "q", "-nologo"], check=True, stdout=subprocess.DEVNULL)
dll = os.path.join(proj, "bin", "Release", "net10.0", "QapTiming.dll")
tmp = tempfile.mkdtemp(prefix="capnet-qap-")
dyads = os.path.join(tmp, "dyads.csv")
subprocess.run(["dotnet", dll, "export", sample, dyads], check=True)
ours = json.loads(subprocess.run(["dotnet", dll, "time", sample, "--repeat", str(a.repeat)], check=True, capture_output=True, text=True).stdout)

# ---- R sna ----
r_script = f"""
suppressMessages(library(sna))
d <- read.csv("{dyads}", colClasses = c("character", "character", "numeric", "numeric", "numeric", "numeric"))
ids <- unique(d$source); n <- length(ids)
idx <- cbind(match(d$source, ids), match(d$target, ids))
mat <- function(col) {{ m <- matrix(0, n, n); m[idx] <- d[[col]]; m }}
y <- mat("funds"); x <- array(dim = c(3, n, n))
x[1, , ] <- mat("log_distance"); x[2, , ] <- mat("same_province"); x[3, , ] <- mat("same_region")
set.seed(1)
cpu <- function() {{ p <- proc.time(); p[["user.self"]] + p[["sys.self"]] }}
t0 <- cpu(); a <- netlm(y, x, nullhyp = "qapspp", reps = {a.sna_reps}); t1 <- cpu()
b <- netlm(y, x, nullhyp = "qapy", reps = {a.sna_reps}); t2 <- cpu()
cat(sprintf('{{"qapspp": %.6f, "qapy": %.6f, "coef": [%s], "version": "%s", "r": "%s"}}\\n', t1 - t0, t2 - t1,
    paste(sprintf("%.17g", a$coefficients), collapse = ","), packageVersion("sna"), R.version$version.string))
"""
rfile = os.path.join(tmp, "sna.R")
with open(rfile, "w") as f:
    f.write(r_script)
sna = json.loads(subprocess.run(["Rscript", rfile], check=True, capture_output=True, text=True).stdout.strip().splitlines()[-1])
scale = ours["permutations"] / a.sna_reps

# ---- statsmodels ----
raw = np.genfromtxt(dyads, delimiter=",", skip_header=1, dtype=None, encoding="utf-8")
src = np.array([r[0] for r in raw]); dst = np.array([r[1] for r in raw])
flow = np.array([r[2] for r in raw], dtype=float)
X = np.array([[r[3], r[4], r[5]] for r in raw], dtype=float)
keep = src != dst
outs = {}; ins = {}
for s, t, f in zip(src[keep], dst[keep], flow[keep]):
    outs[s] = outs.get(s, 0) + f; ins[t] = ins.get(t, 0) + f
origins = sorted(k for k, v in outs.items() if v > 0)
dests = sorted(k for k, v in ins.items() if v > 0)
# CapitalNetwork's reference destination is the first kept one in node order (node ids are division codes, ordered)
oi = {k: i for i, k in enumerate(origins)}
di = {k: i for i, k in enumerate(dests[1:])}
use = keep & np.array([s in oi for s in src]) & np.array([t in ins and ins[t] > 0 for t in dst])
rows = np.flatnonzero(use)
D = np.zeros((rows.size, len(origins) + len(di) + 3))
for r, i in enumerate(rows):
    D[r, oi[src[i]]] = 1
    if dst[i] in di:
        D[r, len(origins) + di[dst[i]]] = 1
    D[r, -3:] = X[i]
Y = flow[rows]
times = []
for _ in range(a.repeat):
    t0 = time.process_time()
    res = sm.GLM(Y, D, family=sm.families.Poisson()).fit(cov_type="HC0", tol=1e-10)
    times.append(time.process_time() - t0)
sm_time = statistics.median(times)

# ---- agreement ----
ols_ours = [t["Coefficient"] for t in ours["mrqap"]]
ols_ok = all(abs(p - q) <= 1e-8 * max(1, abs(q)) for p, q in zip(ols_ours, sna["coef"]))
ppml_ours = [t["Coefficient"] for t in ours["ppml"]]
ppml_se = [t["StandardError"] for t in ours["ppml"]]
ppml_ok = all(abs(p - q) <= 1e-6 * max(1e-3, abs(q)) for p, q in zip(ppml_ours, res.params[-3:])) and \
    all(abs(p - q) <= 1e-6 * max(1e-3, abs(q)) for p, q in zip(ppml_se, res.bse[-3:]))

qs, qs1, qy, pp = ours["mrqap_qapspp_seconds"], ours["mrqap_qapspp_one_thread_seconds"], ours["mrqap_qapy_seconds"], ours["ppml_fe_seconds"]
lines = [
    "| task | CapitalNetwork CPU s (wall s) | peer | peer CPU s | peer / ours (CPU) |",
    "|---|---:|---|---:|---:|",
    f"| MRQAP qapspp, 3 predictors, {ours['permutations']:,} permutations, one thread | {qs1[1]:.3f} ({qs1[0]:.3f}) | sna netlm qapspp (×{scale:g} from {a.sna_reps} reps) | {sna['qapspp'] * scale:.1f} | {sna['qapspp'] * scale / qs1[1]:.0f} |",
    f"| MRQAP qapspp, all cores (CPU summed over threads) | {qs[1]:.3f} ({qs[0]:.3f}) | sna netlm qapspp | {sna['qapspp'] * scale:.1f} | {sna['qapspp'] * scale / qs[1]:.0f} |",
    f"| MRQAP qapy, {ours['permutations']:,} permutations | {qy[1]:.3f} ({qy[0]:.3f}) | sna netlm qapy (×{scale:g}) | {sna['qapy'] * scale:.1f} | {sna['qapy'] * scale / qy[1]:.0f} |",
    f"| PPML, origin + destination fixed effects, HC0 ({ours['ppml_observations']:,} dyads) | {pp[1]:.3f} ({pp[0]:.3f}) | statsmodels GLM Poisson HC0 (dense dummies) | {sm_time:.2f} | {sm_time / pp[1]:.1f} |",
]
summary = "\n".join(lines)
agree = f"Agreement: OLS coefficients vs sna {'OK' if ols_ok else 'DIFFER'} (1e-8 rel.); PPML coefficients and HC0 SEs vs statsmodels {'OK' if ppml_ok else 'DIFFER'} (1e-6 rel.)."
versions = f"R sna {sna['version']} ({sna['r']}); statsmodels {statsmodels.__version__}, numpy {np.__version__}, Python {platform.python_version()}"
print(summary)
print(agree)
print(versions)
if a.write:
    with open(a.write, "a") as f:
        f.write(f"\n### Run of {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())} (load average {os.getloadavg()[0]:.0f})\n\n{summary}\n\n{agree}\n{versions}\n")
sys.exit(0 if ols_ok and ppml_ok else 1)
