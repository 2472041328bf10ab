export async function main(
  a = "\u{000041}",
  b = ["\u{0041}", `\u{1F600}`, `a\
b`],
  c = "x\
y",
  d = "\x41\u0042",
) {
  return a;
}
