export async function main(a: string = "x" as const, b = <const>["x"], c: /* c */ string, d: string,) {
  return a;
}
