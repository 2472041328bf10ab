export async function main(
  a = [-1, -2, { b: -3 }],
  b = { nested: { deep: [true, false, null] }, "quoted key": "v", 'single': 1 },
  c = [[], {}, [[]]],
  d = { a: undefined, b: 1 },
  e = [undefined, 1],
  f = -0,
) {
  return a;
}
