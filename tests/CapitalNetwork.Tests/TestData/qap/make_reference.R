# R side of the QAP fixtures (run after make_reference.py, which writes qap_matrices.csv).
# lm() coefficients and R² over the off-diagonal cells, and sna 2.7-1 netlm (qapspp and qapy, 5,000 permutations,
# t-values) and qaptest(gcor) p-values on the same matrices. Run: Rscript make_reference.R
suppressMessages(library(sna))
set.seed(20261206)
d <- read.csv("qap_matrices.csv", stringsAsFactors = FALSE)
ids <- unique(d$source)
n <- length(ids)
mat <- function(col) {
  m <- matrix(0, n, n)
  m[cbind(match(d$source, ids), match(d$target, ids))] <- d[[col]]
  m
}
y <- mat("y"); x1 <- mat("x1"); x2 <- mat("x2"); x3 <- mat("x3")
off <- row(y) != col(y)
fit <- lm(y[off] ~ x1[off] + x2[off] + x3[off])
s <- summary(fit)
out <- data.frame(source = "lm", term = c("(intercept)", "x1", "x2", "x3", "r_squared", "adj_r_squared"),
                  value = c(coef(fit), s$r.squared, s$adj.r.squared), p_ge = NA, p_le = NA, p_abs = NA)
x <- array(dim = c(3, n, n)); x[1, , ] <- x1; x[2, , ] <- x2; x[3, , ] <- x3
for (nh in c("qapspp", "qapy")) {
  nl <- netlm(y, x, nullhyp = nh, reps = 5000)
  out <- rbind(out, data.frame(source = paste0("netlm_", nh), term = c("(intercept)", "x1", "x2", "x3"),
                               value = nl$tstat, p_ge = nl$pgreq, p_le = nl$pleeq, p_abs = nl$pgreqabs))
}
q <- qaptest(list(y, x1), gcor, g1 = 1, g2 = 2, reps = 5000)
out <- rbind(out, data.frame(source = "qaptest_gcor", term = "x1", value = q$testval,
                             p_ge = q$pgreq, p_le = q$pleeq, p_abs = mean(abs(q$dist) >= abs(q$testval))))
write.csv(out, "qap_r_sna.csv", row.names = FALSE, quote = FALSE)
cat(sprintf("%s\nsna %s\n", R.version.string, packageVersion("sna")), file = "versions.txt", append = TRUE)
