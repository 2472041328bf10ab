type Fn = (a: string) => void;
type Cond<T> = T extends string ? "s" : "n";
type Mapped = { [K in "a" | "b"]: number };
type Rec = Record<"x" | "y", string>;
export async function main(a: Fn, b: Cond<string>, c: Mapped, d: Rec, e: string | Fn, f: { [k: string]: number }) {
  return a;
}
