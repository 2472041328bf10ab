type V1 = { kind: "a"; x: string };
type V2 = { kind: "b"; y: number };
export async function main(a: V1 | V2, j?: { kind: "a" } | { kind: "b" }, k: { kind: "a" } | { kind: "b" } | null) {}
