export async function main(a = {x: 1 as number}) {}
