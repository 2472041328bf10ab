export async function main(
  a = [2n ** 62n, 2n ** 63n - 1n],
  b = [2n ** 63n],
  c = [-(2n ** 63n)],
  d = [-(2n ** 63n) - 1n],
  e = [2n ** 64n - 1n],
  f = { big: 2n ** 64n },
  g = [5n / 2n, -5n / 2n, -7n % 3n, 7n % -3n],
  h = [1n << 70n],
  i = { sum: 1n + 1n, label: "n=" + 10n, cmp: 2n > 1n, eq: 3n === 3n },
  j = [~5n, -(-3n), 3n * -2n, 6n & 3n, 6n | 3n, 6n ^ 3n, 256n >> 4n],
  k = { nested: [[2n ** 3n]] },
  l = 1n + 1n,
) {
  return a;
}
