export async function main([a, b]: string[]) {}
