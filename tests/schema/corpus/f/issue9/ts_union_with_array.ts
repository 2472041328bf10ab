type Account = { id: string };
type Many = string | string[];

export async function main(
  a: string | string[],
  b: number[] | number,
  c: boolean|boolean[],
  d: Account | Account[],
  e: Record<string, any> | Record<string, any>[],
  f: Postgresql | Postgresql[],
  g: | string | string[],
  h: string | string[] = "x",
  i?: object | object[],
  // none of these keeps its text
  j: string | Array<string>,
  k: unknown | unknown[],
  l: ns.Account | ns.Account[],
  m: string | readonly string[],
  n: (string) | string[],
  o: string | string[] | undefined,
  p: string | number[],
  q: Many,
  r: "x" | "x"[],
) {
  return a;
}
