type A = { kind: "a"; x: string } | { kind: "b"; y: number };
type B = { label: "a"; x: string } | { label: "b"; y: number };
type C = { type: "a"; x: string } | { type: "b"; y: number };
type D = { x: string } | { y: number };
type E = { kind: "a"; x: string } | { y: number };
type F = "x" | "y";
type G = string | number;
type H = { kind: string; x: string } | { kind: "b" };
interface I1 { kind: "i1"; a: string }
interface I2 { kind: "i2"; b: string }
type I = I1 | I2;

export async function main(a: A, b: B, c: C, d: D, e: E, f: F, g: G, h: H, i: I, j: { kind: "a" } | { kind: "b" } | undefined) {}
