export async function main(
  pattern = "\\(\\d+\\)",
  openOnly = "(",
  closeOnly = ")",
  mixed = "a)b(c",
  slashy = "// not a comment )",
  after = 1,
) {
  return pattern;
}
