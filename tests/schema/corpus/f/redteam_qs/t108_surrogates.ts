export async function main(a = "a\n\uD800b", b = '\uDE00', c = `\uD800`, d = { k: "\uD800" }, e = ["\uD83D\uDE00"], f = "\u{D800}", g = "\uD800" + "x", h = "\u00e9\uD800") {
  return a;
}
