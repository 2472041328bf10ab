export async function main(
  a: 1 | 2,
  b: -1 | 0 | 1 = 0,
  c: true,
  d: "x" | 1,
  e: null | "y",
  f: `x` | `y` = `x`,
) {
  return a;
}
