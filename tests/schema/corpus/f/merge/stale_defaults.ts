export async function main(a = 1, b = "new", c: string) {}
