// Aliases that refer to each other: the first one reached from a parameter
// expands twice, those reached through it three times.
type A = { a: A; b: B };
type B = { c: A };
type P = { q: Q };
type Q = { r: Q };
type L = M[];
type M = N[];
type N = M[];
type Self = Self[];
interface Linked {
  next: Linked[];
}
export async function main(a: A, p: P, l: L, self: Self, linked: Linked, q: Q, again: A) {
  return a;
}
