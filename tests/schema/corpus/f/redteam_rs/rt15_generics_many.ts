export async function main(
  a: Record<string, any>,
  b: Array<Record<string, any>> = [],
  c: Map<string, number>,
  d: Set<string>,
  e: [number, string] = [1, "a"],
  f: readonly string[] = [],
  g: ReadonlyArray<number> = [],
  h: Partial<{ a: string }> = {},
  i: Promise<string>,
  j: string[][] = [],
  k: Array<Array<number>> = [],
  l: number | string = 1,
  m: Record<"a" | "b", number>,
  n: Uint8Array,
  o: Buffer,
  p: Blob,
) {
  return a;
}
