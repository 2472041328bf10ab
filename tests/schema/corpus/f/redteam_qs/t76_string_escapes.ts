export async function main(
  a = "\u{1F600}",
  b = "nul\0x",
  c = "line\
cont",
  d = 'it\'s',
  e = "\v\b\f",
  f = `multi
line`,
  g = "\x7f",
) {
  return a;
}
