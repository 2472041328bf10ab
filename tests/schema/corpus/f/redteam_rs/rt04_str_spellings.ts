export async function main(
  a = "tab\there",
  b = 'single "dq" inside',
  c = "nul\0byte",
  d = "\u{1F600}",
  e = "emoji 🚀 and 日本",
  f = "\x7f\x80\xff",
  g = "line\
continued",
  h = `template`,
  i = `multi
line`,
  j = `with ${1 + 1} expr`,
  k = "",
  l = "back\\slash",
  m = "\v\f\b",
  n = '\'',
  o = "\/slash",
  p = "\q unknown escape",
) {
  return a;
}
