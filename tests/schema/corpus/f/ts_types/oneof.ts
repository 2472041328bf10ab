type Alias = { a: string };
type U2 = { kind: "A" } | { kind: "B"; n: number };
export async function main(a: { label: "A"; x: Alias } | { label: "B" }, b: U2, c: {label: "A"} | {label: "B"} | undefined, d: {label: "A", label: "C"} | {kind: "B", label: 5}, e: {label: string} | {label: "x"}) {}
