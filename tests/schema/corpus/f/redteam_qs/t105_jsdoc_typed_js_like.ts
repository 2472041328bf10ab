// @ts-nocheck
/** @typedef {{a: string}} Foo */
export async function main(
  a, // untyped
  b = 1,
  c?,
  d: any = "x",
) {
  return a;
}
