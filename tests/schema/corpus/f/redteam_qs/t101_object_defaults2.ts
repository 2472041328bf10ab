export async function main(
  a = { a: 1 /* c */, // x
    b: 2, },
  b = [1, 2,],
  c = { ["k"]: 1, [`t`]: 2 },
  d = { ...{ a: 1 }, b: 2 },
  e = { ...[1, 2] },
  f = "a" + 1 + 2,
  g = [1 + 1, "x".length],
  i = { toString: "x", constructor: 1 },
) {
  return a;
}
