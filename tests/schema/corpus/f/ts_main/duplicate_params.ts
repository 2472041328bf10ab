export async function main(a: string, a: number) {}
