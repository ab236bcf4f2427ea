# DL fixtures written by R sna::write.dl (sna 2.7.1, R 4.x), appended to expected.csv (see make_fixtures.py).
library(sna)
g <- matrix(0, 5, 5)
g[1, 2] <- 2; g[2, 3] <- 1; g[3, 1] <- 0.5; g[4, 4] <- 3; g[5, 1] <- 7; g[1, 5] <- 1
labs <- c("alpha", "beta", "gamma", "delta", "epsilon")
write.dl(g, "sna_valued.dl", vertex.lab = labs)
h <- rgraph(8, tprob = 0.3, mode = "digraph")
set.seed(20); h <- rgraph(8, tprob = 0.3, mode = "digraph")
write.dl(h, "sna_binary.dl")
row <- function(file, m, labels) {
  data.frame(file = file, tool = paste("R sna", packageVersion("sna")), kind = "directed", nodes = nrow(m),
             edges = sum(m != 0), loops = sum(diag(m) != 0), weight_sum = sum(m), labels = paste(labels, collapse = "|"))
}
out <- rbind(row("sna_valued.dl", g, labs), row("sna_binary.dl", h, as.character(seq_len(nrow(h)))))
write.table(out, "expected.csv", sep = ",", append = TRUE, col.names = FALSE, row.names = FALSE, quote = TRUE, fileEncoding = "UTF-8")
