export async function main(a = "\uD800", b = "\uD83D\uDE00", c = "😀", d = "\u{10FFFF}") {
  return a;
}
