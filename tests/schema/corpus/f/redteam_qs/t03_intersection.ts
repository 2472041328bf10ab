type A = { a: string };
type B = { b: number };

export async function main(both: A & B, inline: { x: string } & { y?: boolean }) {
  return both;
}
