type A = { a: string };
type B = { b?: number };

export async function main(
  ab: A & B,
  inline: { x: string } & { y: number },
  withPrim: string & { __brand: "id" },
  u: A | B,
  ou?: { kind: "one"; one: string } | { kind: "two"; two: number },
) {
  return ab;
}
