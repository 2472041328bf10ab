export async function main(a: string, b: number, c: boolean, d: bigint, e: object, f: any, g: unknown, h: never, i: void, j: symbol, k: null, l: undefined, m: Date) {}
