export async function main(constructor = 1, toString = "x", valueOf: number) {}
