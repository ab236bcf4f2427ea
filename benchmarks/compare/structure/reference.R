# R side of benchmarks/compare/structure/compare.py (R 4.2 + sna 2.7 from Debian's r-base-core and r-cran-sna).
#   Rscript reference.R brokerage EDGES.csv OUT.csv   sna::brokerage(el, cl)$raw.nli, groups v mod 4 (v 0-based)
#   Rscript reference.R concor EDGES.csv OUT.csv      CONCOR, depth 1, diagonal missing (concorR's rule: diag NA,
#                                                     cor(use = "pairwise.complete.obs")), then cor() iterated until
#                                                     every entry is within 1e-6 of +-1 (cap 100); split by sign against
#                                                     the first non-constant node
# Prints one line "key seconds_user seconds_elapsed [extra]"; writes the answer to OUT.csv. Loops are dropped (as ours).
suppressPackageStartupMessages(library(sna))
args <- commandArgs(trailingOnly = TRUE)
mode <- args[1]; path <- args[2]; out <- args[3]
rows <- read.csv(path, colClasses = c("character", "character", "character"))
n <- sum(rows$target == "")
e <- rows[rows$target != "", ]
s <- as.integer(e$source) + 1L; t <- as.integer(e$target) + 1L
keep <- s != t
s <- s[keep]; t <- t[keep]
if (mode == "brokerage") {
  el <- cbind(s, t, 1)
  attr(el, "n") <- n
  cl <- (0:(n - 1)) %% 4
  tm <- system.time(b <- brokerage(el, cl))
  write.csv(b$raw.nli[, c("w_I", "w_O", "b_IO", "b_OI", "b_O")], out, row.names = FALSE)
  cat(sprintf("brokerage %.3f %.3f\n", tm[["user.self"]], tm[["elapsed"]]))
} else if (mode == "concor") {
  A <- matrix(0, n, n)
  A[cbind(s, t)] <- 1
  tm1 <- system.time({
    X <- rbind(A, t(A))
    for (j in 1:n) { X[j, j] <- NA; X[n + j, j] <- NA }
    C <- suppressWarnings(cor(X, use = "pairwise.complete.obs"))
    C[is.na(C)] <- 0
  })
  rng <- apply(X, 2, function(x) diff(range(x, na.rm = TRUE)))
  live <- which(rng > 0)
  C <- C[live, live]
  it <- 0
  tm2 <- system.time({
    while (max(abs(abs(C) - 1)) > 1e-6 && it < 100) {
      C <- cor(C)
      C[is.na(C)] <- 0
      it <- it + 1
    }
  })
  side <- ifelse(C[1, ] >= 0, 0, 1)
  block <- rep(2, n)
  block[live] <- side
  write.csv(data.frame(block = block), out, row.names = FALSE)
  cat(sprintf("concor %.3f %.3f first=%.3f iterations=%d per_iteration=%.3f\n",
              tm1[["user.self"]] + tm2[["user.self"]], tm1[["elapsed"]] + tm2[["elapsed"]],
              tm1[["user.self"]], it, if (it > 0) tm2[["user.self"]] / it else 0))
} else stop("mode: brokerage | concor")
