export async function main(
  a = [, 1],
  b = [1, ,],
  c = [...'abc'],
  d = [...[], ...[1]],
  e = [[1, [2, [3, [4]]]]],
  f = [{ a: [] }, { b: {} }],
  g = Array.of(1),
) {
  return a;
}
