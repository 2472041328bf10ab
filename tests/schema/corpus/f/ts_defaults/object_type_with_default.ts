export async function main(opts: { limit: number; dry: boolean } = { limit: 10, dry: false }, list: { id: number }[] = [{ id: 1 }]) {}
