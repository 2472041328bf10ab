export async function main(a: string, b: string, c: string, d: string, e: string, f: string, g: string) {}
