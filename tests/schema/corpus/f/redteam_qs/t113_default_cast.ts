enum Mode {
  A = "a",
}
type M = "x" | "y";
export async function main(m: M = "x" as M, n = Mode.A, o: Mode = "a" as Mode, p = "lit" satisfies string) {
  return m;
}
