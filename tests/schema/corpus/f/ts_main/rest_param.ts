export async function main(a: string, ...rest: string[]) {}
