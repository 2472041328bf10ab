export async function main(
  a?: string,
  b: string | undefined = "x",
  c: number = undefined,
  d?: number | null,
  e: boolean = false,
  f?: boolean,
  g: string[] | undefined = undefined,
  h: { a?: string } | undefined,
) {
  return a;
}
