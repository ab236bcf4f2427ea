# Reference values of the whole-network structure figures (CapitalNetwork.Measures.Structure), from R sna.
#
#   cd tests/CapitalNetwork.Tests/TestData/structure
#   dotnet run --project ../../../../src/CapitalNetwork.Cli -c Release -- export \
#       ../../../../examples/data/sample-filings.csv --format gephi-csv -o /tmp/structure-sample
#   Rscript make_reference.R /tmp/structure-sample
#
# Made with R 4.2.2, sna 2.7-1 (Debian r-cran-sna). Writes g01.csv … (edge lists: source,target; a row with an empty
# target is an isolated node), groups.csv (node,group for the E–I index) and reference.json. Deterministic (set.seed).
# Every figure is on the binary directed graph without loops (sna's diag = FALSE). The E–I index is not in sna: it is
# computed here from the adjacency matrix, (E − I)/(E + I) over ordered pairs. Rerunning reproduces the files byte for byte.
suppressMessages(library(sna))
args <- commandArgs(trailingOnly = TRUE)
set.seed(20261206)

num <- function(x) if (is.na(x) || !is.finite(x)) "null" else sprintf("%.17g", x)

figures <- function(a, groups) {
  diag(a) <- 0
  ei <- NA
  if (!is.null(groups)) {
    ok <- !is.na(groups)
    same <- outer(groups, groups, "==")
    inside <- sum(a[ok, ok] * same[ok, ok])
    between <- sum(a[ok, ok] * !same[ok, ok])
    ei <- if (inside + between > 0) (between - inside) / (between + inside) else NA
  }
  list(
    nodes = nrow(a), ties = sum(a),
    density = gden(a),
    reciprocity = grecip(a, measure = "edgewise"),
    reciprocity_dyadic = grecip(a, measure = "dyadic"),
    reciprocity_dyadic_nonnull = grecip(a, measure = "dyadic.nonnull"),
    transitivity = gtrans(a, measure = "weak"),
    connectedness = connectedness(a),
    hierarchy = hierarchy(a, measure = "krackhardt"),
    efficiency = efficiency(a),
    lub = lubness(a),
    degree_centralization = centralization(a, degree, cmode = "freeman"),
    indegree_centralization = centralization(a, degree, cmode = "indegree"),
    outdegree_centralization = centralization(a, degree, cmode = "outdegree"),
    betweenness_centralization = centralization(a, betweenness),
    ei_index = ei)
}

write_graph <- function(file, a, loops = NULL) {
  n <- nrow(a)
  ids <- paste0("v", 1:n)
  rows <- character(0)
  for (i in 1:n) {
    out <- which(a[i, ] > 0)
    if (length(out) == 0 && sum(a[, i]) == 0) rows <- c(rows, paste0(ids[i], ","))
    for (j in out) rows <- c(rows, paste0(ids[i], ",", ids[j]))
  }
  for (v in loops) rows <- c(rows, paste0(ids[v], ",", ids[v]))
  writeLines(c("source,target", rows), file)
}

# Random digraphs: sizes, densities, isolates, several components (block-diagonal), one with self-loops.
specs <- list(
  list(n = 5, p = 0.5), list(n = 8, p = 0.3), list(n = 12, p = 0.15), list(n = 20, p = 0.1),
  list(n = 20, p = 0.4), list(n = 30, p = 0.05), list(n = 40, p = 0.08), list(n = 60, p = 0.03),
  list(n = 25, p = 0.2, blocks = 3), list(n = 36, p = 0.25, blocks = 4), list(n = 15, p = 0.3, loops = c(1, 4, 9)),
  list(n = 10, p = 0.9), list(n = 6, p = 0))
ngroups <- 3
labels <- c("A", "B", "C")
maxn <- max(sapply(specs, function(s) s$n))
groups <- labels[sample(1:ngroups, maxn, replace = TRUE)]
writeLines(c("node,group", paste0("v", 1:maxn, ",", groups)), "groups.csv")

out <- character(0)
for (k in seq_along(specs)) {
  s <- specs[[k]]
  a <- matrix(rbinom(s$n * s$n, 1, s$p), s$n, s$n)
  diag(a) <- 0
  if (!is.null(s$blocks)) {
    b <- rep(1:s$blocks, length.out = s$n)
    a <- a * outer(b, b, "==")
  }
  name <- sprintf("g%02d", k)
  write_graph(paste0(name, ".csv"), a, s$loops)
  withloops <- a
  for (v in s$loops) withloops[v, v] <- 1
  f <- figures(withloops, groups[1:s$n])
  out <- c(out, sprintf('  "%s": {%s}', name, paste(sprintf('"%s": %s', names(f), sapply(f, num)), collapse = ", ")))
}

# The sample city network: funds > 0 between distinct cities, all 372 nodes, regions (Outside = Hong Kong, Macao,
# Taiwan left out of the E–I index).
if (length(args) > 0) {
  nodes <- read.csv(file.path(args[1], "nodes.csv"), colClasses = "character")
  edges <- read.csv(file.path(args[1], "edges.csv"), colClasses = "character")
  n <- nrow(nodes)
  a <- matrix(0, n, n)
  for (r in seq_len(nrow(edges)))
    if (as.numeric(edges$funds[r]) > 0) a[match(edges$Source[r], nodes$Id), match(edges$Target[r], nodes$Id)] <- 1
  regions <- ifelse(nodes$region == "Outside", NA, nodes$region)
  f <- figures(a, regions)
  out <- c(out, sprintf('  "sample": {%s}', paste(sprintf('"%s": %s', names(f), sapply(f, num)), collapse = ", ")))
}

writeLines(c("{", paste(out, collapse = ",\n"), "}"), "reference.json")
