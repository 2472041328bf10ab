export async function main(c: number, a: string, b = true) {}
