type Flags = { [K in "a" | "b"]: boolean };
type Opt<T> = { readonly [K in keyof T]?: T[K] };
type Index = { [k: string]: number };
interface Holder {
  flags: { [K in "x" | "y"]: number };
  plain: { a: string };
}
export async function main(
  f: Flags,
  o: Opt<{ a: string }>,
  i: Index,
  h: Holder,
  inline: { [K in "p" | "q"]: string },
  list: Flags[],
  maybe: Flags | undefined,
) {
  return f;
}
