export async function main(
  a: string[] | undefined = ["x", "y"],
  b: object = { k: [1, 2, { n: null }] },
  c: number[] = [1, 2.5, -3e2],
  d: boolean[] = [true, false],
  e: { a: number } = { a: 1 },
  f: Record<string, string> = { a: "1" },
  g: number | null = -1,
  h: string = undefined,
  i: "x" | "y" = "x",
  j: ("x" | "y")[] = ["x"],
  k: Date = "2024-01-01T00:00:00Z" as any,
  l: { nested?: { deep: string } } = {},
) {
  return a;
}
