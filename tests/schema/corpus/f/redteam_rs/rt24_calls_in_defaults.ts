export async function main(
  a = JSON.parse('{"a":1}'),
  b = new Array(3),
  c = Object.freeze({ x: 1 }),
  d = [1, 2].map((x) => x * 2),
  e = Math.max(1, 2),
  f = Date.now(),
) {
  return a;
}
