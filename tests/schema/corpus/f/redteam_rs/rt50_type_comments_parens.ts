export async function main(
  a: /* c */ string,
  b: string /* c */ | number,
  c: (string),
  d: ((a: number) => void),
  e: (string | null)[],
  f: string[] | null,
  g: Array<string> | undefined,
  h: (("x" | "y"))[],
  i: readonly ("p" | "q")[],
) {
  return a;
}
