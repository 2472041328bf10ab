export async function main(
  a: string[][],
  b: Array<Array<number>>,
  c: Record<string, string[]>,
  d: { list: { inner: string }[] }[],
  e: [string, number][] = [["a", 1]],
) {
  return a;
}
