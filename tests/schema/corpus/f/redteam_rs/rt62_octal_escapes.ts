export async function main(a = "\0", b = "a\u0000b", c = "\x00", d = '\u{0}', e = "\u{10FFFF}") {
  return a;
}
