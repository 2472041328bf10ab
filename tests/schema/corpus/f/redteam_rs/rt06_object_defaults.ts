export async function main(
  a = { "quoted-key": 1, unquoted: 2, 3: "num", "": "empty" },
  b = { nested: { deep: [1, { x: null }] } },
  c = { ...{ a: 1 }, b: 2 },
  d = { ["comp" + "uted"]: true },
  e = { a: 1, a: 2 },
  f = { __proto__: { inherited: 1 }, own: 2 },
  g = { toString: "x", constructor: 1 },
  h = [[], [[]], {}],
  i = { big: 10n },
  j = { neg: -1, exp: 1e3, hex: 0xff },
  k = [undefined, null],
  l = { u: undefined },
) {
  return a;
}
