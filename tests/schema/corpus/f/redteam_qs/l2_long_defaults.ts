export async function main(
  template = "Hello {{name}}, your order #{{id}} has shipped: track it at https://example.com/track?id={{id}}&ref=email today",
  sep = ": ",
  hash = " #",
  lead = "- item",
  quoteOnly = "'",
  multi = "line one\nline two\n\nline four   \n",
  trailing = "trailing spaces   ",
  leadingSpace = "  leading",
  onlySpaces = "   ",
  yamlBool = "yes",
  yamlNull = "~",
  number = "0x10",
  date = "2024-12-05",
  colonEnd = "ends with:",
) {
  return template;
}
