export async function main(
  a = 0.1e1,
  b = 1.e2,
  c = .1e-2,
  d = 0B11,
  e = 0O7,
  f = 0X1F,
  g = [1n, -1n],
  h = 1e-400,
  i = 2 ** 53 + 1,
  j = 1 / 0,
  k = -1 / 0,
  l = 0 / 0,
) {
  return a;
}
