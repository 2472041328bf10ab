main <- function(name, loud = FALSE) {
  name
}
