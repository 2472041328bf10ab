export async function main(
  a = 1 > 0 ? "yes" : "no",
  b = !0,
  c = (3),
  d = -(-(-4)),
  e = "a" + "b" + 'c',
  f = 1 < 2,
  g = 7 % 2,
  h = 7 / 2,
  i = 2 ** 10,
  j = 1 << 4,
  k = true && "x",
  l = null ?? 3,
  m = typeof 1,
  n = (1, 2),
  o = "abc".length,
  p = [1, 2, 3].length,
  q = ~5,
  r = +"42",
) {
  return a;
}
