# z-score fixtures for StructuralHoles.BrokerageZScores: R sna's brokerage(A, cl)$z.nli on the graphs that
# make_reference.py wrote here (NAME.edges.csv, NAME.groups.csv), with A built as make_reference.py builds it (binary,
# diagonal 0) and cl unique per left-out node (empty group). Writes brokerage-z.csv (graph, node, the six columns,
# 17 significant digits; Inf/-Inf/NaN as R prints them). Run: Rscript make_z_reference.R   (R 4.2.2, sna 2.7-1)
suppressMessages(library(sna))
out <- NULL
for (gf in sort(list.files(".", pattern = "\\.groups\\.csv$"))) {
  name <- sub("\\.groups\\.csv$", "", gf)
  g <- read.csv(gf, colClasses = "character")
  e <- read.csv(paste0(name, ".edges.csv"), colClasses = "character")
  n <- nrow(g)
  A <- matrix(0, n, n)
  if (nrow(e) > 0) A[cbind(match(e$source, g$node), match(e$target, g$node))] <- 1
  diag(A) <- 0
  cl <- ifelse(g$group == "", paste0("_left_", g$node), g$group)
  z <- brokerage(A, cl)$z.nli
  f <- function(x) formatC(x, digits = 17, format = "g")
  out <- rbind(out, data.frame(graph = name, node = g$node, w_I = f(z[, "w_I"]), w_O = f(z[, "w_O"]), b_IO = f(z[, "b_IO"]),
                               b_OI = f(z[, "b_OI"]), b_O = f(z[, "b_O"]), t = f(z[, "t"])))
}
write.csv(out, "brokerage-z.csv", row.names = FALSE, quote = FALSE)
cat("sna", as.character(packageVersion("sna")), R.version.string, "\n")
