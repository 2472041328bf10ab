type Alias = "p" | "q";
export async function main(a: | "x" | "y", b: ("x" | "y") | undefined, c: "x" | ("y" | "z"), d: `x`, e: -1, f: 1n, g: undefined, h: null, i: string[] | undefined, j: Array<string> | null, k: { a?: string; "b": number; c: Alias }, l: readonly string[], m: unique symbol, n: this) {}
