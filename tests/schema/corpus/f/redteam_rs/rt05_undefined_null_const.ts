export async function main(
  a = undefined,
  b = null,
  c = "x" as const,
  d = [1, 2] as const,
  e = { k: "v" } as const,
  f: string | undefined = undefined,
  g: string | null = null,
  h = <const>["a"],
  i = 5 as number,
  j = "s" satisfies string,
  k = null as unknown as string,
) {
  return a;
}
