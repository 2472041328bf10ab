type A = string;
type B = A;
type C = B[];
type D = { c: C; b?: B };
interface E extends Omit<D, "b"> {
  e: number;
}
export async function main(a: A, b: B, c: C, d: D, e: E) {
  return a;
}
