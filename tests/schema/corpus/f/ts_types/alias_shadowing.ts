declare type X = { a: string };
type Date = string;
type Resource<T> = { q: string };
export async function main(a: X, b: Date, c: Resource<"pg">, d: Base64, e: NS.Alias) {}
type Base64 = { z: number };
type Alias = { a: string };
