export async function main(
  a = undefined,
  b = NaN,
  c = Infinity,
  d = -Infinity,
  e = 0n,
  f = "\u00e9\x41",
  g = 'single',
  h = [1, , 3],
  i = [...[1, 2], 3],
  j = { "a-b": 1, 2: "x" },
  k = -(-1),
  l = 1 + 2,
  m = "a" + 1,
  n = void 0,
) {
  return a;
}
