type Maybe<T> = T | undefined;
export async function main(
  a: string | undefined | null,
  b: undefined | number,
  c: null | string[] = null,
  d: Maybe<string>,
  e?: number | null,
  f: string | null | undefined = "x",
) {
  return a;
}
